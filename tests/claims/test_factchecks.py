"""Importing the fact-check archive: parsing, idempotence, one transaction, vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claims import factchecks
from claims.errors import InputError
from claims.factchecks import import_factchecks, load_factchecks, read_tsv
from claims.service import Desk
from index.retrieval import passage_text
from tests.index.test_vectors import FakeEmbedder

HEADER = "vclaim_id\tvclaim\ttitle\tseen_in\n"
ROWS = (
    'vc-1\t"A claim that spans\ntwo lines"\tFalse: it does not\ttrain\n'
    "vc-2\tالعاهل المغربي يتلقى الجرعة الاولى من لقاح كورونا\tخبر صحيح\tdev\n"
    "vc-3\tThe moon is made of cheese\tFalse\n"
)


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path / "desk.duckdb")
    d.__dict__["embedder"] = FakeEmbedder()
    return d


def archive(tmp_path: Path, body: str = ROWS, name: str = "vc.tsv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def stored(desk: Desk) -> dict[str, dict[str, object]]:
    return {r["id"]: r for r in desk.store.query("SELECT * FROM factchecks")}


def test_import_stores_rows_with_quoted_newlines_and_detected_languages(
    desk: Desk, tmp_path: Path
) -> None:
    result = import_factchecks(desk, archive(tmp_path))
    assert (result.added, result.skipped) == (3, 0)
    rows = stored(desk)
    assert rows["vc-1"]["claim"] == "A claim that spans\ntwo lines"
    assert rows["vc-1"]["title"] == "False: it does not"
    assert rows["vc-1"]["lang"] == "en" and rows["vc-2"]["lang"] == "ar"
    vectors = desk.store.query(
        "SELECT owner_id, vector FROM embeddings WHERE kind = 'factcheck' AND model = 'fake'"
    )
    assert sorted(v["owner_id"] for v in vectors) == ["vc-1", "vc-2", "vc-3"]
    fcs, matrix = load_factchecks(desk)
    expected = FakeEmbedder().encode_passages([passage_text(fc) for fc in fcs])
    assert np.allclose(matrix, expected, atol=1e-6)


def test_reimport_skips_known_ids_and_keeps_their_content(desk: Desk, tmp_path: Path) -> None:
    import_factchecks(desk, archive(tmp_path))
    changed = ROWS.replace("The moon is made of cheese", "Changed text") + "vc-4\tNew one\tTrue\n"
    result = import_factchecks(desk, archive(tmp_path, changed, "again.tsv"))
    assert (result.added, result.skipped) == (1, 3)
    assert stored(desk)["vc-3"]["claim"] == "The moon is made of cheese"
    assert desk.store.scalar("SELECT count(*) FROM embeddings WHERE kind = 'factcheck'") == 4


def test_repeated_id_in_one_file_counts_once(desk: Desk, tmp_path: Path) -> None:
    result = import_factchecks(desk, archive(tmp_path, ROWS + "vc-1\tDuplicate\tx\n"))
    assert (result.added, result.skipped) == (3, 1)
    assert stored(desk)["vc-1"]["title"] == "False: it does not"


def test_given_language_overrides_detection(desk: Desk, tmp_path: Path) -> None:
    import_factchecks(desk, archive(tmp_path), lang="ar")
    assert {r["lang"] for r in stored(desk).values()} == {"ar"}


def test_failure_while_writing_leaves_nothing(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(factchecks, "write_vectors", broken)
    with pytest.raises(RuntimeError):
        import_factchecks(desk, archive(tmp_path))
    assert stored(desk) == {}


def test_missing_vectors_are_embedded_and_stored_on_load(desk: Desk, tmp_path: Path) -> None:
    import_factchecks(desk, archive(tmp_path))
    desk.store.write(lambda con: con.execute("DELETE FROM embeddings WHERE owner_id = 'vc-2'"))
    fcs, matrix = load_factchecks(desk)
    assert [fc.id for fc in fcs] == ["vc-1", "vc-2", "vc-3"]
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)
    assert desk.store.scalar("SELECT count(*) FROM embeddings WHERE kind = 'factcheck'") == 3


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "no such file"),
        (b"\x00\x01\x02binary\x00" * 20, "binary"),
        (HEADER.encode(), "no data rows"),
        (HEADER.encode() + b"only-one-column\n", "must start with"),
        (HEADER.encode() + b"\tclaim without id\ttitle\n", "must start with"),
    ],
)
def test_bad_files_raise_one_line_input_errors(
    desk: Desk, tmp_path: Path, content: bytes | None, words: str
) -> None:
    path = tmp_path / "bad.tsv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=words) as err:
        import_factchecks(desk, path)
    assert "\n" not in str(err.value)
    assert stored(desk) == {}


def test_read_tsv_drops_header_and_blank_rows(tmp_path: Path) -> None:
    path = archive(tmp_path, "a\tb\n\n\t\nc\td\n")
    assert read_tsv(path, 2, "two cells") == [["a", "b"], ["c", "d"]]
