"""English bodies introduced with their acronym in brackets ("The Egyptian Initiative for
Personal Rights (EIPR) documented ..."), which "the group" or "the organisation" later refers
back to; used by claims.bodies_en."""

from __future__ import annotations

import re

from claims.context import Context, Speaker

# Words a body's capitalised name may hold in lower case: "Initiative for Personal Rights".
_LINKS = frozenset({"for", "of", "and", "on", "the", "in", "de", "du"})
_ACRONYM = re.compile(r"\(\s*$")
_WORDS = 8  # words of a body's name before its acronym


def acronymed_body(ctx: Context, k: int) -> Speaker | None:
    """The nearest body before token k, in its paragraph or the one before, named in capitals
    and followed by its acronym in brackets whose first letter its name's first word starts
    with ("Egyptian Initiative for Personal Rights (EIPR)"); None when there is none. A person
    is never introduced so, so the name is a body's."""
    toks = ctx.tokens
    para = ctx.text.rfind("\n", 0, toks[k].start)
    lo = ctx.text.rfind("\n", 0, len(ctx.text[:para].rstrip())) if para > 0 else -1
    for j in range(k - 1, 0, -1):
        if toks[j].start < lo:
            return None
        acronym = toks[j].norm
        opened = _ACRONYM.search(ctx.gap(j - 1, j))
        if not opened or not (acronym.isupper() and acronym.isalpha() and len(acronym) > 1):
            continue
        if ctx.gap(j, j + 1)[:1] != ")" or ctx.in_quote(toks[j].start):
            continue
        name = _name_before(ctx, j - 1, acronym[0])
        if name is not None:
            return name
    return None


def _name_before(ctx: Context, e: int, initial: str) -> Speaker | None:
    """The capitalised name ending at token e, from its first word starting with `initial`
    (no article: "The Egyptian Initiative ..." → "Egyptian Initiative ..."), or None."""
    toks = ctx.tokens
    a = e
    while a > 0 and e - a < _WORDS and ctx.gap(a - 1, a) == " ":
        word = toks[a - 1].norm
        if not (word[:1].isupper() or word in _LINKS):
            break
        a -= 1
    first = next((j for j in range(a, e + 1) if toks[j].norm[:1] == initial), None)
    if first is None or first == e or not toks[e].norm[:1].isupper():
        return None  # a single word is left to the lists
    return Speaker(ctx.text[toks[first].start : toks[e].end], toks[first].start, toks[e].end)
