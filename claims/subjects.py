"""Who is the subject of a speech verb: named people, unnamed sources and bodies (ar, en).

Arabic puts the subject after the verb ("وقالت وزارة خارجيتها", "قال مصدر أمني", "ذكرت خلية
الإعلام الأمني"); English before it ("Blinken said", "a senior US official said") or after it
following a quotation ("“...,” said Rebecca Moss, executive director of ...").
"""

from __future__ import annotations

import re

from claims.bodies import adjective_at, body_after, full_body, np_end, quoted_name
from claims.context import Context, Speaker, speaker_from
from claims.entities import gender_of
from claims.framed_names import calls
from claims.gazetteer import word_forms
from claims.mentions import (
    BODY_HEADS,
    NAME_STOP,
    PLACE_UNITS,
    QUANTIFIERS,
    UNNAMED_HEADS,
    Mention,
)
from claims.speech import (
    AR_PARTICIPLES,
    AR_VERBS,
    COMPLEMENTIZERS,
    RELATIVES,
    VENUES,
    adjunct_end,
    agreement,
    connective_end,
    is_audience,
    is_complementizer,
)
from claims.subjects_en import appositive, en_unnamed_after, english_name

# Verbs whose subject (after them in Arabic, before or after them in English) is the speaker.
SPEECH_VERBS = frozenset(AR_VERBS)


# Participles after a quotation or clause: "”، قائلاً" — the subject is the salient actor.
PARTICIPLES = frozenset(AR_PARTICIPLES)


# "وكان الوزير ... قد أكد": كان with قد before the verb sets the subject before it too.
WAS = word_forms("وكان وكانت كان كانت")
_QAD = word_forms("قد فقد وقد")  # "أما الاتحاد ...، فقد دعا"


def topic_subject(ctx: Context, v: int) -> Speaker | None:
    """SVO: the subject opening the verb's sentence, set off by a parenthesis before the verb.

    "وزير الخارجية المصري، من جانبه، أكد أن", "أما الخبيرة ريم العلمي، التي ...، فقالت",
    "لكن مصدرا في قطاع الطاقة، طلب ...، قال إن". A verb with the conjunction و opens a new
    clause (VSO), so it has no subject before it.
    """
    toks = ctx.tokens
    verb = toks[v].norm
    if verb[:1] == "و" and verb[1:] in SPEECH_VERBS:
        return None
    sent = ctx.sentence_of(toks[v].start)
    if sent is None:
        return None
    a = ctx.tok_index(sent.start)
    for c in range(v - 1, a, -1):
        e = connective_end(toks, c)
        # "...، إلا أن مصدرا في النادي أكد": a new clause after the comma (but "الوزير، من
        # جانبه، أكد" only sets the connective off)
        if e > c and set(ctx.gap(c - 1, c)) & set(",،") and not set(ctx.gap(e - 1, e)) & set(",،"):
            a = c
            break
    while a < v and ((nxt := connective_end(toks, a)) > a or toks[a].norm in WAS):
        a = max(nxt, a + 1)  # "ومع ذلك، ...", "أما ...", "وكان ...": not the subject
    if a < v and toks[a].norm.removeprefix("و") in _PLACE_PREPS:
        # "في برج البراجنة، الصيدلي حسن، ...، قال": past the place set before the subject
        a = next((c for c in range(a + 1, v) if set(ctx.gap(c - 1, c)) & set("،,")), a)
    m = ctx.mention_at.get(a)
    subject = speaker_from(m) if m is not None else _unnamed_after(ctx, a) or body_after(ctx, a)
    if m is not None:
        subject = full_body(ctx, m) or subject  # "وكانت وزارة التعليم العالي والبحث ... قد أكدت"
    if m is None or m.type == "TITLE":  # "غير أن نقيب الأفران، أنطوان سركيس، قال"
        subject = _person_ahead(ctx, a) or subject
    if subject is None and a > 0 and (name := quoted_name(ctx, a)) is not None:
        subject = Speaker(name, toks[a].start, toks[a].start + len(name))  # "وكان «X»، ..."
    if subject is None or subject.end is None or subject.end > toks[v].start:
        return None
    end = ctx.tok_index(subject.end)
    if 0 < end < v and "(" in ctx.gap(end - 1, end):
        # "منظمة الأمم المتحدة للطفولة (يونيسف) قد حذرت": past the acronym in brackets
        end = next((x + 1 for x in range(end, min(end + 4, v)) if ")" in ctx.gap(x, x + 1)), end)
    w = v - 1 if v > end and toks[v - 1].norm in _QAD else v  # "... قد أكد"
    where = toks[end].norm == "في" and 1 < w - end <= 4 if end < w else False
    if where and all(t.norm.startswith("ال") or t.norm in ("و",) for t in toks[end + 1 : w]):
        end = w  # "رابطة الأساتذة المتفرغين في الجامعة اللبنانية قد أعلنت": where it is
    if end != w and not set(ctx.gap(w - 1, w)) & set(",،"):
        return None  # the verb must follow its subject or close a parenthesis about it
    between = toks[end:w]
    if v - end > 25 or any(t.norm in COMPLEMENTIZERS or ctx.in_quote(t.start) for t in between):
        return None
    if ":" in ctx.text[subject.end : toks[v].start]:
        return None
    return subject


def verb_gender(verb: str) -> str:
    """Gender marked on an Arabic speech verb or participle ("" when unmarked or plural)."""
    agr = agreement(verb)
    return "" if agr is None or agr.plural else agr.gender


def _unnamed_after(ctx: Context, k: int) -> Speaker | None:
    """ "مسؤول دبلوماسي رفيع" / "أحد المصادر" at token k: (quantifier) head + up to 3 modifiers."""
    toks = ctx.tokens
    first = k
    if k + 1 < len(toks) and toks[k].norm in QUANTIFIERS:
        k += 2 if toks[k + 1].norm == "من" and k + 2 < len(toks) else 1
    if k >= len(toks) or not _is_unnamed_head(toks[k].norm):
        return None
    end = k + 1
    while end < len(toks) and end - k < 4 and not ctx.gap(end - 1, end).strip():
        word = toks[end].norm
        if word in _OF_BODY and end + 1 < len(toks) and toks[end + 1].norm in VENUES:
            break  # "مصدر أمني في حديث لـ...": how it was said, not which body
        if word in _OF_BODY and end + 1 < len(toks) and not ctx.gap(end, end + 1).strip():
            body = ctx.mention_at.get(end + 1)  # "محللون في بنك جولدمان ساكس"
            if body is not None and body.type == "ORG" and not body.media:
                end = body.tok_end
                while end < len(toks) and adjective_at(ctx, end):
                    end += 1  # "مسؤول في وزارة المالية الاتحادية"
            else:
                end = _sector_end(ctx, end + 1) or end  # "مصدر في قطاع الطاقة"
            break
        if word[:1] == "ل" and ctx.media_at.get(end) is None and not is_audience(word):
            end = np_end(ctx, end)  # "المتحدث الرسمي لوزارة الصحة"
            break
        if word[:1] == "ب" and (word[1:] in BODY_HEADS or word[1:] in PLACE_UNITS):
            end = np_end(ctx, end)  # "مسؤول بهيئة الأبنية التعليمية", "مسؤول بحي الهرم"
            place = ctx.places_at.get(end + 1) if end + 1 < len(toks) else None
            if place is not None and toks[end].norm == "في" and not ctx.gap(end - 1, end).strip():
                end = place.tok_end  # "مسؤول بمديرية التموين في الجيزة"
            break
        prev = toks[end - 1].norm
        if word in _ON_TO and prev in _INFORMED and end + 1 < len(toks):
            end = np_end(ctx, end + 1)  # "مصرفي مطلع على المفاوضات", "مصدر مقرب من الوزير"
            break
        if word in NAME_STOP or word in COMPLEMENTIZERS or (word[:1] in "لب" and len(word) > 4):
            break
        if word in ("ل", "ب"):
            break  # "مصدر دبلوماسي لـ"العربية.نت""
        if word == "باسم":
            end = np_end(ctx, end + 1)  # "متحدث باسم الخارجية", "الناطق الرسمي باسم الحكومة"
            break
        if not _modifier(ctx, end):
            break  # "دبلوماسي غربي طلب عدم الكشف": a verb ends the description
        end += 1
    head = toks[k].norm[1:] if toks[k].norm[:1] in "وف" else toks[k].norm
    definite = head.startswith("ال") and first == k
    head = head[2:] if head.startswith("ال") else head
    text = ctx.text[toks[first].start : toks[end - 1].end]
    if head.endswith("ا") and head[:-1] in UNNAMED_HEADS and first == k:
        # "إلا أن مسؤولا في البنك": the source named as it would be as a subject
        bare = re.sub(
            "[\u064b-\u0652]*ا[\u064b-\u0652]*$", "", ctx.text[toks[k].start : toks[k].end]
        )
        text = bare + ctx.text[toks[k].end : toks[end - 1].end]
        head = head[:-1]
    return Speaker(text, toks[first].start, toks[end - 1].end, head=head, definite=definite)


_ADJECTIVES = word_forms(
    "رفيع رفيعة كبير كبيرة كبار بارز بارزة مطلع مطلعة مطلعون سابق سابقة مقرب مقربة مقربون "
    "رسمي رسمية مسؤول مسؤولة آخر آخرون أخرى محلي محلية"
)


def _modifier(ctx: Context, k: int) -> bool:
    """An adjective of an unnamed source: "دبلوماسي", "رفيع", "إسرائيلي" (nisba or listed)."""
    word = ctx.tokens[k].norm
    if ctx.any_at.get(k) is not None and ctx.any_at[k].type == "NORP":
        return True
    return word in _ADJECTIVES or word.endswith(("ي", "يه", "يون", "يين", "يان"))


_OF_BODY = word_forms("في من لدى ب داخل")
_ON_TO = word_forms("على من")
_INFORMED = word_forms("مطلع مطلعة مطلعون مقرب مقربة مقربون قريب قريبة")
_PLACE_PREPS = word_forms("في أمام داخل خارج قرب عند على")


def _sector_end(ctx: Context, k: int) -> int | None:
    """End of "قطاع الطاقة" / "هيئة الهلال الأحمر" at token k (a noun phrase), or None."""
    if k >= len(ctx.tokens) or ctx.mention_at.get(k) is not None or k in ctx.places_at:
        return None  # "مسؤول في بروكسل": a place says where, not which body
    end = np_end(ctx, k)
    return end if end > k else None


def _is_unnamed_head(word: str) -> bool:
    """ "مسؤول", "المصدر", "مصدرا" (accusative after لكن/إن)."""
    word = word[:-1] if word.endswith("ا") and word[:-1] in UNNAMED_HEADS else word
    return word in UNNAMED_HEADS or (word.startswith("ال") and word[2:] in UNNAMED_HEADS)


def subject_after(ctx: Context, v: int) -> Speaker | None:
    """The named subject right after the verb at token v (Arabic VSO, English "said X")."""
    toks = ctx.tokens
    k = adjunct_end(toks, ctx.text, v + 1)
    if k + 1 < len(toks) and toks[k].norm == "كل" and toks[k + 1].norm == "من":
        k += 2  # "أشارت كل من الصين وبيلاروسيا"
    if k >= len(toks) or ctx.gap(k - 1, k).strip(' ،,“”«»"') or ctx.in_quote(toks[k].start):
        return None
    m = ctx.mention_at.get(k)  # keyed by token, so clitics ("ولوكاشينكو") are covered
    if m is None and _possessed(ctx, k):
        m = ctx.mention_at.get(k + 1)  # "وقالت رئيستها نوال نصر"
    if m is None and ctx.lang != "ar":
        m = appositive(ctx, k)  # "said Villa's manager, Unai Emery."
    if m is None:
        m = ctx.places_at.get(k)  # "حذرت واشنطن": a capital or country speaks for its state
    verb = without_object(toks[v].norm)
    masculine = verb in SPEECH_VERBS and verb_gender(verb) == "m"
    if m is not None and m.type in ("PLACE", "ORG") and masculine and gender_of(m) == "f":
        return None  # "واتهم الولايات المتحدة": a masculine verb's following state is its object
    full = full_body(ctx, m) if m is not None else None
    if full is not None:
        return full
    if m is not None:
        named = _named_in_apposition(ctx, m.tok_end)
        if named is None and m.type == "TITLE":
            # "رئيس هيئة الموانئ لشؤون التشغيل، المهندس ماجد ...،": the holder after the
            # rest of the role's complement
            return _person_ahead(ctx, m.tok_end - 1) or speaker_from(m)
        return speaker_from(named or m)
    unnamed = _unnamed_after(ctx, k) if ctx.lang == "ar" else en_unnamed_after(ctx, k)
    if unnamed is not None and unnamed.end is not None:
        # "الناطق باسم الوزارة، محمود الزعبي، أن": the role's holder is named after it
        e = ctx.tok_index(unnamed.end)
        named = _named_in_apposition(ctx, e)
        # "الناطق باسم المحاكم بصفاقس، وليد الشعري،", "مسؤول العلاقات العامة في إدارة معبر
        # باب السلامة الحدودي، محمود الحسون،": the role runs on to the comma before the name
        for c in range(e, min(e + 12, len(toks))):
            if named is not None or ctx.in_quote(toks[c].start):
                break
            gap = ctx.gap(c - 1, c).strip()
            if gap and not gap.strip("()"):
                continue  # "للطفولة (يونيسف) في الأراضي الفلسطينية": the body's acronym
            if gap:
                named = _named_in_apposition(ctx, c)
                break
            if toks[c].norm in COMPLEMENTIZERS | RELATIVES:
                break
            # "طبيب الصحة العامة في مستشفى حمود الجامعي الدكتور سمير قبلان", "سائق الأجرة أبو
            # فيصل": a person after the role's last definite word (not "مكتب الرئيس محمود
            # عباس": the genitive of a construct)
            person = ctx.mention_at.get(c)
            if person is not None and person.type == "PERSON" and toks[c - 1].norm[:2] == "ال":
                named = person
        held = ctx.mention_at.get(e) if e < len(toks) and not ctx.gap(e - 1, e).strip() else None
        if named is None and held is not None and held.type == "PERSON":
            named = held  # "المتحدث الرسمي للهيئة العامة للأمن الغذائي ناصر القحطاني"
        named = named or called_after(ctx, e)  # "أحد الناجين، وهو شاب سوداني يدعى آدم"
        return speaker_from(named) if named is not None else unnamed
    body = body_after(ctx, k) or _quoted_subject(ctx, k) if ctx.lang == "ar" else None
    if body is not None:
        return body
    if ctx.lang != "ar":
        end = k
        while end < len(toks) and end - k < 4 and ctx.text[toks[end].start].isupper():
            end += 1
            if ctx.gap(end - 1, end).strip() if end < len(toks) else True:
                break
        return english_name(ctx, k, end)
    return _the_person(ctx, k) or _person_ahead(ctx, k)


# Common nouns a story uses for the person it is about: "يقول الرجل الخمسيني" (m / f).
_MAN = word_forms("الرجل الشاب الطفل العجوز المسن الأب الجد الطالب الفلاح المزارع")
_WOMAN = word_forms("المرأة السيدة الشابة الفتاة الطفلة المسنة الأم الجدة الطالبة")


def _the_person(ctx: Context, k: int) -> Speaker | None:
    """The person last named before token k when the subject there is "الرجل", "السيدة" ...
    (a story's way of naming its subject again), or None."""
    word = ctx.tokens[k].norm
    gender = "m" if word in _MAN else "f" if word in _WOMAN else ""
    if not gender or ctx.lang != "ar":
        return None
    start = ctx.tokens[k].start
    before = [m for m in ctx.mentions if m.type == "PERSON" and m.end <= start]
    fitting = [m for m in before if m.gender in ("", gender) and start - m.end < 600]
    return speaker_from(fitting[-1]) if fitting else None


def called_after(ctx: Context, e: int) -> Mention | None:
    """The person named by "يدعى" in the description right after an unnamed source."""
    for k in range(e, min(e + 8, len(ctx.tokens) - 1)):
        if set(ctx.gap(k - 1, k)) & set('.:«“"') or ctx.tokens[k].norm in COMPLEMENTIZERS:
            return None
        if calls(ctx.tokens, k):
            m = ctx.mention_at.get(k + 1)
            return m if m is not None and m.type == "PERSON" else None
    return None


def _named_in_apposition(ctx: Context, e: int) -> Mention | None:
    """The person named between commas from token e on, right after a speaker's mention or
    role: "وكيل اللاعب، الفرنسي كريم دحماني،"."""
    toks = ctx.tokens
    if ctx.lang != "ar" or e >= len(toks) or ctx.gap(e - 1, e).strip() not in ("،", ","):
        return None
    held = ctx.any_at.get(e)
    if held is not None and held.type == "NORP":
        e = held.tok_end  # "الفرنسي"
    # "رئيس القائمة، المرشح الفائز خالد فيصل المطيري،": past a description in definite words
    while e + 1 < len(toks) and e not in ctx.mention_at and toks[e].norm[:2] == "ال":
        if ctx.gap(e, e + 1).strip():
            return None
        e += 1
    p = ctx.mention_at.get(e)
    if p is None or p.type != "PERSON" or p.tok_end >= len(toks):
        return None
    return p if ctx.gap(p.tok_end - 1, p.tok_end).strip()[:1] in ("،", ",") else None


def _quoted_subject(ctx: Context, k: int) -> Speaker | None:
    """A quoted name as the subject: "وأوضحت «كهرباء لبنان» في بيان أنها" (then what is said)."""
    name = quoted_name(ctx, k)
    if name is None:
        return None
    last = ctx.tok_index(ctx.tokens[k].start + len(name))
    after = adjunct_end(ctx.tokens, ctx.text, last)
    if after >= len(ctx.tokens) or not is_complementizer(ctx.tokens[after].norm):
        return None
    return Speaker(name, ctx.tokens[k].start, ctx.tokens[last - 1].end)


def _person_ahead(ctx: Context, k: int) -> Speaker | None:
    """A person named after a role in construct ("قالت بطلة الفيلم الممثلة منى كرم") or set
    off by commas after it ("وقال وكيل الوزارة لشؤون الطاقة، المهندس سالم الحمادي، إن")."""
    toks = ctx.tokens
    named_at = -1  # where a quoted name of the role's body ends: "للجمعية ... «لادي» ريما عساف"
    for j in range(k + 1, min(k + 20, len(toks))):
        word = toks[j - 1].norm
        if j < named_at:
            continue
        if (name := quoted_name(ctx, j)) is not None:
            named_at = ctx.tok_index(toks[j].start + len(name))
            continue
        if word in COMPLEMENTIZERS or word in SPEECH_VERBS or ctx.in_quote(toks[j].start):
            return None
        if ctx.gap(j - 1, j).strip(' »”"'):
            named = _named_in_apposition(ctx, j)  # the role may hold a place: "في جبل لبنان"
            return speaker_from(named) if named is not None else None
        m = ctx.mention_at.get(j)
        person = m is not None and m.type == "PERSON"
        # a role's complement ("نقيب ... في جبل لبنان", "يبلغ من العمر") names no one before
        # it, but a pronoun closes one ("رئيس لجنة المقاولات فيها خالد يوسف المناعي")
        if word in NAME_STOP and not (person and word.endswith(("ه", "ها"))):
            continue
        if m is not None and person:
            return speaker_from(m)
        # a body or place belongs to the role ("وكيل وزارة الصحة بالشرقية"), and so does a
        # second role joined to it ("عضو مجلس إدارة الغرفة ورئيس لجنة المقاولات فيها")
        if m is None or m.type in ("ORG", "PLACE", "NORP"):
            continue
        if m.type != "TITLE":
            return None
        # "... في الحكومة اليمنية الدكتور علي عبده الأصبحي": the holder's own title, then him
        held = ctx.mention_at.get(m.tok_end)
        if (
            held is not None
            and held.type == "PERSON"
            and not ctx.gap(m.tok_end - 1, m.tok_end).strip()
        ):
            return speaker_from(held)
        if toks[m.tok_start].norm[:1] != "و":
            return None
    return None


def _possessed(ctx: Context, k: int) -> bool:
    """ "رئيستها", "محاميه": a role noun with a possessive pronoun."""
    word = ctx.text[ctx.tokens[k].start : ctx.tokens[k].end] if k < len(ctx.tokens) else ""
    return len(word) > 4 and word.endswith(("ها", "هم", "ه")) and "\u0600" <= word[0] <= "\u06ff"


def without_object(word: str) -> str:
    """A speech verb with an object pronoun ("وصفتها", "اعتبره") read as the bare verb."""
    if word in SPEECH_VERBS or len(word) < 4:
        return word  # "قاله" (said it) is the shortest
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and word[: -len(suffix)] in SPEECH_VERBS:
            return word[: -len(suffix)]
    return word
