"""The service layer end to end: real extraction, the real model, DuckDB and FAISS together."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.articles import get_article, list_articles
from claims.errors import InputError
from claims.service import Desk
from index.search import search_claims
from index.vectors import index_path
from tests.conftest import SEED

pytestmark = pytest.mark.slow


def test_sample_loads_once_into_an_empty_database(desk_db: Path) -> None:
    desk = Desk(desk_db)
    report = desk.load_sample_if_empty()
    assert report is not None and report.stored == 1
    assert desk.load_sample_if_empty() is None
    [article] = list_articles(desk.store)
    assert article["publisher"] == "CNN بالعربية" and article["lang"] == "ar"
    assert article["claims"] >= 20 and article["quotes"] >= 10
    assert len(desk.index) == article["claims"]
    assert index_path(desk_db).exists()


def test_delete_article_removes_claims_vectors_and_index_entries(desk_db: Path) -> None:
    desk = Desk(desk_db)
    [result] = desk.ingest_paths([SEED]).results
    assert result.ok and result.article_id is not None
    kept = desk.ingest_bytes(
        "قال وزير المالية إن التضخم بلغ 7 في المئة في 2024.".encode(), "paste.txt", title="pasted"
    )
    assert kept.stored == 1
    removed = desk.delete_article(result.article_id)
    assert removed == result.claims
    assert [a["title"] for a in list_articles(desk.store)] == ["pasted"]
    assert (
        desk.store.scalar("SELECT count(*) FROM embeddings WHERE kind = 'claim'")
        == len(desk.index)
        == kept.results[0].claims
    )
    hits = search_claims(desk, "China denies sending lethal aid to Russia", k=5)
    assert all(h.article_id != result.article_id for h in hits)


def test_pasted_html_is_read_as_article_text_and_duplicates_are_reported(desk_db: Path) -> None:
    desk = Desk(desk_db)
    page = (
        "<html><body><nav>menu</nav><p>قال المتحدث باسم الجيش: “قتل 12 مسلحا في الهجوم”."
        "</p><script>alert(1)</script></body></html>"
    )
    first = desk.ingest_bytes(page.encode(), "page.html", title="هجوم")
    [stored] = first.results
    article = get_article(desk.store, stored.article_id or -1)
    assert "menu" not in article["text"] and "alert" not in article["text"]
    assert article["quotes"][0]["text"] == "قتل 12 مسلحا في الهجوم"
    again = desk.ingest_bytes(page.encode(), "page.html", title="هجوم")
    assert again.results[0].duplicate_of == stored.article_id
    with pytest.raises(InputError, match="empty"):
        desk.ingest_bytes(b"   ", "paste.txt")
    assert len(list_articles(desk.store)) == 1
