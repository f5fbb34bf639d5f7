"""Lexical side of fact-check retrieval: tweet cleaning, Arabic/English tokens, BM25 (bm25s).

Text is prepared the same way for the pool and the queries: Arabic letter variants are folded
(`claims.normalize.normalize_arabic`), Latin text is lower-cased, stop words are dropped and words
are lightly stemmed (Arabic clitics and common suffixes, English plural/verb endings) so that
"والقاحات" and "اللقاح", or "vaccines" and "vaccine", meet in the index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN

from claims.normalize import normalize_arabic

_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
_MENTION = re.compile(r"@\w+")
_RETWEET = re.compile(r"(?<!\w)RT(?!\w)\s*:?")
_HTML_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|nbsp);")
_SPACES = re.compile(r"\s+")
# A word: a run of letters/digits (Arabic or Latin); '_' splits hashtags like #لقاح_كورونا.
_WORD = re.compile(r"[^\W_]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")

# Function words that carry no topic: frequent enough to add only noise to BM25.
_STOP_AR = frozenset(
    normalize_arabic(w)
    for w in (
        "في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم أن ان إن لا ما لم لن"
        " قد كان كانت يكون او أو ثم بعد قبل كل بين حتى عند منذ وقد وهو وهي ولا وما ومن وفي"
        " انه أنه انها أنها فيه فيها به بها له لها منه منها عليه عليها الى إلي ايضا أيضا كما"
        " وان وأن هل بل لكن إذا اذا يا قال وقال غير تم الا إلا اي أي"
    ).split()
)
_STOP_EN = frozenset(STOPWORDS_EN) | {"rt", "amp", "via"}

# Light stemming in the spirit of Larkey's "light10", on normalised text (ة→ه, ى→ي, أ→ا).
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_EN_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def clean_tweet(text: str) -> str:
    """Return `text` without URLs, @mentions, "RT" markers, '#' signs and emoji/symbol noise.

    Words are kept in their original spelling (no normalisation): the result is still readable
    and is what the dense encoder sees.
    """
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = _RETWEET.sub(" ", text)
    text = _HTML_ENTITY.sub(" ", text)
    # Emoji, pictographs and other symbols (Unicode "S*" categories except currency) are noise.
    text = "".join(
        " " if unicodedata.category(ch) in {"So", "Sk", "Cs", "Co", "Cn"} else ch for ch in text
    )
    text = text.replace("#", " ").replace("_", " ")
    return _SPACES.sub(" ", text).strip()


def _stem_arabic(word: str) -> str:
    """Strip one definite-article/conjunction prefix and one suffix, keeping a stem of >= 2-3."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    else:
        # A bare leading و ("and") is a clitic only when a real word (>= 3 letters) remains.
        if word.startswith("و") and len(word) >= 4:
            word = word[1:]
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def _stem_english(word: str) -> str:
    """Strip one common English inflection ending, keeping a stem of >= 3 letters."""
    if word.endswith("ss"):
        return word
    for suffix, replacement in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


def tokenize(text: str, stem: bool = True) -> list[str]:
    """Return the index tokens of `text`: folded, lower-cased, stop words dropped, stemmed.

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


class LexicalIndex:
    """BM25 (Lucene variant, bm25s) over a fixed list of documents."""

    def __init__(
        self, documents: Sequence[str], stem: bool = True, k1: float = 1.2, b: float = 0.75
    ) -> None:
        self.stem = stem
        self.size = len(documents)
        self._bm25: bm25s.BM25 | None = None
        if documents:
            self._bm25 = bm25s.BM25(k1=k1, b=b)
            self._bm25.index([tokenize(d, stem) for d in documents], show_progress=False)

    def scores(self, queries: Sequence[str]) -> np.ndarray:
        """Return BM25 scores, shape (len(queries), len(documents)), float32; 0 = no shared word."""
        out = np.zeros((len(queries), self.size), dtype=np.float32)
        if self._bm25 is None:
            return out
        for row, query in enumerate(queries):
            tokens = tokenize(query, self.stem)
            if tokens:
                out[row] = self._bm25.get_scores(tokens)
        return out
