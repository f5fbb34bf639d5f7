"""Speech predicates generated from stems (claims.speech): forms, agreement, adjuncts."""

from __future__ import annotations

import pytest

from claims.segment import norm_word, tokenize
from claims.speech import (
    AR_NOUN_VERBS,
    AR_VERBS,
    EN_PARTICIPLES,
    EN_VERBS,
    adjunct_end,
    agreement,
)


@pytest.mark.parametrize(
    ("form", "gender", "plural", "present"),
    [
        ("قال", "m", False, False),
        ("وقالت", "f", False, False),
        ("فأضافوا", "", True, False),
        ("نفت", "f", False, False),  # a weak verb loses its last letter: نفى → نفت
        ("دعوا", "", True, False),
        ("وتابعت", "f", False, False),
        ("يقولون", "", True, True),
        ("ستقول", "f", False, True),  # future
        ("بيقول", "m", False, True),  # dialect
        ("يرون", "", True, True),  # يرى → يرون
        ("مضيفة", "f", False, False),  # participle
        ("قائلين", "", True, False),
    ],
)
def test_arabic_forms_carry_their_agreement(
    form: str, gender: str, plural: bool, present: bool
) -> None:
    agr = agreement(norm_word(form))
    assert agr is not None
    assert (agr.gender, agr.plural, agr.present) == (gender, plural, present)


def test_ambiguous_forms_are_left_out() -> None:
    # "طالبا" is the participle ("requesting"), "يذكر أن" a set phrase, "رد" also a noun
    assert norm_word("طالبا") not in AR_VERBS
    assert norm_word("يذكر") not in AR_VERBS
    assert norm_word("رد") not in AR_VERBS and norm_word("رد") in AR_NOUN_VERBS
    assert norm_word("ردت") in AR_VERBS


def test_english_verbs_are_inflected() -> None:
    assert {"say", "says", "said", "warned", "denies", "admitted", "quipped"} <= EN_VERBS
    assert {"saying", "warning", "admitting", "noting"} <= EN_PARTICIPLES


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("قال في وقت لاحق وزير الخارجية", "وزير"),
        ("وأضافت يوم الاثنين المتحدثة", "المتحدثة"),
        ("قال للصحفيين مسؤول كبير", "مسؤول"),
        ("قال في مؤتمر صحفي الرئيس", "الرئيس"),
        ("وأضاف أيضا الوزير", "الوزير"),
    ],
)
def test_adjuncts_between_verb_and_subject_are_skipped(text: str, subject: str) -> None:
    toks = tokenize(text)
    k = adjunct_end(toks, text, 1)
    assert text[toks[k].start : toks[k].end] == subject


def test_who_issued_a_statement_is_not_skipped() -> None:
    text = "وأضاف في بيان صادر عن الوزارة"
    assert adjunct_end(tokenize(text), text, 1) == 1
