"""The service layer: the one place the CLI and the dashboard call for anything that works.

`Desk` ties the store (DuckDB), the extraction pipeline, the embedding model and the FAISS
index together. The model and the index are loaded lazily, once per Desk; the dashboard keeps
one Desk per server process (st.cache_resource), the CLI one per command.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from claims import articles
from claims.errors import ClaimDeskError, DuplicateError
from claims.extract import extract
from claims.reading import Document, parse, read_path
from claims.store import Store

if TYPE_CHECKING:
    from index.embed import Embedder
    from index.vectors import ClaimIndex

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data"
SAMPLE_MANIFEST = SAMPLE_DIR / "sample.json"


@dataclass
class IngestResult:
    """The outcome of ingesting one article: stored, or skipped as a duplicate / bad input."""

    name: str
    title: str
    article_id: int | None = None
    claims: int = 0
    quotes: int = 0
    duplicate_of: int | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the article was stored."""
        return self.error is None and self.duplicate_of is None


@dataclass
class IngestReport:
    """All results of one ingest call, in input order."""

    results: list[IngestResult] = field(default_factory=list)

    @property
    def stored(self) -> int:
        """How many articles were newly stored."""
        return sum(r.ok for r in self.results)

    @property
    def failed(self) -> int:
        """How many inputs could not be read."""
        return sum(r.error is not None for r in self.results)


class Desk:
    """One claim desk database with its model and index."""

    def __init__(self, db: Path | str | None = None, model: str | None = None):
        self.store = Store(db)
        self._model_name = model

    @cached_property
    def embedder(self) -> Embedder:
        """The sentence-transformers model (loaded on first use)."""
        from index.embed import get_embedder

        return get_embedder(self._model_name)

    @cached_property
    def index(self) -> ClaimIndex:
        """The FAISS index of claim vectors, rebuilt from DuckDB if missing or stale."""
        from index.vectors import ClaimIndex

        return ClaimIndex(self.store, self.embedder.name, self.embedder.dim)

    # -- ingest ---------------------------------------------------------------------------

    def ingest_document(self, doc: Document) -> IngestResult:
        """Extract, embed and store one article; a duplicate is reported, not stored again."""
        result = IngestResult(name=doc.source_name or doc.title, title=doc.title)
        existing = articles.find_duplicate(self.store, doc.text)
        if existing is not None:
            result.duplicate_of = existing
            return result
        extraction = extract(doc.text, title=doc.title)
        texts = [c.text for c in extraction.claims]
        # Claims are compared with claims and with search queries, a symmetric task: e5 wants
        # the "query: " prompt on both sides (measured: ranks 2-3 instead of 8-15 for an
        # English paraphrase of an Arabic claim).
        vectors = self.embedder.encode_queries(texts) if texts else None
        # Open the index before the DuckDB write: opened after it, the index would first
        # "rebuild" the vectors just written and then skip them in add().
        index = self.index if vectors is not None else None
        try:
            saved = articles.save_article(self.store, doc, extraction, vectors, self.embedder.name)
        except DuplicateError:
            result.duplicate_of = articles.find_duplicate(self.store, doc.text)
            return result
        if index is not None and vectors is not None:
            index.add(saved.claim_ids, vectors)
        result.article_id = saved.article_id
        result.claims = len(saved.claim_ids)
        result.quotes = saved.quotes
        return result

    def ingest_paths(
        self,
        paths: Iterable[Path],
        progress: Callable[[IngestResult], None] | None = None,
        **meta: str | None,
    ) -> IngestReport:
        """Ingest every article in the files; unreadable files are reported and skipped.

        `meta` (title, url, publisher, published) applies to single-article files.
        """
        report = IngestReport()
        for path in paths:
            try:
                docs = read_path(path, **meta)
            except ClaimDeskError as err:
                docs = []
                report.results.append(IngestResult(name=str(path), title="", error=str(err)))
            for doc in docs:
                report.results.append(self.ingest_document(doc))
            if progress and report.results:
                progress(report.results[-1])
        return report

    def ingest_bytes(self, data: bytes, name: str, **meta: str | None) -> IngestReport:
        """Ingest an upload or a paste (never written to disk); raises InputError if unreadable."""
        report = IngestReport()
        for doc in parse(data, name, **meta):
            report.results.append(self.ingest_document(doc))
        return report

    def load_sample_if_empty(self, factchecks: bool = False) -> IngestReport | None:
        """Load the bundled sample articles (listed in data/sample.json) into an empty database.

        With `factchecks`, also import the sample fact-check archive (thousands of claims to
        embed: a minute or two). Returns the articles' report, or None when the database
        already holds articles.
        """
        if self.store.scalar("SELECT count(*) FROM articles"):
            return None
        manifest = json.loads(SAMPLE_MANIFEST.read_text(encoding="utf-8"))
        report = IngestReport()
        for entry in manifest["articles"]:
            meta = {k: entry.get(k) for k in ("title", "url", "publisher", "published")}
            report.results += self.ingest_paths([SAMPLE_DIR / entry["path"]], **meta).results
        if factchecks:
            from claims.factchecks import import_factchecks

            for entry in manifest["factchecks"]:
                import_factchecks(self, SAMPLE_DIR / entry["path"], lang=entry.get("lang"))
        return report

    def delete_article(self, article_id: int) -> int:
        """Delete an article with everything hanging off it; return how many claims went."""
        claim_ids = articles.delete_article(self.store, article_id)
        if claim_ids:
            self.index.remove(claim_ids)
        return len(claim_ids)
