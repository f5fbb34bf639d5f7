"""Quoted words named by their kind, in Arabic: after a naming noun and its adjectives
("الحملة الترويجية «زيت تونس.. ذهب المتوسط»"), opening with the kind of document or scheme
they name ("تعديلات على «نظام ترخيص شركات النقل»"), or a body's whole name ("دعت إليه
«التنسيقية الوطنية لأساتذة التعليم الثانوي»"). They are names, not anybody's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.gazetteer import word_forms
from claims.mentions import BODY_HEADS, NAME_STOP, NAMING
from claims.speech import AR_VERBS, is_complementizer
from claims.titles import adjective_like

if TYPE_CHECKING:
    from claims.context import Context
    from claims.segment import QuoteSpan

# kinds a title opens with: "«نظام ترخيص ...»", "«قانون الإيجارات»", "«برنامج دعم الصادرات»"
_DOCUMENTS = word_forms(
    "نظام لائحة قانون مرسوم اتفاقية استراتيجية مبادرة برنامج مشروع خطة ميثاق مدونة دليل"
)


def named_by_kind(ctx: Context, q: QuoteSpan, first: int, last: int) -> bool:
    """True when the quoted words (tokens first..last) are named by their kind: a described
    naming noun before them, a document's kind opening them, or a body's name filling them."""
    if ctx.lang != "ar":
        return False
    return (
        _after_described_kind(ctx, first, last)
        or _opens_with_document(ctx, q, first, last)
        or _body_name(ctx, first, last)
    )


def _ends_clause(ctx: Context, last: int) -> bool:
    return last >= len(ctx.tokens) or bool(ctx.gap(last - 1, last).strip('»”" '))


def _after_described_kind(ctx: Context, first: int, last: int) -> bool:
    """ "الحملة الترويجية «...»": a naming noun with the article and one or two adjectives
    right before; not the subject of a reported clause the words complete ("أن الحملة
    الوطنية «نجحت في أهدافها».")."""
    toks = ctx.tokens
    k = first - 1
    while k > 0 and first - k <= 2 and not ctx.gap(k, k + 1).strip(' «“"'):
        word = toks[k].norm
        if word[:2] != "ال" or not adjective_like(word, toks[k - 1].norm):
            break
        if ctx.gap(k - 1, k).strip():
            break
        k -= 1
    word = toks[k].norm if 0 <= k < first - 1 else ""
    if not word.startswith("ال") or word[2:] not in NAMING:
        return False
    opens = k > 0 and is_complementizer(toks[k - 1].norm)
    return not (opens and _ends_clause(ctx, last))


def _opens_with_document(ctx: Context, q: QuoteSpan, first: int, last: int) -> bool:
    """ "تعديلات على «نظام ترخيص شركات تطبيقات النقل الذكية»": a document's kind in construct
    with nouns, after a noun or a preposition (what is said follows a verb, "أن" or ":")."""
    toks = ctx.tokens
    if last - first < 2 or toks[first].norm not in _DOCUMENTS or first == 0:
        return False
    before = ctx.text[: q.start].rstrip()
    prev = toks[first - 1].norm
    if before.endswith(":") or is_complementizer(prev) or prev in AR_VERBS:
        return False
    if last < len(toks) and is_complementizer(toks[last].norm):
        return False  # "«...» إن": what follows goes on with what was said
    return all(t.norm not in NAME_STOP and t.norm not in AR_VERBS for t in toks[first:last])


def _body_name(ctx: Context, first: int, last: int) -> bool:
    """ "«التنسيقية الوطنية لأساتذة التعليم الثانوي»": a body's head with the article, then
    only definite words and complements in ل/و (no particle, no verb)."""
    toks = ctx.tokens
    head = toks[first].norm
    if last - first < 2 or not head.startswith("ال") or head not in BODY_HEADS:
        return False
    for i in range(first + 1, last):
        word = toks[i].norm
        if word in NAME_STOP or word in AR_VERBS:
            return False
        # a complement in ل/و is a construct closed by a definite word: "لأساتذة التعليم"
        joined = word[:1] in "لو" and i + 1 < last and toks[i + 1].norm.startswith("ال")
        if not (word.startswith(("ال", "وال")) or joined):
            return False
    return True
