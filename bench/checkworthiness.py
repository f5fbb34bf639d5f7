"""Benchmark the shipped check-worthiness model on CheckThat! 2022 Task 1A Arabic dev.

Run: `.venv/bin/python bench/checkworthiness.py`

Prints F1 of the positive class, precision and recall at the shipped decision threshold,
beside the all-positive floor (call every tweet check-worthy), plus calibration figures:
Brier score and expected calibration error (ECE, 10 equal-width bins), and, when the English
claim-retrieval data is present, the recall of the English rule blend on fact-checked tweets.
Scores come from the public `claims.checkworthy.score_texts`, i.e. exactly what the
application uses. The dev split was never used for training or tuning (see
`claims.train_checkworthiness`).
"""

from __future__ import annotations

import csv
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.checkworthy import decision_threshold, score_texts  # noqa: E402
from claims.extract import checkworthiness  # noqa: E402

DEV_PATH = ROOT / "data" / "benchmarks" / "ar-checkworthiness" / "ct22_1a_dev.tsv"
# English tweets that fact-checkers did check (CheckThat! 2020 claim retrieval): all positive,
# so they measure only the recall of the English blend; there is no English negative set.
EN_PATH = ROOT / "data" / "benchmarks" / "en-claim-retrieval" / "dev_queries.tsv"
BINS = 10


@dataclass
class Figures:
    """Classification and calibration figures of one scorer on one labelled set."""

    f1: float
    precision: float
    recall: float
    brier: float | None
    ece: float | None


def read_dev(path: Path = DEV_PATH) -> tuple[list[str], np.ndarray]:
    """Return the tweets' raw texts and their 0/1 labels (dev unless `path` says otherwise)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [r["tweet_text"] for r in rows], np.array([int(r["class_label"]) for r in rows])


def figures(labels: np.ndarray, predicted: np.ndarray, probs: np.ndarray | None) -> Figures:
    """Return F1/precision/recall of `predicted` and, given `probs`, Brier score and ECE."""
    tp = float(np.sum(predicted & (labels == 1)))
    precision = tp / max(float(np.sum(predicted)), 1.0)
    recall = tp / max(float(np.sum(labels == 1)), 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if probs is None:
        return Figures(f1, precision, recall, None, None)
    brier = float(np.mean((probs - labels) ** 2))
    which = np.minimum((probs * BINS).astype(int), BINS - 1)
    gaps = [
        abs(float(probs[which == b].mean()) - float(labels[which == b].mean()))
        * int(np.sum(which == b))
        for b in range(BINS)
        if np.any(which == b)
    ]
    return Figures(f1, precision, recall, brier, sum(gaps) / len(labels))


def auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Return the ROC AUC (probability a positive outscores a negative; ties count half)."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def best_threshold(labels: np.ndarray, scores: np.ndarray) -> float:
    """Return the threshold with the best F1 on (labels, scores)."""
    candidates = np.unique(scores)
    return float(max(candidates, key=lambda t: figures(labels, scores >= t, None).f1))


def main() -> None:
    """Score the dev split and print the comparison table."""
    texts, labels = read_dev()
    start = time.perf_counter()
    probs = np.array(score_texts(texts))
    elapsed = time.perf_counter() - start
    threshold = decision_threshold()
    # The product's score (model blended with the extraction's claim signals), its threshold
    # chosen on ct22 train (where the model part is in-sample, so the choice is optimistic).
    train_texts, train_labels = read_dev(DEV_PATH.with_name("ct22_1a_train.tsv"))
    blend_threshold = best_threshold(train_labels, np.array(checkworthiness(train_texts)))
    blend = np.array(checkworthiness(texts))
    rows = {
        "model": figures(labels, probs >= threshold, probs),
        "model + claim signals": figures(labels, blend >= blend_threshold, blend),
        "all-positive floor": figures(labels, np.ones(len(labels), dtype=bool), None),
    }
    print(f"ct22_1a_dev: {len(labels)} tweets, {int(labels.sum())} check-worthy")
    print(f"decision threshold: {threshold:.3f}   scoring time: {elapsed * 1000:.0f} ms")
    print(f"{'scorer':<20} {'F1':>6} {'P':>6} {'R':>6} {'Brier':>6} {'ECE':>6}")
    for name, fig in rows.items():
        brier = f"{fig.brier:.3f}" if fig.brier is not None else "-"
        ece = f"{fig.ece:.3f}" if fig.ece is not None else "-"
        print(
            f"{name:<20} {fig.f1:>6.3f} {fig.precision:>6.3f} {fig.recall:>6.3f}"
            f" {brier:>6} {ece:>6}"
        )
    print(
        f"ROC AUC: model {auc(labels, probs):.3f}, model + claim signals {auc(labels, blend):.3f}"
        f" (blend threshold {blend_threshold:.3f}, chosen on train)"
    )
    print(f"mean predicted probability {probs.mean():.3f} vs positive rate {labels.mean():.3f}")
    if EN_PATH.exists():
        with EN_PATH.open(encoding="utf-8", newline="") as handle:
            english = [r["tweet_content"] for r in csv.DictReader(handle, delimiter="\t")]
        flagged = np.mean(np.array(score_texts(english)) >= threshold)
        print(f"English fact-checked tweets ({len(english)}, all positive): recall {flagged:.3f}")


if __name__ == "__main__":
    main()
