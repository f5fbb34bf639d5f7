"""Exporting claims: full records (CSV, JSON) and schema.org ClaimReview JSON-LD for verdicts.

Records carry a claim with its article, evidence (with sources) and history, read in one
connection with three queries whatever the number of claims.

ClaimReview follows Google's fact-check markup. Ratings: false=1, misleading=2,
mostly true=4, true=5 on a 1..5 scale (3, "half true", is not a status here). "unverifiable"
is no point on a truth scale, so its rating carries only the required textual
`alternateName`, without ratingValue / bestRating / worstRating (Google documents those as
recommended, for numeric ratings only); -1 would wrongly read as "worse than false" to a
consumer that ignores worstRating.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import duckdb

from claims.errors import NotFoundError
from claims.review import safe_url
from claims.store import STANCES, Store, rows_as_dicts

VERDICTS = ("true", "mostly true", "misleading", "false", "unverifiable")
RATINGS = {"false": 1, "misleading": 2, "mostly true": 4, "true": 5}
LABELS = {
    "true": "True",
    "mostly true": "Mostly true",
    "misleading": "Misleading",
    "false": "False",
    "unverifiable": "Unverifiable",
}

# Excel runs a cell that starts with one of these as a formula; article text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# A list parameter keeps the SQL fixed whatever the number of ids; IN (subquery) makes it a
# hash join (list_contains would scan the whole list for every row).
_IDS = "(SELECT unnest(?::BIGINT[]))"

CSV_COLUMNS = (
    "claim_id", "article_id", "article_title", "article_url", "article_publisher",
    "article_published", "text", "kind", "speaker", "checkworthiness", "status", "updated_at",
    "entities", "evidence_supports", "evidence_contradicts", "evidence_context", "evidence",
    "history", "evidence_json", "history_json",
)  # fmt: skip


def _claims(con: duckdb.DuckDBPyConnection, claim_ids: list[int] | None) -> list[dict[str, Any]]:
    """Return the claims joined with their articles: all, or `claim_ids` in that order."""
    columns = """c.id, c.article_id, c.text, c.start_pos, c.end_pos, c.kind, c.speaker,
                 c.checkworthiness, c.entities, c.status, c.updated_at,
                 a.title AS article_title, a.url AS article_url,
                 a.publisher AS article_publisher, a.published AS article_published,
                 a.lang AS article_lang"""
    joined = "FROM claims c LEFT JOIN articles a ON a.id = c.article_id"
    if claim_ids is None:
        return rows_as_dicts(
            con.execute(f"SELECT {columns} {joined} ORDER BY c.article_id, c.start_pos, c.id")
        )
    rows = rows_as_dicts(
        con.execute(f"SELECT {columns} {joined} WHERE c.id IN {_IDS}", [claim_ids])
    )
    by_id = {r["id"]: r for r in rows}
    missing = [i for i in claim_ids if i not in by_id]
    if missing:
        raise NotFoundError(f"no claim with id {', '.join(map(str, missing[:10]))}")
    return [by_id[i] for i in dict.fromkeys(claim_ids)]


def export_records(store: Store, claim_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Return one record per claim (all claims, or `claim_ids` in that order).

    A record holds the claim's fields (id, article_id, text, start_pos, end_pos, kind, speaker,
    checkworthiness, entities, status, updated_at), "article" (id, title, url, publisher,
    published, lang), "evidence" (source_id, source_title, source_url, source_publisher, stance,
    excerpt, note, who, when; by stance then date) and "history" (when, who, action, old_value,
    new_value, note; oldest first). Raises NotFoundError if an id names no claim.
    """
    with store.connect() as con:
        claims = _claims(con, claim_ids)
        # Without ids every claim is exported: no need to filter the linked rows.
        where = "" if claim_ids is None else "WHERE claim_id IN " + _IDS
        params = [] if claim_ids is None else [[c["id"] for c in claims]]
        evidence = rows_as_dicts(
            con.execute(
                f"""SELECT e.claim_id, e.source_id, s.title AS source_title, s.url AS source_url,
                          s.publisher AS source_publisher, e.stance, e.excerpt, e.note,
                          e.created_by AS who, e.created_at AS "when"
                   FROM evidence e JOIN sources s ON s.id = e.source_id
                   {where}
                   ORDER BY e.claim_id, e.stance, e.created_at, e.id""",
                params,
            )
        )
        history = rows_as_dicts(
            con.execute(
                f"""SELECT claim_id, changed_at AS "when", who, action, old_value, new_value, note
                   FROM claim_history {where}
                   ORDER BY claim_id, changed_at, id""",
                params,
            )
        )
    evidence_by_claim: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for link in evidence:
        evidence_by_claim[link.pop("claim_id")].append(link)
    history_by_claim: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for change in history:
        history_by_claim[change.pop("claim_id")].append(change)
    records = []
    for c in claims:
        article = {"id": c["article_id"]}
        for key in ("title", "url", "publisher", "published", "lang"):
            article[key] = c.pop(f"article_{key}")
        records.append(
            {
                **c,
                "article": article,
                "evidence": evidence_by_claim.get(c["id"], []),
                "history": history_by_claim.get(c["id"], []),
            }
        )
    return records


def _json_default(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(records: list[dict[str, Any]]) -> str:
    """Return the records as pretty-printed JSON text (UTF-8 characters kept, ISO datetimes)."""
    return json.dumps(records, ensure_ascii=False, indent=2, default=_json_default) + "\n"


def _cell(value: Any) -> Any:
    """Return a CSV cell: text that Excel would run as a formula gets a leading apostrophe."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _evidence_line(link: dict[str, Any]) -> str:
    parts = [f"[{link['stance']}] {link['source_title']}"]
    if link["source_url"]:
        parts.append(f"<{link['source_url']}>")
    if link["excerpt"]:
        parts.append(f"«{link['excerpt']}»")
    if link["note"]:
        parts.append(f"({link['note']})")
    return " ".join(parts)


def _history_line(change: dict[str, Any]) -> str:
    when = change["when"].isoformat(sep=" ", timespec="seconds")
    values = " → ".join(v for v in (change["old_value"], change["new_value"]) if v)
    line = f"{when} {change['who']}: {change['action']} {values}".rstrip()
    return f"{line} ({change['note']})" if change["note"] else line


def to_csv(records: list[dict[str, Any]]) -> str:
    """Return the records as CSV text, one row per claim, starting with a UTF-8 BOM.

    The BOM makes Excel read the file as UTF-8 (Arabic stays readable); write the text with
    encoding="utf-8". Evidence and history appear as counts per stance, readable one-per-line
    cells and JSON cells. A text cell starting with = + - @ gets a leading apostrophe so that
    spreadsheets show it instead of running it as a formula.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in records:
        article, evidence, history = r["article"], r["evidence"], r["history"]
        stances = {s: sum(1 for e in evidence if e["stance"] == s) for s in STANCES}
        row = {
            "claim_id": r["id"],
            "article_id": r["article_id"],
            "article_title": article["title"],
            "article_url": article["url"],
            "article_publisher": article["publisher"],
            "article_published": article["published"],
            "text": r["text"],
            "kind": r["kind"],
            "speaker": r["speaker"],
            "checkworthiness": r["checkworthiness"],
            "status": r["status"],
            "updated_at": r["updated_at"],
            "entities": "; ".join(r["entities"] or []),
            "evidence_supports": stances["supports"],
            "evidence_contradicts": stances["contradicts"],
            "evidence_context": stances["context"],
            "evidence": "\n".join(_evidence_line(e) for e in evidence),
            "history": "\n".join(_history_line(h) for h in history),
            "evidence_json": json.dumps(evidence, ensure_ascii=False, default=_json_default),
            "history_json": json.dumps(history, ensure_ascii=False, default=_json_default),
        }
        writer.writerow([_cell(row[column]) for column in CSV_COLUMNS])
    return "\ufeff" + out.getvalue()


def _iso_date(value: str | None) -> str | None:
    """Return an article's `published` text as an ISO 8601 date/datetime, or None if unknown.

    Accepts ISO forms and the RFC 2822 dates of RSS feeds; anything else is left out rather
    than published as a date nobody can parse.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _rating(status: str) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating"}
    if status in RATINGS:
        rating.update(ratingValue=RATINGS[status], bestRating=5, worstRating=1)
    rating["alternateName"] = LABELS[status]
    return rating


def claim_reviews(
    store: Store, publisher: str = "Claim Desk", publisher_url: str | None = None
) -> list[dict[str, Any]]:
    """Return a schema.org ClaimReview (JSON-LD dict) for every claim with a verdict.

    Verdicts are VERDICTS; unverified and in-review claims are left out. `publisher` names the
    reviewing organisation; with `publisher_url` (http(s), else ValidationError) each review
    gets the URL of the dashboard's claim page, <publisher_url>/claim?claim=<id> (without it
    Google will not show the review, which requires `url`). The review date is the day of the
    claim's latest status change. The claim's author is an Organization when the speaker is
    stored as an ORG entity, else a Person.
    """
    base = safe_url(publisher_url)
    with store.connect() as con:
        rows = rows_as_dicts(
            con.execute(
                """SELECT c.id, c.text, c.speaker, c.status, c.updated_at,
                          a.title, a.url, a.publisher, a.published, a.lang,
                          (SELECT max(h.changed_at) FROM claim_history h
                           WHERE h.claim_id = c.id AND h.action = 'status') AS reviewed_at,
                          EXISTS (SELECT 1 FROM entities e WHERE e.type = 'ORG'
                                  AND e.canonical = c.speaker) AS speaker_is_org
                   FROM claims c LEFT JOIN articles a ON a.id = c.article_id
                   WHERE list_contains(?, c.status)
                   ORDER BY c.id""",
                [list(VERDICTS)],
            )
        )
    author: dict[str, Any] = {"@type": "Organization", "name": publisher}
    if base:
        author["url"] = base
    return [_claim_review(r, author, base) for r in rows]


def _claim_review(row: dict[str, Any], author: dict[str, Any], base: str | None) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if row["url"]:
        appearance["url"] = row["url"]
    if row["title"]:
        appearance["headline"] = row["title"]
    if row["publisher"]:
        appearance["publisher"] = {"@type": "Organization", "name": row["publisher"]}
    item: dict[str, Any] = {"@type": "Claim"}
    if row["speaker"]:
        kind = "Organization" if row["speaker_is_org"] else "Person"
        item["author"] = {"@type": kind, "name": row["speaker"]}
    item["appearance"] = [appearance]
    published = _iso_date(row["published"])
    if published:
        item["datePublished"] = published
    reviewed_at = row["reviewed_at"] or row["updated_at"]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": row["text"],
        "itemReviewed": item,
        "reviewRating": _rating(row["status"]),
        "author": author,
        "datePublished": reviewed_at.date().isoformat(),
    }
    if base:
        review["url"] = f"{base.rstrip('/')}/claim?claim={row['id']}"
    if row["lang"]:
        review["inLanguage"] = row["lang"]
    return review
