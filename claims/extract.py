"""The extraction pipeline: article text → sentences, entities, quotations, claims.

`extract` is the public entry point (used by ingest, the CLI and the dashboard).
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.attribution import Attribution, find_attributions
from claims.context import Context
from claims.detect import Candidate, candidates, score, to_claims
from claims.entities import find_mentions, to_entities
from claims.mentions import Mention
from claims.quotes import find_quotes
from claims.segment import (
    QuoteSpan,
    detect_language,
    find_quote_spans,
    paragraphs,
    split_sentences,
    tokenize,
)
from claims.types import ArticleInfo, Extraction, Quote, Sentence


@dataclass
class _Analysis:
    sentences: list[Sentence]
    mentions: list[Mention]
    quotes: list[Quote]
    candidates: list[Candidate]


@dataclass
class Reading:
    """An article read up to its quotations: context, quoted spans, mentions, speech verbs."""

    ctx: Context
    spans: list[QuoteSpan]
    mentions: list[Mention]
    attributions: list[Attribution]


def read(text: str, lang: str) -> Reading:
    """Return the reading of an article in language `lang`."""
    tokens = tokenize(text)
    spans = find_quote_spans(text)
    sentences = split_sentences(text, spans)
    quoted = [(q.inner_start, q.inner_end) for q in spans if q.inner_end - q.inner_start > 25]
    mentions = find_mentions(text, tokens, lang, quoted)
    ctx = Context(text, tokens, mentions, sentences, lang)
    ctx.quoted = quoted
    return Reading(ctx, spans, mentions, find_attributions(ctx))


def _analyse(text: str, lang: str) -> _Analysis:
    r = read(text, lang)
    quotes = find_quotes(r.ctx, r.spans, r.attributions, paragraphs(text))
    norms = [(t.start, t.norm) for t in r.ctx.tokens]
    found = candidates(text, r.ctx.sentences, norms, r.mentions, quotes, r.attributions)
    return _Analysis(r.ctx.sentences, r.mentions, quotes, found)


def extract(text: str, title: str = "", lang: str | None = None) -> Extraction:
    """Return the extraction of one article; every span indexes `text` as given.

    `lang` ("ar", "en", ...) is detected from the letters when None.
    """
    lang = lang or detect_language(f"{title}\n{text}")
    found = _analyse(text, lang)
    return Extraction(
        article=ArticleInfo(title=title, lang=lang, chars=len(text)),
        sentences=found.sentences,
        quotes=found.quotes,
        claims=to_claims(text, found.candidates),
        entities=to_entities(found.mentions, text),
    )


def checkworthiness(texts: list[str]) -> list[float]:
    """Return the check-worthiness in [0, 1] of each text read as one statement.

    The same score a claim gets in `extract`: the learned model blended with the claim signals
    (numbers, actors, attribution, quotation) found in the text; a text that carries none of
    them gets the model's share alone.
    """
    signals = []
    for text in texts:
        found = _analyse(text, detect_language(text)).candidates if text.strip() else []
        signals.append(max((c.signal for c in found), default=0.0))
    return score(texts, signals)
