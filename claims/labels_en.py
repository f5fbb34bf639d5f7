"""English quoted words that label or name rather than quote: a title or programme in capitals
(“Generation Green 2020-2030”), a label before its noun (an “overweight” rating), a sign's
slogan (placards reading “...”), a grade a rating verb gives (rated Pakistan “not free”) or a
recommendation is moved to (to “buy” from “hold”); and quoted words that are a sentence of their
own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.gazetteer import lexicon, word_forms
from claims.segment import QuoteSpan

if TYPE_CHECKING:
    from claims.context import Context

LABEL_DETERMINERS = word_forms("the a an its their his her our")
_EN_RATING = word_forms(
    "rated rates rate ranked ranks graded grades classified classifies classed downgraded "
    "upgraded designated"
)


# Nouns of a grade an analyst or agency moves "to"/"from" another: "raised its recommendation
# on the stock to “buy” from “hold”", "cut the outlook to “negative”".
_EN_GRADES = word_forms("recommendation recommendations rating ratings outlook grade")
_EN_MOVED = word_forms("to from at")


def rated(ctx: Context, first: int) -> bool:
    """True when quoted English words starting at token `first` are a grade that a rating verb
    gives, right after it or its object ("rated Pakistan “not free”", "was rated “outstanding”",
    "graded the plan as “poor”"), or that a grade's noun is moved to or from ("raised his
    recommendation on the stock to “buy” from “hold”"): a label, not somebody's words."""
    toks = ctx.tokens
    moved = first > 0 and toks[first - 1].norm.lower() in _EN_MOVED
    for k in range(first - 1, max(first - 9, -1), -1):
        # quotation marks may part the words: the grade moved from follows the one moved to
        if ctx.gap(k, k + 1).strip(' “”"'):
            return False
        word = toks[k].norm.lower()
        if (word in _EN_RATING and k >= first - 4) or (moved and word in _EN_GRADES):
            return True
    return False


def whole_sentence(ctx: Context, q: QuoteSpan, words: list[str]) -> bool:
    """True when English quoted words are a sentence of their own: they open the sentence, end
    in its punctuation within the marks and hold a lower-case word ("“Custody is inevitable.”")."""
    sent = ctx.sentence_of(q.start)
    opens = sent is not None and not ctx.text[sent.start : q.start].strip()
    inner = ctx.text[q.inner_start : q.inner_end].strip()
    lower = any(w[:1].islower() for w in words)
    return opens and len(words) > 1 and lower and inner[-1:] in (".", "!", "?")


_EN_READING = word_forms("reading read reads saying said says")
_EN_SIGNS = lexicon("en_signs")


# Verbs of putting words on a surface: "had spray-painted “Stay safe” on a sheet of plywood".
_EN_PAINTED = word_forms(
    "painted spray-painted scrawled daubed chalked etched carved stencilled stenciled inscribed "
    "emblazoned scribbled graffitied embroidered"
)


# Present "call" names a thing as people habitually do ("Neighbours call it “the American
# clinic”"); past "called it “a disaster”" is somebody's verdict, so it is not here.
_EN_CALL = word_forms("call calls")
_EN_CALLED_ONES = word_forms("it them him her")


def _called(ctx: Context, p: int) -> bool:
    """True when token p is the object of present "call" before quoted words opening with "the"
    or a capital: the name people give it ("Locals call it “the Bridge”"), not a verdict
    ("Critics call it “a land grab”"); or plural "call" right before them after a group that
    calls so, its object before it: the group's term ("a practice lawyers call “recycling”")."""
    toks = ctx.tokens
    if p < 1 or p + 1 >= len(toks):
        return False
    first = toks[p + 1].norm
    if toks[p].norm.lower() == "call" and first.lower() not in ("a", "an"):
        group = toks[p - 1].norm
        return group.islower() and (group.endswith("s") or group in _EN_GROUPS)
    if toks[p].norm.lower() not in _EN_CALLED_ONES:
        return False
    return toks[p - 1].norm.lower() in _EN_CALL and (first == "the" or first[:1].isupper())


# Who habitually call a thing so, besides plural nouns: "what people call “...”".
_EN_GROUPS = word_forms("people they we you locals")


def _known_as(ctx: Context, p: int) -> bool:
    """True when token p is the "as" of "known" with whom or where it is known between them:
    "known among traders as “...”", "known locally as “...”" (the name it goes by)."""
    toks = ctx.tokens
    if p < 2 or toks[p].norm.lower() != "as":
        return False
    for k in range(p - 2, max(p - _KNOWN_REACH - 2, -1), -1):
        if ctx.gap(k, k + 1).strip():
            return False
        if toks[k].norm.lower() == "known":
            return True
    return False


_KNOWN_REACH = 3  # words between "known" and "as": "known to local residents as"


def written_on(ctx: Context, p: int) -> bool:
    """True when the English word at token p, before quoted words, is how a sign reads them:
    "placards reading “...”", "a banner that read “...”", "T-shirts saying “...”", how
    they were put on a surface: "spray-painted “...” on a sheet of plywood", or what people
    call something or know it as: "Neighbours call it “the American clinic”", "known among
    traders as “...”"."""
    toks = ctx.tokens
    if (p >= 1 and toks[p].norm.lower() in _EN_PAINTED) or _called(ctx, p) or _known_as(ctx, p):
        return True
    if p < 1 or toks[p].norm.lower() not in _EN_READING:
        return False
    j = p - 1 if toks[p - 1].norm.lower() not in ("that", "which") else p - 2
    # "reads" may follow a phrase about the sign: "A banner hanging from its roof reads “...”"
    reach = _SIGN_PHRASE if toks[p].norm.lower() in _EN_READ else 1
    return any(
        toks[i].norm.lower() in _EN_SIGNS and not set(ctx.gap(i, p)) & set(".;:!?")
        for i in range(j, max(j - reach, -1), -1)
    )


_EN_READ = word_forms("reading read reads")
_SIGN_PHRASE = 6  # words between a sign and "reads"


# Words after quoted ones that are no noun they qualify: "was “disappointed” that", "“on
# track,” adding", "a “good start” but", and the object of quoted verbs: "its members “fully
# back” the plan".
_EN_NOT_NOUNS = word_forms(
    "and or but nor of to in on at for with by from that which who as if than unless because "
    "while after before this these those was is were are be been has had have will would could "
    "should may might can not the a an its their his her our my your them him us it me"
)


def _possessive(ctx: Context, p: int) -> bool:
    """True when token p is the "s" of a possessive ("Delhi's", "the party’s")."""
    return p > 0 and ctx.tokens[p].norm == "s" and ctx.gap(p - 1, p) in ("'", "’")


def premodifier(ctx: Context, q: QuoteSpan, first: int, last: int) -> bool:
    """True when English quoted words stand between a determiner or a possessive (and maybe one
    adjective) and the noun they qualify: "an “overweight” rating", "its highest “red” warning
    level", "Delhi's “make local” drive". Words somebody said follow a verb or a preposition
    ("was “deeply disappointing” and")."""
    toks = ctx.tokens
    if first == 0 or last >= len(toks):
        return False
    nxt = toks[last].norm
    if ctx.text[q.end : toks[last].start].strip() or not (nxt.isalpha() and nxt.islower()):
        return False
    if nxt in _EN_NOT_NOUNS or ctx.text[toks[first - 1].end : q.start].strip():
        return False
    p = first - 1
    if toks[p].norm.lower() not in LABEL_DETERMINERS and not _possessive(ctx, p):
        adjective = toks[p].norm.isalpha() and toks[p].norm.islower()
        p -= 1  # "its highest “red” warning"
        if not adjective or p < 0 or ctx.gap(p, p + 1).strip():
            return False
    return toks[p].norm.lower() in LABEL_DETERMINERS or _possessive(ctx, p)


def is_title_case(inner: str, words: list[str]) -> bool:
    """Capitalised words without sentence punctuation: a title or name, not speech.

    A final full stop set inside the marks (American style) ends the sentence around them, not
    the quoted words: "signs that read “Hands Off Our Parks.”" (two words at least)."""
    if inner.endswith(".") and len(words) >= 2:
        inner, words = inner[:-1], words[:-1] if words[-1] == "." else words
    # a subtitle after one colon: “Pearls and Palms: Two Centuries of Gulf Craft”
    inner = _SUBTITLE.sub(" ", inner, count=1)
    if re.search(r"[.!?;:،]", inner) or not words:
        return False
    # years and numbers name too: “Generation Green 2020-2030”, “Vision 2030”
    caps = [w for w in words if w.lower() not in _SMALL and not w[:1].isdigit() and w != "-"]
    return bool(caps) and all(w[:1].isupper() for w in caps) and words[0][:1].isupper()


# Words a title leaves in lower case: articles, conjunctions and short prepositions (“Pages from
# Home”), the "s" of "Iraq's" and the ends of contractions ("Turn Around, Don't Drown").
_SMALL = word_forms("of the and or for in on at by from with a an to as s t ll re ve m d")
_SUBTITLE = re.compile(r":\s+(?=[A-Z0-9])")
