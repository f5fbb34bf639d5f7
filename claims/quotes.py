"""Quotations: which quoted spans are speech (not names), and whose.

A quotation takes the attribution (claims.attribution) a careful reader would use: the nearest
predicate before it in its sentence whose subject is resolved; else one after it ("“...”، قائلاً",
"“...,” said Blinken", "«...»، هكذا رد فلان"); a quotation opening a paragraph after "قال فلان:"
is his; a quotation alone in its paragraph with no predicate continues the last speaker, and in
an interview with none before it the answers are the interviewee's (claims.reference).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from claims.attribution import Attribution
from claims.context import Context, Speaker
from claims.name_or_quote import name_model, span_features, speech_shaped
from claims.quoted_names import MAX_TITLE_WORDS, is_name_span
from claims.reference import main_person, nearest_mention
from claims.segment import QuoteSpan
from claims.speech import ACCORDING, COMPLEMENTIZERS
from claims.types import Quote, Sentence


@dataclass
class _Found:
    span: QuoteSpan
    start: int
    end: int
    speaker: Speaker | None
    source: str | None
    kind: str


class SpeechVerbs:
    """The speech verbs outside quotations, in text order, to find those around a quotation."""

    def __init__(self, spans: list[QuoteSpan], attributions: list[Attribution]) -> None:
        inside = [(q.start, q.end) for q in spans]
        self.atts = [a for a in attributions if not _inside(inside, a.start)]
        self.starts = [a.start for a in self.atts]

    def around(self, ctx: Context, q: QuoteSpan) -> tuple[list[Attribution], list[Attribution]]:
        """Return the speech verbs before and after the quoted span in its sentence."""
        sent = ctx.sentence_of(q.start) or Sentence(q.start, q.end)
        before = self.atts[bisect_left(self.starts, sent.start) : bisect_left(self.starts, q.start)]
        after = self.atts[bisect_left(self.starts, q.end) : bisect_left(self.starts, sent.end)]
        return before, after


def find_quotes(
    ctx: Context,
    spans: list[QuoteSpan],
    attributions: list[Attribution],
    paragraphs: list[tuple[int, int]],
) -> list[Quote]:
    """Return the direct quotations among quoted spans, each with kind, speaker and source."""
    verbs = SpeechVerbs(spans, attributions)
    atts, att_starts = verbs.atts, verbs.starts
    found: list[_Found] = []
    names: set[str] = set()  # quoted words already read as a name stay one: “جي 42” ... “جي 42”
    for q in spans:
        start, end = _strip_span(ctx.text, q.inner_start, q.inner_end)
        first, last = quoted_words(ctx, q)
        n_words = last - first
        key = " ".join(t.norm for t in ctx.tokens[first:last])
        if n_words == 0 or key in names:
            continue
        sent = ctx.sentence_of(q.start) or Sentence(q.start, q.end)
        before, after = verbs.around(ctx, q)
        if n_words <= MAX_TITLE_WORDS and (
            is_name_span(ctx, q, first, last, before, after, n_words)
            or _learned_name(ctx, q, first, last, bool(before), bool(after))
        ):
            names.add(key)
            continue
        k = bisect_right(paragraphs, (q.start, len(ctx.text) + 1)) - 1
        para = paragraphs[k] if k >= 0 and q.start < paragraphs[k][1] else (q.start, q.end)
        if not before and not after:
            prev_para = paragraphs[k - 1] if k > 0 else None
            before = _lead_in(ctx, q, para, prev_para, atts, att_starts)
            if (
                not before
                and prev_para is not None
                and (q.end - q.start) >= 0.8 * (para[1] - para[0])
            ):
                before = _reported_since(prev_para, atts, att_starts, found)
            if not before and sent.start > para[0] and not ctx.text[sent.start : q.start].strip():
                # "قالت أمينة، ...، إنها سمعت ... «خفنا كثيرا»": a quotation opening a sentence
                # after the speaker's indirect speech in its paragraph
                before = _reported_since((para[0], sent.start), atts, att_starts, found)
        speaker, source = _speaker_for(ctx, q, sent, para, before, after, found)
        kind = quote_kind(ctx, q, sent, first, n_words)
        found.append(_Found(q, start, end, speaker, source, kind))
    return [
        Quote(
            ctx.text[f.start : f.end],
            f.start,
            f.end,
            f.speaker.name if f.speaker else None,
            f.speaker.start if f.speaker else None,
            f.speaker.end if f.speaker else None,
            f.source,
            f.kind,
        )
        for f in found
    ]


def _lead_in(
    ctx: Context,
    q: QuoteSpan,
    para: tuple[int, int],
    prev: tuple[int, int] | None,
    atts: list[Attribution],
    att_starts: list[int],
) -> list[Attribution]:
    """The attribution of a quotation opening a paragraph after "... قال فلان:" / "X said:"."""
    if prev is None or ctx.text[para[0] : q.start].strip() or not ctx.text[: prev[1]].endswith(":"):
        return []
    return atts[bisect_left(att_starts, prev[0]) : bisect_left(att_starts, prev[1])][-1:]


def _reported_since(
    prev: tuple[int, int], atts: list[Attribution], att_starts: list[int], found: list[_Found]
) -> list[Attribution]:
    """For a quotation alone in its paragraph: the person the paragraph before reported in
    indirect speech after the last quotation ("وقال محمد، وهو سائق ...، إن التفتيش ...")."""
    since = max(prev[0], found[-1].span.end if found else 0)
    named = [
        a
        for a in atts[bisect_left(att_starts, since) : bisect_left(att_starts, prev[1])]
        if a.explicit and a.speaker is not None
    ]
    return named[-1:]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when `pos` lies strictly inside one of the sorted, disjoint `spans`."""
    k = bisect_right(spans, (pos, pos)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def quoted_words(ctx: Context, q: QuoteSpan) -> tuple[int, int]:
    """Return the token range (first, last) of the words between a span's marks."""
    start, end = _strip_span(ctx.text, q.inner_start, q.inner_end)
    if start >= end:
        return 0, 0
    return ctx.tok_index(start), ctx.tok_index(end)


def _learned_name(
    ctx: Context, q: QuoteSpan, first: int, last: int, before: bool, after: bool
) -> bool:
    """True when the learned model (claims.name_or_quote) is sure the words are a name."""
    model = name_model()
    if model is None or speech_shaped(ctx, q, first, last):
        return False
    return model.is_name(span_features(ctx, q, first, last, before, after))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in '«»“”„"'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '«»“”„"'):
        end -= 1
    return start, end


def _speaker_for(
    ctx: Context,
    q: QuoteSpan,
    sent: Sentence,
    para: tuple[int, int],
    before: list[Attribution],
    after: list[Attribution],
    found: list[_Found],
) -> tuple[Speaker | None, str | None]:
    """Pick the attribution a careful reader would use for quotation q."""
    # a medium named after the quotation counts only within its sentence ("According to the
    # agency, ..." in the next sentence frames its own clause)
    sources = [a.source for a in before + [a for a in after if a.start < sent.end] if a.source]
    starts_sentence = not ctx.text[sent.start : q.start].strip(" \t-–—")
    chosen: Attribution | None = None
    # the nearest predicate whose subject is resolved: "Fairley said ... what one official had
    # privately described as “...”" is Fairley's report when the official has no name
    before = [a for a in before if a.speaker is not None] or before
    after = [a for a in after if a.speaker is not None] or after
    # "وذلك «حتى إشعار آخر»، بحسب ما أفاد X": who is named right after the words said them
    named_next = bool(after) and ctx.tokens[after[0].tok].norm in ACCORDING
    named_next = named_next and after[0].speaker is not None
    named_next = named_next and not ctx.text[q.end : after[0].start].strip(" ،,")
    if after and (starts_sentence or not before or named_next):
        chosen = after[0]
    elif before:
        chosen = before[-1]
    if chosen is not None:
        speaker = chosen.speaker
        if speaker is not None:
            speaker = nearest_mention(ctx, speaker, q.start) if not chosen.explicit else speaker
        return speaker, chosen.source or (sources[0] if sources else None)
    standalone = (q.end - q.start) >= 0.8 * (para[1] - para[0])
    previous = [f for f in found if f.speaker is not None]
    same_para = bool(previous) and previous[-1].span.start >= para[0]
    if previous and (standalone or same_para or previous[-1].span.end >= sent.start - 2):
        last = previous[-1]
        return nearest_mention(ctx, last.speaker, q.start) if last.speaker else None, last.source
    if standalone and not previous:
        # an answer of an interview ("■ question" / "- «answer»"): the person most talked about
        return main_person(ctx, q.start), sources[0] if sources else None
    return None, sources[0] if sources else None


def quote_kind(ctx: Context, q: QuoteSpan, sent: Sentence, first: int, n_words: int) -> str:
    """ "full" for a whole quoted statement, "fragment" for words quoted inside reported speech."""
    lead = ctx.text[sent.start : q.start].rstrip()
    if not lead.strip(" -–—") or lead.endswith((":", "：")):
        return "full"
    inner = ctx.text[q.inner_start : q.inner_end]
    if re.search(r"[.!?؟]\s+\S", inner):
        return "full"  # several sentences
    prev = ctx.tokens[first - 1].norm if first > 0 else ""
    if prev in COMPLEMENTIZERS and n_words >= 6:
        return "full"  # "بأن “اجتماع اليوم ينعقد ...”": a whole clause
    return "fragment"
