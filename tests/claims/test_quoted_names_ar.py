"""Arabic quoted names (schemes, packages, campaigns, bodies, services) are not quotations, and
short speech fragments of similar shape stay quotations. One shape per row."""

from __future__ import annotations

import pytest

from claims.extract import extract

# A known cost of the learned name model (claims.name_or_quote): a one- or two-word common
# noun phrase after "بـ" or a noun is often a name ("بـ«الشراكة الاستراتيجية الشاملة»"), and
# with no more context the model vetoes it; on fresh annotated sets this cost one quotation in
# 437 while it kept 5 quoted names from being taken (README, "Quality of quotation attribution").
_MODEL_VETO = "the learned name model takes a short common noun phrase after بـ/a noun for a name"


def _quoted(text: str) -> list[str]:
    return [q.text for q in extract(text, lang="ar").quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وأوضحت أن العمال لا تشملهم مظلة الحماية الاجتماعية للمياومين «أمان».",
            id="scheme-closing-a-phrase-headed-by-umbrella",
        ),
        pytest.param(
            "وأضاف أن الشركة أطلقت باقة «صيف العائلة» التي تشمل الإقامة والنقل.",
            id="package-name",
        ),
        pytest.param("وتعمل مئات السيارات عبر خدمة «مشوار» التابعة للهيئة.", id="a-service-name"),
        pytest.param("وقال صاحب معمل «عطر الجبل» للتقطير إن الموسم جيد.", id="a-workshop-name"),
        pytest.param(
            "وأشار إلى أن العمل متواصل في مشروعي «النخيل» و«واحة الشمال».",
            id="dual-naming-noun-then-two-names",
        ),
        pytest.param(
            "ودعا الوزير إلى دعم حملتي «تكافل» و«كرامة» في الموازنة.",
            id="dual-feminine-naming-noun-then-two-names",
        ),
        pytest.param(
            "وقالت الجمعية الأهلية من أجل حماية المستهلك «حماية»، في بيان، إنها رصدت الغلاء.",
            id="name-ending-the-speakers-phrase-before-adjunct-and-complementizer",
        ),
        pytest.param(
            "وقال الاتحاد العام لنقابات العمال «صوت العامل» إن الإضراب مستمر.",
            id="name-ending-the-speakers-phrase-before-complementizer",
        ),
        pytest.param(
            "وعزا المسؤول ارتفاع الإقبال إلى الحملة الإعلانية «البحر أقرب مما تظن» التي "
            "انطلقت في الشتاء.",
            id="long-campaign-slogan-described-by-relative-clause",
        ),
        pytest.param(
            "وقال الوزير إن قطارات «الخط السريع الجديد» بين المدينتين لن تتوقف.",
            id="definite-service-name-after-indefinite-plural",
        ),
        pytest.param(
            "وأطلق ناشطون حملة «من أجل غزة» على مواقع التواصل.",
            id="name-opening-with-preposition-right-after-naming-noun",
        ),
        pytest.param(
            "وأوضح المدير أن مجموعة «سما للتطوير» من أكبر المستثمرين.",
            id="company-name-then-predicate-with-min",
        ),
        pytest.param(
            "ويقول الصياد إن الماء انحسر عن ممر لقوارب «الشختورة» التي يتنقل بها الأهالي.",
            id="broken-plural-with-preposition-then-relative-clause",
        ),
        pytest.param(
            "وبحسب مصادر «الشروق»، فإن الوزير قدم استقالته.",
            id="medium-after-broken-plural-sources",
        ),
        pytest.param(
            "وقال المسؤول إن صناديق «الأمانة» وزعت على الأسر.",
            id="body-after-mafaail-plural",
        ),
        pytest.param(
            "وقال المدير في تصريح إلى «صوت المدينة» إن الوضع صعب.",
            id="medium-after-statement-to",
        ),
        pytest.param(
            "وقال المدير في تصريحات خاصة إلى «نبض الشارع» إن الوضع صعب.",
            id="medium-after-statement-adjective-to",
        ),
        pytest.param(
            "وقال الناطق إن المتهم الشهير بـ«الثعلب» اعتقل أمس.",
            id="nickname-after-famous-as",
        ),
        pytest.param(
            "وقال الصياد إن السمك المعروف محليا بـ«البني» اختفى من النهر.",
            id="nickname-after-known-locally-as",
        ),
        pytest.param(
            "وقال المدرب إن اللاعب الذي يلقب بـ«الساحر» سيغيب عن المباراة.",
            id="nickname-after-verb-nicknamed",
        ),
        pytest.param(
            "وقال الوزير إن المنطقة التي تسمى بـ«مثلث الموت» أصبحت آمنة.",
            id="name-after-verb-called-with-ba",
        ),
        pytest.param(
            "وقال الضابط إن العصابة التي يطلق عليها «الأشباح» فككت.",
            id="name-after-what-it-is-called",
        ),
        pytest.param(
            "وقال المذيع عبر برنامجه «صباح الخير يا بلد» إن الأسعار ارتفعت.",
            id="long-show-after-his-programme",
        ),
        pytest.param(
            "وقال ناشطون إن هاشتاج «لا لغلاء الأسعار» تصدر المنصات.",
            id="hashtag-variant-spelling",
        ),
        pytest.param(
            "وقال ناشطون إن ترند «قاطعوهم» انتشر بسرعة.",
            id="trend-name",
        ),
        pytest.param(
            "وقال الناقد إن قصيدة «على الأطلال» كتبت في المنفى.",
            id="poem-title",
        ),
        pytest.param(
            "وقال المنظمون إن مسابقة «نجوم الغد» تنطلق الشهر المقبل.",
            id="competition-name",
        ),
        pytest.param(
            "وقال الباحث إن تقرير «التنمية البشرية» صدر أمس.",
            id="report-name",
        ),
        pytest.param(
            "وقال المدرب إن كأس «السوبر» ستقام في الرياض.",
            id="cup-name",
        ),
        pytest.param(
            "وهتف المحتجون «الشعب يريد إصلاح النظام» أمام البرلمان، وقال أحدهم إن الغلاء لا يطاق.",
            id="slogan-chanted",
        ),
        pytest.param(
            "وتجمع المئات مرددين «لا للتهجير» أمام المقر، وقال منظم إن الوقفة سلمية.",
            id="slogan-after-chanting-participle",
        ),
        pytest.param(
            "ورفع المتظاهرون شعارات «كرامة وعدالة» وقال أحدهم إن الحكومة فشلت.",
            id="slogans-after-plural-slogans",
        ),
        pytest.param(
            "ورفع المحتجون لافتات «لا للتهجير» وقال أحدهم إن الحكومة فشلت.",
            id="banner-text-after-banners",
        ),
        pytest.param(
            "وتفقد المحافظ أضرار مستشفى «الدكتور سامي يوسف العام» بعد العاصفة.",
            id="long-name-after-a-bodys-kind",
        ),
        pytest.param(
            "وقال مدير مدرسة «الشهيد خالد نور الدين الإعدادية» إن الدروس ستستأنف غدا.",
            id="long-name-after-a-bodys-kind-in-the-speakers-phrase",
        ),
        pytest.param(
            "وأعلنت البلدية إطلاق «استراتيجية عمان الخضراء للنقل» بحلول العام المقبل.",
            id="naming-noun-then-a-place-then-definite-words",
        ),
        pytest.param(
            "وتنطلق غدا فعاليات «معرض الكتاب والفنون التشكيلية» في المدينة.",
            id="naming-noun-then-definite-words-joined-by-and",
        ),
        pytest.param(
            "وقال المنظمون إن الحدث يضم سباقين، إضافة إلى «سباق العائلة» لمسافة خمسة كيلومترات.",
            id="race-name",
        ),
        pytest.param(
            "وقال المدرب إن فريقه سيشارك في «ماراثون الصحراء» الشهر المقبل.",
            id="marathon-name",
        ),
        pytest.param(
            "وأوضح الخبير أن تحديث «مؤشر الثقة» يعتمد على بيانات جديدة.",
            id="index-name",
        ),
        pytest.param(
            "ورسا القارب «الصقر»، وهو أقدم قارب صيد في الإمارة، قبل أن يقول الصيادون إنه رمز.",
            id="boat-name-after-definite-vessel-noun",
        ),
        pytest.param(
            "وقال المنظمون إن فعاليات «ليالي الشتاء» ستنطلق غدا.",
            id="events-name-after-plural-events-noun",
        ),
        pytest.param(
            "وقال المسؤول إن المحتجين أغلقوا حقل «الشرارة» منذ يومين.",
            id="oil-field-name",
        ),
        pytest.param(
            "وقال الوزير إن إطلاق القمر الاصطناعي «نور 2» سيتم العام المقبل.",
            id="satellite-name-after-noun-and-adjective",
        ),
        pytest.param(
            "وقال الوزير إن مخطط «صيف بلا انقطاع» نجح في تقليص الأعطال.",
            id="scheme-name-after-plan-noun",
        ),
        pytest.param(
            "وقال العداء إن مسار «طريق الساحل» صعب.",
            id="route-name",
        ),
        pytest.param(
            "وقال الناقد إن أفلام «الكيت كات» ما زالت حاضرة.",
            id="film-title-after-plural-films",
        ),
        pytest.param(
            "وأكد المدير أن افتتاح منتجع «رمال الذهب» المتوقع في الصيف سيرفع الإشغال.",
            id="resort-name-in-reported-speech",
        ),
        pytest.param(
            "واستقطبت مرافق الواجهة البحرية، ومنها «سكاي ووك» أطول جسر معلق، آلاف الزوار، "
            "بحسب بيانات البلدية.",
            id="one-of-the-listed-facilities-with-wa-minha",
        ),
        pytest.param(
            "وأوضح المدير أن المشاريع الجديدة، ومنها «واحة التقنية»، ستوفر فرص عمل.",
            id="one-of-the-listed-projects-in-reported-speech",
        ),
        pytest.param(
            "وقال رئيس البلدية إن متاجر جديدة افتتحت، منها «بيت التمر» في السوق القديم.",
            id="one-of-the-listed-shops-after-comma-minha",
        ),
        pytest.param(
            "وأكد المنظمون أن شركات ناشئة تشارك في المعرض، من بينها «زاد».",
            id="one-of-the-listed-companies-min-baynaha",
        ),
        pytest.param(
            "وأكد المنظمون أن شركات ناشئة تشارك في المعرض، ومنها «زاد» و«رحلة».",
            id="second-name-going-on-the-list",
        ),
        pytest.param(
            "وأشار المدير إلى أن الجزيرة تضم فنادق فاخرة، أبرزها «نجمة الخليج» على الشاطئ الشرقي.",
            id="the-best-known-of-the-listed-hotels",
        ),
        pytest.param(
            "ويمكن الدفع عبر «فوري» والمحافظ الإلكترونية، ويبلغ عدد المستخدمين نحو مليون.",
            id="payment-channel-after-via",
        ),
    ],
)
def test_quoted_names_are_not_quotes(text: str) -> None:
    assert _quoted(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param("ووصف الوزير الوضع بأنه «كارثي».", "كارثي", id="adjective-after-bianna"),
        pytest.param(
            "وقال النائب إن الخطة «جاءت متسرعة».", "جاءت متسرعة", id="predicate-after-subject"
        ),
        pytest.param("وأكد الوزير أن الوضع «مأساوي».", "مأساوي", id="one-word-predicate"),
        pytest.param(
            "واعتبر المتحدث قرار الحكومة «خطيئة كبرى».",
            "خطيئة كبرى",
            id="second-object-after-construct",
        ),
        pytest.param(
            "وانتقد النائب تصريحات «غير مسؤولة» أدلى بها الوزير.",
            "غير مسؤولة",
            id="indefinite-adjective-after-plural",
        ),
        pytest.param(
            "وقال المدير إن مشروعي «لم يكتمل بعد بسبب نقص التمويل».",
            "لم يكتمل بعد بسبب نقص التمويل",
            id="my-project-without-a-second-name",
        ),
        pytest.param(
            "وقال الوزير «بصراحة» إن القرار نهائي.", "بصراحة", id="adverb-before-complementizer"
        ),
        pytest.param(
            "واعتبر النائب الإجراء «التعسفي» بأنه مخالف للدستور.",
            "التعسفي",
            id="definite-adjective-of-object-before-complementizer",
        ),
        pytest.param(
            "وشدد الوزير على «ضرورة» أن تتحرك البلديات.",
            "ضرورة",
            id="object-of-preposition-before-complementizer",
        ),
        pytest.param(
            "وقال إن الحزب «لن يشارك في الانتخابات المقبلة» التي ستجري في مايو.",
            "لن يشارك في الانتخابات المقبلة",
            id="reported-predicate-then-relative-clause",
        ),
        pytest.param(
            "وقال الناطق إن قوات الأمن «أحبطت محاولة تسلل» على الحدود.",
            "أحبطت محاولة تسلل",
            id="reported-predicate-then-adjunct",
        ),
        pytest.param(
            "ودعا الممثل المانحين إلى الوفاء بتعهدات مؤتمر لندن الأخير «من دون تأخير».",
            "من دون تأخير",
            id="adjunct-opening-with-preposition-after-naming-phrase",
        ),
        pytest.param(
            "ودعا الوزير في تصريح إلى «التهدئة وضبط النفس».",
            "التهدئة وضبط النفس",
            id="call-in-a-statement-for-something",
        ),
        pytest.param(
            "وأشار الوزير في حديث إلى «تحسن ملموس في الأداء».",
            "تحسن ملموس في الأداء",
            id="pointing-in-a-talk-to-something",
        ),
        pytest.param(
            "وأكد المدرب أن فريقه «جاهز تماما» لمواجهة الخصم.",
            "جاهز تماما",
            id="predicate-after-his-team",
        ),
        pytest.param(
            "وقال إن حزبه «لن يشارك في الانتخابات».",
            "لن يشارك في الانتخابات",
            id="predicate-after-his-party",
        ),
        pytest.param(
            "ووصف المدير الوضع في المستشفى بـ«الحرج».",
            "الحرج",
            id="described-with-ba",
            marks=pytest.mark.xfail(strict=True, reason=_MODEL_VETO),
        ),
        pytest.param(
            "وقال الوزير مرددا «لن نتراجع».",
            "لن نتراجع",
            id="repeated-by-one-speaker",
        ),
        pytest.param(
            "وقال الوزير إنه يندد بـ«الاعتداءات» التي تعرض لها الصيادون.",
            "الاعتداءات",
            id="condemned-with-ba-then-relative-clause",
            marks=pytest.mark.xfail(strict=True, reason=_MODEL_VETO),
        ),
        pytest.param(
            "وقال إن مصادر «غير موثوقة» تروج الشائعات.",
            "غير موثوقة",
            id="indefinite-adjective-after-broken-plural",
        ),
        pytest.param(
            "ووصف المدرب اللقاء بأنه «الاختبار الحقيقي للفريق».",
            "الاختبار الحقيقي للفريق",
            id="company-shaped-predicate-after-bianna",
        ),
        pytest.param(
            "وقال المدير إن الدروس توقفت في 12 مدرسة «بسبب انقطاع الكهرباء منذ أسبوع كامل».",
            "بسبب انقطاع الكهرباء منذ أسبوع كامل",
            id="words-after-a-counted-bodys-kind",
        ),
        pytest.param(
            "وقال الخبير إن الدعم الحكومي وحده «لن يكفي لإنقاذ القطاع».",
            "لن يكفي لإنقاذ القطاع",
            id="words-after-alone-spelt-like-unit",
        ),
        pytest.param(
            "وقال مدير مدرسة «لن نغلق أبوابنا أمام الطلاب».",
            "لن نغلق أبوابنا أمام الطلاب",
            id="words-said-by-a-bodys-kind-in-the-speakers-phrase",
        ),
        pytest.param(
            "وقال مدير الشركة «لن نغلق أبوابنا».",
            "لن نغلق أبوابنا",
            id="words-said-by-a-title-in-construct-with-a-definite-naming-noun",
        ),
        pytest.param(
            "وقال المدير التنفيذي للمهرجان «لن نؤجل الافتتاح».",
            "لن نؤجل الافتتاح",
            id="words-said-by-a-title-with-its-naming-noun-after-lil",
        ),
        pytest.param(
            "وقال قائد القارب «لن نبحر اليوم».",
            "لن نبحر اليوم",
            id="words-said-by-a-boats-captain",
        ),
        pytest.param(
            "وأكد المدير أن إدارة الشركة «جاهزة».",
            "جاهزة",
            id="predicate-of-a-phrase-ending-in-a-naming-noun-after-complementizer",
        ),
        pytest.param(
            "وقال الوزير في تصريحات متلفزة، منها «لن نتراجع».",
            "لن نتراجع",
            id="one-of-the-statements-listed-two-words-back",
        ),
        pytest.param(
            "وكرر الوزير في كلمته عبارات، منها «لن نتراجع».",
            "لن نتراجع",
            id="one-of-the-listed-phrases-said",
        ),
        pytest.param(
            "وقال المهندس إن 40 مبنى منها «غير صالحة للسكن».",
            "غير صالحة للسكن",
            id="partitive-minha-after-a-number",
        ),
        pytest.param(
            "وأوضح أن الهدف منها «دعم المزارع».",
            "دعم المزارع",
            id="complement-minha-after-a-noun",
            marks=pytest.mark.xfail(strict=True, reason=_MODEL_VETO),
        ),
        pytest.param(
            "وقال مدير المنتجع «لن نرفع الأسعار».",
            "لن نرفع الأسعار",
            id="words-said-by-a-resorts-manager",
        ),
        pytest.param(
            "وأدلى الوزير بتصريحات عدة، منها «لن نتراجع».",
            "لن نتراجع",
            id="one-of-the-statements-made-with-no-speech-verb",
        ),
    ],
)
def test_speech_fragments_stay_quotes(text: str, quoted: str) -> None:
    assert quoted in _quoted(text)
