"""Reading articles from files: .txt, .md, .html and .jsonl, in whatever encoding they came.

Arabic text often arrives as Windows-1256 or UTF-16 rather than UTF-8; `decode` tries the
unambiguous encodings first (BOMs, strict UTF-8) and only then the legacy Arabic code page,
and refuses binary data instead of turning it into mojibake.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
from bs4 import BeautifulSoup

from claims.errors import InputError
from claims.segment import letter_counts

MAX_FILE_BYTES = 20 * 1024 * 1024  # a .jsonl of many articles; one article is far smaller
MAX_ARTICLE_CHARS = 500_000  # ~100 pages; longer "articles" are data dumps, not news
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

_PLAIN = re.compile("[\u0600-\u06ff\\sA-Za-z0-9.,;:!?()\"'«»“”\\-–—/%]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Document:
    """One article as read from a file, before extraction."""

    text: str
    title: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    external_id: str | None = None
    source_name: str | None = None


def decode(data: bytes, name: str = "input") -> str:
    """Return `data` decoded as text (UTF-8/16 with or without BOM, or Windows-1256).

    Raises InputError for empty, binary or undecodable data.
    """
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="strict"), name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16"), name)
    utf16 = _utf16_codec(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), name)
        except UnicodeDecodeError as err:
            raise InputError(f"{name}: cannot decode as UTF-16") from err
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return _checked(data.decode("utf-8", errors="strict"), name)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256", errors="strict")
        # cp1256 maps almost every byte; accept it only when the result reads as Arabic.
        if _reads_as_arabic(text):
            return _checked(text, name)
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise InputError(f"{name}: cannot decode as UTF-8, UTF-16 or Windows-1256")
    return _checked(str(guess), name)


def _reads_as_arabic(text: str) -> bool:
    """True if text is mostly Arabic letters, with little of cp1256's symbol range."""
    body = text.strip()
    plain = len(_PLAIN.findall(body))
    return letter_counts(body)[0] >= 0.3 * len(body) and plain >= 0.97 * len(body)


def _utf16_codec(data: bytes) -> str | None:
    """Return 'utf-16-le'/'utf-16-be' if BOM-less data looks like UTF-16, else None."""
    sample = data[:2000]
    if len(sample) < 4 or len(data) % 2:
        return None
    # In UTF-16 the high byte of ASCII is 0x00 and of Arabic 0x06: one byte of each pair.
    high_even = sum(b in (0, 6) for b in sample[0::2]) / len(sample[0::2])
    high_odd = sum(b in (0, 6) for b in sample[1::2]) / len(sample[1::2])
    if high_odd > 0.6 and high_even < 0.2:
        return "utf-16-le"
    if high_even > 0.6 and high_odd < 0.2:
        return "utf-16-be"
    return None


def _checked(text: str, name: str) -> str:
    if len(_CONTROL.findall(text[:10000])) > 0.01 * max(1, len(text[:10000])):
        raise InputError(f"{name}: looks like a binary file, not text")
    return text


def clean_text(text: str) -> str:
    """Return article text with Unicode NFC, '\\n' line ends and no trailing spaces per line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Return (article text, metadata) from an HTML page, leaving out the page furniture.

    Metadata keys found in <title>/<meta>: title, url, publisher, published.
    """
    soup = BeautifulSoup(html, "html.parser")
    meta: dict[str, str] = {}
    for key, prop in (
        ("title", "og:title"),
        ("url", "og:url"),
        ("publisher", "og:site_name"),
        ("published", "article:published_time"),
    ):
        tag = soup.find("meta", attrs={"property": prop})
        if tag and tag.get("content"):
            meta[key] = str(tag["content"]).strip()
    if "title" not in meta:
        heading = soup.find("h1") or soup.find("title")
        if heading and heading.get_text(strip=True):
            meta["title"] = heading.get_text(" ", strip=True)
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paragraphs = [p.get_text(" ", strip=True) for p in root.find_all(["p", "blockquote", "li"])]
    paragraphs = [p for p in paragraphs if p]
    text = "\n".join(paragraphs) if paragraphs else root.get_text("\n", strip=True)
    return text, meta


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """Return (plain text, first heading or None) from Markdown, dropping the markup only."""
    title = None
    lines = []
    for line in md.split("\n"):
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*)$", line)
        if heading:
            title = title or heading.group(1).strip()
            continue
        line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"(\*\*|__|`)", "", line)
        line = re.sub(r"^\s*(>|[-*+]\s)\s*", "", line)
        lines.append(line)
    return "\n".join(lines), title


def read_bytes(path: Path) -> bytes:
    """Return the bytes of `path`; InputError if missing, not a file or over MAX_FILE_BYTES."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path}: {size:,} bytes is over the limit of {MAX_FILE_BYTES:,}")
    return path.read_bytes()


def parse(data: bytes, name: str, **meta: str | None) -> list[Document]:
    """Return the articles in one file's bytes, by the file name's suffix.

    `meta` (title, url, publisher, published) overrides what the file says, for single
    articles. Raises InputError on anything that is not a readable article.
    """
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{name}: unsupported file type {suffix or '(none)'}; use {SUFFIXES}")
    text = decode(data, name)
    if suffix == ".jsonl":
        return _parse_jsonl(text, name)
    found: dict[str, str] = {}
    if suffix in (".html", ".htm") or _looks_like_html(text):
        text, found = html_to_text(text)
    elif suffix == ".md":
        text, heading = markdown_to_text(text)
        if heading:
            found["title"] = heading
    given = {k: v for k, v in meta.items() if v}
    merged = {**found, **given}
    return [
        _document(
            text,
            name,
            title=merged.get("title"),
            url=merged.get("url"),
            publisher=merged.get("publisher"),
            published=merged.get("published"),
        )
    ]


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head


def _document(
    text: str,
    name: str,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    external_id: str | None = None,
) -> Document:
    text = clean_text(text)
    if not text:
        raise InputError(f"{name}: no article text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{name}: article of {len(text):,} characters is over the limit of "
            f"{MAX_ARTICLE_CHARS:,}"
        )
    return Document(
        text=text,
        title=(title or Path(name).stem).strip(),
        url=url,
        publisher=publisher,
        published=published,
        external_id=external_id,
        source_name=Path(name).name,
    )


def _parse_jsonl(text: str, name: str) -> list[Document]:
    docs = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not valid JSON ({err.msg})") from err
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InputError(f"{where}: each line needs an object with a 'text' string")
        docs.append(
            _document(
                row["text"],
                where,
                title=_str_or_none(row.get("title")),
                url=_str_or_none(row.get("url")),
                publisher=_str_or_none(row.get("publisher")),
                published=_str_or_none(row.get("published")),
                external_id=_str_or_none(row.get("id")),
            )
        )
    if not docs:
        raise InputError(f"{name}: no articles in file")
    return docs


def _str_or_none(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def read_path(path: Path, **meta: str | None) -> list[Document]:
    """Return the articles in the file at `path` (see `parse`)."""
    return parse(read_bytes(path), str(path), **meta)
