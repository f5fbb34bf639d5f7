"""People English introduces without a listed name: an unnamed person opening a sentence as the
subject of its speech verb ("An aide to the mayor, who asked not to be named, said ..."), or
put after it with whom they speak for ("“...,” says a spokesperson for the airline"), and a
relative or colleague named after the word for the tie ("Her son Karim, 30, runs ..."); the
first and last are whom a later "he" or "she" means."""

from __future__ import annotations

from claims.asides_en import capitalised, english_name
from claims.bodies_en import BODY_NOUNS
from claims.context import Context, Speaker
from claims.gazetteer import word_forms
from claims.speech import COMPLEMENTIZERS, EN_VERBS
from claims.unnamed_en import (
    EN_BARE_HEADS,
    EN_FUNCTION_WORDS,
    QUOTE_MARKS,
    indefinite_subject,
    unnamed_for,
)


def quoted_at(ctx: Context, a: int) -> bool:
    """True when the word at token a lies in a quotation: a long one, or any opening right at it
    (“When I started,” Hussein said: a short one the sentence opens with)."""
    start = ctx.tokens[a].start
    return ctx.in_quote(start) or (start > 0 and ctx.text[start - 1] in QUOTE_MARKS)


def unnamed_speaking(ctx: Context, a: int, z: int) -> Speaker | None:
    """The unnamed person opening a sentence from token a to z as the subject of its speech
    verb ("An aide to the mayor, who asked not to be named, said ..."), or None: the verb right
    after the noun phrase or after an aside closed by a comma."""
    toks = ctx.tokens
    if toks[a].norm.lower() not in ("a", "an") or quoted_at(ctx, a):
        return None
    end = next(
        (
            j
            for j in range(a + 1, min(z, len(toks) - 1))
            if ctx.gap(j, j + 1).strip() or toks[j + 1].norm in EN_VERBS
        ),
        None,
    )
    if end is None:
        return None
    unnamed = indefinite_subject(ctx, end)
    if unnamed is None or unnamed.head in BODY_NOUNS:
        return None
    for j in range(end + 1, min(z, len(toks))):
        if ctx.in_quote(toks[j].start) or set(ctx.gap(j - 1, j)) & set(QUOTE_MARKS + ".;:"):
            return None
        if toks[j].norm in EN_VERBS and (j == end + 1 or "," in ctx.gap(j - 1, j)):
            return unnamed
    return None


# Words for a tie to someone named after them ("His daughter Noor", "Her colleague Samir"), with
# the gender the word tells.
_TIES_F = word_forms("daughter wife mother sister granddaughter grandmother aunt niece widow")
_TIES_M = word_forms("son husband father brother grandson grandfather uncle nephew widower")
_TIES = (
    _TIES_F
    | _TIES_M
    | word_forms(
        "cousin neighbour neighbor colleague friend partner classmate boss assistant child"
    )
)
_OWNERS = word_forms("his her their my our")


def relative_named(ctx: Context, a: int) -> Speaker | None:
    """The person a sentence opening at token a introduces by a tie and a name, as its subject
    ("His daughter Noor, 27, ...", "Her eldest son Karim runs ...", "Jabbar's wife, Zainab,
    milks ..."), with the gender the tie word tells; None otherwise."""
    toks = ctx.tokens
    if quoted_at(ctx, a) or a + 2 >= len(toks):
        return None
    owned = toks[a].norm[:1].isupper() and ctx.gap(a, a + 1) in ("'", "’")
    if owned and toks[a + 1].norm == "s":
        a += 1  # "Jabbar's wife": a person's tie, as "his wife" is
    elif toks[a].norm.lower() not in _OWNERS:
        return None
    t = next((j for j in (a + 1, a + 2) if j < len(toks) and toks[j].norm in _TIES), None)
    if t is None or any(ctx.gap(j - 1, j) != " " for j in range(a + 1, t + 1)):
        return None
    # the name right after the tie, or set off by commas: "Jabbar's wife, Zainab, milks"
    apposed = t + 1 < len(toks) and ctx.gap(t, t + 1) == ", "
    b = t + 1
    while b < len(toks) and b - t <= 3 and capitalised(ctx, b):
        if b > t + 1 and ctx.gap(b - 1, b) not in (" ", "-"):
            break
        b += 1
    if b >= len(toks) or b == t + 1 or (ctx.gap(t, t + 1) != " " and not apposed):
        return None
    # the name ends the subject: a comma, or the verb in lower case ("Her son Karim runs")
    if not (ctx.gap(b - 1, b).strip() == "," or (toks[b].norm.islower() and not apposed)):
        return None
    name = english_name(ctx, t + 1, b)
    if name is None:
        return None
    name.gender = "f" if toks[t].norm in _TIES_F else "m" if toks[t].norm in _TIES_M else ""
    return name


_RUN_ON = 8  # words of whom an unnamed speaker after the verb speaks for: "for the airline"


def speaking_for_after(ctx: Context, unnamed: Speaker) -> Speaker | None:
    """An unnamed speaker read after the verb ("said a spokesperson") with whom they speak for,
    running on to the end of the clause ("said a spokesperson for the airline."); None when
    the words after are no such phrase ("said a spokesperson the plan was ...")."""
    toks = ctx.tokens
    if not unnamed.head or unnamed.end is None:
        return None
    e = ctx.tok_index(unnamed.end)
    for z in range(e + 1, min(e + _RUN_ON, len(toks) + 1)):
        if z == len(toks) or ctx.gap(z - 1, z).strip(" -'’"):
            whole = unnamed_for(ctx, z - 1)
            return whole if whole is not None and whole.start == unnamed.start else None
        if toks[z].norm.lower() in EN_VERBS | COMPLEMENTIZERS or ctx.in_quote(toks[z].start):
            return None
    return None


def introduced_again(ctx: Context, k: int) -> Speaker | None:
    """ "the banker" ending at token k: a lower-case noun after "the" that an earlier sentence
    opened with after "a"/"an"/"one" as the subject of its speech verb ("A banker familiar with the
    deal said ..." then "“...,” the banker said"), the same unnamed person, whom
    claims.reference resolves to that description; or None."""
    toks = ctx.tokens
    word = toks[k].norm
    if k < 1 or toks[k - 1].norm.lower() != "the" or not (word.isalpha() and word.islower()):
        return None
    if word in EN_VERBS:
        return None  # "A report said ..., the report said": words, not a person
    bare = word in EN_BARE_HEADS
    for sent in ctx.sentences:
        if sent.end > toks[k - 1].start:
            return None
        a = ctx.tok_index(sent.start)
        # "One person close to the fund said" introduces one as "a" does
        if toks[a].norm.lower() not in ("a", "an", "one") or ctx.in_quote(toks[a].start):
            continue
        # the noun itself or after one modifier: "A banker", "A senior banker"; "the person"
        # any noun's ("One executive at a trading house said ... the person said")
        heads = [
            j
            for j in (a + 1, a + 2)
            if j < len(toks)
            and (toks[j].norm == word or (bare and _last_noun(ctx, j)))
            and ctx.gap(a, a + 1) == ctx.gap(j - 1, j) == " "
        ]
        end = ctx.tok_index(sent.end)
        if heads and any(toks[j].norm in EN_VERBS for j in range(heads[0] + 1, end)):
            # as other unnamed heads: "official" of "officials"
            head = toks[heads[0]].norm.rstrip("s")
            return Speaker(f"the {word}", toks[k - 1].start, toks[k].end, head=head, definite=True)
    return None


def _last_noun(ctx: Context, j: int) -> bool:
    """True when the lower-case word at token j ends an unnamed person's noun phrase: a
    function word or a comma follows ("One executive at ...", "A trader, who ...")."""
    toks = ctx.tokens
    word = toks[j].norm
    if not (word.isalpha() and word.islower()) or word in EN_FUNCTION_WORDS or j + 1 >= len(toks):
        return False
    return toks[j + 1].norm in EN_FUNCTION_WORDS or ctx.gap(j, j + 1).strip() == ","
