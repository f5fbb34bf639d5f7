"""Named-entity mentions by rules: gazetteer hits, title + name patterns, bodies, dates.

No offline Arabic NER model is available, so people are found by gazetteer or after a title
("الرئيس الصيني شي جين بينغ", "Secretary of State Antony Blinken"), bodies by head noun +
nationality ("وزارة الخارجية الصينية", "وزارة خارجيتها" → the country last named), and short
names resolve to the full name used earlier in the article ("لوكاشينكو" → "ألكسندر لوكاشينكو").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from claims.gazetteer import Gazetteer, Match, lexicon, load, word_forms
from claims.segment import Token, norm_word
from claims.types import Entity


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


# Words that end a name after a title: particles, prepositions, time words, verbs of saying.
NAME_STOP = lexicon("name_stop")
_EN_STOP = lexicon("en_name_stop")  # case kept: names are capitalised
# Words after which a definite word still belongs to the name ("عبد الله", "أبو الغيط").
_NAME_LINKS = word_forms("عبد أبو أبي ابن بن بنت آل ذو")
_NAMING_AFTER_NAME = word_forms("قناة صحيفة وكالة شبكة موقع مجلة إذاعة تلفزيون")
_SKIP_AFTER_TITLE = word_forms("السابق السابقة الأسبق الجديد الجديدة المؤقت former")
_MINISTRY = word_forms("وزارة الوزارة")
# Indefinite heads of a title's complement: "القيادي في حركة المقاومة ... أسامة حمدان".
_INSTITUTIONS = word_forms(
    "حركة منظمة هيئة لجنة جامعة شركة بنك مصرف مجلس وزارة اتحاد تحالف نادي فريق منتخب رابطة "
    "مؤسسة جمعية مركز معهد مستشفى كلية مكتب إدارة قسم دائرة مجموعة صندوق حزب جماعة شؤون"
)
_DESC_PREPS = word_forms("في لدى من عن")
_SPEECH = lexicon("speech_verbs", ("", "و", "ف")) | lexicon("participles", ("", "و", "ف"))
_UNNAMED = lexicon("unnamed_heads", ("", "و"))
_EN_SPEECH = lexicon("en_speech_verbs")
_UNNAMED_OR_QUANT = _UNNAMED | lexicon("quantifiers", ("", "و"))
_FEMININE_EN = word_forms("Mrs Ms Dame Baroness Lady Queen Princess")
# normalised domain → display spelling (for canonical names)
_DOMAINS = {
    norm_word(w): w
    for w in [
        "الخارجية",
        "الدفاع",
        "الداخلية",
        "المالية",
        "الصحة",
        "العدل",
        "الاقتصاد",
        "التجارة",
        "الخزانة",
        "الطاقة",
        "التعليم",
        "الإعلام",
        "الزراعة",
        "النفط",
        "الثقافة",
    ]
}
_MEDIA_HEAD = (norm_word("وسائل"), norm_word("الإعلام"))
_STATE_ADJ = word_forms("الحكومية الرسمية")
_BODIES = word_forms("الحكومة الجيش البرلمان الشرطة السلطات الرئاسة القوات البحرية")
_EN_MINISTRY = re.compile(
    r"\b(?:(?P<adj>[A-Z][a-z]+)(?:'s)?\s+)?(?P<dom>[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|"
    r"[Ff]inance|[Hh]ealth|[Jj]ustice|[Tt]rade)\s+[Mm]inistry\b"
)
_DATE = re.compile(
    r"(?:يوم\s+)?(?:ال(?:سبت|أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة))"
    r"|(?:\d{1,2}\s+)?(?:يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|"
    r"نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|"
    r"تشرين الثاني|كانون الأول)(?:\s+(?:آذار|\d{4}))?"
    r"|(?:عام|سنة)\s+\d{4}"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?\b"
)


def _is_arabic(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


class _Builder:
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


def find_mentions(text: str, tokens: list[Token], lang: str) -> list[Mention]:
    """Return entity mentions of `text`, ordered by start offset, non-overlapping."""
    gaz = load()
    b = _Builder(text, tokens, lang, gaz)
    matches = gaz.find(tokens, text)
    full_seen: set[str] = set()
    by_start = {}
    for match in matches:
        if match.short and match.entry.key not in full_seen:
            continue  # ambiguous short form before its full name
        if not match.short:
            full_seen.add(match.entry.key)
        by_start[match.tok_start] = match
        if match.entry.type != "TITLE":
            b.add(b.mention_from(match))
    _bodies(b, by_start)
    _titled_people(b, by_start)
    _english_ministries(b)
    _short_names(b)
    _names_after_verbs(b, by_start)
    _short_names(b)
    _dates(b)
    return sorted(b.mentions, key=lambda m: m.start)


def _country_before(b: _Builder, tok: int) -> str | None:
    """Return the country of the last place (not adjective) named before token `tok`."""
    places = [m for m in b.mentions if m.tok_end <= tok and m.type == "PLACE" and m.country]
    best = max(places, key=lambda m: m.tok_end, default=None)
    return best.country if best else None


def _adjective(b: _Builder, country: str | None) -> str:
    if country is None:
        return ""
    ar, en = b.gaz.feminine_adj.get(country, ("", ""))
    return ar if b.lang == "ar" else en


def _bodies(b: _Builder, by_start: dict[int, Match]) -> None:
    """Ministries and bodies: "وزارة الخارجية الصينية", "وزارة خارجيتها", "الحكومة الروسية"."""
    toks = b.tokens
    in_title = {
        k
        for m in by_start.values()
        if m.entry.type == "TITLE"
        for k in range(m.tok_start, m.tok_end)
    }
    heads = _MINISTRY | _BODIES | set(_DOMAINS)
    for i, tok in enumerate(toks):
        word = tok.norm
        for prefix in ("", "و", "ف", "ل", "ب", "لل"):
            rest = word[len(prefix) :]
            if word.startswith(prefix) and (rest in heads or rest == _MEDIA_HEAD[0]):
                head = rest
                break
        else:
            continue
        if i in in_title or i in b.owner:
            continue
        j = i + 1
        media = head == _MEDIA_HEAD[0]
        if media:
            if j >= len(toks) or toks[j].norm != _MEDIA_HEAD[1]:
                continue
            j += 1
            while j < len(toks) and toks[j].norm in _STATE_ADJ:
                j += 1
        domain = _DOMAINS.get(head, "")
        pronoun = False
        if head in _MINISTRY:
            domain, pronoun = _domain_of(toks[j].norm) if j < len(toks) else ("", False)
            if not domain:
                continue
            j += 1
        country: str | None = None
        written = ""
        nxt = by_start.get(j)
        if nxt is not None and nxt.entry.type in ("NORP", "PLACE") and not pronoun:
            is_fem = nxt.entry.type == "PLACE" or toks[nxt.tok_end - 1].norm.endswith("ه")
            if not is_fem and head in _DOMAINS:
                continue  # "وزير الخارجية الأمريكي": the adjective qualifies a man
            country = nxt.entry.country if nxt.entry.type == "NORP" else nxt.entry.key
            if nxt.entry.type == "NORP" and head not in _MINISTRY and not domain:
                written = norm_word(b.text[nxt.start : nxt.end])  # "الجيش السوداني" keeps gender
            j = nxt.tok_end
        elif pronoun:
            country = _country_before(b, i)
        elif head not in _MINISTRY and not media:
            continue  # a bare "الحكومة" / "الخارجية" names no one in particular
        if any(k in b.owner for k in range(i, j) if not _is_adjective(b, k)):
            continue
        display = {norm_word(v): v for v in ("وزارة", "وسائل الإعلام")}
        if domain:
            body = "وزارة " + domain
        elif media:
            body = b.text[toks[i].start + len(prefix) : toks[j - 1 if not country else j - 2].end]
            body = " ".join(body.split())
        else:
            body = display.get(head, b.text[toks[i].end - len(head) : toks[i].end])
        canonical = " ".join(x for x in (body, written or _adjective(b, country)) if x)
        start = toks[i].start + len(prefix) - (1 if prefix == "لل" else 0)
        b.remove_within(i, j)
        b.add(Mention(start, toks[j - 1].end, i, j, "ORG", canonical, media, country))


def _is_adjective(b: _Builder, k: int) -> bool:
    m = b.holder(k)
    return m is not None and m.type in ("NORP", "PLACE")


def _domain_of(word: str) -> tuple[str, bool]:
    """Return (definite domain, has possessive pronoun) for "الخارجية"/"خارجية"/"خارجيتها"."""
    if word in _DOMAINS:
        return _DOMAINS[word], False
    if "ال" + word in _DOMAINS:
        return _DOMAINS["ال" + word], False
    for suffix in ("ها", "هم", "ه"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            for cand in ("ال" + base, "ال" + base[:-1] + "ه"):
                if base and cand in _DOMAINS:
                    return _DOMAINS[cand], True
    return "", False


def _titled_people(b: _Builder, by_start: dict[int, Match]) -> None:
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
            body = body if body is not None and body.type == "ORG" else None
            if nxt is not None and nxt.entry.type in ("NORP", "TITLE"):
                j = nxt.tok_end
            elif body is not None and _norm_tail(toks, match.tok_end - 1) == "باسم":
                j = body.tok_end  # المتحدث باسم وزارة الخارجية ...
            elif j < len(toks) and toks[j].norm in _SKIP_AFTER_TITLE:
                j += 1
            else:
                break
        gender = _title_gender(b, by_start, start, j)
        chained = j
        person = b.at.get(j)
        end = _name_end(b, j)
        if (person is None or person.type != "PERSON") and end == j:
            # "رئيس المهرجان الفنان حسين فهمي": the name follows the title's complement
            k = _descriptor_end(b, by_start, j)
            if k is not None:
                gender = gender or _title_gender(b, by_start, j, k)
                person = b.at.get(k)
                j, end = k, _name_end(b, k)
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
        elif b.free(start, j):
            # no name: the title with its complement names the speaker ("رئيس اللجنة ...")
            j = max(j, _complement_end(b, by_start, j))
            name = " ".join(b.text[match.start : toks[j - 1].end].split())
            b.add(Mention(match.start, toks[j - 1].end, start, j, "TITLE", name, gender=gender))


def _title_gender(b: _Builder, by_start: dict[int, Match], a: int, z: int) -> str:
    """ "f" when a title among tokens [a, z) is feminine ("الوزيرة", "الدكتورة", "Mrs")."""
    for k in range(a, z):
        m = by_start.get(k)
        if m is not None and m.entry.type == "TITLE":
            word = b.tokens[m.tok_start].norm
            if (_is_arabic(word) and word.endswith("ه")) or word in _FEMININE_EN:
                return "f"
    return ""


def _descriptor_end(b: _Builder, by_start: dict[int, Match], j: int) -> int | None:
    """Skip a title's complement before a name; return where the name may start, or None.

    The complement is definite words, bodies and places ("مدرب الهلال البرتغالي", "ممثلة
    منظمة الصحة العالمية في اليمن، الدكتورة"), a parenthesised abbreviation, or another title
    after a comma. An indefinite word after a preposition ("في مؤتمر صحفي") ends it: no name.
    """
    toks, text = b.tokens, b.text
    k = j
    while k < len(toks) and k - j < 10:
        gap = text[toks[k - 1].end : toks[k].start]
        if "(" in gap:
            k = next((x + 1 for x in range(k, min(k + 4, len(toks) - 1)) if ")" in _after(b, x)), k)
            continue
        if gap.strip() and not (gap.strip() in ",،" and _is_title(by_start, k)):
            return None
        word = toks[k].norm
        title = by_start.get(k)
        held = b.at.get(k)
        if title is not None and title.entry.type in ("TITLE", "NORP"):
            k = title.tok_end
        elif held is not None and held.type in ("ORG", "PLACE", "NORP"):
            k = held.tok_end
        elif _definite(word) or (word in _INSTITUTIONS and k + 1 < len(toks)):
            k += 1
        elif word in _DESC_PREPS and k + 2 < len(toks):
            nxt, construct = toks[k + 1].norm, _definite(toks[k + 2].norm)
            if not (_definite(nxt) or construct or b.at.get(k + 1) is not None):
                return None  # "في مؤتمر صحفي": an adjunct, not part of the title
            k += 1 if not construct or _definite(nxt) else 2  # "في أمن المعلومات"
        else:
            return k if k > j else None
    return None


def _complement_end(b: _Builder, by_start: dict[int, Match], j: int) -> int:
    """End of the definite words and bodies right after a nameless title ("رئيس اللجنة ...")."""
    k = j
    while k < len(b.tokens) and k - j < 6 and not _after(b, k - 1).strip() and b.free(k, k + 1):
        held = by_start.get(k)
        if held is not None and held.entry.type == "NORP":
            k = held.tok_end
        elif _definite(b.tokens[k].norm) and b.tokens[k].norm != "باسم":
            k += 1
        else:
            break
    return k


def _after(b: _Builder, k: int) -> str:
    """The text between token k and the next one."""
    nxt = b.tokens[k + 1].start if k + 1 < len(b.tokens) else len(b.text)
    return b.text[b.tokens[k].end : nxt]


def _is_title(by_start: dict[int, Match], k: int) -> bool:
    m = by_start.get(k)
    return m is not None and m.entry.type == "TITLE"


def _definite(word: str) -> bool:
    """An Arabic definite word, bare or after a clitic: "المهرجان", "للمهرجان", "باسم"."""
    return _is_arabic(word) and (
        word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or word == "باسم"
    )


def _norm_tail(toks: list[Token], i: int) -> str:
    return toks[i].norm if 0 <= i < len(toks) else ""


def _name_end(b: _Builder, j: int) -> int:
    """Return the token index after a person's name starting at `j` (== j when none)."""
    toks, text = b.tokens, b.text
    k = j
    while k < len(toks) and k - j < 4 and b.free(k, k + 1):
        word = toks[k].norm
        if k > j and text[toks[k - 1].end : toks[k].start].strip():
            break  # punctuation between words ends the name
        if _is_arabic(word):
            if word in NAME_STOP or word.isdigit() or len(word) < 2:
                break
            if word[:1] in "لب" and word[1:] in _NAMING_AFTER_NAME:
                break  # "أحمد الشرقاوي لقناة ..."
            compound = k > j and toks[k - 1].norm in _NAME_LINKS
            if word.startswith("ال") and not compound and (k == j or not word.endswith("ي")):
                break  # a definite noun, not a name (nisba surnames like الحلبوسي pass)
        elif not word[:1].isupper() or word in _EN_STOP:
            break
        k += 1
    if k - j == 1 and toks[j].norm.endswith(("ه", "ها", "هم")) and _is_arabic(toks[j].norm):
        return j  # "مدير أعماله": a possessed noun, not a name
    if k - j == 1 and _is_arabic(toks[j].norm):
        # One unknown word is a name only when something clearly ends it.
        after = toks[k].norm if k < len(toks) else ""
        gap = text[toks[j].end : toks[k].start] if k < len(toks) else "."
        if after and not gap.strip() and after not in NAME_STOP:
            return j
    return k


def _english_ministries(b: _Builder) -> None:
    """ "China's foreign ministry", "the Chinese Foreign Ministry" → ORG."""
    for m in _EN_MINISTRY.finditer(b.text):
        first, last = b.token_range(m.start(), m.end())
        if first == last or any(
            k in b.owner for k in range(first, last) if not _is_adjective(b, k)
        ):
            continue
        b.remove_within(first, last)
        adj = m.group("adj") or ""
        entry = b.gaz.index.get((adj,), (None, False))[0] if adj else None
        country = None
        if entry is not None:
            country = entry.country if entry.type == "NORP" else entry.key
        adj_en = _adjective(b, country) if country else ""
        if country and b.lang == "en":
            adj_en = b.gaz.feminine_adj.get(country, ("", ""))[1]
        name = f"{m.group('dom').title()} Ministry"
        canonical = f"{adj_en} {name}".strip() if country else name
        b.add(Mention(m.start(), m.end(), first, last, "ORG", canonical, False, country))


def _names_after_verbs(b: _Builder, by_start: dict[int, Match]) -> None:
    """An unknown name as the subject of a speech verb: "وصرحت عائشة ندياي، ...",
    "“...,” said Rebecca Moss, executive director", "Mark Davies, who runs ..., said"."""
    toks = b.tokens
    for v, tok in enumerate(toks[:-1]):
        k = v + 1
        if _is_arabic(tok.norm):
            if tok.norm not in _SPEECH or _definite(toks[k].norm):
                continue
            if {toks[k].norm, toks[k + 1].norm if k + 1 < len(toks) else ""} & _UNNAMED_OR_QUANT:
                continue  # "قالت أربعة مصادر", "قال مسؤول كبير": unnamed, read by quotes.py
            if k in by_start or not b.free(k, k + 1) or toks[k].norm in _INSTITUTIONS:
                continue
            end = _name_end(b, k)
            if end - k > 1 and not _clear_end(b, end):
                continue  # "نفى وجود خطط الحكومة": a noun phrase, not a name
        elif tok.norm.lower() in _EN_SPEECH and b.free(k, k + 1):
            end = _name_end(b, k)
            if end - k < 2:
                continue
        else:
            continue
        if end > k:
            name = b.text[toks[k].start : toks[end - 1].end]
            b.add(Mention(toks[k].start, toks[end - 1].end, k, end, "PERSON", name))
    if b.lang != "ar":
        _english_subjects(b)


def _clear_end(b: _Builder, end: int) -> bool:
    """True when what follows token end-1 plainly ends a subject (punctuation, إن, لـ...)."""
    if end >= len(b.tokens) or _after(b, end - 1).strip():
        return True
    word = b.tokens[end].norm
    return word in NAME_STOP or (word[:1] == "ل" and len(word) > 3) or end in b.at


def _english_subjects(b: _Builder) -> None:
    """ "Mark Davies, who ..." / "Jane Doe said": two or three capitalised words as a name."""
    toks = b.tokens
    for k in range(len(toks) - 2):
        if not b.free(k, k + 1) or (k > 0 and not _after(b, k - 1).strip() and _cap(b, k - 1)):
            continue
        end = _name_end(b, k)
        if not 2 <= end - k <= 3 or end >= len(toks):
            continue
        nxt = toks[end].norm.lower()
        gap = _after(b, end - 1).strip()
        if (gap == "," and nxt == "who") or (not gap and nxt in _EN_SPEECH):
            name = b.text[toks[k].start : toks[end - 1].end]
            b.add(Mention(toks[k].start, toks[end - 1].end, k, end, "PERSON", name))


def _cap(b: _Builder, k: int) -> bool:
    return b.text[b.tokens[k].start].isupper()


def _short_names(b: _Builder) -> None:
    """A person's last word (or "عبد العاطي", "آل ثاني") later refers back to them."""
    aliases: dict[tuple[str, ...], tuple[Mention, int]] = {}
    for m in sorted(b.mentions, key=lambda x: x.start):
        if m.type == "PERSON" and m.tok_end - m.tok_start > 1:
            last = b.tokens[m.tok_end - 1].norm
            if len(last) > 2:
                aliases.setdefault((last,), (m, m.tok_end))
            link = b.tokens[m.tok_end - 2].norm
            if m.tok_end - m.tok_start > 2 and link in _NAME_LINKS:
                aliases.setdefault((link, last), (m, m.tok_end))
    for k, tok in enumerate(b.tokens):
        if k in b.owner:
            continue
        pair = aliases.get((tok.norm, b.tokens[k + 1].norm)) if k + 1 < len(b.tokens) else None
        if pair is not None and pair[1] <= k and b.free(k + 1, k + 2):
            b.add(_alias(pair[0], tok.start, b.tokens[k + 1].end, k, k + 2))
            continue
        for cand in (tok.norm, tok.norm[1:], tok.norm[2:]):
            hit = aliases.get((cand,))
            if hit is not None and hit[1] <= k and len(cand) > 2:
                start = tok.end - len(cand)  # clitics are a prefix; the name is the tail
                if len(b.text[tok.start : tok.end]) != len(tok.norm):
                    start = tok.start
                b.add(_alias(hit[0], start, tok.end, k, k + 1))
                break


def _alias(full: Mention, start: int, end: int, a: int, z: int) -> Mention:
    return Mention(start, end, a, z, "PERSON", full.canonical, gender=full.gender)


def _dates(b: _Builder) -> None:
    for m in _DATE.finditer(b.text):
        first, last = b.token_range(m.start(), m.end())
        if first < last and b.free(first, last):
            b.add(Mention(m.start(), m.end(), first, last, "DATE", m.group()))


def to_entities(mentions: list[Mention], text: str) -> list[Entity]:
    """Convert mentions to the public `Entity` records (text sliced from the article)."""
    return [Entity(text[m.start : m.end], m.type, m.canonical, m.start, m.end) for m in mentions]


_MASCULINE_STATES = word_forms("العراق الأردن لبنان المغرب السودان اليمن البحرين الكرملين")


def gender_of(m: Mention) -> str:
    """Grammatical gender an Arabic verb shows for this subject: "m", "f" or "" (either)."""
    if m.type == "PERSON" or m.type == "TITLE":
        return m.gender  # known from a feminine title, else "" (either)
    head = norm_word(m.canonical.split()[0]) if m.canonical else ""
    if m.type == "PLACE":
        return "m" if head in _MASCULINE_STATES else "f"
    return "f" if head.endswith(("ه", "ات")) else "m"
