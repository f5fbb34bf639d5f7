"""Search over claims, fact-checks and source passages: fake embedder, plus one real-model test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from claims import articles, review
from claims.errors import NotFoundError, ValidationError
from claims.factchecks import import_factchecks
from claims.reading import Document
from claims.service import Desk
from claims.types import ArticleInfo, Claim, Extraction
from index import search
from index.embed import Embedder
from index.retrieval import FactCheck, passage_text
from index.search import (
    check_query,
    factcheck_matches,
    search_claims,
    similar_claims,
    suggest_evidence,
)
from tests.conftest import SEED
from tests.index.test_vectors import FakeEmbedder

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    """A desk on a fresh database whose embedder is the deterministic fake."""
    d = Desk(tmp_path / "desk.duckdb")
    d.__dict__["embedder"] = FakeEmbedder()  # overrides the cached_property
    return d


def fake(desk: Desk) -> FakeEmbedder:
    """The desk's fake embedder (to count what it encoded)."""
    embedder = desk.embedder
    assert isinstance(embedder, FakeEmbedder)
    return embedder


def add_article(desk: Desk, title: str, lang: str, texts: list[str]) -> list[int]:
    """Store an article with the given claims (vectors in DuckDB and the index); claim ids."""
    body = " ".join(texts)
    extraction = Extraction(
        article=ArticleInfo(title=title, lang=lang, chars=len(body)),
        sentences=[],
        quotes=[],
        claims=[Claim(t, 0, len(t), "event", None, 0.5) for t in texts],
        entities=[],
    )
    vectors = desk.embedder.encode_passages(texts)
    saved = articles.save_article(
        desk.store, Document(text=body, title=title), extraction, vectors, desk.embedder.name
    )
    desk.index.add(saved.claim_ids, vectors)
    return saved.claim_ids


EN = ["the minister said inflation fell to 3 percent", "the bridge opened in 1999", "taxes rose"]
AR = ["قال الوزير إن التضخم انخفض", "افتتح الجسر عام 1999", "ارتفعت الضرائب"]


@pytest.fixture
def two_articles(desk: Desk) -> tuple[list[int], list[int]]:
    return add_article(desk, "English news", "en", EN), add_article(desk, "خبر", "ar", AR)


# -- queries -----------------------------------------------------------------------------------


def test_check_query_strips_and_accepts_two_characters() -> None:
    assert check_query("  ok \n") == "ok"


@pytest.mark.parametrize(
    ("query", "words"),
    [("", "empty"), ("   \n", "empty"), ("x", "too short"), ("a" * 100_000, "too long")],
)
def test_bad_queries_get_a_one_line_error(query: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as err:
        check_query(query)
    assert "\n" not in str(err.value)


def test_search_rejects_bad_query_before_embedding(desk: Desk) -> None:
    with pytest.raises(ValidationError):
        search_claims(desk, "a" * 100_000)
    assert fake(desk).calls == 0


# -- claims --------------------------------------------------------------------------------------


def test_search_finds_the_claim_with_its_article(
    desk: Desk, two_articles: tuple[list[int], list[int]]
) -> None:
    en_ids, _ = two_articles
    hits = search_claims(desk, EN[1], k=3)
    assert hits[0].claim_id == en_ids[1]
    assert hits[0].text == EN[1]
    assert hits[0].article_title == "English news" and hits[0].lang == "en"
    assert hits[0].status == "unverified" and hits[0].score == pytest.approx(1.0, abs=1e-5)
    assert len(hits) == 3


@pytest.mark.parametrize("exact_max", [search.EXACT_SUBSET_MAX, 0])
def test_filters_return_only_matching_claims_even_when_rare(
    desk: Desk,
    two_articles: tuple[list[int], list[int]],
    monkeypatch: pytest.MonkeyPatch,
    exact_max: int,
) -> None:
    # exact_max 0 forces the over-fetching path instead of exact scoring of the subset.
    monkeypatch.setattr(search, "EXACT_SUBSET_MAX", exact_max)
    en_ids, ar_ids = two_articles
    hits = search_claims(desk, EN[0], k=10, lang="ar")
    assert sorted(h.claim_id for h in hits) == sorted(ar_ids)
    assert {h.lang for h in hits} == {"ar"}
    article = search_claims(desk, EN[0], k=10, article_id=hits[0].article_id)
    assert {h.claim_id for h in article} == set(ar_ids)
    review.set_status(desk.store, en_ids[2], "false", "tester", "checked")
    only = search_claims(desk, EN[0], k=5, status="false")
    assert [h.claim_id for h in only] == [en_ids[2]]


def test_unknown_status_and_bad_k_are_rejected(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="unknown status"):
        search_claims(desk, "taxes", status="maybe")
    with pytest.raises(ValidationError):
        search_claims(desk, "taxes", k=0)


def test_search_skips_claims_deleted_by_another_process(
    desk: Desk, two_articles: tuple[list[int], list[int]]
) -> None:
    en_ids, _ = two_articles
    # Another process deleted the claims from DuckDB; this process's index still holds them.
    desk.store.write(
        lambda con: con.execute("DELETE FROM claims WHERE id IN (SELECT unnest(?))", [en_ids])
    )
    assert not {h.claim_id for h in search_claims(desk, EN[0], k=6)} & set(en_ids)


def test_similar_claims_excludes_the_claim_itself(
    desk: Desk, two_articles: tuple[list[int], list[int]]
) -> None:
    en_ids, ar_ids = two_articles
    hits = similar_claims(desk, en_ids[0], k=10)
    assert en_ids[0] not in [h.claim_id for h in hits]
    assert {h.claim_id for h in hits} == set(en_ids[1:] + ar_ids)
    with pytest.raises(NotFoundError):
        similar_claims(desk, 999_999)


# -- evidence ------------------------------------------------------------------------------------


def test_suggest_evidence_ranks_source_sentences_and_caches_them(
    desk: Desk, two_articles: tuple[list[int], list[int]]
) -> None:
    en_ids, _ = two_articles
    sentence = "The bridge opened in 1999 after six years of work."
    review.add_source(
        desk.store, "City report", "tester", text=f"Traffic doubled since then. {sentence}"
    )
    review.add_source(desk.store, "Only a title here", "tester")
    # The fake embedder matches identical texts only: make the claim read like the sentence.
    fake(desk).encode_queries = fake(desk).encode_passages  # type: ignore[method-assign]
    claim = add_article(desk, "t", "en", [sentence])[0]
    passages = suggest_evidence(desk, claim, k=3)
    assert passages[0].text == sentence and passages[0].source_title == "City report"
    assert passages[0].score == pytest.approx(1.0, abs=1e-5)
    assert "Only a title here" in [p.text for p in passages]
    cached = desk.store.scalar("SELECT count(*) FROM embeddings WHERE kind = 'source'")
    assert cached == 3
    before = fake(desk).calls
    suggest_evidence(desk, en_ids[0], k=3)
    assert fake(desk).calls == before + 1  # only the claim was embedded this time


def test_suggest_evidence_without_sources_is_empty(
    desk: Desk, two_articles: tuple[list[int], list[int]]
) -> None:
    assert suggest_evidence(desk, two_articles[0][0]) == []
    with pytest.raises(NotFoundError):
        suggest_evidence(desk, 999_999)


# -- fact-checks -------------------------------------------------------------------------------


def write_archive(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = ["vclaim_id\tvclaim\ttitle"] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


ARCHIVE = [
    ("fc-1", "Vaccines contain microchips", "False: no microchips in vaccines"),
    ("fc-2", "The moon landing was staged", "False: it happened"),
    ("fc-3", "الماء يغلي عند مئة درجة", "صحيح"),
]


def test_factcheck_matches_finds_the_archived_claim(desk: Desk, tmp_path: Path) -> None:
    assert factcheck_matches(desk, "anything at all") == []  # empty archive
    import_factchecks(desk, write_archive(tmp_path / "a.tsv", ARCHIVE))
    query = passage_text(FactCheck(id="fc-2", claim=ARCHIVE[1][1], title=ARCHIVE[1][2]))
    hits = factcheck_matches(desk, query, k=2)
    assert hits[0].factcheck_id == "fc-2"
    assert hits[0].claim == ARCHIVE[1][1] and hits[0].title == ARCHIVE[1][2]
    assert isinstance(hits[0].tier, str) and len(hits) == 2


def test_ranker_cache_follows_new_imports(desk: Desk, tmp_path: Path) -> None:
    import_factchecks(desk, write_archive(tmp_path / "a.tsv", ARCHIVE))
    factcheck_matches(desk, "warm the cache")
    new = ("fc-9", "Bananas are berries", "True")
    import_factchecks(desk, write_archive(tmp_path / "b.tsv", [new]))
    query = passage_text(FactCheck(id=new[0], claim=new[1], title=new[2]))
    assert factcheck_matches(desk, query, k=1)[0].factcheck_id == "fc-9"


# -- real model ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def embedder() -> Iterator[Embedder]:
    """The real embedding model, loaded once; skipped when its folder was never built."""
    from index import convert
    from index.embed import get_embedder, model_spec

    if not convert.is_complete(model_spec().path):
        pytest.skip(f"embedding model not built in {model_spec().path} (run `make models`)")
    yield get_embedder()


@pytest.mark.slow
def test_english_query_finds_arabic_claim_of_the_seed_article(
    tmp_path: Path, embedder: Embedder
) -> None:
    desk = Desk(tmp_path / "real.duckdb")
    desk.__dict__["embedder"] = embedder
    report = desk.ingest_paths([SEED])
    assert report.stored == 1
    hits = search_claims(desk, "China denies it is sending lethal aid to Russia", k=3)
    assert any("فتاك" in h.text and "بكين" in h.text for h in hits), [h.text for h in hits]
    assert {h.lang for h in hits} == {"ar"}
    assert np.all(np.diff([h.score for h in hits]) <= 0)
