"""Tests for fact-check retrieval: text prep, lexical and hybrid ranking, score tiers."""

from __future__ import annotations

import numpy as np
import pytest

from claims.normalize import strip_social
from index.lexical import LexicalIndex, char_ngrams, tokenize
from index.retrieval import (
    MIN_WORDS_NEAR_CERTAIN,
    NEAR_CERTAIN,
    SUGGESTED,
    Embedder,
    FactCheck,
    FactCheckRanker,
    encode_factchecks,
    passage_text,
    tier,
)

POOL = [
    FactCheck("ar-macron", "مقطع فيديو لشخص يضرب ماكرون بالبيض", "لم يضرب ماكرون بالبيض | مسبار"),
    FactCheck("ar-flood", "صورة من فيضانات السودان", "الصورة لا علاقة لها بفيضانات السودان"),
    FactCheck("ar-vaccine", "العاهل المغربي يتلقى الجرعة الأولى من لقاح كورونا", "خبر صحيح"),
    FactCheck("ar-goalkeeper", "حارس مرمى تسبب بطرد 4 مدربين بسبب وزنه", "قصة مفبركة"),
    FactCheck(
        "en-wedding",
        "U.S. President Donald Trump crashed a wedding and groped the bride.",
        "Did President Trump 'Crash' a Wedding and 'Grope' the Bride?",
    ),
    FactCheck(
        "en-draft",
        "Text messages say the recipient has been selected for a military draft.",
        "Are People Receiving Military Draft Text Messages?",
    ),
    FactCheck(
        "en-wombat",
        "Wombats are herding animals into their burrows to escape the Australian wildfires.",
        "Are Wombats Inviting Animals Into Their Burrows?",
    ),
]


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The project's real embedder; tests using it are skipped if the model is not built."""
    from index.embed import ModelMissingError, get_embedder

    try:
        return get_embedder()
    except ModelMissingError as error:
        pytest.skip(f"embedding model missing (run `make models`): {error}")


@pytest.fixture(scope="module")
def lexical_ranker() -> FactCheckRanker:
    return FactCheckRanker(POOL, embedder=None)


def test_clean_tweet_drops_urls_mentions_retweets_and_emoji() -> None:
    text = "RT @someone: شاهد 😍 الفيديو https://t.co/AbC123 #لقاح_كورونا &amp; more"
    assert strip_social(text) == "شاهد الفيديو لقاح كورونا more"


def test_tokenize_strips_arabic_clitics_and_english_endings() -> None:
    assert tokenize("واللقاحات") == tokenize("اللقاح") == ["لقاح"]
    assert tokenize("السوداني") == tokenize("السودان")
    assert tokenize("بالفيديو") == ["فيديو"]
    assert tokenize("Vaccines") == tokenize("vaccine") == ["vaccine"]
    assert tokenize("stories killed") == ["story", "kill"]
    assert tokenize("في من على the of") == []  # stop words only


def test_char_ngrams_pad_words_and_keep_short_ones_whole() -> None:
    assert char_ngrams("بيض", 3) == ["#بي", "بيض", "يض#"]
    assert char_ngrams("ab", 4) == ["#ab#"]


def test_lexical_index_coverage_is_below_one_and_zero_without_shared_terms() -> None:
    index = LexicalIndex(["the moon is made of cheese", "a cat sat on the mat"])
    result = index.score(["moon cheese", "unrelated words"])
    coverage = result.scores / result.ceilings[:, None]
    assert 0 < coverage[0, 0] < 1
    assert coverage[0, 1] == 0
    assert not result.scores[1].any()


def test_passage_text_joins_claim_and_title_once() -> None:
    assert passage_text(FactCheck("1", "Claim here", "A title")) == "Claim here. A title"
    assert passage_text(FactCheck("1", "Claim here?", "A title")) == "Claim here? A title"
    assert passage_text(FactCheck("1", "Same", "Same")) == "Same"
    assert passage_text(FactCheck("1", "", "Only title")) == "Only title"


def test_lexical_ranker_finds_arabic_fact_check_despite_spelling_variants(
    lexical_ranker: FactCheckRanker,
) -> None:
    # أ/ا variants, clitics (وفيضان, بالسودان) and a tweet's noise.
    query = "RT @x: صور مؤثرة جداً من فيضان النيل وفيضانات بالسودان الشقيق 😢 https://t.co/a"
    matches = lexical_ranker.search(query, k=3)
    assert matches[0].factcheck_id == "ar-flood"
    assert all(0.0 <= m.score <= 1.0 for m in matches)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_lexical_ranker_finds_english_fact_check(lexical_ranker: FactCheckRanker) -> None:
    matches = lexical_ranker.search("Creepy photos of Trump crashing a wedding, kissing the bride")
    assert matches[0].factcheck_id == "en-wedding"


def test_search_many_keeps_query_order_and_k(lexical_ranker: FactCheckRanker) -> None:
    results = lexical_ranker.search_many(["military draft text messages", "ماكرون بالبيض"], k=2)
    assert [r[0].factcheck_id for r in results] == ["en-draft", "ar-macron"]
    # At most k; without the dense signal only fact-checks sharing a term are candidates.
    assert all(1 <= len(r) <= 2 for r in results)
    assert len(lexical_ranker.search("Trump wedding draft wombats fires", k=2)) == 2


def test_empty_pool_and_empty_query_give_no_matches() -> None:
    empty = FactCheckRanker([], embedder=None)
    assert empty.search("Trump crashed a wedding") == []
    assert empty.search_many(["a", "b"]) == [[], []]
    assert FactCheckRanker(POOL, embedder=None).search("😀 https://t.co/x") == []


def test_tier_thresholds_and_short_query_cap() -> None:
    long_query = "Trump crashed a wedding and kissed the bride"
    assert tier(1.0, long_query) == "near-certain"
    assert tier(SUGGESTED, long_query) == "suggested"
    assert tier(SUGGESTED - 0.01, long_query) == "weak"
    assert SUGGESTED < NEAR_CERTAIN
    # One or two content words name a topic, not a claim: never near-certain.
    assert MIN_WORDS_NEAR_CERTAIN >= 3
    assert tier(1.0, "ماكرون") == "suggested"
    assert tier(1.0, "Trump wedding") == "suggested"


def test_short_query_never_near_certain(lexical_ranker: FactCheckRanker) -> None:
    for query in ("ماكرون بالبيض", "wombats"):
        matches = lexical_ranker.search(query)
        assert matches and all(m.tier != "near-certain" for m in matches)


class RecordingEmbedder:
    """Returns constant vectors (1 = query prompt, 2 = passage) and records its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str]]] = []

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        self.calls.append(("query", list(texts)))
        return np.full((len(texts), 3), 1.0, dtype=np.float32)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        self.calls.append(("passage", list(texts)))
        return np.full((len(texts), 3), 2.0, dtype=np.float32)


def test_fact_checks_are_encoded_once_arabic_as_queries_others_as_passages() -> None:
    recorder = RecordingEmbedder()
    ranker = FactCheckRanker(POOL, recorder)
    texts = [passage_text(fc) for fc in POOL]
    assert recorder.calls == [("query", texts[:4]), ("passage", texts[4:])]
    assert ranker.vectors is not None
    assert ranker.vectors[:4, 0].tolist() == [1.0] * 4  # pool order is kept
    assert ranker.vectors[4:, 0].tolist() == [2.0] * 3
    # Precomputed vectors are used as given: nothing is encoded for the pool.
    vectors = encode_factchecks(recorder, POOL)
    FactCheckRanker(POOL, recorder, vectors=vectors)
    assert len(recorder.calls) == 4


def test_vectors_must_match_pool() -> None:
    with pytest.raises(ValueError, match="2 vectors for 7"):
        FactCheckRanker(POOL, embedder=None, vectors=np.zeros((2, 4), dtype=np.float32))


def test_hybrid_ranker_matches_arabic_and_across_languages(embedder: Embedder) -> None:
    ranker = FactCheckRanker(POOL, embedder)
    assert ranker.uses_dense
    queries = [
        "لحظة الاعتداء على الرئيس الفرنسي ماكرون بالبيض",
        # English tweets about Arabic-only fact-checks: only the dense side can match them.
        "Morocco's king receives his first dose of the coronavirus vaccine",
        "A goalkeeper got four coaches fired because of his weight",
    ]
    results = ranker.search_many(queries, k=3)
    assert [r[0].factcheck_id for r in results] == ["ar-macron", "ar-vaccine", "ar-goalkeeper"]
    assert FactCheckRanker([], embedder).search_many(queries) == [[], [], []]
    # Precomputed vectors give the same ranking as encoding in the constructor.
    again = FactCheckRanker(POOL, embedder, vectors=ranker.vectors).search(queries[0], k=3)
    assert [m.factcheck_id for m in again] == [m.factcheck_id for m in results[0]]
