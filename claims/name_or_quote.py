"""A learned second opinion on quoted words: a name (a paper, a show, a project) or speech.

The rules in claims.quoted_names know the naming nouns and constructions seen so far; a fresh
article brings names after nouns they have never met ("the vessel “Blue Horizon”", "منتجع
«...»"). This model reads the quoted words themselves (length, punctuation, the shape of their
words) and the words around the marks, and says how likely they are a name. It is trained by
`python -m claims.train_quoted_names` on the hand-annotated articles under tests/claims/ and
shipped as plain weights in `claims/models/quoted_names.json`; the quotation finder takes a
span for a name when the rules or this model (above its threshold) say so.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claims.context import Context
from claims.gazetteer import word_forms
from claims.segment import QuoteSpan
from claims.speech import ACCORDING, AR_VERBS, is_complementizer

MODEL_PATH = Path(__file__).resolve().parent / "models" / "quoted_names.json"

_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_PUNCT = ".,،:؛;؟?!"
_MAX_LEN = 8


def _stem(word: str) -> str:
    """The word without a leading conjunction/preposition clitic and article ("وبالمشروع" →
    "مشروع"), so that one naming noun counts whatever is glued to it."""
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            word = word[len(clitic) :]
            break
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


def _marks(text: str) -> str:
    """The punctuation in `text`, spaces dropped ("، " → "،")."""
    return "".join(c for c in text if c in _PUNCT or c in "()-–—ـ")[:3]


def _word_after(ctx: Context, q: QuoteSpan, last: int) -> int:
    """The index of the first token after the closing mark (len(tokens) when none)."""
    k = last
    while k < len(ctx.tokens) and ctx.tokens[k].start < q.end:
        k += 1
    return k


def span_features(
    ctx: Context, q: QuoteSpan, first: int, last: int, said_before: bool, said_after: bool
) -> list[str]:
    """Return the binary features of the quoted words between tokens `first` and `last`;
    `said_before`/`said_after` tell whether a speech verb comes before/after them in their
    sentence."""
    toks = ctx.tokens
    lang = "ar" if ctx.lang == "ar" else "en"
    inner = ctx.text[q.inner_start : q.inner_end].strip()
    words = [t.norm.lower() for t in toks[first:last]]
    n = min(len(words), _MAX_LEN)
    feats = [f"len={n}", f"{lang}:len={n}", f"{lang}"]
    if said_before:
        feats += ["said_before", f"said_before:len={n}"]
    if said_after:
        feats.append("said_after")
    if inner[-1:] in _PUNCT:
        feats.append("ends_punct")
    if any(c in _PUNCT for c in inner[:-1]):
        feats.append("inner_punct")
    if any(c.isdigit() for c in inner):
        feats.append("digit")
    if lang == "ar" and any("a" <= c.lower() <= "z" for c in inner):
        feats.append("latin_in_arabic")
    if lang == "en":
        shown = [ctx.text[t.start : t.end] for t in toks[first:last]]
        caps = sum(w[:1].isupper() for w in shown)
        feats.append("en:all_caps_words" if caps == len(shown) else "en:some_lower")
    for w in words:
        # a word's first and last letters carry its shape beyond the words seen in training:
        # a verb's person ("أنقذن", "نرفض"), an adjective's ending ("ية"), English "-ing"
        feats += [f"w={w}", f"stem={_stem(w)}", f"suffix={w[-2:]}", f"suffix1={w[-1:]}"]
        feats += [f"prefix={w[:1]}", f"prefix2={w[:2]}"]
    feats += [f"first={words[0]}", f"last={words[-1]}"]
    p = first - 1
    # what comes before the opening mark: the word, and the punctuation between
    if p >= 0:
        prev = toks[p].norm.lower()
        feats += [f"prev={prev}", f"prev_stem={_stem(prev)}", f"prev_clitic={prev[:1]}"]
        feats.append(f"gap_before={_marks(ctx.text[toks[p].end : q.start])}")
        if p > 0:
            feats.append(f"prev2={toks[p - 1].norm.lower()}")
    else:
        feats.append("text_start")
    k = _word_after(ctx, q, last)
    if k < len(toks):
        feats += [f"next={toks[k].norm.lower()}", f"next_stem={_stem(toks[k].norm.lower())}"]
        feats.append(f"gap_after={_marks(ctx.text[q.end : toks[k].start])}")
    else:
        feats.append("text_end")
    sent = ctx.sentence_of(q.start)
    if sent is not None:
        if not ctx.text[sent.start : q.start].strip():
            feats.append("opens_sentence")
        if not ctx.text[q.end : sent.end].strip(" .،,؛;"):
            feats.append("ends_sentence")
    return feats


# openers no name has: negations and particles ("«لن نتراجع»", "«حتى إشعار آخر»")
_OPENERS = word_forms("لن لا لم ليس ليست حتى إذا لكن قد لقد سوف not never no")


def speech_shaped(ctx: Context, q: QuoteSpan, first: int, last: int) -> bool:
    """True when grammar makes the quoted words speech whatever the model says: they follow
    a colon or "أن/إن/بأنه/that", come before one ("«بصراحة» إن"), before "بحسب/وفق" or a
    speech verb after a comma (who said them), or open with a negation or a particle ("«لن
    نتراجع»"), which no name does."""
    toks = ctx.tokens
    if ctx.text[: q.start].rstrip().endswith(":") or toks[first].norm.lower() in _OPENERS:
        return True
    if first > 0 and is_complementizer(toks[first - 1].norm.lower()):
        return True
    k = _word_after(ctx, q, last)
    if k >= len(toks):
        return False
    # "«...»، يقول المصدر": a speech verb after the comma credits the words just quoted
    credited = toks[k].norm in AR_VERBS and "،" in ctx.text[q.end : toks[k].start]
    return is_complementizer(toks[k].norm.lower()) or toks[k].norm in ACCORDING or credited


@dataclass(frozen=True)
class NameModel:
    """Logistic-regression weights over span features, and the decision threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def p_name(self, feats: list[str]) -> float:
        """Return the probability that the span with these features is a name."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z))

    def is_name(self, feats: list[str]) -> bool:
        """True when the model is confident enough that the span is a name."""
        return self.p_name(feats) >= self.threshold


_rules_only = ContextVar("rules_only", default=False)


@contextmanager
def rules_only() -> Iterator[None]:
    """Within this block quoted spans are read by the rules alone (to train and measure)."""
    token = _rules_only.set(True)
    try:
        yield
    finally:
        _rules_only.reset(token)


def name_model() -> NameModel | None:
    """Return the shipped model; None inside `rules_only` or before the first training."""
    return None if _rules_only.get() else _load()


@cache
def _load() -> NameModel | None:
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return NameModel(data["weights"], data["bias"], data["threshold"])
