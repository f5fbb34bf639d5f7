"""The FAISS index of claim vectors, persisted beside the DuckDB file and kept in step with it.

DuckDB's `embeddings` table (kind 'claim', owner_id = str(claim id), model = embedder name) is
the source of truth; the FAISS file ``<db>.faiss`` (an IndexIDMap2 whose ids are claim ids) and
its metadata ``<db>.faiss.json`` are a cache of it that can always be rebuilt. A process opening
the index checks the file against DuckDB and rebuilds or re-syncs it when it is missing, stale
(a crash between the DuckDB write and the index write) or from another model, saying why in
`ClaimIndex.message`.

Several processes share the file (the dashboard searches while a CLI ingest adds vectors):
every write replaces the file atomically (temp file + rename) under an advisory file lock, and
before each search a reader compares the file's stat and DuckDB's claim-vector count with what
it holds, reloading or re-syncing when they differ.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import faiss
import numpy as np
import pyarrow as pa

from claims.store import Store

log = logging.getLogger(__name__)

# Below this many vectors the index is exact (IndexFlatIP); from it on, HNSW. Measured with
# bench/search.py (e5-small, 384 dims, one query at a time, 2 cores shared with other jobs,
# load ~8): flat search alone p50 65 ms at 100k and 262 ms at 1M (a colleague measured 121 ms
# at 1M on a quiet machine, i.e. ~12 ms at 100k), while HNSW (M=32, efSearch=128) answered in
# 4 ms at 100k with recall@10 0.996 against exact search on real e5 query vectors. Past 100k
# flat search becomes a large share of the 50 ms per-query budget; the switch costs one HNSW
# build (~1 min per 100k vectors on this machine) when the index first crosses the threshold.
HNSW_MIN_CLAIMS = 100_000
HNSW_M = 32
HNSW_EF_SEARCH = 128
HNSW_EF_CONSTRUCTION = 64
# HNSW cannot delete vectors: removed ids are masked ("tombstones") until they make up this
# share of the index, then the index is rebuilt from DuckDB without them.
TOMBSTONE_REBUILD_SHARE = 0.2
# How often (seconds) a search may ask DuckDB for its claim-vector count (~15 ms a query at
# 200k rows); the cheap file stat is done before every search.
DB_CHECK_SECONDS = 1.0
FORMAT_VERSION = 1
_U64 = 1 << 64


def index_path(db_path: Path) -> Path:
    """Return where the FAISS file of the database at `db_path` lives (``<db>.faiss``)."""
    return db_path.with_name(db_path.name + ".faiss")


def id_checksum(ids: np.ndarray) -> str:
    """Return an order-free checksum of a set of ids: "count:sum:sum of squares" modulo 2**64.

    DuckDB computes the same figures in SQL (see `_DB_SIGNATURE`), so the file and the database
    can be compared without reading every id into Python.
    """
    u = np.asarray(ids, dtype=np.int64).astype(np.uint64)
    return f"{u.size}:{int(u.sum(dtype=np.uint64))}:{int((u * u).sum(dtype=np.uint64))}"


_DB_SIGNATURE = f"""
    WITH v AS (SELECT CAST(owner_id AS HUGEINT) AS i FROM embeddings
               WHERE kind = 'claim' AND model = ?)
    SELECT count(*), coalesce(sum(i), 0) % {_U64}, coalesce(sum(i * i), 0) % {_U64} FROM v"""


def read_vectors(
    store: Store, kind: str, model: str, dim: int, owner_ids: list[str] | None = None
) -> tuple[list[str], np.ndarray]:
    """Return (owner ids, float32 matrix) of the stored vectors of `kind` and `model`.

    Reads all of them, or those of `owner_ids`; fast at a million rows (through Arrow).
    Raises ValueError if a stored vector does not have `dim` values.
    """
    sql = "SELECT owner_id, vector FROM embeddings WHERE kind = $kind AND model = $model"
    params: dict[str, Any] = {"kind": kind, "model": model}
    if owner_ids is not None:
        sql += " AND owner_id IN (SELECT unnest($ids))"
        params["ids"] = owner_ids
    with store.connect() as con:
        # A cursor: `con.sql` refuses a connection whose last execute() was not fully fetched.
        cursor = con.cursor()
        try:
            table = cursor.sql(sql, params=params).to_arrow_table()
        finally:
            cursor.close()
    found = [str(i) for i in table.column("owner_id").to_pylist()]
    flat = [chunk.flatten().to_numpy() for chunk in table.column("vector").chunks]
    values = np.concatenate(flat) if flat else np.zeros(0, np.float32)
    if values.size != len(found) * dim:
        raise ValueError(f"stored {model} {kind} vectors do not all have {dim} values")
    return found, values.astype(np.float32, copy=False).reshape(-1, dim)


def write_vectors(
    con: duckdb.DuckDBPyConnection, kind: str, owner_ids: list[str], vectors: np.ndarray, model: str
) -> None:
    """Insert (or replace) vectors into `embeddings` in bulk, inside the caller's transaction."""
    if not owner_ids:
        return
    matrix = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(owner_ids), -1)
    column = pa.FixedSizeListArray.from_arrays(pa.array(matrix.reshape(-1)), matrix.shape[1])
    table = pa.table(
        {
            "kind": [kind] * len(owner_ids),
            "owner_id": owner_ids,
            "model": [model] * len(owner_ids),
            "vector": column.cast(pa.list_(pa.float32())),
        }
    )
    con.register("new_vectors", table)
    try:
        con.execute("INSERT OR REPLACE INTO embeddings SELECT * FROM new_vectors")
    finally:
        con.unregister("new_vectors")


def new_index(kind: str, dim: int, ids: np.ndarray, vectors: np.ndarray) -> faiss.IndexIDMap2:
    """Build an IndexIDMap2 of `kind` ('flat' | 'hnsw') holding `vectors` under `ids`."""
    inner: faiss.Index
    if kind == "hnsw":
        inner = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efSearch = HNSW_EF_SEARCH
        inner.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    else:
        inner = faiss.IndexFlatIP(dim)
    index = faiss.IndexIDMap2(inner)
    if len(ids):
        index.add_with_ids(_as_matrix(vectors, dim), np.asarray(ids, dtype=np.int64))
    return index


def _as_matrix(vectors: np.ndarray, dim: int) -> np.ndarray:
    matrix = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, dim)
    return matrix


def _file_stamp(path: Path) -> tuple[int, int, int] | None:
    """(inode, size, mtime) of a file, or None if it is missing: a rename changes the inode."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class ClaimIndex:
    """Claim vectors of one model in FAISS, mirrored from DuckDB and persisted beside it."""

    def __init__(self, store: Store, model: str, dim: int, path: Path | None = None) -> None:
        """Load the index file, or rebuild/re-sync it from DuckDB (`.message` then says why)."""
        self.store = store
        self.model = model
        self.dim = dim
        self.path = Path(path) if path is not None else index_path(store.path)
        self.meta_path = self.path.with_name(self.path.name + ".json")
        self.message: str | None = None
        self._lock = threading.RLock()
        self._index = new_index("flat", dim, np.zeros(0, np.int64), np.zeros((0, dim)))
        self._kind = "flat"
        self._removed: set[int] = set()
        self._stamp: tuple[int, int, int] | None = None
        self._next_db_check = 0.0
        with self._lock, self._file_lock():
            self._open()

    # -- public API -------------------------------------------------------------------------

    def __len__(self) -> int:
        """Number of live claim vectors in the index."""
        return int(self._index.ntotal) - len(self._removed)

    @property
    def kind(self) -> str:
        """The FAISS index type in use: 'flat' (exact) or 'hnsw' (approximate)."""
        return self._kind

    def add(self, ids: list[int], vectors: np.ndarray) -> None:
        """Add claim vectors (one row per id; ids already present are skipped) and save."""
        if len(ids) == 0:
            return
        new_ids = np.asarray(ids, dtype=np.int64)
        matrix = _as_matrix(vectors, self.dim)
        if len(matrix) != len(new_ids):
            raise ValueError(f"{len(new_ids)} ids but {len(matrix)} vectors")
        with self._lock, self._file_lock():
            self._follow_file()
            fresh = ~np.isin(new_ids, self._live_ids())
            if fresh.any():
                self._index.add_with_ids(matrix[fresh], new_ids[fresh])
                if self._kind == "flat" and len(self) >= HNSW_MIN_CLAIMS:
                    self._switch_to_hnsw()
                self._save()

    def remove(self, ids: list[int]) -> None:
        """Remove claim vectors by claim id (unknown ids are ignored) and save."""
        if len(ids) == 0:
            return
        with self._lock, self._file_lock():
            self._follow_file()
            gone = np.intersect1d(np.asarray(ids, dtype=np.int64), self._live_ids())
            if gone.size == 0:
                return
            if self._kind == "flat":
                self._index.remove_ids(faiss.IDSelectorBatch(gone))
            else:
                self._removed.update(int(i) for i in gone)
                if len(self._removed) > TOMBSTONE_REBUILD_SHARE * self._index.ntotal:
                    self._rebuild()
                    return
            self._save()

    def search(
        self, vector: np.ndarray, k: int, allowed: Callable[[int], bool] | None = None
    ) -> list[tuple[int, float]]:
        """Return up to `k` (claim id, cosine score) pairs nearest `vector`, best first.

        With `allowed`, only ids it accepts are returned: the search over-fetches and widens
        until `k` pass or the whole index has been seen, so rare matches are still found.
        """
        self.refresh()
        if k <= 0:
            return []
        query = _as_matrix(vector, self.dim)[:1]
        # Faiss must not search an index another thread is adding to: hold the lock throughout.
        with self._lock:
            total = int(self._index.ntotal)
            fetch = min(total, k if allowed is None and not self._removed else max(8 * k, 64))
            while fetch > 0:
                scores, found = self._index.search(query, fetch)
                hits = [
                    (int(i), float(s))
                    for s, i in zip(scores[0], found[0], strict=True)
                    if i >= 0
                    and int(i) not in self._removed
                    and (allowed is None or allowed(int(i)))
                ]
                if len(hits) >= k or fetch >= total:
                    return hits[:k]
                fetch = min(total, fetch * 4)
        return []

    def search_among(self, vector: np.ndarray, k: int, ids: np.ndarray) -> list[tuple[int, float]]:
        """Exact search restricted to `ids` (ids not in the index are ignored); best first.

        Meant for small candidate sets (a filter by article or status): the vectors of `ids`
        are read back from the index and scored directly, whatever the index type.
        """
        self.refresh()
        with self._lock:
            candidates = np.intersect1d(np.asarray(ids, dtype=np.int64), self._live_ids())
            if k <= 0 or candidates.size == 0:
                return []
            matrix = self._index.reconstruct_batch(candidates)
        scores = matrix @ _as_matrix(vector, self.dim)[0]
        top = np.argsort(-scores, kind="stable")[:k]
        return [(int(candidates[i]), float(scores[i])) for i in top]

    def rebuild(self) -> int:
        """Rebuild the index from DuckDB's claim vectors of this model; return the count."""
        with self._lock, self._file_lock():
            return self._rebuild()

    def refresh(self) -> None:
        """Pick up changes made by other processes (called before every search).

        Reloads when the file changed on disk and re-syncs from DuckDB when its claim-vector
        count differs from the index (checked at most every DB_CHECK_SECONDS).
        """
        with self._lock:
            if _file_stamp(self.path) != self._stamp:
                with self._file_lock():
                    self._follow_file()
                    self._check_db()
                return
            if time.monotonic() < self._next_db_check:
                return
            count = self.store.scalar(
                "SELECT count(*) FROM embeddings WHERE kind = 'claim' AND model = ?", [self.model]
            )
            self._next_db_check = time.monotonic() + DB_CHECK_SECONDS
            if int(count) != len(self):
                with self._file_lock():
                    self._check_db()

    # -- internals (callers hold self._lock and the file lock) ------------------------------

    @contextmanager
    def _file_lock(self) -> Iterator[None]:
        """Hold an advisory lock on ``<index>.lock`` so processes do not interleave writes."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _note(self, message: str) -> None:
        """Record why the index was rebuilt (for the dashboard) and log it (stderr by default)."""
        self.message = message
        log.warning("%s", message)

    def _open(self) -> None:
        """Load the file, or rebuild it when unusable; then make it agree with DuckDB."""
        problem = self._load()
        if problem is not None:
            count = self._rebuild()
            if count:  # a new, empty database has nothing to rebuild and nothing to say
                self._note(f"claim index {problem}; rebuilt from DuckDB ({count} vectors)")
        else:
            self._check_db()

    def _follow_file(self) -> None:
        """If another process replaced the file, adopt its contents (cheaply when identical)."""
        stamp = _file_stamp(self.path)
        if stamp == self._stamp:
            return
        meta = self._read_meta()
        same = (
            meta is not None
            and meta.get("model") == self.model
            and meta.get("index_type") == self._kind
            and meta.get("checksum") == id_checksum(self._live_ids())
        )
        if same:
            self._stamp = stamp
        else:
            self._open()

    def _check_db(self) -> None:
        """Compare the index's id set with DuckDB's and re-sync when they differ."""
        row = self.store.query(_DB_SIGNATURE, [self.model])
        values = list(row[0].values())
        db_checksum = f"{int(values[0])}:{int(values[1])}:{int(values[2])}"
        self._next_db_check = time.monotonic() + DB_CHECK_SECONDS
        if db_checksum == id_checksum(self._live_ids()):
            return
        added, dropped = self._sync()
        self._note(
            f"claim index was out of step with DuckDB (missing {added}, extra {dropped}); "
            f"re-synced from DuckDB ({len(self)} vectors)"
        )

    def _read_meta(self) -> dict[str, Any] | None:
        try:
            meta = json.loads(self.meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def _load(self) -> str | None:
        """Load the index file; return None on success, else why it cannot be used."""
        stamp = _file_stamp(self.path)
        if stamp is None:
            return "file is missing"
        meta = self._read_meta()
        if meta is None or meta.get("version") != FORMAT_VERSION:
            return "metadata is missing or unreadable"
        if meta.get("model") != self.model or meta.get("dim") != self.dim:
            return (
                f"was built for model {meta.get('model')!r} ({meta.get('dim')} dims), "
                f"not {self.model!r} ({self.dim} dims)"
            )
        try:
            index = faiss.read_index(str(self.path))
        except RuntimeError:
            return "file is unreadable"
        if not isinstance(index, faiss.IndexIDMap2) or index.d != self.dim:
            return "file holds another kind of index"
        self._index = index
        self._kind = "hnsw" if meta.get("index_type") == "hnsw" else "flat"
        self._removed = {int(i) for i in meta.get("removed", [])}
        self._stamp = stamp
        return None

    def _live_ids(self) -> np.ndarray:
        ids = faiss.vector_to_array(self._index.id_map).astype(np.int64)
        if self._removed:
            ids = ids[~np.isin(ids, np.fromiter(self._removed, np.int64, len(self._removed)))]
        return ids

    def _db_vectors(self, ids: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Read claim vectors of this model from DuckDB (all, or those of `ids`)."""
        owners = None if ids is None else [str(int(i)) for i in ids]
        found, matrix = read_vectors(self.store, "claim", self.model, self.dim, owners)
        return np.asarray([int(i) for i in found], dtype=np.int64), matrix

    def _rebuild(self) -> int:
        ids, vectors = self._db_vectors()
        kind = "hnsw" if len(ids) >= HNSW_MIN_CLAIMS else "flat"
        self._index = new_index(kind, self.dim, ids, vectors)
        self._kind = kind
        self._removed = set()
        self._save()
        return len(ids)

    def _sync(self) -> tuple[int, int]:
        """Add vectors DuckDB has and the index lacks, drop the extra ones; save.

        Returns (added, dropped). A large gap is cheaper to close by a full rebuild.
        """
        with self.store.connect() as con:
            db_ids = con.execute(
                "SELECT CAST(owner_id AS BIGINT) AS id FROM embeddings "
                "WHERE kind = 'claim' AND model = ?",
                [self.model],
            ).fetchnumpy()["id"]
        db_ids = np.asarray(db_ids, dtype=np.int64)
        live = self._live_ids()
        missing = np.setdiff1d(db_ids, live)
        extra = np.setdiff1d(live, db_ids)
        if len(missing) + len(extra) > max(len(db_ids), 1) // 2:
            self._rebuild()
            return len(missing), len(extra)
        if extra.size:
            if self._kind == "flat":
                self._index.remove_ids(faiss.IDSelectorBatch(extra))
            else:
                self._removed.update(int(i) for i in extra)
        if missing.size:
            found, vectors = self._db_vectors(missing)
            self._index.add_with_ids(vectors, found)
        self._save()
        return len(missing), len(extra)

    def _switch_to_hnsw(self) -> None:
        ids = self._live_ids()
        vectors = self._index.reconstruct_batch(ids)
        self._index = new_index("hnsw", self.dim, ids, vectors)
        self._kind = "hnsw"
        self._removed = set()
        self._note(f"claim index switched to HNSW at {len(ids)} vectors")

    def _save(self) -> None:
        """Write the index and its metadata atomically (temp file + rename), index first."""
        token = f"{os.getpid()}.{uuid.uuid4().hex}"
        tmp_index = self.path.with_name(f".{self.path.name}.{token}.tmp")
        tmp_meta = self.meta_path.with_name(f".{self.meta_path.name}.{token}.tmp")
        meta = {
            "version": FORMAT_VERSION,
            "model": self.model,
            "dim": self.dim,
            "count": len(self),
            "checksum": id_checksum(self._live_ids()),
            "index_type": self._kind,
            "removed": sorted(self._removed),
        }
        try:
            faiss.write_index(self._index, str(tmp_index))
            tmp_meta.write_text(json.dumps(meta), encoding="utf-8")
            os.replace(tmp_index, self.path)
            os.replace(tmp_meta, self.meta_path)
        finally:
            tmp_index.unlink(missing_ok=True)
            tmp_meta.unlink(missing_ok=True)
        self._stamp = _file_stamp(self.path)
