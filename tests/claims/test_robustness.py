"""Extraction on thousands of real, messy texts: it ends, and every span indexes the text."""

from __future__ import annotations

import csv
import signal
from types import FrameType

from claims.extract import extract
from tests.conftest import REPO

TWEETS = REPO / "data" / "benchmarks" / "ar-checkworthiness"
SECONDS_PER_TEXT = 5


def _texts() -> list[str]:
    texts = []
    for path in sorted(TWEETS.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row["tweet_text"] for row in csv.DictReader(handle, delimiter="\t")]
    return texts


def _hang(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError("extraction did not end")


def test_every_checkthat_tweet_extracts_with_exact_offsets() -> None:
    texts = _texts()
    assert len(texts) > 5000
    previous = signal.signal(signal.SIGALRM, _hang)
    try:
        for text in texts:
            signal.alarm(SECONDS_PER_TEXT)
            result = extract(text)
            signal.alarm(0)
            for span in [*result.quotes, *result.claims, *result.entities]:
                assert text[span.start : span.end] == span.text, text
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
