"""Unnamed English sources ("a senior US official", "a spokesperson for the Ministry of
Housing", "a person familiar with the talks", "A baker from Springvale", "one of the
delegates", "“...,” said one" of a group counted before) and the capitalised names of bodies
they speak for."""

from __future__ import annotations

from claims.context import Context, Speaker
from claims.gazetteer import lexicon, word_forms
from claims.speech import EN_VERBS

EN_UNNAMED = lexicon("en_unnamed_heads")


EN_DETERMINERS = word_forms("a an the one two three several some")


# Words that qualify an unnamed source: "a senior government official", "two local residents".
_EN_MODIFIERS = word_forms(
    "senior top former local other some many several few two three four five government "
    "military security intelligence administration company police party campaign western "
    "foreign regional state federal"
)


EN_FUNCTION_WORDS = word_forms("and or but of to in on at for with by from that which who as")


def described(ctx: Context, h: int, k: int) -> Speaker | None:
    """ "A baker from Springvale" (the noun at h, the place ending at k): the unnamed speaker
    a determiner introduces, or None (a place after "in"/"from" is no subject)."""
    toks = ctx.tokens
    det = next(
        (d for d in (h - 1, h - 2) if d >= 0 and toks[d].norm.lower() in EN_DETERMINERS), None
    )
    noun = toks[h].norm
    if det is None or not noun.isalpha() or noun.lower() in EN_FUNCTION_WORDS:
        return None
    if ctx.gap(det, h).strip() or set(ctx.gap(h, k)) & set(QUOTE_MARKS + ".;:!?()"):
        return None
    text = " ".join(ctx.text[toks[det].start : toks[k].end].split())
    return Speaker(text, toks[det].start, toks[k].end, head=noun.lower())


# Nouns no speaker is: "A report by the ministry said" is the ministry's.
_DOCUMENTS = word_forms("report study survey statement document letter post video")


# What qualifies an unnamed speaker after the noun: "A banker involved in the deal", "A man
# living in the camp", "A nurse at the clinic", "A source close to ...".
_EN_POST = word_forms("in at from for with of on who close familiar")


# Heads that say nothing of who speaks without what follows them: "a person familiar with ..."
EN_BARE_HEADS = word_forms("person people source sources someone individual insider")


def indefinite_subject(ctx: Context, k: int, reach: int = 8) -> Speaker | None:
    """ "A banker involved in the deal" (ending at token k) opening the sentence or clause: the
    unnamed speaker an indefinite article introduces, a lower-case noun and what qualifies it
    (within `reach` words: more when an aside says the speaker is not named)."""
    toks = ctx.tokens
    sent = ctx.sentence_of(toks[k].start)
    lo = ctx.tok_index(sent.start) if sent is not None else k
    d = k  # the clause's first word: "“...,” a driver told ..." too
    while d > lo and k - d <= reach and not set(ctx.gap(d - 1, d)) & set(QUOTE_MARKS + ",;:()"):
        d -= 1
    if toks[d].norm.lower() not in ("a", "an", "one") or not 0 < k - d <= reach:
        return None
    h = d + 1
    # "a senior ...", and a name or place qualifying the noun: "An Al Ahly board member"
    while h < k and (toks[h].norm.lower() in _EN_MODIFIERS or toks[h].norm[:1].isupper()):
        h += 1
    if _compound(ctx, h, k):
        h = k  # "a board member", "a Geneva-based trader": the last noun heads them
    noun = toks[h].norm
    if not (noun.isalpha() and noun.islower()) or noun in EN_FUNCTION_WORDS | _DOCUMENTS:
        return None
    nxt = toks[h + 1].norm.lower() if h < k else ""
    if h < k and not (nxt in _EN_POST or nxt.endswith(("ed", "ing"))):
        return None  # "A banker at Alinma", not "An issue analysts said"
    if nxt == "who":
        k = h  # "A man who lost his home": the man, without the clause about him
    elif nxt.endswith(("ed", "ing")) and noun not in EN_BARE_HEADS:
        # "A diplomat involved in the talks": the diplomat; but "a person briefed on the terms"
        # is nobody without what qualifies him
        k = h
    text = " ".join(ctx.text[toks[d].start : toks[k].end].split())
    return Speaker(text, toks[d].start, toks[k].end, head=noun)


# Words that count members of a group: "one of the delegates", "three executives at ...".
_EN_COUNTS = word_forms("one two three four five six seven eight nine ten several some many few")
_EN_OWNERS = word_forms("the these those its their")


def one_of(ctx: Context, k: int) -> Speaker | None:
    """ "one of the delegates", "two of its senior engineers" ending at the plural noun at token
    k and opening its clause: the unnamed speaker counted out of a group, or None."""
    toks = ctx.tokens
    if not _plural(toks[k].norm):
        return None
    o = k - 1
    while o > k - 3 and o > 0 and _noun_like(toks[o].norm) and toks[o].norm not in _EN_OWNERS:
        o -= 1  # "one of the senior engineers"
    c = o - 2
    if c < 0 or toks[o].norm.lower() not in _EN_OWNERS or toks[o - 1].norm != "of":
        return None
    if toks[c].norm.lower() not in _EN_COUNTS or any(
        ctx.gap(j - 1, j).strip() for j in range(c + 1, k + 1)
    ):
        return None
    sent = ctx.sentence_of(toks[c].start)
    opens = sent is not None and sent.start == toks[c].start
    if not (opens or set(ctx.gap(c - 1, c)) & set(QUOTE_MARKS + ",;:")):
        return None  # "the plans one of the delegates said were ...": no clause of its own
    text = " ".join(ctx.text[toks[c].start : toks[k].end].split())
    return Speaker(text, toks[c].start, toks[k].end, head=_singular(toks[k].norm))


def group_before(ctx: Context, d: int) -> Speaker | None:
    """The group "one" at token d is counted from, after a quotation's verb ("“...,” said one,
    who asked not to be named"): the counted people opening one of the three sentences before
    ("But three executives at foreign contractors told ..."), as the plural noun with what
    qualifies it ("executives at foreign contractors"); None when no group opens them."""
    toks = ctx.tokens
    nxt = ctx.gap(d, d + 1).strip()[:1] if d + 1 < len(toks) else "."
    if toks[d].norm.lower() != "one" or nxt not in (",", ".", ";"):
        return None
    sent = ctx.sentence_of(toks[d].start)
    i = ctx.sent_starts.index(sent.start) if sent is not None else 0
    for s in range(i - 1, max(i - 4, -1), -1):
        a = ctx.tok_index(ctx.sentences[s].start)
        a += toks[a].norm.lower() in ("but", "and", "yet")  # "But three executives ..."
        if toks[a].norm.lower() not in _EN_COUNTS - {"one"} and not toks[a].norm.isdigit():
            continue
        h = a + 1
        while h < a + 3 and toks[h].norm.lower() in _EN_MODIFIERS:
            h += 1  # "two senior engineers"
        if not _plural(toks[h].norm) or ctx.gap(a, h).strip():
            continue
        z = h
        if toks[h + 1].norm.lower() in _EN_GROUP_LINKS and not ctx.gap(h, h + 1).strip():
            z = h + 1  # "executives at foreign contractors working on the line": who they are
            while z + 1 < len(toks) and z - h < 5 and not ctx.gap(z, z + 1).strip():
                word = toks[z + 1].norm
                if word in EN_VERBS or word in EN_FUNCTION_WORDS or word.endswith(("ing", "ed")):
                    break
                z += 1
        text = " ".join(ctx.text[toks[h].start : toks[z].end].split())
        return Speaker(text, toks[h].start, toks[z].end, head=_singular(toks[h].norm))
    return None


# What links counted people to where they work: "executives at", "engineers from", "staff of".
_EN_GROUP_LINKS = word_forms("at from of in with for")


def _plural(word: str) -> bool:
    """True for a lower-case plural noun: "delegates", "executives", not "business"."""
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")


def _singular(word: str) -> str:
    """The singular of a plural noun, for the head of an unnamed speaker."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _compound(ctx: Context, h: int, z: int) -> bool:
    """True when tokens h..z (two or three) are lower-case words of one noun after "a": "board
    member", "Geneva-based trader" (from "based"). A plural last word follows no "a": "An issue
    analysts said" is no subject."""
    toks = ctx.tokens
    words = [t.norm for t in toks[h : z + 1]]
    if not 2 <= len(words) <= 3 or any(not (w.isalpha() and w.islower()) for w in words):
        return False
    if any(w in EN_FUNCTION_WORDS | _EN_POST for w in words) or words[-1] in _DOCUMENTS:
        return False
    if any(ctx.gap(j - 1, j).strip("- ") for j in range(h + 1, z + 1)):
        return False
    head = words[-1]
    return not (head.endswith("s") and not head.endswith("ss")) and not head.endswith("ly")


def indefinite_after(ctx: Context, d: int) -> Speaker | None:
    """ "one Geneva-based trader" opening at the determiner at token d, after a quotation's
    verb ("“...,” said one Geneva-based trader who took part"): an indefinite noun phrase up to
    what qualifies it ("who", "in", a comma) -- the unnamed speaker."""
    toks = ctx.tokens
    if d + 1 >= len(toks) or toks[d].norm.lower() not in ("a", "an", "one"):
        return None
    z = d + 1
    while z + 1 < len(toks) and z - d < 5 and not ctx.gap(z, z + 1).strip("- "):
        if toks[z + 1].norm.lower() in EN_FUNCTION_WORDS | _EN_POST:
            break
        z += 1
    h = d + 1
    while h < z and (toks[h].norm.lower() in _EN_MODIFIERS or toks[h].norm[:1].isupper()):
        h += 1
    noun = toks[z].norm
    if not (noun.isalpha() and noun.islower()) or noun in EN_FUNCTION_WORDS | _DOCUMENTS:
        return None
    if h < z and not _compound(ctx, h, z):
        return None
    text = " ".join(ctx.text[toks[d].start : toks[z].end].split())
    return Speaker(text, toks[d].start, toks[z].end, head=noun)


_EN_CONNECTORS = word_forms("of for and in on to")


def capitalised_phrase(ctx: Context, k: int) -> int:
    """Start of the capitalised name ending at token k, across "of"/"in"/"for" and "of the"
    ("UN Office for the Coordination of Humanitarian Affairs"; ≤ 8 words)."""
    toks = ctx.tokens
    a = k
    while a > 0 and k - a < 8 and _joined(ctx, a):
        prev = toks[a - 1].norm
        # "of"/"for" then maybe "the", then the capitalised word they join
        link = 2 if prev == "the" and a > 2 and toks[a - 2].norm in _EN_CONNECTORS else 1
        if prev[:1].isupper() or name_particle(ctx, a - 1):
            a -= 1  # "Khalid al-Rawahi": a particle within a name
        elif prev in _NAME_LINKS:
            # "Banque du Liban", "Ursula von der Leyen": a name's lower-case particles, one or
            # two, between its capitalised words
            b = a - 1
            if b > 0 and toks[b - 1].norm in _NAME_LINKS and ctx.gap(b - 1, b) == " ":
                b -= 1
            if b == 0 or ctx.gap(b - 1, b) != " " or not toks[b - 1].norm[:1].isupper():
                break
            a = b - 1
        elif link == 2 or prev in _EN_CONNECTORS:
            if a <= link or not toks[a - link - 1].norm[:1].isupper():
                break
            if any(ctx.gap(j - 1, j).strip() for j in range(a - link, a)):
                break
            a -= link + 1
        else:
            break
    while a < k and _leading(ctx, a):
        a += 1  # "On Monday World Health Organization officials": the name alone
    return a


# Lower-case particles spaced within a name: "Banque du Liban", "Ursula von der Leyen",
# "Mohammed bin Salman".
_NAME_LINKS = word_forms("de du des del della da di dos van von der den bin ibn bint")


# Lower-case articles hyphened to the capitalised rest of an Arabic name: "Khalid al-Rawahi".
_NAME_PARTICLES = word_forms("al el ad ar as ash at az")


def name_particle(ctx: Context, j: int) -> bool:
    """True when token j is a lower-case particle hyphened to a capitalised word ("al-Rawahi")."""
    toks = ctx.tokens
    return (
        toks[j].norm in _NAME_PARTICLES
        and j + 1 < len(toks)
        and ctx.gap(j, j + 1) == "-"
        and toks[j + 1].norm[:1].isupper()
    )


def _joined(ctx: Context, a: int) -> bool:
    """True when token a follows the one before within a name: a space or hyphen between
    ("Copa-Cogeca"), an elided capital ("N'Djamena"), or a plural's apostrophe ("the Barcelona
    Property Owners' Chamber"); a line break ends a line's words, as it does a sentence ("...
    17.45 BST" above a paragraph)."""
    gap = ctx.gap(a - 1, a)
    if "\n" in gap:
        return False
    plural = gap in ("' ", "’ ") and ctx.tokens[a - 1].norm.endswith("s")
    # "N'Djamena", "O'Brien": one capital letter elided onto the capitalised rest of the name
    letter = len(ctx.tokens[a - 1].norm) == 1 and ctx.tokens[a - 1].norm.isupper()
    return (
        (gap in ("'", "’") and letter and ctx.tokens[a].norm[:1].isupper())
        or gap.strip() in ("", "-")
        or (plural and ctx.tokens[a - 1].norm[:1].isupper())
        or _initialism_dot(ctx, a)
    )


def _initialism_dot(ctx: Context, a: int) -> bool:
    """True when the full stop before token a is one of an initialism's ("the U.N. Assistance
    Mission": between "U" and "N", or after "N" whose letter a dot goes before), in a sentence."""
    toks = ctx.tokens
    gap = ctx.gap(a - 1, a)
    letter = len(toks[a - 1].norm) == 1 and toks[a - 1].norm.isupper()
    if not letter or gap not in (".", ". "):
        return False
    if gap == ".":
        return len(toks[a].norm) == 1 and toks[a].norm.isupper()  # "U.N"
    same = ctx.sentence_of(toks[a - 1].start) == ctx.sentence_of(toks[a].start)
    return a > 1 and ctx.gap(a - 2, a - 1) == "." and same  # "U.N. Assistance"


def _leading(ctx: Context, a: int) -> bool:
    """True when the capitalised word at token a opens the sentence's clause, not a name: a
    preposition or conjunction ("On", "But") or a date ("Monday")."""
    other = ctx.any_at.get(a)
    return ctx.tokens[a].norm.lower() in EN_FUNCTION_WORDS | _DAYS or (
        other is not None and other.type == "DATE"
    )


_DAYS = word_forms("monday tuesday wednesday thursday friday saturday sunday yesterday today")


# A finite verb right after a speech verb: "the level experts say is needed", "the sum
# officials said was missing" -- a relative clause, whose speech verb introduces no words.
def unnamed_before(ctx: Context, k: int) -> Speaker:
    """ "a senior US official" ending at the head noun at token k."""
    toks = ctx.tokens
    word = toks[k].norm.lower()
    a = k
    while a > 0 and k - a < 4 and not ctx.gap(a - 1, a).strip():
        prev = toks[a - 1].norm
        if prev == "s" and a > 1 and ctx.gap(a - 2, a - 1) in ("'", "’"):
            a -= 2  # "a sheriff's office spokesperson": the owner belongs to the source
            continue
        joined = prev == "and" and a == k - 1 and a > 2 and toks[a].norm.islower()
        if joined and toks[a - 3].norm.lower() in EN_DETERMINERS and _noun_like(toks[a - 2].norm):
            a -= 2  # "the tourism and antiquities ministry": two nouns joined qualify it
            continue
        # "a trade official", "an emergency management official": up to two lower-case nouns
        nouns = a == k or (a == k - 1 and toks[a].norm.islower())
        compound = nouns and prev.isalpha() and prev.lower() not in EN_FUNCTION_WORDS
        if not (compound or prev[:1].isupper() or prev.lower() in EN_DETERMINERS | _EN_MODIFIERS):
            break  # "a trade official", but "an issue Iraqi officials say": not "issue"
        a -= 1
        if prev.lower() in EN_DETERMINERS:
            break
    if toks[a].norm[:1].isupper() and toks[a].norm.lower() not in EN_DETERMINERS:
        # "a Department of Health and Social Care spokesperson": the whole body's name
        a = capitalised_phrase(ctx, a)
        while a < k and _leading(ctx, a):
            a += 1  # "On Monday World Health Organization officials"
        if a > 0 and toks[a - 1].norm.lower() in EN_DETERMINERS and not ctx.gap(a - 1, a).strip():
            a -= 1
    if toks[a].norm.lower() == "the" and toks[a + 1].norm[:1].isupper() and word in _EN_BODIES:
        a += 1  # "the Anambra State government": a body's name, which refers back to no one
    definite = toks[a].norm.lower() == "the"
    if definite and word in _EN_BODIES and a + 1 < k:
        a += 1  # "the oil ministry": a body named by its field, which "the" only introduces
    text = " ".join(ctx.text[toks[a].start : toks[k].end].split())
    return Speaker(text, toks[a].start, toks[k].end, head=word.rstrip("s"), definite=definite)


def _noun_like(word: str) -> bool:
    """A lower-case word that may qualify a noun ("tourism", "trade")."""
    return word.isalpha() and word.islower() and word not in EN_FUNCTION_WORDS


# Unnamed sources that are bodies, not people: named, they are the body's name.
_EN_BODIES = lexicon("en_generic_actors") | word_forms("ministry")


def unnamed_for(ctx: Context, k: int) -> Speaker | None:
    """ "a spokesperson for Gov. Tom Reyes", "A spokesperson for the Department for Environment,
    Food and Rural Affairs" ending at token k: the unnamed speaker with whom they speak for.

    The outermost one is the subject: "A spokesperson for the Ministry of Housing", not "the
    Ministry of Housing"."""
    toks = ctx.tokens
    sent = ctx.sentence_of(toks[k].start)
    lo = ctx.tok_index(sent.start) if sent is not None else 0
    found: Speaker | None = None
    for h in range(k - 1, max(k - 15, lo + 1) - 1, -1):
        word = toks[h].norm
        # the subject phrase holds no verb ("State" in a name is none, nor "state" in
        # "state-appointed"), no relative clause and no quotation
        verb = word in EN_VERBS and "-" not in (ctx.gap(h - 1, h), ctx.gap(h, h + 1))
        if verb or word in _RELATIVES or set(ctx.gap(h, h + 1)) & set(QUOTE_MARKS):
            break
        if word.lower() not in EN_UNNAMED | _EN_PEOPLE | _EN_MEMBERS or not _speaks_for(ctx, h + 1):
            continue
        det = next(
            (
                a
                for a in range(h - 1, max(h - 4, lo - 1), -1)
                if toks[a].norm.lower() in EN_DETERMINERS
            ),
            None,
        )
        if det is None:
            break
        if toks[h].norm[:1].isupper() and toks[det].norm == "The":
            det += 1  # "The Saudi Ministry of Hajj and Umrah": a body's name, without "The"
        z = _without_place(ctx, h + 2, k)
        text = " ".join(ctx.text[toks[det].start : toks[z].end].split())
        head = toks[h].norm.lower().rstrip("s")
        found = Speaker(text, toks[det].start, toks[z].end, head=head)
    return found


def _without_place(ctx: Context, a: int, k: int) -> int:
    """The last token of a speaker phrase ending at token k without the place it closes with
    after "in" ("A spokesperson for the UN refugee agency UNHCR in Tripoli": where they speak,
    no part of whom they speak for); tokens from a on are whom they speak for, and a body's
    capitalised name ends them ("a spokesperson for the ministry in Beirut" is kept whole)."""
    place = next((ctx.places_at[p] for p in range(a + 1, k + 1) if p in ctx.places_at), None)
    if place is None or place.tok_end != k + 1 or ctx.tokens[place.tok_start - 1].norm != "in":
        return k
    z = place.tok_start - 2
    return z if z >= a and ctx.tokens[z].norm[:1].isupper() else k


_RELATIVES = word_forms("who whose which")


_FOR = word_forms("for of at")


# Unnamed people known only by whom they are close to: "a person familiar with the talks".
_EN_PEOPLE = word_forms("person people")
# Who belongs to a body and speaks unnamed, linked to it: "a member of the council".
_EN_MEMBERS = word_forms("member members")


# Second words of links to whom a source is close: "close to", "familiar with", "briefed on".
_CLOSE = {"close": "to", "familiar": "with", "briefed": "on", "knowledge": "of"}


def _speaks_for(ctx: Context, k: int) -> bool:
    """True when token k links an unnamed source to whom they speak for: "for", "of", "at",
    "in the" ("a senior official in the commission"; "a diplomat in Beirut" is a place), or
    "close to", "familiar with" (a "person" is unnamed only with such a link)."""
    toks = ctx.tokens
    word = toks[k].norm.lower()
    nxt = toks[k + 1].norm.lower() if k + 1 < len(toks) else ""
    if word == "in":
        return nxt == "the"
    for_whom = word in _FOR and toks[k - 1].norm.lower() not in _EN_PEOPLE
    return for_whom or _close_link(ctx, k)


def _close_link(ctx: Context, k: int) -> bool:
    """True when token k opens a link to what a source is close to: "close to", "familiar
    with", "briefed on", "with knowledge of"."""
    toks = ctx.tokens
    words = [t.norm.lower() for t in toks[k : k + 3]] + ["", ""]
    if words[0] == "with":  # "a person with knowledge of the plan"
        words = words[1:]
    return _CLOSE.get(words[0]) == words[1]


QUOTE_MARKS = '"“”'


_CLOSE_OBJECT = 6  # words of what a source is close to: "the company's refinancing plans"


def close_source_after(ctx: Context, k: int) -> Speaker | None:
    """ "a person familiar with the matter", "people close to the talks", "sources briefed on
    the plan" opening at token k (after "according to" or a verb): an unnamed source known only
    by what they are close to, with it, up to the end of its phrase; or None.

    A "person"/"people" takes such a link, maybe after a determiner; another unnamed head
    takes one only without a determiner ("a source" alone is read by its head)."""
    toks = ctx.tokens
    h = k + 1 if toks[k].norm.lower() in EN_DETERMINERS else k
    if h + 3 >= len(toks) or ctx.gap(k, h).strip():
        return None
    head = toks[h].norm.lower()
    if not (head in _EN_PEOPLE or (h == k and head in EN_UNNAMED and _plural(head))):
        return None
    if ctx.gap(h, h + 1).strip() or not _close_link(ctx, h + 1):
        return None
    z = h + 2
    while z + 1 < len(toks) and z - h < _CLOSE_OBJECT and not ctx.gap(z, z + 1).strip():
        word = toks[z + 1].norm.lower()
        if word in _RELATIVES or word in EN_VERBS or word in ("and", "that", "as"):
            break  # "... familiar with the matter who asked", "... said", "... and"
        z += 1
    text = " ".join(ctx.text[toks[k].start : toks[z].end].split())
    return Speaker(text, toks[k].start, toks[z].end, head=head.rstrip("s"))


def titled_before(ctx: Context, k: int) -> Speaker | None:
    """The person "the judge"/"the minister" ending at token k refers to: the last one named
    right after that title ("Employment Judge Sarah Whitcombe ... the judge wrote"), or None."""
    toks = ctx.tokens
    word = toks[k].norm.lower()
    if k < 1 or toks[k - 1].norm.lower() != "the" or not toks[k].norm.islower():
        return None
    for m in ctx.mentions_before(toks[k - 1].start):
        title = m.tok_start - 1
        if m.type != "PERSON" or title < 0 or ctx.gap(title, m.tok_start).strip():
            continue
        if toks[title].norm[:1].isupper() and toks[title].norm.lower() == word:
            return Speaker(m.canonical, toks[k - 1].start, toks[k].end, gender=m.gender)
    return None
