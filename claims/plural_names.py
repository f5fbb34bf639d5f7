"""Quoted words after an indefinite plural ("ماكينات «فوري»", "حافلات «الباص السريع»") or picked
out among the things a plural counts ("مرافق جبل جيس، ومنها «جيس فلايت»"): the name of one of
those things, not anybody's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.gazetteer import word_forms
from claims.written_names import SPOKEN_TO

if TYPE_CHECKING:  # claims.context imports the quote finders that use this module
    from claims.context import Context


def named_by_plural(ctx: Context, first: int, last: int) -> bool:
    """True when the quoted words from token `first` to `last` name one of the things a plural
    counts: right after the plural, or picked out of a list of them."""
    return _brand_after_plural(ctx, first, last) or _named_among(ctx, first)


def _brand_after_plural(ctx: Context, first: int, last: int) -> bool:
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


# "ومنها", "أبرزها", "من بينها": one picked out of a list; bare "منها" only after a comma, as
# "312 منها «غير صالحة»" and "الهدف منها «...»" make it a partitive or a complement.
_AMONG = word_forms("ومنها وأبرزها")
_AMONG_AFTER_COMMA = word_forms("منها أبرزها")
# Things said: "كرر عبارات، منها «لن نتراجع»" picks out words said, not a name.
_SAYINGS = SPOKEN_TO | word_forms(
    "تصريحات عبارات كلمات رسائل تغريدات منشورات أقوال", ("", "و", "ب", "ل")
)


def _named_among(ctx: Context, first: int) -> bool:
    """True when the quoted words starting at token `first` follow "ومنها", "، منها",
    "أبرزها" or "من بينها" ("مرافق جبل جيس، ومنها «جيس فلايت»"), or go on such a list ("من
    بينها «زاد» و«رحلة»"): one of the things just listed, by name, unless what was listed
    are statements or words said ("عبارات، منها «...»")."""
    p = _picked_at(ctx, first)
    return p is not None and not _sayings_listed(ctx, p)


def among_sayings(ctx: Context, first: int) -> bool:
    """True when the quoted words starting at token `first` are picked out of statements or
    words listed just before ("وأدلى الوزير بتصريحات عدة، منها «لن نتراجع»"): words said,
    even when no speech verb introduces them."""
    p = _picked_at(ctx, first)
    return p is not None and _sayings_listed(ctx, p)


def _picked_at(ctx: Context, first: int) -> int | None:
    """The token opening "ومنها", "، منها", "أبرزها" or "من بينها" when the quoted words
    starting at token `first` follow it or go on its list ("من بينها «زاد» و«رحلة»"), else
    None."""
    toks = ctx.tokens
    p = first - 1
    if p < 1 or ctx.gap(p, first).strip(' «“"'):
        return None
    word = toks[p].norm
    if word == "و" and set(ctx.gap(p - 1, p)) & set('»”"'):
        opening = max(ctx.text.rfind(m, 0, toks[p - 1].start) for m in '«“"')
        return _picked_at(ctx, ctx.tok_index(opening)) if opening >= 0 else None
    comma = bool(set(ctx.gap(p - 1, p)) & set("،,"))
    if word == "بينها" and toks[p - 1].norm in ("من", "ومن"):
        return p - 1
    if word in _AMONG or (word in _AMONG_AFTER_COMMA and comma):
        return p
    return None


def _sayings_listed(ctx: Context, p: int) -> bool:
    """True when statements or words said are listed in the three words before token p."""
    return any(ctx.tokens[k].norm in _SAYINGS for k in range(max(p - 3, 0), p))
