"""Check-worthiness: how likely a sentence is a factual claim worth fact-checking.

The Arabic model is learned (see `claims.train_checkworthiness`): a logistic regression over
TF-IDF character n-grams (within word boundaries) and word n-grams, trained on the public
CLEF CheckThat! Arabic tweets and calibrated with Platt scaling fitted on cross-validated
scores. It ships as `claims/models/checkworthiness_ar.npz` (vocabulary, idf, weights) and is
scored here in plain numpy, so scoring needs neither scikit-learn nor torch. Cross-validation
chose the CheckThat! 2022 annotations alone (the benchmark's campaign), so the model shares
their view: routine official figures ("the ministry recorded N new cases") are mostly not
check-worthy, while contested claims about cures, vaccines and events are.

Tweets and news sentences differ, so the text is cleaned before featurising into what both
share: Arabic letter variants folded, URLs, @mentions, hashtag marks and emoji removed, every
number replaced by one digit token (the model should learn "has a number", not which number).

English input: the model has seen only Arabic, and English words are out of its vocabulary.
For text written in Latin letters the learned probability is blended, by the share of Latin
letters, with a small hand-set rule prior (`english_prior`): numbers, reporting verbs,
quantities and capitalised names push up; questions, first-person opinion and greetings push
down. Its weights are set by hand, not fitted, and it is not calibrated.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.normalize import normalize_arabic, strip_social
from claims.segment import letter_counts

MODEL_PATH = Path(__file__).resolve().parent / "models" / "checkworthiness_ar.npz"

_NUMBER = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+|[?؟!%]")


def clean_text(text: str) -> str:
    """Return `text` reduced to what tweets and news sentences share, for featurising.

    Drops social-media markup (`strip_social`), folds Arabic letter variants, replaces each
    number by the token "0" and lower-cases Latin letters.
    """
    return _NUMBER.sub("0", normalize_arabic(strip_social(text))).lower()


def char_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """Return the character n-grams (lo..hi) of each word of cleaned `text`, space-padded.

    Same n-grams as scikit-learn's `char_wb` analyzer, so training and scoring agree.
    """
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        size = len(padded)
        for n in range(lo, hi + 1):
            if size <= n:
                grams.append(padded)  # a short word counts once, as sklearn does
                break
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


def word_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """Return the word n-grams (lo..hi) of cleaned `text`; "?", "؟", "!" and "%" count as words."""
    tokens = _WORD.findall(text)
    grams: list[str] = []
    for n in range(lo, hi + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def make_analyzer(kind: str, lo: int, hi: int) -> Callable[[str], list[str]]:
    """Return the n-gram function of `kind` ("char" or "word") over cleaned text."""
    if kind == "char":
        return lambda text: char_ngrams(text, lo, hi)
    if kind == "word":
        return lambda text: word_ngrams(text, lo, hi)
    raise ValueError(f"unknown n-gram kind: {kind}")


@dataclass
class _Block:
    """One TF-IDF feature block: its analyzer, vocabulary and per-feature idf and weight."""

    analyzer: Callable[[str], list[str]]
    vocab: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray

    def score(self, text: str) -> float:
        """Return the block's contribution to the decision value: <l2-normalised tf-idf, coef>."""
        counts = Counter(i for i in map(self.vocab.get, self.analyzer(text)) if i is not None)
        if not counts:
            return 0.0
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        weights = (1.0 + np.log(tf)) * self.idf[idx]  # sublinear tf, as trained
        return float(weights @ self.coef[idx]) / float(np.sqrt(weights @ weights))


@dataclass
class CheckworthinessModel:
    """The shipped model: feature blocks, linear intercept, Platt calibration and threshold."""

    blocks: list[_Block]
    intercept: float
    platt_a: float
    platt_b: float
    threshold: float

    def probability(self, text: str) -> float:
        """Return the calibrated probability that Arabic `text` is check-worthy."""
        cleaned = clean_text(text)
        decision = self.intercept + sum(block.score(cleaned) for block in self.blocks)
        return _sigmoid(self.platt_a * decision + self.platt_b)


def load_model(path: Path = MODEL_PATH) -> CheckworthinessModel:
    """Read a model written by `claims.train_checkworthiness` (plain arrays, no pickle)."""
    with np.load(path, allow_pickle=False) as data:
        blocks = []
        for kind in ("char", "word"):
            lo, hi = (int(v) for v in data[f"{kind}_range"])
            vocab = {str(term): i for i, term in enumerate(data[f"{kind}_vocab"])}
            blocks.append(
                _Block(
                    make_analyzer(kind, lo, hi),
                    vocab,
                    data[f"{kind}_idf"].astype(np.float64),
                    data[f"{kind}_coef"].astype(np.float64),
                )
            )
        scalars = data["scalars"].astype(np.float64)
    intercept, platt_a, platt_b, threshold = (float(v) for v in scalars)
    return CheckworthinessModel(blocks, intercept, platt_a, platt_b, threshold)


_MODEL: CheckworthinessModel | None = None


def get_model() -> CheckworthinessModel:
    """Return the shipped model, loaded once per process."""
    global _MODEL
    if _MODEL is None:
        _MODEL = load_model()
    return _MODEL


def decision_threshold() -> float:
    """Return the probability above which a text is called check-worthy (tuned by CV F1)."""
    return get_model().threshold


# English rule prior: (pattern, weight) added to a logit that starts at _EN_BIAS. The weights
# are set by hand from what annotation guidelines call check-worthy (verifiable facts: numbers,
# reported statements about named actors) and not check-worthy (questions, opinion, greetings).
_EN_BIAS = -1.0
_EN_RULES: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"\d"), 1.5),
    (
        re.compile(
            r"\b(said|says|announced|reported|according to|confirmed|stated|told|revealed"
            r"|claimed|claims|warned|estimated|recorded|killed|died|approved|banned)\b",
            re.IGNORECASE,
        ),
        1.0,
    ),
    (re.compile(r"%|\$|€|£|\b(percent|million|billion|thousand|hundred)\b", re.IGNORECASE), 0.5),
    # A capitalised word that does not start a sentence: a rough named-entity signal.
    (re.compile(r"(?<![.!?]\s)(?<!^)(?<!\")\b[A-Z][a-zA-Z]+"), 0.5),
    (re.compile(r"\?\s*$"), -1.5),
    (
        re.compile(
            r"\b(I think|I believe|I feel|I hope|I love|in my opinion|IMO)\b", re.IGNORECASE
        ),
        -1.5,
    ),
    (
        re.compile(
            r"\b(good morning|good night|hello|thank you|thanks|congratulations|happy)\b",
            re.IGNORECASE,
        ),
        -1.5,
    ),
]


def english_prior(text: str) -> float:
    """Return the hand-set rule probability that English `text` is a check-worthy claim."""
    text = strip_social(text)
    logit = _EN_BIAS + sum(weight for rule, weight in _EN_RULES if rule.search(text))
    return _sigmoid(logit)


def latin_share(text: str) -> float:
    """Return the share of Latin among Arabic + Latin letters of `text` (0 when it has none)."""
    arabic, latin = letter_counts(strip_social(text))
    return latin / (latin + arabic) if latin + arabic else 0.0


def score_texts(texts: list[str]) -> list[float]:
    """Calibrated probability in [0,1] that each text is a check-worthy factual claim.

    Arabic text gets the learned model's probability; text in Latin letters gets it blended
    with `english_prior` in proportion to the share of Latin letters.
    """
    model = get_model()
    scores = []
    for text in texts:
        share = latin_share(text)
        learned = model.probability(text)
        scores.append(
            learned if share == 0.0 else (1 - share) * learned + share * english_prior(text)
        )
    return scores


def _sigmoid(x: float) -> float:
    """Return the logistic function of `x`, safe for large |x|."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
