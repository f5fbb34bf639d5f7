"""`python -m claims`: each command end to end on real files and a real DuckDB file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.cli import cli
from tests.conftest import SEED


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_extract_json_has_the_documented_shape_and_exact_offsets(
    runner: CliRunner, seed_text: str
) -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"article", "sentences", "quotes", "claims", "entities"}
    assert data["article"]["lang"] == "ar" and data["article"]["chars"] == len(seed_text)
    for key in ("quotes", "claims", "entities"):
        assert data[key], key
        for span in data[key]:
            assert seed_text[span["start"] : span["end"]] == span["text"]


def test_ingest_stores_then_skips_the_duplicate(
    runner: CliRunner, desk_db: Path, tmp_path: Path, seed_text: str
) -> None:
    first = runner.invoke(
        cli, ["ingest", str(SEED), "--title", "Xi meets Lukashenko", "--publisher", "CNN Arabic"]
    )
    assert first.exit_code == 0, first.output
    assert "stored" in first.output
    # The same text in Windows-1256 with different line ends is the same article.
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_text.replace("\n", "\r\n").encode("cp1256"))
    second = runner.invoke(cli, ["ingest", str(copy)])
    assert second.exit_code == 0, second.output
    assert "already stored" in second.output
    listed = json.loads(runner.invoke(cli, ["list", "--json"]).output)
    assert len(listed) == 1
    assert listed[0]["title"] == "Xi meets Lukashenko" and listed[0]["publisher"] == "CNN Arabic"
    assert listed[0]["claims"] and listed[0]["quotes"]
    assert desk_db.exists()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.txt", "empty"),
        (b"\x00\x01\x02binary\x00" * 50, "x.txt", "binary"),
        (b"%PDF", "x.pdf", "unsupported"),
    ],
)
def test_bad_input_is_one_clear_line_and_stores_nothing(
    runner: CliRunner, tmp_path: Path, content: bytes, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(cli, ["ingest", str(path)])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert json.loads(runner.invoke(cli, ["list", "--json"]).output) == []


def test_missing_file_and_good_file_together(runner: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("قال الوزير إن الحكومة ستبني 300 مدرسة جديدة خلال عام 2025.", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(tmp_path / "missing.txt"), str(good)])
    assert result.exit_code != 0
    assert "no such file" in result.output and "stored" in result.output
    assert len(json.loads(runner.invoke(cli, ["list", "--json"]).output)) == 1


def test_score_reads_lines_and_writes_probabilities(runner: CliRunner) -> None:
    text = "أعلنت وزارة الصحة تسجيل 500 إصابة جديدة بفيروس كورونا\nصباح الخير يا أصدقاء\n"
    result = runner.invoke(cli, ["score"], input=text)
    assert result.exit_code == 0, result.output
    claim, greeting = (float(v) for v in result.output.split())
    assert 0.0 <= greeting < claim <= 1.0


def test_verdict_and_claimreview_export(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["ingest", str(SEED)]).exit_code == 0
    claim = json.loads(runner.invoke(cli, ["list", "--json"]).output)[0]["claims"][0]
    bad = runner.invoke(cli, ["verdict", str(claim["id"]), "wrong", "--who", "M", "--note", "n"])
    assert bad.exit_code != 0 and "unknown status" in bad.output
    ok = runner.invoke(
        cli,
        [
            "verdict",
            str(claim["id"]),
            "false",
            "--who",
            "Mona",
            "--note",
            "contradicted by the record",
        ],
    )
    assert ok.exit_code == 0 and "unverified -> false" in ok.output
    reviews = json.loads(runner.invoke(cli, ["export", "--format", "claimreview"]).output)
    assert [r["claimReviewed"] for r in reviews] == [claim["text"]]
