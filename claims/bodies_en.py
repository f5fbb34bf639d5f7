"""English bodies a speech verb's subject names or refers back to: "the agency" (the body
named before), "The federation" (a name ending in another noun of its kind), "the regulator"
(the body opening the sentence before), "the coastguard" (as the article introduced it, "the
Libyan coastguard"), "the state-owned carrier", and "it" for the body opening the sentence
before; bodies named by the noun of their kind ("the FNV union", "the two companies") are read
by claims.kinds_en, by their owner or field in lower case ("the prime minister's office") by
claims.offices_en."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from claims.acronyms_en import acronymed_body
from claims.context import Context, Speaker, speaker_from
from claims.gazetteer import word_forms
from claims.mentions import Mention
from claims.unnamed_en import EN_FUNCTION_WORDS, capitalised_phrase

BODY_NOUNS = word_forms(
    "agency ministry organization organisation company group council committee department "
    "office commission authority bank fund union party charity court hospital firm university "
    "airline carrier board association institute centre center federation regulator watchdog "
    "presidency college school museum library gallery coastguard prosecution embassy navy "
    "parliament"
)


# Governments of places, which speak as bodies do ("the city said", "the county said") but
# whose nouns are no part of other bodies' names ("the Kansas City Council").
PLACE_BODIES = word_forms("city town county municipality village borough")


# Nouns that refer back only to a body whose name holds them ("the college" for "Marlow
# College", not for another body named just before): a body of another kind is none of theirs.
_OWN_KINDS = PLACE_BODIES | word_forms("presidency college school museum library gallery ministry")


# Nouns for one kind of body, any of which refers back to it: "Maersk, the Danish shipping
# group, ..." then "The company said"; "the Ghana Football Association" then "The federation
# said", "the California Nurses Association" then "the union said".
_EN_KINDS = (
    # and the words companies' names end in: "Pacific Crest Insurance", "Halden Foods Inc."
    word_forms(
        "company group firm carrier airline business conglomerate operator insurance inc corp "
        "corporation co ltd llc plc holdings airlines airways air pjsc psc saog qsc qpsc bsc "
        "gmbh ag nv"
    ),
    word_forms("association federation union confederation league"),
)


def body_referred(ctx: Context, k: int, the: int | None = None) -> Speaker:
    """The body "the agency" (its noun at token k, "the" before it or at token `the`: "the
    state-owned carrier") refers back to: the nearest of a listed body, a name described as such
    a body ("Maersk, the Danish shipping group") and a name ending in a noun of its kind ("the
    Ghana Football Association" for "the federation", "the Yukon Wildfire Agency" for "the
    agency"), else "the agency" itself; a name ending in an abbreviation keeps its full stop
    ("Eastern Gulf Petrochemical Co.")."""
    return _with_abbreviation_stop(ctx, _referred(ctx, k, k - 1 if the is None else the))


def _referred(ctx: Context, k: int, the: int) -> Speaker:
    """The body the noun at token k after "the" at token `the` refers back to (body_referred)."""
    toks = ctx.tokens
    head = toks[k].norm.lower()
    # a listed kind's nouns are interchangeable, so a name ending in one is the body
    kinds = next((kind for kind in _EN_KINDS if head in kind), frozenset((head,)))
    named = _body_of_kind(ctx, the, kinds)
    found = [_described_body(ctx, the, kinds), named]
    described = max((b for b in found if b is not None), key=lambda b: b.start or 0, default=None)
    before = ctx.mentions_before(toks[the].start)
    own = head in _OWN_KINDS
    body = next(
        (
            m
            for m in before
            if m.type == "ORG" and not m.media and (not own or head in m.canonical.lower().split())
        ),
        None,
    )
    # "Safaricom, which ..., paid $236mn ... The company said"; "The Saudi Central Bank ... The
    # regulator said": a role's noun names no kind, so the body the sentence before opens with
    opening = _name_opening_before(ctx, k) if kinds is _EN_KINDS[0] else None
    opening = _opening_before(ctx, k) if head in _ROLE_BODIES else opening
    nearest = described or opening  # a body described as of its kind before an opening name
    if body is not None and (nearest is None or _start(nearest) < body.start):
        # "the agency said": the body named before, or the one it owns ("the UN's Food and
        # Agriculture Organization")
        return _owned_body(ctx, body.tok_end) or _of_kind(ctx, body, head) or _whole_name(ctx, body)
    if nearest is not None:
        return nearest
    # a body no list holds ("The Bank of Canada ..."): "the bank" itself, as the article
    # introduced it ("the Libyan coastguard" for "the coastguard")
    named = _introduced(ctx, k, the) or _described_opening(ctx, k) or acronymed_body(ctx, k)
    return named or phrase(ctx, the, k + 1)  # ("The group said" after "The X (ABC) ...")


def _start(body: Speaker) -> int:
    return body.start or 0


# Bodies named by what they do, which no body's name ends in: "The regulator said".
_ROLE_BODIES = word_forms("regulator watchdog")


def _sentence_before(ctx: Context, k: int) -> int | None:
    """The first token of the sentence before the one of token k in its paragraph, or None."""
    sent = ctx.sentence_of(ctx.tokens[k].start)
    i = ctx.sent_starts.index(sent.start) if sent is not None else 0
    if i == 0 or "\n" in ctx.text[ctx.sentences[i - 1].end : ctx.sentences[i].start]:
        return None
    return ctx.tok_index(ctx.sentences[i - 1].start)


def _described_opening(ctx: Context, k: int) -> Speaker | None:
    """The name opening the sentence before the one of token k, in its paragraph, set off by a
    description after "a" ("Alarm Phone, a volunteer hotline for migrants, said ..." then
    "“...,” the group said"), whatever a list took it for; or None."""
    a = _sentence_before(ctx, k)
    if a is None or ctx.tokens[a].norm.lower() in EN_FUNCTION_WORDS | _EN_NOT_NAMES:
        return None
    toks = ctx.tokens
    z = a
    while (
        z < k and z - a < 4 and toks[z].norm[:1].isupper() and (z == a or ctx.gap(z - 1, z) == " ")
    ):
        z += 1
    other = ctx.any_at.get(a)
    if z == a or (other is not None and other.type not in ("ORG", "PERSON")):
        return None  # "Kenya, a ...": a place
    described = ctx.gap(z - 1, z).strip() == "," and toks[z].norm.lower() in ("a", "an")
    return phrase(ctx, a, z) if described else None


def _opening_before(ctx: Context, k: int) -> Speaker | None:
    """The body opening the sentence before the one of token k, in its paragraph, without "The"
    ("The Saudi Central Bank, known as SAMA, has encouraged ..."), or None."""
    a = _sentence_before(ctx, k)
    if a is None:
        return None
    body = _opening_body(ctx, a, k)
    if body is None or body.start is None or not body.name.startswith("The "):
        return body
    return replace(body, name=body.name[4:], start=body.start + 4)


def _introduced(ctx: Context, k: int, the: int) -> Speaker | None:
    """The body noun at token k as an earlier sentence introduced it, described by a nationality
    or hyphened words after "the" ("the Libyan coastguard", "the state-run broadcaster"), without
    "the"; or None."""
    toks = ctx.tokens
    head = toks[k].norm.lower()
    for j in range(the - 1, 1, -1):
        if toks[j].norm.lower() != head or ctx.in_quote(toks[j].start):
            continue
        d = described_article(ctx, j)
        if d is not None:
            return phrase(ctx, d + 1, j + 1)
    return None


# Abbreviations ending companies' names, written with a full stop: "Eastern Gulf Co.".
_EN_ABBREVIATIONS = word_forms("co corp inc ltd llc plc bros")


def _with_abbreviation_stop(ctx: Context, body: Speaker) -> Speaker:
    """`body` with the full stop of the abbreviation ending its name ("Eastern Gulf
    Petrochemical Co."), which is part of the name as written."""
    end = body.end
    last = body.name.split()[-1].lower() if body.name.split() else ""
    if end is None or last not in _EN_ABBREVIATIONS or ctx.text[end : end + 1] != ".":
        return body
    return replace(body, name=body.name + ".", end=end + 1)


def described_article(ctx: Context, k: int) -> int | None:
    """The "the" before the body noun at token k and the words describing the body between:
    hyphened ones and nationalities ("the state-owned carrier", "the Dubai-based Omani
    airline"); None for another shape (one lower-case word: modified_body)."""
    toks = ctx.tokens
    j = k - 1
    while j > 0 and k - j <= 5:
        other = ctx.any_at.get(j)
        hyphened = ctx.gap(j - 1, j) == "-" or ctx.gap(j, j + 1) == "-"
        if ctx.gap(j, j + 1).strip(" -") or not (
            hyphened or (other is not None and other.type == "NORP")
        ):
            break
        j -= 1
    if j == k - 1 or toks[j].norm.lower() != "the" or ctx.gap(j, j + 1) != " ":
        return None
    return j


def _whole_name(ctx: Context, m: Mention) -> Speaker:
    """The listed body m with the capitalised words of its name before it ("the Caldonian Energy
    Regulatory Authority" where "Regulatory Authority" is listed)."""
    toks = ctx.tokens
    a = capitalised_phrase(ctx, m.tok_start)
    while a < m.tok_start and toks[a].norm.lower() in EN_FUNCTION_WORDS | {"the"}:
        a += 1  # "But", "The": the sentence's words, not the name's
    return phrase(ctx, a, m.tok_end) if a < m.tok_start else speaker_from(m)


def _name_opening_before(ctx: Context, k: int) -> Speaker | None:
    """The capitalised name of no listed person or place opening the sentence before the one of
    token k and followed by a comma or a lower-case word ("Safaricom, which is part-owned by
    ..., paid ..."), or an earlier one of the paragraphs before followed by ", which" (a body,
    no person: "Najd Gulf Contracting, which employs ..., said"); the nearest, or None."""
    sent = ctx.sentence_of(ctx.tokens[k].start)
    i = ctx.sent_starts.index(sent.start) if sent is not None else 0
    for s in range(i - 1, max(i - _BODY_REACH, 0) - 1, -1):
        name = _opening_name(ctx, ctx.tok_index(ctx.sentences[s].start), k, which=s < i - 1)
        if name is not None:
            return name
    return None


_BODY_REACH = 8  # sentences back to the body a "which" clause made plain


def _opening_name(ctx: Context, a: int, k: int, which: bool) -> Speaker | None:
    """The name opening a sentence at token a, before token k (see _name_opening_before), or
    None; with `which`, only one followed by ", which"."""
    toks = ctx.tokens
    z = a + 1
    while z < k and z - a < 4 and toks[z].norm[:1].isupper() and not ctx.gap(z - 1, z).strip():
        z += 1
    if not toks[a].norm[:1].isupper() or z >= k:
        return None
    if toks[a].norm.lower() in EN_FUNCTION_WORDS | _EN_NOT_NAMES:
        return None
    follows = ctx.gap(z - 1, z).strip()
    if which and (follows != "," or toks[z].norm != "which"):
        return None
    # "Kenya has raised ...", "Kessler said ...": a place or a person; but a place within a
    # body's name a "which" clause follows ("Najd Gulf Contracting, which") is part of it
    others = [ctx.any_at[j] for j in range(a, z) if j in ctx.any_at]
    if any(m.type != "ORG" and (not which or m.tok_end - m.tok_start == z - a) for m in others):
        return None
    if follows not in ("", ",") or not (follows or toks[z].norm.islower()):
        return None
    if not follows and toks[z].norm in EN_FUNCTION_WORDS:
        return None  # "Thousands of homeowners will lose ...": a noun, no name
    if z == a + 1 and any(t.norm == toks[a].norm.lower() for t in toks):
        return None  # "Revenue rose ...": a word the article also writes in lower case
    if not follows and z + 1 < k and toks[z + 1].norm[:1].isupper():
        return None  # "Rail operator Deutsche Bahn canceled ...": a description before a name
    return phrase(ctx, a, z)


_EN_NOT_NAMES = word_forms("the a an it its this that these those he she they we i")


def _owned_body(ctx: Context, e: int) -> Speaker | None:
    """The body's name after "'s" at token e ("the UN's Food and Agriculture Organization",
    "the UN's World Food Programme"), or None."""
    toks = ctx.tokens
    if e + 1 >= len(toks) or toks[e].norm != "s" or ctx.gap(e - 1, e) not in ("'", "’"):
        return None
    z = e + 1
    while (
        z < len(toks)
        and not ctx.gap(z - 1, z).strip()
        and (
            toks[z].norm[:1].isupper()
            or (toks[z].norm in _EN_LINKS and z + 1 < len(toks) and toks[z + 1].norm[:1].isupper())
        )
    ):
        z += 1
    # a body's name ends in its kind: "Organization", "Programme"; "the IMF's Middle East
    # department" is the IMF's
    named = z > e + 1 and toks[z - 1].norm.lower() in BODY_NOUNS | _EN_PROGRAMMES
    return phrase(ctx, e + 1, z) if named else None


def _of_kind(ctx: Context, m: Mention, head: str) -> Speaker | None:
    """The listed body m with the lower-case words after it ending in `head`, the noun "the
    agency" refers back by ("the U.N. refugee agency": the agency, not the whole U.N.)."""
    toks, e = ctx.tokens, m.tok_end
    initialism = len(toks[e - 1].norm) == 1 and ctx.gap(e - 1, e) == ". "  # "U.N. refugee"
    for z in range(e, min(e + 3, len(toks))):
        spaced = ctx.gap(z - 1, z) == " " or (z == e and initialism)
        if not (spaced and toks[z].norm.islower()):
            return None
        if toks[z].norm == head:
            return phrase(ctx, m.tok_start, z + 1)
    return None


_EN_LINKS = word_forms("and of for")
_EN_PROGRAMMES = word_forms("programme program")


def phrase(ctx: Context, a: int, z: int) -> Speaker:
    """The words of tokens [a, z) as a speaker, on one line."""
    toks = ctx.tokens
    return Speaker(
        " ".join(ctx.text[toks[a].start : toks[z - 1].end].split()), toks[a].start, toks[z - 1].end
    )


def body_opening(ctx: Context, k: int) -> Speaker | None:
    """The body "it" at token k stands for: the subject opening its sentence or else the one
    before, a listed body or "the"/a possessor with the noun of a body's kind ("Spain's housing
    ministry welcomed the decision. In a statement, it said"); None for any other opening."""
    sent = ctx.sentence_of(ctx.tokens[k].start)
    if sent is None:
        return None
    i = ctx.sent_starts.index(sent.start)
    for s in (i, i - 1) if i > 0 else (i,):
        a = ctx.tok_index(ctx.sentences[s].start)
        if a < k:
            body = _opening_body(ctx, a, k)
            if body is not None:
                return body
    return None


def _opening_body(ctx: Context, a: int, k: int) -> Speaker | None:
    """The body named by the subject opening at token a and followed by its verb before token
    k, or None."""
    toks = ctx.tokens
    m = ctx.mention_at.get(a)
    if m is not None:
        return speaker_from(m) if m.type == "ORG" and not m.media else None
    owner = a + 1 < k and toks[a + 1].norm == "s" and ctx.gap(a, a + 1) in ("'", "’")
    if toks[a].norm.lower() != "the" and not (owner and toks[a].norm[:1].isupper()):
        return None
    first = a + 2 if owner else a + 1
    for n in range(first, min(first + 4, k - 1)):
        word = toks[n].norm.lower()
        if ctx.gap(n - 1, n).strip(" '’") or word in EN_FUNCTION_WORDS:
            return None
        nxt = toks[n + 1].norm
        # "The airline operates ...", "The airline, which is owned by ..., operates ..."
        verb_or_aside = ctx.gap(n, n + 1) == " " or ctx.gap(n, n + 1).strip() == ","
        if word in BODY_NOUNS and nxt.isalpha() and nxt.islower() and verb_or_aside:
            if nxt in EN_FUNCTION_WORDS and ctx.gap(n, n + 1) == " ":
                return None  # "The bank of ...": a name this does not read
            return body_referred(ctx, n) if n == first and not owner else phrase(ctx, a, n + 1)
    return None


# What opens a description in apposition: "Maersk, the Danish shipping group", "X, one of ...".
_EN_DESCRIBERS = word_forms("a an the one")


def _body_of_kind(ctx: Context, k: int, kinds: frozenset[str]) -> Speaker | None:
    """The nearest name before token k, outside quotations, that ends in a noun of one of
    `kinds`: "the Ghana Football Association (GFA)" for "the federation", or holds one before
    what it is of ("the Yukon Department of Health" for "the department"); but the one opening
    the same sentence, its subject, before one later in it ("Larchmont Trust Bank will cut its
    rate, a week after the Bank of Canada held" for "the bank")."""
    found = _bodies_of_kind(ctx, k, kinds)
    nearest = next(found, None)
    if nearest is None or _opens_sentence(ctx, nearest):
        return nearest
    sent = ctx.sentence_of(nearest.start or 0)
    for other in found:
        if ctx.sentence_of(other.start or 0) != sent:
            break
        if _opens_sentence(ctx, other):
            return other
    return nearest


def _opens_sentence(ctx: Context, body: Speaker) -> bool:
    """True when the name `body` opens its sentence, maybe after "The"."""
    sent = ctx.sentence_of(body.start or 0)
    return sent is not None and ctx.text[sent.start : body.start].strip() in ("", "The")


def _bodies_of_kind(ctx: Context, k: int, kinds: frozenset[str]) -> Iterator[Speaker]:
    """The names before token k ending in or holding a noun of `kinds`, nearest first. A name
    holding another body's noun ("the Ohio Department of Insurance" for "the company"), after
    "a" ("a Bronx Hospital", a headline's words) or after a preposition of place ("at the
    Northern Savings Bank") is none."""
    toks = ctx.tokens
    for j in range(k - 1, 0, -1):
        if toks[j].norm.lower() not in kinds or not toks[j].norm[:1].isupper():
            continue
        if ctx.in_quote(toks[j].start):
            continue
        z = _name_end(ctx, j, k)
        if z > j and toks[j].norm.lower() in _ENDING_KINDS:
            continue  # "Oman Air" is an airline, the "Air Force" none
        if z > j and toks[z].norm.lower() in BODY_NOUNS - kinds:
            continue  # "the University and College Union" is a union, no university
        a = capitalised_phrase(ctx, j)
        a += toks[a].norm == "The"
        place = ctx.any_at.get(a)  # "the Soviet Union": a place, no body that speaks
        if place is not None and place.type == "PLACE" and place.tok_end > j:
            continue
        if any(toks[i].norm.lower() in BODY_NOUNS - kinds for i in range(a, j)):
            continue
        the = a - 1 if a > 0 and toks[a - 1].norm.lower() == "the" else a
        if (a < j or z > j) and (the == 0 or toks[the - 1].norm.lower() not in _NOT_SUBJECTS):
            yield _fields_listed(ctx, a, z, k) or phrase(ctx, a, z + 1)


# Nouns of a kind that name one only at the end of its name: "Oman Air".
_ENDING_KINDS = word_forms("air")


# Words before a name that make it no body spoken of: "a Bronx Hospital" (a headline's words),
# and prepositions of place ("Rates at the Northern Savings Bank"), after which the name is
# where something happens rather than who acts (but "cover from Pacific Crest Insurance").
_NOT_SUBJECTS = word_forms("a an at in inside outside near")


def _fields_listed(ctx: Context, a: int, z: int, k: int) -> Speaker | None:
    """The name opening at token a and ending after token z, before token k, in a list of
    fields ("the Ministry of Transport, Communications and Information Technology"), or None."""
    toks = ctx.tokens
    if ctx.gap(z, z + 1).strip() != ",":
        return None
    for e in range(min(z + 9, k) - 1, z + 1, -1):
        if not toks[e].norm[:1].isupper() or _name_end(ctx, e, k) > e:
            continue  # the longest name: "... and Information Technology", not "... Information"
        listed = listed_in_name(ctx, e)
        if listed is not None and listed.start == toks[a].start:
            return listed
    return None


def _name_end(ctx: Context, j: int, k: int) -> int:
    """The last token, before token k, of the capitalised name going on after token j with
    more capitalised words or "of"/"for"/"and" (maybe with "the") and one ("Department of
    Health", "Ministry of Construction and Housing")."""
    toks = ctx.tokens
    z = e = j
    while e + 1 < k and ctx.gap(e, e + 1) == " " and e - z < 3:
        e += 1
        word = toks[e].norm
        if word[:1].isupper():
            z = e
        elif word not in ("of", "for", "and", "the") or (e > z + 1 and word != "the"):
            break
    return z


def _described_body(ctx: Context, k: int, kinds: frozenset[str]) -> Speaker | None:
    """The nearest name before token k described in apposition as a body of one of `kinds`:
    "Maersk, the Danish shipping group,", "Kestrel, a charity based in Leeds,", "Meridian
    Mobile, one of the country's largest operators,"."""
    toks = ctx.tokens
    for d in range(k - 1, 0, -1):
        if toks[d].norm.lower() not in _EN_DESCRIBERS or ctx.gap(d - 1, d).strip() != ",":
            continue
        if not toks[d - 1].norm[:1].isupper() or ctx.in_quote(toks[d].start):
            continue
        if toks[d].norm.lower() == "one" and toks[d + 1].norm != "of":
            continue
        for j in range(d + 1, min(d + 8, len(toks))):
            # "the country's largest", "the Ras Al Khaimah-based budget carrier"
            if ctx.gap(j - 1, j).strip() not in ("", "'", "’", "-"):
                break
            word = toks[j].norm.lower()
            if _possessor(ctx, j):
                break  # "Omar Haddad, the airline's chief officer,": a person of the body
            if word in kinds or (word.endswith("s") and word[:-1] in kinds):
                a = capitalised_phrase(ctx, d - 1)
                a += toks[a].norm == "The"
                other = ctx.any_at.get(a)
                if other is not None and other.type not in ("ORG", "PERSON"):
                    break  # "from January, the transport ministry said": a date, no body
                return phrase(ctx, a, d) if a < d else None
    return None


def _possessor(ctx: Context, j: int) -> bool:
    """True when token j owns what follows: "airline" in "the airline's chief officer"."""
    toks = ctx.tokens
    return j + 1 < len(toks) and toks[j + 1].norm == "s" and ctx.gap(j, j + 1) in ("'", "’")


def listed_in_name(ctx: Context, k: int) -> Speaker | None:
    """A body whose name ending at token k lists its fields ("The Department for Environment,
    Food and Rural Affairs", "Ministry of Housing, Communities and Local Government"), or None.

    Its head is a capitalised body noun with "of" or "for" after it; the fields are capitalised
    words joined by commas and one "and", which end a name's run of capitalised words."""
    toks = ctx.tokens
    a = capitalised_phrase(ctx, k)
    crossed = any(toks[j].norm == "and" for j in range(a, k))  # "Food and Rural Affairs"
    while a > 2:
        link = toks[a - 1].norm if not ctx.gap(a - 1, a).strip() else ctx.gap(a - 1, a).strip()
        if link == "and" and not crossed and ctx.gap(a - 2, a - 1).strip() in ("", ","):
            a, crossed = capitalised_phrase(ctx, a - 2), True
        elif link == "," and crossed and toks[a - 1].norm[:1].isupper():
            a = capitalised_phrase(ctx, a - 1)
        else:
            break
    head = toks[a].norm if toks[a].norm != "The" else toks[a + 1].norm
    linked = any(toks[j].norm in ("of", "for") for j in range(a, k))
    if not crossed or not linked or head.lower() not in BODY_NOUNS or not head[:1].isupper():
        return None
    return phrase(ctx, a + (toks[a].norm == "The"), k + 1)
