"""Titles and the names they introduce: "وزير الخارجية الصيني وانغ يي", "رئيس المهرجان الفنان
حسين فهمي", "المتحدث باسم وزارة الخارجية"; a title with no name names the speaker by role."""

from __future__ import annotations

from dataclasses import replace

from claims.gazetteer import Match, word_forms
from claims.mentions import (
    BODY_HEADS,
    DEFINITE_GIVEN,
    GENERAL,
    GIVEN_NAMES,
    NAME_LINKS,
    NAME_STOP,
    NAMING,
    NOUNS,
    PLACE_UNITS,
    SPEECH,
    Builder,
    Mention,
    ali_name,
    definite,
    gap_after,
    given_name,
    is_arabic,
    name_end,
    named_after,
    norm_tail,
    orig,
    possessed,
    strip_conj_noun,
)

# "السابق", and a rank's qualifier: "الملازم أول", "العقيد بحري", "اللواء الركن"
_SKIP_AFTER_TITLE = word_forms(
    "السابق السابقة الأسبق الجديد الجديدة المؤقت أول بحري جوي ركن الركن طيار former"
)


_DESC_PREPS = word_forms("في لدى من عن")


_FEMININE_EN = word_forms("Mrs Ms Dame Baroness Lady Queen Princess")
_EN_BODY_WORDS = word_forms(
    "League Council Party Association Federation Union Committee Authority Bank Company Group "
    "Club Foundation Institute University Ministry Agency Court Corporation Commission"
)


# Words after which a definite word still belongs to the name ("عبد الله", "أبو الغيط").
# Honorifics end in ة whoever bears them: "سعادة حمد بوعميم".
_HONORIFICS = word_forms("سعادة فخامة سماحة معالي سمو دولة")


def _is_title(by_start: dict[int, Match], k: int) -> bool:
    m = by_start.get(k)
    return m is not None and m.entry.type == "TITLE"


# Titles followed by the place they govern: "والي ملاطيا", "محافظ معان", "عمدة باريس".
_OF_PLACES = word_forms("والي محافظ محافظة حاكم عمدة بلدية", ("", "و"))


_NAME_OPENERS = GIVEN_NAMES | DEFINITE_GIVEN | NAME_LINKS


def _from_given_name(b: Builder, j: int, end: int) -> int:
    """Where a name read after a governor's title starts: at a listed given name inside it
    when its first word is none ("والي ملاطيا سليمان أوزدمير": the place is the title's)."""
    toks = b.tokens
    first = toks[j].norm
    if first in _NAME_OPENERS or not is_arabic(first):
        return j
    inner = (s for s in range(j + 1, end - 1) if toks[s].norm in GIVEN_NAMES)
    # "رئيس بلدية منمن آيدن شاهين": with no given name known, three words are a place and
    # a name of two
    return next((s for s in inner if toks[s - 1].norm not in NAME_LINKS), j + (end - j >= 3))


def _definite_closing(b: Builder, k: int) -> int:
    """After token k, the end of up to two indefinite nouns closed by a definite one
    ("لتوزيع كهرباء الجنوب"), or k."""
    toks = b.tokens
    for c in range(k + 1, min(k + 3, len(toks))):
        if gap_after(b, c - 1).strip():
            return k
        if definite(toks[c].norm):
            return c + 1
    return k


def _shuts(b: Builder, x: int) -> bool:
    """True when a closing quote mark follows token x."""
    return bool(set(gap_after(b, x)) & set('»”"'))


def titled_people(b: Builder, by_start: dict[int, Match]) -> None:
    """Title (+ nationality/body) + name → PERSON; a title with no name → TITLE mention."""
    toks = b.tokens
    chained = -1  # end of the last title chain: its inner titles are not chains of their own
    for start, match in sorted(by_start.items()):
        if match.entry.type != "TITLE" or start < chained:
            continue
        if named_after(b, start):
            continue  # "مستشفى الملك فهد الجامعي", "جامعة الأمير سلطان": a place's name
        after = toks[match.tok_end].norm if match.tok_end < len(toks) else ""
        if after in _EN_BODY_WORDS:
            continue  # "the Women's Premier League": a body's name, no person
        j = match.tok_end
        while True:
            nxt = by_start.get(j)
            body = b.at.get(j)
            if body is None and j + 1 < len(toks) and toks[j].norm in NAMING:
                # "باسم حركة «حماس»": the body's name in quote marks after its kind
                body = b.at.get(j + 1) if gap_after(b, j).strip() in ("«", "“", '"') else None
            body = body if body is not None and body.type == "ORG" else None
            if nxt is not None and nxt.entry.type in ("NORP", "TITLE"):
                j = nxt.tok_end
            elif (
                norm_tail(toks, match.tok_end - 1) == "باسم"
                and j == match.tok_end
                and (spoken_for := body.tok_end if body else _complement_end(b, by_start, j)) > j
            ):
                j = spoken_for  # المتحدث باسم وزارة الخارجية / باسم بلدية غزة: the body
            elif j < len(toks) and toks[j].norm in _SKIP_AFTER_TITLE:
                j += 1
            else:
                break
        gender = _title_gender(b, by_start, start, j)
        chained = j
        person = b.at.get(j)
        # "وأضافت الحاج: «نحن ...»": what follows a colon or a quote mark is no name
        said = j < len(toks) and bool(set(gap_after(b, j - 1)) & set(':«“"'))
        end = j if said else name_end(b, j, definite(toks[match.tok_end - 1].norm))
        if end == j + 1 and toks[j].norm.endswith("ا") and toks[j].norm not in GIVEN_NAMES:
            end = j  # "وتلقى مدير أمن الشرقية إخطارا": a noun in the accusative, not a name
        if j not in b.at and not _name_not_noun(b, j, end):
            end = j
        # "نائب رئيس بلدية جنين، غسان ...": one word after a governor's title is the place
        governs = toks[j - 1].norm in _OF_PLACES or (
            toks[start].norm in _OF_PLACES and j == match.tok_end
        )
        first = toks[j].norm if j < len(toks) else ""
        if governs and end == j + 1 and j not in b.at and first not in _NAME_OPENERS:
            end = j
        # "قالت سلمى، الطالبة في السنة الأولى ماستر ...": a description of the person just
        # named, whose complement names nobody else
        # (not "بحضور محمد أكتاش، ورئيس هيئة ... عمر الوائلي": the next of a list, after و)
        described = start > 0 and gap_after(b, start - 1).strip() in ("،", ",")
        described = described and match.start == toks[start].start
        named = b.holder(start - 1)
        named_before = named is not None and named.type == "PERSON"
        described = described and (named_before or toks[start - 1].norm in GIVEN_NAMES)
        if (person is None or person.type != "PERSON") and end == j and not described:
            # "رئيس المهرجان الفنان حسين فهمي": the name follows the title's complement
            k = descriptor_end(b, by_start, j)
            if k is not None and named_after(b, k):
                k = None  # "الباحث ... بجامعة الحسن الثاني": a body named after a person
            holder_end = name_end(b, k, True) if k is not None else 0
            if k is not None and (k in b.at or _name_not_noun(b, k, holder_end)):
                gender = gender or _title_gender(b, by_start, j, k)
                person = b.at.get(k)
                j, end = k, holder_end
                chained = j
        if person is not None and person.type == "PERSON":
            b.remove_within(j, j + 1)
            b.add(replace(person, titled=True, lead=start, gender=person.gender or gender))
            continue
        if end > j:
            if governs:
                j = _from_given_name(b, j, end)  # "والي ملاطيا سليمان أوزدمير"
            name = b.text[toks[j].start : toks[end - 1].end]
            b.add(
                Mention(
                    toks[j].start,
                    toks[end - 1].end,
                    j,
                    end,
                    "PERSON",
                    name,
                    titled=True,
                    lead=start,
                    gender=gender,
                )
            )
        elif all(_is_adjective(b, k) for k in range(start, j) if k in b.owner):
            # no name: the title with its complement names the speaker ("رئيس اللجنة ...",
            # "وزير الخارجية المصري")
            j = max(j, _complement_end(b, by_start, j))
            b.remove_within(start, j)
            name = " ".join(b.text[match.start : toks[j - 1].end].split())
            b.add(Mention(match.start, toks[j - 1].end, start, j, "TITLE", name, gender=gender))


def _name_not_noun(b: Builder, k: int, end: int) -> bool:
    """True when tokens [k, end) after a title are a name, not a construct going on into a
    definite word ("رئيس جمعية أرباب مراكب الصيد", "مديرة مختبر أنظمة الفضاء"), which only a
    listed given name may open."""
    if end == k:
        return False
    goes_on = end < len(b.tokens) and not gap_after(b, end - 1).strip()
    goes_on = goes_on and b.tokens[end].norm.startswith(("ال", "وال"))  # not "للجزيرة"
    return not goes_on or b.tokens[k].norm in GIVEN_NAMES | NAME_LINKS


def _is_adjective(b: Builder, k: int) -> bool:
    """True when token k belongs to a nationality or place (part of a title's complement)."""
    m = b.holder(k)
    return m is not None and m.type in ("NORP", "PLACE")


def adjective_like(word: str, prev: str) -> bool:
    """True for a definite word that can follow the definite word `prev` as its adjective.

    A definite noun heads no construct, so only adjectives follow it: nisbas ("المصري"),
    elatives and colours ("الأعلى", "الأحمر", "العليا"), "العام", a feminine word after a
    feminine one ("الوطنية المستقلة"), or a coordinated noun ("والثروة"); "لخص مدير الأمن
    العام الموقف" ends before its object."""
    if word.startswith("وال") or word in GENERAL or word.endswith(("ي", "يه", "يون", "يين")):
        return True
    # "الأعلى", "الأحمر" (not "الأزمة": a feminine noun of the same length)
    elative = word[2:3] == "ا" and len(word) == 6 and not word.endswith("ه")
    # a feminine participle ("المستقلة", "المتحدة") after a feminine word, not a noun
    # ("وصفت وزارة البترول والثروة المعدنية الأزمة": the object)
    # (and after a coordinated plural: "والمشاعر المقدسة")
    after_noun = prev.endswith(("ه", "ات")) or prev.startswith("وال")  # "القوات المسلحة"
    participle = word.endswith("ه") and after_noun and word.startswith("الم")
    # a plural participle ("الأساتذة المتفرغين")
    plural = word.startswith("الم") and word.endswith(("ين", "ون")) and len(word) > 6
    return elative or participle or plural or (word.endswith("يا") and prev.endswith("ه"))


def _title_gender(b: Builder, by_start: dict[int, Match], a: int, z: int) -> str:
    """ "f" when a title among tokens [a, z) is feminine ("الوزيرة", "الدكتورة", "Mrs")."""
    for k in range(a, z):
        m = by_start.get(k)
        if m is not None and m.entry.type == "TITLE":
            word = b.tokens[m.tok_start].norm
            feminine = is_arabic(word) and word.endswith("ه") and word not in _HONORIFICS
            if feminine or word in _FEMININE_EN:
                return "f"
    return ""


def descriptor_end(b: Builder, by_start: dict[int, Match], j: int) -> int | None:
    """Skip a title's complement before a name; return where the name may start, or None.

    The complement is definite words, bodies and places ("مدرب الهلال البرتغالي", "ممثلة
    منظمة الصحة العالمية في اليمن، الدكتورة"), a parenthesised abbreviation, or another title
    after a comma. An indefinite word after a preposition ("في مؤتمر صحفي") ends it."""
    toks, text = b.tokens, b.text
    k = j
    construct = True  # the next word may close a construct ("هيئة ميناء العقبة")
    while k < len(toks) and k - j < 10:
        gap = text[toks[k - 1].end : toks[k].start]
        if "(" in gap and k > j:  # "(حماس)"
            closed = next(
                (x + 1 for x in range(k, min(k + 4, len(toks) - 1)) if ")" in gap_after(b, x)),
                None,
            )
            if closed is None:  # no closing bracket near: not an abbreviation
                return None
            return closed if name_end(b, closed) > closed else None
        if gap.strip() in ",،" and gap.strip() and not _is_title(by_start, k):
            end = name_end(b, k)  # "المتحدث باسم اليونيسف في اليمن، كمال الوزيزي، إن"
            return k if end > k and gap_after(b, end - 1).strip()[:1] in ",،" else None
        if gap.strip() in ("«", "“", '"') and k > j:
            # "الأمين العام لحزب «النهضة الوطني» سامر العبادي": a quoted name in the complement
            shut = next((x + 1 for x in range(k, min(k + 4, len(toks) - 1)) if _shuts(b, x)), None)
            if shut is None:
                return None
            if name_end(b, shut) > shut:
                return shut
            # "مديرة مشروع “المرصد 1” في الوكالة، الدكتورة ...": a place follows; "بمركز
            # "بوصلة" للدراسات الاقتصادية في غزة وليد حمدونة": the body's field follows
            then = toks[shut].norm
            follows = then in _DESC_PREPS or then.startswith("لل")
            k = shut + 1 if shut + 1 < len(toks) and follows else shut
            if k == shut or gap_after(b, shut).strip():
                return None
            continue
        if gap.strip() and not _is_title(by_start, k):
            return None
        word = toks[k].norm
        # (not "في أحد فنادق جبل عمر نوف الحربي": a place named after someone)
        given = given_name(b, k) and not named_after(b, k)
        if k > j and ((orig(b, k) == "علي" and ali_name(b, k)) or given):
            return k  # "الباحث في الشأن السياسي علي الكناني": the name, not the preposition على
        if word in NAME_STOP and word not in _DESC_PREPS:
            return None  # "المؤتمر الصحفي الذي سبق المباراة": a relative clause, no name
        title = by_start.get(k)
        held = b.at.get(k)
        opens = k + 1 < len(toks) and _construct_head(b, k, construct)
        construct = False
        if title is not None and title.entry.type in ("TITLE", "NORP"):
            k = title.tok_end
        elif held is not None and held.type in ("ORG", "PLACE", "NORP"):
            k = held.tok_end
        elif (
            word[:1] == "ل"
            and definite(norm_tail(toks, k + 1))
            and name_end(b, k + 2) > k + 2  # not "الخبيرة الاقتصادية ليلى المنصوري إن"
        ):
            k += 2  # "رئيس الجمعية الجزائرية لمكافحة الفساد جمال بوعلام"
        elif word[:1] == "ل" and word[:2] != "لل" and (chain := _definite_closing(b, k)) > k:
            k, construct = chain, False  # "الشركة العامة لتوزيع كهرباء الجنوب"
        elif word[:1] in "لب" and word[1:] in PLACE_UNITS and k + 2 < len(toks):
            # "بجهة الرباط سلا القنيطرة، عبد الإله بنحمو": the place runs to a comma near;
            # "المدير التنفيذي لمحلية أبو حمد عثمان إدريس الطيب": else the unit and its name
            marks = range(k, min(k + 5, len(toks) - 1))
            comma = next((x + 1 for x in marks if gap_after(b, x).strip() in ("،", ",")), None)
            k = comma or k + (3 if toks[k + 1].norm in NAME_LINKS else 2)
            construct = False
        elif word[:1] in "لب" and word[1:] in NOUNS:
            # "الأمين العام لحزب «النهضة الوطني» سامر العبادي", "الباحث بمركز «...»"
            k, construct = k + 1, True
        elif definite(word) or opens:
            k, construct = k + 1, opens and not definite(word)
        elif k > j and possessed(b, k) and word.endswith(("ها", "هم")):
            k += 1  # "المتحدث باسمها عبد الفتاح دولة": "for it" belongs to the role
        elif word in _DESC_PREPS and k + 2 < len(toks):
            nxt, construct = toks[k + 1].norm, definite(toks[k + 2].norm)
            construct = construct or nxt in PLACE_UNITS  # "النائبة عن ولاية تلمسان فاطمة ..."
            if nxt in BODY_HEADS and not definite(nxt) and name_end(b, k + 3) - (k + 3) >= 2:
                return k + 3  # "في جامعة بيرزيت غسان الخطيب": a body named by one word
            if not (definite(nxt) or construct or b.at.get(k + 1) is not None):
                return None  # "في مؤتمر صحفي": an adjunct, not part of the title
            k += 1 if not construct or definite(nxt) else 2  # "في أمن المعلومات"
        elif word[:1] == "ب" and k > j and gap_after(b, k).strip() in ("،", ",") and not given:
            k += 1  # "... في مستشفى الطوارئ بأربيل، الدكتورة شيلان رسول": a place, then the name
        else:
            return k if k > j else None
    return None


def _construct_head(b: Builder, k: int, construct: bool) -> bool:
    """True when token k heads a construct within a title's complement: a noun that starts
    no name ("هيئة قناة السويس"), a word before a listed body ("بعثة الأمم المتحدة"), or,
    where a `construct` may go on (first after the title, or after a construct head), a word
    before a definite one ("لاعب وسط العين", "هيئة ميناء العقبة"). After a full complement
    "أحمد الشامي" is a name (one right after the title was read before the complement)."""
    if strip_conj_noun(b.tokens[k].norm) in NOUNS:
        return True
    if gap_after(b, k).strip():
        return False
    body = b.at.get(k + 1)
    nxt = b.tokens[k + 1].norm
    # "بعثة الأمم المتحدة", "ريف دمشق", "بلدية بيروت"
    return (construct and definite(nxt)) or (body is not None and body.type in ("ORG", "PLACE"))


def _complement_end(b: Builder, by_start: dict[int, Match], j: int) -> int:
    """End of a title's complement: the construct chain after it ("رئيس اللجنة المالية",
    "المتحدث باسم بلدية غزة", "المستشار الإعلامي لرئيس مجلس النواب").

    Definite words, listed bodies, places and nationalities, titles (with ل: "لرئيس"), and an
    indefinite noun only when a definite word follows it (a construct: "مجلس الوزراء").
    """
    toks = b.tokens
    k = j
    construct = True  # an indefinite noun may open a construct here (not after a full one)
    while k < len(toks) and k - j < 8 and (k == j or not gap_after(b, k - 1).strip()):
        word = toks[k].norm
        held = b.at.get(k)
        title = by_start.get(k)
        nxt = toks[k + 1].norm if k + 1 < len(toks) and not gap_after(b, k).strip() else ""
        if held is not None and held.type in ("ORG", "PLACE", "NORP") and not held.media:
            k, construct = held.tok_end, False
        elif title is not None and (
            title.entry.type == "NORP"
            or (title.entry.type == "TITLE" and title.start > toks[k].start)
        ):
            # "... لرئيس مجلس النواب" (a bare title after it is the holder's rank: "المتحدث
            # باسم الإدارة العامة للحرس الوطني العميد نبيل الرياحي")
            k, construct = title.tok_end, True
        elif (
            not b.free(k, k + 1)
            or not is_arabic(word)
            or word in SPEECH
            or (word in NAME_STOP and word not in GENERAL)
        ):
            break
        elif definite(word) and (
            construct or word.startswith("لل") or adjective_like(word, toks[k - 1].norm)
        ):
            k, construct = k + 1, False  # "لخص مدير الأمن العام الموقف": then an object
        elif construct and nxt and (definite(nxt) or k + 1 in b.at):
            k += 1  # "مجلس الوزراء"; after a full complement "حاتم الشرفا" is a name
        else:
            break
    return k
