"""Scoring an extraction against a hand annotation (gold JSON), shared by the gold test files.

A gold file names its article, its quotations (a key substring, kind, acceptable speaker names,
optional acceptable sources), quoted names that must not be taken for quotations, and its
check-worthy claims (key substring, kind, optional speakers).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from claims.extract import extract
from claims.train_quoted_names import EDGE_PUNCT, gold_key
from claims.types import Extraction


@dataclass
class Score:
    """Counts for one article (or a sum over several)."""

    quotes: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    kinds_right: int = 0
    names: int = 0
    names_taken: int = 0
    claims: int = 0
    claims_found: int = 0
    claim_kinds_right: int = 0
    extracted_claims: int = 0
    extracted_matching: int = 0

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _same_name(got: str | None, wanted: list[str]) -> bool:
    return got is not None and any(gold_key(got) == gold_key(w) for w in wanted)


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def load(gold_path: Path, articles: Path) -> tuple[dict, str, Extraction]:
    """Return the gold annotation, its article text and the article's extraction."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (articles / gold["article"]).read_text(encoding="utf-8")
    return gold, text, extract(text, lang=gold["lang"])


def score(gold: dict, ex: Extraction) -> tuple[Score, list[str]]:
    """Compare an extraction with its gold annotation; returns figures and readable misses."""
    s = Score()
    misses: list[str] = []
    for g in gold["quotes"]:
        s.quotes += 1
        hit = next((q for q in ex.quotes if gold_key(g["text"]) in gold_key(q.text)), None)
        if hit is None:
            misses.append(f"quote not found: {g['text']}")
            continue
        s.quotes_found += 1
        if _same_name(hit.speaker, g["speaker"]) and (
            "source" not in g or _same_name(hit.source, _as_list(g["source"]))
        ):
            s.speakers_right += 1
        else:
            misses.append(f"speaker {hit.speaker!r}/{hit.source!r} for: {g['text']}")
        s.kinds_right += hit.kind == g["kind"]
    for name in gold["not_quotes"]:
        s.names += 1
        # marks and a comma inside the quote marks ("“Squawk Box,”") do not make it speech
        if any(gold_key(q.text).strip(EDGE_PUNCT) == gold_key(name) for q in ex.quotes):
            s.names_taken += 1
            misses.append(f"name taken for a quote: {name}")
    for g in gold["claims"]:
        s.claims += 1
        claim = next((c for c in ex.claims if gold_key(g["text"]) in gold_key(c.text)), None)
        if claim is None:
            misses.append(f"claim not found: {g['text']}")
            continue
        s.claims_found += 1
        s.claim_kinds_right += claim.kind == g["kind"]
    keys = [gold_key(g["text"]) for g in gold["claims"]]
    s.extracted_claims = len(ex.claims)
    s.extracted_matching = sum(any(k in gold_key(c.text) for k in keys) for c in ex.claims)
    return s, misses


def ratio(a: int, b: int) -> float:
    """a / b, and 1.0 when there is nothing to count."""
    return a / b if b else 1.0


def report(name: str, s: Score, misses: list[str]) -> None:
    """Print one line of figures and the misses (seen with `pytest -s`)."""
    print(
        f"\n{name}: quotes found {s.quotes_found}/{s.quotes}, speaker right "
        f"{s.speakers_right}/{s.quotes}, kind right {s.kinds_right}/{s.quotes}, names taken "
        f"{s.names_taken}/{s.names}; claims recall {s.claims_found}/{s.claims}, kind right "
        f"{s.claim_kinds_right}/{s.claims}, precision {s.extracted_matching}/{s.extracted_claims}"
    )
    for miss in misses:
        print("   ", miss)
