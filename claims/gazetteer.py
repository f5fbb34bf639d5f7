"""Gazetteers of people, bodies, media, places, nationalities and titles, and a matcher.

Data live in claims/gazetteers/*.txt (format in the README there). Names are matched on
normalised tokens (claims.normalize), longest match first, with Arabic clitics (و ف ب ل ك and
ل+ال → لل) peeled off the first word, and spans mapped back to original offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claims.segment import Token, norm_word, original_prefix_len, tokenize

DATA_DIR = Path(__file__).resolve().parent / "gazetteers"
_FILES = {
    "persons.txt": "PERSON",
    "orgs.txt": "ORG",
    "media.txt": "ORG",
    "places.txt": "PLACE",
    "titles.txt": "TITLE",
}
_ARABIC = re.compile("[\u0600-\u06ff]")
# Clitic prefixes peeled off an Arabic word before lookup: conjunction, then preposition.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_MAX_GAP = 3  # characters allowed between two words of one name ("U.S.", "St. Petersburg")


@dataclass(frozen=True)
class Entry:
    """One named thing. `key` (its Arabic canonical name) identifies it across languages."""

    key: str
    type: str  # PERSON | ORG | PLACE | TITLE | NORP
    ar: str
    en: str
    media: bool = False
    country: str | None = None  # cities and nationalities: key of their country

    def canonical(self, lang: str) -> str:
        """Return the canonical name to show for an article in `lang`."""
        return self.ar if (lang == "ar" and self.ar) or not self.en else self.en


@dataclass(frozen=True)
class Match:
    """A gazetteer hit: tokens [tok_start, tok_end), character span, entry, short form?"""

    tok_start: int
    tok_end: int
    start: int
    end: int
    entry: Entry
    short: bool


def _key(name: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(name))


def _nationality_forms(stem: str) -> list[str]:
    """Return masculine/feminine/plural, bare and definite forms of an Arabic adjective stem."""
    words = stem.split()
    forms = []
    for suffix in ("", "ة", "ون", "ين", "تين", "تان"):
        for article in ("", "ال"):
            forms.append(" ".join(article + w + suffix for w in words))
    return forms


class Gazetteer:
    """Alias index over all entries; `find` returns non-overlapping longest matches."""

    def __init__(self, entries: list[tuple[Entry, list[tuple[str, bool]]]]) -> None:
        self.index: dict[tuple[str, ...], tuple[Entry, bool]] = {}
        self.max_len: dict[str, int] = {}
        self.by_key: dict[str, Entry] = {}
        self.feminine_adj: dict[str, tuple[str, str]] = {}  # country key -> (ar, en) adjective
        for entry, aliases in entries:
            if entry.type != "NORP":
                self.by_key.setdefault(entry.key, entry)
            for alias, short in aliases:
                key = _key(alias)
                if not key or (key in self.index and not self.index[key][1]):
                    continue  # first full entry wins an alias
                self.index[key] = (entry, short)
                self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))

    def find(self, tokens: list[Token], text: str) -> list[Match]:
        """Return the longest non-overlapping matches over `tokens` of `text`, in order."""
        out: list[Match] = []
        i = 0
        while i < len(tokens):
            best = self._longest_at(tokens, text, i)
            if best is None:
                i += 1
                continue
            out.append(best)
            i = best.tok_end
        return out

    def _longest_at(self, tokens: list[Token], text: str, i: int) -> Match | None:
        best: Match | None = None
        for stem, plen in _stems(tokens[i].norm):
            longest = self.max_len.get(stem, 0)
            n = min(longest, len(tokens) - i)
            while n > 0 and (best is None or n > best.tok_end - best.tok_start):
                key = (stem, *(t.norm for t in tokens[i + 1 : i + n]))
                hit = self.index.get(key)
                if hit is not None and _contiguous(tokens, text, i, i + n):
                    word = text[tokens[i].start : tokens[i].end]
                    start = tokens[i].start + original_prefix_len(word, plen)
                    best = Match(i, i + n, start, tokens[i + n - 1].end, hit[0], hit[1])
                    break
                n -= 1
        return best


def _contiguous(tokens: list[Token], text: str, a: int, b: int) -> bool:
    """True when tokens a..b-1 are separated only by spaces, dots, hyphens or apostrophes."""
    for k in range(a, b - 1):
        gap = text[tokens[k].end : tokens[k + 1].start]
        if len(gap) > _MAX_GAP or any(c not in " .-'’\u200c\u200f" for c in gap):
            return False
    return True


@lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[tuple[str, int], ...]:
    """Return (candidate, normalised prefix length) pairs for a word with clitics peeled off."""
    out = [(word, 0)]
    if not _ARABIC.match(word):
        return tuple(out)
    for conj in _CONJ:
        for prep in _PREP:
            prefix = conj + prep
            if not prefix or not word.startswith(prefix) or len(word) - len(prefix) < 2:
                continue
            rest = word[len(prefix) :]
            out.append((rest, len(prefix)))
            if prep == "ل" and rest.startswith("ل"):
                out.append(("ا" + rest, len(prefix) - 1))  # لل = ل + ال
    return tuple(out)


def _split_names(side: str) -> list[tuple[str, bool]]:
    names = []
    for raw in side.split("|"):
        raw = raw.strip()
        if raw:
            names.append((raw.lstrip("~"), raw.startswith("~")))
    return names


def _read(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append([part.strip() for part in line.split(";")])
    return rows


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Return the gazetteer built from the data files (built once per process)."""
    entries: list[tuple[Entry, list[tuple[str, bool]]]] = []
    for fname, etype in _FILES.items():
        for row in _read(fname):
            ar_names = _split_names(row[0])
            en_names = _split_names(row[1]) if len(row) > 1 else []
            country = row[2] if len(row) > 2 and row[2] else None
            first = (ar_names or en_names)[0][0]  # English-only rows are keyed by English
            entry = Entry(
                key=first,
                type=etype,
                ar=ar_names[0][0] if ar_names else "",
                en=en_names[0][0] if en_names else "",
                media=fname == "media.txt",
                country=country,
            )
            entries.append((entry, ar_names + en_names))
    adjectives: dict[str, tuple[str, str]] = {}
    for row in _read("nationalities.txt"):
        stems = [s for s in row[0].split("|") if s]
        en_adj = [a for a in row[1].split("|") if a] if len(row) > 1 else []
        country = row[2] if len(row) > 2 and row[2] else None
        entry = Entry(
            key=stems[0], type="NORP", ar=stems[0], en=en_adj[0] if en_adj else "", country=country
        )
        aliases = [(f, False) for s in stems for f in _nationality_forms(s)]
        entries.append((entry, aliases + [(a, False) for a in en_adj]))
        if country and country not in adjectives:
            fem = " ".join("ال" + w + "ة" for w in stems[0].split())
            adjectives[country] = (fem, en_adj[0] if en_adj else "")
    gaz = Gazetteer(entries)
    gaz.feminine_adj = adjectives
    return gaz


def word_forms(words: str, prefixes: tuple[str, ...] = ("",)) -> frozenset[str]:
    """Return the normalised forms of space-separated `words`, each also with `prefixes`."""
    return frozenset(p + norm_word(w) for w in words.split() for p in prefixes)


@lru_cache(maxsize=1)
def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in (DATA_DIR / "lexicons.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif line:
            current.append(line)
    return sections


def lexicon_lines(section: str) -> list[str]:
    """Return the lines of a section of claims/gazetteers/lexicons.txt, comments removed."""
    return _sections()[section]


def lexicon(section: str, prefixes: tuple[str, ...] = ("",)) -> frozenset[str]:
    """Return a word list of claims/gazetteers/lexicons.txt, normalised, with `prefixes`."""
    return word_forms(" ".join(_sections()[section]), prefixes)
