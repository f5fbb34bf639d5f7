"""HTML for article text with quotes, speakers and claims highlighted in place.

Everything an article or a user brings is text: every piece of it goes through `html.escape`
before it is put between tags, and the only markup is the fixed tags and classes built here.
Claim links are relative (`claim?claim=<id>`), so they stay inside the app wherever it is served.

Spans may overlap (a claim inside a quote, a quote across two claims). The text is cut at
every span edge and line break into segments; each segment is wrapped in the tags of the spans
covering it, always in the same nesting order (claim > quote > speaker), so the markup is
well-formed whatever the overlaps.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal

from claims.errors import ValidationError
from claims.review import safe_url

MarkKind = Literal["claim", "quote", "speaker", "focus"]
_NESTING: tuple[MarkKind, ...] = ("claim", "focus", "quote", "speaker")
_CLOSING_QUOTES = "”\"»’'›"

# Fonts come from the machine (Debian's fonts-noto-core); nothing is fetched from a CDN.
ARABIC_FONTS = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Source Sans', serif"

CSS = f"""
<style>
.cd-article, .cd-text {{ font-family: {ARABIC_FONTS}; font-size: 1.12rem; line-height: 2.1; }}
.cd-article p {{ margin: 0 0 0.7em 0; unicode-bidi: plaintext; }}
.cd-article[dir="rtl"], .cd-text[dir="rtl"] {{ text-align: right; }}
.cd-claim {{ color: inherit; text-decoration: none; border-bottom: 2px solid #d97706; }}
.cd-claim:hover {{ background: rgba(251, 191, 36, 0.35); }}
.cd-quote {{ background: rgba(59, 130, 246, 0.22); color: inherit; padding: 0.1em 0; }}
.cd-speaker {{ font-weight: 700; color: #7c3aed; }}
.cd-who {{ font-size: 0.78em; color: #7c3aed; background: rgba(124, 58, 237, 0.10);
  border-radius: 0.6em; padding: 0 0.5em; margin: 0 0.25em; white-space: nowrap; }}
.cd-focus {{ background: rgba(251, 191, 36, 0.45); color: inherit; font-weight: 600; }}
.cd-legend span {{ margin-inline-end: 1.2em; }}
.cd-title {{ font-size: 1.6rem; font-weight: 700; line-height: 1.6; }}
.cd-claim-text {{ font-size: 1.35rem; font-weight: 600; border-inline-start: 4px solid #d97706;
  padding-inline-start: 0.7em; }}
.cd-source {{ font-family: {ARABIC_FONTS}; line-height: 1.7; }}
.cd-meta {{ font-size: 0.85em; opacity: 0.7; }}
.cd-excerpt {{ margin: 0.3em 0; padding-inline-start: 0.7em;
  border-inline-start: 3px solid #94a3b8; }}
.cd-note {{ font-style: italic; }}
.cd-small {{ font-size: 1rem; line-height: 1.8; }}
.cd-fallback {{ font-family: 'Source Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', sans-serif; }}
</style>
"""

# With the Arabic UI the page reads right to left: text, labels and column order mirror.
RTL_CSS = """
<style>
[data-testid="stMain"] .block-container, [data-testid="stSidebarUserContent"] {
  direction: rtl; }
[data-testid="stMain"] .block-container h1, [data-testid="stMain"] .block-container h2,
[data-testid="stMain"] .block-container h3, [data-testid="stMarkdownContainer"],
[data-testid="stWidgetLabel"], [data-testid="stCaptionContainer"] { text-align: right; }
[data-testid="stDataFrame"], .stPlotlyChart { direction: ltr; }
</style>
"""


@dataclass(frozen=True)
class Mark:
    """One highlighted span [start, end) of a text.

    `claim_id` makes a claim span a link to its page; `speaker` names who said a quote;
    `title` is the tooltip.
    """

    start: int
    end: int
    kind: MarkKind
    claim_id: int | None = None
    speaker: str | None = None
    title: str = ""


def text_dir(lang: str | None) -> str:
    """Return the HTML `dir` for text in `lang`: rtl for Arabic, auto for anything else."""
    return "rtl" if (lang or "").startswith("ar") else "auto"


def marks_for_article(
    quotes: Iterable[dict[str, Any]],
    claims: Iterable[dict[str, Any]],
    claim_title: Callable[[dict[str, Any]], str] | None = None,
) -> list[Mark]:
    """Return the marks of an article's stored quotes (with speaker spans) and claims.

    `claim_title(claim_row) -> str` gives each claim link's tooltip.
    """
    marks: list[Mark] = []
    for q in quotes:
        marks.append(Mark(q["start_pos"], q["end_pos"], "quote", speaker=q.get("speaker")))
        if q.get("speaker_start") is not None and q.get("speaker_end") is not None:
            marks.append(Mark(q["speaker_start"], q["speaker_end"], "speaker"))
    for c in claims:
        title = claim_title(c) if claim_title else ""
        marks.append(
            Mark(c["start_pos"], c["end_pos"], "claim", claim_id=int(c["id"]), title=title)
        )
    return marks


def highlight(text: str, marks: Sequence[Mark], lang: str | None = None) -> str:
    """Return `text` as escaped HTML paragraphs with every mark wrapped in its tag.

    Marks outside the text are clipped; empty ones are dropped. A quote with a speaker gets a
    small label with the speaker's name where it ends.
    """
    n = len(text)
    spans = [
        Mark(max(0, m.start), min(n, m.end), m.kind, m.claim_id, m.speaker, m.title)
        for m in marks
        if min(n, m.end) > max(0, m.start)
    ]
    # A speaker's label goes after the quote's closing mark, not between text and mark.
    labels: dict[int, list[str]] = {}
    for m in spans:
        if m.kind == "quote" and m.speaker:
            at = m.end + 1 if m.end < n and text[m.end] in _CLOSING_QUOTES else m.end
            labels.setdefault(at, []).append(m.speaker)
    cuts = {0, n, *labels}
    for m in spans:
        cuts.update((m.start, m.end))
    for i, ch in enumerate(text):
        if ch == "\n":
            cuts.update((i, i + 1))
    edges = sorted(cuts)
    starts: dict[int, list[Mark]] = {}
    for m in spans:
        starts.setdefault(m.start, []).append(m)

    paragraphs: list[str] = []
    current: list[str] = []
    active: list[Mark] = []
    for a, b in pairwise(edges):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        piece = text[a:b]
        if piece == "\n":
            paragraphs.append("".join(current))
            current = []
            continue
        current.append(_wrap(html.escape(piece), active))
        for speaker in labels.get(b, []):
            current.append(f'<span class="cd-who">— {html.escape(speaker)}</span>')
    paragraphs.append("".join(current))
    body = "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
    return f'<div class="cd-article" dir="{text_dir(lang)}">{body}</div>'


def _wrap(inner: str, active: Sequence[Mark]) -> str:
    """Wrap an escaped segment in the tags of the marks covering it (innermost last)."""
    for kind in reversed(_NESTING):
        for m in active:
            if m.kind == kind:
                inner = _open(m) + inner + _CLOSE[kind]
                break
    return inner


_CLOSE = {"claim": "</a>", "focus": "</mark>", "quote": "</mark>", "speaker": "</span>"}


def _open(m: Mark) -> str:
    title = f' title="{html.escape(m.title)}"' if m.title else ""
    if m.kind == "claim":
        return (
            f'<a class="cd-claim" href="claim?claim={int(m.claim_id or 0)}"'
            f' data-claim="{int(m.claim_id or 0)}"{title}>'
        )
    if m.kind == "quote":
        speaker = f' data-speaker="{html.escape(m.speaker)}"' if m.speaker else ""
        return f'<mark class="cd-quote"{speaker}{title}>'
    if m.kind == "focus":
        return f'<mark class="cd-focus"{title}>'
    return f'<span class="cd-speaker"{title}>'


def text_block(text: str, lang: str | None = None, css_class: str = "cd-text") -> str:
    """Return a piece of plain text (a claim, an excerpt) as escaped HTML in the right direction."""
    body = html.escape(text).replace("\n", "<br>")
    return f'<div class="{css_class}" dir="{text_dir(lang)}">{body}</div>'


def source_card(
    title: str, url: str | None, meta: str = "", excerpt: str = "", note: str = "", by: str = ""
) -> str:
    """Return a source (of evidence, or a fact-check) as escaped HTML.

    The title becomes a link only for an http(s) URL; any other URL is not linked at all.
    """
    name = html.escape(title or "")
    if url and _is_http(url):
        name = f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">{name}</a>'
    parts = [f'<div class="cd-source-title" dir="auto"><b>{name}</b></div>']
    if meta:
        parts.append(f'<div class="cd-meta" dir="auto">{html.escape(meta)}</div>')
    if excerpt:
        parts.append(
            f'<blockquote class="cd-excerpt" dir="auto">{html.escape(excerpt)}</blockquote>'
        )
    if note:
        parts.append(f'<div class="cd-note" dir="auto">{html.escape(note)}</div>')
    if by:
        parts.append(f'<div class="cd-meta" dir="auto">{html.escape(by)}</div>')
    return f'<div class="cd-source">{"".join(parts)}</div>'


def _is_http(url: str) -> bool:
    try:
        return safe_url(url) is not None
    except ValidationError:
        return False


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: str) -> str:
    """Return `text` with Markdown's special characters escaped, for st.caption / st.markdown."""
    return _MD_SPECIAL.sub(r"\\\1", text)
