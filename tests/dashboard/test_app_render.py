"""The highlighted article HTML: escaped, well-formed whatever the overlaps, links relative."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from dashboard.render import Mark, highlight, marks_for_article, md_escape, source_card, text_block


class _Tags(HTMLParser):
    """Collects start tags and checks that every tag closes in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.balanced = self.balanced and bool(self.stack) and self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    assert parser.balanced and not parser.stack, markup
    return parser


HOSTILE = 'قال <script>alert(1)</script> و<img src=x onerror="alert(2)"> انتهى'


def test_article_text_is_escaped_never_markup() -> None:
    markup = highlight(HOSTILE, [Mark(4, 30, "quote", speaker='<b onclick="x">و</b>')], "ar")
    parsed = _parse(markup)
    assert {tag for tag, _ in parsed.tags} <= {"div", "p", "mark", "span"}
    assert "<script>" not in markup and "<img" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in markup
    # Every character of the article comes back as text.
    assert "".join(parsed.text).startswith(HOSTILE[:30])


def test_overlapping_marks_nest_and_keep_the_text() -> None:
    text = "أولا قال الرئيس: “نحن لن نتراجع أبدا” ثم غادر.\nفقرة ثانية هنا."
    quote_start = text.index("“") + 1
    quote_end = text.index("”")
    marks = [
        Mark(0, text.index("ثم"), "claim", claim_id=7, title="claim <7>"),
        Mark(quote_start, quote_end, "quote", speaker="الرئيس"),
        Mark(text.index("الرئيس"), text.index("الرئيس") + 6, "speaker"),
        Mark(text.index("أبدا"), len(text) + 50, "claim", claim_id=8),  # overlaps, past the end
    ]
    markup = highlight(text, marks, "ar")
    parsed = _parse(markup)
    # The speaker's label follows the closing quotation mark.
    assert re.search(r'”(</a>)?<span class="cd-who">— الرئيس</span>', markup)
    body = "".join(parsed.text).replace("— الرئيس", "")
    assert body == text.replace("\n", "")
    hrefs = {attrs["href"] for tag, attrs in parsed.tags if tag == "a"}
    assert hrefs == {"claim?claim=7", "claim?claim=8"}
    assert [attrs["dir"] for tag, attrs in parsed.tags if tag == "div"] == ["rtl"]
    assert sum(tag == "p" for tag, _ in parsed.tags) == 2
    assert any(a.get("data-speaker") == "الرئيس" for tag, a in parsed.tags if tag == "mark")
    assert any(a.get("title") == "claim <7>" for tag, a in parsed.tags if tag == "a")


def test_marks_for_article_come_from_stored_rows() -> None:
    quotes = [
        {"start_pos": 10, "end_pos": 20, "speaker": "س", "speaker_start": 0, "speaker_end": 3}
    ]
    claims = [{"id": 5, "start_pos": 0, "end_pos": 25, "status": "false"}]
    marks = marks_for_article(quotes, claims, lambda c: c["status"])
    assert Mark(10, 20, "quote", speaker="س") in marks
    assert Mark(0, 3, "speaker") in marks
    assert Mark(0, 25, "claim", claim_id=5, title="false") in marks


def test_english_text_is_left_to_the_browser_to_orient() -> None:
    assert 'dir="auto"' in highlight("The minister said so.", [], "en")
    assert 'dir="rtl"' in text_block("نص", "ar")
    assert text_block("a <b> & c") == '<div class="cd-text" dir="auto">a &lt;b&gt; &amp; c</div>'


def test_only_http_urls_become_links() -> None:
    assert "<a " not in source_card("t", "javascript:alert(1)")
    assert "<a " not in source_card("t", "data:text/html,<script>")
    linked = source_card('"quoted" <title>', "https://example.org/a?b=1&c=2")
    assert 'href="https://example.org/a?b=1&amp;c=2"' in linked
    assert "&lt;title&gt;" in linked and "<title>" not in linked


def test_md_escape_neutralises_markdown() -> None:
    escaped = md_escape("[click](javascript:alert(1)) **bold** <b>")
    assert not re.search(r"(?<!\\)[\[\]()*<>]", escaped)
