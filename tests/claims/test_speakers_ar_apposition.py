"""Arabic speaker shapes of everyday news (session 3 rules), each in made-up sentences.

A role's holder is named after the role's long complement and a comma, even before how it
was said ("لـ«...»", "في تصريح"); a construct after a title is no name; a statement's issuer
speaks for "جاء في بيان" and "وأضاف البيان"; kunyas and family names are kept apart from
namesakes; places and bodies keep their own words; some quoted words are names, not speech.
"""

from __future__ import annotations

import pytest

from claims.extract import extract


def _quote(text: str, words: str) -> tuple[str | None, str | None]:
    found = [q for q in extract(text, lang="ar").quotes if words in q.text]
    assert found, f"no quotation holding {words!r}"
    return found[0].speaker, found[0].source


SPEAKERS = [
    pytest.param(
        'وقال مسؤول الإعلام في إدارة ميناء طرطوس التجاري، سامر الخطيب، لـ"سانا"، إن '
        '"الأرصفة تعمل بكامل طاقتها".',
        "الأرصفة تعمل",
        "سامر الخطيب",
        id="unnamed-role-runs-to-the-comma-before-its-holder",
    ),
    pytest.param(
        "وقال الكاتب العام للجامعة الوطنية لمهنيي النقل بميناء آسفي، الحسن بوزيد، في تصريح "
        "لـ«اليوم 24»، إن «الشاحنات متوقفة منذ أسبوع».",
        "الشاحنات متوقفة",
        "الحسن بوزيد",
        id="titled-role-holder-named-after-the-comma-before-a-venue",
    ),
    pytest.param(
        "من جهته، قال رئيس جمعية أصحاب مخابز الحي القديم بمكناس، عبد الغني الوزاني، إن "
        "«الطحين لم يصل».",
        "الطحين لم يصل",
        "عبد الغني الوزاني",
        id="construct-after-a-title-is-no-name",
    ),
    pytest.param(
        "ونقلت وكالة الأنباء القطرية عن مديرة مركز أبحاث المياه في الجامعة، الدكتورة هالة "
        'يوسف العمادي، قولها إن "المخزون الجوفي يتراجع".',
        "المخزون الجوفي",
        "هالة يوسف العمادي",
        id="titled-holder-after-a-construct-role",
    ),
    pytest.param(
        'حدد مجلس بلدة سحاب أجور النقل.\n\nوجاء في تعميم المجلس أن "كل مخالفة تعرض صاحبها '
        'للغرامة".',
        "كل مخالفة",
        "مجلس بلدة سحاب",
        id="what-a-circular-says-is-said-by-its-issuer",
    ),
    pytest.param(
        "وأكدت وزارة النقل في بيان لها أن “الطرق آمنة”.\n\nوأضاف البيان أن الوزارة “ستغلق "
        "المعابر الجبلية ليلا”.",
        "ستغلق المعابر",
        "وزارة النقل",
        id="the-statement-adds-what-its-issuer-says",
    ),
    pytest.param(
        'وكانت هيئة الطيران المدني قد أكدت في بيان سابق أنها "لن تسمح بتأخير الرحلات".',
        "لن تسمح",
        "هيئة الطيران المدني",
        id="an-earlier-statement-names-no-one",
    ),
    pytest.param(
        "وقالت الحقوقية لبنى الفاسي، من منظمة «عدالة»، إن «السجون مكتظة».",
        "السجون مكتظة",
        "لبنى الفاسي",
        id="surname-with-the-article-after-a-definite-title-and-a-given-name",
    ),
    pytest.param(
        'سجل السوق ارتفاعا.\n\n"الأسعار نار والمحل فاضي"، قال سمير، بائع خضار في السوق.',
        "الأسعار نار",
        "سمير",
        id="a-comma-sets-a-description-off-a-lone-given-name",
    ),
    pytest.param(
        'وقال مدير المدرسة خالد الحاج موسى إن "الدوام عاد".\n\nوأشار الحاج موسى إلى أن '
        'المدرسة طلبت من البلدية "ترميم السور قبل الشتاء".',
        "ترميم السور",
        "خالد الحاج موسى",
        id="two-word-surname-after-an-honorific",
    ),
    pytest.param(
        "أفرج عن المهندس كريم صالح العبيدي بعد يومين.\n\nوقال ابن عمه ياسر العبيدي إن العائلة "
        "«لم تدفع أي فدية».",
        "لم تدفع",
        "ياسر العبيدي",
        id="a-relative-named-in-full-is-no-alias-of-the-namesake",
    ),
    pytest.param(
        'وقال رئيس بلدية أيواليك مراد أوزجان: "لا إصابات بين السكان".',
        "لا إصابات",
        "مراد أوزجان",
        id="an-unlisted-place-after-the-mayor-title",
    ),
    pytest.param(
        "المواطن ناصر حمد الظاهري من العين، الذي اشترى سيارة كهربائية، قال إن «الشحن "
        "متوفر في كل مكان».",
        "الشحن متوفر",
        "ناصر حمد الظاهري",
        id="everyday-role-before-a-name-opening-the-sentence",
    ),
    pytest.param(
        'وقال نائب رئيس بلدية جنين، غسان عبد الأمير، إن "المياه ستعود مساء".',
        "المياه ستعود",
        "غسان عبد الأمير",
        id="abd-with-a-title-word-is-a-name",
    ),
    pytest.param(
        "غير أن مسؤولا في وزارة الزراعة قال لـ«الوطن» إن «الأسمدة وصلت».",
        "الأسمدة وصلت",
        "مسؤول في وزارة الزراعة",
        id="unnamed-source-whose-phrase-ends-in-a-body-before-the-verb",
    ),
    pytest.param(
        'وتباينت آراء التجار، إذ قال بائع السمك أبو ياسين: "البيع ضعيف".',
        "البيع ضعيف",
        "أبو ياسين",
        id="kunya-after-an-everyday-role",
    ),
    pytest.param(
        "وكان وزير الصحة قد صرح عشية افتتاح المستشفى بأن “الأجهزة وصلت”.",
        "الأجهزة وصلت",
        "وزير الصحة",
        id="time-before-an-event-is-no-name",
    ),
    pytest.param(
        "وقالت أم سعيد، ربة منزل، إن «الخبز صار أصغر».",
        "الخبز صار",
        "أم سعيد",
        id="description-after-a-named-person-is-no-name",
    ),
    pytest.param(
        "وقالت نقابة معلمي الكرك في بيان إنها «لن تقبل بالتأجيل».",
        "لن تقبل",
        "نقابة معلمي الكرك",
        id="body-heads-start-no-person-name",
    ),
    pytest.param(
        "وكان العضو البلدي صالح المرزوقي الصوت المعارض الوحيد، إذ قال إن الخطة «جاءت متسرعة».",
        "جاءت متسرعة",
        "صالح المرزوقي",
        id="subject-of-kana-speaks-for-a-later-idh-qala",
    ),
    pytest.param(
        "وأعلنت جامعة زايد للعلوم والتقنية نتائج القبول.\n\nوقالت الجامعة في بيان إن «المقاعد "
        "امتلأت».",
        "المقاعد امتلأت",
        "جامعة زايد للعلوم والتقنية",
        id="body-named-for-a-person-with-its-field",
    ),
    pytest.param(
        "وقال مسؤول في وزارة الطاقة الاتحادية، طلب عدم ذكر اسمه، إن «الشحنة تأخرت».",
        "الشحنة تأخرت",
        "مسؤول في وزارة الطاقة الاتحادية",
        id="listed-body-keeps-its-adjective-after-an-unnamed-source",
    ),
]


SPEAKERS += [
    pytest.param(
        "يجلس سليمان الحريري أمام دكانه في السوق القديمة، ويرتب بضاعته ببطء. يقول: «البيع "
        "تراجع إلى النصف هذا العام».",
        "البيع تراجع",
        "سليمان الحريري",
        id="feature-story-person-as-the-subject-of-any-verb",
    ),
    pytest.param(
        "وفي قرية كفرنبل، قررت زينب السيد زراعة القمح بدل الخضار. وقالت: «القمح يحتاج ماء أقل».",
        "القمح يحتاج",
        "زينب السيد",
        id="family-name-that-is-also-an-honorific",
    ),
    pytest.param(
        "وقال المتحدث باسم المديرية العامة للأمن الوطني العقيد مراد الشاوي إن «الدوريات تضاعفت».",
        "الدوريات تضاعفت",
        "مراد الشاوي",
        id="rank-after-the-spokesman-complement",
    ),
    pytest.param(
        "ووصف الناقد الفني فهد الخالدي فيلم الختام بأنه «تجربة جريئة ومختلفة».",
        "تجربة جريئة",
        "فهد الخالدي",
        id="object-in-construct-after-a-name",
    ),
    pytest.param(
        "وقالت سارة، وهي طالبة في كلية الطب بجامعة الملك عبدالعزيز: «المكتبة تغلق مبكرا».",
        "المكتبة تغلق",
        "سارة",
        id="description-after-wahiya-is-no-speech-verb",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_speaker(text: str, words: str, speaker: str) -> None:
    assert _quote(text, words)[0] == speaker


NOT_QUOTES = [
    pytest.param(
        "قالت الشركة المشغلة للمحطة، «سولار تك ميدل إيست»، في بيان إن «العمل مستمر».",
        "سولار تك",
        id="body-named-in-commas",
    ),
    pytest.param('ووجهت النيابة إلى المتهم تهمة "الإضرار بالمال العام".', "الإضرار", id="a-charge"),
    pytest.param('وشهد معبرا "نصيب" و"جابر" حركة كثيفة.', "جابر", id="second-name-of-a-list"),
    pytest.param(
        "وتقع المنطقة في “المستوى الثالث”، أي مستوى الخطر، بحسب التصنيف.",
        "المستوى الثالث",
        id="a-term-then-explained",
    ),
]


NOT_QUOTES += [
    pytest.param('حصلت الشركة على تمويل من الفئة "ب" بقيمة مليوني دولار.', "ب", id="a-letter"),
    pytest.param(
        "وبحسب أحدث بيانات «المركزي»، ارتفعت الودائع.", "المركزي", id="after-a-plural-noun"
    ),
    pytest.param("وقال الوزير على هامش ملتقى «أفق 2030» إن الخطة جاهزة.", "أفق 2030", id="a-forum"),
]


@pytest.mark.parametrize(("text", "words"), NOT_QUOTES)
def test_quoted_name_is_no_quotation(text: str, words: str) -> None:
    assert not [q for q in extract(text, lang="ar").quotes if words in q.text]
