"""Documents an English body issues, which speak for it: "a GAM statement", "a Health Ministry
report" are the body's words, and a capitalised word that speaks "in a report" is a body's name
("Unicef said in a report"); used by claims.subjects_en."""

from __future__ import annotations

from claims.asides_en import capitalised
from claims.context import Context, Speaker
from claims.gazetteer import word_forms
from claims.names_en import may_be_name
from claims.speech import EN_VERBS
from claims.unnamed_en import EN_UNNAMED

# Mentions whose capitalised words before a document say when or whose people, not who issued
# it: "a Sunday statement", "a Saudi statement".
_NO_ISSUERS = frozenset({"DATE", "NORP"})
_ARTICLES = frozenset({"a", "an", "the"})


def document_owner(ctx: Context, j: int) -> Speaker | None:
    """The body whose capitalised name goes between an article and the document's noun at token
    j ("a GAM statement", "the UN Security Council statement"), or None ("a joint statement", "a
    Sunday statement")."""
    toks = ctx.tokens
    a = j
    while a > 0 and capitalised(ctx, a - 1) and ctx.gap(a - 1, a) == " ":
        if toks[a - 1].norm.lower() in _ARTICLES:
            break  # "A GAM statement" opening a sentence
        a -= 1
    if a == j or a == 0 or toks[a - 1].norm.lower() not in _ARTICLES:
        return None
    if any((m := ctx.any_at.get(c)) is not None and m.type in _NO_ISSUERS for c in range(a, j)):
        return None
    return Speaker(ctx.text[toks[a].start : toks[j - 1].end], toks[a].start, toks[j - 1].end)


# What a body speaks in: "said in a report", "said in its annual review".
_DOCUMENTS = word_forms("statement report filing review bulletin update post letter")
_DOCUMENT_REACH = 3  # words between "in" and the document: "in its latest annual report"


def speaks_in_document(ctx: Context, k: int) -> bool:
    """True when the one capitalised word at token k, opening its sentence, is a body's name by
    what it does: its speech verb follows and says where, in a document ("Unicef said in a report
    this month that"); a plural ("Officials said in a statement") or an unnamed source's noun
    ("Police") is none, nor a word the article writes in lower case."""
    toks = ctx.tokens
    word = toks[k].norm
    plural = word.endswith("s") and not word.endswith("ss")
    if plural or word.lower() in EN_UNNAMED or not may_be_name(ctx, k):
        return False
    if k + 2 >= len(toks) or toks[k + 1].norm.lower() not in EN_VERBS or toks[k + 2].norm != "in":
        return False
    ahead = toks[k + 3 : k + 3 + _DOCUMENT_REACH]
    return any(t.norm.lower() in _DOCUMENTS for t in ahead)
