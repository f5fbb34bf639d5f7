"""Arabic speaker shapes of session 5, each in made-up sentences.

A speaker's name or body ends before the verb's object (an accusative, a ب- object, a noun in
construct with "أي", a definite word no adjective of the body's); a participle takes the
subject of the verb opening its sentence; a quotation after its speaker's indirect speech is
theirs; a person is introduced by an age in brackets; a role names its holder in apposition or
after the body's quoted acronym; who is named right after a quoted fragment said it; a medium
is told by "لمراسل" or "على قناة".
"""

from __future__ import annotations

import pytest

from claims.extract import extract


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.source) for q in extract(text, lang="ar").quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an accusative noun after the name is the verb's object
        (
            'وجّه النائب سالم الهاجري سؤالاً إلى وزير الصحة، وقال إن "المستشفيات مزدحمة".',
            "سالم الهاجري",
        ),
        # the object of a verb taking ب, after a surname without the article
        (
            'ورحّب المدير العام سامي بوعلام بالاتفاق، وقال: "الاتفاق يحمي العمال".',
            "سامي بوعلام",
        ),
        # a noun in construct with "أي" is no part of the name
        (
            'ونفى رئيس البلدية نزار عبد الحميد وجود أي تقصير، وقال إن "الفرق تعمل ليلا".',
            "نزار عبد الحميد",
        ),
        # a definite body, then its definite object
        ('ودعت البلدية السكان إلى "تجنب الخروج وقت العاصفة".', "البلدية"),
        # a listed body, then a definite word that heads no construct
        (
            'وحمّلت وزارة الصحة الشركة المسؤولية، وقالت في بيان إن "العقد لم ينفذ".',
            "وزارة الصحة",
        ),
        # a participle after a comma: the subject of the verb opening the sentence
        (
            'حسمت وزارة الزراعة الجدل حول الأسعار، مؤكدة أن السعر "سيبقى ثابتا هذا الموسم".',
            "وزارة الزراعة",
        ),
        # a role set off by commas from its holder, before the verb
        ('مدير المدرسة، حسن العلي، يؤكد أن الطلاب "عادوا إلى الصفوف".', "حسن العلي"),
        # a description in definite words before the name set off by commas
        ('وقال رئيس النادي، المدرب المخضرم سامي الرفاعي، إن "الفريق جاهز".', "سامي الرفاعي"),
        # a second role joined to the first, closed by a pronoun, then the name
        (
            'وقال عضو مجلس إدارة النادي ورئيس لجنة الشباب فيه عادل الكندري إن "الدوري صعب".',
            "عادل الكندري",
        ),
        # a crossing's name is no person
        ('وقال مدير معبر الكرامة، المقدم زياد العبادي، إن "الحركة طبيعية".', "زياد العبادي"),
        # a hospital named after a king names nobody
        (
            "وقالت طبيبة الأطفال في مستشفى الملك خالد الجامعي الدكتورة هند العتيبي إن "
            '"الحالات مستقرة".',
            "هند العتيبي",
        ),
        # a body, then the object of its verb
        (
            'وطالبت نقابة المحامين المغربية بإجراء تحقيق، وقالت في بيان إن "الحقوق مصونة".',
            "نقابة المحامين المغربية",
        ),
        # "ردّ" opening a clause with a speaker after it is the verb
        ('وردّ مصدر في الوزارة، فضّل عدم ذكر اسمه، بأن "القوائم محدثة".', "مصدر في الوزارة"),
        # a manner of speaking in the accusative is no name
        ('أما سمير، وهو موظف في البلدية، فعلق ساخرا: "الحافلة لا تأتي أبدا".', "سمير"),
        # the body's acronym in brackets, a place, then the holder
        (
            "ونقلت وكالة الأناضول عن المتحدث باسم برنامج الأغذية العالمي (WFP) في اليمن أحمد "
            'سالم قوله إن "المخزون يكفي شهرا".',
            "أحمد سالم",
        ),
        # a body's name with a conjunct referring back ("ومشتقاته") after "مسؤول ب..."
        (
            'وأوضح مسؤول بالديوان الوطني للحبوب ومشتقاتها، في تصريح، أن الإنتاج "تراجع كثيرا".',
            "مسؤول بالديوان الوطني للحبوب ومشتقاتها",
        ),
        # "أما X، فقد دعا": the topic is the subject
        (
            'أما النقابة الوطنية للأطباء، فقد دعت في بيان إلى "فتح باب الحوار".',
            "النقابة الوطنية للأطباء",
        ),
        # a resumptive pronoun between the verb and its subject
        ('في وقت تؤكد فيه وزارة الزراعة أن المخزون "كاف لستة أشهر".', "وزارة الزراعة"),
        # the holder's own title right before the name, after the role's complement
        (
            "وأوضح وكيل وزارة الصحة في الحكومة المحلية الدكتور سعيد عبده الحكيمي أن "
            '"المستشفيات مكتظة".',
            "سعيد عبده الحكيمي",
        ),
        # a given name, then a family name of kunya shape
        ('وقال الباحث في معهد الدراسات، نديم أبو شقرا، إن "الأرقام مقلقة".', "نديم أبو شقرا"),
        # a role of the arts, then the work in quote marks, then the name
        ('وقالت مخرجة "ظلال المدينة" سلمى الخطيب إن الفيلم "لامس الناس".', "سلمى الخطيب"),
        # nouns in construct with a place are no name; the holder follows in commas
        ('وقال مدير مياه البصرة، المهندس علي كاظم الموسوي، إن "الضخ مستمر".', "علي كاظم الموسوي"),
        # "عبد" with one of God's names opens a name wherever it stands, and "الرجل" then
        # names him again
        (
            'جلس عبد الرحيم الفيتوري أمام بيته المهدم. يقول الرجل الستيني "لم يبق لنا شيء".',
            "عبد الرحيم الفيتوري",
        ),
        # a union of the workers in a company: the company belongs to the union's name
        (
            'وقالت نقابة العاملين في شركة النقل البحري في بيان إن "الإضراب مستمر".',
            "نقابة العاملين في شركة النقل البحري",
        ),
        # a speech verb opening the sentence gives its subject to a later "وقالت"
        (
            'في المقابل، أكدت الخطوط الجوية الوطنية أن الرحلات "مستمرة"، وقالت في بيان: '
            '"لا تأخير".',
            "الخطوط الجوية الوطنية",
        ),
        # the holder after a body's acronym in quote marks
        (
            "وقالت رئيسة الجمعية الوطنية لحماية المستهلك «حماية» سلمى الخطيب لـ«الغد» إن "
            "«الأسعار ارتفعت».",
            "سلمى الخطيب",
        ),
    ],
)
def test_speaker(text: str, speaker: str) -> None:
    assert _speakers(text)[-1][0] == speaker


def test_a_reply_is_no_speech_verb() -> None:
    text = (
        'وقال رئيس البلدية جميل حداد إن "المياه مقطوعة منذ أسبوع".\n\n'
        'وأضاف أن البلدية "راسلت الوزارة" دون أن تتلقى ردا مكتوبا، مشيرا إلى أن '
        '"المشروع متوقف".'
    )
    assert [s for s, _ in _speakers(text)] == ["جميل حداد"] * 3


def test_a_quotation_after_indirect_speech_in_its_paragraph() -> None:
    text = (
        'قال سمير، وهو بائع خضار في السوق، إنه خسر نصف زبائنه. "الناس لم تعد تشتري كما في السابق".'
    )
    assert _speakers(text) == [("سمير", None)]


def test_a_person_introduced_by_age() -> None:
    text = 'يجلس مروان (34 عاما) أمام محله المغلق. يقول لـ"الصباح": "لم أبع شيئا منذ الصباح".'
    assert _speakers(text) == [("مروان", "الصباح")]


def test_a_fragment_then_who_said_it() -> None:
    text = 'وأغلقت السلطات المعبر، وذلك "حتى إشعار آخر"، بحسب ما أفاد مدير المعبر.'
    assert _speakers(text) == [("مدير المعبر", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'وقال متحدث باسم وزارة الخارجية لوكالة الأنباء الألمانية إن "الاتصالات مستمرة".',
            ("متحدث باسم وزارة الخارجية", "وكالة الأنباء الألمانية"),
        ),
        (
            '"المحصول ضعيف هذا العام"، وفق ما قاله المزارع أبو حسن لمراسل "الأيام".',
            ("أبو حسن", "الأيام"),
        ),
        (
            'وقال وزير الاقتصاد في مداخلة على قناة "الرابعة" إن "النمو سيتحسن".',
            ("وزير الاقتصاد", "الرابعة"),
        ),
        # a reply to a medium's questions names the medium
        (
            'وقالت الشركة في رد مكتوب على أسئلة "الشرق" إن "الأسعار ثابتة".',
            ("الشركة", "الشرق"),
        ),
        # a medium's kind before a listed medium
        (
            'وذكرت الشركة، في بيان تلقته وكالة سبوتنيك، أن "الإنتاج مستمر".',
            ("الشركة", "سبوتنيك"),
        ),
        # a tour made by a medium
        (
            'وفي جولة لـ"الرأي" في السوق، قال بائع يدعى أبو سالم إن "الأسعار ارتفعت".',
            ("أبو سالم", "الرأي"),
        ),
        # a medium's kind before its quoted name: the name alone (after "نقلت ... عن")
        (
            "ونقلت صحيفة «المساء» عن مسؤول في الوزارة قوله إن «الأسعار ستنخفض».",
            ("مسؤول في الوزارة", "المساء"),
        ),
        # a medium spoken to after a topic subject, named as the article writes it
        (
            'أما سعاد، وهي معلمة، فقالت للسومرية نيوز إن "المدارس مكتظة".',
            ("سعاد", "السومرية نيوز"),
        ),
        # a medium's kind before its quoted name: the name alone
        (
            'ونقلت صحيفة "الوسط" المحلية عن رئيس البلدية قوله إن "الطريق مفتوح".',
            ("رئيس البلدية", "الوسط"),
        ),
    ],
)
def test_speaker_and_medium(text: str, expected: tuple[str, str]) -> None:
    assert _speakers(text)[-1] == expected


def test_the_same_speaker_named_again() -> None:
    text = (
        'وقال مسؤول في البلدية، طلب عدم ذكر اسمه، إن "الأشغال متأخرة".\n\n'
        '"سننهي الطريق قبل الشتاء"، يقول المصدر ذاته.'
    )
    assert [s for s, _ in _speakers(text)] == ["مسؤول في البلدية"] * 2


def test_a_partner_body_is_not_what_the_bare_noun_refers_to() -> None:
    text = (
        "تنظم وزارة التعليم العالي البرنامج بالتعاون مع وزارة الثقافة والفنون.\n\n"
        'وقالت الوزارة في بيان إن "البرنامج يبدأ الأحد".'
    )
    assert _speakers(text)[0][0] == "وزارة التعليم العالي"
