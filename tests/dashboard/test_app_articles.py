"""AppTest of the entry script and the articles page: sidebar, reading view, adding articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Html

from claims.articles import list_articles, save_article
from claims.reading import Document
from claims.store import Store
from claims.types import ArticleInfo, Claim, Extraction, Quote

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
TIMEOUT = 120  # the first run of a test session loads the embedding model

HOSTILE = 'قال الوزير: “<script>alert(1)</script> و<img src=x onerror="alert(2)">” ثم غادر.'


def _app(**query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params.update(query)
    return at


def _store_article(db: Path, text: str, title: str = "عنوان") -> int:
    """Store an article with one quote (speaker: الوزير) and one claim, without the model."""
    q_start, q_end = text.index("“") + 1, text.index("”")
    extraction = Extraction(
        article=ArticleInfo(title=title, lang="ar", chars=len(text)),
        sentences=[],
        quotes=[Quote(text[q_start:q_end], q_start, q_end, "الوزير", 4, 10, None, "full")],
        claims=[Claim(text[: q_end + 1], 0, q_end + 1, "quote", "الوزير", 0.8)],
        entities=[],
    )
    return save_article(Store(db), Document(text=text, title=title), extraction).article_id


def _html(at: AppTest) -> str:
    return "\n".join(h.value for h in at.get("html") if isinstance(h, Html))


def test_article_is_read_with_quotes_and_claims_highlighted_and_escaped(desk_db: Path) -> None:
    article_id = _store_article(desk_db, HOSTILE, title="<b>عنوان</b>")
    at = _app(article=str(article_id)).run()
    assert not at.exception and not at.error
    markup = _html(at)
    assert '<mark class="cd-quote" data-speaker="الوزير">' in markup
    assert '<span class="cd-speaker">الوزير</span>' in markup
    assert 'href="claim?claim=' in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "<script>" not in markup and "<img" not in markup
    assert "&lt;b&gt;عنوان&lt;/b&gt;" in markup
    grid = at.dataframe[0].value
    assert grid.iloc[0, 2] == "الوزير"  # speaker column of the article's claim


def test_unknown_or_malformed_article_id_is_a_message(desk_db: Path) -> None:
    _store_article(desk_db, HOSTILE)
    at = _app(article="999").run()
    assert not at.exception
    assert [e.value for e in at.error] == ["لا يوجد مقال رقم 999."]
    at = _app(article="1;drop").run()
    assert not at.exception
    assert "ليس رقم مقال" in at.error[0].value


def test_language_switch_changes_the_ui_labels(desk_db: Path) -> None:
    _store_article(desk_db, HOSTILE)
    at = _app().run()
    assert at.title[0].value == "المقالات"
    at.sidebar.button_group[0].set_value("en").run()
    assert at.title[0].value == "Articles"
    assert at.sidebar.text_input[0].label == "Your name (reviewer)"


def test_empty_paste_and_unreadable_upload_are_messages(desk_db: Path) -> None:
    _store_article(desk_db, HOSTILE)
    at = _app().run()
    at.sidebar.button_group[0].set_value("en").run()
    at.button(key="FormSubmitter:articles:paste_form-Add and analyse").click().run()
    assert [e.value for e in at.error] == ["Paste the article's text first."]
    at.file_uploader(key="articles:file").set_value(
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/plain")
    )
    at.button(key="FormSubmitter:articles:upload_form-Add and analyse").click().run()
    assert not at.exception
    assert any("binary" in e.value for e in at.error)
    assert len(list_articles(Store(desk_db))) == 1


def test_an_upload_over_the_size_limit_is_refused(
    desk_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("claims.reading.MAX_FILE_BYTES", 100)
    _store_article(desk_db, HOSTILE)
    at = _app()
    at.session_state["ui_lang"] = "en"
    at.run()
    at.file_uploader(key="articles:file").set_value(("big.txt", "ن".encode() * 100, "text/plain"))
    at.button(key="FormSubmitter:articles:upload_form-Add and analyse").click().run()
    assert [e.value for e in at.error] == ["The file has 200 bytes; the limit is 100."]
    assert len(list_articles(Store(desk_db))) == 1


@pytest.mark.slow
def test_first_start_on_an_empty_database_loads_the_sample(desk_db: Path) -> None:
    at = _app().run()
    assert not at.exception and not at.error
    markup = _html(at)
    assert "الولايات المتحدة هي الوحيدة التي تحتاج إلى هذه المذبحة" in markup
    assert 'data-speaker="ألكسندر لوكاشينكو"' in markup
    (article,) = list_articles(Store(desk_db))
    assert article["claims"] > 10 and article["publisher"] == "CNN بالعربية"

    # A pasted article is processed and opened straight away.
    at.text_area(key="articles:text").input(
        "قال وزير المالية إن الاقتصاد نما بنسبة 5 في المئة العام الماضي."
    )
    at.text_input(key="articles:paste:title").input("اقتصاد")
    at.button(key="FormSubmitter:articles:paste_form-إضافة وتحليل").click().run()
    assert not at.exception and not at.error
    assert at.success[0].value.startswith("أُضيف «اقتصاد»")
    assert "الاقتصاد نما بنسبة 5" in _html(at)
    assert len(list_articles(Store(desk_db))) == 2
