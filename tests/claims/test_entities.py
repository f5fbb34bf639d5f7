"""Entity mentions: gazetteer with clitics, titles + names, bodies, short names."""

from __future__ import annotations

import pytest

from claims.entities import find_mentions
from claims.segment import tokenize


def _mentions(text: str, lang: str = "ar") -> list[tuple[str, str, str]]:
    ms = find_mentions(text, tokenize(text), lang)
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
    return [(text[m.start : m.end], m.type, m.canonical) for m in ms]


def test_clitics_are_peeled_and_offsets_exclude_them() -> None:
    got = _mentions("وبكين ولروسيا وللأمم المتحدة")
    assert ("بكين", "PLACE", "بكين") in got
    assert ("روسيا", "PLACE", "روسيا") in got
    assert any(c == "الأمم المتحدة" for _, _, c in got)


def test_title_and_unknown_name() -> None:
    got = _mentions("قال رئيس الوزراء مصطفى مدبولي في مؤتمر صحفي")
    assert ("مصطفى مدبولي", "PERSON", "مصطفى مدبولي") in got


def test_title_does_not_swallow_a_noun() -> None:
    got = _mentions("أعلن الرئيس التونسي حل البرلمان")
    assert not any(t == "PERSON" for _, t, _ in got)


def test_compound_names_with_abd() -> None:
    got = _mentions("وقال المتحدث باسم الجيش السوداني نبيل عبد الله إن القوات تقدمت")
    assert ("نبيل عبد الله", "PERSON", "نبيل عبد الله") in got
    assert ("الجيش السوداني", "ORG", "الجيش السوداني") in got


def test_short_name_resolves_to_full_name_used_earlier() -> None:
    got = _mentions("التقى الرئيس ألكسندر لوكاشينكو بنظيره. وقال لوكاشينكو إن")
    assert [c for s, t, c in got if s == "لوكاشينكو"] == ["ألكسندر لوكاشينكو"]


def test_ambiguous_short_form_needs_full_name_first() -> None:
    assert not any(c == "شي جين بينغ" for _, _, c in _mentions("قال شي إن"))
    got = _mentions("استقبل الرئيس شي جين بينغ ضيفه. وقال شي إن")
    assert [s for s, _, c in got if c == "شي جين بينغ"] == ["شي جين بينغ", "شي"]


def test_ministry_by_pronoun_resolves_to_country_named_before() -> None:
    got = _mentions("تراجعت بكين عن التلميح الأمريكي. وقالت وزارة خارجيتها إن")
    assert ("وزارة خارجيتها", "ORG", "وزارة الخارجية الصينية") in got


def test_ministry_with_nationality_adjective() -> None:
    got = _mentions("قالت الخارجية الروسية إن. وأعلنت وزارة الدفاع البريطانية")
    canon = [c for _, t, c in got if t == "ORG"]
    assert canon == ["وزارة الخارجية الروسية", "وزارة الدفاع البريطانية"]


def test_english_title_name_and_ministry() -> None:
    got = _mentions(
        "Chinese Foreign Ministry spokesperson Mao Ning met Secretary of State Antony Blinken", "en"
    )
    assert ("Chinese Foreign Ministry", "ORG", "Chinese Foreign Ministry") in got
    assert ("Antony Blinken", "PERSON", "Antony Blinken") in got


def test_nationality_maps_to_country_and_dates_found() -> None:
    got = _mentions("قال المسؤول الصيني يوم الأربعاء في مارس 2023")
    assert ("الصيني", "NORP", "الصين") in got
    assert any(t == "DATE" for _, t, _ in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال رئيس المهرجان الفنان حسين فهمي في كلمة الافتتاح", "حسين فهمي"),
        ("وقالت الخبيرة في أمن المعلومات ريم الشامسي لسكاي نيوز عربية إن", "ريم الشامسي"),
        ("قال لاعب النصر سلطان الغنام لقناة محلية إن", "سلطان الغنام"),
        ("وقال المتحدث باسم اليونيسف في اليمن، كمال الوزيزي، إن", "كمال الوزيزي"),
        ("وقال المتحدث باسم الحرس الوطني حسام الدين الجبابلي إن", "حسام الدين الجبابلي"),
        ("وصرحت عائشة ندياي، وهي بائعة في السوق، بأن", "عائشة ندياي"),
        ("وقالت الناطقة باسم المنظمة، ليلى بن علي، إن", "ليلى بن علي"),
        ("Voters liked businessman Paul Novak more than expected.", "Paul Novak"),
        ("“He deserves it,” said Villa's manager, Unai Emery.", "Unai Emery"),
    ],
)
def test_people_after_titles_complements_and_verbs(text: str, name: str) -> None:
    lang = "ar" if "\u0600" <= text[0] <= "\u06ff" else "en"
    assert (name, "PERSON", name) in _mentions(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "قال رئيس الوزراء في مؤتمر صحفي إن الحكومة ستستقيل",
        "ونفى وجود خطط لرفع الأسعار",
        "وقالت أربعة مصادر إن الاجتماع تأجل",
    ],
)
def test_no_person_where_there_is_no_name(text: str) -> None:
    assert not any(t == "PERSON" for _, t, _ in _mentions(text))


def test_compound_short_name_refers_back() -> None:
    got = _mentions("التقى الوزير بدر عبد العاطي نظيره. وأوضح عبد العاطي أن الاتفاق قريب")
    assert got.count(("عبد العاطي", "PERSON", "بدر عبد العاطي")) == 1


def test_feminine_title_gives_gender() -> None:
    text = "وقالت وزيرة الهجرة إيفان فائق جابرو إن العودة تسير"
    (person,) = [m for m in find_mentions(text, tokenize(text), "ar") if m.type == "PERSON"]
    assert person.canonical == "إيفان فائق جابرو" and person.gender == "f"
