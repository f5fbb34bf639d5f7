"""Ingest throughput: articles and claims per second for the sample and 200 generated articles.

Runs the real pipeline (reading, extraction, check-worthiness, embedding, DuckDB, FAISS) on a
temporary database and prints the figures with the process's peak memory.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import arabic_articles
from claims.service import Desk

GENERATED = 200


def _run(desk: Desk, paths: list[Path]) -> tuple[int, int, float]:
    start = time.perf_counter()
    report = desk.ingest_paths(paths)
    seconds = time.perf_counter() - start
    return report.stored, sum(r.claims for r in report.results), seconds


def main() -> None:
    """Print ingest figures as a small table."""
    with tempfile.TemporaryDirectory() as tmp:
        desk = Desk(Path(tmp) / "bench.duckdb")
        load_start = time.perf_counter()
        desk.embedder.encode_passages(["warm-up"])
        load = time.perf_counter() - load_start
        sample = [Path(__file__).resolve().parent.parent / "data" / "cnn-ar-xi-lukashenko.txt"]
        batch = Path(tmp) / "generated.jsonl"
        batch.write_text(
            "".join(
                json.dumps({"id": str(i), "title": f"generated {i}", "text": t}, ensure_ascii=False)
                + "\n"
                for i, t in enumerate(arabic_articles(GENERATED))
            ),
            encoding="utf-8",
        )
        rows = [
            ("sample (1 article)", *_run(desk, sample)),
            (f"generated ({GENERATED} articles)", *_run(desk, [batch])),
        ]
        again = _run(desk, [batch])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model load: {load:.1f} s (once per process)")
    print(f"{'input':<28}{'articles':>9}{'claims':>8}{'seconds':>9}{'art/s':>8}{'claims/s':>10}")
    for name, arts, claims, secs in rows:
        rate = f"{arts / secs:>8.1f}{claims / secs:>10.1f}"
        print(f"{name:<28}{arts:>9}{claims:>8}{secs:>9.2f}{rate}")
    print(f"re-ingest of the {GENERATED} (all duplicates): {again[0]} stored in {again[2]:.2f} s")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
