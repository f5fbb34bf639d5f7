"""Asides around an English speaker's name: the comma-set description before a verb ("Ann Roe,
head of sales at ..., said"), a name set off by commas (", Claire Dunmore, said") and a short
parenthesis ("(Unami)"); used by claims.subjects_en to step back to the subject."""

from __future__ import annotations

from claims.context import Context, Speaker, speaker_from
from claims.gazetteer import word_forms
from claims.mentions import Mention
from claims.unnamed_en import EN_FUNCTION_WORDS, QUOTE_MARKS, capitalised_phrase, name_particle


def capitalised(ctx: Context, j: int) -> bool:
    """True when token j is capitalised, the lower-case end of a hyphenated capitalised word
    ("Ji-won" in "Park Ji-won"), or a name's particle hyphened to one ("al" in "al-Rawahi")."""
    toks = ctx.tokens
    if toks[j].norm[:1].isupper() or name_particle(ctx, j):
        return True
    return j > 0 and ctx.gap(j - 1, j) == "-" and toks[j - 1].norm[:1].isupper()


def english_name(ctx: Context, a: int, b: int) -> Speaker | None:
    """A run of capitalised words in tokens [a, b) read as a name ("John Smith")."""
    toks = ctx.tokens
    words = [j for j in range(a, b) if not (j > a and ctx.gap(j - 1, j) == "-")]
    if not words or not all(capitalised(ctx, j) for j in range(a, b)) or len(words) > 4:
        return None
    text = " ".join(ctx.text[toks[a].start : toks[b - 1].end].split())  # keeps "Copa-Cogeca"
    return Speaker(text, toks[a].start, toks[b - 1].end)


def parenthesis_start(ctx: Context, k: int) -> int | None:
    """The first token inside a short parenthesis closing after token k ("(Unami)"), or None."""
    for j in range(k, max(k - 6, 0), -1):
        gap = ctx.gap(j - 1, j)
        if set(gap) & set(QUOTE_MARKS + "!?;)"):
            return None
        if gap.strip() == "(":
            return j
    return None


ASIDE_OPENERS = word_forms("who whose which where a an")


def aside_start(ctx: Context, k: int, fallback: bool = True) -> int | None:
    """The token before the comma opening the aside that ends at token k, or None.

    The aside opens with a relative word, a participle, a role or a description ("who runs
    ...", "whose family ...", "speaking on condition of anonymity", "head of sales at ...");
    else (with `fallback`) it is the nearest comma.
    """
    toks = ctx.tokens
    sent = ctx.sentence_of(toks[k].start)
    lo = ctx.tok_index(sent.start) if sent is not None else 0
    commas = [
        a
        for a in range(k - 1, max(k - 25, lo) - 1, -1)
        if "," in ctx.gap(a, a + 1)
        and not set(ctx.gap(a, a + 1)) & set(QUOTE_MARKS)
        # a comma of the quotation before the speaker ("“The wind rose, which made it
        # worse,” Ann Roe, the agency's director, said") opens no aside about them
        and not ctx.in_quote(toks[a].end)
    ]
    for a in commas:
        word = toks[a + 1].norm
        role = ctx.mention_at.get(a + 1)  # "Priya Nair, director of policy at ..., said"
        if word.lower() in ASIDE_OPENERS or (word.islower() and word.endswith("ing")):
            return a
        if role is not None and role.type == "TITLE":
            return a
        if word.islower() and toks[a].norm[:1].isupper() and (not fallback or word == "the"):
            # "Ann Roe, head of sales at ...", "Thandeka Mokoena, the city's member of the
            # mayoral committee for transport,": a role of the name before the comma
            return a
        if not fallback and _possessed(ctx, a + 1) and capitalised(ctx, a):
            return a  # "Lina Abi Nader, Haddad's co-founder,": a tie to another, of the name
    near = commas[0] if fallback and commas and commas[0] > k - 10 else None
    # a long role after a name opening the clause: "“...,” Karim Benjelloun, chief executive
    # officer of Casablanca-based developer Medz Industrial Parks, told ..."
    return near if near is not None or not fallback else _named_before_role(ctx, commas, lo)


def _possessed(ctx: Context, j: int) -> bool:
    """True when the capitalised word at token j is a possessive ("Haddad's") before a
    lower-case noun ("Haddad's co-founder")."""
    toks = ctx.tokens
    return (
        j + 2 < len(toks)
        and toks[j].norm[:1].isupper()
        and ctx.gap(j, j + 1) in ("'", "’")
        and toks[j + 1].norm == "s"
        and toks[j + 2].norm.islower()
    )


def _named_before_role(ctx: Context, commas: list[int], lo: int) -> int | None:
    """The token before the farthest comma of `commas` that follows a two- to four-word name
    opening the sentence or following a quotation, a lower-case word after it, or None."""
    toks = ctx.tokens
    for a in reversed(commas):
        word = toks[a + 1].norm
        if not word.islower() or word in EN_FUNCTION_WORDS:
            continue
        first = capitalised_phrase(ctx, a)
        opens = first == lo or bool(set(ctx.gap(first - 1, first)) & set(QUOTE_MARKS))
        if opens and a > first and english_name(ctx, first, a + 1) is not None:
            return a
    return None


def appositive_before(ctx: Context, k: int) -> int | None:
    """The first token of a name set off by commas ending at token k (", Claire Dunmore,"), or
    None.

    A name no list holds counts after a description ending in a lower-case word: "A nurse who
    would give only her first name, Rosa, said"; not "a farmer from Springfield, Ohio, said".
    """
    m = ctx.mention_end.get(k + 1)
    if m is not None:
        # the name's role may lead it ("Mayor Ann Roe") or stand before the comma ("Fathy's
        # agent, Hany Mansour,"), where the name alone is set off
        firsts = (m.lead, m.tok_start) if m.lead is not None else (m.tok_start,)
        return next((f for f in firsts if f > 0 and ctx.gap(f - 1, f).strip() == ","), None)
    toks = ctx.tokens
    first = capitalised_phrase(ctx, k)
    if first < 2 or first < k - 2 or ctx.gap(first - 1, first).strip() != ",":
        return None
    if any(j in ctx.any_at for j in range(first, k + 1)):
        return None  # a place, a date or a nationality, not who speaks
    before = toks[first - 1].norm
    named = (
        before.isalnum()
        and not before[:1].isupper()
        and before.lower() not in EN_FUNCTION_WORDS  # "Acme, based in Lindow, said"
        and english_name(ctx, first, k + 1) is not None
    )
    return first if named else None


BELONGING = word_forms("of at from")


# Titles of communities and faiths before a name that no title list holds: "Chief Ann Roe".
_EN_HONORIFICS = word_forms(
    "chief elder rabbi imam pastor reverend rev father sister sheriff coach captain councillor"
)


def person_before_body(ctx: Context, m: Mention) -> Speaker | None:
    """The person named right before "of"/"at"/"from", the lower-case words that may follow
    it and the capitalised name that `m` ends ("Chief Dora Finch of the nearby Willow Lake Cree
    Nation", where a list read "Cree Nation" as a person), without their title; or None."""
    toks = ctx.tokens
    c = m.tok_start - 1
    while c > 1 and m.tok_start - c <= 7 and ctx.gap(c, c + 1) == " ":
        if toks[c].norm in BELONGING and capitalised(ctx, c - 1) and ctx.gap(c - 1, c) == " ":
            break  # "of the town of Dunmore": the name before the first "of"
        if not toks[c].norm.isalpha():
            return None
        c -= 1
    if toks[c].norm not in BELONGING or not capitalised(ctx, c - 1):
        return None
    held = ctx.mention_end.get(c)
    if held is not None and held.type == "PERSON":
        return speaker_from(held)
    b = c
    while b > 0 and c - b < 4 and capitalised(ctx, b - 1) and ctx.gap(b - 1, b) in (" ", "-"):
        b -= 1
    title = ctx.mention_at.get(b)
    if title is not None and title.type == "TITLE":
        b = title.tok_end
    elif c - b > 2 or toks[b].norm.lower() in _EN_HONORIFICS:
        b += 1  # "Chief Dora Finch"
    return english_name(ctx, b, c) if c - b >= 2 else None


def known_as(ctx: Context, k: int) -> Speaker | None:
    """The name an aside ending at token k gives who speaks ("The national search and rescue
    agency, known as Basarnas, said", ", also known as the PNP, said"), or None."""
    toks = ctx.tokens
    for j in range(k, max(k - 5, 1), -1):
        if ctx.gap(j - 1, j).strip():
            return None
        if toks[j - 1].norm.lower() != "as" or j < 3 or toks[j - 2].norm.lower() != "known":
            continue
        lead = j - 3 if toks[j - 3].norm.lower() == "also" else j - 2
        if lead < 1 or ctx.gap(lead - 1, lead).strip() != ",":
            return None
        a = j + 1 if toks[j].norm.lower() == "the" and j < k else j
        return english_name(ctx, a, k + 1)
    return None
