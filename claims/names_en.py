"""Unlisted English names in subject position: a one-word name opening a sentence ("Abdi, a
herder near Moyale, said") and the person a paragraph introduces by name, whom a later "he
said" / "she says" refers to ("Marisol Vega owns a tile shop. ... “...,” she says"; a paragraph
holding only the quotation refers to the paragraph before: "For now, Arjun splits his days ...
/ “Grandmaster, obviously,” he said"); and a name without the role a list of names took into it
("Superintendent Karen Whitfield"). A person put after "was" and described ("Among the
first visitors was Hamad, a 34-year-old engineer") and one an age refers back to ("Wad
Madani, Sudan – Abdi Osman kneels ... “...,” the 58-year-old farmer said": past the
dateline) count as introduced."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from claims.asides_en import capitalised, english_name
from claims.bodies_en import BODY_NOUNS
from claims.context import Context, Speaker, speaker_from
from claims.gazetteer import lexicon, word_forms
from claims.introduced_en import quoted_at, relative_named, unnamed_speaking
from claims.mentions import Mention
from claims.speech import connective_end
from claims.unnamed_en import EN_DETERMINERS, EN_FUNCTION_WORDS, QUOTE_MARKS

# Adverbs opening a sentence before a comma, never a name: "Meanwhile, a herder ..., said".
_EN_OPENERS = lexicon("en_openers")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_PLACE_PREPS = frozenset({"in", "at", "on", "from", "across", "outside", "inside"})
# Words opening a phrase of time before a comma: "Every afternoon, Girgis plays ...".
_TIMES = frozenset({"every", "each", "last", "next", "this"})
_MAX_NAME = 3  # words of a name read without a list: "Marisol Vega", "Ana María López"


# Roles written before a name that no title list holds, which a reader leaves out of the
# name: "Superintendent Karen Whitfield", "Headteacher Maria Colby", "Detective Ann Roe",
# "Provost Daniel Whitaker".
_EN_ROLES = word_forms(
    "superintendent principal headteacher headmaster headmistress sheriff detective inspector "
    "sergeant sgt constable trooper officer lieutenant captain colonel commander coach "
    "councillor councilman councilwoman councilmember alderman alderwoman assemblyman "
    "assemblywoman pastor reverend rev rabbi imam bishop archbishop dr doctor professor prof "
    "judge justice provost rector"
)


def without_role(speaker: Speaker) -> Speaker:
    """A person's name without the role a list of names took into it ("Superintendent Karen
    Whitfield" → "Karen Whitfield"): one role word before two or three words of the name."""
    words = speaker.name.split()
    if not 3 <= len(words) <= 4 or words[0].lower().rstrip(".") not in _EN_ROLES:
        return speaker
    return replace(speaker, name=" ".join(words[1:]))


# Last words of a capitalised role written before a name: "Chief Executive Officer Park
# Ji-hoon", "Managing Director Ann Roe", "Foreign Minister Ali Reza".
_EN_ROLE_HEADS = _EN_ROLES | word_forms(
    "officer director executive president minister secretary chairman chairwoman chair "
    "manager chief governor ambassador commissioner mayor editor founder spokesman "
    "spokeswoman spokesperson"
)


def name_after_role(ctx: Context, a: int, k: int) -> Speaker | None:
    """The name of two or three words ending a capitalised phrase in tokens [a, k] after a
    role whose last word is a role's head ("Chief Executive Officer Park Ji-hoon"), or None."""
    toks = ctx.tokens
    for j in range(k - 2, a - 1, -1):
        if toks[j].norm.lower() in _EN_ROLE_HEADS:
            name = english_name(ctx, j + 1, k + 1)
            return name if name is not None and len(name.name.split()) >= 2 else None
    return None


def own_person(ctx: Context, m: Mention) -> Speaker:
    """The speaker the person mention m names: when m is a bare surname a list gave another
    person's full name ("Nasrallah" → a listed "Hassan Nasrallah"), the person of that surname
    the article named in full before ("Fadi Nasrallah")."""
    surname = ctx.text[m.start : m.end]
    if m.tok_end - m.tok_start != 1 or " " not in m.canonical or m.canonical == surname:
        return speaker_from(m)
    for earlier in ctx.mentions_before(m.start):
        full = earlier.canonical
        if earlier.type == "PERSON" and full != m.canonical and full.split()[-1] == surname:
            return replace(speaker_from(earlier), start=m.start, end=m.end)
    return speaker_from(m)


def proper_word(ctx: Context, k: int) -> bool:
    """True when the sentence-initial word at token k is capitalised within a sentence too
    ("... founded by Priya Natarajan." then "Natarajan, who ..., said"): a name."""
    word = ctx.tokens[k].norm
    for j, tok in enumerate(ctx.tokens):
        if j != k and tok.norm == word and not ctx.in_quote(tok.start):
            sent = ctx.sentence_of(tok.start)
            if sent is not None and sent.start != tok.start:
                return True
    return False


def may_be_name(ctx: Context, k: int) -> bool:
    """True when the capitalised word at token k, opening a sentence before a description set
    off by commas, may be a one-word name ("Abdi, a herder, said"), not a clause's opener
    ("Meanwhile, a herder ..., said"): no connective, adverb, date, place or word found in lower
    case elsewhere."""
    toks = ctx.tokens
    word = toks[k].norm
    if not word.isalpha() or word.lower().endswith("ly") or connective_end(toks, k) > k:
        return False
    if word.lower() in EN_FUNCTION_WORDS | _EN_OPENERS or k in ctx.any_at:
        return False
    return not any(t.norm == word.lower() for t in toks)


def named_before(ctx: Context, k: int, gender: str | None = None) -> Speaker | None:
    """Whom "he"/"she" at token k means when its paragraph introduced a person as the subject
    of an earlier sentence ("Youssef, a 19-year-old student, was leaving ... “...,” he said";
    "Back in Leeds, Okafor said she had found ABC Plan cover"; "Among the guests was Hamad, a
    34-year-old engineer"), or None. Another listed person of such a sentence, or one opening
    it whose gender is not the pronoun's, is left to claims.reference, which knows the speakers
    before. `gender` ("" for any) replaces the pronoun's for a description ("the farmer")."""
    toks = ctx.tokens
    if gender is None:
        gender = {"he": "m", "she": "f"}.get(toks[k].norm.lower(), "")
    para = _scope(ctx, toks[k].start)
    i = bisect_right(ctx.sent_starts, toks[k].start) - 1
    while i >= 0 and ctx.sentences[i].end > para:
        sent = ctx.sentences[i]
        lo = bisect_right(ctx.mention_starts, sent.start - 1)
        hi = bisect_right(ctx.mention_starts, min(sent.end, toks[k].start) - 1)
        people = [
            m for m in ctx.mentions[lo:hi] if m.type == "PERSON" and not ctx.in_quote(m.start)
        ]
        opening = ctx.tok_index(max(sent.start, para))
        framed = _person_framed(ctx, opening)  # "For Maria Delgado, the opening comes late."
        if framed is not None and not people:
            return framed
        if framed is not None and people[0].start == framed.start:
            return speaker_from(people[0]) if people[0].gender in ("", gender) else None
        a = _after_opening_phrase(ctx, opening)
        tied = relative_named(ctx, a)
        if tied is not None and (not gender or tied.gender in ("", gender)):
            return tied  # "His daughter Noor, 27, has installed ...": she
        if tied is not None:
            # "For Maria Delgado, .... Her son Mateo was treated ...": "she" is whose son he is
            i -= 1
            continue
        if people and people[0].tok_start == a:
            # "Joan Pike, 71, from Bolton, has been waiting ...": the person the sentence is about
            fits = not gender or people[0].gender in ("", gender)
            return speaker_from(people[0]) if fits else None
        name = _opening_name(ctx, a)
        if name is not None and not any(m.gender == gender != "" for m in people):
            return name  # a listed person after the subject is an object
        z = ctx.tok_index(sent.end)
        given = name_given(ctx, a) or _name_after_was(ctx, a, z)
        if given is not None:
            return given  # "A retired teacher who goes by Abu Firas has patched ..."
        unnamed = unnamed_speaking(ctx, a, z)
        if unnamed is not None:
            return unnamed  # "An aide to the mayor, who ..., said ... “...,” he said"
        if people:
            return None
        i -= 1
    return None


def _scope(ctx: Context, pos: int) -> int:
    """Where the paragraph of `pos` starts, or the one before when this one holds only a
    quotation before `pos` ("“Never,” he said" on its own): then the person the paragraph
    before is about speaks."""
    para = ctx.text.rfind("\n", 0, pos) + 1
    head = ctx.text[para:pos]
    if head[:1] not in QUOTE_MARKS or re.search(r"\w", _QUOTED.sub("", head)):
        return para
    end = len(ctx.text[:para].rstrip())
    return ctx.text.rfind("\n", 0, end) + 1 if end > 0 else para


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _opening_name(ctx: Context, a: int) -> Speaker | None:
    """The unlisted name opening a sentence at token a (past a short opening phrase: "For now,
    Arjun splits") as its subject: two or three capitalised words before a lower-case
    verb ("Marisol Vega owns"), or one that is part of such a name given elsewhere, or up to
    three before a description set off by a comma ("Youssef, a 19-year-old ...", "Lina
    Haddad, 34, ...")."""
    toks = ctx.tokens
    if a >= len(toks) or quoted_at(ctx, a):
        return None
    first = toks[a].norm.lower()
    if first in EN_FUNCTION_WORDS | EN_DETERMINERS | _EN_OPENERS | _PRONOUNS:
        return None
    b = a
    while b < len(toks) and b - a < _MAX_NAME and capitalised(ctx, b):
        if b > a and ctx.gap(b - 1, b) not in (" ", "-"):
            break
        b += 1
    if b == a or b >= len(toks) or any(j in ctx.any_at for j in range(a, b)):
        return None
    if any(toks[j].norm.lower() in BODY_NOUNS for j in range(a, b)):
        return None  # "Tucson Water", "City Council": a body
    gap, nxt = ctx.gap(b - 1, b), toks[b].norm
    if gap.strip() == "," and (nxt.lower() in ("a", "an") or nxt.isdigit()):
        if b - a == 1 and not may_be_name(ctx, a):
            return None  # "Meanwhile, a herder ..."
    elif gap != " " or not (nxt.isalpha() and nxt.islower()):
        return None
    elif b - a == 1 and not (_short_form(ctx, a) and may_be_name(ctx, a)):
        return None  # "Officials say", not "Arjun splits" after "Arjun Mehta" was named
    elif nxt in EN_FUNCTION_WORDS:
        return None  # "Broadway and ...", "Last Tuesday at ..."
    return english_name(ctx, a, b)


# Words before the name a description gives its subject: "a teacher who goes by Abu Firas",
# "a man named Omar Saleh", "a courier known as Big Mo".
_NAMING = {"named": 1, "called": 1, "nicknamed": 1, "goes": 2, "go": 2, "went": 2, "known": 2}
_NAMING_LINKS = frozenset({"by", "as"})
# "as" gives a name a few words after these: "a father who gave his name only as Victor", "a
# nurse who asked to be identified only as Mona", "a driver who identified himself as Ali".
_GIVING_NAME = word_forms("name names identified identify identifies identifying")
_GAVE = word_forms("gave give gives giving")
_AS_NAMING = 3  # words between those and "as": "name only", "himself only"
_DESCRIPTION = 12  # words of the description before its naming words


def _naming_width(ctx: Context, j: int) -> int:
    """How many words at token j come before the name they give (0 when they give none)."""
    toks = ctx.tokens
    word = toks[j].norm.lower()
    if word == "as":
        back = (t.norm.lower() for t in toks[max(j - _AS_NAMING, 0) : j])
        return 1 if any(w in _GIVING_NAME for w in back) else 0
    if word in _GIVING_NAME and ctx.gap(j, j + 1) == ", ":
        # "a widow who gave only her first name, Georgette,": the name in apposition
        back = (t.norm.lower() for t in toks[max(j - _AS_NAMING - 1, 0) : j])
        return 1 if any(w in _GAVE for w in back) else 0
    width = _NAMING.get(word, 0)
    return 0 if width == 2 and toks[j + 1].norm.lower() not in _NAMING_LINKS else width


def name_given(ctx: Context, a: int) -> Speaker | None:
    """The name that a description opening a sentence at token a as its subject gives, before
    the subject's verb or a comma ("A retired schoolteacher who goes by Abu Firas has patched
    his roof", "A man named Omar Saleh lost his shop"), or None."""
    toks = ctx.tokens
    comma = _phrase_comma(ctx, a, min(a + 4, len(toks) - 1))
    if comma is not None and toks[a].norm.lower() not in ("a", "an"):
        a = comma + 1  # past a short phrase: "Next door, a retired schoolteacher who ..."
    if toks[a].norm.lower() not in ("a", "an") or quoted_at(ctx, a):
        return None
    for j in range(a + 1, min(a + _DESCRIPTION, len(toks) - 2)):
        if ctx.gap(j - 1, j).strip(" -'’"):
            return None  # the description ends before any name is given
        width = _naming_width(ctx, j)
        if not width:
            continue
        b = z = j + width
        while z < len(toks) and z - b < _MAX_NAME and capitalised(ctx, z):
            if z > b and ctx.gap(z - 1, z) not in (" ", "-"):
                break
            z += 1
        follows = ctx.gap(z - 1, z) if z < len(toks) else ""
        verb = follows == " " and toks[z].norm.isalpha() and toks[z].norm.islower()
        if z == b or not (verb or follows.strip() == ","):
            return None
        return english_name(ctx, b, z)
    return None


_WAS = frozenset({"was", "were", "is", "are"})


def _name_after_was(ctx: Context, a: int, z: int) -> Speaker | None:
    """The unlisted person a sentence from token a to z introduces after its verb, described
    after a comma ("Among the first visitors was Hamad, a 34-year-old engineer ...", "Next in
    line is Rosa Mendes, 61, ..."): the subject put last; or None. A quotation before the verb
    leaves it to the quoted words' own verbs."""
    toks = ctx.tokens
    for j in range(a + 1, min(z, len(toks) - 3)):
        gap = ctx.gap(j - 1, j)
        if set(gap) & set(QUOTE_MARKS) or gap.strip(" ,-'’"):
            return None
        if toks[j].norm not in _WAS or gap != " " or not capitalised(ctx, j + 1):
            continue
        b = j + 1
        while b < z and b - j <= _MAX_NAME and capitalised(ctx, b):
            if b > j + 1 and ctx.gap(b - 1, b) not in (" ", "-"):
                break
            b += 1
        nxt = toks[b].norm if b < len(toks) else ""
        if ctx.gap(b - 1, b).strip() != "," or not (nxt.lower() in ("a", "an") or nxt.isdigit()):
            return None
        words = range(j + 1, b)
        if any(toks[i].norm.lower() in BODY_NOUNS | EN_FUNCTION_WORDS for i in words):
            return None
        if any((m := ctx.any_at.get(i)) is not None and m.type != "PERSON" for i in words):
            return None  # "was Nairobi, a city of ...": a place
        return english_name(ctx, j + 1, b)
    return None


def aged_again(ctx: Context, k: int) -> Speaker | None:
    """Whom "the 58-year-old farmer" / "the 34-year-old" ending at token k (the subject of a
    speech verb) means: an age with "the" refers back to the person introduced before, as "he"
    does (named_before, of either gender); None when the subject is no such description."""
    toks = ctx.tokens
    for old in range(k, max(k - 3, 2), -1):
        if toks[old].norm.lower() != "old" or toks[old - 3].norm.lower() != "the":
            continue
        nouns = range(old + 1, k + 1)
        if _age_end(ctx, old - 2) == old + 1 and all(
            toks[j].norm.isalpha() and toks[j].norm.islower() and ctx.gap(j - 1, j) == " "
            for j in nouns
        ):
            return named_before(ctx, old - 3, gender="")  # read from "the", as from "he"
        return None
    return None


def _short_form(ctx: Context, k: int) -> bool:
    """True when the word at token k opens or ends a name of two or three capitalised words
    given elsewhere in the article ("Arjun" after "Arjun Mehta"): how news refers to a person
    named in full before. A name holding a body's noun or a listed place or body ("Fairfax
    County", "Unison Union") does not count."""
    toks = ctx.tokens
    word = toks[k].norm
    for j, tok in enumerate(toks):
        if j == k or tok.norm != word or ctx.in_quote(tok.start):
            continue
        a, b = j, j + 1
        while a > 0 and j - a < 2 and ctx.gap(a - 1, a) == " " and capitalised(ctx, a - 1):
            a -= 1
        while b < len(toks) and b - j < 3 and ctx.gap(b - 1, b) == " " and capitalised(ctx, b):
            b += 1
        if not (a == j or b == j + 1) or not 2 <= b - a <= _MAX_NAME:
            continue
        if toks[a].norm.lower() in EN_FUNCTION_WORDS | EN_DETERMINERS | _EN_OPENERS:
            continue
        if any(toks[i].norm.lower() in BODY_NOUNS for i in range(a, b)):
            continue
        if not any(
            (m := ctx.any_at.get(i)) is not None and m.type != "PERSON" for i in range(a, b)
        ):
            return True
    return False


# Prepositions of a phrase opening a sentence about the person it names: "For Maria Delgado,
# the opening comes too late", "To Ann Roe, it felt like betrayal".
_FRAMING = frozenset({"for", "to"})


def _person_framed(ctx: Context, a: int) -> Speaker | None:
    """The unlisted person of two or three capitalised words a phrase opening a sentence at
    token a frames ("For Maria Delgado, the opening ..."), or of one word that is a listed
    person or a short form of a name given in full ("For Reyes," after "Sophia Reyes"), or
    None."""
    toks = ctx.tokens
    if a + 3 >= len(toks) or toks[a].norm.lower() not in _FRAMING or quoted_at(ctx, a):
        return None
    s = a + 1
    aged = _age_end(ctx, s)  # "For 15-year-old Youssef,": an age is said of a person
    s = aged or s
    if s + 1 < len(toks) and ctx.gap(s, s + 1).strip() == "," and capitalised(ctx, s):
        m = ctx.any_at.get(s)
        person = m.type == "PERSON" if m is not None else _short_form(ctx, s)
        # "For Youssef, who comes in most afternoons,", "For Youssef, 19,": "who" and an age
        # are said of a person
        of_person = toks[s + 1].norm == "who" or _aged_after(ctx, s)
        person = person or (m is None and (aged is not None or of_person))
        return english_name(ctx, s, s + 1) if person else None
    for b in range(s + 2, min(s + _MAX_NAME, len(toks) - 1) + 1):
        if ctx.gap(b - 1, b).strip() == ",":
            names = any(
                (m := ctx.any_at.get(j)) is not None and m.type != "PERSON" for j in range(s, b)
            )
            words = [toks[j].norm.lower() for j in range(s, b)]
            if names or any(w in BODY_NOUNS | EN_FUNCTION_WORDS for w in words):
                return None  # "For Fairfax County,", "For the Red Cross,"
            return english_name(ctx, s, b)
    return None


def _aged_after(ctx: Context, k: int) -> bool:
    """True when an age set off by commas follows the word at token k ("Youssef, 19,")."""
    toks = ctx.tokens
    return (
        k + 2 < len(toks)
        and toks[k + 1].norm.isdigit()
        and len(toks[k + 1].norm) <= 3
        and ctx.gap(k + 1, k + 2).strip() == ","
    )


def _age_end(ctx: Context, k: int) -> int | None:
    """The token after an age written as one word from token k ("15-year-old"), or None."""
    toks = ctx.tokens
    if k + 3 >= len(toks) or not toks[k].norm.isdigit():
        return None
    words = [toks[j].norm.lower() for j in (k + 1, k + 2)]
    joined = ctx.gap(k, k + 1) == ctx.gap(k + 1, k + 2) == "-"
    return k + 3 if joined and words[0] in ("year", "month") and words[1] == "old" else None


# "Speaking to Radio Tarn on Friday, Claire Dubreuil defended ...": the talk's medium or hearers.
_TALKING = frozenset({"speaking", "talking", "writing"})
_WITH_TO = frozenset({"to", "with", "on", "in"})


def _phrase_comma(ctx: Context, a: int, z: int) -> int | None:
    """The token in [a, z) a comma closing a phrase follows, or None when another stop or
    quotation mark comes first."""
    for j in range(a, z):
        gap = ctx.gap(j, j + 1).strip()
        if gap == ",":
            return j
        if gap and gap not in ("-", "'", "’"):
            return None
    return None


# tokens of a place's or time's phrase opening a sentence: "In the village of Abu Subat", "In
# the hills above Salalah in southern Oman", "At seven o'clock on a wet Tuesday morning in Leeds"
_PLACE_PHRASE = 12
_DATELINE = 6  # words of a dateline: "Wad Madani, Sudan –", "BEIRUT, June 3 (Reuters) -"


def _dateline_end(ctx: Context, a: int) -> int | None:
    """The token after a dateline opening a paragraph at token a ("Wad Madani, Sudan – Abdi
    Osman kneels ..."): capitalised words, numbers and a parenthesis before a spaced dash; or
    None."""
    toks = ctx.tokens
    if a > 0 and "\n" not in ctx.gap(a - 1, a):
        return None
    # a place and its country, a credit or a place in capitals: not "Ann Roe – a teacher –"
    placed = toks[a].norm.isupper() and len(toks[a].norm) > 1
    for j in range(a, min(a + _DATELINE, len(toks) - 1)):
        word = toks[j].norm
        if not (word[:1].isupper() or word.isdigit()):
            return None
        gap = ctx.gap(j, j + 1)
        if gap.strip() in ("–", "—", "-", ") –", ") —", ") -") and gap[-1:] == " ":
            return j + 1 if placed or ")" in gap else None
        if gap not in (" ", ", ", " (", ") "):
            return None
        placed = placed or gap != " "
    return None


def _after_opening_phrase(ctx: Context, a: int) -> int:
    """The token after a short phrase opening a sentence at token a and closed by a comma ("For
    now,", "In March,", "Meanwhile,", "Back in Leeds,"), or a when none does: a function word
    or opener starts it, or a word before a place's preposition, and it names no person or
    body; or a participle of talk with whom it was to ("Speaking to Radio Tarn on Friday,")."""
    toks = ctx.tokens
    dated = _dateline_end(ctx, a)
    if dated is not None:
        return dated
    if toks[a].norm.lower() in _TALKING and a + 1 < len(toks) and toks[a + 1].norm in _WITH_TO:
        comma = _phrase_comma(ctx, a + 2, min(a + 10, len(toks) - 1))
        people = comma is not None and any(
            (m := ctx.any_at.get(i)) is not None and m.type == "PERSON" for i in range(a, comma)
        )
        return comma + 1 if comma is not None and not people else a
    place = a + 1 < len(toks) and toks[a + 1].norm in _PLACE_PREPS and toks[a].norm.isalpha()
    first = toks[a].norm.lower()
    if first not in EN_FUNCTION_WORDS | _EN_OPENERS | _TIMES | _PLACE_PREPS and not place:
        return a
    # a place's phrase may run longer: "In the village of Abu Subat, Umm Ali sells ...",
    # "Outside the old town hall, ...", "Back at her new wall, Daher ..."
    reach = _PLACE_PHRASE if first in _PLACE_PREPS or place else 4
    for j in range(a, min(a + reach, len(toks) - 1)):
        if ctx.gap(j, j + 1).strip() == ",":
            named = any(
                (m := ctx.any_at.get(i)) is not None and m.type in ("PERSON", "ORG")
                for i in range(a, j + 1)
            )
            return a if named else j + 1
        if ctx.gap(j, j + 1).strip() not in ("", "'", "’", "-"):
            return a  # (not a word's own mark: "o'clock", "Salalah's", "well-known")
    return a
