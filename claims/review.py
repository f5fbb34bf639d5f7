"""The review domain: verdicts, sources, evidence links with stance, and the claim's history.

Every change to a claim (its status, an evidence link added, edited or removed) appends a row
to `claim_history` in the same transaction as the change itself, so the trail never misses one.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import duckdb

from claims.errors import NotFoundError, ValidationError
from claims.store import STANCES, STATUSES, Store, insert_id, rows_as_dicts


def _require(value: str | None, what: str) -> str:
    if value is None or not value.strip():
        raise ValidationError(f"{what} is required")
    return value.strip()


def safe_url(url: str | None) -> str | None:
    """Return `url` if it is an http(s) address, None if empty; ValidationError otherwise.

    Keeps `javascript:` and other schemes out of the store, so no page ever links them.
    """
    if url is None or not url.strip():
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValidationError(f"not an http(s) URL: {url.strip()[:80]}")
    return url.strip()


def _claim_status(con: duckdb.DuckDBPyConnection, claim_id: int) -> str:
    row = con.execute("SELECT status FROM claims WHERE id = ?", [claim_id]).fetchone()
    if not row:
        raise NotFoundError(f"no claim with id {claim_id}")
    return str(row[0])


def _log(
    con: duckdb.DuckDBPyConnection,
    claim_id: int,
    who: str,
    action: str,
    old: str | None,
    new: str | None,
    note: str = "",
) -> None:
    con.execute(
        """INSERT INTO claim_history (claim_id, who, action, old_value, new_value, note)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [claim_id, who, action, old, new, note],
    )


def set_status(store: Store, claim_id: int, status: str, who: str, note: str) -> str:
    """Set a claim's verdict status and record the change; return the previous status.

    A note and a reviewer's name are required; the status must be one of STATUSES.
    """
    if status not in STATUSES:
        raise ValidationError(f"unknown status {status!r}; one of: {', '.join(STATUSES)}")
    who, note = _require(who, "reviewer name"), _require(note, "a note")

    def write(con: duckdb.DuckDBPyConnection) -> str:
        old = _claim_status(con, claim_id)
        con.execute(
            "UPDATE claims SET status = ?, updated_at = current_timestamp WHERE id = ?",
            [status, claim_id],
        )
        _log(con, claim_id, who, "status", old, status, note)
        return old

    return store.write(write)


def add_source(
    store: Store,
    title: str,
    who: str,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    text: str = "",
) -> int:
    """Store a source (a document evidence can come from); return its id."""
    title, who = _require(title, "source title"), _require(who, "reviewer name")
    url = safe_url(url)

    def write(con: duckdb.DuckDBPyConnection) -> int:
        return insert_id(
            con,
            """INSERT INTO sources (title, url, publisher, published, text, created_by)
                   VALUES (?, ?, ?, ?, ?, ?) RETURNING id""",
            [title, url, publisher or None, published or None, text or "", who],
        )

    return store.write(write)


def list_sources(store: Store) -> list[dict[str, Any]]:
    """Return every source (without its text), newest first."""
    return store.query(
        """SELECT id, title, url, publisher, published, created_by, created_at,
                  length(text) AS chars FROM sources ORDER BY created_at DESC, id DESC"""
    )


def link_evidence(
    store: Store,
    claim_id: int,
    source_id: int,
    stance: str,
    who: str,
    excerpt: str = "",
    note: str = "",
) -> int:
    """Link a source to a claim with a stance; record it in the history; return the link id."""
    if stance not in STANCES:
        raise ValidationError(f"unknown stance {stance!r}; one of: {', '.join(STANCES)}")
    who = _require(who, "reviewer name")

    def write(con: duckdb.DuckDBPyConnection) -> int:
        _claim_status(con, claim_id)
        if not con.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone():
            raise NotFoundError(f"no source with id {source_id}")
        link_id = insert_id(
            con,
            """INSERT INTO evidence (claim_id, source_id, stance, excerpt, note, created_by)
                   VALUES (?, ?, ?, ?, ?, ?) RETURNING id""",
            [claim_id, source_id, stance, excerpt, note, who],
        )
        _log(con, claim_id, who, "evidence added", None, f"#{link_id} {stance}", note)
        return link_id

    return store.write(write)


def _evidence_row(con: duckdb.DuckDBPyConnection, link_id: int) -> dict[str, Any]:
    rows = rows_as_dicts(con.execute("SELECT * FROM evidence WHERE id = ?", [link_id]))
    if not rows:
        raise NotFoundError(f"no evidence link with id {link_id}")
    return rows[0]


def edit_evidence(
    store: Store,
    link_id: int,
    who: str,
    stance: str | None = None,
    excerpt: str | None = None,
    note: str | None = None,
) -> None:
    """Change an evidence link's stance, excerpt or note, and record it in the history."""
    if stance is not None and stance not in STANCES:
        raise ValidationError(f"unknown stance {stance!r}; one of: {', '.join(STANCES)}")
    who = _require(who, "reviewer name")

    def write(con: duckdb.DuckDBPyConnection) -> None:
        old = _evidence_row(con, link_id)
        new = {
            "stance": stance if stance is not None else old["stance"],
            "excerpt": excerpt if excerpt is not None else old["excerpt"],
            "note": note if note is not None else old["note"],
        }
        con.execute(
            """UPDATE evidence SET stance = ?, excerpt = ?, note = ?,
                   updated_at = current_timestamp WHERE id = ?""",
            [new["stance"], new["excerpt"], new["note"], link_id],
        )
        _log(
            con,
            old["claim_id"],
            who,
            "evidence edited",
            f"#{link_id} {old['stance']}",
            f"#{link_id} {new['stance']}",
            new["note"],
        )

    store.write(write)


def remove_evidence(store: Store, link_id: int, who: str, note: str = "") -> None:
    """Remove an evidence link, recording what it was in the history."""
    who = _require(who, "reviewer name")

    def write(con: duckdb.DuckDBPyConnection) -> None:
        old = _evidence_row(con, link_id)
        con.execute("DELETE FROM evidence WHERE id = ?", [link_id])
        _log(
            con, old["claim_id"], who, "evidence removed", f"#{link_id} {old['stance']}", None, note
        )

    store.write(write)


def evidence_for(store: Store, claim_id: int) -> list[dict[str, Any]]:
    """Return the claim's evidence links joined with their sources, by stance then date."""
    return store.query(
        """SELECT e.id, e.claim_id, e.source_id, e.stance, e.excerpt, e.note, e.created_by,
                  e.created_at, e.updated_at, s.title, s.url, s.publisher, s.published
           FROM evidence e JOIN sources s ON s.id = e.source_id
           WHERE e.claim_id = ? ORDER BY e.stance, e.created_at, e.id""",
        [claim_id],
    )


def history_for(store: Store, claim_id: int) -> list[dict[str, Any]]:
    """Return the claim's change history, oldest first."""
    return store.query(
        """SELECT id, changed_at, who, action, old_value, new_value, note
           FROM claim_history WHERE claim_id = ? ORDER BY changed_at, id""",
        [claim_id],
    )
