"""English speech verbs beside quotation marks: a verb that closes a short quotation is the
quoted speaker's own ("“Nobody answered,” she said"), a few capitalised words in marks are a
name ("code-named “Operation Larkspur”"), and after a quotation's verb a person may be named
before the body they belong to ("“...,” said Wambui Njoroge of the Consumers Federation"); a
verb taking an infinitive within what another verb reports ("She said the ministry had promised
to ...") introduces no words. Used by claims.subjects_en."""

from __future__ import annotations

from claims.asides_en import BELONGING, capitalised
from claims.context import Context, Speaker, speaker_from
from claims.gazetteer import word_forms
from claims.speech import EN_VERBS
from claims.unnamed_en import EN_DETERMINERS, EN_FUNCTION_WORDS


def quoted_verb(ctx: Context, v: int) -> bool:
    """True when the verb at token v closes a short quotation opened within its sentence
    ("“Nobody answered,” she said"): the quoted speaker's words, not the writer's."""
    if v + 1 >= len(ctx.tokens) or not set(ctx.gap(v, v + 1)) & set('”"'):
        return False
    sent = ctx.sentence_of(ctx.tokens[v].start)
    lo = sent.start if sent is not None else 0
    before = ctx.text[lo : ctx.tokens[v].start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def named_in_quotes(ctx: Context, k: int) -> bool:
    """True when token k ends a name of a few capitalised words in quotation marks within a
    sentence ("an investigation code-named “Operation Larkspur”,"), not a quotation."""
    toks = ctx.tokens
    for j in range(k, max(k - 5, 0), -1):
        if not toks[j].norm[:1].isupper():
            return False
        opening = ctx.gap(j - 1, j)
        if set(opening) & set('“"'):
            return opening.strip() in ("“", '"') and toks[j - 1].norm.isalpha()
        if opening.strip():
            return False
    return False


def person_of_body_after(ctx: Context, k: int) -> Speaker | None:
    """The person named at token k, or after one or two capitalised words of their role there
    ("Dutch MEP Pieter Hoekstra"), before "of"/"at"/"from" and a body ("Wambui Njoroge of the
    Consumers Federation of Kenya"), or None."""
    j = k
    while (
        j < min(k + 2, len(ctx.tokens) - 1)
        and j not in ctx.mention_at
        and capitalised(ctx, j)
        and ctx.gap(j, j + 1) == " "
    ):
        j += 1
    m = ctx.mention_at.get(j)
    if m is None or m.type != "PERSON" or m.tok_end >= len(ctx.tokens):
        return None
    if ctx.gap(m.tok_end - 1, m.tok_end).strip() or ctx.tokens[m.tok_end].norm not in BELONGING:
        return None
    return speaker_from(m)


_ROLE_REACH = 7  # words from a body's name to its person: "Ostby Chess Club team captain"


def person_after_role(ctx: Context, k: int) -> Speaker | None:
    """The person named at the end of a clause starting at token k with a body's capitalised
    name and the person's lower-case role in it ("“...,” said Al-Ittihad captain Nouf Al-Qahtani,
    27", "said Brightwell chief executive Ann Roe."), or None: no stop between, and no function
    word or verb in the role."""
    toks = ctx.tokens
    if k >= len(toks) or not capitalised(ctx, k):
        return None
    for j in range(k + 1, min(k + _ROLE_REACH, len(toks))):
        word = toks[j].norm
        if ctx.gap(j - 1, j).strip("-'’ ") or word.lower() in EN_DETERMINERS | _NOT_ROLES:
            return None
        m = ctx.mention_at.get(j)
        if m is None or m.type != "PERSON" or not toks[j - 1].norm.islower():
            continue
        ends = m.tok_end >= len(toks) or ctx.gap(m.tok_end - 1, m.tok_end).strip()[:1] in ",.;"
        return speaker_from(m) if ends else None
    return None


_NOT_ROLES = EN_VERBS | EN_FUNCTION_WORDS


# Words after "to" that make it a preposition, not an infinitive's: "pledged to the fund".
_EN_NOT_INFINITIVE = EN_DETERMINERS | word_forms("his her its their our my your them him us me")


# Verbs asking someone to act, whose object goes before the infinitive: "asked residents in
# April to cut their use", "urged drivers to stay home".
_EN_REQUESTS = word_forms("ask asked asks urge urged urges tell told tells order ordered orders")
_OBJECT_WORDS = 4  # words between a request's verb and its "to": "residents in April"


def reported_commitment(ctx: Context, v: int) -> bool:
    """True when the verb at token v takes an infinitive ("promised to monitor", "agreed to
    pay", "asked residents to cut") within what an earlier speech verb of its sentence reports
    ("She said the ministry had promised to ...", "Roe said the city had asked residents in
    April to cut ..."): a commitment or request reported, which introduces no words of its
    own."""
    toks = ctx.tokens
    t = v + 1
    if toks[v].norm.lower() in _EN_REQUESTS:
        while t < min(v + 1 + _OBJECT_WORDS, len(toks) - 1) and toks[t].norm != "to":
            if ctx.gap(t - 1, t).strip() or ctx.in_quote(toks[t].start):
                return False
            t += 1
    if t + 1 >= len(toks) or toks[t].norm != "to" or ctx.gap(t - 1, t).strip():
        return False
    verb = toks[t + 1].norm
    if not verb.isalpha() or not verb.islower() or verb in _EN_NOT_INFINITIVE:
        return False
    sent = ctx.sentence_of(toks[v].start)
    lo = ctx.tok_index(sent.start) if sent is not None else 0
    return any(
        toks[j].norm.lower() in EN_VERBS and not ctx.in_quote(toks[j].start)
        for j in range(lo, v - 1)
    )
