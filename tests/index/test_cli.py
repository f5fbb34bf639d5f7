"""`python -m index` commands through click's CliRunner, with the fake embedder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.factchecks import import_factchecks
from claims.service import Desk
from index import embed
from index.cli import cli
from index.embed import model_spec
from index.retrieval import FactCheck, passage_text
from index.vectors import index_path
from tests.index.test_search import ARCHIVE, add_article, write_archive
from tests.index.test_vectors import FakeEmbedder

SPEC = model_spec()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeEmbedder:
    """Every Desk built by the CLI gets a fake embedder under the default model's name/size."""
    embedder = FakeEmbedder(SPEC.name, SPEC.dim)
    monkeypatch.setattr(embed, "get_embedder", lambda name=None: embedder)
    return embedder


@pytest.fixture
def db(tmp_path: Path, fake: FakeEmbedder) -> Path:
    path = tmp_path / "cli.duckdb"
    desk = Desk(path)
    add_article(desk, "English news", "en", ["the bridge opened in 1999", "taxes rose again"])
    add_article(desk, "خبر", "ar", ["افتتح الجسر عام 1999"])
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_search_prints_ranked_claims(db: Path) -> None:
    code, out, _ = run("search", "the bridge opened in 1999", "--db", str(db), "--k", "2")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("  1. 1.000") and "the bridge opened in 1999" in lines[0]


def test_search_json_with_language_filter(db: Path) -> None:
    code, out, _ = run("search", "the bridge opened", "--db", str(db), "--json", "--lang", "ar")
    assert code == 0
    hits = json.loads(out)
    assert [h["text"] for h in hits] == ["افتتح الجسر عام 1999"]
    assert set(hits[0]) >= {"claim_id", "score", "article_title", "status", "lang"}


@pytest.mark.parametrize("query", ["", "x", "a" * 100_000])
def test_bad_query_is_a_one_line_error(db: Path, query: str) -> None:
    code, out, err = run("search", query, "--db", str(db))
    assert code != 0 and out == ""
    assert err.startswith("Error: the query is") and len(err.strip().splitlines()) == 1


def test_unknown_status_is_rejected(db: Path) -> None:
    code, _, err = run("search", "taxes", "--db", str(db), "--status", "maybe")
    assert code != 0 and "unknown status" in err


def test_rebuild_prints_the_count_and_restores_the_file(db: Path) -> None:
    index_path(db).unlink()
    code, out, _ = run("rebuild", "--db", str(db))
    assert code == 0 and "3 vectors" in out
    assert index_path(db).exists()


def test_rebuild_uses_the_environment_database(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDESK_DB", str(db))
    code, out, _ = run("rebuild")
    assert code == 0 and "3 vectors" in out


def test_match_writes_a_trec_run(db: Path, tmp_path: Path) -> None:
    import_factchecks(Desk(db), write_archive(tmp_path / "a.tsv", ARCHIVE))
    query = passage_text(FactCheck(id="fc-2", claim=ARCHIVE[1][1], title=ARCHIVE[1][2]))
    queries = tmp_path / "q.tsv"
    # Quoted, as a query text may hold newlines.
    queries.write_text(f'id\ttext\nq1\t"{query}"\nq2\tsomething else\n', encoding="utf-8")
    code, out, _ = run("match", str(queries), "--db", str(db), "--k", "2")
    assert code == 0
    lines = [line.split() for line in out.strip().splitlines()]
    assert len(lines) == 4
    assert lines[0][:4] == ["q1", "Q0", "fc-2", "1"] and lines[0][5] == "claimdesk"
    assert [line[3] for line in lines if line[0] == "q2"] == ["1", "2"]
    assert float(lines[0][4]) >= float(lines[1][4])


def test_match_with_a_missing_file_fails_cleanly(db: Path, tmp_path: Path) -> None:
    code, _, err = run("match", str(tmp_path / "nope.tsv"), "--db", str(db))
    assert code != 0 and "no such file" in err
