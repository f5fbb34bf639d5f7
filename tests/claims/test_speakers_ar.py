"""Arabic speaker shapes of everyday news (session 2 rules), each in made-up sentences.

Given names open a name inside a long role; a preposition's object is never a name; a
bare "الوزارة"/"الوزير"/"سعادته" refers back; "بحسب"/"وفق ما قاله" after a quotation names
its speaker; a relative clause's present verb reports nothing; the verb opening a sentence
gives its subject to a later "وقال" of the same sentence.
"""

from __future__ import annotations

import pytest

from claims.extract import extract


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.source) for q in extract(text, lang="ar").quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role in a long construct chain, then a given name
        (
            'وقال مدير عام صيانة طرق المنطقة الجنوبية سليم الدباغ إن "الأعمال تنتهي في الخريف".',
            "سليم الدباغ",
        ),
        # a full name whose first words are no role in construct
        (
            'وقال ماجد سلطان الكعبي، مدير التشغيل في الشركة، إن "الرحلات تبدأ الشهر المقبل".',
            "ماجد سلطان الكعبي",
        ),
        # a place set off after the role, then a titled name
        (
            '"الحالات مستقرة"، بحسب مديرة المختبر في مستشفى الولادة بالموصل، الدكتورة رنا حميد.',
            "رنا حميد",
        ),
        # "وفق ما قاله" + a role + the name, then how it was said
        (
            '"الأسعار لن ترتفع"، وفق ما قاله رئيس غرفة التجارة وليد الحسيني في تصريح صحفي.',
            "وليد الحسيني",
        ),
        # a given name with definite surnames to a clear end
        (
            'وقال قائد المنطقة، العميد خالد الطيب الأمين، إن "الطريق آمن".',
            "خالد الطيب الأمين",
        ),
    ],
)
def test_named_after_a_role(text: str, speaker: str) -> None:
    assert _speakers(text)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"نعمل ليل نهار"، أضاف بنبرة متعبة.',
        'وقالت لجنة الإغاثة "رحمة"، في منشور على صفحتها بموقع فيسبوك، إن "المساعدات وصلت".',
    ],
)
def test_a_prepositional_phrase_is_no_speaker(text: str) -> None:
    assert all(not (s or "").startswith(("ب", "في")) for s, _ in _speakers(text))


def test_honorific_with_a_pronoun_refers_back() -> None:
    text = (
        'وقال سعادة السيد عيسى بن خليفة النعيمي إن "الميزانية متوازنة".\n\n'
        'وأضاف سعادته: "لا ضرائب جديدة هذا العام".'
    )
    assert [s for s, _ in _speakers(text)] == ["عيسى بن خليفة النعيمي"] * 2


def test_a_bare_body_and_a_role_refer_back() -> None:
    text = (
        "أعلنت وزارة الزراعة الأردنية، أمس، بدء حملة لمكافحة الجراد.\n\n"
        'وقالت الوزارة في بيان إن "الفرق انتشرت في ثلاث محافظات".\n\n'
        'وقال نادر العمري، وزير الزراعة، إن "الوضع تحت السيطرة".\n\n'
        'وأشار الوزير إلى أن المزارعين "سيعوضون عن خسائرهم".'
    )
    assert [s for s, _ in _speakers(text)] == [
        "وزارة الزراعة الأردنية",
        "نادر العمري",
        "نادر العمري",
    ]


def test_the_verb_opening_the_sentence_gives_its_subject() -> None:
    text = 'ورحبت نقابة المعلمين بالاتفاق، وقالت في بيان إن "الحقوق عادت لأصحابها".'
    assert _speakers(text)[0][0] == "نقابة المعلمين"


def test_a_relative_clause_reports_nothing() -> None:
    text = 'وقال أبو سليم، الذي يتابع السوق منذ عقود: "لم أر ركودا كهذا".'
    assert _speakers(text)[0][0] == "أبو سليم"


def test_a_lone_quotation_after_indirect_speech() -> None:
    text = (
        'وقالت الشركة إن "الخدمة ستعود مساء".\n\n'
        "وقال سعيد، وهو صاحب مخبز في الحي، إن الانقطاع كلفه الكثير.\n\n"
        '"خسرت نصف زبائني هذا الأسبوع وحده".'
    )
    assert _speakers(text)[-1][0] == "سعيد"


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        (
            'وقال مصدر أمني في حديث لـ السومرية نيوز، إن "الطريق أعيد فتحه".',
            "مصدر أمني",
            "السومرية نيوز",
        ),
        (
            'وقالت البلدية في بيان تلقت شفق نيوز نسخة منه، إن "الحملة مستمرة".',
            "البلدية",
            "شفق نيوز",
        ),
        (
            'إلا أن مسؤولا في المصرف، طلب عدم ذكر اسمه، قال لوكالة شفق نيوز، إن "السيولة متوفرة".',
            "مسؤول في المصرف",
            "شفق نيوز",
        ),
    ],
)
def test_unnamed_speakers_and_their_media(text: str, speaker: str, source: str) -> None:
    assert _speakers(text)[0] == (speaker, source)


def test_quoted_aliases_and_campaigns_are_names() -> None:
    text = (
        'وقالت شركة النقل العام "ترانس"، في بيان، إن "الخطوط الجديدة تعمل".\n\n'
        "وستطلق الشركة حملتها الإعلانية الوطنية «تنقل بذكاء» الشهر المقبل."
    )
    quotes = [q.text for q in extract(text, lang="ar").quotes]
    assert quotes == ["الخطوط الجديدة تعمل"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name closing a role before "قوله"
        (
            "ونقلت وكالة الأنباء الأردنية عن مدير عام الشركة الوطنية للنقل سليم العبادي قوله إن "
            '"الخطوط ستعود للعمل غدا".',
            "سليم العبادي",
        ),
        # a given name with the article, then a surname
        ('وقال المحلل المالي الطاهر بن سالم إن "السوق ستتعافى قريبا".', "الطاهر بن سالم"),
        # a governor's place is no part of his name
        ('وقال والي سطيف كمال الزين إن "المساكن ستوزع في الربيع".', "كمال الزين"),
        # "يدعى": the unnamed source's own name
        (
            'وروى أحد المسعفين، وهو شاب يدعى مهند، أن الحريق بدأ فجرا. وقال: "لم نر شيئا كهذا".',
            "مهند",
        ),
    ],
)
def test_names_in_roles_and_descriptions(text: str, speaker: str) -> None:
    assert _speakers(text)[-1][0] == speaker


def test_a_transliterated_body_is_named_whole() -> None:
    text = (
        "أعلنت منظمة دوكتورز ويذاوت بوردرز الطبية أنها أرسلت فريقا.\n\n"
        'وقالت المنظمة في بيان إن "الحاجة إلى الأدوية كبيرة".'
    )
    assert (_speakers(text)[0][0] or "").startswith("منظمة دوكتورز ويذاوت بوردرز")


def test_a_company_named_in_quote_marks_is_what_the_company_refers_to() -> None:
    text = (
        "أعلنت «الوطنية للطيران» إطلاق خط جديد إلى روما.\n\n"
        'وقالت الشركة في بيان: "الرحلات تبدأ الشهر المقبل".'
    )
    assert _speakers(text)[0][0] == "الوطنية للطيران"


@pytest.mark.parametrize(
    "text",
    [
        "وتأتي الخطة في إطار «استراتيجية النقل المستدام 2040» التي أقرتها الحكومة.",
        "ورفع المحتجون لافتات كتب عليها «لا للغلاء» و«الخبز حق للجميع» أمام المبنى.",
        "وتحتل الشركة المرتبة الأولى بحسب تقرير صادر عن «المرصد الاقتصادي» أمس.",
    ],
)
def test_names_of_plans_and_slogans_are_no_quotations(text: str) -> None:
    assert extract(text, lang="ar").quotes == []
