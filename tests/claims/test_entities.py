"""Entity mentions: gazetteer with clitics, titles + names, bodies, short names."""

from __future__ import annotations

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
