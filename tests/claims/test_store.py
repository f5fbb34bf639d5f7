"""The store: migrations, transactions that leave nothing half-written, and two writers at once."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

import duckdb
import pytest

from claims import review
from claims.browse import ClaimFilter, list_claims
from claims.store import MIGRATIONS, SCHEMA_VERSION, Store, migrate
from tests.conftest import MakeClaim


def test_new_file_is_migrated_once_to_the_current_version(desk_db: Path) -> None:
    store = Store(desk_db)
    assert store.scalar("SELECT max(version) FROM schema_version") == SCHEMA_VERSION
    with duckdb.connect(str(desk_db)) as con:
        assert migrate(con) == SCHEMA_VERSION
        assert con.execute("SELECT count(*) FROM schema_version").fetchone() == (SCHEMA_VERSION,)


def test_failed_write_leaves_nothing_behind(desk_db: Path) -> None:
    store = Store(desk_db)

    def write(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("INSERT INTO sources (title, created_by) VALUES ('s', 'me')")
        raise RuntimeError("crash mid-write")

    with pytest.raises(RuntimeError):
        store.write(write)
    assert store.scalar("SELECT count(*) FROM sources") == 0


def _hammer(db: str, claim_id: int, who: str, n: int) -> None:
    store = Store(db)
    source = review.add_source(store, f"source of {who}", who)
    for i in range(n):
        review.link_evidence(store, claim_id, source, "context", who, note=str(i))
        review.set_status(store, claim_id, "in review" if i % 2 else "false", who, f"{who} {i}")


def test_two_writer_processes_lose_nothing(desk_db: Path, make_claim: MakeClaim) -> None:
    store = Store(desk_db)
    claim_id = make_claim(store)
    ctx = mp.get_context("spawn")
    workers = [
        ctx.Process(target=_hammer, args=(str(desk_db), claim_id, who, 15))
        for who in ("alice", "bob")
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    history = review.history_for(store, claim_id)
    for who in ("alice", "bob"):
        mine = [h for h in history if h["who"] == who]
        assert sum(h["action"] == "status" for h in mine) == 15
        assert sum(h["action"] == "evidence added" for h in mine) == 15
    assert store.scalar("SELECT count(*) FROM evidence") == 30


def test_migration_2_backfills_folded_text_of_a_version_1_file(desk_db: Path) -> None:
    with duckdb.connect(str(desk_db)) as con:
        con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        MIGRATIONS[0](con)
        con.execute("INSERT INTO schema_version VALUES (1)")
        con.execute(
            "INSERT INTO claims (article_id, text, start_pos, end_pos, kind, checkworthiness)"
            " VALUES (1, 'قال أحمد إنّ البطالة ارتفعت', 0, 5, 'event', 0.5)"
        )
    store = Store(desk_db)
    assert store.scalar("SELECT max(version) FROM schema_version") == 2
    assert store.scalar("SELECT text_folded FROM claims") == "قال احمد ان البطاله ارتفعت"
    page = list_claims(store, ClaimFilter(text="احمد"))
    assert page.total == 1
