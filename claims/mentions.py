"""Entity mentions: the Builder that collects them, and people introduced by a title.

No offline Arabic NER model is available, so a person is found after a title, with the title's
complement in between ("رئيس المهرجان الفنان حسين فهمي", "Secretary of State Antony Blinken",
"المتحدث باسم بلدية غزة حاتم الشرفا"); a title without a name is itself the speaker's mention
("وزير الخارجية المصري"). Names found from speech verbs are read by claims.names; the shared
readers of names and noun phrases (name_end, descriptor_end) live here.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from claims.gazetteer import Gazetteer, Match, lexicon, word_forms
from claims.segment import Token, within
from claims.speech import AR_PARTICIPLES, AR_VERBS, MANNER, adjunct_end


@dataclass(frozen=True)
class Mention:
    """An entity mention with what later stages need beyond `claims.types.Entity`."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    type: str  # PERSON | ORG | PLACE | TITLE | NORP | DATE
    canonical: str
    media: bool = False
    country: str | None = None  # key of the country (places, nationalities, bodies)
    titled: bool = False  # a person introduced by a title (a salient actor)
    lead: int | None = None  # token where the title introducing this person starts
    gender: str = ""  # "f" / "m" when a title shows it ("الوزيرة", "Mrs"), else ""


NAME_STOP = lexicon("name_stop")


_EN_STOP = lexicon("en_name_stop")  # case kept: names are capitalised


# Last words of places and buildings named after people ("King Fahd Road").
_EN_PLACE_WORDS = word_forms(
    "Road Street Avenue Boulevard Square Bridge Airport Hospital Stadium Park Highway Tower "
    "Mosque Port Station Center Centre"
)


_SECOND_PARTS = word_forms("الدين الإسلام الله الرحمن الرحيم العزيز")
# "طلب عدم الكشف عن اسمه", "رفض ذكر اسمه", "فضل عدم نشر اسمه": an unnamed source's request.
_ASKED = word_forms("طلب طلبت رفض رفضت فضل فضلت")
_NOT_NAMED = word_forms("عدم ذكر نشر الكشف")
# words that open a noun's complement, never a name's: "نفى ... وجود أي دوافع"
_COMPLEMENT_OPENERS = word_forms("أي أية كل جميع بعض")
# verbs whose object takes ب: after their subject, a word in بال- is that object
_BA_VERBS = word_forms(
    "رحب رحبت يرحب ترحب أشاد أشادت يشيد تشيد ندد نددت يندد تندد طالب طالبت يطالب تطالب "
    "نوه نوهت اعترف اعترفت أقر أقرت تمسك تمسكت هدد هددت تعهد تعهدت وعد وعدت احتفى احتفت "
    "اكتفى اكتفت استشهد استشهدت أدلى أدلت",
    ("", "و", "ف"),
)
# Honorifics that are also family names: "وليد الحاج علي", "زينب السيد", "محمود الشيخ علي".
HONORIFICS = word_forms("الحاج الشيخ السيد")


NAME_LINKS = word_forms("عبد أبو أبي ابن بن بنت آل ذو ولد")  # ولد: "son of" (Mauritania)


# Common given names: where one stands, a person's name starts ("خالد عبدالله الحمادي" is no
# role in construct; "مدير عام توزيع كهرباء الرصافة كريم جاسم" ends at the name).
GIVEN_NAMES = lexicon("given_names")
DEFINITE_GIVEN = lexicon("definite_given_names")


# "العام" is "the year" in a date but "general" after a title: "مدير الأمن العام".
GENERAL = word_forms("العام العامة")


INSTITUTIONS = word_forms(
    "حركة منظمة هيئة لجنة جامعة شركة بنك مصرف مجلس وزارة اتحاد تحالف نادي فريق منتخب رابطة "
    "مؤسسة جمعية مركز معهد مستشفى كلية مكتب إدارة قسم دائرة مجموعة صندوق حزب جماعة شؤون وسائل "
    "فرع شعبة وحدة قطاع مديرية مصلحة تجمع مدرسة جهاز"
)


# Indefinite heads of a body's name: "جامعة بيرزيت", "شركة أرامكو".
BODY_HEADS = lexicon("body_heads")
# Nouns of unnamed speakers ("قال مسؤول دبلوماسي") and the quantifiers before them ("أحد
# المصادر", "بعض المسؤولين").
UNNAMED_HEADS = lexicon("unnamed_heads", ("", "و"))
QUANTIFIERS = lexicon("quantifiers", ("", "و"))

_COMPLEMENTIZERS = word_forms("أن إن بأن أنه إنه")
SAYING = word_forms("قوله قولها")  # "نقلت ... عن X قوله": what follows a speaker's name


NAMING = lexicon("naming_nouns") | word_forms("تلفزيون إذاعة")


# Places and buildings named after people: "بئر علي بن خليفة", "جبل عمر", "شارع محمد الخامس".
NAMED_AFTER = word_forms(
    "بئر شارع جامع مسجد ساحة ميدان حي مطار ميناء جسر سد طريق قاعة برج جبل مستشفى مدرسة "
    "منفذ معبر مرفأ محطة"
)
# Units of place: "بإقليم زاكورة", "مدينة جرمانا" (a place's kind, never a person's name).
PLACE_UNITS = word_forms("إقليم ولاية مدينة قرية بلدة منطقة جهة عمالة قضاء ناحية مخيم حي محلية")


# nouns that start no person's name after a verb ("قالت نقابة صيادلة القاهرة")
NOUNS = INSTITUTIONS | NAMING | PLACE_UNITS | NAMED_AFTER
NOUNS |= {h for h in BODY_HEADS if not h.startswith("ال")}


SPEECH = frozenset(AR_VERBS) | frozenset(AR_PARTICIPLES)


_EN_PARTICLES = word_forms("al el bin ibn bint abu de del della da di van von der le la")


def is_arabic(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


class Builder:
    """Collects mentions for one article; later passes consult earlier ones."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        lang: str,
        gaz: Gazetteer,
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.quoted = sorted(quoted or [])  # (start, end) of quotations, to tell speech apart
        self.tokens = tokens
        self.lang = lang
        self.gaz = gaz
        self.at: dict[int, Mention] = {}  # first token -> mention (mentions never overlap)
        self.owner: dict[int, int] = {}  # token -> first token of the mention holding it
        self.starts = [t.start for t in tokens]

    def add(self, m: Mention) -> None:
        self.at[m.tok_start] = m
        self.owner.update((k, m.tok_start) for k in range(m.tok_start, m.tok_end))

    def remove_within(self, a: int, b: int) -> None:
        """Drop the mentions starting in tokens [a, b) (a longer mention replaces them)."""
        for k in range(a, b):
            m = self.at.pop(k, None)
            if m is not None:
                for t in range(m.tok_start, m.tok_end):
                    self.owner.pop(t, None)

    @property
    def mentions(self) -> list[Mention]:
        return list(self.at.values())

    def holder(self, k: int) -> Mention | None:
        """The mention that contains token k, if any."""
        first = self.owner.get(k)
        return None if first is None else self.at[first]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Return [first, last) indices of the tokens starting inside [start, end)."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def in_quote(self, k: int) -> bool:
        """True when token k lies inside a quotation (whose verbs introduce no speakers)."""
        return within(self.quoted, self.tokens[k].start)

    def free(self, a: int, b: int) -> bool:
        return not any(k in self.owner for k in range(a, b))

    def mention_from(self, match: Match) -> Mention:
        e = match.entry
        canonical = e.canonical(self.lang)
        country = e.country
        if e.type == "NORP":
            country_entry = self.gaz.by_key.get(e.country or "")
            canonical = country_entry.canonical(self.lang) if country_entry else canonical
        elif e.type == "PLACE" and country is None:
            country = e.key
        return Mention(
            match.start,
            match.end,
            match.tok_start,
            match.tok_end,
            e.type,
            canonical,
            e.media,
            country,
        )


def gap_after(b: Builder, k: int) -> str:
    """The text between token k and the next one."""
    nxt = b.tokens[k + 1].start if k + 1 < len(b.tokens) else len(b.text)
    return b.text[b.tokens[k].end : nxt]


def definite(word: str) -> bool:
    """An Arabic definite word, bare or after a clitic: "المهرجان", "للمهرجان", "باسم"."""
    return is_arabic(word) and (
        word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or word == "باسم"
    )


def norm_tail(toks: list[Token], i: int) -> str:
    return toks[i].norm if 0 <= i < len(toks) else ""


def name_end(b: Builder, j: int, titled: bool = False) -> int:
    """Return the token index after a person's name starting at `j` (== j when none);
    `titled` when a definite title stands before it ("النائبة رنا الحجايا")."""
    toks, text = b.tokens, b.text
    k = j
    while k < len(toks) and k - j < 4 and b.free(k, k + 1):
        word = toks[k].norm
        gap = text[toks[k - 1].end : toks[k].start] if k > j else ""
        if gap.strip() and not (gap == "-" and not is_arabic(word)):
            break  # punctuation between words ends the name ("al-Tamimi", "Jean-Luc" go on)
        linked = k > j and toks[k - 1].norm in NAME_LINKS  # "ليلى بن علي": any word
        # "أحمد علي": spelt with ي it is the name, not the preposition على (same normal form)
        if is_arabic(word) and (linked or (orig(b, k) == "علي" and (k > j or ali_name(b, k)))):
            pass
        elif is_arabic(word):
            godly = k == j and norm_tail(toks, k + 1) == "الله" and not gap_after(b, k).strip()
            if (word in NAME_STOP and not godly) or word in SPEECH or word in MANNER:
                break  # (a name of God's: "منة الله", though منه is "from him")
            if word.isdigit():
                break
            if word in _ASKED and norm_tail(toks, k + 1) in _NOT_NAMED:
                break  # "مسؤول ...، رفض ذكر اسمه،": asked not to be named, no name
            if len(word) < 2:
                break
            if len(word) == 6 and word.startswith("است") and word[-1] not in "هة":
                break  # "وزير المالية، استفسر فيه": a verb's past (استفعل), never a name
            if k > j and "\u064b" in orig(b, k):
                break  # "النائب حمد العتيبي سؤالاً": the accusative ending, the verb's object
            if (
                k > j
                and norm_tail(toks, k + 1) in _COMPLEMENT_OPENERS
                and not gap_after(b, k).strip()
            ):
                break  # "نفى هشام عبد الرازق وجود أي دوافع": a noun in construct
            # "نضال الطراونة توقيت القرار": after a surname with the article, a noun in
            # construct is the verb's object (not "عبد الرزاق محمد الشريف", "فاطمة الزهراء
            # بنعلي", "نور الدين ...", "وليد الحاج علي")
            prev = toks[k - 1].norm
            construct = norm_tail(toks, k + 1).startswith("ال") and not gap_after(b, k).strip()
            after_surname = k > j + 1 and prev.startswith("ال") and not word.startswith("ال")
            after_surname = after_surname and construct and toks[k - 2].norm not in NAME_LINKS
            own = word in GIVEN_NAMES or word[:2] in ("بن", "بو") or prev in _SECOND_PARTS
            if after_surname and not own and prev not in HONORIFICS and not linked:
                break
            # "الهادي الطرابلسي", "الطيب صالح": a given name with the article, then a name
            article_name = k == j and word in DEFINITE_GIVEN and k + 1 < len(toks)
            article_name = (
                article_name and not gap_after(b, k).strip() and is_arabic(toks[k + 1].norm)
            )
            # "كان الفلاح الهادي، وهو ...": alone after a title when a comma sets it off
            alone = gap_after(b, k).strip()[:1] in ("،", ",", ":") if k + 1 < len(toks) else False
            article_name = article_name or (k == j and titled and word in DEFINITE_GIVEN and alone)
            if (
                k == j
                and not article_name
                and (definite(orig(b, k)) or strip_conj_noun(word) in NOUNS)
            ):
                break  # "قناة “الجزيرة”", "بالتعاون": a noun, not a name ("إلياس" is)
            if k > j and (word in INSTITUTIONS or word in PLACE_UNITS or word in BODY_HEADS):
                # "عضو مجلس الشورى", "تشكيل لجنة تحقيق", "وكيل أمين محافظة جدة": a body's or
                # a place's noun, not a name
                break
            nxt_definite = norm_tail(toks, k + 1).startswith("ال") and not gap_after(b, k).strip()
            if k > j and strip_conj_noun(word) in NOUNS and nxt_definite:
                # "طارق عبدالحميد فيلم الافتتاح": a noun in construct, the verb's object; with
                # no given name first ("مفوضي سلطة إقليم البترا") the whole is a noun phrase
                if toks[j].norm not in GIVEN_NAMES:
                    return j
                break
            feminine = word.endswith("يه") and toks[k - 1].norm.endswith("ه")
            if k > j and feminine and word not in GIVEN_NAMES and not definite(word):
                return j  # "مدير ملبنة عمومية": a feminine noun and its adjective
            # "والسمكية وموارد المياه": a conjunct of the noun phrase before, not a name
            conjunct = word[:1] == "و" and len(word) > 3 and word not in GIVEN_NAMES
            if k == j and conjunct and j > 0 and definite(toks[j - 1].norm):
                break
            # "نقابة عمال ومستخدمي مرفأ بيروت": a conjunct inside a noun phrase (after a
            # speech verb "وقال وهبي" a name may open with و)
            joined = j > 0 and not gap_after(b, j - 1).strip() and toks[j - 1].norm not in SPEECH
            if k == j and conjunct and joined:
                break
            if k == j and _prepositional(b, k):
                break  # "بمجلس الشورى", "بنبرة غاضبة", "وفي هذا": a preposition's object
            # "سالمة عمر بالخير،": a surname in بال- closing a given name before a comma
            bal_surname = word.startswith("بال") and not word.endswith("ه")  # not "بالخطوة"
            bal_surname = bal_surname and toks[j].norm in GIVEN_NAMES
            bal_surname = bal_surname and gap_after(b, k).strip()[:1] in ("،", ",")
            # (not "عبدالعزيز ناصر الهاجري بالقرار،": after a surname with the article)
            bal_surname = bal_surname and not definite(toks[k - 1].norm)
            # (nor "رحّب ... عبدالإله باعشن بالقرار،": the object of a verb taking ب)
            bal_surname = bal_surname and not _ba_verb_before(b, j)
            if k >= j + 2 and word[:1] == "ب" and len(word) > 3 and _ba_verb_before(b, j):
                break  # "طالب النائب جورج عقيقي بنشر دفاتر الشروط": the verb's object
            if (
                k > j
                and not bal_surname
                and (word.startswith(("لل", "بال")) or (word[:1] in "لب" and word[1:] in NAMING))
            ):
                break  # "أحمد الشرقاوي لقناة ...", "يسرا لبرنامج ...", "... للصحفيين"
            # "آدم بصوت خافت": a preposition's phrase (with its adjective) after a given name;
            # "حمد بوعميم،", "نزار بركة إن" end there and are surnames
            nxt = toks[k + 1].norm if k + 1 < len(toks) and not gap_after(b, k).strip() else ""
            phrase = (
                is_arabic(nxt) and not definite(nxt) and nxt not in NAME_STOP | _COMPLEMENTIZERS
            )
            lone = k == j + 1 and toks[j].norm in GIVEN_NAMES and phrase
            lone = lone and word not in GIVEN_NAMES and word not in NAME_LINKS and len(nxt) > 1
            # "سالم بوعجيلة", "سلمى بنعيسى" (not "بنبرة": a noun ends in ة)
            lone = lone and (word[:2] not in ("بو", "بن") or word.endswith("ه"))
            # "بدر خالد المطيري بتعويض ...", "رنا الحجايا بتأجيل": a preposition after a
            # full name or a surname with the article
            closed = k - j >= 2 and definite(toks[k - 1].norm) and word not in NAME_LINKS
            # not "عبد الرحيم بلقاضي", "حسام الدين بوزيد": the article inside a given name
            closed = closed and toks[k - 1].norm not in _SECOND_PARTS
            closed = closed and toks[k - 2].norm not in NAME_LINKS
            closed = closed and (word[:2] not in ("بو", "بن") or word.endswith("ه"))  # بنعلي
            full = k - j >= 3 or lone or closed
            if full and word[:1] in "لب" and not bal_surname:
                break
            possessive = word[2:] and orig(b, k).endswith(("ه", "ها", "هم")) and "الله" not in word
            # "لحسن أيت باها،": after a given name, a last word set off by a comma is a name's
            closing = toks[j].norm in GIVEN_NAMES and gap_after(b, k).strip()[:1] in ("،", ",")
            possessive = possessive and word not in GIVEN_NAMES  # "علي عبده الأصبحي"
            if k > j and not word.startswith("ال") and possessive and not closing:
                break  # "وختم أبو خالد حديثه": a pronoun ends a name (not "طه", "عبدالله")
            compound = k > j and word in _SECOND_PARTS  # "حسام الدين", "سيف الإسلام"
            allah = k + 1 < len(toks) and toks[k + 1].norm == "الله"  # "سامر العبد الله"
            # "الفريق عثمان الطيب الأمين،": after a given name, definite surnames to a clear end
            given = (toks[j].norm in GIVEN_NAMES or toks[j].norm in NAME_LINKS) and any(
                speech_follows(b, t)
                or (t < len(toks) and (toks[t].norm == "قد" or _prepositional(b, t)))
                for t in range(k + 1, min(k + 3, len(toks) + 1))
            )  # "عبد الرزاق محمد الشريف قد أعلن"
            # "الحلبوسي"; "شيخة الكندية" (a feminine nisba only after a listed given name)
            nisba = word.endswith("ي") or (word.endswith("يه") and toks[j].norm in GIVEN_NAMES)
            # "النائبة رنا الحجايا": after a definite title and a given name, only a surname
            # comes (not "أعلن الرئيس التونسي حل البرلمان": a noun and its object)
            # (nor "جامعة الملك عبدالعزيز الدكتور فهد": a second title)
            listed = b.gaz.index.get((word,))
            after_title = titled and k == j + 1 and toks[j].norm in GIVEN_NAMES
            after_title = after_title and (listed is None or listed[0].type != "TITLE")
            surname = k > j and (nisba or speech_follows(b, k + 1) or allah or given or after_title)
            if orig(b, k).startswith("ال") and not (compound or surname or article_name):
                break  # a definite noun, not a name (surnames: الحلبوسي, "سلطان الغنام لقناة")
        elif word in _EN_PARTICLES and k + 1 < len(toks) and cap(b, k + 1):
            if k == j and gap_after(b, k) != "-":
                break  # a name opens with a particle only joined to it: "Mr al-Kathiri"
            # "Hassan al-Tamimi", "Ursula von der Leyen"
        elif not word[:1].isupper() or word in _EN_STOP:
            break
        elif word in _EN_PLACE_WORDS and k > j:
            return j  # "King Abdulaziz Road", "Queen Elizabeth Hospital": a place, no person
        k += 1
    if k == j:
        return j  # no name (also at the end of the text)
    held = b.holder(k) if k < len(toks) and not gap_after(b, k - 1).strip() else None
    if held is not None and held.type == "PLACE" and toks[j].norm not in GIVEN_NAMES:
        return j  # "مدير توزيع كهرباء كركوك": nouns in construct with a place, no name
    first = text[toks[j].start : toks[j].end]
    if k - j == 1 and first.endswith(("ه", "ها", "هم")) and is_arabic(toks[j].norm):
        return j  # "مدير أعماله": a possessed noun, not a name (ة as in فاطمة is fine)
    if k - j == 1 and toks[j].norm.endswith("يه") and toks[j].norm not in GIVEN_NAMES:
        return j  # "مدير مدرسة رسمية في ...": a feminine adjective, not a name
    if k - j == 1 and is_arabic(toks[j].norm):
        # One unknown word is a name only when something clearly ends it.
        after = toks[k].norm if k < len(toks) else ""
        gap = text[toks[j].end : toks[k].start] if k < len(toks) else "."
        # "يسرا لبرنامج", "لـ«الحياة»" (not "نقيب صيادلة لبنان": a place named with ل)
        held = b.at.get(k)
        clitic = held is not None and (held.start > toks[k].start or held.type == "ORG")
        told = after[:1] == "ل" and (after[1:] in NAMING or clitic)
        if after and not gap.strip() and after not in NAME_STOP | _COMPLEMENTIZERS and not told:
            return j
    return k


def ali_name(b: Builder, k: int) -> bool:
    """True when "علي" opening a name is one: a surname follows ("علي الكناني", "علي حسن"),
    not a noun after the preposition on (often typed علي): "علي الحكومة", "علي ذلك"; a
    definite surname when what is said follows it ("علي المنتصر أن")."""
    nxt = norm_tail(b.tokens, k + 1)
    if not nxt or nxt in NAME_STOP or gap_after(b, k).strip():
        return False
    # "الخبير الاقتصادي علي المنتصر أن": a definite surname, then what is said
    return not definite(nxt) or nxt.endswith("ي") or speech_follows(b, k + 2)


def _ba_verb_before(b: Builder, j: int) -> bool:
    """True when a verb taking its object with ب stands before token j in the same clause."""
    for k in range(j - 1, max(j - 13, -1), -1):
        if b.tokens[k].norm in _BA_VERBS:
            return True
        if k > 0 and gap_after(b, k - 1).strip():
            return False
    return False


def orig(b: Builder, k: int) -> str:
    return b.text[b.tokens[k].start : b.tokens[k].end]


def possessed(b: Builder, k: int) -> bool:
    """True for a noun with a possessive pronoun ("رئيستها"); not "عبدالله", not a given name."""
    word = b.text[b.tokens[k].start : b.tokens[k].end]
    if word.endswith("الله") or b.tokens[k].norm in GIVEN_NAMES:
        return False
    return is_arabic(word) and len(word) > 4 and word.endswith(("ها", "هم", "ه"))


def speech_follows(b: Builder, k: int) -> bool:
    """True when token k starts what follows a speaker's name: "لقناة", "إن", ":"."""
    if k >= len(b.tokens) or gap_after(b, k - 1).strip()[:1] in (":", "،", ","):
        return k < len(b.tokens)  # "قالت رانيا الشريف، المحللة في ...": a comma closes it
    if gap_after(b, k - 1).strip():
        return False  # the sentence ended ("... بمنع التفاوض.\nقال"): nothing was said here
    word = b.tokens[k].norm
    if adjunct_end(b.tokens, b.text, k) > k:
        return True  # "فيصل العتيبي في مقابلة مع ...", "... للصحفيين"
    told = word[:1] == "ل" and (len(word) > 3 or word == "ل")  # "لقناة", "لـ«الاتحاد»"
    return word in _COMPLEMENTIZERS or told or word in SPEECH or word in SAYING


def _prepositional(b: Builder, k: int) -> bool:
    """True when token k is a preposition with its noun ("بمجلس", "بنبرة", "لولاية", "وفي"),
    never a name's first word; given names ("بشار", "ليلى") and unknown words are let be."""
    word = b.tokens[k].norm
    if word in MANNER:
        return True  # "ويقول بصوت خافت:": how it was said
    if word[:1] not in "بلك" or word in GIVEN_NAMES or not is_arabic(word):
        return word[:1] == "و" and word[1:] in NAME_STOP
    rest = word[1:]
    nxt = b.tokens[k + 1].norm if k + 1 < len(b.tokens) and not gap_after(b, k).strip() else ""
    nxt2 = b.tokens[k + 2].norm if nxt and k + 2 < len(b.tokens) else ""
    if word[:1] == "ل" and (definite(nxt) or (nxt and definite(nxt2))):
        return True  # "لأطر الحراسة", "لتوزيع كهرباء الجنوب": ل and a construct
    place = b.at.get(k)
    return (
        rest in NOUNS
        or rest in BODY_HEADS
        or rest.endswith("ه")
        or (place is not None and place.type == "PLACE")
    )


def named_after(b: Builder, k: int) -> bool:
    """True when the word right before token k is a body's or a place's noun (or one after
    ب، ل، و، ف) in construct with it: "بجامعة الحسن الثاني", "جبل عمر", "لمحلية أبو حمد". What
    follows names the body or the place, not a person."""
    if k == 0 or gap_after(b, k - 1).strip():
        return False
    prev = b.tokens[k - 1].norm
    bare = prev[1:] if prev[:1] in "بلوف" and len(prev) > 3 else prev
    return prev in NOUNS or bare in NOUNS


def given_name(b: Builder, k: int) -> bool:
    """True when token k is a listed given name followed by the rest of a name."""
    word = b.tokens[k].norm
    return (word in GIVEN_NAMES or word in DEFINITE_GIVEN) and name_end(b, k) > k + 1


def strip_conj_noun(word: str) -> str:
    """The word without a leading و/ف, unless the bare word is listed ("وكالة", "وسائل")."""
    return word[1:] if len(word) > 3 and word[0] in "وف" and word not in NOUNS else word


def cap(b: Builder, k: int) -> bool:
    return b.text[b.tokens[k].start].isupper()
