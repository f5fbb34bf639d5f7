"""Reading files: encodings, formats, and refusing what is not an article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.errors import InputError
from claims.reading import MAX_FILE_BYTES, decode, parse, read_path


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]
)
def test_decode_arabic_in_every_supported_encoding(seed_text: str, codec: str) -> None:
    assert decode(seed_text.encode(codec)) == seed_text


def test_decode_english_utf16_without_bom() -> None:
    assert decode("Officials said on Monday.".encode("utf-16-le")) == "Officials said on Monday."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        (bytes(range(128, 256)) * 20, "cannot decode"),
    ],
)
def test_decode_refuses_non_text(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "upload")


def test_html_keeps_article_text_and_drops_furniture() -> None:
    html = """<html><head><title>Page</title>
      <meta property="og:title" content="الصين تنفي">
      <meta property="og:url" content="https://example.com/a">
      <script>var x = "not text";</script></head>
      <body><nav>Home | World</nav><article><h1>الصين تنفي</h1>
      <p>قال المتحدث: “لم نرسل أسلحة”.</p><p>Second paragraph.</p></article>
      <footer>© 2023</footer></body></html>"""
    [doc] = parse(html.encode(), "page.html")
    assert doc.title == "الصين تنفي"
    assert doc.url == "https://example.com/a"
    assert "لم نرسل أسلحة" in doc.text and "Second paragraph." in doc.text
    assert "Home" not in doc.text and "not text" not in doc.text and "2023" not in doc.text


def test_markdown_heading_becomes_title_and_markup_goes() -> None:
    [doc] = parse(b"# Title here\n\nSome **bold** [link](http://x.y) text.", "a.md")
    assert doc.title == "Title here"
    assert doc.text == "Some bold link text."


def test_jsonl_reads_metadata_and_reports_bad_lines() -> None:
    good = {
        "id": "a1",
        "title": "T",
        "url": "https://e.com",
        "publisher": "P",
        "published": "2023-03-01",
        "text": "نص المقال.",
    }
    docs = parse((json.dumps(good, ensure_ascii=False) + "\n\n").encode(), "batch.jsonl")
    assert [(d.external_id, d.title, d.publisher, d.text) for d in docs] == [
        ("a1", "T", "P", "نص المقال.")
    ]
    with pytest.raises(InputError, match=r"batch.jsonl:2: not valid JSON"):
        parse(b'{"text": "ok"}\n{broken\n', "batch.jsonl")
    with pytest.raises(InputError, match="'text' string"):
        parse(b'{"title": "no text"}\n', "batch.jsonl")


def test_options_override_file_metadata_and_text_is_cleaned() -> None:
    [doc] = parse(b"line one   \r\nline two\r\n\r\n\r\n\r\nend", "x.txt", title="Given")
    assert doc.title == "Given"
    assert doc.text == "line one\nline two\n\nend"


def test_missing_unsupported_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="unsupported file type"):
        read_path(tmp_path / "a.pdf")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match="over the limit"):
        read_path(huge)
    with pytest.raises(InputError, match="over the limit"):
        parse(("كلمة " * 120_000).encode(), "long.txt")
