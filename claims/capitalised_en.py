"""English names read from capitalised words around speech verbs, where no list names them:
"Mark Davies, who ...", "Jane Doe said", "businessman Paul Novak", "Amina Chraibi, an
architect"; a name ending in a body's word is a body's, in a place's word a place's, and one
described as a village or town ("Kfar Kila, a village near the border") is no person's."""

from __future__ import annotations

from claims.gazetteer import word_forms
from claims.mentions import Builder, Mention, cap, gap_after, name_end
from claims.speech import EN_VERBS


def english_subjects(b: Builder) -> None:
    """ "Mark Davies, who ..." / "Jane Doe said": two or three capitalised words as a name."""
    toks = b.tokens
    for k in range(len(toks) - 1):
        joined = k > 0 and not gap_after(b, k - 1).strip() and "\n" not in gap_after(b, k - 1)
        if not b.free(k, k + 1) or (joined and cap(b, k - 1)):
            continue  # (a name opening a line is read on its own)
        if (
            k > 1
            and toks[k - 1].norm in _EN_LINKS
            and cap(b, k - 2)
            and not gap_after(b, k - 2).strip()
        ):
            continue  # "Westmorland and Furness Council": the end of a longer name
        end = _on_its_line(b, k, name_end(b, k))
        if end - k > 3:
            k, end = _after_capitalised_role(b, k)
        k = without_party(b, k, end)
        if not 2 <= end - k <= 3:
            continue
        nxt = toks[end].norm.lower() if end < len(toks) else ""
        gap = gap_after(b, end - 1).strip()
        role = k > 0 and toks[k - 1].norm.islower() and toks[k - 1].norm not in _EN_FUNCTION
        before = gap_after(b, k - 1).strip() if k > 0 else ""
        # "businessman Paul Novak", "Arsenal's manager, Mikel Arteta, ..."
        role = role and (not before or (before == "," and gap[:1] in (",", ".", "")))
        # "Amina Chraibi, an architect": a name set off by a description of the person
        # or by an age ("Margaret Allsop, 78, who ...")
        described = gap == "," and (nxt in _EN_SPEECH | {"who", "a", "an"} or nxt.isdigit())
        if described and _place_described(b, end):
            continue  # "Kfar Kila, a village near the border": a place, not a person
        if role or described or (not gap and nxt in _EN_SPEECH):
            name = b.text[toks[k].start : toks[end - 1].end]
            last = toks[end - 1].norm
            kind = (
                "ORG" if last in _EN_ORG_HEADS else "PLACE" if last in _EN_PLACE_HEADS else "PERSON"
            )
            b.add(Mention(toks[k].start, toks[end - 1].end, k, end, kind, name))


def _place_described(b: Builder, a: int) -> bool:
    """True when the description opening at token `a` ("a village a few hundred metres from",
    "a small town in") names a kind of place; not "a village elder", "a city councillor"."""
    toks = b.tokens
    for j in range(a + 1, min(a + 4, len(toks))):
        if toks[j].norm.lower() in _EN_PLACE_NOUNS:
            after = toks[j + 1].norm.lower() if j + 1 < len(toks) else ""
            return bool(gap_after(b, j).strip()) or after in _EN_FUNCTION or after.isdigit()
        if gap_after(b, j - 1).strip():
            break
    return False


def _on_its_line(b: Builder, k: int, end: int) -> int:
    """The end of an English name of tokens [k, end) at its first line break: a title's last
    words and the next line's first ones are no name ("... Trade Deal\nMarta Silva")."""
    return next((j for j in range(k + 1, end) if "\n" in gap_after(b, j - 1)), end)


def _after_capitalised_role(b: Builder, k: int) -> tuple[int, int]:
    """In "Chief Operating Officer Jaakko Heinonen said" (capitalised words from token k, a
    speech verb after them), the last two words as the name's (start, end); else (k, k)."""
    toks = b.tokens
    end = k + 1
    while end < len(toks) and cap(b, end) and not gap_after(b, end - 1).strip():
        end += 1
    said = end < len(toks) and toks[end].norm.lower() in _EN_SPEECH
    return (end - 2, end) if said and not gap_after(b, end - 1).strip() else (k, k)


def without_party(b: Builder, k: int, end: int) -> int:
    """Where an English name of tokens [k, end) starts once a party label before it is left
    out: "confirmed Democrat Elena Ruiz's victory" → "Elena Ruiz"."""
    return k + 1 if end - k == 3 and b.tokens[k].norm in _EN_PARTIES else k


_EN_LINKS = word_forms("and of for")


# Kinds of places a description may name: "Kfar Kila, a village near the border".
_EN_PLACE_NOUNS = word_forms(
    "village town city hamlet suburb district neighbourhood neighborhood region province "
    "island port camp settlement oasis municipality borough"
)


# Lowercase words before capitalised ones that are not a role noun introducing a name.
_EN_FUNCTION = word_forms(
    "in at of for to from by on with the a an and or but as than into over under about "
    "near via between across after before during since until per its his her their our "
    "said says told added is are was were be been has have had will would could should "
    "which that this these those who whose where when while if not"
)


# Party labels set before a politician's name: "Democrat Elena Ruiz", "Republican Tom Becker".
_EN_PARTIES = word_forms("Democrat Republican Independent Conservative Labour Liberal Socialist")


# Last words of capitalised names of bodies, not people: "Federal Communications Commission".
_EN_ORG_HEADS = word_forms(
    "Commission Agency Project Association Council Committee Department Ministry University "
    "Institute Bank Party Union Court Service Office Authority Group Company Corp Inc Fund "
    "Board Foundation Center Centre Organization Organisation Forces Police Army Network Times "
    "Post News Research Partners Capital Airlines Motors Technologies Systems Club League"
)


# Last words of capitalised names of places: "will link Al Reem Island, ...".
_EN_PLACE_HEADS = word_forms(
    "Island Islands City Town Village Street Road Avenue Square Bay River Lake Valley Mountain "
    "Mountains Beach Park District Province Governorate Camp Port Airport Bridge Corniche Coast"
)


_EN_SPEECH = EN_VERBS
