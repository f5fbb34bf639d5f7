"""Unlisted English names in subject position: a one-word name opening a sentence ("Abdi, a
herder near Moyale, said") and the person a paragraph introduces by name, whom a later "he
said" / "she says" refers to ("Marisol Vega owns a tile shop. ... “...,” she says")."""

from __future__ import annotations

from bisect import bisect_right

from claims.asides_en import capitalised, english_name
from claims.bodies_en import BODY_NOUNS
from claims.context import Context, Speaker
from claims.gazetteer import lexicon
from claims.speech import connective_end
from claims.unnamed_en import EN_DETERMINERS, EN_FUNCTION_WORDS

# Adverbs opening a sentence before a comma, never a name: "Meanwhile, a herder ..., said".
_EN_OPENERS = lexicon("en_openers")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_MAX_NAME = 3  # words of a name read without a list: "Marisol Vega", "Ana María López"


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


def named_before(ctx: Context, k: int) -> Speaker | None:
    """Whom "he"/"she" at token k means when its paragraph introduced an unlisted person as the
    subject of an earlier sentence ("Youssef, a 19-year-old student, was leaving ... “...,” he
    said"), or None: a listed person mentioned on the way back is left to claims.reference, which
    knows their gender."""
    toks = ctx.tokens
    para = ctx.text.rfind("\n", 0, toks[k].start) + 1
    i = bisect_right(ctx.sent_starts, toks[k].start) - 1
    while i >= 0 and ctx.sentences[i].end > para:
        sent = ctx.sentences[i]
        lo = bisect_right(ctx.mention_starts, sent.start - 1)
        hi = bisect_right(ctx.mention_starts, min(sent.end, toks[k].start) - 1)
        if any(m.type == "PERSON" and not ctx.in_quote(m.start) for m in ctx.mentions[lo:hi]):
            return None
        name = _opening_name(ctx, ctx.tok_index(max(sent.start, para)))
        if name is not None:
            return name
        i -= 1
    return None


def _opening_name(ctx: Context, a: int) -> Speaker | None:
    """The unlisted name opening a sentence at token a as its subject: two or three capitalised
    words before a lower-case verb ("Marisol Vega owns"), or up to three before a description
    set off by a comma ("Youssef, a 19-year-old ...", "Lina Haddad, 34, ...")."""
    toks = ctx.tokens
    if a >= len(toks) or ctx.in_quote(toks[a].start):
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
    elif gap != " " or b - a < 2 or not (nxt.isalpha() and nxt.islower()):
        return None
    elif nxt in EN_FUNCTION_WORDS:
        return None  # "Broadway and ...", "Last Tuesday at ..."
    return english_name(ctx, a, b)
