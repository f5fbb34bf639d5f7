"""Shared fixtures: every test gets its own database; the real model loads once per session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from claims.normalize import normalize_for_hash
from claims.store import Store

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "cnn-ar-xi-lukashenko.txt"


@pytest.fixture(autouse=True)
def desk_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point CLAIMDESK_DB at a fresh file so no test touches data/desk.duckdb."""
    path = tmp_path / "desk.duckdb"
    monkeypatch.setenv("CLAIMDESK_DB", str(path))
    yield path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text, as stored."""
    return SEED.read_text(encoding="utf-8")


MakeClaim = Callable[..., int]


def _make_claim(store: Store, text: str = "claim", speaker: str | None = None) -> int:
    def write(con: duckdb.DuckDBPyConnection) -> int:
        article = con.execute(
            "INSERT INTO articles (content_hash, title, lang, text) VALUES (?, 't', 'ar', ?)"
            " RETURNING id",
            [f"hash of {text}", text],
        ).fetchone()[0]
        return int(
            con.execute(
                "INSERT INTO claims (article_id, text, text_folded, start_pos, end_pos, kind,"
                " speaker, checkworthiness) VALUES (?, ?, ?, 0, ?, 'event', ?, 0.5) RETURNING id",
                [article, text, normalize_for_hash(text), len(text), speaker],
            ).fetchone()[0]
        )

    return store.write(write)


@pytest.fixture
def make_claim() -> MakeClaim:
    """Return a function that stores a one-claim article and returns the claim id."""
    return _make_claim
