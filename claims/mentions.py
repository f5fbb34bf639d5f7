"""Entity mentions: the Builder that collects them, and people introduced by a title.

No offline Arabic NER model is available, so a person is found after a title, with the title's
complement in between ("رئيس المهرجان الفنان حسين فهمي", "Secretary of State Antony Blinken",
"المتحدث باسم بلدية غزة حاتم الشرفا"); a title without a name is itself the speaker's mention
("وزير الخارجية المصري"). Names found from speech verbs are read by claims.names; the shared
readers of names and noun phrases (name_end, descriptor_end) live here.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from claims.gazetteer import Gazetteer, Match, lexicon, word_forms
from claims.segment import Token
from claims.speech import AR_PARTICIPLES, AR_VERBS, adjunct_end


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


# Words after which a definite word still belongs to the name ("عبد الله", "أبو الغيط").
# Honorifics end in ة whoever bears them: "سعادة حمد بوعميم".
_HONORIFICS = word_forms("سعادة فخامة سماحة معالي سمو دولة")


_SECOND_PARTS = word_forms("الدين الإسلام الله الرحمن الرحيم العزيز")


NAME_LINKS = word_forms("عبد أبو أبي ابن بن بنت آل ذو")


# "العام" is "the year" in a date but "general" after a title: "مدير الأمن العام".
GENERAL = word_forms("العام العامة")


_SKIP_AFTER_TITLE = word_forms("السابق السابقة الأسبق الجديد الجديدة المؤقت former")


INSTITUTIONS = word_forms(
    "حركة منظمة هيئة لجنة جامعة شركة بنك مصرف مجلس وزارة اتحاد تحالف نادي فريق منتخب رابطة "
    "مؤسسة جمعية مركز معهد مستشفى كلية مكتب إدارة قسم دائرة مجموعة صندوق حزب جماعة شؤون وسائل"
)


_DESC_PREPS = word_forms("في لدى من عن")


# Indefinite heads of a body's name: "جامعة بيرزيت", "شركة أرامكو".
_BODY_HEADS = lexicon("body_heads")

_COMPLEMENTIZERS = word_forms("أن إن بأن أنه إنه")


_NAMING = lexicon("naming_nouns") | word_forms("تلفزيون إذاعة")


NOUNS = INSTITUTIONS | _NAMING  # nouns that start no person's name after a verb


SPEECH = frozenset(AR_VERBS) | frozenset(AR_PARTICIPLES)


_EN_PARTICLES = word_forms("al el bin ibn bint abu de del della da di van von der le la")


_FEMININE_EN = word_forms("Mrs Ms Dame Baroness Lady Queen Princess")


def is_arabic(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


class Builder:
    """Collects mentions for one article; later passes consult earlier ones."""

    def __init__(self, text: str, tokens: list[Token], lang: str, gaz: Gazetteer) -> None:
        self.text = text
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


def titled_people(b: Builder, by_start: dict[int, Match]) -> None:
    """Title (+ nationality/body) + name → PERSON; a title with no name → TITLE mention."""
    toks = b.tokens
    chained = -1  # end of the last title chain: its inner titles are not chains of their own
    for start, match in sorted(by_start.items()):
        if match.entry.type != "TITLE" or start < chained:
            continue
        j = match.tok_end
        while True:
            nxt = by_start.get(j)
            body = b.at.get(j)
            if body is None and j + 1 < len(toks) and toks[j].norm in _NAMING:
                # "باسم حركة «حماس»": the body's name in quote marks after its kind
                body = b.at.get(j + 1) if gap_after(b, j).strip() in ("«", "“", '"') else None
            body = body if body is not None and body.type == "ORG" else None
            if nxt is not None and nxt.entry.type in ("NORP", "TITLE"):
                j = nxt.tok_end
            elif (
                _norm_tail(toks, match.tok_end - 1) == "باسم"
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
        end = name_end(b, j)
        if (person is None or person.type != "PERSON") and end == j:
            # "رئيس المهرجان الفنان حسين فهمي": the name follows the title's complement
            k = descriptor_end(b, by_start, j)
            if k is not None and (name_end(b, k) > k or k in b.at):
                gender = gender or _title_gender(b, by_start, j, k)
                person = b.at.get(k)
                j, end = k, name_end(b, k)
                chained = j
        if person is not None and person.type == "PERSON":
            b.remove_within(j, j + 1)
            b.add(replace(person, titled=True, lead=start, gender=person.gender or gender))
            continue
        if end > j:
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
    elative = word[2:3] == "ا" and len(word) == 6  # "الأعلى", "الأحمر"
    return elative or (word.endswith(("ه", "يا")) and prev.endswith("ه"))


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
        if gap.strip() and not _is_title(by_start, k):
            return None
        word = toks[k].norm
        if orig(b, k) == "علي" and k > j and _ali_name(b, k):
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
            and definite(_norm_tail(toks, k + 1))
            and name_end(b, k + 2) > k + 2  # not "الخبيرة الاقتصادية ليلى المنصوري إن"
        ):
            k += 2  # "رئيس الجمعية الجزائرية لمكافحة الفساد جمال بوعلام"
        elif definite(word) or opens:
            k, construct = k + 1, opens and not definite(word)
        elif k > j and possessed(b, k) and word.endswith(("ها", "هم")):
            k += 1  # "المتحدث باسمها عبد الفتاح دولة": "for it" belongs to the role
        elif word in _DESC_PREPS and k + 2 < len(toks):
            nxt, construct = toks[k + 1].norm, definite(toks[k + 2].norm)
            if nxt in _BODY_HEADS and name_end(b, k + 3) - (k + 3) >= 2:
                return k + 3  # "في جامعة بيرزيت غسان الخطيب": a body named by one word
            if not (definite(nxt) or construct or b.at.get(k + 1) is not None):
                return None  # "في مؤتمر صحفي": an adjunct, not part of the title
            k += 1 if not construct or definite(nxt) else 2  # "في أمن المعلومات"
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
    return (construct and definite(nxt)) or (body is not None and body.type == "ORG")


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
        elif title is not None and title.entry.type in ("NORP", "TITLE"):
            k, construct = title.tok_end, True  # "... لرئيس مجلس النواب"
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


def gap_after(b: Builder, k: int) -> str:
    """The text between token k and the next one."""
    nxt = b.tokens[k + 1].start if k + 1 < len(b.tokens) else len(b.text)
    return b.text[b.tokens[k].end : nxt]


def _is_title(by_start: dict[int, Match], k: int) -> bool:
    m = by_start.get(k)
    return m is not None and m.entry.type == "TITLE"


def definite(word: str) -> bool:
    """An Arabic definite word, bare or after a clitic: "المهرجان", "للمهرجان", "باسم"."""
    return is_arabic(word) and (
        word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or word == "باسم"
    )


def _norm_tail(toks: list[Token], i: int) -> str:
    return toks[i].norm if 0 <= i < len(toks) else ""


def name_end(b: Builder, j: int) -> int:
    """Return the token index after a person's name starting at `j` (== j when none)."""
    toks, text = b.tokens, b.text
    k = j
    while k < len(toks) and k - j < 4 and b.free(k, k + 1):
        word = toks[k].norm
        gap = text[toks[k - 1].end : toks[k].start] if k > j else ""
        if gap.strip() and not (gap == "-" and not is_arabic(word)):
            break  # punctuation between words ends the name ("al-Tamimi", "Jean-Luc" go on)
        linked = k > j and toks[k - 1].norm in NAME_LINKS  # "ليلى بن علي": any word
        # "أحمد علي": spelt with ي it is the name, not the preposition على (same normal form)
        if is_arabic(word) and (linked or (orig(b, k) == "علي" and (k > j or _ali_name(b, k)))):
            pass
        elif is_arabic(word):
            if word in NAME_STOP or word in SPEECH or word.isdigit() or len(word) < 2:
                break
            if k == j and (definite(orig(b, k)) or strip_conj_noun(word) in NOUNS):
                break  # "قناة “الجزيرة”", "بالتعاون": a noun, not a name ("إلياس" is)
            if k > j and (
                word.startswith(("لل", "بال")) or (word[:1] in "لب" and word[1:] in _NAMING)
            ):
                break  # "أحمد الشرقاوي لقناة ...", "يسرا لبرنامج ...", "... للصحفيين"
            possessive = word[2:] and orig(b, k).endswith(("ه", "ها", "هم")) and "الله" not in word
            if k > j and not word.startswith("ال") and possessive:
                break  # "وختم أبو خالد حديثه": a pronoun ends a name (not "طه", "عبدالله")
            compound = k > j and word in _SECOND_PARTS  # "حسام الدين", "سيف الإسلام"
            surname = k > j and (word.endswith("ي") or speech_follows(b, k + 1))
            if orig(b, k).startswith("ال") and not compound and not surname:
                break  # a definite noun, not a name (surnames: الحلبوسي, "سلطان الغنام لقناة")
        elif word in _EN_PARTICLES and k > j and k + 1 < len(toks) and cap(b, k + 1):
            pass  # "Hassan al-Tamimi", "Ursula von der Leyen"
        elif not word[:1].isupper() or word in _EN_STOP:
            break
        k += 1
    if k == j:
        return j  # no name (also at the end of the text)
    first = text[toks[j].start : toks[j].end]
    if k - j == 1 and first.endswith(("ه", "ها", "هم")) and is_arabic(toks[j].norm):
        return j  # "مدير أعماله": a possessed noun, not a name (ة as in فاطمة is fine)
    if k - j == 1 and is_arabic(toks[j].norm):
        # One unknown word is a name only when something clearly ends it.
        after = toks[k].norm if k < len(toks) else ""
        gap = text[toks[j].end : toks[k].start] if k < len(toks) else "."
        told = after[:1] == "ل" and (after[1:] in _NAMING or k in b.at)  # "يسرا لبرنامج"
        if after and not gap.strip() and after not in NAME_STOP | _COMPLEMENTIZERS and not told:
            return j
    return k


def _ali_name(b: Builder, k: int) -> bool:
    """True when "علي" opening a name is one: a surname follows ("علي الكناني", "علي حسن"),
    not a noun after the preposition on (often typed علي): "علي الحكومة", "علي ذلك"."""
    nxt = _norm_tail(b.tokens, k + 1)
    if not nxt or nxt in NAME_STOP or gap_after(b, k).strip():
        return False
    return not definite(nxt) or nxt.endswith("ي")


def orig(b: Builder, k: int) -> str:
    return b.text[b.tokens[k].start : b.tokens[k].end]


def possessed(b: Builder, k: int) -> bool:
    word = b.text[b.tokens[k].start : b.tokens[k].end]
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
    return word in _COMPLEMENTIZERS or told or word in SPEECH


def strip_conj_noun(word: str) -> str:
    """The word without a leading و/ف, unless the bare word is listed ("وكالة", "وسائل")."""
    return word[1:] if len(word) > 3 and word[0] in "وف" and word not in NOUNS else word


def cap(b: Builder, k: int) -> bool:
    return b.text[b.tokens[k].start].isupper()
