"""Capitalised phrases ending at an English subject's last word, read more closely: a person
named before the body they belong to ("Justice Miriam Kiprono of the Environment and Land
Court"), a name after a title and the field it governs ("Director of Pensions Grace Wanjiru"),
the whole name of a body a listed one ends ("Civil Aviation Regulatory Commission") and an
acronym that opens another body's name ("TAP" for "TAP Air Portugal"); the capitalised subject
opening a sentence, and a name after its capitalised role after a quotation's verb ("“...,”
said Health Minister Tomas Duarte"); and the words between a subject and its verb: auxiliaries
and adverbs ("also", "privately"), a relative clause without commas ("A resident who lost his
shop said"); used by claims.subjects_en and claims.attribution."""

from __future__ import annotations

import re

from claims.asides_en import capitalised, english_name
from claims.bodies_en import BODY_NOUNS, phrase
from claims.context import Context, Speaker, speaker_from
from claims.gazetteer import word_forms
from claims.media_en import EN_OUTLET_WORDS
from claims.mentions import Mention
from claims.names_en import name_after_role
from claims.unnamed_en import EN_DETERMINERS, EN_FUNCTION_WORDS, capitalised_phrase


def person_of_body(ctx: Context, a: int, k: int) -> Speaker | None:
    """The person a capitalised phrase in tokens [a, k] names before "of" and the body they
    belong to ("Justice Miriam Kiprono of the Environment and Land Court in Nakuru"), or None
    when the words before "of" are a body's ("The Association of Banks in Lebanon")."""
    toks = ctx.tokens
    c = next((j for j in range(a + 1, k) if toks[j].norm == "of"), None)
    if c is None:
        return None
    while (
        a > 0 and c - a < 4 and ctx.text[toks[a - 1].start].isupper() and ctx.gap(a - 1, a) == " "
    ):
        a -= 1  # the person's whole name, which the body's long one cut off
    if c - a < 2:
        return None  # "Governor of the Central Bank": a role, no name
    words = [t.norm.lower() for t in toks[a:c]]
    if any(w in BODY_NOUNS | EN_FUNCTION_WORDS | {"the"} for w in words):
        return None
    if not any(
        toks[j].norm[:1].isupper() and toks[j].norm.lower() in BODY_NOUNS
        for j in range(c + 1, k + 1)
    ):
        return None
    m = ctx.mention_end.get(c)
    return speaker_from(m) if m is not None and m.type == "PERSON" else english_name(ctx, a, c)


def named_after_role(ctx: Context, a: int, k: int) -> Speaker | None:
    """The two-word name ending a capitalised phrase in tokens [a, k] after a title and the
    field it governs ("Director of Pensions Grace Wanjiru", "Commissioner of Police Helen
    Marsh"), or None. A body after "of" takes "the" ("Director of the National Weather
    Service"), and a name's words are not found in lower case elsewhere in the article. The
    body's own name may go before the title ("GAM Director of Transport Planning Hazem
    Obeidat")."""
    toks = ctx.tokens
    titles = (ctx.mention_at.get(j) for j in range(a, min(a + _OWNER_WORDS + 1, k)))
    m = next((t for t in titles if t is not None and t.type == "TITLE"), None)
    c = m.tok_end if m is not None else a
    if c == a or c >= k - 2 or toks[c].norm != "of":
        return None
    if not all(capitalised(ctx, j) and ctx.gap(j - 1, j) == " " for j in range(c + 1, k + 1)):
        return None
    lower = {t.norm for t in toks if t.norm.islower()}
    words = [toks[j].norm.lower() for j in (k - 1, k)]
    if any(w in BODY_NOUNS or w in lower for w in words):
        return None
    return english_name(ctx, k - 1, k + 1)


_OWNER_WORDS = 3  # capitalised words of a body's name before its officer's title


def longer_body(ctx: Context, m: Mention, k: int) -> Speaker | None:
    """The whole name of a body a listed one ends ("Civil Aviation Regulatory Commission" for
    "Regulatory Commission"), or None when no capitalised word goes before the mention."""
    if m.type != "ORG" or m.media:
        return None
    toks = ctx.tokens
    a = capitalised_phrase(ctx, k)
    while a < m.tok_start and toks[a].norm.lower() in EN_FUNCTION_WORDS | {"the"}:
        a += 1  # "But", "The": the sentence's words, not the name's
    if a >= m.tok_start:
        return None
    # "Professor Anna Lindqvist of the Karolinska Institute": a person of the body
    return person_of_body(ctx, a, k) or phrase(ctx, a, k + 1)


_MEDIA_WORDS = word_forms("news agency press photo photos television tv radio")


def acronym_of_other(ctx: Context, m: Mention) -> bool:
    """True when the medium m is an acronym the article also writes before two more
    capitalised words ("TAP Air Portugal"): the start of another body's name."""
    acronym = ctx.text[m.start : m.end]
    if not acronym.isupper():
        return False
    pattern = rf"\b{re.escape(acronym)} ([A-Z][a-z]+) ([A-Z][a-z]+)"
    return any(
        not {w.lower() for w in hit.groups()} & _MEDIA_WORDS
        for hit in re.finditer(pattern, ctx.text)
    )


def sentence_subject(ctx: Context, v: int) -> Speaker | None:
    """The capitalised subject opening an English sentence: a person or a body."""
    sent = ctx.sentence_of(ctx.tokens[v].start)
    if sent is None:
        return None
    a = ctx.tok_index(sent.start)
    m = ctx.mention_at.get(a) or ctx.mention_at.get(a + 1)
    if m is not None and m.type == "ORG":
        # "The National Weather Service extended ...": a listed name ("The National") the
        # capitalised words after it make part of a longer one; "CNN Business": a medium's outlet
        z = m.tok_end
        while z < v and ctx.gap(z - 1, z) == " " and ctx.text[ctx.tokens[z].start].isupper():
            z += 1
        outlet = m.media and ctx.tokens[m.tok_end].norm.lower() in EN_OUTLET_WORDS
        return speaker_from(m) if z == m.tok_end or outlet else phrase(ctx, m.tok_start, z)
    if m is not None and m.type == "PERSON":
        return speaker_from(m)
    if ctx.tokens[a].norm.lower() == "the":
        a += 1
    end = a
    while end < v and end - a < 6 and ctx.text[ctx.tokens[end].start].isupper():
        end += 1
    if end - a < 2 or end >= v or ctx.text[ctx.tokens[end].start].isupper():
        return None
    return english_name(ctx, a, end) if end - a <= 4 else None


def role_and_name_after(ctx: Context, k: int) -> Speaker | None:
    """The person named after their capitalised role from token k to the end of the clause or
    a function word, after a quotation's verb ("“...,” said Health Minister Tomas Duarte.",
    "... said Labour Minister Ana Reyes on Monday"), or None."""
    toks = ctx.tokens
    if k >= len(toks) or not capitalised(ctx, k):
        return None
    z = k
    while z + 1 < len(toks) and z - k < _ROLE_AND_NAME and ctx.gap(z, z + 1) in (" ", "-"):
        if not capitalised(ctx, z + 1):
            break
        z += 1  # "Park Ji-hoon": a hyphened name goes on
    if z + 1 < len(toks) and ctx.gap(z, z + 1) == " ":
        ends = toks[z + 1].norm in EN_FUNCTION_WORDS  # "... Ana Reyes on Monday"
    else:
        ends = z + 1 >= len(toks) or ctx.gap(z, z + 1).strip()[:1] in (",", ".", ";")
    return name_after_role(ctx, k, z) if ends else None


_ROLE_AND_NAME = 6  # words of a role and a name: "Deputy Health Minister Tomas Duarte"


_EN_AUX = word_forms("also later then has had have would will could again once")


def adverbial(ctx: Context, k: int) -> bool:
    """An auxiliary or adverb at token k between an English subject and its verb ("has",
    "privately"); a word in "-ly" after a determiner is a noun ("the family")."""
    word = ctx.tokens[k].norm
    noun = k > 0 and ctx.tokens[k - 1].norm.lower() in EN_DETERMINERS | _EN_POSSESSIVES
    adverb = word.islower() and word.endswith("ly") and len(word) > 4 and not noun
    return word.lower() in _EN_AUX or adverb


_EN_POSSESSIVES = word_forms("his her its their our my your")


def restrictive_who(ctx: Context, k: int) -> int | None:
    """The last token of the subject a relative clause without commas describes, the clause
    ending at token k before its speech verb ("A resident who lost his shop said"), or None.

    The clause ("who asked not to be named") holds no punctuation or quotation and opens after
    a word ("a man who", not "“...,” who").
    """
    toks = ctx.tokens
    sent = ctx.sentence_of(toks[k].start)
    lo = ctx.tok_index(sent.start) if sent is not None else 0
    for j in range(k - 1, max(k - 12, lo), -1):
        if ctx.gap(j, j + 1).strip(" -'’"):
            return None
        if toks[j].norm.lower() == "who":
            return j - 1 if j - 1 >= lo and not ctx.gap(j - 1, j).strip() else None
    return None
