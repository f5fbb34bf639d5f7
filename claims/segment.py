"""Arabic-aware segmentation: language, tokens, quotation spans, paragraphs and sentences.

All spans are character offsets into the text as given (no normalisation, no stripping of the
text itself), so callers can slice `text[start:end]` to show them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from claims.normalize import normalize_arabic
from claims.types import Sentence

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")
# A word starts with a letter or digit and may carry Arabic diacritics and tatweel inside.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])*")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

# Quote marks. Typists use “ ” „ in either order in Arabic text, so pairing is by position.
OPEN_ONLY = "«‹"
CLOSE_ONLY = "»›"
CURLY = "“”„‟"
STRAIGHT = '"'
QUOTE_CHARS = OPEN_ONLY + CLOSE_ONLY + CURLY + STRAIGHT
_CLOSERS_FOR = {"«": "»", "‹": "›", '"': '"'}

_ABBREVIATION_WORDS = (
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt maj adm cmdr st jr sr inc ltd co corp vs "
    "etc no nos jan feb mar apr jun jul aug sep sept oct nov dec fig al approx dept est mt ft "
    "univ assn bros rev hon pres "
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_AR_TITLE_LETTERS = frozenset(
    ("م", "د", "أ", "ا", "ق", "ل", "ع")
)  # مهندس دكتور أستاذ قاضٍ لواء عميد
_SENT_END = ".!?؟…"
# "HONG KONG (CNN) —", "BEIJING -- ", "القاهرة (رويترز) -": a dateline before the first sentence.
_DATELINE = re.compile(
    r"^(?:[^\n.]{0,60}?\([^()\n]{2,20}\)|[A-Z][A-Z .,'’]{1,40}?)\s*[-–—]{1,2}\s+"
)


@dataclass(frozen=True)
class Token:
    """A word: its original span and its normalised form (for matching)."""

    start: int
    end: int
    norm: str


@dataclass(frozen=True)
class QuoteSpan:
    """A pair of quote marks: `start`/`end` include the marks, `inner_*` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool  # False when the paragraph ended before a closing mark


def letter_counts(text: str) -> tuple[int, int]:
    """Return (Arabic letters, Latin letters) in `text`."""
    return len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))


def detect_language(text: str) -> str:
    """Return "ar" when Arabic letters outnumber Latin ones, else "en" (also for empty text)."""
    arabic, latin = letter_counts(text[:20000])
    return "ar" if arabic > 0 and arabic >= latin else "en"


@lru_cache(maxsize=65536)
def norm_word(word: str) -> str:
    """Return the matching form of one word (Arabic letters folded, diacritics removed)."""
    return normalize_arabic(word)


def tokenize(text: str) -> list[Token]:
    """Return the words of `text` with original offsets and normalised forms."""
    return [Token(m.start(), m.end(), norm_word(m.group())) for m in _WORD.finditer(text)]


def original_prefix_len(word: str, norm_chars: int) -> int:
    """Return how many characters of the original `word` make its first `norm_chars` letters.

    Diacritics and tatweel vanish in the normalised form, so a clitic of one normalised letter
    may span two original characters.
    """
    seen = 0
    for i, ch in enumerate(word):
        if _MARKS.match(ch):
            continue  # the clitic's own marks ("لـDW", "وَالحكومة") stay with it
        if seen == norm_chars:
            return i
        seen += 1
    return len(word)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each non-blank line, stripped of surrounding whitespace."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def _flank(text: str, i: int, lo: int, hi: int) -> str:
    """Classify the quote mark at `i` as "open", "close" or "?" from the characters around it."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    space_before = before.isspace() or before in "([{—–-:،,؛;" or before in QUOTE_CHARS
    space_after = after.isspace() or after in ".,،؛;:!?؟)]}…" or after in QUOTE_CHARS
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "?"


def _paragraph_quotes(text: str, lo: int, hi: int, carried: bool) -> list[QuoteSpan]:
    """Pair the quote marks of one paragraph; an unclosed quotation ends with the paragraph.

    `carried`: the previous paragraph ended inside a quotation, so a closing mark met before
    any opening one ends its continuation, which starts with this paragraph.
    """
    spans: list[QuoteSpan] = []
    opener: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        if ch not in QUOTE_CHARS:
            continue
        if opener is None and carried and not spans:
            carried = False
            if ch in CLOSE_ONLY or (ch in CURLY + STRAIGHT and _flank(text, i, lo, hi) == "close"):
                if i - lo > 2:
                    spans.append(QuoteSpan(lo, i + 1, lo, i, True))
                continue
        if opener is None:
            # A closing-only mark or a mark glued to the preceding word cannot open a quote.
            if ch in CLOSE_ONLY or (ch in CURLY + STRAIGHT and _flank(text, i, lo, hi) == "close"):
                continue
            opener = i
            continue
        open_ch = text[opener]
        wanted = _CLOSERS_FOR.get(open_ch)
        if wanted is not None and ch != wanted:
            continue  # nested quotation of another kind inside «...» or "..."
        if wanted is None and ch in OPEN_ONLY:
            continue  # « nested inside “...”
        if ch == open_ch and ch in CURLY and _flank(text, i, lo, hi) == "open" and i - opener < 2:
            opener = i  # two openers in a row: the first was stray
            continue
        spans.append(QuoteSpan(opener, i + 1, opener + 1, i, True))
        opener = None
    if opener is not None and hi - opener > 2:
        spans.append(QuoteSpan(opener, hi, opener + 1, hi, False))
    return spans


def within(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when `pos` lies in one of the sorted, disjoint (start, end) `spans`."""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Return every quoted span of `text` (paired within paragraphs), in order."""
    spans: list[QuoteSpan] = []
    prev_end = -1
    for lo, hi in paragraphs(text):
        carried = bool(spans) and not spans[-1].closed and spans[-1].end == prev_end
        spans.extend(_paragraph_quotes(text, lo, hi, carried))
        prev_end = hi
    return spans


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or initial rather than a sentence."""
    j = dot
    while j > para_start and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if "." in word or (len(word) == 1 and word.isupper()):
        return True  # U.S. / J. Smith
    if word in _AR_TITLE_LETTERS and (j == para_start or not text[j - 1].isalpha()):
        return True  # "م. فيصل الرشيدي" (engineer), "د. سمير" (doctor), "أ. هدى" (professor)
    return word.lower() in _ABBREVIATIONS


def _boundaries(text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> list[int]:
    """Return split points inside paragraph [lo, hi) (positions where a new sentence starts)."""
    cuts: list[int] = []
    m = _DATELINE.match(text, lo, hi)
    if m and m.end() < hi:
        cuts.append(m.end())
    qi = 0
    i = lo
    while i < hi:
        while qi < len(quoted) and quoted[qi][1] <= i:
            qi += 1
        if qi < len(quoted) and quoted[qi][0] <= i < quoted[qi][1]:
            i = quoted[qi][1]  # never split inside a quotation
            continue
        ch = text[i]
        if ch in _SENT_END:
            j = i + 1
            while j < hi and (text[j] in _SENT_END or text[j] in QUOTE_CHARS + ")]"):
                j += 1
            if j < hi and text[j].isspace():
                k = j
                while k < hi and text[k].isspace():
                    k += 1
                nxt = text[k] if k < hi else ""
                ok = not (ch == "." and _is_abbreviation(text, i, lo))
                if ok and ch == "." and nxt.isalpha() and nxt.islower():
                    ok = False  # "e.g. something", "approx. five"
                if ok and k < hi:
                    cuts.append(k)
            i = j
            continue
        i += 1
    return cuts


def split_sentences(text: str, quotes: list[QuoteSpan] | None = None) -> list[Sentence]:
    """Return the sentences of `text`, ordered and non-overlapping.

    Every line is its own paragraph (so datelines never join the first sentence); lines without
    any letter or digit ("–") are skipped; quotations are kept whole.
    """
    if quotes is None:
        quotes = find_quote_spans(text)
    quoted = [(q.start, q.end) for q in quotes]
    starts = [span[0] for span in quoted]
    out: list[Sentence] = []
    for lo, hi in paragraphs(text):
        inside = quoted[bisect_left(starts, lo) : bisect_left(starts, hi)]
        cuts = [lo, *_boundaries(text, lo, hi, inside)]
        for s, e in zip(cuts, [*cuts[1:], hi], strict=True):
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e and re.search(r"[^\W_]", text[s:e]):
                out.append(Sentence(s, e))
    return out
