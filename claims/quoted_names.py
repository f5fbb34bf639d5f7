"""Quoted spans: whether quoted words are a name or title (a programme, campaign, slogan, body,
brand, hashtag ...) rather than somebody's words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.gazetteer import lexicon, word_forms
from claims.kind_names import named_by_kind
from claims.labels_en import (
    LABEL_DETERMINERS,
    is_title_case,
    premodifier,
    rated,
    whole_sentence,
    written_on,
)
from claims.mentions import BODY_HEADS, INSTITUTIONS
from claims.plural_names import among_sayings, named_by_plural
from claims.segment import QUOTE_CHARS, QuoteSpan
from claims.speech import (
    AR_VERBS,
    COMPLEMENTIZERS,
    HE_SHE,
    RELATIVES,
    adjunct_end,
    is_complementizer,
)
from claims.written_names import (
    body_in_commas,
    channel_via,
    in_dateline,
    spoken_to,
    written_before,
    written_on_or_called,
)

if TYPE_CHECKING:  # claims.attribution imports claims.detect, hence this module, at run time
    from claims.attribution import Attribution
    from claims.context import Context


# Quoted spans: a name or a quotation, and of which kind.
WITH_TO = word_forms("مع إلى")  # "في حديث إلى «النهار»"
NAMING_NOUNS = lexicon("naming_nouns", ("", "و", "ب", "ل")) | lexicon("en_naming_nouns")
SPEECH_WORDS = frozenset(AR_VERBS)
# "بـ"X"" names X only after a naming word ("المعروفة إعلاميا بـ"قضية ...""),
# not after a verb ("متهما إياها بـ"الكذب على الناخبين"").
_NAMING_BEFORE_BA = word_forms(
    "إعلاميا اختصارا المعروفة المعروف يعرف تعرف المسماة المسمى الملقب الملقبة الشهير الشهيرة"
    " المشهور المشهورة المكنى المكناة الموسوم الموسومة محليا شعبيا يلقب تلقب يكنى تكنى يسمى تسمى"
    " سمي سميت"
)
_EN_NAMING_VERBS = word_forms("called named titled dubbed so-called known nicknamed")
_LABELLING = word_forms("known hailed billed touted dubbed branded")  # ... as “...”
_LIKE = word_forms("مثل ومثل كـ like including")
_MAX_NAME_WORDS = 3
_REPORTED = word_forms("عن ب")
_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")  # "والدراما" → "دراما"
MAX_TITLE_WORDS = 8  # tokens: "Protecting Georgia's Children on Social Media Act" is 8


_AT = word_forms("في عند لدى من")
# Prepositions as words of their own: quoted words after one are its object ("شدد على «...»"),
# quoted words opening with one (or with "دون") are an adjunct ("«من دون تأخير»").
_PREPOSITIONS = word_forms("في عند لدى من مع إلى عن على ب ل حول ضد عبر")
_WITHOUT = word_forms("دون بدون")


def _body_or_code(ctx: Context, q: QuoteSpan, first: int) -> bool:
    """True when quoted words are a body ("بنك ...", "شركة ...") or a code with no Arabic
    letter ("A+") in an Arabic sentence."""
    inner = ctx.text[q.inner_start : q.inner_end]
    arabic = any("\u0600" <= c <= "\u06ff" for c in inner)
    return ctx.lang == "ar" and (ctx.tokens[first].norm in INSTITUTIONS or not arabic)


def is_name_span(
    ctx: Context,
    q: QuoteSpan,
    first: int,
    last: int,
    before: list[Attribution],
    after: list[Attribution],
    n_words: int,
) -> bool:
    """True when the quoted words are a name or title, not somebody's words."""
    toks = ctx.tokens
    p = first - 1
    if p > 0 and ctx.lang != "ar" and toks[p].norm.lower() in LABEL_DETERMINERS:
        p -= 1  # "known as the “...”", "the company's “Atlas” service"
    prev = toks[p].norm if p >= 0 else ""
    prev2 = toks[p - 1].norm.lower() if p > 0 else ""
    # "known as “...”", "what executives have hailed as a “golden age of gas”": a label
    if (prev in NAMING_NOUNS and ctx.lang == "ar") or (prev == "as" and prev2 in _LABELLING):
        return True
    if prev == "ب" and prev2 in NAMING_NOUNS and ctx.lang == "ar":
        return True  # "والمعروفة بـ«الشراكة الاستراتيجية الشاملة»": what it is called
    if named_by_kind(ctx, q, first, last):
        return True  # "الحملة الترويجية «...»", "«نظام ترخيص ...»", "«التنسيقية الوطنية ...»"
    if ctx.lang == "ar" and _chanted(ctx, first):
        return True  # "وهتف المحتجون «...»", "مرددين «...»": a slogan chanted, nobody's words
    if ctx.lang == "ar" and _dual_naming(prev) and _AND_QUOTED.match(ctx.text, q.end):
        return True  # "مشروعي «مسار» و«...»": a naming noun in the dual, then its two names
    if ctx.text[q.inner_start : q.inner_end].lstrip()[:1] in ("#", "@"):
        return True  # a hashtag or a handle
    if ctx.lang == "ar" and len(ctx.text[q.inner_start : q.inner_end].strip()) <= 2:
        return True  # "من الفئة "أ"": a letter or a grade, nobody's words
    if in_dateline(ctx, q):
        return True  # "رام الله ـ «القدس العربي»:": the outlet credited before the story
    # "عبر برنامجه «صباح الخير يا بلد»": a possessed naming noun names whatever its length
    short = n_words <= _MAX_NAME_WORDS or _described_unreported(ctx, first, last)
    short = short or (ctx.lang == "ar" and _possessed(prev) in NAMING_NOUNS)
    # so does a body's kind in construct ("مدرسة «الشهيد محمود عبدالعال الابتدائية»"), unless
    # counted ("في 60 مدرسة «بعد تخفيض ...»": which schools, then what was said of them)
    counted = p > 0 and toks[p - 1].norm.isdigit()
    # "وقال مدير مدرسة «لن نغلق أبوابنا»": the words said by the verb's subject, unless the
    # sentence goes on to what was said ("وقال مدير مدرسة «...» إن")
    said = bool(before) and _in_subject(ctx, before[-1].tok, first) and not _goes_on(ctx, last)
    body_named = ctx.lang == "ar" and p >= 0 and _body_kind(ctx, p) and not counted and not said
    short = short or (body_named and n_words <= MAX_TITLE_WORDS)
    # words opening with a preposition after a noun phrase complete the speech verb before it
    # ("ودعا المانحين في مؤتمر بروكسل الأخير «من دون تأخير»"); right after a naming noun they
    # are its name ("حملة «من أجل غزة»")
    adverbial = bool(before) and toks[first].norm in _PREPOSITIONS | _WITHOUT
    if ctx.lang == "ar" and short and not adverbial and _named_by_phrase(ctx, first, last):
        return True  # "للحزب “المصري الديمقراطي”", "هيئة البث الإسرائيلية «كان»"
    # in English, a noun ending the sentence before names nothing: "... the news agency. “..."
    ended = ctx.lang != "ar" and bool(set(ctx.text[toks[p].end : q.start]) & set(".!?"))
    if prev.lower() in NAMING_NOUNS and not ended:
        # "the plan “Project X”" names; "followed the plan “perfectly”" quotes an adverb
        return (
            prev.lower() in _EN_NAMING_VERBS or ctx.text[q.inner_start : q.inner_end][:1].isupper()
        )
    if prev in WITH_TO and spoken_to(ctx, p):
        return True  # "في مقابلة مع “العربية Business”", "في تصريح إلى «...»": the medium
    if prev in _AT and n_words <= _MAX_NAME_WORDS and _body_or_code(ctx, q, first):
        return True  # "في «بنك الكويت الوطني»", "عند «A+»": a body or a grade, where it is
    if ctx.lang == "ar" and channel_via(ctx, first, last):
        return True  # "الدفع عبر "فوري" والمحافظ الإلكترونية": the channel used, by name
    if _described_after(ctx, q, last):
        return True  # "«الإطار التنسيقي»، الذي يضم", "the “X” programme": a name, described
    if ctx.lang != "ar" and n_words <= _MAX_NAME_WORDS and premodifier(ctx, q, first, last):
        return True  # "its highest “red” warning level": a label of the noun after it
    if ctx.lang != "ar" and _branded(ctx, first, last):
        return True  # "branded the package a “budget for …”", "the WHO's “red list” of nations"
    if ctx.lang == "ar" and n_words <= _MAX_NAME_WORDS and named_by_plural(ctx, first, last):
        return True  # "ماكينات «فوري»", "مرافق ...، ومنها «جيس فلايت»": one of them, by name
    if prev in _LIKE or prev.lower() in _LIKE or f"{prev2} {prev}" == "such as":
        return n_words <= MAX_TITLE_WORDS  # "نماذج مثل “شات جي بي تي”"
    if ctx.lang == "ar" and _titled_thing(ctx, q, first, last):
        return True  # "«استراتيجية الأمن المائي 2036»", "«D33»", a headline's «الأرصاد» تحذر
    if ctx.lang == "ar" and n_words <= _MAX_NAME_WORDS and _THAT_IS.match(ctx.text, q.end):
        return True  # "تقع في “المرحلة الرابعة”، أي مرحلة الطوارئ": a term, then explained
    if ctx.lang == "ar" and n_words <= _MAX_NAME_WORDS + 1 and body_in_commas(ctx, q, p):
        return True  # "قالت الشركة المشغلة للمعمل، “إنفيروتيك ليبانون”، في بيان": its name
    if ctx.lang == "ar" and _company_shaped(ctx, first, last):
        return True  # "“المصرية للاتصالات”", "بـ«القابضة للصناعات الغذائية»": a company
    if written_on_or_called(ctx, p):
        return True  # "لافتات كتب عليها «...»", "يطلق عليها «...»": a slogan written, a name
    if prev == "و" and p > 0 and (written_before(ctx, p) or _named_before(ctx, p)):
        return True  # "كتب عليها «...» و«...»", "معبري "باب الهوى" و"باب السلامة"": a list
    if ctx.lang != "ar" and written_on(ctx, p):
        return True  # "placards reading “Our land, our heritage”": a slogan, not words said
    if ctx.lang != "ar" and n_words <= _MAX_NAME_WORDS and rated(ctx, first):
        return True  # "rated Pakistan “not free”": a grade given, not words said
    if prev in ("ل", "ب") and not ctx.text[toks[p].end : q.start].strip():
        # "لـ"الوطن"": the medium spoken to; "بـ"...": a name only after a naming word
        return n_words <= _MAX_NAME_WORDS and (prev == "ل" or prev2 in _NAMING_BEFORE_BA)
    inner = ctx.text[q.inner_start : q.inner_end].strip().rstrip(",")
    words = [ctx.text[t.start : t.end] for t in toks[first:last]]
    said = ctx.text[: q.start].rstrip().endswith(":")
    if ctx.lang != "ar" and n_words <= MAX_TITLE_WORDS and not said and is_title_case(inner, words):
        return True  # a title of a work, law or programme: “Property Owner Protection Act”
    if n_words > _MAX_NAME_WORDS:
        return False
    named = ctx.any_at.get(first)
    if (
        named is not None
        and named.end >= q.inner_end - 1
        and named.type in ("PERSON", "ORG", "PLACE")
    ):
        return True  # “بيلتا”, “الجزيرة”
    if before and _in_subject(ctx, before[-1].tok, first) and _goes_on(ctx, last):
        # the quoted words are the verb's subject: «وأفادت “بيلتا” بأن», «وأوضحت «X» في بيان أنها»,
        # or end it: "وقالت الحملة الوطنية لحقوق الطلبة «...»، في بيان، إنها"
        return True
    if ctx.lang != "ar" and whole_sentence(ctx, q, words):
        return False  # "... ,” Ashby told him. “Custody is inevitable.”": more of the words
    if ctx.lang == "ar" and among_sayings(ctx, first):
        return False  # "وأدلى بتصريحات عدة، منها «لن نتراجع»": one of the statements made
    return not before and not after  # no one says them: scare quotes or a name


_THAT_IS = re.compile(r"\s*[،,]\s*أي\s")


def _goes_on(ctx: Context, last: int) -> bool:
    """True when, past any adjunct, a complementizer or بـ follows the quoted words ending
    before token `last` ("«...»، في بيان، إنها"): what was said comes after them."""
    if last >= len(ctx.tokens):
        return False
    k = adjunct_end(ctx.tokens, ctx.text, last)
    nxt = ctx.tokens[k].norm if k < len(ctx.tokens) else ""
    return is_complementizer(nxt) or nxt == "ب"


# Heads of named plans and registers inside the quote marks ("«رؤية 2030»", "«السجل ...»").
_TITLED_HEADS = word_forms("رؤية سجل")


def _titled_thing(ctx: Context, q: QuoteSpan, first: int, last: int) -> bool:
    """True for the name of a plan, fund, register or code, or a headline's quoted subject.

    Its first word is a naming noun or a body's kind followed by a definite word or a year
    ("«صندوق المقاصة»", "“السجل الاجتماعي الموحد”"); or it has no Arabic letter and at most two
    words ("«D33»"); or it opens a line and what follows goes on without punctuation ("«الأرصاد»
    تحذر من موجة حارة"). Nobody's words take these shapes in an Arabic article."""
    words = [t.norm for t in ctx.tokens[first:last]]
    said = ctx.text[: q.start].rstrip().endswith(":")
    if not words or said or len(words) > 6:
        return False
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    # every word after the head a definite one (also joined by و), a complement with ل, a year
    # or a place's name: a noun phrase, not a sentence ("«الخطة العربية هي البديل»" says
    # something; "«مهرجان المانجو والفواكه»", "«مؤشر دبي الذكي للإيجارات»" name)
    rest = all(_in_noun_phrase(ctx, k) for k in range(first + 1, last))
    if (head in NAMING_NOUNS | INSTITUTIONS | _TITLED_HEADS) and len(words) > 1 and rest:
        return True
    construct = len(words) <= 4 and words[-1].startswith("ال") and not words[0].startswith("ال")
    if head in INSTITUTIONS and construct:
        return True  # "«لجنة أهالي الموقوفين»": a body's name in construct
    inner = ctx.text[q.inner_start : q.inner_end]
    if len(words) <= 2 and not any("\u0600" <= c <= "\u06ff" for c in inner):
        return True
    if len(words) == 1 and first > 0 and not words[0].startswith("ال"):
        # "المنطقة الحرة لجبل علي «جافزا» تضم": a short name right after a proper name
        ends = (ctx.any_at.get(k) for k in range(max(first - 4, 0), first))
        held = next((m for m in ends if m is not None and m.tok_end == first), None)
        proper = held is not None and held.type in ("PLACE", "ORG", "PERSON") and not held.media
        if proper and ctx.text[q.end : q.end + 2].strip()[:1] not in "،,:.؛":
            return True
    # the first line of an article with a body after it
    headline = "\n" not in ctx.text[: q.start].strip() and "\n" in ctx.text[q.end :].strip()
    follows = ctx.text[q.end : q.end + 2].strip()[:1]
    if headline and len(words) <= 3 and follows not in ("،", ",", "."):
        return True  # headlines "… و«الحج»: التوزيع", "«الصحة» و«العمل» تحذران": the bodies
    line_start = ctx.text[: q.start].rstrip(" ").endswith("\n") or not ctx.text[: q.start].strip()
    after = ctx.text[q.end : q.end + 2].strip()[:1]
    return line_start and len(words) <= 3 and after != "" and after not in "،,:.؛"


def _in_noun_phrase(ctx: Context, k: int) -> bool:
    """True when token k can go on a name's noun phrase: a definite word ("الذكي",
    "والفواكه"), a complement with ل ("للإيجارات"), a number, or a word of a place's name."""
    word = ctx.tokens[k].norm
    if word.startswith(("ال", "وال", "ل")) or word.isdigit():
        return True
    # a place's name may be several words ("أبو ظبي"): the mention started a word or two back
    starts = (ctx.any_at.get(j) for j in range(max(k - 2, 0), k + 1))
    return any(m is not None and m.type == "PLACE" and m.tok_end > k for m in starts)


def _branded(ctx: Context, first: int, last: int) -> bool:
    """True for an English label: after a naming verb a few words back in the clause
    ("branded the package a “…”"), or a lower-case term between a possessive and "of"."""
    toks = ctx.tokens
    # the verb names the first quoted span after it: in "branded the “X”, was “Y”" the second
    # is what was said of X
    k = max(first - 5, 0)
    while k < first and set(ctx.text[toks[k].end : toks[first - 1].end]) & set(QUOTE_CHARS):
        k += 1
    back = [t.norm.lower() for t in toks[k:first]]
    if any(w in _EN_BRANDING for w in back) and last - first <= 6:
        return True
    nxt = toks[last].norm.lower() if last < len(toks) else ""
    owner = first > 0 and ctx.text[toks[first - 1].end : ctx.tokens[first].start].strip()[:1] == "’"
    owner = owner or (first > 0 and toks[first - 1].norm.lower() in ("'s", "s"))
    return nxt == "of" and last - first <= 3 and owner


_EN_BRANDING = word_forms("branded dubbed nicknamed labelled labeled billed")


_AND_QUOTED = re.compile(r"\s*و\s*[«“\"]")


def _possessed(word: str) -> str:
    """The noun of a word with a possessive pronoun ("برنامجه" → "برنامج", "حملتها" →
    "حمله"), or "" for a word without one."""
    for suffix in ("تها", "تهم", "ته"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + "ه"
    suffix = next((s for s in ("ها", "هم", "ه") if word.endswith(s)), "")
    return word[: -len(suffix)] if suffix and len(word) > len(suffix) + 2 else ""


# Chanting verbs and their participles: quoted words they take are a slogan ("وهتف المحتجون
# «...»", "مرددين «...»"); only plural forms of ردد, a single speaker repeating says words.
_CHANTS = word_forms(
    "هتف هتفت هتفوا يهتف يهتفون تهتف هاتفين هاتفون رددوا يرددون مرددين مرددون رددن", ("", "و", "ف")
)


def _chanted(ctx: Context, first: int) -> bool:
    """True when a chanting verb stands a few words before the quoted words, with no
    punctuation, complementizer or speech verb between ("وهتف المحتجون «...»")."""
    toks = ctx.tokens
    for k in range(first - 1, max(first - 5, -1), -1):
        if ctx.gap(k, k + 1).strip(' «“"'):
            return False
        word = toks[k].norm
        if word in _CHANTS:
            return True
        if is_complementizer(word) or word in SPEECH_WORDS:
            return False
    return False


def _dual_naming(word: str) -> bool:
    """True for a naming noun in the dual construct: "مشروعي", "حملتي", "برنامجا"."""
    if not word.endswith(("ي", "ا")):
        return False
    stem = word[:-1]
    return (stem[:-1] + "ه" if stem.endswith("ت") else stem) in NAMING_NOUNS


def _in_subject(ctx: Context, verb: int, first: int) -> bool:
    """True when quoted words starting at token `first` are, or end, the subject of the speech
    verb at token `verb`: right after it, or after a noun phrase with no punctuation, no
    complementizer and no other speech verb between ("وقالت الحملة الوطنية من أجل حقوق الطلبة
    «...» إنها"). A definite word quoted after a definite noun is its adjective ("وصف الوزير
    الاتفاق «التاريخي» بأنه"), one opening with بـ an adverb ("بصراحة"), and words after a
    preposition are its object."""
    toks = ctx.tokens
    between = range(verb + 1, first)
    if not 0 < first - verb <= 8 or any(ctx.gap(k - 1, k).strip() for k in between):
        return False
    if any(is_complementizer(toks[k].norm) or toks[k].norm in SPEECH_WORDS for k in between):
        return False
    prev, word = toks[first - 1].norm, toks[first].norm
    adjective = prev.startswith("ال") and word.startswith("ال")
    # "وقال الوزير «بصراحة» إن": how he said it, not a name
    adverb = word.startswith("ب")
    plain = not (adjective or adverb or prev in _PREPOSITIONS)
    return first == verb + 1 or (ctx.lang == "ar" and plain)


def _described_unreported(ctx: Context, first: int, last: int) -> bool:
    """True when a relative pronoun follows the quoted words ("الحملة الترويجية «...» التي
    أطلقت") and no complementizer stands a few words before them: a long name, described, not
    the predicate of reported speech ("قال إن الحزب «لن يشارك في الانتخابات» التي ...")."""
    toks = ctx.tokens
    if last >= len(toks) or toks[last].norm not in RELATIVES:
        return False
    if ctx.gap(last - 1, last).strip('»”" ،,'):
        return False
    return not any(is_complementizer(toks[k].norm) for k in range(max(first - 6, 0), first))


def _named_before(ctx: Context, p: int) -> bool:
    """True when the quoted words ending just before "و" at token p followed a naming noun
    ("معبري "باب الهوى" و..."): the next quoted words are the list's second name."""
    toks = ctx.tokens
    if p < 2 or not set(ctx.gap(p - 1, p)) & set('»”"'):
        return False
    for k in range(p - 1, max(p - 5, 0), -1):
        if set(ctx.gap(k - 1, k)) & set('«“"'):
            word = toks[k - 1].norm
            return ctx.lang == "ar" and (word in NAMING_NOUNS or _dual_naming(word))
    return False


def _company_shaped(ctx: Context, first: int, last: int) -> bool:
    """True for two or three words, a definite one then "لل..." ("المصرية للاتصالات",
    "الخليجية للاستثمار"): how Arab companies are named, never how people speak. After a
    complementizer holding its subject ("بأنها «القلب الحقيقي للحدث»") the words are its
    predicate: what somebody called it."""
    prev = ctx.tokens[first - 1].norm if first > 0 else ""
    if is_complementizer(prev) and prev not in COMPLEMENTIZERS:
        return False
    words = [t.norm for t in ctx.tokens[first:last]]
    linked = any(w.startswith("لل") for w in words[1:])  # "القابضة للصناعات الغذائية"
    return 2 <= len(words) <= 3 and words[0].startswith("ال") and linked


_RELATIVES = RELATIVES | {"who", "which"}


def _described_after(ctx: Context, q: QuoteSpan, last: int) -> bool:
    """True when a short quoted span is described after it: by a relative clause ("، التي
    تقوم على", ", which"), by what it is ("، وهي جمعية") or, in English, by a naming noun
    ("ARD's “Bericht aus Berlin” programme"). Somebody's words are not described that way."""
    if last >= len(ctx.tokens) or last - ctx.tok_index(q.inner_start) > MAX_TITLE_WORDS:
        return False
    nxt = ctx.tokens[last].norm
    gap = ctx.text[q.end : ctx.tokens[last].start].strip()
    if nxt.lower() in _RELATIVES and gap in (",", "،"):
        return True
    # "«شبكة الطلبة ...»، وهي جمعية مستقلة": what kind of thing it is
    kind = ctx.tokens[last + 1].norm if nxt in HE_SHE and last + 1 < len(ctx.tokens) else ""
    if gap == "،" and (kind in NAMING_NOUNS or kind in BODY_HEADS):
        return True
    return ctx.lang != "ar" and not gap and nxt.lower() in NAMING_NOUNS


# Prepositions that open a verb's adjunct and seldom a predicate: not "في", "من" ("أن مجموعة
# «سما للتطوير» من أكبر المستثمرين": a name, then its predicate).
_ADJUNCT_HEADS = word_forms("مع على إلى عن ضد عبر نحو خلال منذ بعد قبل")


def _body_kind(ctx: Context, k: int) -> bool:
    """True when token k is a body's kind without the article, also after ل or ب ("لمدرسة"):
    in construct with the quoted words it names them ("لمدرسة “الرواد”"); with the article it
    is the subject of what follows ("أن التحالف «سيظل حذرا»"). Written with ه where the kind
    ends in ة it is another word ("وحده", alone, is not "وحدة")."""
    word = ctx.tokens[k].norm
    kind = word if word[:1] not in "لب" else word[1:]
    spelt = ctx.text[ctx.tokens[k].start : ctx.tokens[k].end]
    return kind in BODY_HEADS and not kind.startswith("ال") and not spelt.endswith("ه")


def _named_by_phrase(ctx: Context, first: int, last: int) -> bool:
    """True when a naming noun heads the noun phrase right before token `first`.

    The noun may carry the article or a preposition ("للحزب", "بالوكالة") and definite
    modifiers or a construct may follow it ("هيئة البث الإسرائيلية «كان»", "شركة تسويق النفط
    «سومو»"); a speech verb right before the noun makes it the subject of the quoted words
    ("وقالت الحركة «...»"), not their name, unless the sentence goes on, past any adjunct, to
    what was said ("نقلت هيئة البث «كان» عن مسؤول", "وذكرت شركة ... «سومو» في بيان أن").
    """
    toks = ctx.tokens
    after = adjunct_end(toks, ctx.text, last)  # "«سومو» في بيان أن"
    nxt = toks[after].norm if after < len(toks) else ""
    goes_on = nxt in COMPLEMENTIZERS or nxt in _REPORTED
    k = first - 1
    while k >= 0 and first - k <= 4 and not ctx.gap(k, k + 1).strip(' «“"'):
        word = toks[k].norm
        bare = next((word[len(p) :] for p in _ARTICLES if word.startswith(p)), word)
        own = _possessed(word)
        kind = word if word[:1] not in "لب" else word[1:]
        body_kind = _body_kind(ctx, k)
        # a phrase opening the reported clause is the subject of the quoted words when they end
        # the clause ("قال إن الخطة «جاءت متسرعة».", not "إن الناقلة «ماريا ستار» بدأت": the
        # noun's name, then the verb) or an adjunct of their verb follows them ("إن قوات حرس
        # الحدود «طبقت قواعد الاشتباك» مع مهربين")
        ends = last >= len(toks) or bool(ctx.gap(last - 1, last).strip('»”" '))
        opens = k > 0 and toks[k - 1].norm in COMPLEMENTIZERS
        # (a construct closed by a definite word as well: "أن معايير السلامة «غير قابلة»")
        definite_np = word.startswith("ال") or (k + 1 < first and toks[k + 1].norm[:2] == "ال")
        adjunct = last - first > 1 and last < len(toks) and toks[last].norm in _ADJUNCT_HEADS
        # a possessed noun opening it ("إن فريقه «جاهز تماما» لمواجهة") is its subject
        possessed = own in NAMING_NOUNS and bare not in NAMING_NOUNS  # not "تهمة"
        if opens and (possessed or (definite_np and ends) or adjunct):
            return False
        if bare in NAMING_NOUNS or kind in NAMING_NOUNS or body_kind:
            # "وقالت الحركة «...»" says it; "تابع لمدرسة «...»" (a preposition's object) names
            said = k > 0 and toks[k - 1].norm in SPEECH_WORDS and kind == word
            # "وقال مدير الشركة «...»", "أن إدارة المطار «...»": it completes the speaker's noun
            said = said or _completes_speaker(ctx, k, ends)
            # "وقالت شركة المياه "سيال"، في بيان": one word set off after the body, its acronym
            alias = (
                first + 1 == last < len(toks) and ctx.gap(last - 1, last).strip('»”" ')[:1] == "،"
            )
            return goes_on or not said or alias
        if possessed:
            return True  # "حملتها الترويجية «...»": its campaign, named
        annexed = k + 1 < first and toks[k + 1].norm.startswith("ال")
        if not word.startswith(("ال", "لل", "وال")) and not annexed:
            return False  # only modifiers and constructs: "شركة تسويق النفط «سومو»"
        k -= 1
    return False


def _completes_speaker(ctx: Context, k: int, ends: bool) -> bool:
    """True when token k is a definite noun ("الشركة", "للمهرجان") completing a noun phrase of
    up to three words right after a speech verb ("وقال مدير الشركة", "وقال المدير التنفيذي
    للمهرجان"), or after a complementizer when the quoted words end the clause ("أن إدارة
    المطار «جاهزة»."): they are what that phrase says or is, not the noun's name, which would
    follow the noun heading the phrase ("إن إطلاق القمر الاصطناعي «نور» سيتم": a name)."""
    toks = ctx.tokens
    if not toks[k].norm.startswith(("ال", "لل")):
        return False
    for j in range(k - 1, max(k - 5, -1), -1):
        word = toks[j].norm
        if ctx.gap(j, j + 1).strip():
            return False
        if word in SPEECH_WORDS or is_complementizer(word):
            # a noun heads the phrase: "القارب" alone after "إن" is its subject
            return j < k - 1 and (ends or word in SPEECH_WORDS)
        if word in _PREPOSITIONS or word in NAMING_NOUNS:
            return False
    return False
