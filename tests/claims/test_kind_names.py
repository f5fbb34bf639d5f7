"""Quoted words named by their kind (claims.kind_names), in made-up sentences: names are no
quotations, and speech of the same shapes stays speech."""

from __future__ import annotations

import pytest

from claims.extract import extract


def _quoted(text: str) -> list[str]:
    return [q.text for q in extract(text, lang="ar").quotes]


@pytest.mark.parametrize(
    "text",
    [
        # a naming noun with the article and its adjective before the name
        'وأعلنت الوزارة أن الحملة الوطنية "صيفك آمن.. ماؤك نظيف" تنطلق الأسبوع المقبل.',
        # a document's kind opening the name, after a preposition
        'وأقر المجلس تعديلات على "لائحة تنظيم مكاتب استقدام العمالة المنزلية" أمس.',
        # a body's whole name
        'وشارك في الوقفة أعضاء من "الرابطة الوطنية لمهندسي الطرق والجسور" في العاصمة.',
        # a name described after it as what kind of thing it is
        'وبحسب أرقام جمعتها "رابطة المهندسين في المهجر"، وهي جمعية مستقلة، فإن العدد ارتفع.',
        # a card's name after its kind
        "ويمكن الدفع ببطاقة «سهل» في جميع المحطات.",
    ],
)
def test_names_by_kind_are_no_quotations(text: str) -> None:
    assert _quoted(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # the subject of a reported clause, then what is said of it
        ("وأكد الوزير أن معايير الجودة «صارمة في كل المراحل».", "صارمة في كل المراحل"),
        # a body's head opening a sentence said
        ('وقال المدير: "الأجهزة وصلت أمس".', "الأجهزة وصلت أمس"),
        # a document's kind opening what was said after a colon
        ('وقال النائب: "مشروع القانون لن يمر بهذه الصيغة".', "مشروع القانون لن يمر بهذه الصيغة"),
        # a campaign said to have done something, ending the clause
        ("وقالت المنظمة إن الحملة الوطنية «حققت أهدافها».", "حققت أهدافها"),
    ],
)
def test_speech_of_the_same_shapes_stays_speech(text: str, quoted: str) -> None:
    assert quoted in _quoted(text)
