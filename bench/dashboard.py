"""Dashboard latency with 100k stored claims: every page's service calls, and whole page runs.

* Builds (once, cached in bench/out/) a database of generated Arabic articles split into
  claims: ~100k claims with quotes, speakers, verdicts and their history, sources with
  evidence links, and clustered unit vectors as claim embeddings (so the FAISS index is built
  and searched as for real data, without embedding 100k texts).
* Times the service calls each page makes (median of several runs), then whole-page script
  runs through Streamlit's AppTest (the server-side time of one interaction, without the
  browser): articles, the claim grid on a late page with filters, the claim page, a search,
  the overview and export. The target is 300 ms per interaction.

Run: ``.venv/bin/python -m bench.dashboard [--claims 100000] [--rebuild]``. The first run
builds the database and its HNSW index (a minute or two on 2 cores); later runs reuse them.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import SPEAKERS, arabic_articles
from claims import articles, browse, export
from claims.normalize import normalize_for_hash
from claims.review import evidence_for
from claims.store import STANCES, STATUSES, Store
from index import search, vectors
from index.embed import get_embedder

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
APP = REPO / "dashboard" / "app.py"
BUDGET_MS = 300
REPEATS = 7
KINDS = ("numeric", "event", "attribution", "position", "quote")
CENTRES = 400  # clusters of the synthetic claim vectors
SOURCES = 300
EVIDENCE = 5000
REVIEWED_SHARE = 0.08


def _claims_of(text: str) -> list[tuple[int, int]]:
    """Every non-empty line of a generated article is one claim: (start, end)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if len(line.strip()) > 15:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def build(path: Path, n_claims: int, model: str, dim: int) -> None:
    """Write a database of generated articles holding about `n_claims` claims."""
    rng = random.Random(11)
    np_rng = np.random.default_rng(11)
    texts = arabic_articles(n_claims // 8 + 10)
    art_rows, claim_rows, quote_rows = [], [], []
    for i, text in enumerate(texts):
        _, short = rng.choice(SPEAKERS)
        art_rows.append(
            (
                f"bench-{i}",
                f"مقال تجريبي رقم {i}",
                "ar",
                text,
                "وكالة تجريبية",
                f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            )
        )
        for start, end in _claims_of(text):
            claim_rows.append(
                (
                    i,
                    text[start:end],
                    normalize_for_hash(text[start:end]),
                    start,
                    end,
                    rng.choice(KINDS),
                    short if "“" in text[start:end] else None,
                    rng.random(),
                )
            )
        for m in re.finditer("“([^”]+)”", text):
            quote_rows.append((i, m.group(1), m.start(1), m.end(1), short, "full"))
        if len(claim_rows) >= n_claims:
            break
    store = Store(path)

    def write(con: Any) -> None:
        con.register(
            "a", pd.DataFrame(art_rows, columns=["h", "title", "lang", "text", "pub", "day"])
        )
        con.execute("""INSERT INTO articles (content_hash, title, lang, text, publisher, published)
                       SELECT h, title, lang, text, pub, day FROM a""")
        con.register(
            "c",
            pd.DataFrame(
                claim_rows, columns=["i", "text", "folded", "s", "e", "kind", "speaker", "cw"]
            ),
        )
        con.execute("""INSERT INTO claims (article_id, text, text_folded, start_pos, end_pos,
                                           kind, speaker, checkworthiness)
                       SELECT ar.id, c.text, c.folded, c.s, c.e, c.kind, c.speaker, c.cw FROM c
                       JOIN articles ar ON ar.content_hash = 'bench-' || c.i""")
        con.register(
            "q", pd.DataFrame(quote_rows, columns=["i", "text", "s", "e", "speaker", "kind"])
        )
        con.execute("""INSERT INTO quotes (article_id, text, start_pos, end_pos, speaker, kind)
                       SELECT ar.id, q.text, q.s, q.e, q.speaker, q.kind FROM q
                       JOIN articles ar ON ar.content_hash = 'bench-' || q.i""")
        ids = [r[0] for r in con.execute("SELECT id FROM claims ORDER BY id").fetchall()]
        reviewed = rng.sample(ids, int(len(ids) * REVIEWED_SHARE))
        verdicts = [(cid, rng.choice(STATUSES[1:]), rng.randint(0, 60)) for cid in reviewed]
        con.register("v", pd.DataFrame(verdicts, columns=["id", "status", "days"]))
        con.execute("""UPDATE claims SET status = v.status FROM v WHERE claims.id = v.id""")
        con.execute("""INSERT INTO claim_history (claim_id, changed_at, who, action, old_value,
                                                  new_value, note)
                       SELECT id, current_timestamp - to_days(CAST(days AS INTEGER)), 'bench',
                              'status', 'unverified', status, 'generated' FROM v""")
        con.register("s", pd.DataFrame({"n": range(SOURCES)}))
        con.execute("""INSERT INTO sources (title, url, text, created_by)
                       SELECT 'مصدر ' || n, 'https://example.org/' || n,
                              'تقرير رسمي عن الأزمة رقم ' || n || '. ارتفعت الصادرات بنسبة '
                              || n || ' في المئة.', 'bench' FROM s""")
        source_ids = [r[0] for r in con.execute("SELECT id FROM sources").fetchall()]
        links = [
            (rng.choice(reviewed), rng.choice(source_ids), rng.choice(STANCES))
            for _ in range(EVIDENCE)
        ]
        con.register("l", pd.DataFrame(links, columns=["claim", "source", "stance"]))
        con.execute("""INSERT INTO evidence (claim_id, source_id, stance, created_by)
                       SELECT claim, source, stance, 'bench' FROM l""")
        centres = np_rng.standard_normal((CENTRES, dim)).astype(np.float32)
        vecs = centres[np_rng.integers(0, CENTRES, len(ids))]
        vecs += 0.6 * np_rng.standard_normal(vecs.shape).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        vectors.write_vectors(con, "claim", [str(i) for i in ids], vecs, model)

    store.write(write)


def median_ms(fn: Callable[[], Any], repeats: int = REPEATS) -> float:
    """Median wall time of `fn()` in milliseconds (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def service_figures(desk: Any, claim_id: int, article_id: int) -> list[tuple[str, float]]:
    """Time the service calls behind each page."""
    store = desk.store
    late = browse.ClaimFilter(status="unverified", min_checkworthiness=0.3)
    text = browse.claim_detail(store, claim_id)["text"]
    return [
        ("articles: list_articles (all titles)", median_ms(lambda: articles.list_articles(store))),
        ("articles: get_article", median_ms(lambda: articles.get_article(store, article_id))),
        (
            "claims: list_claims page 1",
            median_ms(lambda: browse.list_claims(store, browse.ClaimFilter())),
        ),
        (
            "claims: list_claims filtered, page 500",
            median_ms(lambda: browse.list_claims(store, late, sort="speaker", page=500)),
        ),
        (
            "claims: speakers + kinds",
            median_ms(lambda: (browse.speakers(store), browse.kinds(store))),
        ),
        ("claim: claim_detail", median_ms(lambda: browse.claim_detail(store, claim_id))),
        ("claim: similar_claims", median_ms(lambda: search.similar_claims(desk, claim_id))),
        ("claim: factcheck_matches", median_ms(lambda: search.factcheck_matches(desk, text))),
        ("claim: suggest_evidence", median_ms(lambda: search.suggest_evidence(desk, claim_id))),
        ("claim: evidence_for", median_ms(lambda: evidence_for(store, claim_id))),
        (
            "search: search_claims (English query)",
            median_ms(
                lambda: search.search_claims(desk, "exports rose by 40 percent last year", k=10)
            ),
        ),
        (
            "search: search_claims, status filter",
            median_ms(lambda: search.search_claims(desk, "ارتفعت الصادرات", k=10, status="false")),
        ),
        ("overview: overview", median_ms(lambda: browse.overview(store), repeats=3)),
        (
            "export: records of one article",
            median_ms(lambda: export.export_records(store, [claim_id])),
        ),
    ]


def page_figures(claim_id: int, article_id: int, others: list[int]) -> list[tuple[str, float]]:
    """Time whole script runs of each page through AppTest (server side of one interaction)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=600)
    at.session_state["reviewer"] = "bench"
    at.run()  # loads the Desk, the model and the index once

    def run(page: str, **query: str) -> Callable[[], Any]:
        def go() -> None:
            at.query_params.clear()
            at.query_params.update(query)
            at.switch_page(page).run()
            assert not at.exception, at.exception

        return go

    unseen = iter(others)

    def first_open() -> None:
        run("app_pages/claim.py", claim=str(next(unseen)))()

    def claims_late_page() -> None:
        at.switch_page("app_pages/claims.py")
        at.session_state["claims:f:status"] = "unverified"
        at.session_state["claims:f:page"] = 500
        at.run()
        assert not at.exception and "24,951" in at.caption[0].value, at.caption[0].value

    def search_run() -> None:
        at.switch_page("app_pages/search.py")
        at.session_state["search:f:q"] = "exports rose by 40 percent last year"
        at.run()
        assert not at.exception and not at.error, at.error

    return [
        (
            "articles page (one article open)",
            median_ms(run("app_pages/articles.py", article=str(article_id))),
        ),
        ("claims page (default)", median_ms(run("app_pages/claims.py"))),
        ("claims page (filter, page 500)", median_ms(claims_late_page)),
        (
            "claim page (a save: neighbours cached)",
            median_ms(run("app_pages/claim.py", claim=str(claim_id))),
        ),
        ("claim page (first open of a claim)", median_ms(first_open)),
        ("search page (English query)", median_ms(search_run)),
        ("overview page (cached figures)", median_ms(run("app_pages/overview.py"))),
        ("export page", median_ms(run("app_pages/export.py"))),
    ]


def _table(title: str, rows: list[tuple[str, float]]) -> None:
    print(f"\n{title}")
    print(f"{'':<44}{'median ms':>10}")
    for name, ms in rows:
        flag = "" if ms <= BUDGET_MS else f"  over {BUDGET_MS} ms"
        print(f"{name:<44}{ms:>10.1f}{flag}")


def main() -> None:
    """Build or reuse the 100k-claim database, then print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    from claims.service import Desk

    path = OUT / f"dashboard-{args.claims}.duckdb"
    embedder = get_embedder()
    if args.rebuild or not path.exists():
        for old in OUT.glob(f"dashboard-{args.claims}.duckdb*"):
            old.unlink()
        OUT.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        build(path, args.claims, embedder.name, embedder.dim)
        print(f"built {path.name} in {time.perf_counter() - start:.0f} s")
    os.environ["CLAIMDESK_DB"] = str(path)
    desk = Desk(path)
    start = time.perf_counter()
    index_size = len(desk.index)
    print(
        f"index: {index_size:,} vectors ({desk.index.kind}), opened in "
        f"{time.perf_counter() - start:.1f} s"
    )
    counts = desk.store.query(
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM claims) AS "
        "claims, (SELECT count(*) FROM evidence) AS evidence"
    )[0]
    print(
        f"database: {counts['articles']:,} articles, {counts['claims']:,} claims, "
        f"{counts['evidence']:,} evidence links"
    )
    claim_id = int(
        desk.store.scalar(
            "SELECT claim_id FROM evidence GROUP BY claim_id ORDER BY count(*) DESC LIMIT 1"
        )
    )
    article_id = int(desk.store.scalar("SELECT article_id FROM claims WHERE id = ?", [claim_id]))
    _table("service calls behind each page", service_figures(desk, claim_id, article_id))
    others = [
        int(r["id"])
        for r in desk.store.query(
            "SELECT id FROM claims WHERE id <> ? ORDER BY id DESC LIMIT ?", [claim_id, REPEATS + 1]
        )
    ]
    _table("whole page runs (AppTest, server side)", page_figures(claim_id, article_id, others))


if __name__ == "__main__":
    main()
