"""Names opened by a listed given name wherever they stand, not only next to a speech verb or a
title: "يقف حسين ياغي وسط بستان التفاح", "قررت زينب الحاج هذا العام". Feature stories
introduce their people as the subjects of any verb, and quote them later by "يقول:" or by
surname."""

from __future__ import annotations

from claims.gazetteer import lexicon, word_forms
from claims.mentions import (
    GIVEN_NAMES,
    HONORIFICS,
    NAME_LINKS,
    Builder,
    Mention,
    gap_after,
    name_end,
    named_after,
    speech_follows,
)

# Titles a place's name keeps before the person it honours: "مستشفى الملك فهد"
_HONOURED = word_forms("الملك الأمير الأميرة الشيخ الشيخة السلطان الإمام الرئيس الشهيد")

# Given names that are also everyday words ("أمل" hope, "صباح" morning): never alone.
_COMMON_WORDS = lexicon("common_word_names")


def anchored_names(b: Builder) -> None:
    """Add a person for each free listed given name with its family name ("حسين ياغي"): the
    longest of its next words (at most three in all) ending in a surname's shape."""
    toks = b.tokens
    for k, tok in enumerate(toks[:-1]):
        # "عبد الحكيم المسماري": a given name of two words, "عبد" and one of God's names
        servant = tok.norm == "عبد" and toks[k + 1].norm.startswith("ال")
        servant = servant and not gap_after(b, k).strip()
        if (tok.norm not in GIVEN_NAMES and not servant) or not b.free(k, k + 1):
            continue
        prev = toks[k - 1].norm if k > 0 else ""
        compound = k > 1 and prev.startswith("ال") and toks[k - 2].norm in NAME_LINKS
        # (but "جمعية سلوى بدر الهاجري": the given name before names the body, not this one)
        inside = prev in NAME_LINKS or (prev in GIVEN_NAMES and not named_after(b, k - 1))
        if b.in_quote(k) or inside or compound:
            continue  # inside a quotation, or inside another name ("عبد الرزاق محمود طيري")
        # "بئر علي بن خليفة", "شارع محمد الخامس", "مستشفى الملك فهد": named after someone
        if named_after(b, k) or (prev in _HONOURED and named_after(b, k - 1)):
            continue
        end = max(name_end(b, k), k + 1)
        # "جاد أبو خليل": a family name of kunya shape, read before as a kunya alone
        kunya = b.at.get(k + 1)
        joined = kunya is not None and kunya.type == "PERSON" and not gap_after(b, k).strip()
        if kunya is not None and joined and toks[k + 1].norm in NAME_LINKS:
            b.remove_within(k + 1, k + 2)
            end = kunya.tok_end
        if toks[k + 1].norm in HONORIFICS and not gap_after(b, k).strip():
            held = b.holder(k + 1)
            if held is not None and held.type == "TITLE" and held.tok_start == k + 1:
                b.remove_within(k + 1, k + 2)  # "زينب الحاج": her family name, no title
            end = max(end, k + 2)
        end = next((e for e in range(min(end, k + 3), k + 1, -1) if _surname_shaped(b, e)), k)
        if end == k and _aged(b, k):
            end = k + 1  # "يقف خالد (26 عاما)": a person introduced by his age
        elif tok.norm in _COMMON_WORDS and end - k < 3 and not _family_nisba(b, end):
            continue  # "سعيد خلفان المزروعي", "بدر الهاجري" are names; "جميل جدا" is none
        after = b.text[toks[end - 1].end : toks[end - 1].end + 3].lstrip(" ")
        if end > k and after[:1] in ("-", "–", "|", "\n"):
            continue  # a byline ("ريما حداد - بي بي سي"): the reporter, who says nothing
        if end > k and b.free(k, end):
            name = b.text[tok.start : toks[end - 1].end]
            b.add(Mention(tok.start, toks[end - 1].end, k, end, "PERSON", name))


def _surname_shaped(b: Builder, end: int) -> bool:
    """True when the word before token `end` can close a name: a nisba ("ياغي"), a family
    name with the article ("الحاج"), or any word that punctuation closes."""
    word = b.tokens[end - 1].norm
    # "ريما عساف لفرانس24 إن": what follows a speaker's name closes it too
    closed = end >= len(b.tokens) or bool(gap_after(b, end - 1).strip()) or speech_follows(b, end)
    nisba = word.endswith("ي") and len(word) > 3
    return closed or nisba or word in HONORIFICS or word.startswith("ال")


def _aged(b: Builder, k: int) -> bool:
    """True when an age in brackets follows token k: "خالد (26 عاما)"."""
    toks = b.tokens
    return (
        k + 2 < len(toks)
        and gap_after(b, k).strip() == "("
        and toks[k + 1].norm.isdigit()
        and toks[k + 2].norm.startswith(("عام", "سن"))
    )


def _family_nisba(b: Builder, end: int) -> bool:
    """True when the name ends in a family nisba with the article ("الهاجري")."""
    word = b.tokens[end - 1].norm
    return word.startswith("ال") and word.endswith("ي") and len(word) > 5
