"""Speed of claim search: latency at 10k/100k/1M claims, memory, ingest rate, HNSW recall.

* Real texts: the CheckThat! verified-claims pools (Arabic + English) are the "claims" and the
  benchmark tweets the queries, embedded with the project's model (cached in bench/out/).
* 10k: the real path (DuckDB + ClaimIndex + `search_claims`, query embedding included).
* 100k / 1M: FAISS indexes built in memory; the real vectors are padded with vectors drawn
  around them (a real vector plus noise, normalised) so the set keeps the clustered shape of
  real embeddings; isotropic random vectors make HNSW look far worse than it is.
* HNSW recall@10 against exact search: real query vectors over the real pool, and over the 1M set.
* Ingest: embedding + DuckDB + FAISS through `Desk.ingest_document`'s storage path.

Run: ``.venv/bin/python -m bench.search [--sizes 10000,100000,1000000] [--real 6000]``.
Takes a few minutes on 2 cores (mostly embedding texts once and building the 1M HNSW graph).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims import articles
from claims.reading import Document
from claims.service import Desk
from claims.types import ArticleInfo, Claim, Extraction
from index import vectors
from index.embed import Embedder, get_embedder
from index.search import search_claims

REPO = Path(__file__).resolve().parent.parent
BENCH_DATA = REPO / "data" / "benchmarks"
OUT = REPO / "bench" / "out"
NOISE = 0.05  # per-dimension noise of the padding vectors: cosine ~0.7 to their real seed
INGEST_CLAIMS = 400
CLAIMS_PER_ARTICLE = 20


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in list(csv.reader(handle, delimiter="\t"))[1:] if len(row) >= 2]


def real_texts(limit: int) -> tuple[list[str], list[str]]:
    """Up to `limit` verified claims (half Arabic, half English) and the benchmark queries."""
    pools, queries = [], []
    for lang in ("ar", "en"):
        folder = BENCH_DATA / f"{lang}-claim-retrieval"
        pools.append([row[1] for row in _rows(folder / "verified_claims.tsv")][: limit // 2])
        queries += [row[1] for s in ("dev", "train") for row in _rows(folder / f"{s}_queries.tsv")]
    return pools[0] + pools[1], queries[:500]


def embedded(embedder: Embedder, limit: int) -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    """Real claim texts and queries with their vectors (cached in bench/out/ between runs)."""
    claims, queries = real_texts(limit)
    cache = OUT / f"real-{embedder.name}-{len(claims)}-{len(queries)}.npz"
    if cache.exists():
        saved = np.load(cache)
        return claims, saved["claims"], queries, saved["queries"]
    start = time.perf_counter()
    claim_vecs = embedder.encode_passages(claims)
    query_vecs = embedder.encode_queries(queries)
    took = time.perf_counter() - start
    print(f"embedded {len(claims) + len(queries)} real texts in {took:.0f} s (cached)")
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez(cache, claims=claim_vecs, queries=query_vecs)
    return claims, claim_vecs, queries, query_vecs


def padded(real: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """`size` unit vectors: the real ones, then noisy copies of randomly chosen real ones."""
    if size <= len(real):
        return real[:size].copy()
    out = np.empty((size, real.shape[1]), dtype=np.float32)
    out[: len(real)] = real
    for start in range(len(real), size, 100_000):
        stop = min(size, start + 100_000)
        block = real[rng.integers(0, len(real), stop - start)]
        block = block + rng.normal(0, NOISE, block.shape).astype(np.float32)
        out[start:stop] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def percentiles(ms: list[float]) -> str:
    return f"p50 {np.percentile(ms, 50):6.1f} ms  p95 {np.percentile(ms, 95):6.1f} ms"


def rss_mb() -> float:
    """Resident memory of this process in MB (from /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build(kind: str, data: np.ndarray) -> tuple[faiss.Index, float]:
    """Build a flat or HNSW index over `data` (ids 0..n-1); return it and build seconds."""
    start = time.perf_counter()
    index = vectors.new_index(kind, data.shape[1], np.arange(len(data)), data)
    return index, time.perf_counter() - start


def timed_search(
    index: faiss.Index, embedder: Embedder, queries: list[str], n: int
) -> tuple[list[float], list[float]]:
    """Per-query ms of embedding + FAISS search, and of the FAISS search alone."""
    total, alone = [], []
    for text in queries[:n]:
        start = time.perf_counter()
        vector = embedder.encode_queries([text])
        mid = time.perf_counter()
        index.search(vector, 10)
        end = time.perf_counter()
        total.append((end - start) * 1000)
        alone.append((end - mid) * 1000)
    return total, alone


def recall_at_10(approx: faiss.Index, exact: faiss.Index, queries: np.ndarray) -> float:
    _, truth = exact.search(queries, 10)
    _, found = approx.search(queries, 10)
    return float(np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)]))


def fill_database(desk: Desk, claims: list[str], data: np.ndarray) -> None:
    """Store one article holding len(data) claims and their vectors, in bulk."""
    texts = [claims[i % len(claims)] for i in range(len(data))]

    def write(con: object) -> None:
        article = con.execute(  # type: ignore[attr-defined]
            "INSERT INTO articles (content_hash, title, lang, text) VALUES ('bench', 'bench',"
            " 'ar', 'bench') RETURNING id"
        ).fetchone()[0]
        table = pa.table({"text": texts})
        con.register("bench_claims", table)  # type: ignore[attr-defined]
        ids = con.execute(  # type: ignore[attr-defined]
            f"""INSERT INTO claims (article_id, text, start_pos, end_pos, kind, checkworthiness)
                SELECT {article}, text, 0, length(text), 'event', 0.5 FROM bench_claims
                RETURNING id"""
        ).fetchall()
        owners = [str(r[0]) for r in ids]
        vectors.write_vectors(con, "claim", owners, data, desk.embedder.name)  # type: ignore[arg-type]

    desk.store.write(write)


def ingest_rate(desk: Desk, claims: list[str]) -> float:
    """Claims per second through embedding + DuckDB + FAISS, in articles of 20 claims."""
    texts = claims[:INGEST_CLAIMS]
    start = time.perf_counter()
    for n in range(0, len(texts), CLAIMS_PER_ARTICLE):
        chunk = texts[n : n + CLAIMS_PER_ARTICLE]
        body = f"ingest {n}\n" + "\n".join(chunk)
        extraction = Extraction(
            article=ArticleInfo(title=f"ingest {n}", lang="ar", chars=len(body)),
            sentences=[],
            quotes=[],
            claims=[Claim(t, 0, len(t), "event", None, 0.5) for t in chunk],
            entities=[],
        )
        vecs = desk.embedder.encode_passages(chunk)
        doc = Document(text=body, title=f"ingest {n}")
        saved = articles.save_article(desk.store, doc, extraction, vecs, desk.embedder.name)
        desk.index.add(saved.claim_ids, vecs)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--real", type=int, default=6000, help="real claims to embed")
    parser.add_argument("--queries", type=int, default=60, help="timed queries per point")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    faiss.omp_set_num_threads(2)
    rng = np.random.default_rng(0)
    embedder = get_embedder()
    claims, claim_vecs, queries, query_vecs = embedded(embedder, args.real)
    print(f"real pool {len(claims)} claims, {len(queries)} queries, dim {embedder.dim}")
    times = [embedder.encode_queries([q]) for q in queries[:5]]  # warm-up
    embed_ms = []
    for text in queries[: args.queries]:
        start = time.perf_counter()
        embedder.encode_queries([text])
        embed_ms.append((time.perf_counter() - start) * 1000)
    print(f"query embedding alone: {percentiles(embed_ms)}")
    del times

    exact, _ = build("flat", claim_vecs)
    approx, took = build("hnsw", claim_vecs)
    recall = recall_at_10(approx, exact, query_vecs)
    print(f"HNSW recall@10 vs exact, real pool of {len(claims)}: {recall:.3f} (built {took:.1f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        desk = Desk(Path(tmp) / "ingest.duckdb")
        desk.__dict__["embedder"] = embedder
        print(f"ingest: {ingest_rate(desk, claims):.1f} claims/s (embedding + DuckDB + FAISS)")
        if 10_000 in sizes:
            desk = Desk(Path(tmp) / "search.duckdb")
            desk.__dict__["embedder"] = embedder
            fill_database(desk, claims, padded(claim_vecs, 10_000, rng))
            start = time.perf_counter()
            desk.__dict__["index"] = vectors.ClaimIndex(desk.store, embedder.name, embedder.dim)
            opened = time.perf_counter() - start
            ms = []
            for text in queries[: args.queries]:
                start = time.perf_counter()
                search_claims(desk, text, k=10)
                ms.append((time.perf_counter() - start) * 1000)
            size = len(desk.index)
            print(f"{size:>9} claims, search_claims (real path): {percentiles(ms)}")
            print(f"          index built from DuckDB at start in {opened:.1f} s")

    for size in [s for s in sizes if s != 10_000]:
        data = padded(claim_vecs, size, rng)
        for kind in ("flat", "hnsw"):
            before = rss_mb()
            index, took = build(kind, data)
            grown = rss_mb() - before
            total, alone = timed_search(index, embedder, queries, args.queries)
            line = f"{size:>9} claims, {kind:<4} (embed+search): {percentiles(total)}"
            print(f"{line}; search alone p50 {np.percentile(alone, 50):.1f} ms")
            per_million = grown * 1e6 / size
            print(f"          built in {took:.1f} s, +{grown:.0f} MB ({per_million:.0f} MB/1M)")
            if kind == "flat":
                exact = index
            else:
                recall = recall_at_10(index, exact, query_vecs)
                print(f"          HNSW recall@10 vs exact (real queries): {recall:.3f}")
            del index
        del exact, data


if __name__ == "__main__":
    main()
