"""Find previously fact-checked claims for a new claim: hybrid lexical + dense ranking.

Three signals score every fact-check in the pool: BM25 over stemmed words, BM25 over character
n-grams (both from `index.lexical`) and the cosine of multilingual-e5 vectors, which also
matches across languages. Candidates are the union of each signal's top `depth`.

Ordering: a weighted sum of the signals scaled within the query's candidates (the best gets 1),
which ranks well but says nothing about whether the best is any good. Score: a logistic model
over that fused value, the candidate's lead over the runner-up and the query's best absolute
match on each signal (cosine, share of the query's terms covered), so that it is comparable
across queries and reads as "probability this is the fact-check"; `tier` maps it to
"near-certain" / "suggested" / "weak". Weights and thresholds were chosen on CheckThat! train
queries by `bench/claim_retrieval.py --tune`.

The module holds no storage: callers pass fact-checks (and, if they have them, stored vectors).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from claims.normalize import strip_social
from claims.segment import detect_language
from index.lexical import LexicalIndex, LexicalScores, tokenize


class Embedder(Protocol):
    """What the ranker needs from an embedder (see `index.embed.Embedder`)."""

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


@dataclass
class FactCheck:
    """A published fact-check: the claim it verified and the article's title."""

    id: str
    claim: str
    title: str = ""
    verdict: str | None = None
    url: str | None = None
    lang: str | None = None


@dataclass
class Match:
    """A fact-check found for a query, with its calibrated score and tier."""

    factcheck_id: str
    score: float  # in [0, 1]; comparable across queries
    tier: str  # "near-certain" | "suggested" | "weak"


# Candidate features, in the order of the feature matrix. "_rel" ones are relative to the
# query's candidates (the best gets 1), the others are absolute.
FEATURES = ("dense_rel", "word_rel", "char_rel", "dense_cos", "word_cov", "char_cov")
# Features of the calibration, per candidate: its fused score, its lead over the best other
# candidate (a clear winner is likelier right than the best of a close bunch), and the query's
# best absolute match on each signal (how much of the query the pool can explain at all).
CALIBRATION_FEATURES = ("fused", "gap", "best_cos", "best_word_cov", "best_char_cov")

# Tier thresholds on the score, chosen on Arabic train queries by `bench/claim_retrieval.py
# --tune` (top-1 precision >= 0.93 and >= 0.70 from there up), and the fewest content words a
# query needs before a match may be "near-certain": one or two words name a topic, not a claim.
NEAR_CERTAIN = 0.88
SUGGESTED = 0.26
MIN_WORDS_NEAR_CERTAIN = 3


@dataclass(frozen=True)
class Weights:
    """How candidates are ordered and how that order becomes a score in [0, 1].

    `fusion` maps FEATURES names to weights: candidates are ranked by the weighted sum.
    `calibration` maps CALIBRATION_FEATURES names (and "bias") to logistic-regression weights;
    those of "fused" and "gap" are >= 0, so the score never contradicts the order.
    """

    fusion: Mapping[str, float]
    calibration: Mapping[str, float]


# Chosen on CheckThat! train queries (Arabic + English) by `bench/claim_retrieval.py --tune`.
HYBRID_WEIGHTS = Weights(
    fusion={"dense_rel": 0.7, "word_rel": 0.0, "char_rel": 0.3},
    calibration={
        "fused": 7.167,
        "gap": 4.279,
        "best_cos": 5.538,
        "best_word_cov": 3.205,
        "best_char_cov": 3.382,
        "bias": -13.835,
    },
)
# Used when no embedder (hence no dense signal) is available; chosen the same way.
LEXICAL_WEIGHTS = Weights(
    fusion={"word_rel": 0.2, "char_rel": 0.8},
    calibration={
        "fused": 1.2,
        "gap": 4.404,
        "best_word_cov": 4.067,
        "best_char_cov": 4.266,
        "bias": -3.86,
    },
)


@dataclass(frozen=True)
class RankerConfig:
    """Ranking parameters; the defaults are the values chosen on train queries."""

    depth: int = 50  # candidates taken from each signal's top
    char_n: int = 4  # character n-gram size of the second BM25
    hybrid: Weights = field(default_factory=lambda: HYBRID_WEIGHTS)
    lexical: Weights = field(default_factory=lambda: LEXICAL_WEIGHTS)


DEFAULT_CONFIG = RankerConfig()


@dataclass
class Scores:
    """Raw signals of a batch of queries against the whole pool."""

    word: LexicalScores
    char: LexicalScores
    dense: np.ndarray | None  # (n_queries, n_factchecks) cosines, None without an embedder


def passage_text(fc: FactCheck) -> str:
    """Return the text indexed and embedded for a fact-check: its claim, then its title."""
    claim, title = fc.claim.strip(), fc.title.strip()
    if not title or title == claim:
        return claim
    if not claim:
        return title
    separator = " " if claim[-1] in ".!?؟…" else ". "
    return claim + separator + title


def encode_factchecks(embedder: Embedder, factchecks: Sequence[FactCheck]) -> np.ndarray:
    """Return the vectors the ranker compares queries with, one unit row per fact-check.

    The e5 prompt depends on the fact-check's script, as measured on CheckThat! train queries:
    Arabic fact-check sites restate the rumour itself, so tweet and claim are a symmetric
    pair that e5 matches best with its "query: " prompt on both sides (Arabic train MAP@5
    0.939 against 0.932, dev 0.940 against 0.928); English (Snopes) claims are rewritten
    descriptions, matched best as "passage: " (English train 0.874 against 0.803). Store these
    vectors and pass them back as the ranker's `vectors`.
    """
    texts = [passage_text(fc) for fc in factchecks]
    langs = [fc.lang or detect_language(text) for fc, text in zip(factchecks, texts, strict=True)]
    arabic = [i for i, lang in enumerate(langs) if lang == "ar"]
    other = [i for i, lang in enumerate(langs) if lang != "ar"]
    parts: list[tuple[list[int], np.ndarray]] = []
    if arabic:
        parts.append((arabic, embedder.encode_queries([texts[i] for i in arabic])))
    if other:
        parts.append((other, embedder.encode_passages([texts[i] for i in other])))
    if not parts:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = np.zeros((len(texts), parts[0][1].shape[1]), dtype=np.float32)
    for rows, encoded in parts:
        vectors[rows] = encoded
    return vectors


def content_words(query: str) -> int:
    """Return how many content words (stop words and URLs, mentions, emoji left out) `query` has."""
    return len(tokenize(strip_social(query), stem=False))


def tier(score: float, query: str) -> str:
    """Map a match score to "near-certain", "suggested" or "weak".

    A query of fewer than MIN_WORDS_NEAR_CERTAIN content words is never "near-certain".
    """
    if score >= NEAR_CERTAIN and content_words(query) >= MIN_WORDS_NEAR_CERTAIN:
        return "near-certain"
    if score >= SUGGESTED:
        return "suggested"
    return "weak"


def _top(signal: np.ndarray, allowed: np.ndarray, depth: int, positive_only: bool) -> np.ndarray:
    """Indices of the `depth` highest allowed entries (only > 0 ones if `positive_only`)."""
    keep = allowed & (signal > 0) if positive_only else allowed
    index = np.flatnonzero(keep)
    if len(index) > depth:
        index = index[np.argpartition(-signal[index], depth - 1)[:depth]]
    return index


def _relative(values: np.ndarray) -> np.ndarray:
    """Scale non-negative scores by their maximum (all 0 if the maximum is 0)."""
    top = float(values.max())
    return values / top if top > 0 else np.zeros_like(values)


def _min_max(values: np.ndarray) -> np.ndarray:
    """Min-max scale; a single candidate or a tie counts as the best (1)."""
    low, high = float(values.min()), float(values.max())
    return (values - low) / (high - low) if high > low else np.ones_like(values)


def _coverage(values: np.ndarray, ceiling: float) -> np.ndarray:
    return values / ceiling if ceiling > 0 else np.zeros_like(values)


def _vector(weights: Mapping[str, float], names: Sequence[str]) -> np.ndarray:
    return np.array([weights.get(name, 0.0) for name in names], dtype=np.float32)


def fuse(features: np.ndarray, fusion: Mapping[str, float]) -> np.ndarray:
    """Return the fused ranking score of each candidate (rows of `features`, FEATURES order)."""
    return features @ _vector(fusion, FEATURES)


def calibration_features(features: np.ndarray, fused: np.ndarray) -> np.ndarray:
    """Return one query's candidates' calibration features (CALIBRATION_FEATURES order)."""
    out = np.zeros((len(fused), len(CALIBRATION_FEATURES)), dtype=np.float32)
    if len(fused) == 0:
        return out
    order = np.sort(fused)
    runner_up = order[-2] if len(fused) > 1 else 0.0
    # The lead over the best *other* candidate: positive only for the top one.
    out[:, 1] = fused - np.where(fused >= order[-1], runner_up, order[-1])
    out[:, 0] = fused
    for column, name in ((2, "dense_cos"), (3, "word_cov"), (4, "char_cov")):
        out[:, column] = features[:, FEATURES.index(name)].max()
    return out


def calibrate(calibration: np.ndarray, weights: Mapping[str, float]) -> np.ndarray:
    """Return match scores in [0, 1] from calibration features and logistic weights."""
    logits = calibration @ _vector(weights, CALIBRATION_FEATURES) + weights.get("bias", 0.0)
    return 1.0 / (1.0 + np.exp(-np.clip(logits, -50.0, 50.0)))


class FactCheckRanker:
    """Ranks a fixed pool of fact-checks for query claims (Arabic, English, or across them)."""

    def __init__(
        self,
        factchecks: list[FactCheck],
        embedder: Embedder | None,
        vectors: np.ndarray | None = None,
        config: RankerConfig = DEFAULT_CONFIG,
    ) -> None:
        """Index `factchecks`. `vectors` are their `encode_factchecks` vectors (same order);
        when None and an embedder is given, they are encoded here (about 100 texts a second)."""
        self.factchecks = list(factchecks)
        self.embedder = embedder
        self.config = config
        texts = [passage_text(fc) for fc in self.factchecks]
        self._word = LexicalIndex(texts, analyzer="word")
        self._char = LexicalIndex(texts, analyzer="char", n=config.char_n)
        if vectors is None and embedder is not None:
            vectors = encode_factchecks(embedder, self.factchecks)
        if vectors is not None and vectors.shape[0] != len(self.factchecks):
            raise ValueError(f"{vectors.shape[0]} vectors for {len(self.factchecks)} fact-checks")
        self.vectors = None if vectors is None else np.asarray(vectors, dtype=np.float32)
        self.weights = config.hybrid if self.vectors is not None else config.lexical

    @property
    def uses_dense(self) -> bool:
        """True when the dense signal takes part (an embedder or vectors were given)."""
        return self.vectors is not None

    def scores(self, queries: Sequence[str], query_vectors: np.ndarray | None = None) -> Scores:
        """Return the raw signals of `queries` (cleaned of tweet noise) against the pool.

        `query_vectors` (unit rows, one per query) skip encoding; without them the embedder
        encodes the cleaned queries.
        """
        cleaned = [strip_social(q) for q in queries]
        dense = None
        if self.vectors is not None:
            if query_vectors is None:
                if self.embedder is None:
                    raise ValueError("query_vectors are needed: the ranker has no embedder")
                query_vectors = self.embedder.encode_queries(cleaned)
            dense = np.asarray(query_vectors, dtype=np.float32) @ self.vectors.T
        return Scores(self._word.score(cleaned), self._char.score(cleaned), dense)

    def candidates(
        self, scores: Scores, row: int, exclude: Iterable[int] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        """Return (pool indices, feature matrix in FEATURES order) of query `row`'s candidates.

        `exclude` removes pool entries first, as if they were not in the pool.
        """
        size = len(self.factchecks)
        allowed = np.ones(size, dtype=bool)
        allowed[list(exclude)] = False
        word, char = scores.word.scores[row], scores.char.scores[row]
        dense = None if scores.dense is None else scores.dense[row]
        depth = self.config.depth
        parts = [_top(word, allowed, depth, True), _top(char, allowed, depth, True)]
        if dense is not None:
            parts.append(_top(dense, allowed, depth, False))
        index = np.unique(np.concatenate(parts)).astype(np.int64)
        features = np.zeros((len(index), len(FEATURES)), dtype=np.float32)
        if len(index) == 0:
            return index, features
        columns = {
            "word_rel": _relative(word[index]),
            "char_rel": _relative(char[index]),
            "word_cov": _coverage(word[index], float(scores.word.ceilings[row])),
            "char_cov": _coverage(char[index], float(scores.char.ceilings[row])),
        }
        if dense is not None:
            columns["dense_rel"] = _min_max(dense[index])
            columns["dense_cos"] = dense[index]
        for column, name in enumerate(FEATURES):
            if name in columns:
                features[:, column] = columns[name]
        return index, features

    def rank(self, queries: Sequence[str], scores: Scores, k: int = 5) -> list[list[Match]]:
        """Return the best `k` matches of each query, best first, from precomputed `scores`."""
        results: list[list[Match]] = []
        for row, query in enumerate(queries):
            if k <= 0 or not self.factchecks or content_words(query) == 0:
                results.append([])
                continue
            index, features = self.candidates(scores, row)
            fused = fuse(features, self.weights.fusion)
            order = np.argsort(-fused, kind="stable")[:k]
            probability = calibrate(
                calibration_features(features, fused)[order], self.weights.calibration
            )
            results.append(
                [
                    Match(self.factchecks[index[i]].id, float(p), tier(float(p), query))
                    for i, p in zip(order, probability, strict=True)
                ]
            )
        return results

    def search_many(self, queries: list[str], k: int = 5) -> list[list[Match]]:
        """Return the best `k` matches of each query (queries are batch-encoded), best first."""
        if not self.factchecks:
            return [[] for _ in queries]
        results: list[list[Match]] = []
        # Score matrices are (batch x pool): bound their size for large pools.
        batch = max(1, min(256, 50_000_000 // max(1, len(self.factchecks))))
        for start in range(0, len(queries), batch):
            chunk = queries[start : start + batch]
            results.extend(self.rank(chunk, self.scores(chunk), k))
        return results

    def search(self, query: str, k: int = 5) -> list[Match]:
        """Return the best `k` matches of one query, best first."""
        return self.search_many([query], k)[0]
