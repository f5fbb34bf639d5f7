"""Quoted words written on something or given as what it is called, in Arabic: a banner's
slogan ("لافتات كتب عليها «...»"), a source's name ("تقرير صادر عن «بيتك»"), a nickname ("التي
يطلق عليها «...»"), a medium spoken to ("في تصريح خاص إلى «...»"), a channel used ("الدفع عبر
«فوري»"), or (in any language) credited in a dateline ("رام الله ـ «القدس العربي»:"), a body's
name set off in commas after it ("الشركة المشغلة للمعمل، “إنفيروتيك ليبانون”،"). They are names,
not anybody's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.gazetteer import word_forms
from claims.mentions import BODY_HEADS, INSTITUTIONS
from claims.speech import ON

if TYPE_CHECKING:  # claims.context imports the quote finders that use this module
    from claims.context import Context
    from claims.segment import QuoteSpan

_ON_IT = word_forms("عليها عليه عن")
_SOME = word_forms("بعضها بعضه")
# "لافتات كتب عليها «...»", "المعلومات التي تحصلت عليها «الشروق»", "تقرير صادر عن «بيتك»"
_WRITTEN = word_forms("كتب كتبت خط خطت حصلت تحصلت اطلعت صادر صادرة الصادر الصادرة")
# "التي يطلق عليها «...»": what something is called
_CALLED = word_forms("يطلق تطلق يطلقون أطلق أطلقت أطلقوا")


def written_before(ctx: Context, p: int) -> bool:
    """True when a quotation closing right before token p followed "كتب عليها" or
    "يطلق عليها": the next quoted words go on the list ("كتب عليها «...» و«...»")."""
    gap = ctx.gap(p - 1, p)
    if not set(gap) & set('»”"'):
        return False
    opening = max(ctx.text.rfind(m, 0, ctx.tokens[p - 1].start) for m in '«“"')
    return written_on_or_called(ctx, ctx.tok_index(opening) - 1)


def written_on_or_called(ctx: Context, p: int) -> bool:
    """True when token p closes "كتب عليها", "صادر عن", "كتب على بعضها" or "يطلق عليها"
    before a quotation: words written on something, or what it is called."""
    words = [t.norm for t in ctx.tokens[max(p - 2, 0) : p + 1]]
    if p < 1 or words[-1] not in _ON_IT | _SOME:
        return False
    if words[-2] in _WRITTEN | _CALLED:
        return True
    return len(words) > 2 and words[-2] == ON and words[-3] in _WRITTEN


INTERVIEWS = word_forms("مقابلة حديث اتصال لقاء حوار جولة")  # "في جولة لـ«سبق»"
# Said to a medium: "في مقابلة مع «...»", "في تصريح خاص إلى «...»".
_TO = word_forms("إلى")
SPOKEN_TO = INTERVIEWS | word_forms("تصريح تصريحات مداخلة")
_PRESS = word_forms("خاص خاصة صحفي صحفية هاتفي هاتفية متلفز متلفزة إذاعي إذاعية")
# Verbs taking إلى: "دعا في تصريح إلى «التهدئة»" calls for something, not to a medium.
_TOWARDS = word_forms(
    "دعا دعت دعوا يدعو تدعو داعيا داعية أشار أشارت يشير تشير مشيرا مشيرة لفت لفتت لافتا نبه نبهت"
    " منبها منبهة",
    ("", "و", "ف"),
)


def spoken_to(ctx: Context, p: int) -> bool:
    """True when token p ("مع", "إلى") follows an interview or statement ("في تصريح إلى",
    "في مقابلة خاصة مع"): what it takes is the medium spoken to."""
    toks = ctx.tokens
    k = p - 1
    if k >= 0 and toks[k].norm in _PRESS:
        k -= 1
    if k < 0 or toks[k].norm not in SPOKEN_TO:
        return False
    before = (toks[j].norm for j in range(max(k - 3, 0), k))
    return toks[p].norm not in _TO or not any(w in _TOWARDS for w in before)


def in_dateline(ctx: Context, q: QuoteSpan) -> bool:
    """True when the quoted span follows a line's opening place and dash ("رام الله ـ",
    "GAZA CITY -"): a dateline crediting the outlet, not anybody's words."""
    head = ctx.text[ctx.text.rfind("\n", 0, q.start) + 1 : q.start].strip()
    return head[-1:] in ("-", "–", "—", "ـ") and 0 < len(head[:-1].split()) <= 3


def body_in_commas(ctx: Context, q: QuoteSpan, p: int) -> bool:
    """True when the quoted words stand between commas right after a body's noun phrase
    ("الشركة المشغلة للمعمل، “...”،"): the body's name in apposition."""
    after = ctx.text[q.end : q.end + 3].lstrip()
    if p < 0 or "،" not in ctx.text[ctx.tokens[p].end : q.start] or after[:1] not in ("،", ","):
        return False
    heads = (
        ctx.tokens[k].norm.removeprefix("و").removeprefix("ال") for k in range(max(p - 3, 0), p + 1)
    )
    return any(h in BODY_HEADS or h in INSTITUTIONS for h in heads)


# "عبر" (via) before a channel: a payment service, an app, a platform.
_VIA = word_forms("عبر بواسطة")


def channel_via(ctx: Context, first: int, last: int) -> bool:
    """True for one quoted word without the article right after "عبر" ("الدفع عبر «فوري»"):
    the brand of the channel used. Words quoted as a means are definite or longer ("عبر
    «الحوار»", "عبر «حوار جاد»", "عبر «آلية دفع مؤجل ...»")."""
    word = ctx.tokens[first].norm
    via = first > 0 and ctx.tokens[first - 1].norm in _VIA
    return via and last - first == 1 and not word.startswith(("ال", "وال"))
