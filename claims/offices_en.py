"""English bodies named in lower case by their owner or field: "the prime minister's office",
"Greenpeace's European policy office", "the ministry of natural resources", "the Kurdistan
Regional Government's ministry of natural resources", "Bristol city council"; used by
claims.subjects_en."""

from __future__ import annotations

from claims.bodies_en import BODY_NOUNS, PLACE_BODIES, phrase
from claims.context import Context, Speaker
from claims.gazetteer import word_forms
from claims.unnamed_en import EN_FUNCTION_WORDS, capitalised_phrase


def owned_body(ctx: Context, k: int) -> Speaker | None:
    """The body a subject ending at token k names by its owner or by its field in lower case
    (office_of, local_body, field_body), or None."""
    word = ctx.tokens[k].norm.lower()
    if word in BODY_NOUNS:
        return office_of(ctx, k) or (local_body(ctx, k) if word in _LOCAL_BODIES else None)
    return field_body(ctx, k)


# A place's own bodies, and the lower-case words between the place and such a body's noun:
# "Bristol city council", "Surrey county council", "Fife district council".
_LOCAL_BODIES = word_forms("council councils")
_LOCAL_KINDS = PLACE_BODIES | word_forms("district parish")


def local_body(ctx: Context, k: int) -> Speaker | None:
    """ "Bristol city council", "Sefton council": the council at token k written in lower
    case after a capitalised place's name (and maybe the kind of place), the name opening its
    sentence or clause, or after "the"; else None."""
    toks = ctx.tokens
    e = k - 1
    if e > 0 and toks[e].norm in _LOCAL_KINDS and ctx.gap(e, k) == " ":
        e -= 1
    if e < 0 or ctx.gap(e, e + 1) != " " or not toks[e].norm[:1].isupper():
        return None
    a = capitalised_phrase(ctx, e)
    a += toks[a].norm == "The" and a < e
    m = ctx.any_at.get(a)
    if ctx.in_quote(toks[a].start) or (m is not None and m.type == "PERSON"):
        return None
    sent = ctx.sentence_of(toks[a].start)
    opens = sent is not None and ctx.text[sent.start : toks[a].start].strip() in ("", "The")
    after = ctx.gap(a - 1, a).strip() == "," or toks[a - 1].norm.lower() == "the" if a else False
    return phrase(ctx, a, k + 1) if opens or after else None


def office_of(ctx: Context, k: int) -> Speaker | None:
    """ "the prime minister's office", "the mayor's office": the body noun at token k owned by
    a role named in lower case after "the"; "Greenpeace's European policy office": owned by a
    body's name, with the words that say which of its bodies; "Tunisia's presidency": owned by
    a listed place; else None."""
    toks = ctx.tokens
    s = k - 1
    while s > k - 4 and s > 1 and toks[s].norm != "s" and _qualifier(ctx, s):
        s -= 1  # "European policy": which of the owner's offices
    if s < 2 or toks[s].norm != "s" or ctx.gap(s - 1, s) not in ("'", "’"):
        return None
    if toks[s - 1].norm[:1].isupper():
        a = capitalised_phrase(ctx, s - 1)
        a += toks[a].norm == "The"
        other = ctx.any_at.get(a)
        if s < k - 1 and a < s and (other is None or other.type == "ORG"):
            return phrase(ctx, a, k + 1)
        if other is not None and other.type == "PLACE" and other.tok_end == s:
            return phrase(ctx, a, k + 1)  # "Tunisia's presidency": the state's body
        return None  # "the Finance Minister's office": a name, read elsewhere
    if s < k - 1:
        return None
    for the in range(k - 3, max(k - 6, -1), -1):
        if ctx.gap(the, the + 1).strip():
            return None
        if toks[the].norm.lower() == "the":
            return phrase(ctx, the, k + 1)
        if not (toks[the].norm.isalpha() and toks[the].norm.islower()):
            return None
    return None


def _qualifier(ctx: Context, j: int) -> bool:
    """True when token j is a word qualifying a body's noun after its owner ("European",
    "policy"), joined to the next by a space."""
    word = ctx.tokens[j].norm
    return word.isalpha() and word.lower() not in EN_FUNCTION_WORDS and ctx.gap(j, j + 1) == " "


_FIELD_WORDS = 4  # lower-case words of a field: "natural resources", "labour and social affairs"


def field_body(ctx: Context, k: int) -> Speaker | None:
    """ "the ministry of natural resources", "Iraq's ministry of oil": a body noun written in
    lower case, "of" and the lower-case words of its field ending at token k, after "the" or a
    capitalised owner's "'s" (kept: "the Kurdistan Regional Government's ministry of ..."), or
    None for another shape."""
    toks = ctx.tokens
    o = k
    while o > k - _FIELD_WORDS and o > 2 and toks[o].norm != "of":
        word = toks[o].norm
        if ctx.gap(o - 1, o) != " " or not (word.isalpha() and word.islower()):
            return None
        if word in EN_FUNCTION_WORDS - {"and"}:
            return None
        o -= 1
    h = o - 1
    if o == k or toks[o].norm != "of" or ctx.gap(h, o) != " " or toks[h].norm not in BODY_NOUNS:
        return None
    if ctx.in_quote(toks[h].start) or toks[k].norm == "and":
        return None
    if toks[h - 1].norm.lower() == "the" and ctx.gap(h - 1, h) == " ":
        return phrase(ctx, h, k + 1)  # "the" introduces the body, whose name it is not part of
    s = h - 1
    if toks[s].norm != "s" or ctx.gap(s - 1, s) not in ("'", "’") or s < 2:
        return None
    if not toks[s - 1].norm[:1].isupper():
        return None
    a = capitalised_phrase(ctx, s - 1)
    a += toks[a].norm == "The" and a < s - 1
    return phrase(ctx, a, k + 1)
