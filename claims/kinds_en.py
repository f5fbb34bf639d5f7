"""English bodies named by the noun of their kind: "the FNV union" (its name before the noun),
"the central bank" (one lower-case word before it), "the two companies" (bodies spoken of
together), "the Treasury" for "the National Treasury" named in full before, and a listed body
by the full name the article writes ("The Israel Defense Forces (IDF) said"); used by
claims.subjects_en."""

from __future__ import annotations

from claims.bodies_en import BODY_NOUNS, phrase
from claims.context import Context, Speaker, speaker_from
from claims.gazetteer import word_forms
from claims.mentions import Mention
from claims.unnamed_en import EN_FUNCTION_WORDS, capitalised_phrase


def named_kind(ctx: Context, k: int) -> Speaker | None:
    """ "the FNV union", "the Likud party": a body's name before the noun of its kind at token k
    after "the", or None."""
    toks = ctx.tokens
    if toks[k].norm.lower() not in BODY_NOUNS:
        return None
    a = k
    while a > 1 and k - a < 4 and not ctx.gap(a - 1, a).strip():
        if not toks[a - 1].norm[:1].isupper() or toks[a - 1].norm == "The":
            break
        a -= 1
    the = a - 1
    if a == k or toks[the].norm.lower() != "the" or ctx.gap(the, a).strip():
        return None
    return phrase(ctx, the, k + 1)


# What goes before bodies spoken of together: "the companies", "both airlines", "the two banks".
_EN_BOTH = word_forms("the both two three all")


def _plural_body(word: str) -> bool:
    """True for the plural of a body noun: "companies", "airlines", "banks"."""
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word.endswith("s") and single in BODY_NOUNS


def bodies_together(ctx: Context, k: int) -> Speaker | None:
    """ "the two companies", "both airlines" ending at the plural body noun at token k: the
    bodies spoken of at once, or None."""
    toks = ctx.tokens
    word = toks[k].norm.lower()
    if k == 0 or not _plural_body(word) or toks[k - 1].norm.lower() not in _EN_BOTH:
        return None
    a = k - 1
    while a > 0 and toks[a - 1].norm.lower() in _EN_BOTH and not ctx.gap(a - 1, a).strip():
        a -= 1
    return phrase(ctx, a, k + 1)


def named_in_full(ctx: Context, a: int, k: int) -> Speaker | None:
    """The whole name a body called by the capitalised words in tokens [a, k] after "the" was
    given before, after "the" too ("the National Treasury, which ..." then "the Treasury
    said"), or None."""
    toks = ctx.tokens
    if a == 0 or toks[a - 1].norm.lower() != "the":
        return None
    short = [t.norm for t in toks[a : k + 1]]
    for j in range(a - 2, 0, -1):
        if toks[j].norm != short[-1] or ctx.in_quote(toks[j].start):
            continue
        b = capitalised_phrase(ctx, j)
        words = [t.norm for t in toks[b : j + 1]]
        longer = b > 0 and toks[b - 1].norm == "the" and len(short) < len(words) <= 4
        if longer and words[-len(short) :] == short:
            return phrase(ctx, b, j + 1)
    return None


def modified_body(ctx: Context, k: int, bare: bool) -> Speaker | None:
    """ "the central bank", "the health ministry": the body noun at token k after "the" and one
    lower-case word. The nearest earlier capitalised name holding both words ("the Central Bank
    of Egypt", "the Ministry of Health"), else (with `bare`) the two words themselves; None for
    another shape."""
    toks = ctx.tokens
    if (
        k < 2
        or toks[k - 2].norm.lower() != "the"
        or (ctx.gap(k - 2, k - 1) + ctx.gap(k - 1, k)).strip()
    ):
        return None
    head, modifier = toks[k].norm.lower(), toks[k - 1].norm
    if not (modifier.isalpha() and modifier.islower()) or modifier in EN_FUNCTION_WORDS:
        return None
    for e in range(k - 3, 0, -1):
        word = toks[e].norm
        ends = e + 1 >= len(toks) or not toks[e + 1].norm[:1].isupper()
        if not word[:1].isupper() or not ends or ctx.in_quote(toks[e].start):
            continue
        a = capitalised_phrase(ctx, e)
        a += toks[a].norm == "The"
        if a < e and {head, modifier} <= {t.norm.lower() for t in toks[a : e + 1]}:
            return phrase(ctx, a, e + 1)
    return phrase(ctx, k - 1, k + 1) if bare else None


def as_written(ctx: Context, m: Mention) -> Speaker:
    """The body mention `m` names, by the full name the article writes when that is two or more
    capitalised words other than the list's name ("Israel Defense Forces" for a list's
    "Israeli military": who speaks, in the article's words); by the list's name for an
    acronym ("IMF"), a name in lower case ("the finance ministry") or one a possessive opens
    ("Bavaria's Interior Ministry")."""
    toks = ctx.tokens
    a = m.tok_start + (toks[m.tok_start].norm == "The")
    words = [toks[j].norm for j in range(a, m.tok_end)]
    spaced = all(ctx.gap(j - 1, j) == " " for j in range(a + 1, m.tok_end))
    written = all(w[:1].isupper() and not w.isupper() for w in words)
    if len(words) < 2 or not spaced or not written:
        return speaker_from(m)
    name = ctx.text[toks[a].start : toks[m.tok_end - 1].end]
    return Speaker(name, toks[a].start, toks[m.tok_end - 1].end, gender=speaker_from(m).gender)
