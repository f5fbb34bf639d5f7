"""ClaimIndex bookkeeping: real FAISS and real DuckDB files, a deterministic fake embedder."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import numpy as np
import pytest

from claims.store import Store
from index import vectors
from index.vectors import ClaimIndex, id_checksum, index_path

DIM = 32


class FakeEmbedder:
    """Hash-seeded random unit vectors: the same text always gets the same vector."""

    def __init__(self, name: str = "fake", dim: int = DIM) -> None:
        self.name = name
        self.dim = dim
        self.calls = 0  # how many texts were encoded (to test caching)

    def _encode(self, texts: list[str]) -> np.ndarray:
        self.calls += len(texts)
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
            row = np.random.default_rng(seed).standard_normal(self.dim)
            rows.append(row / np.linalg.norm(row))
        return np.asarray(rows, dtype=np.float32).reshape(-1, self.dim)

    def encode_queries(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        return self._encode(texts)


def store_vectors(store: Store, ids: list[int], matrix: np.ndarray, model: str = "fake") -> None:
    """Write claim vectors to DuckDB only (what ingest does before touching the index)."""
    store.write(
        lambda con: con.executemany(
            "INSERT INTO embeddings VALUES ('claim', ?, ?, ?)",
            [[str(i), model, row.tolist()] for i, row in zip(ids, matrix, strict=True)],
        )
    )


def delete_vectors(store: Store, ids: list[int]) -> None:
    store.write(
        lambda con: con.execute(
            "DELETE FROM embeddings WHERE kind = 'claim' AND owner_id IN (SELECT unnest(?))",
            [[str(i) for i in ids]],
        )
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "desk.duckdb")


TEXTS = [f"claim number {i} about topic {i % 3}" for i in range(20)]
IDS = list(range(101, 121))


@pytest.fixture
def filled(store: Store) -> ClaimIndex:
    """An index over 20 claims whose vectors are in DuckDB and in the index."""
    matrix = FakeEmbedder().encode_passages(TEXTS)
    store_vectors(store, IDS, matrix)
    index = ClaimIndex(store, "fake", DIM)
    index.add(IDS, matrix)
    return index


def query(text: str) -> np.ndarray:
    return FakeEmbedder().encode_queries([text])[0]


def test_new_index_over_empty_database_is_empty_and_saved(store: Store) -> None:
    index = ClaimIndex(store, "fake", DIM)
    assert len(index) == 0
    assert index.search(query("anything"), 5) == []
    assert index_path(store.path).exists()


def test_add_then_search_finds_the_claim_first(filled: ClaimIndex) -> None:
    hits = filled.search(query(TEXTS[7]), 3)
    assert hits[0][0] == IDS[7]
    assert hits[0][1] == pytest.approx(1.0, abs=1e-5)
    assert len(hits) == 3
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)


def test_add_skips_ids_already_present(filled: ClaimIndex) -> None:
    filled.add(IDS[:3], FakeEmbedder().encode_passages(TEXTS[:3]))
    assert len(filled) == 20


def test_remove_drops_claims_from_results(filled: ClaimIndex, store: Store) -> None:
    delete_vectors(store, [IDS[7]])  # as deleting an article does, before the index
    filled.remove([IDS[7], 999])
    assert len(filled) == 19
    assert IDS[7] not in [i for i, _ in filled.search(query(TEXTS[7]), 20)]


def test_allowed_filter_still_finds_rare_matches(filled: ClaimIndex) -> None:
    # Only one claim passes, and it is the least similar to the query: widening must reach it.
    order = [i for i, _ in filled.search(query(TEXTS[0]), 20)]
    last = order[-1]
    hits = filled.search(query(TEXTS[0]), 5, allowed=lambda i: i == last)
    assert [i for i, _ in hits] == [last]


def test_search_among_scores_only_the_given_ids(filled: ClaimIndex) -> None:
    hits = filled.search_among(query(TEXTS[4]), 2, np.array([IDS[4], IDS[9], 12345]))
    assert [i for i, _ in hits] == [IDS[4], IDS[9]]


def test_index_persists_across_instances(filled: ClaimIndex, store: Store) -> None:
    again = ClaimIndex(store, "fake", DIM)
    assert again.message is None
    assert len(again) == 20
    assert again.search(query(TEXTS[2]), 1)[0][0] == IDS[2]
    meta = json.loads(again.meta_path.read_text())
    assert meta["model"] == "fake" and meta["dim"] == DIM and meta["count"] == 20
    assert meta["checksum"] == id_checksum(np.array(IDS))
    assert meta["index_type"] == "flat"


def test_crash_between_duckdb_and_index_write_is_repaired_at_start(
    filled: ClaimIndex, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    # Vectors reach DuckDB, then the process dies before ClaimIndex.add saves the file.
    store_vectors(store, [500], FakeEmbedder().encode_passages(["a late claim"]))
    with caplog.at_level(logging.WARNING, logger="index.vectors"):
        again = ClaimIndex(store, "fake", DIM)
    assert again.message is not None and "missing 1" in again.message
    assert again.message in caplog.text
    assert again.search(query("a late claim"), 1)[0][0] == 500
    assert ClaimIndex(store, "fake", DIM).message is None  # the repair was saved


def test_deleted_file_is_rebuilt_with_a_message(filled: ClaimIndex, store: Store) -> None:
    filled.path.unlink()
    again = ClaimIndex(store, "fake", DIM)
    assert again.message is not None and "missing" in again.message
    assert len(again) == 20
    assert again.search(query(TEXTS[5]), 1)[0][0] == IDS[5]


def test_index_of_another_model_is_rebuilt(filled: ClaimIndex, store: Store) -> None:
    meta = json.loads(filled.meta_path.read_text())
    filled.meta_path.write_text(json.dumps({**meta, "model": "other-model"}))
    again = ClaimIndex(store, "fake", DIM)
    assert again.message is not None and "other-model" in again.message
    assert again.search(query(TEXTS[3]), 1)[0][0] == IDS[3]


def test_corrupt_file_is_rebuilt(filled: ClaimIndex, store: Store) -> None:
    filled.path.write_bytes(b"not a faiss index")
    again = ClaimIndex(store, "fake", DIM)
    assert again.message is not None and "unreadable" in again.message
    assert len(again) == 20


def test_rebuild_counts_only_this_models_vectors(filled: ClaimIndex, store: Store) -> None:
    store_vectors(store, [900], FakeEmbedder().encode_passages(["x"]), model="other")
    assert filled.rebuild() == 20


def test_writes_leave_no_temp_files(filled: ClaimIndex) -> None:
    filled.remove([IDS[0]])
    names = sorted(p.name for p in filled.path.parent.iterdir())
    assert not [n for n in names if n.endswith(".tmp")]


def test_second_instance_sees_additions_of_another(filled: ClaimIndex, store: Store) -> None:
    # Another process (here: another instance) adds a claim and rewrites the file.
    reader = ClaimIndex(store, "fake", DIM)
    matrix = FakeEmbedder().encode_passages(["news from elsewhere"])
    store_vectors(store, [700], matrix)
    filled.add([700], matrix)
    assert reader.search(query("news from elsewhere"), 1)[0][0] == 700
    assert reader.message is None  # followed the file, no rebuild needed


def test_reader_resyncs_when_duckdb_gained_vectors_without_the_file(
    filled: ClaimIndex, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vectors, "DB_CHECK_SECONDS", 0.0)
    reader = ClaimIndex(store, "fake", DIM)
    reader.search(query("warm up"), 1)
    store_vectors(store, [800], FakeEmbedder().encode_passages(["only in duckdb"]))
    assert reader.search(query("only in duckdb"), 1)[0][0] == 800


def test_reader_drops_claims_deleted_elsewhere(filled: ClaimIndex, store: Store) -> None:
    reader = ClaimIndex(store, "fake", DIM)
    delete_vectors(store, [IDS[6]])
    filled.remove([IDS[6]])
    assert IDS[6] not in [i for i, _ in reader.search(query(TEXTS[6]), 20)]


def test_hnsw_index_masks_removed_ids_and_persists_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vectors, "HNSW_MIN_CLAIMS", 10)
    matrix = FakeEmbedder().encode_passages(TEXTS)
    store_vectors(store, IDS, matrix)
    index = ClaimIndex(store, "fake", DIM)
    assert index.kind == "hnsw"
    delete_vectors(store, [IDS[1]])
    index.remove([IDS[1]])
    assert len(index) == 19
    assert IDS[1] not in [i for i, _ in index.search(query(TEXTS[1]), 5)]
    again = ClaimIndex(store, "fake", DIM)
    assert again.message is None and again.kind == "hnsw" and len(again) == 19
    assert again.search(query(TEXTS[2]), 1)[0][0] == IDS[2]


def test_flat_index_switches_to_hnsw_past_the_threshold(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vectors, "HNSW_MIN_CLAIMS", 15)
    index = ClaimIndex(store, "fake", DIM)
    matrix = FakeEmbedder().encode_passages(TEXTS)
    store_vectors(store, IDS, matrix)
    index.add(IDS[:10], matrix[:10])
    assert index.kind == "flat"
    index.add(IDS[10:], matrix[10:])
    assert index.kind == "hnsw" and len(index) == 20
    assert index.search(query(TEXTS[12]), 1)[0][0] == IDS[12]


def test_mismatched_ids_and_vectors_are_refused(store: Store) -> None:
    index = ClaimIndex(store, "fake", DIM)
    with pytest.raises(ValueError):
        index.add([1, 2], np.zeros((1, DIM), dtype=np.float32))
