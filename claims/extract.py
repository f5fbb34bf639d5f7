"""The extraction pipeline: article text → sentences, entities, quotations, claims.

`extract` is the public entry point (used by ingest, the CLI and the dashboard).
"""

from __future__ import annotations

from claims.attribution import find_attributions
from claims.context import Context
from claims.detect import candidates, to_claims
from claims.entities import find_mentions, to_entities
from claims.quotes import find_quotes
from claims.segment import (
    detect_language,
    find_quote_spans,
    paragraphs,
    split_sentences,
    tokenize,
)
from claims.types import ArticleInfo, Extraction


def extract(text: str, title: str = "", lang: str | None = None) -> Extraction:
    """Return the extraction of one article; every span indexes `text` as given.

    `lang` ("ar", "en", ...) is detected from the letters when None.
    """
    lang = lang or detect_language(f"{title}\n{text}")
    tokens = tokenize(text)
    spans = find_quote_spans(text)
    sentences = split_sentences(text, spans)
    mentions = find_mentions(text, tokens, lang)
    ctx = Context(text, tokens, mentions, sentences, lang)
    ctx.quoted = [(q.inner_start, q.inner_end) for q in spans if q.inner_end - q.inner_start > 25]
    attributions = find_attributions(ctx)
    quotes = find_quotes(ctx, spans, attributions, paragraphs(text))
    norms = [(t.start, t.norm) for t in tokens]
    found = candidates(text, sentences, norms, mentions, quotes, attributions)
    return Extraction(
        article=ArticleInfo(title=title, lang=lang, chars=len(text)),
        sentences=sentences,
        quotes=quotes,
        claims=to_claims(text, found),
        entities=to_entities(mentions, text),
    )
