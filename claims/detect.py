"""Claim detection: which sentences state check-worthy facts, of what kind, said by whom.

A sentence is a claim candidate when it names an actor, a number or a date and is long enough
to state something. Its kind is the strongest signal it carries, in this order: a quotation
(quote), a number or quantity (numeric), a speech verb with a speaker (attribution), a stance
verb (position), else an event. Check-worthiness blends the learned model with these signals.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from claims.gazetteer import lexicon
from claims.mentions import Mention
from claims.types import Claim, Quote, Sentence

if TYPE_CHECKING:  # claims.attribution imports this module at run time
    from claims.attribution import Attribution


log = logging.getLogger(__name__)


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=_Spanned)

MIN_TOKENS = 4
# Weight of the learned probability in the final score; the rest is the rule signal below.
MODEL_WEIGHT = 0.6
_NUMBER = re.compile(
    r"\d|%|٪|\b(?:percent|million|billion|thousand|hundred|dozens?|half|third|quarter|two|"
    r"three|four|five|six|seven|eight|nine|ten|twenty|fifty)\b|"
    r"(?<!\S)[وبل]?(?:اثنين|اثنان|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر|عشرين|ثلاثين|أربعين|"
    r"خمسين|عشرات|مئات|آلاف|ألف|مليون|ملايين|مليار|مليارات|نصف|ربع|ثلث|بالمئة|بالمائة|ضعف)"
    r"(?:ة|ات)?(?![^\s.,،؛:!?؟])"
)
# Common nouns of bodies that act in news without being named ("وأطلق الجيش عملية").
GENERIC_ACTORS = lexicon("generic_actors") | lexicon("en_generic_actors")
POSITION_WORDS = lexicon("position_words", ("", "و", "ف")) | lexicon("en_position_words")


@dataclass
class Candidate:
    """A sentence that may be a claim, with the signals found in it."""

    sentence: Sentence
    kind: str
    speaker: str | None
    entities: list[str]
    signal: float


def candidates(
    text: str,
    sentences: list[Sentence],
    token_norms: list[tuple[int, str]],
    mentions: list[Mention],
    quotes: list[Quote],
    attributions: list[Attribution],
) -> list[Candidate]:
    """Return claim candidates among `sentences` (token_norms: (start, normalised word))."""
    out: list[Candidate] = []
    mi = qi = ai = ti = 0
    for sent in sentences:
        s, e = sent.start, sent.end
        words: list[str] = []
        while ti < len(token_norms) and token_norms[ti][0] < e:
            if token_norms[ti][0] >= s:
                words.append(token_norms[ti][1])
            ti += 1
        ms, mi = _within(mentions, mi, s, e)
        qs, qi = _within(quotes, qi, s, e)
        atts, ai = _within(attributions, ai, s, e)
        actors = [m for m in ms if m.type in ("PERSON", "ORG", "PLACE", "NORP")]
        generic = any(w in GENERIC_ACTORS or w.lower() in GENERIC_ACTORS for w in words)
        has_number = bool(_NUMBER.search(text[s:e]))
        has_date = any(m.type == "DATE" for m in ms)
        if len(words) < MIN_TOKENS or not (actors or generic or has_number or has_date or qs):
            continue
        spoken = [a for a in atts if a.speaker is not None]
        said = [q for q in qs if q.speaker and (q.kind == "full" or len(q.text.split()) >= 4)]
        if said:
            kind, speaker = "quote", said[0].speaker
        elif has_number:
            kind, speaker = "numeric", spoken[0].speaker.name if spoken else None  # type: ignore[union-attr]
        elif spoken:
            kind, speaker = "attribution", spoken[0].speaker.name  # type: ignore[union-attr]
        elif any(w in POSITION_WORDS or w.lower() in POSITION_WORDS for w in words):
            kind, speaker = "position", None
        else:
            kind, speaker = "event", None
        if kind == "quote" and speaker is None and spoken:
            speaker = spoken[0].speaker.name  # type: ignore[union-attr]
        names = list(dict.fromkeys(m.canonical for m in actors))
        signal = min(
            1.0,
            0.2
            + 0.25 * has_number
            + 0.1 * has_date
            + 0.15 * bool(actors or generic)
            + 0.15 * bool(spoken)
            + 0.15 * bool(said),
        )
        out.append(Candidate(sent, kind, speaker, names, signal))
    return out


def _within(items: list[T], i: int, start: int, end: int) -> tuple[list[T], int]:
    """Items (sorted by start) that start in [start, end); returns them and the next index."""
    while i < len(items) and items[i].start < start:
        i += 1
    j = i
    while j < len(items) and items[j].start < end:
        j += 1
    return items[i:j], j


def score(texts: list[str], signals: list[float]) -> list[float]:
    """Check-worthiness in [0, 1]: MODEL_WEIGHT × model probability + the rest × rule signal.

    The model (claims.checkworthy.score_texts) is called once for all texts; when it cannot be
    loaded the rule signal alone is used.
    """
    if not texts:
        return []
    try:
        from claims.checkworthy import score_texts

        probs = score_texts(texts)
    except (ImportError, OSError, ValueError) as exc:
        log.warning("check-worthiness model unavailable (%s); using rule signals only", exc)
        return [round(s, 4) for s in signals]
    return [
        round(min(1.0, max(0.0, MODEL_WEIGHT * p + (1 - MODEL_WEIGHT) * s)), 4)
        for p, s in zip(probs, signals, strict=True)
    ]


def to_claims(text: str, found: list[Candidate]) -> list[Claim]:
    """Turn candidates into `Claim` records with scores (one model call for the article)."""
    texts = [text[c.sentence.start : c.sentence.end] for c in found]
    scores = score(texts, [c.signal for c in found])
    return [
        Claim(t, c.sentence.start, c.sentence.end, c.kind, c.speaker, cw, c.entities)
        for t, c, cw in zip(texts, found, scores, strict=True)
    ]
