"""The DuckDB store: where the file is, short-lived connections with retries, and migrations.

The dashboard and the CLI use the same file at the same time. A DuckDB connection held open
in one process locks every other process out (even read-only ones), so every operation opens
a connection, does its work in one transaction and closes it again (~20 ms). Opening retries
while another process holds the lock, and a write retries on a transaction conflict.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from claims.errors import StoreBusyError
from claims.normalize import normalize_for_hash

T = TypeVar("T")

DEFAULT_DB = Path(__file__).resolve().parent.parent / "data" / "desk.duckdb"
RETRY_SECONDS = 30.0

STATUSES = (
    "unverified",
    "in review",
    "true",
    "mostly true",
    "misleading",
    "false",
    "unverifiable",
)
STANCES = ("supports", "contradicts", "context")


def default_db_path() -> Path:
    """Return the database path: `CLAIMDESK_DB` if set, else data/desk.duckdb in the repo."""
    env = os.environ.get("CLAIMDESK_DB")
    return Path(env) if env else DEFAULT_DB


def _is_lock_error(err: Exception) -> bool:
    text = str(err).lower()
    return "lock" in text or "conflicting" in text or "being used by another process" in text


def _is_conflict(err: Exception) -> bool:
    text = str(err).lower()
    return "conflict" in text or "write-write" in text


def _m1_initial(con: duckdb.DuckDBPyConnection) -> None:
    # No FOREIGN KEY clauses: DuckDB cannot delete a parent row in the transaction that
    # deleted its children, which deleting an article needs. The writers keep integrity.
    con.execute("CREATE SEQUENCE IF NOT EXISTS seq_id START 1")
    con.execute(
        """CREATE TABLE articles (
            id BIGINT PRIMARY KEY DEFAULT nextval('seq_id'),
            content_hash VARCHAR NOT NULL UNIQUE,
            title VARCHAR NOT NULL,
            url VARCHAR, publisher VARCHAR, published VARCHAR, external_id VARCHAR,
            lang VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            source_name VARCHAR,
            ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"""
    )
    con.execute(
        """CREATE TABLE entities (
            id BIGINT PRIMARY KEY DEFAULT nextval('seq_id'),
            canonical VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            UNIQUE (canonical, type))"""
    )
    con.execute(
        """CREATE TABLE mentions (
            article_id BIGINT NOT NULL,
            entity_id BIGINT NOT NULL,
            text VARCHAR NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL)"""
    )
    con.execute(
        """CREATE TABLE quotes (
            id BIGINT PRIMARY KEY DEFAULT nextval('seq_id'),
            article_id BIGINT NOT NULL,
            text VARCHAR NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL,
            speaker VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
            source VARCHAR, kind VARCHAR NOT NULL)"""
    )
    con.execute(
        """CREATE TABLE claims (
            id BIGINT PRIMARY KEY DEFAULT nextval('seq_id'),
            article_id BIGINT NOT NULL,
            text VARCHAR NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL,
            kind VARCHAR NOT NULL, speaker VARCHAR,
            checkworthiness DOUBLE NOT NULL,
            entities VARCHAR[] NOT NULL DEFAULT [],
            status VARCHAR NOT NULL DEFAULT 'unverified',
            updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"""
    )
    con.execute(
        """CREATE TABLE sources (
            id BIGINT PRIMARY KEY DEFAULT nextval('seq_id'),
            title VARCHAR NOT NULL, url VARCHAR, publisher VARCHAR, published VARCHAR,
            text VARCHAR NOT NULL DEFAULT '',
            created_by VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"""
    )
    con.execute(
        """CREATE TABLE evidence (
            id BIGINT PRIMARY KEY DEFAULT nextval('seq_id'),
            claim_id BIGINT NOT NULL,
            source_id BIGINT NOT NULL,
            stance VARCHAR NOT NULL, excerpt VARCHAR NOT NULL DEFAULT '',
            note VARCHAR NOT NULL DEFAULT '',
            created_by VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"""
    )
    # Append-only trail of every change to a claim: verdicts and evidence edits.
    con.execute(
        """CREATE TABLE claim_history (
            id BIGINT PRIMARY KEY DEFAULT nextval('seq_id'),
            claim_id BIGINT NOT NULL,
            changed_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            who VARCHAR NOT NULL,
            action VARCHAR NOT NULL,
            old_value VARCHAR, new_value VARCHAR,
            note VARCHAR NOT NULL DEFAULT '')"""
    )
    con.execute(
        """CREATE TABLE factchecks (
            id VARCHAR PRIMARY KEY,
            claim VARCHAR NOT NULL, title VARCHAR NOT NULL DEFAULT '',
            verdict VARCHAR, url VARCHAR, lang VARCHAR,
            imported_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"""
    )
    # Vectors are kept here so the FAISS files can always be rebuilt from DuckDB.
    con.execute(
        """CREATE TABLE embeddings (
            kind VARCHAR NOT NULL,      -- 'claim' | 'factcheck' | 'source'
            owner_id VARCHAR NOT NULL,
            model VARCHAR NOT NULL,
            vector FLOAT[] NOT NULL,
            PRIMARY KEY (kind, owner_id, model))"""
    )
    con.execute("CREATE INDEX claims_article ON claims(article_id)")
    con.execute("CREATE INDEX quotes_article ON quotes(article_id)")
    con.execute("CREATE INDEX evidence_claim ON evidence(claim_id)")
    con.execute("CREATE INDEX history_claim ON claim_history(claim_id)")


def _m2_folded_claim_text(con: duckdb.DuckDBPyConnection) -> None:
    # A search for احمد must find أحمد: keep the claim text folded (normalize_for_hash).
    # DuckDB cannot alter a table that has an index: drop it around the change.
    con.execute("DROP INDEX claims_article")
    con.execute("ALTER TABLE claims ADD COLUMN text_folded VARCHAR NOT NULL DEFAULT ''")
    con.execute("CREATE INDEX claims_article ON claims(article_id)")
    rows = con.execute("SELECT id, text FROM claims").fetchall()
    if rows:
        con.executemany(
            "UPDATE claims SET text_folded = ? WHERE id = ?",
            [[normalize_for_hash(text), claim_id] for claim_id, text in rows],
        )


# Numbered forward migrations: index i brings the schema from version i to i + 1.
MIGRATIONS: list[Callable[[duckdb.DuckDBPyConnection], None]] = [
    _m1_initial,
    _m2_folded_claim_text,
]
SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    """A DuckDB file used through short-lived connections; migrated on first use."""

    def __init__(self, path: Path | str | None = None, retry_seconds: float = RETRY_SECONDS):
        self.path = Path(path) if path is not None else default_db_path()
        self.retry_seconds = retry_seconds
        self._migrated = False
        self._local = threading.local()

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Yield a connection, retrying while another process holds the file lock.

        Nested calls in one thread reuse the open connection, so a function made of several
        store calls can wrap them in one `with store.connect():` and pay for one connect.
        """
        open_con = getattr(self._local, "con", None)
        if open_con is not None:
            yield open_con
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.retry_seconds
        delay = 0.01
        while True:
            try:
                con = duckdb.connect(str(self.path))
                break
            except duckdb.Error as err:
                if not _is_lock_error(err) or time.monotonic() > deadline:
                    if _is_lock_error(err):
                        raise StoreBusyError(f"database {self.path} is busy: {err}") from err
                    raise
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.25)
        try:
            if not self._migrated:
                migrate(con)
                self._migrated = True
            self._local.con = con
            yield con
        finally:
            self._local.con = None
            con.close()

    def write(self, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run `fn(con)` in one transaction, retrying the whole of it on a write conflict.

        Returns what `fn` returns; on any error the transaction is rolled back, so nothing is
        half-written.
        """
        if getattr(self._local, "in_transaction", False):
            return fn(self._local.con)  # part of the enclosing write's transaction
        deadline = time.monotonic() + self.retry_seconds
        delay = 0.01
        while True:
            with self.connect() as con, self._transaction_flag():
                con.execute("BEGIN TRANSACTION")
                try:
                    result = fn(con)
                    con.execute("COMMIT")
                    return result
                except duckdb.Error as err:
                    con.execute("ROLLBACK")
                    if not _is_conflict(err) or time.monotonic() > deadline:
                        raise
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.25)

    @contextmanager
    def _transaction_flag(self) -> Iterator[None]:
        self._local.in_transaction = True
        try:
            yield
        finally:
            self._local.in_transaction = False

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Run one read query with bound parameters; return rows as dicts."""
        with self.connect() as con:
            return rows_as_dicts(con.execute(sql, list(params)))

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        """Run one read query; return the first column of the first row (or None)."""
        with self.connect() as con:
            row = con.execute(sql, list(params)).fetchone()
        return row[0] if row else None


def insert_id(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
    """Run an INSERT ... RETURNING id; return the new id."""
    row = con.execute(sql, params).fetchone()
    assert row is not None, "INSERT ... RETURNING gave no row"
    return int(row[0])


def rows_as_dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return all rows of an executed cursor as dicts keyed by column name."""
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """Return the schema version recorded in the file (0 for a new file)."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration the file has not seen yet, each in its own transaction.

    Returns the schema version after migrating.
    """
    version = schema_version(con)
    while version < SCHEMA_VERSION:
        con.execute("BEGIN TRANSACTION")
        try:
            # Another process may have migrated between our read and this transaction.
            if schema_version(con) > version:
                con.execute("ROLLBACK")
                version = schema_version(con)
                continue
            MIGRATIONS[version](con)
            con.execute("INSERT INTO schema_version VALUES (?)", [version + 1])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        version += 1
    return version
