"""Extraction against careful hand annotations (tests/claims/gold/*.json).

Each gold file names an article under tests/claims/articles/ (format: tests/claims/goldscore.py).
These fixtures were written while the rules were built; tests/claims/test_heldout.py holds the
sets written before tuning.
Run with `-s` to see the figures: `.venv/bin/pytest tests/claims/test_gold.py -s`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.types import Extraction
from tests.claims.goldscore import load as load_gold
from tests.claims.goldscore import ratio, report, score

HERE = Path(__file__).resolve().parent
GOLD = sorted((HERE / "gold").glob("*.json"))
SEED = "cnn-ar-xi-lukashenko"


def _load(path: Path) -> tuple[dict, str, Extraction]:
    return load_gold(path, HERE / "articles")


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_against_gold(path: Path) -> None:
    gold, text, ex = _load(path)
    s, misses = score(gold, ex)
    report(path.stem, s, misses)
    assert s.names_taken == 0
    assert ratio(s.speakers_right, s.quotes) >= (1.0 if path.stem == SEED else 0.75)
    assert ratio(s.claims_found, s.claims) >= 0.8
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
    assert ratio(right, total) >= 0.9


def test_seed_datelines_are_own_sentences() -> None:
    gold, text, ex = _load(HERE / "gold" / f"{SEED}.json")
    firsts = [text[s.start : s.end] for s in ex.sentences[:3]]
    assert firsts[0] == "هونج كونج"
    assert firsts[1] == "سي إن إن"
    assert firsts[2].startswith(gold["first_sentence"])
