"""Extraction against careful hand annotations (tests/claims/gold/*.json).

Each gold file names an article under tests/claims/articles/, its quotations (a key substring,
kind, acceptable speaker names, optional source), quoted names that must not be taken for
quotations, and its check-worthy claims (key substring, kind, optional speakers).
Run with `-s` to see the figures: `.venv/bin/pytest tests/claims/test_gold.py -s`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from claims.extract import extract
from claims.normalize import normalize_arabic
from claims.types import Extraction

HERE = Path(__file__).resolve().parent
GOLD = sorted((HERE / "gold").glob("*.json"))
SEED = "cnn-ar-xi-lukashenko"


@dataclass
class Score:
    quotes: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    kinds_right: int = 0
    names_taken: int = 0
    claims: int = 0
    claims_found: int = 0
    claim_kinds_right: int = 0
    extracted_claims: int = 0
    extracted_matching: int = 0


def _n(text: str) -> str:
    return " ".join(normalize_arabic(text).replace("“", '"').replace("”", '"').split()).lower()


def _same_name(got: str | None, wanted: list[str]) -> bool:
    return got is not None and any(_n(got) == _n(w) for w in wanted)


def _load(path: Path) -> tuple[dict, str, Extraction]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (HERE / "articles" / gold["article"]).read_text(encoding="utf-8")
    return gold, text, extract(text, lang=gold["lang"])


def score(gold: dict, ex: Extraction) -> tuple[Score, list[str]]:
    """Compare an extraction with its gold annotation; returns figures and readable misses."""
    s = Score()
    misses: list[str] = []
    for g in gold["quotes"]:
        s.quotes += 1
        hit = next((q for q in ex.quotes if _n(g["text"]) in _n(q.text)), None)
        if hit is None:
            misses.append(f"quote not found: {g['text']}")
            continue
        s.quotes_found += 1
        if _same_name(hit.speaker, g["speaker"]) and (
            "source" not in g or _same_name(hit.source, [g["source"]])
        ):
            s.speakers_right += 1
        else:
            misses.append(f"speaker {hit.speaker!r}/{hit.source!r} for: {g['text']}")
        s.kinds_right += hit.kind == g["kind"]
    for name in gold["not_quotes"]:
        if any(_n(q.text) == _n(name) for q in ex.quotes):
            s.names_taken += 1
            misses.append(f"name taken for a quote: {name}")
    for g in gold["claims"]:
        s.claims += 1
        claim = next((c for c in ex.claims if _n(g["text"]) in _n(c.text)), None)
        if claim is None:
            misses.append(f"claim not found: {g['text']}")
            continue
        s.claims_found += 1
        s.claim_kinds_right += claim.kind == g["kind"]
    keys = [_n(g["text"]) for g in gold["claims"]]
    s.extracted_claims = len(ex.claims)
    s.extracted_matching = sum(any(k in _n(c.text) for k in keys) for c in ex.claims)
    return s, misses


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_against_gold(path: Path) -> None:
    gold, text, ex = _load(path)
    s, misses = score(gold, ex)
    print(
        f"\n{path.stem}: quotes found {s.quotes_found}/{s.quotes}, speaker right "
        f"{s.speakers_right}/{s.quotes}, kind right {s.kinds_right}/{s.quotes}, names taken "
        f"{s.names_taken}; claims recall {s.claims_found}/{s.claims}, kind right "
        f"{s.claim_kinds_right}/{s.claims}, precision {s.extracted_matching}/{s.extracted_claims}"
    )
    for miss in misses:
        print("   ", miss)
    assert s.names_taken == 0
    assert _ratio(s.speakers_right, s.quotes) >= (1.0 if path.stem == SEED else 0.75)
    assert _ratio(s.claims_found, s.claims) >= 0.8
    starts = [text[x.start : x.end] for x in ex.sentences]
    assert any(x.startswith(gold["first_sentence"]) for x in starts)


def test_fixture_set_meets_the_bar() -> None:
    """Over all fixtures but the seed: >= 90% of quotations with the right speaker."""
    total = right = 0
    for path in GOLD:
        if path.stem == SEED:
            continue
        gold, _, ex = _load(path)
        s, _ = score(gold, ex)
        total += s.quotes
        right += s.speakers_right
    print(f"\nfixtures: quote speaker accuracy {right}/{total}")
    assert _ratio(right, total) >= 0.9


def test_seed_datelines_are_own_sentences() -> None:
    gold, text, ex = _load(HERE / "gold" / f"{SEED}.json")
    firsts = [text[s.start : s.end] for s in ex.sentences[:3]]
    assert firsts[0] == "هونج كونج"
    assert firsts[1] == "سي إن إن"
    assert firsts[2].startswith(gold["first_sentence"])
