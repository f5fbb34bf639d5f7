"""The fact-check archive: importing verified claims (CheckThat! TSV files) and their vectors.

Fact-checks live in the `factchecks` table; their vectors (`retrieval.encode_factchecks`) are
kept in `embeddings` under kind 'factcheck', so
the matcher does not re-embed the archive in every process.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import numpy as np
import pyarrow as pa

from claims.errors import InputError
from claims.reading import decode, read_bytes
from claims.segment import detect_language
from index.retrieval import FactCheck, encode_factchecks
from index.vectors import read_vectors, write_vectors

if TYPE_CHECKING:
    from claims.service import Desk


@dataclass
class ImportResult:
    """How many fact-checks an import stored, and how many it skipped (ids already known)."""

    added: int
    skipped: int


def read_tsv(path: Path, columns: int, expected: str) -> list[list[str]]:
    """Return the data rows of a tab-separated file (header row dropped), cells stripped.

    Quoted cells may span lines. Every row must have at least `columns` non-empty leading
    cells (`expected` names them in the message). Raises InputError with a one-line message for
    a missing, binary or undecodable file, malformed quoting, no data rows or a short row.
    """
    text = decode(read_bytes(path), str(path))
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    except csv.Error as err:
        raise InputError(f"{path}: not a readable TSV file ({err})") from err
    data = [[cell.strip() for cell in row] for row in rows[1:] if any(c.strip() for c in row)]
    if not data:
        raise InputError(f"{path}: no data rows after the header")
    for number, row in enumerate(data, start=1):
        if len(row) < columns or not all(row[:columns]):
            raise InputError(
                f"{path}: data row {number} must start with {expected}, separated by tabs"
            )
    return data


def import_factchecks(desk: Desk, path: Path, lang: str | None = None) -> ImportResult:
    """Import a verified-claims TSV (header, then id, claim, title[, ignored columns]).

    Idempotent: an id already stored (or repeated in the file) is skipped and left unchanged.
    New fact-checks are embedded first, then written with their vectors in one transaction,
    so an error leaves nothing half-written. `lang` is detected per row when not given.
    Returns the counts; raises InputError for a bad file.
    """
    rows = read_tsv(path, 2, "an id and a claim")
    parsed: dict[str, FactCheck] = {}
    for row in rows:
        title = row[2] if len(row) > 2 else ""
        parsed.setdefault(
            row[0],
            FactCheck(
                id=row[0],
                claim=row[1],
                title=title,
                lang=lang or detect_language(f"{row[1]}\n{title}"),
            ),
        )
    known = _stored_ids(desk, list(parsed))
    new = [fc for fc in parsed.values() if fc.id not in known]
    vectors = encode_factchecks(desk.embedder, new)

    def write(con: duckdb.DuckDBPyConnection) -> int:
        # Another import may have stored some of these since we looked: skip them here too.
        present = {r[0] for r in con.execute("SELECT id FROM factchecks").fetchall()}
        keep = [i for i, fc in enumerate(new) if fc.id not in present]
        if not keep:
            return 0
        table = pa.table(
            {
                "id": [new[i].id for i in keep],
                "claim": [new[i].claim for i in keep],
                "title": [new[i].title for i in keep],
                "lang": [new[i].lang for i in keep],
            }
        )
        con.register("new_factchecks", table)
        con.execute(
            "INSERT INTO factchecks (id, claim, title, lang) "
            "SELECT id, claim, title, lang FROM new_factchecks"
        )
        con.unregister("new_factchecks")
        write_vectors(
            con, "factcheck", [new[i].id for i in keep], vectors[keep], desk.embedder.name
        )
        return len(keep)

    added = desk.store.write(write) if new else 0
    return ImportResult(added=added, skipped=len(rows) - added)


def load_factchecks(desk: Desk) -> tuple[list[FactCheck], np.ndarray]:
    """Return every stored fact-check (by id) and its passage vector under the desk's model.

    Fact-checks without a stored vector (imported under another model) are embedded now and
    their vectors stored, so the next process finds them.
    """
    model = desk.embedder.name
    rows = desk.store.query(
        "SELECT id, claim, title, verdict, url, lang FROM factchecks ORDER BY id"
    )
    factchecks = [FactCheck(**row) for row in rows]
    owners, vectors = read_vectors(desk.store, "factcheck", model, desk.embedder.dim)
    row_of = {owner: i for i, owner in enumerate(owners)}
    matrix = np.zeros((len(factchecks), desk.embedder.dim), dtype=np.float32)
    missing = []
    for i, fc in enumerate(factchecks):
        if fc.id in row_of:
            matrix[i] = vectors[row_of[fc.id]]
        else:
            missing.append(i)
    if missing:
        fresh = encode_factchecks(desk.embedder, [factchecks[i] for i in missing])
        matrix[missing] = fresh
        ids = [factchecks[i].id for i in missing]
        desk.store.write(lambda con: write_vectors(con, "factcheck", ids, fresh, model))
    return factchecks, matrix


def _stored_ids(desk: Desk, ids: list[str]) -> set[str]:
    rows = desk.store.query("SELECT id FROM factchecks WHERE id IN (SELECT unnest(?))", [ids])
    return {r["id"] for r in rows}
