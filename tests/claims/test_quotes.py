"""Quotations and their speakers, one attribution pattern per test."""

from __future__ import annotations

import pytest

from claims.extract import extract


def _quotes(text: str, lang: str | None = None) -> list[tuple[str, str | None, str | None, str]]:
    ex = extract(text, lang=lang)
    for q in ex.quotes:
        assert q.text == text[q.start : q.end]
        if q.speaker_start is not None:
            assert q.speaker_end is not None and 0 <= q.speaker_start < q.speaker_end <= len(text)
    return [(q.text, q.speaker, q.source, q.kind) for q in ex.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "قال وزير الخارجية الأمريكي أنتوني بلينكين إن بلاده “لن تسمح بذلك أبدا في المنطقة”.",
            "أنتوني بلينكين",
        ),
        ("التقى بوتين الصحفيين. وقال: “نحن مستعدون للتفاوض في أي وقت”.", "فلاديمير بوتين"),
        ("“الوضع خطير للغاية في الشمال”، قال رئيس الوزراء مصطفى مدبولي.", "مصطفى مدبولي"),
        (
            "“الوضع خطير للغاية في الشمال”، بحسب ما قال الرئيس عبد الفتاح السيسي.",
            "عبد الفتاح السيسي",
        ),
        ("وقال مسؤول دبلوماسي رفيع إن “المحادثات انهارت بالكامل أمس”.", "مسؤول دبلوماسي رفيع"),
        ("“We will not back down from this fight,” said Joe Biden.", "Joe Biden"),
        (
            "“We will not back down from this fight,” a senior US official said.",
            "a senior US official",
        ),
        (
            "Prices rose, according to Janet Yellen, who said “inflation is not transitory at all”",
            "Janet Yellen",
        ),
    ],
)
def test_speaker_patterns(text: str, speaker: str) -> None:
    got = _quotes(text)
    assert len(got) == 1
    assert got[0][1] == speaker


def test_agency_is_source_and_person_is_speaker() -> None:
    text = (
        "وأبلغ الرئيس ألكسندر لوكاشينكو نظيره الصيني دعمه.\n"
        "وأفادت “بيلتا” بأن “اجتماع اليوم ينعقد في وقت صعب للغاية ويتطلب قرارات مسؤولة”."
    )
    (quote,) = _quotes(text)
    assert quote[1:] == ("ألكسندر لوكاشينكو", "بيلتا", "full")


def test_standalone_paragraph_continues_previous_speaker() -> None:
    text = (
        "قال الرئيس إيمانويل ماكرون: “فرنسا ستبقى إلى جانب أوكرانيا حتى النهاية”.\n"
        "“لن نتراجع عن دعمنا مهما كانت الضغوط”."
    )
    got = _quotes(text)
    assert [g[1] for g in got] == ["إيمانويل ماكرون", "إيمانويل ماكرون"]


def test_masculine_verb_does_not_take_a_state_as_subject() -> None:
    text = (
        "أكد لوكاشينكو أنه يريد السلام واتهم الولايات المتحدة بمنع التفاوض.\n"
        "قال: “الولايات المتحدة هي الوحيدة التي تحتاج إلى هذه الحرب”."
    )
    assert _quotes(text)[0][1] == "ألكسندر لوكاشينكو"


@pytest.mark.parametrize(
    "text",
    [
        "قال مراسل قناة “الجزيرة” إن الاشتباكات تجددت.",
        "ونقلت وكالة «رويترز» عن شهود أن القصف استمر.",
        "وتنظر المحكمة في قضية “التخابر مع قطر” منذ عام 2022.",
        "أصدرت بكين موقفا حول “الحل السياسي” للأزمة.",
        'The dispute has been dubbed the "chip war" by analysts.',
        "She appeared on “Face the Nation” on Sunday.",
    ],
)
def test_names_in_quote_marks_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_short_fragment_governed_by_speech_verb_is_a_fragment() -> None:
    got = _quotes("زعم لوكاشينكو أنه “لا توجد طريقة” لإرسال قوات.")
    assert got == [("لا توجد طريقة", "لوكاشينكو", None, "fragment")] or got[0][3] == "fragment"


def test_full_vs_fragment() -> None:
    text = "قال الوزير: “سنرد بقوة على أي هجوم”. وأضاف أن بلاده “لن تقبل التهديد”."
    assert [g[3] for g in _quotes(text)] == ["full", "fragment"]


def test_reported_from_names_source_and_speaker() -> None:
    text = "نقلت هيئة البث الإسرائيلية عن مسؤول إسرائيلي كبير قوله إن «الفجوات لا تزال كبيرة جدا»."
    (quote,) = _quotes(text)
    assert quote[1:3] == ("مسؤول إسرائيلي كبير", "هيئة البث الإسرائيلية")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a pronoun verb takes the last speaker of its gender
            "قال الوزير أحمد علي: «سنعيد بناء المدارس كلها قبل الشتاء».\n"
            "وقالت النائبة سارة يوسف: «الوعود لا تبني مدرسة واحدة في القرى».\n"
            "وأضاف: «التمويل متوفر بالكامل منذ الشهر الماضي».\n"
            "وتابعت: «سنحاسب الحكومة على كل تأخير في التنفيذ».",
            ["أحمد علي", "سارة يوسف", "أحمد علي", "سارة يوسف"],
        ),
        (  # a person introduced in the sentence before speaks next
            "يقف المزارع عبد الرحيم بلقاضي أمام حقل لم ينبت. "
            "يقول: «لم أر في حياتي سنوات متتالية بلا مطر مثل هذه».",
            ["عبد الرحيم بلقاضي"],
        ),
        (  # a quotation opening the paragraph after "قال فلان:", continued in the next one
            "وقال القيادي في الحركة أسامة حمدان في تصريح:\n"
            "«موقفنا واضح منذ البداية وقف دائم لإطلاق النار.\n"
            "أي اتفاق لا يضمن ذلك لن يكون مقبولا لدى شعبنا».",
            ["أسامة حمدان", "أسامة حمدان"],
        ),
        (  # "«...»، على حد قوله"
            "يقول الطبيب محمد الحكيمي إن الأسرة امتلأت. «نستقبل يوميا أكثر من مئة حالة»، "
            "على حد قوله.",
            ["محمد الحكيمي"],
        ),
    ],
)
def test_speakers_across_sentences(text: str, speakers: list[str]) -> None:
    assert [g[1] for g in _quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال رئيس المهرجان الفنان حسين فهمي في كلمة: “السينما صوت من لا صوت لهم”.", "حسين فهمي"),
        ("وقالت رئيستها نوال نصر إن «الموظف لم يعد قادرا على الوصول إلى عمله».", "نوال نصر"),
        (
            "وذكرت خلية الإعلام الأمني أن «العمليات ستستمر حتى تطهير الصحراء».",
            "خلية الإعلام الأمني",
        ),
        ("وقالت الشرطة في المحافظة إن «المهربين استخدموا شاحنات مبردة».", "الشرطة"),
        ("وقال أحد المصادر لرويترز: «السوق لا تحتمل زيادة في المعروض الآن».", "أحد المصادر"),
        (
            "وقال محللون في بنك جولدمان ساكس إن «المخاطر تميل نحو الصعود».",
            "محللون في بنك جولدمان ساكس",
        ),
        (
            "A spokesperson for Gov. Tom Reyes said the ruling was “deeply disappointing.”",
            "A spokesperson for Gov. Tom Reyes",
        ),
        ("“Ollie is in the form of his life,” said Villa's manager, Unai Emery.", "Unai Emery"),
    ],
)
def test_more_speaker_patterns(text: str, speaker: str) -> None:
    (quote,) = _quotes(text)
    assert quote[1] == speaker


def test_english_pronoun_and_object_after_said() -> None:
    text = (
        "The environment secretary, Claire Dunmore, said the government was “taking this "
        "incredibly seriously”. Campaigners disagreed. Dunmore rejected the criticism. "
        "“We have invested £1.2bn in adaptation since last year,” she told the BBC."
    )
    got = _quotes(text)
    assert [g[1] for g in got] == ["Claire Dunmore", "Claire Dunmore"]
    assert got[1][2] == "BBC"


def test_addressee_medium_is_the_source() -> None:
    text = 'وقالت أمريتا سين لرويترز "أعتقد أن التحالف سيفضل الانتظار حتى يونيو".'
    (quote,) = _quotes(text)
    assert quote[1:3] == ("أمريتا سين", "رويترز")


@pytest.mark.parametrize(
    "text",
    [
        'وقالت الحاجة فاطمة لـ"الوطن" إنها باعت أرضها.',
        "أطلقت المنظمة حملة تحت شعار «اليمن بلا كوليرا» في 12 مديرية.",
        'وتنافس به نماذج مثل "شات جي بي تي" التي تقول الشركة إنها الأكبر.',
        'The law, known as the "Property Owner Protection Act," was blocked, she said.',
        "Users had problems with the company's “Atlas” storage service, he said.",
        'القضية المعروفة إعلاميا بـ"قضية المستريح الجديد" التي قال المحامي إنها ملفقة.',
    ],
)
def test_more_names_in_quote_marks_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_a_name_once_read_stays_a_name() -> None:
    text = 'استثمرت الشركة في شركة "جي 42". وقال المدير إن "جي 42" ستتوسع في آسيا.'
    assert _quotes(text) == []


def test_quoted_words_after_a_verb_with_an_object_are_speech() -> None:
    text = 'انتقدت منظمات حقوقية الاتفاق واعتبرته "صكا على بياض" لانتهاكات الحقوق.'
    assert [g[0] for g in _quotes(text)] == ["صكا على بياض"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # subject before the verb, set off by a parenthesis (SVO)
        (
            "وزير الخارجية المصري، من جانبه، أكد أن «الخطة العربية هي البديل الواقعي الوحيد».",
            "وزير الخارجية المصري",
        ),
        (
            "لكن مصدرا في قطاع الطاقة، طلب عدم الكشف عن هويته، قال إن «التمويل هو التحدي الأكبر».",
            "مصدر في قطاع الطاقة",  # named as a subject: "مصدر", not the accusative "مصدرا"
        ),
        (
            "الناقدة الفنية سهير عبد الحميد رأت أن «الدراما الخليجية قطعت شوطا كبيرا».",
            "سهير عبد الحميد",
        ),
        # a role in construct, then the name, after the verb
        (
            "وقال مخرج العمل فيصل العتيبي في مقابلة إن «نجاح المسلسل يؤكد تعطش الجمهور».",
            "فيصل العتيبي",
        ),
        # a title and its complement without a name
        (
            "وقال المستشار الإعلامي لرئيس مجلس النواب إن «التصويت النهائي سيجرى الأسبوع المقبل».",
            "المستشار الإعلامي لرئيس مجلس النواب",
        ),
        (
            "وقالت وزارة البترول والثروة المعدنية في بيان إنها «تعمل على تأمين احتياجات السوق».",
            "وزارة البترول والثروة المعدنية",
        ),
        # the issuer of a statement the words were said in
        (
            "وأصدر المجلس الأعلى لتنظيم الإعلام بيانا أكد فيه أنه «تلقى عددا من الشكاوى بشأنه».",
            "المجلس الأعلى لتنظيم الإعلام",
        ),
        # after the quotation
        ("«المشهد اتفهم غلط وما قصدناش حد»، هكذا رد الفنان هاني عبد الحي.", "هاني عبد الحي"),
        (
            "«لن نجبر أحدا على العودة أبدا»، بحسب ما قاله وزير الداخلية التركي.",
            "وزير الداخلية التركي",
        ),
        # a kunya is a name
        ("تقف أم علي على ضفة النهر. تقول: «المي صارت مالحة مثل البحر».", "أم علي"),
    ],
)
def test_clause_subjects(text: str, speaker: str) -> None:
    assert _quotes(text)[0][1] == speaker


def test_repeated_title_refers_to_the_person_it_introduced() -> None:
    text = (
        "وقالت وزيرة الإسكان الدكتورة نجلاء عبد الرازق إن «الدولة لن تترك أي مستأجر في الشارع».\n"
        "وأوضحت الوزيرة أن الأسر «ستقدم على المنصة الإلكترونية»."
    )
    assert [q[1] for q in _quotes(text)] == ["نجلاء عبد الرازق", "نجلاء عبد الرازق"]


def test_interview_answers_are_the_interviewees() -> None:
    text = (
        "التقت الصحيفة المخرجة ندى حداد في بيروت، وكان هذا الحوار مع حداد.\n"
        "■ من أين جاءت فكرة الفيلم؟\n"
        "- «الفكرة بلّشت من بيت ستّي بالأشرفية بعد انفجار المرفأ».\n"
        "■ ما مشروعك المقبل؟\n"
        "- «عم بكتب فيلم عن ستّ بتشتغل بمحطة بنزين»."
    )
    assert [q[1] for q in _quotes(text)] == ["ندى حداد", "ندى حداد"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وفي حديث للجزيرة نت، قال حاتم الشرفا: «نحن نعيد بناء مدينة من الصفر».", "الجزيرة نت"),
        (
            "وقال المسؤول الإعلامي في المعبر، في تصريح لمراسل الأناضول، إن «المعبر مزدحم جدا».",
            "الأناضول",
        ),
        (
            "قالت الوزارة في بيان نقلته وكالة المغرب العربي للأنباء إن التجمعات «عرفت انزلاقات».",
            "وكالة المغرب العربي للأنباء",
        ),
    ],
)
def test_sources_named_around_the_verb(text: str, source: str) -> None:
    assert _quotes(text)[0][2] == source


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        (
            'The state-run daily "Al-Sabah" quoted Kadhim al-Obaidi, the head of the port, '
            'as saying the port would open "before the end of the year."',
            "Kadhim al-Obaidi",
            "Al-Sabah",
        ),
        (
            "Growth slowed, according to the World Bank, which has described the collapse as "
            '"likely to rank among the most severe crises globally."',
            "World Bank",
            None,
        ),
        (
            'The Association of Banks in Lebanon said in a statement that the law "unfairly '
            'places the burden on the banks."',
            "Association of Banks in Lebanon",
            None,
        ),
        (
            "A Western diplomat in Beirut, who spoke on condition of anonymity, said the vote was "
            '"a step, not a destination."',
            "A Western diplomat",
            None,
        ),
    ],
)
def test_english_frames(text: str, speaker: str, source: str | None) -> None:
    (quote,) = _quotes(text, lang="en")
    assert quote[1:3] == (speaker, source)


def test_a_speech_verb_inside_a_quotation_is_not_an_attribution() -> None:
    text = (
        "Mohamed Oulhaj, a 61-year-old shepherd, pointed to the shell of his house.\n"
        '"The state gave us the first payment and then nothing," he said in Arabic.'
    )
    assert _quotes(text, lang="en")[0][1] == "Mohamed Oulhaj"


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن حزب «النور» تحفظه، فيما رفضت الهيئة البرلمانية للحزب «المصري الديمقراطي» المشروع.",
        "ونقلت هيئة البث الإسرائيلية «كان» عن مسؤول إسرائيلي قوله إن تل أبيب سترفض ذلك.",
        "وتصدر وسم «#الإيجار_القديم» قائمة الأكثر تداولا في مصر.",
    ],
)
def test_quoted_names_after_naming_phrases_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title whose complement is a construct ("هيئة ميناء ...", "بعثة الاتحاد الأوروبي")
        (
            "وقال رئيس هيئة ميناء العقبة اللواء سامر الخطيب، خلال جولة، إن “الحركة تعافت تماما”.",
            "سامر الخطيب",
        ),
        (
            "وقالت رئيسة بعثة الاتحاد الأوروبي في تونس ماريا كوستا إن “الشراكة ستتعزز قريبا”.",
            "ماريا كوستا",
        ),
        # a role of unnamed sources in construct, then the name
        (
            "وقال عضو اللجنة المالية خالد النعيمي للصحفيين: “الموازنة لن تمر بهذا الشكل”.",
            "خالد النعيمي",
        ),
        (
            "وأكد مهاجم الفريق الأول نادر السالم لـ«الرياضة» أن «الفوز كان مستحقا تماما».",
            "نادر السالم",
        ),
        # a name ending in ه set off by a comma after the verb
        ("وقالت دوميه، في مؤتمر صحفي، إن “الاتفاق سيوقع الأسبوع المقبل”.", "دوميه"),
        # a ministry of two coordinated domains
        (
            "وقال مسؤول في وزارة التجارة والصناعة إن العجز “سيتراجع خلال العام المقبل”.",
            "مسؤول في وزارة التجارة والصناعة",
        ),
    ],
)
def test_arabic_roles_and_names(text: str, speaker: str) -> None:
    got = _quotes(text, "ar")
    assert len(got) == 1
    assert got[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject before an aside: not a name inside it
        (
            "Tom Harris, who owns a shop on Market Square, said the water was “up to the till”.",
            "Tom Harris",
        ),
        (
            "Ana Ruiz, whose house in Oakdale, Texas, was flooded, said it was “a nightmare”.",
            "Ana Ruiz",
        ),
        # an unnamed speaker for a body whose name has commas and "and"
        (
            "A spokesperson for the Department for Culture, Media and Sport said it was "
            "“reviewing the plans”.",
            "A spokesperson for the Department for Culture, Media and Sport",
        ),
        # a verb coordinated with one whose subject was named
        (
            "Senator Jane Porter called the plan “a costly mistake” but said she would vote.",
            "Jane Porter",
        ),
    ],
)
def test_english_subjects(text: str, speaker: str) -> None:
    got = _quotes(text, "en")
    assert len(got) == 1
    assert got[0][1] == speaker


def test_capitalised_word_in_a_name_is_no_verb() -> None:
    text = (
        "Mary Cole said the chain's “Fair Promise” offer had worked. "
        "“Shoppers notice when prices are fair and they come back for more,” she said."
    )
    said = [speaker for quote, speaker, _, _ in _quotes(text, "en") if quote.startswith("Shop")]
    assert said == ["Mary Cole"]  # "Promise" is no verb with "Fair" as its subject
