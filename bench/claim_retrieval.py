"""Benchmark: retrieval of previously fact-checked claims on CLEF CheckThat! (Arabic, English).

For each language, ranks the verified-claims pool for every train and dev tweet with
`index.retrieval.FactCheckRanker` and with a plain BM25 baseline (bm25s defaults over
vclaim + title, raw tweet text) in the same run, and prints MAP@5 (official), MRR, P@1 and
Recall@10 side by side, then how the score tiers behave.

    python -m bench.claim_retrieval            # evaluate the library defaults
    python -m bench.claim_retrieval --tune     # choose fusion, calibration, tiers on TRAIN only

Pool and query embeddings are cached under bench/out/ (keyed by model name + text hash), so
reruns take seconds. Data: data/benchmarks/{ar,en}-claim-retrieval (see data/benchmarks/README).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import product
from pathlib import Path

import bm25s
import numpy as np

from index.retrieval import (
    DEFAULT_CONFIG,
    Embedder,
    FactCheck,
    FactCheckRanker,
    RankerConfig,
    Scores,
    fit_calibration,
    tier,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "benchmarks"
OUT = ROOT / "bench" / "out"
LANGS = ("ar", "en")
SPLITS = ("train", "dev")
DEPTH = 10  # ranks kept per query: enough for Recall@10 and MRR
csv.field_size_limit(1 << 24)  # some tweets are long; quoted newlines are legal


@dataclass
class Split:
    """Queries that have judgements, with their relevant fact-check ids."""

    ids: list[str]
    texts: list[str]
    qrels: dict[str, set[str]]


@dataclass
class Dataset:
    """One language: the fact-check pool and its train/dev query splits."""

    lang: str
    pool: list[FactCheck]
    splits: dict[str, Split]


@dataclass
class Metrics:
    """Mean per-query figures over a split."""

    map5: float
    mrr: float
    p1: float
    r10: float


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle, delimiter="\t"))


def load_dataset(lang: str) -> Dataset:
    """Read `data/benchmarks/<lang>-claim-retrieval`; queries without qrels are dropped."""
    folder = DATA / f"{lang}-claim-retrieval"
    pool = [
        FactCheck(id=row[0], claim=row[1], title=row[2], lang=lang)
        for row in _read_tsv(folder / "verified_claims.tsv")[1:]
    ]
    splits = {}
    for split in SPLITS:
        qrels: dict[str, set[str]] = {}
        for row in _read_tsv(folder / f"{split}_qrels.tsv"):
            if len(row) >= 4 and row[3].strip() != "0":
                qrels.setdefault(row[0].strip(), set()).add(row[2].strip())
        rows = [r for r in _read_tsv(folder / f"{split}_queries.tsv")[1:] if r[0] in qrels]
        splits[split] = Split([r[0] for r in rows], [r[1] for r in rows], qrels)
    return Dataset(lang, pool, splits)


def evaluate(ranked: Sequence[Sequence[str]], split: Split) -> Metrics:
    """CheckThat! measures: AP@5 divided by the number of relevant claims (official scorer),
    reciprocal rank and P@1 within the ranked list, Recall@10."""
    ap5, rr, p1, r10 = [], [], [], []
    for qid, ids in zip(split.ids, ranked, strict=True):
        relevant = split.qrels[qid]
        hits = [doc in relevant for doc in ids]
        found, precision_sum = 0, 0.0
        for rank, hit in enumerate(hits[:5], start=1):
            if hit:
                found += 1
                precision_sum += found / rank
        ap5.append(precision_sum / len(relevant))
        rr.append(next((1 / rank for rank, hit in enumerate(hits, start=1) if hit), 0.0))
        p1.append(float(bool(hits) and hits[0]))
        r10.append(sum(hits[:10]) / len(relevant))
    return Metrics(*(float(np.mean(values)) for values in (ap5, rr, p1, r10)))
