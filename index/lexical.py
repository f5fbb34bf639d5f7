"""Lexical side of fact-check retrieval: tweet cleaning, Arabic/English tokens, BM25 (bm25s).

Text is prepared the same way for the pool and the queries: Arabic letter variants are folded
(`claims.normalize.normalize_arabic`), Latin text is lower-cased, stop words are dropped and words
are lightly stemmed (Arabic clitics and common suffixes, English plural/verb endings) so that
"والقاحات" and "اللقاح", or "vaccines" and "vaccine", meet in the index.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN

from claims.normalize import normalize_arabic

_SPACES = re.compile(r"\s+")
# A word: a run of letters/digits (Arabic or Latin); '_' splits hashtags like #لقاح_كورونا.
_WORD = re.compile(r"[^\W_]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")

# Function words that carry no topic: frequent enough to add only noise to BM25.
_STOP_AR_WORDS = (
    "في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم أن ان إن لا ما لم لن"
    " قد كان كانت يكون او أو ثم بعد قبل كل بين حتى عند منذ وقد وهو وهي ولا وما ومن وفي"
    " انه أنه انها أنها فيه فيها به بها له لها منه منها عليه عليها ايضا أيضا كما"
    " وان وأن هل بل لكن إذا اذا يا قال وقال غير تم الا إلا اي أي"
)
_STOP_AR = frozenset(normalize_arabic(w) for w in _STOP_AR_WORDS.split())
_STOP_EN = frozenset(STOPWORDS_EN) | {"rt", "amp", "via"}

# Light stemming in the spirit of Larkey's "light10", on normalised text (ة→ه, ى→ي, أ→ا).
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
# One-letter suffixes first so "السوداني" -> "سودان" -> "سود" meets "السودان" -> "سود".
_AR_SUFFIXES = ("ه", "ي", "ها", "ان", "ات", "ون", "ين", "يه")


def _stem_arabic(word: str) -> str:
    """Strip one article/conjunction prefix, then suffixes in `_AR_SUFFIXES` order (stem >= 3)."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    else:
        # A bare leading و ("and") is a clitic only when a real word (>= 3 letters) remains.
        if word.startswith("و") and len(word) >= 4:
            word = word[1:]
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
    return word


def _stem_english(word: str) -> str:
    """Strip one common English inflection ending, keeping a stem of >= 3 letters."""
    if len(word) <= 4 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def tokenize(text: str, stem: bool = True) -> list[str]:
    """Return the word tokens of `text`: folded, lower-cased, stop words dropped, stemmed.

    Single characters are dropped too (stray letters, split clitics).
    """
    tokens: list[str] = []
    for word in _WORD.findall(normalize_arabic(text).lower()):
        if len(word) < 2 or word in _STOP_AR or word in _STOP_EN:
            continue
        if stem:
            word = _stem_arabic(word) if _ARABIC_LETTER.match(word) else _stem_english(word)
        tokens.append(word)
    return tokens


def char_ngrams(text: str, n: int) -> list[str]:
    """Return the character n-grams of each unstemmed word of `text`, padded with '#' at edges.

    Sub-word grams match across Arabic affixes and spelling variants that stemming misses;
    a word shorter than n is kept whole.
    """
    grams: list[str] = []
    for word in tokenize(text, stem=False):
        padded = f"#{word}#"
        if len(padded) <= n:
            grams.append(padded)
        else:
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


@dataclass
class LexicalScores:
    """BM25 scores of queries against the documents, with each query's score ceiling."""

    scores: np.ndarray  # (n_queries, n_documents) float32; 0 = nothing shared
    ceilings: np.ndarray  # (n_queries,) sum of the query's term idfs: no document can exceed it


class LexicalIndex:
    """BM25 (bm25s, Lucene variant) over a fixed list of documents.

    `analyzer` is "word" (stemmed words, `tokenize`) or "char" (`char_ngrams` of size `n`).
    """

    def __init__(
        self,
        documents: Sequence[str],
        analyzer: str = "word",
        n: int = 3,
        k1: float = 1.2,
        b: float = 0.75,
    ) -> None:
        if analyzer not in {"word", "char"}:
            raise ValueError(f"unknown analyzer {analyzer!r} (expected 'word' or 'char')")
        self.analyzer = analyzer
        self.n = n
        self.size = len(documents)
        corpus = [self.analyze(d) for d in documents]
        self._df = Counter(token for tokens in corpus for token in set(tokens))
        self._bm25: bm25s.BM25 | None = None
        if documents:
            self._bm25 = bm25s.BM25(k1=k1, b=b)
            self._bm25.index(corpus, show_progress=False)

    def analyze(self, text: str) -> list[str]:
        """Return the index terms of `text` for this index's analyzer."""
        return tokenize(text) if self.analyzer == "word" else char_ngrams(text, self.n)

    def _idf(self, token: str) -> float:
        # bm25s' Lucene idf; a term absent from the pool gets the highest idf, so unmatched
        # query words keep lowering the query's coverage instead of being ignored.
        df = self._df.get(token, 0)
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def score(self, queries: Sequence[str]) -> LexicalScores:
        """Return BM25 scores (distinct query terms, each counted once) and score ceilings.

        Lucene BM25 gives a term at most its idf, so score / ceiling is the idf-weighted share
        of the query matched by a document: in [0, 1) and comparable across queries.
        """
        scores = np.zeros((len(queries), self.size), dtype=np.float32)
        ceilings = np.zeros(len(queries), dtype=np.float32)
        for row, query in enumerate(queries):
            terms = list(dict.fromkeys(self.analyze(query)))
            if not terms:
                continue
            ceilings[row] = sum(self._idf(t) for t in terms)
            if self._bm25 is not None:
                scores[row] = self._bm25.get_scores(terms)
        return LexicalScores(scores, ceilings)
