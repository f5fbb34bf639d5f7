"""Quoted words after an indefinite plural ("ماكينات «فوري»", "حافلات «الباص السريع»"): the
name of the things the plural counts, not anybody's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # claims.context imports the quote finders that use this module
    from claims.context import Context


def brand_after_plural(ctx: Context, first: int, last: int) -> bool:
    """True for quoted words after an indefinite plural: one word ("ماكينات «فوري»",
    "بيانات «الائتمان»", "مصادر «الخبر»"), or a definite phrase in construct with it ("حافلات
    «الباص سريع التردد»", "لقوارب «المشحوف» التي"). An adjective quoted after a plural is
    indefinite: "تصريحات «غير مسؤولة»", "مصادر «مطلعة»"."""
    prev = ctx.tokens[first - 1].norm if first > 0 else ""
    one = first + 1 == last or ctx.tokens[first].norm.startswith("ال")
    return one and not prev.startswith("ال") and (prev.endswith("ات") or _broken_plural(prev))


def _broken_plural(word: str) -> bool:
    """True for the plural patterns مفاعل/فواعل ("مصادر", "قوارب") and مفاعيل ("مشاريع"),
    also after a one-letter preposition ("لقوارب"). Five letters opening with a verb's prefix
    (يـ تـ نـ, or و/ف before a verb like "وطالب") or closing with ة are verbs or singulars."""
    bare = word[1:] if len(word) > 5 and word[0] in "لبوفك" else word
    if len(bare) == 6:
        return bare[2] == "ا" and bare[4] == "ي"
    return len(bare) == 5 and bare[2] == "ا" and bare[0] not in "يتناوف" and bare[-1] != "ه"
