"""Speakers behind long roles, bodies in construct and media spoken on (the mechanisms fixed
after held-out set 11; sentences invented for these tests)."""

from __future__ import annotations

import pytest

from claims.extract import extract


def _quote(text: str, lang: str, key: str) -> tuple[str | None, str | None]:
    q = next(q for q in extract(text, lang=lang).quotes if key in q.text)
    return q.speaker, q.source


@pytest.mark.parametrize(
    ("text", "lang", "key", "speaker", "source"),
    [
        # a role with a complement, then a titled name ending in الله between commas
        (
            "وقال رئيس هيئة الموانئ لشؤون التشغيل، المهندس ماجد عبدالله الشامسي، خلال جولة"
            ' ميدانية، إن "الأعمال تسير وفق الخطة المعتمدة منذ العام الماضي".',
            "ar",
            "الأعمال",
            "ماجد عبدالله الشامسي",
            None,
        ),
        # the same apposition opening the sentence before its verb
        (
            "غير أن رئيس نقابة السائقين في جنوب لبنان، فادي نصار، قال لـ«النهار» إن الخطة «لا"
            " تكفي لتغطية الكلفة الفعلية».",
            "ar",
            "لا تكفي",
            "فادي نصار",
            "النهار",
        ),
        # an indefinite body head in construct closed by a place
        (
            'وقالت هيئة مياه وكهرباء عمان في بيان إن الشبكة "ستغطي كل الأحياء الجديدة".',
            "ar",
            "ستغطي",
            "هيئة مياه وكهرباء عمان",
            None,
        ),
        # a feminine elative modifies the body an unnamed source belongs to
        (
            'وقال مصدر في الهيئة العليا إن القرار "لن يؤثر على الموازنة العامة".',
            "ar",
            "لن يؤثر",
            "مصدر في الهيئة العليا",
            None,
        ),
        # an adverb between subject and verb; the broadcaster spoken on is the source
        (
            '"We are tired of waiting," union chair Tom Grady told Reuters. Grady also said on'
            ' public broadcaster RTE\'s "Morning Ireland" programme that the plan'
            ' was "far too slow for the families waiting".',
            "en",
            "far too slow",
            "Tom Grady",
            "RTE",
        ),
        # a capitalised role before the name
        (
            '"We will appeal the ruling as soon as we can," Senior Vice President Marta'
            " Kowalski said in a statement.",
            "en",
            "appeal",
            "Marta Kowalski",
            None,
        ),
    ],
)
def test_speaker(text: str, lang: str, key: str, speaker: str, source: str | None) -> None:
    assert _quote(text, lang, key) == (speaker, source)


def test_quoted_name_of_a_body_in_construct_is_no_quote() -> None:
    text = 'وذكرت شركة نقل الركاب "راكب" في بيان أن الرحلات "ستعود كالمعتاد خلال يومين".'
    assert [q.text for q in extract(text, lang="ar").quotes] == ["ستعود كالمعتاد خلال يومين"]
