"""Browsing the stored claims: filtered, sorted pages, one claim in context, and overview figures.

Every query binds its values as parameters; the only SQL assembled in code is fixed text chosen
from the whitelists below (filter clauses and sort columns), never a user's value. A call
runs all of its own queries in one connection, because opening one (~20-50 ms) costs more than
the queries themselves: at 100k claims a page takes 10-50 ms of query time, the overview ~90.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import duckdb

from claims.errors import NotFoundError, ValidationError
from claims.normalize import normalize_for_hash
from claims.review import evidence_for, history_for
from claims.store import STANCES, STATUSES, Store, rows_as_dicts


@dataclass
class ClaimFilter:
    """What to show: every field left at its default matches all claims; fields combine (AND)."""

    article_id: int | None = None
    speaker: str | None = None
    kind: str | None = None
    status: str | None = None
    min_checkworthiness: float = 0.0
    max_checkworthiness: float = 1.0
    has_evidence: bool | None = None
    text: str | None = None  # substring of the claim text, case-insensitive


SORTS = ("checkworthiness", "updated", "article", "speaker", "status")

# sort name -> (primary key, tie-breakers). The tie-breakers end in the unique id so that
# pages never overlap or skip a row; "status" orders by the review workflow, not alphabet.
_SORT_SQL = {
    "checkworthiness": ("c.checkworthiness", "c.id"),
    "updated": ("c.updated_at", "c.id"),
    "article": ("c.article_id", "c.start_pos, c.id"),
    "speaker": ("c.speaker", "c.checkworthiness DESC, c.id"),
    "status": ("list_position(?, c.status)", "c.checkworthiness DESC, c.id"),
}
MAX_PAGE_SIZE = 1000

# Sentence ends: . ! ? ؟ … (with the closing quotes or brackets right after them) and newline;
# a full stop inside a number ("3.5") is no sentence end.
_SENTENCE_END = re.compile(r"(?:[!?؟…]|\.(?!\d)|(?<!\d)\.)[\"'»”’)\]]*|\n")
_ARTICLE_FIELDS = ("title", "url", "publisher", "published", "lang")

# Verdicts that count as "reviewed" in the progress chart: anything past 'unverified'.
_REVIEWED_SQL = "{col} IS NOT NULL AND {col} <> 'unverified'"
TOP_N = 20  # rows in the by-speaker and by-article tables
BALANCE_N = 10  # claims in the evidence-balance table


@dataclass
class ClaimPage:
    """One page of claims and the number of claims matching the filter on all pages.

    Each row has: id, text, kind, speaker, status, checkworthiness, article_id, article_title,
    evidence_count, updated_at.
    """

    rows: list[dict[str, Any]]
    total: int
    page: int
    page_size: int


@dataclass
class Overview:
    """Figures for the overview page.

    - by_status: one row per status in workflow order (zeros included): status, claims.
    - by_speaker: the TOP_N speakers with most claims: speaker, claims, reviewed.
    - by_article: the TOP_N articles with most claims: article_id, title, claims, reviewed.
    - checkworthiness: every claim's score (for a histogram).
    - progress: per day with any change: date, reviewed (claims whose status was past
      'unverified' at the end of that day, cumulative), changes (history rows that day).
    - evidence_balance: the BALANCE_N claims with most evidence links: claim_id, text,
      supports, contradicts, context.
    """

    by_status: list[dict[str, Any]]
    by_speaker: list[dict[str, Any]]
    by_article: list[dict[str, Any]]
    checkworthiness: list[float]
    progress: list[dict[str, Any]]
    evidence_balance: list[dict[str, Any]]


def _where(f: ClaimFilter) -> tuple[str, list[Any]]:
    """Return the WHERE clause (over alias `c`) for the filter, and its parameters."""
    if f.status is not None and f.status not in STATUSES:
        raise ValidationError(f"unknown status {f.status!r}; one of: {', '.join(STATUSES)}")
    if f.min_checkworthiness > f.max_checkworthiness:
        raise ValidationError("minimum check-worthiness is above the maximum")
    clauses = ["c.checkworthiness BETWEEN ? AND ?"]
    params: list[Any] = [f.min_checkworthiness, f.max_checkworthiness]
    for column, value in (
        ("c.article_id", f.article_id),
        ("c.speaker", f.speaker),
        ("c.kind", f.kind),
        ("c.status", f.status),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.has_evidence is not None:
        exists = "EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id)"
        clauses.append(exists if f.has_evidence else f"NOT {exists}")
    needle = normalize_for_hash(f.text or "")
    if needle:
        # Folded on both sides (letter variants, diacritics, case); strpos rather than ILIKE
        # so the user's % and _ stay literal characters.
        clauses.append("strpos(c.text_folded, ?) > 0")
        params.append(needle)
    return " AND ".join(clauses), params


def list_claims(
    store: Store,
    f: ClaimFilter,
    sort: str = "checkworthiness",
    descending: bool = True,
    page: int = 1,
    page_size: int = 50,
) -> ClaimPage:
    """Return page `page` (from 1) of the claims matching `f`, sorted by `sort` (one of SORTS).

    A page past the last one comes back empty, with the true total. Raises ValidationError for
    an unknown sort or status, a page below 1 or a page size outside 1..MAX_PAGE_SIZE.
    """
    if sort not in _SORT_SQL:
        raise ValidationError(f"unknown sort {sort!r}; one of: {', '.join(SORTS)}")
    if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValidationError(f"page must be >= 1 and page size within 1..{MAX_PAGE_SIZE}")
    where, params = _where(f)
    key, ties = _SORT_SQL[sort]
    order_params: list[Any] = [list(STATUSES)] if sort == "status" else []
    direction = "DESC" if descending else "ASC"
    sql = f"""
        SELECT c.id, c.text, c.kind, c.speaker, c.status, c.checkworthiness, c.article_id,
               a.title AS article_title, coalesce(ev.n, 0) AS evidence_count, c.updated_at
        FROM claims c
        LEFT JOIN articles a ON a.id = c.article_id
        LEFT JOIN (SELECT claim_id, count(*) AS n FROM evidence GROUP BY claim_id) ev
               ON ev.claim_id = c.id
        WHERE {where}
        ORDER BY {key} {direction} NULLS LAST, {ties}
        LIMIT ? OFFSET ?"""
    with store.connect() as con:
        total = con.execute(f"SELECT count(*) FROM claims c WHERE {where}", params).fetchone()
        rows = rows_as_dicts(
            con.execute(sql, [*params, *order_params, page_size, (page - 1) * page_size])
        )
    return ClaimPage(rows=rows, total=int(total[0]) if total else 0, page=page, page_size=page_size)


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the [start, end) of the lines holding text[start:end], without outer blanks."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end < 0 else p_end
    while p_start < start and text[p_start].isspace():
        p_start += 1
    while p_end > end and text[p_end - 1].isspace():
        p_end -= 1
    return p_start, p_end


def _sentence(paragraph: str, start: int, end: int) -> str:
    """Return the sentence of `paragraph` around [start, end): between the nearest sentence
    ends before the claim and at or after its last character (the claim may end with one)."""
    s_start = 0
    for match in _SENTENCE_END.finditer(paragraph, 0, start):
        s_start = match.end()
    after = _SENTENCE_END.search(paragraph, max(start, end - 1))
    s_end = after.end() if after else len(paragraph)
    return paragraph[s_start:s_end].strip()


def _context(article_text: str, start: int, end: int) -> dict[str, Any]:
    """Return the claim's sentence, paragraph and offsets within the paragraph."""
    start = max(0, min(start, len(article_text)))
    end = max(start, min(end, len(article_text)))
    p_start, p_end = _paragraph_bounds(article_text, start, end)
    paragraph = article_text[p_start:p_end]
    offsets = (start - p_start, end - p_start)
    return {
        "sentence": _sentence(paragraph, *offsets),
        "paragraph": paragraph,
        "offset_in_paragraph": offsets,
    }


def claim_detail(store: Store, claim_id: int) -> dict[str, Any]:
    """Return one claim with everything the review page shows.

    Keys: the claim's columns; "article" (id, title, url, publisher, published, lang);
    "sentence", "paragraph", "offset_in_paragraph" ((start, end) of the claim in the
    paragraph); "quotes" overlapping the claim; "evidence" as {stance: [links]} for every
    stance in STANCES; "history" (oldest first). Raises NotFoundError for an unknown id.
    """
    with store.connect() as con:
        rows = rows_as_dicts(
            con.execute(
                f"""SELECT c.*, {", ".join(f"a.{k} AS article_{k}" for k in _ARTICLE_FIELDS)},
                           a.text AS article_text
                    FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?""",
                [claim_id],
            )
        )
        if not rows:
            raise NotFoundError(f"no claim with id {claim_id}")
        claim = rows[0]
        claim["quotes"] = rows_as_dicts(
            con.execute(
                """SELECT id, text, start_pos, end_pos, speaker, source, kind FROM quotes
                   WHERE article_id = ? AND start_pos < ? AND end_pos > ?
                   ORDER BY start_pos""",
                [claim["article_id"], claim["end_pos"], claim["start_pos"]],
            )
        )
        grouped: dict[str, list[dict[str, Any]]] = {stance: [] for stance in STANCES}
        for link in evidence_for(store, claim_id):  # reuses this connection
            grouped.setdefault(link["stance"], []).append(link)
        claim["evidence"] = grouped
        claim["history"] = history_for(store, claim_id)
    article_text = claim.pop("article_text")
    claim["article"] = {
        "id": claim["article_id"],
        **{k: claim.pop(f"article_{k}") for k in _ARTICLE_FIELDS},
    }
    claim.update(_context(article_text, claim["start_pos"], claim["end_pos"]))
    return claim


def speakers(store: Store) -> list[str]:
    """Return every distinct claim speaker, sorted."""
    rows = store.query(
        "SELECT DISTINCT speaker FROM claims WHERE speaker IS NOT NULL ORDER BY speaker"
    )
    return [r["speaker"] for r in rows]


def kinds(store: Store) -> list[str]:
    """Return every distinct claim kind, sorted."""
    return [r["kind"] for r in store.query("SELECT DISTINCT kind FROM claims ORDER BY kind")]


def _progress(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return per day: date, reviewed (cumulative), changes (history rows that day)."""
    # Per claim and day, the day's last status decides whether the claim ends the day
    # reviewed; the change against its previous active day moves the count by +1 / -1 (the
    # deltas of a claim sum to its current state). Claims with a verdict but no status
    # history (imported that way) count from the day they were last updated.
    ends_reviewed = _REVIEWED_SQL.format(col="arg_max(new_value, id)")
    unlogged_reviewed = _REVIEWED_SQL.format(col="c.status")
    return rows_as_dicts(
        con.execute(
            f"""
            WITH claim_days AS (
                SELECT claim_id, CAST(changed_at AS DATE) AS day,
                       CAST({ends_reviewed} AS INTEGER) AS rev
                FROM claim_history WHERE action = 'status'
                GROUP BY claim_id, day
            ),
            moves AS (
                SELECT day, rev - lag(rev, 1, 0) OVER (PARTITION BY claim_id ORDER BY day)
                       AS delta
                FROM claim_days
                UNION ALL
                SELECT CAST(c.updated_at AS DATE), 1 FROM claims c
                WHERE {unlogged_reviewed} AND NOT EXISTS (
                    SELECT 1 FROM claim_history h
                    WHERE h.claim_id = c.id AND h.action = 'status')
            ),
            per_day AS (SELECT day, sum(delta) AS delta FROM moves GROUP BY day),
            changes AS (
                SELECT CAST(changed_at AS DATE) AS day, count(*) AS n
                FROM claim_history GROUP BY day
            )
            SELECT coalesce(p.day, ch.day) AS date,
                   CAST(sum(coalesce(p.delta, 0)) OVER (
                       ORDER BY coalesce(p.day, ch.day)) AS BIGINT) AS reviewed,
                   coalesce(ch.n, 0) AS changes
            FROM per_day p FULL OUTER JOIN changes ch ON ch.day = p.day
            ORDER BY date"""
        )
    )


def overview(store: Store) -> Overview:
    """Return the overview figures (see Overview) computed over every stored claim."""
    reviewed = f"count(*) FILTER (WHERE {_REVIEWED_SQL.format(col='c.status')})"
    with store.connect() as con:
        counts = dict(con.execute("SELECT status, count(*) FROM claims GROUP BY status").fetchall())
        by_speaker = rows_as_dicts(
            con.execute(
                f"""SELECT c.speaker, count(*) AS claims, {reviewed} AS reviewed
                    FROM claims c WHERE c.speaker IS NOT NULL
                    GROUP BY c.speaker ORDER BY claims DESC, c.speaker LIMIT ?""",
                [TOP_N],
            )
        )
        by_article = rows_as_dicts(
            con.execute(
                f"""SELECT c.article_id, any_value(a.title) AS title, count(*) AS claims,
                           {reviewed} AS reviewed
                    FROM claims c LEFT JOIN articles a ON a.id = c.article_id
                    GROUP BY c.article_id ORDER BY claims DESC, c.article_id LIMIT ?""",
                [TOP_N],
            )
        )
        scores = con.execute("SELECT checkworthiness FROM claims").fetchnumpy()
        progress = _progress(con)
        balance = rows_as_dicts(
            con.execute(
                """WITH ev AS (
                       SELECT claim_id,
                              count(*) FILTER (WHERE stance = 'supports') AS supports,
                              count(*) FILTER (WHERE stance = 'contradicts') AS contradicts,
                              count(*) FILTER (WHERE stance = 'context') AS context,
                              count(*) AS n
                       FROM evidence GROUP BY claim_id ORDER BY n DESC, claim_id LIMIT ?)
                   SELECT ev.claim_id, c.text, ev.supports, ev.contradicts, ev.context
                   FROM ev JOIN claims c ON c.id = ev.claim_id
                   ORDER BY ev.n DESC, ev.claim_id""",
                [BALANCE_N],
            )
        )
    return Overview(
        by_status=[{"status": s, "claims": int(counts.get(s, 0))} for s in STATUSES],
        by_speaker=by_speaker,
        by_article=by_article,
        checkworthiness=scores["checkworthiness"].tolist(),
        progress=progress,
        evidence_balance=balance,
    )
