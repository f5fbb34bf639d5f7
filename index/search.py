"""Semantic search over the desk: claims like a query or a claim, fact-checks, evidence passages.

Queries are embedded with the multilingual model, so an English query finds Arabic claims and
the other way round. Claim search goes through the FAISS `ClaimIndex`; fact-check matching
through `retrieval.FactCheckRanker` (cached per process until the archive changes); evidence
suggestions score the passages of stored sources, whose vectors are cached in DuckDB.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb
import numpy as np

from claims.errors import NotFoundError, ValidationError
from claims.factchecks import load_factchecks
from claims.segment import split_sentences
from claims.store import STATUSES
from index.retrieval import FactCheck, FactCheckRanker
from index.vectors import read_vectors, write_vectors

if TYPE_CHECKING:
    from claims.service import Desk

MAX_QUERY_CHARS = 10_000
# A filtered search whose filter leaves at most this many claims scores them all exactly
# (reading ~30 MB of vectors back from the index); larger sets over-fetch from the index.
EXACT_SUBSET_MAX = 20_000
# Sentences shorter than this are headings or fragments, not evidence worth suggesting.
MIN_PASSAGE_CHARS = 20


@dataclass
class SearchHit:
    """A stored claim found by a search, with its cosine similarity to the query."""

    claim_id: int
    score: float
    text: str
    speaker: str | None
    kind: str
    status: str
    checkworthiness: float
    article_id: int
    article_title: str
    lang: str


@dataclass
class FactCheckHit:
    """A fact-check of the archive matching a text; `tier` says how sure the match is."""

    factcheck_id: str
    claim: str
    title: str
    verdict: str | None
    url: str | None
    score: float
    tier: str


@dataclass
class Passage:
    """A sentence of a stored source that may serve as evidence for a claim."""

    source_id: int
    source_title: str
    text: str
    score: float


def check_query(query: str) -> str:
    """Return the query stripped; ValidationError if empty, one character or over 10,000."""
    text = (query or "").strip()
    if not text:
        raise ValidationError("the query is empty: type a few words to search for")
    if len(text) < 2:
        raise ValidationError("the query is too short: type at least 2 characters")
    if len(text) > MAX_QUERY_CHARS:
        raise ValidationError(
            f"the query is too long ({len(text):,} characters; at most {MAX_QUERY_CHARS:,})"
        )
    return text


def _check_k(k: int) -> None:
    if k < 1:
        raise ValidationError(f"the number of results must be at least 1, not {k}")


_CLAIMS = "claims c JOIN articles a ON a.id = c.article_id"
_HIT_SQL = f"""
    SELECT c.id AS claim_id, c.text, c.speaker, c.kind, c.status, c.checkworthiness,
           c.article_id, a.title AS article_title, a.lang
    FROM {_CLAIMS}"""


def _filters(
    lang: str | None, status: str | None, article_id: int | None
) -> tuple[list[str], list[Any]]:
    """SQL conditions (on `c` claims, `a` articles) and their parameters for the filters."""
    if status is not None and status not in STATUSES:
        raise ValidationError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
    conditions: list[str] = []
    params: list[Any] = []
    for sql, value in (
        ("a.lang = ?", lang),
        ("c.status = ?", status),
        ("c.article_id = ?", article_id),
    ):
        if value is not None:
            conditions.append(sql)
            params.append(value)
    return conditions, params


def _hits(desk: Desk, scored: list[tuple[int, float]]) -> list[SearchHit]:
    """Join scored claim ids with their rows, keeping the ranking (rows deleted meanwhile drop)."""
    if not scored:
        return []
    rows = desk.store.query(
        f"{_HIT_SQL} WHERE c.id IN (SELECT unnest(?))", [[claim_id for claim_id, _ in scored]]
    )
    by_id = {int(r["claim_id"]): r for r in rows}
    return [
        SearchHit(score=score, **by_id[claim_id]) for claim_id, score in scored if claim_id in by_id
    ]


def _nearest_claims(
    desk: Desk,
    vector: np.ndarray,
    k: int,
    conditions: list[str],
    params: list[Any],
) -> list[SearchHit]:
    """The `k` claims nearest `vector` among those meeting the SQL `conditions`."""
    if not conditions:
        return _hits(desk, desk.index.search(vector, k))
    where = " AND ".join(conditions)
    rows = desk.store.query(f"SELECT c.id FROM {_CLAIMS} WHERE {where}", params)
    allowed = np.asarray([r["id"] for r in rows], dtype=np.int64)
    if allowed.size <= EXACT_SUBSET_MAX:
        scored = desk.index.search_among(vector, k, allowed)
    else:
        members = set(allowed.tolist())
        scored = desk.index.search(vector, k, allowed=members.__contains__)
    return _hits(desk, scored)


def search_claims(
    desk: Desk,
    query: str,
    k: int = 10,
    lang: str | None = None,
    status: str | None = None,
    article_id: int | None = None,
) -> list[SearchHit]:
    """Return the `k` stored claims most similar to `query`, best first.

    Optional filters: the article's language, the claim's status, one article. Raises
    ValidationError for a bad query, k or status.
    """
    text = check_query(query)
    _check_k(k)
    conditions, params = _filters(lang, status, article_id)
    vector = desk.embedder.encode_queries([text])[0]
    return _nearest_claims(desk, vector, k, conditions, params)


def similar_claims(desk: Desk, claim_id: int, k: int = 5) -> list[SearchHit]:
    """Return the `k` claims most similar to a stored claim (itself excluded), best first.

    Uses the claim's stored vector (embedding its text if the model has none stored).
    Raises NotFoundError for an unknown claim.
    """
    _check_k(k)
    text = desk.store.scalar("SELECT text FROM claims WHERE id = ?", [claim_id])
    if text is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    _, stored = read_vectors(
        desk.store, "claim", desk.embedder.name, desk.embedder.dim, [str(claim_id)]
    )
    vector = stored[0] if len(stored) else desk.embedder.encode_queries([text])[0]
    # One extra neighbour instead of an SQL exclusion, which would list every claim id.
    hits = _hits(desk, desk.index.search(vector, k + 1))
    return [h for h in hits if h.claim_id != claim_id][:k]


# -- fact-checks -------------------------------------------------------------------------------

# One ranker per (database file, model), rebuilt when the factchecks table changes.
_rankers: dict[tuple[str, str], tuple[tuple[Any, ...], FactCheckRanker, dict[str, FactCheck]]]
_rankers = {}
_rankers_lock = threading.Lock()


def _ranker(desk: Desk) -> tuple[FactCheckRanker, dict[str, FactCheck]] | None:
    """The cached ranker over the desk's fact-check archive (None while it is empty)."""
    # count + newest import + a hash of all ids changes whenever rows are added or removed.
    row = desk.store.query(
        "SELECT count(*) AS n, max(imported_at) AS t, sum(hash(id)) AS h FROM factchecks"
    )[0]
    signature = (row["n"], row["t"], row["h"])
    if not row["n"]:
        return None
    key = (str(desk.store.path.resolve()), desk.embedder.name)
    with _rankers_lock:
        cached = _rankers.get(key)
        if cached is None or cached[0] != signature:
            factchecks, vectors = load_factchecks(desk)
            ranker = FactCheckRanker(factchecks, desk.embedder, vectors=vectors)
            cached = (signature, ranker, {fc.id: fc for fc in factchecks})
            _rankers[key] = cached
    return cached[1], cached[2]


def match_factchecks_many(desk: Desk, texts: list[str], k: int = 5) -> list[list[FactCheckHit]]:
    """For each text, the `k` archived fact-checks that best match it, best first.

    Texts are embedded in batches (for runs over many queries). Raises ValidationError for a
    bad text or k; returns empty lists while the archive is empty.
    """
    queries = [check_query(t) for t in texts]
    _check_k(k)
    found = _ranker(desk)
    if found is None:
        return [[] for _ in queries]
    ranker, by_id = found
    return [
        [
            FactCheckHit(
                factcheck_id=m.factcheck_id,
                claim=by_id[m.factcheck_id].claim,
                title=by_id[m.factcheck_id].title,
                verdict=by_id[m.factcheck_id].verdict,
                url=by_id[m.factcheck_id].url,
                score=float(m.score),
                tier=m.tier,
            )
            for m in matches
        ]
        for matches in ranker.search_many(queries, k)
    ]


def factcheck_matches(desk: Desk, text: str, k: int = 5) -> list[FactCheckHit]:
    """The `k` archived fact-checks that best match `text`, best first (see the batch form)."""
    return match_factchecks_many(desk, [text], k)[0]


# -- evidence ----------------------------------------------------------------------------------


def source_passages(text: str, title: str) -> list[str]:
    """Split a source into passages: its sentences, or its title when it has no usable text."""
    sentences = [text[s.start : s.end].strip() for s in split_sentences(text)] if text else []
    passages = [s for s in sentences if len(s) >= MIN_PASSAGE_CHARS]
    return passages or [title]


def _passage_vectors(desk: Desk) -> tuple[list[tuple[int, str, str]], np.ndarray]:
    """Every source passage as (source id, source title, text) with its vector.

    Vectors are cached in `embeddings` (kind 'source', owner "<source id>:<n>"). Sources are
    never edited, so only new sources are embedded, or ones whose cached passage count differs
    (the splitting changed): those are re-embedded whole.
    """
    model, dim = desk.embedder.name, desk.embedder.dim
    sources = desk.store.query("SELECT id, title, text FROM sources ORDER BY id")
    owners, cached = read_vectors(desk.store, "source", model, dim)
    row_of = {owner: i for i, owner in enumerate(owners)}
    counts: dict[str, int] = {}
    for owner in owners:
        source_id = owner.split(":", 1)[0]
        counts[source_id] = counts.get(source_id, 0) + 1
    passages: list[tuple[int, str, str]] = []
    keys: list[str] = []
    stale: set[str] = set()
    for src in sources:
        texts = source_passages(src["text"], src["title"])
        if counts.get(str(src["id"])) != len(texts):
            stale.add(str(src["id"]))
        passages += [(int(src["id"]), src["title"], text) for text in texts]
        keys += [f"{src['id']}:{n}" for n in range(len(texts))]
    matrix = np.zeros((len(keys), dim), dtype=np.float32)
    todo = [i for i, key in enumerate(keys) if key.split(":", 1)[0] in stale]
    done = [i for i, key in enumerate(keys) if key.split(":", 1)[0] not in stale]
    matrix[done] = cached[[row_of[keys[i]] for i in done]]
    if todo:
        fresh = desk.embedder.encode_passages([passages[i][2] for i in todo])
        matrix[todo] = fresh

        def write(con: duckdb.DuckDBPyConnection) -> None:
            con.execute(
                "DELETE FROM embeddings WHERE kind = 'source' AND model = ?"
                " AND split_part(owner_id, ':', 1) IN (SELECT unnest(?))",
                [model, sorted(stale)],
            )
            write_vectors(con, "source", [keys[i] for i in todo], fresh, model)

        desk.store.write(write)
    return passages, matrix


def suggest_evidence(desk: Desk, claim_id: int, k: int = 5) -> list[Passage]:
    """Return the `k` passages of stored sources nearest a claim, best first.

    Raises NotFoundError for an unknown claim; returns [] when no source is stored.
    """
    _check_k(k)
    text = desk.store.scalar("SELECT text FROM claims WHERE id = ?", [claim_id])
    if text is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    passages, matrix = _passage_vectors(desk)
    if not passages:
        return []
    scores = matrix @ desk.embedder.encode_queries([text])[0]
    top = np.argsort(-scores, kind="stable")[:k]
    return [
        Passage(
            source_id=passages[i][0],
            source_title=passages[i][1],
            text=passages[i][2],
            score=float(scores[i]),
        )
        for i in top
    ]
