"""Articles in the store: saving one with its extraction, listing, reading back and deleting."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from claims.errors import DuplicateError, NotFoundError
from claims.normalize import normalize_for_hash
from claims.reading import Document
from claims.store import Store, insert_id, rows_as_dicts
from claims.types import Extraction
from index.vectors import write_vectors


@dataclass
class SavedArticle:
    """What saving an article produced: its id and the ids of its claims, in extraction order."""

    article_id: int
    claim_ids: list[int]
    quotes: int


def content_hash(text: str) -> str:
    """Return the hex SHA-256 of the article's normalised text (the duplicate key)."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


def find_duplicate(store: Store, text: str) -> int | None:
    """Return the id of a stored article with the same normalised text, or None."""
    value = store.scalar("SELECT id FROM articles WHERE content_hash = ?", [content_hash(text)])
    return int(value) if value is not None else None


def save_article(
    store: Store,
    doc: Document,
    extraction: Extraction,
    vectors: np.ndarray | None = None,
    model: str | None = None,
) -> SavedArticle:
    """Store the article, its entities, quotes, claims and claim vectors in one transaction.

    `vectors` (one row per claim, in order) are stored under `model`. Raises DuplicateError
    if the same article is already stored; on any error nothing is written.
    """
    digest = content_hash(doc.text)

    def write(con: duckdb.DuckDBPyConnection) -> SavedArticle:
        if con.execute("SELECT 1 FROM articles WHERE content_hash = ?", [digest]).fetchone():
            raise DuplicateError(f"{doc.source_name or doc.title}: article already stored")
        article_id = insert_id(
            con,
            """INSERT INTO articles (content_hash, title, url, publisher, published,
                   external_id, lang, text, source_name)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            [
                digest,
                doc.title,
                doc.url,
                doc.publisher,
                doc.published,
                doc.external_id,
                extraction.article.lang,
                doc.text,
                doc.source_name,
            ],
        )
        for ent in extraction.entities:
            entity_id = _entity_id(con, ent.canonical, ent.type)
            con.execute(
                "INSERT INTO mentions VALUES (?, ?, ?, ?, ?)",
                [article_id, entity_id, ent.text, ent.start, ent.end],
            )
        for q in extraction.quotes:
            con.execute(
                """INSERT INTO quotes (article_id, text, start_pos, end_pos, speaker,
                       speaker_start, speaker_end, source, kind)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    article_id,
                    q.text,
                    q.start,
                    q.end,
                    q.speaker,
                    q.speaker_start,
                    q.speaker_end,
                    q.source,
                    q.kind,
                ],
            )
        claim_ids = []
        for c in extraction.claims:
            claim_ids.append(
                insert_id(
                    con,
                    """INSERT INTO claims (article_id, text, text_folded, start_pos, end_pos,
                           kind, speaker, checkworthiness, entities)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                    [
                        article_id,
                        c.text,
                        normalize_for_hash(c.text),
                        c.start,
                        c.end,
                        c.kind,
                        c.speaker,
                        float(c.checkworthiness),
                        c.entities,
                    ],
                )
            )
        if vectors is not None and model is not None:
            write_vectors(con, "claim", [str(c) for c in claim_ids], vectors, model)
        return SavedArticle(int(article_id), [int(c) for c in claim_ids], len(extraction.quotes))

    try:
        return store.write(write)
    except duckdb.ConstraintException as err:
        # Two processes saving the same article at once: the unique hash decides.
        raise DuplicateError(f"{doc.source_name or doc.title}: article already stored") from err


def _entity_id(con: duckdb.DuckDBPyConnection, canonical: str, type_: str) -> int:
    row = con.execute(
        "SELECT id FROM entities WHERE canonical = ? AND type = ?", [canonical, type_]
    ).fetchone()
    if row:
        return int(row[0])
    return insert_id(
        con, "INSERT INTO entities (canonical, type) VALUES (?, ?) RETURNING id", [canonical, type_]
    )


def list_articles(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    """Return articles (without their text) with counts of claims and quotes, newest first.

    `limit` caps how many (all when None).
    """
    return store.query(
        """SELECT a.id, a.title, a.lang, a.publisher, a.published, a.url, a.ingested_at,
                  length(a.text) AS chars,
                  (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
                  (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
           FROM articles a ORDER BY a.ingested_at DESC, a.id DESC LIMIT ?""",
        [limit],
    )


def get_article(store: Store, article_id: int) -> dict[str, Any]:
    """Return one article with its text, quotes, claims and entity mentions.

    Raises NotFoundError for an unknown id.
    """
    with store.connect() as con:
        rows = rows_as_dicts(con.execute("SELECT * FROM articles WHERE id = ?", [article_id]))
        if not rows:
            raise NotFoundError(f"no article with id {article_id}")
        article = rows[0]
        article["quotes"] = rows_as_dicts(
            con.execute(
                "SELECT * FROM quotes WHERE article_id = ? ORDER BY start_pos", [article_id]
            )
        )
        article["claims"] = rows_as_dicts(
            con.execute(
                "SELECT * FROM claims WHERE article_id = ? ORDER BY start_pos", [article_id]
            )
        )
        article["entities"] = rows_as_dicts(
            con.execute(
                """SELECT m.text, m.start_pos, m.end_pos, e.canonical, e.type
                   FROM mentions m JOIN entities e ON e.id = m.entity_id
                   WHERE m.article_id = ? ORDER BY m.start_pos""",
                [article_id],
            )
        )
    return article


def delete_article(store: Store, article_id: int) -> list[int]:
    """Delete an article with its quotes, claims, their evidence, history and vectors.

    Returns the ids of the deleted claims (so the caller can drop them from the index).
    Raises NotFoundError for an unknown id.
    """

    def write(con: duckdb.DuckDBPyConnection) -> list[int]:
        if not con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
            raise NotFoundError(f"no article with id {article_id}")
        ids = [
            r[0]
            for r in con.execute(
                "SELECT id FROM claims WHERE article_id = ?", [article_id]
            ).fetchall()
        ]
        claims_of = "(SELECT id FROM claims WHERE article_id = ?)"
        con.execute(f"DELETE FROM evidence WHERE claim_id IN {claims_of}", [article_id])
        con.execute(f"DELETE FROM claim_history WHERE claim_id IN {claims_of}", [article_id])
        con.execute(
            """DELETE FROM embeddings WHERE kind = 'claim' AND owner_id IN
               (SELECT CAST(id AS VARCHAR) FROM claims WHERE article_id = ?)""",
            [article_id],
        )
        con.execute("DELETE FROM claims WHERE article_id = ?", [article_id])
        con.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
        con.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        con.execute("DELETE FROM articles WHERE id = ?", [article_id])
        return [int(i) for i in ids]

    return store.write(write)
