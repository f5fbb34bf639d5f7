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

from claims.gazetteer import Entry, Gazetteer, Match, load
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


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(norm_word(w) for w in words.split())


# Words that end a name after a title: particles, prepositions, time words, verbs of saying.
NAME_STOP = _norm_set(
    "في من على إلى الى عن مع أن إن أنه إنه بأن لأن إلا ما لا لم لن قد لقد كان كانت يكون هو هي "
    "هم الذي التي الذين اللذين و أو ثم بل حتى خلال بعد قبل منذ عند لدى حول ضد عبر دون بين "
    "يوم اليوم أمس غدا الأسبوع الشهر العام عام صباح مساء أيضا كذلك وقال وقالت قال قالت "
    "أكد أكدت أعلن أعلنت أضاف أضافت صرح ذكر ذكرت أشار أشارت أوضح أوضحت وصف اعتبر حذر "
    "نفى زعم دعا دعت التقى استقبل بحث يحذر اتهم وأكد وأعلن ووصف وحذر ونفى الذى لدى "
    "إنها أنها إنهم أنهم وفقا وفق بحسب حسب نقلا لها له لهم به بها بهم فيه فيها منه منها "
    "السابق السابقة الأسبق الحالي الجديد المنتهية"
)
_EN_STOP = frozenset(
    "The A An And Or But In On At Of For To From By With As If When While He She They It "
    "We I This That These Those His Her Their Its Said Says Told Added On Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday".split()
)
_SKIP_AFTER_TITLE = _norm_set("السابق السابقة الأسبق الجديد الجديدة المؤقت former")
_MINISTRY = _norm_set("وزارة الوزارة")
_DOMAINS = _norm_set(
    "الخارجية الدفاع الداخلية المالية الصحة العدل الاقتصاد التجارة الخزانة الطاقة التعليم "
    "الإعلام الزراعة النفط الثقافة الخارجيه"
)
_BODIES = _norm_set("الحكومة الجيش البرلمان الشرطة السلطات الرئاسة القوات البحرية")
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
        self.mentions: list[Mention] = []
        self.taken: set[int] = set()  # token indices already inside a mention
        self.starts = [t.start for t in tokens]

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.taken.update(range(m.tok_start, m.tok_end))

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Return [first, last) indices of the tokens starting inside [start, end)."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def free(self, a: int, b: int) -> bool:
        return not any(k in self.taken for k in range(a, b))

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
    _dates(b)
    return sorted(b.mentions, key=lambda m: m.start)


def _country_before(b: _Builder, tok: int) -> str | None:
    """Return the country of the last place (not adjective) named before token `tok`."""
    best: Mention | None = None
    for m in b.mentions:
        if m.tok_end <= tok and m.type == "PLACE" and m.country:
            if best is None or m.tok_end > best.tok_end:
                best = m
    return best.country if best else None


def _adjective(b: _Builder, country: str | None) -> str:
    if country is None:
        return ""
    ar, en = b.gaz.feminine_adj.get(country, ("", ""))
    return ar if b.lang == "ar" else en


def _bodies(b: _Builder, by_start: dict[int, Match]) -> None:
    """Ministries and bodies: "وزارة الخارجية الصينية", "وزارة خارجيتها", "الحكومة الروسية"."""
    toks = b.tokens
    for i, tok in enumerate(toks):
        word = tok.norm
        for prefix in ("", "و", "ف", "ل", "ب", "لل"):
            if word.startswith(prefix) and word[len(prefix) :] in (_MINISTRY | _DOMAINS | _BODIES):
                head = word[len(prefix) :]
                break
        else:
            continue
        if not b.free(i, i + 1):
            continue
        j = i + 1
        domain = head if head in _DOMAINS else ""
        pronoun = False
        if head in _MINISTRY:
            dom, pronoun = _domain_of(toks[j].norm) if j < len(toks) else ("", False)
            if not dom:
                continue
            domain, j = dom, j + 1
        country: str | None = None
        nxt = by_start.get(j)
        if nxt is not None and nxt.entry.type in ("NORP", "PLACE") and not pronoun:
            country = nxt.entry.country if nxt.entry.type == "NORP" else nxt.entry.key
            j = nxt.tok_end
        elif pronoun:
            country = _country_before(b, i)
        elif head not in _MINISTRY:
            continue  # a bare "الحكومة" / "الخارجية" names no one in particular
        if not b.free(i, j):
            continue
        body = "وزارة " + domain if domain else head
        canonical = " ".join(x for x in (body, _adjective(b, country)) if x)
        start = toks[i].start + len(prefix) - (1 if prefix == "لل" else 0)
        for m in [m for m in b.mentions if m.tok_start >= i and m.tok_end <= j]:
            b.mentions.remove(m)  # the nationality is part of the body's name
        b.add(Mention(start, toks[j - 1].end, i, j, "ORG", canonical, False, country))


def _domain_of(word: str) -> tuple[str, bool]:
    """Return (definite domain, has possessive pronoun) for "الخارجية"/"خارجية"/"خارجيتها"."""
    if word in _DOMAINS:
        return word, False
    if "ال" + word in _DOMAINS:
        return "ال" + word, False
    for suffix in ("ها", "هم", "ه"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            for cand in ("ال" + base, "ال" + base[:-1] + "ه"):
                if base and cand in _DOMAINS:
                    return cand, True
    return "", False


def _titled_people(b: _Builder, by_start: dict[int, Match]) -> None:
    """Title (+ nationality/body) + name → PERSON; a title with no name → TITLE mention."""
    toks = b.tokens
    for start, match in sorted(by_start.items()):
        if match.entry.type != "TITLE":
            continue
        j = match.tok_end
        while True:
            nxt = by_start.get(j)
            body = next((m for m in b.mentions if m.tok_start == j and m.type == "ORG"), None)
            if nxt is not None and nxt.entry.type in ("NORP", "TITLE"):
                j = nxt.tok_end
            elif body is not None and _norm_tail(toks, match.tok_end - 1) == "باسم":
                j = body.tok_end  # المتحدث باسم وزارة الخارجية ...
            elif j < len(toks) and toks[j].norm in _SKIP_AFTER_TITLE:
                j += 1
            else:
                break
        person = next((m for m in b.mentions if m.tok_start == j and m.type == "PERSON"), None)
        if person is not None:
            b.mentions.remove(person)
            b.add(replace(person, titled=True))
            continue
        end = _name_end(b, j)
        if end > j:
            name = b.text[toks[j].start : toks[end - 1].end]
            b.add(Mention(toks[j].start, toks[end - 1].end, j, end, "PERSON", name, titled=True))
        elif b.free(start, j):
            b.add(Mention(match.start, toks[j - 1].end, start, j, "TITLE", match.entry.key))


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
            if word.startswith("ال") and (k == j or not word.endswith("ي")):
                break  # a definite noun, not a name (nisba surnames like الحلبوسي pass)
        elif not word[:1].isupper() or word in _EN_STOP:
            break
        k += 1
    if k - j == 1 and _is_arabic(toks[j].norm):
        # One unknown word is a name only when something clearly ends it.
        after = toks[k].norm if k < len(toks) else ""
        gap = text[toks[j].end : toks[k].start] if k < len(toks) else "."
        if after and not gap.strip() and after not in NAME_STOP:
            return j
    return k


def _english_ministries(b: _Builder) -> None:
    """"China's foreign ministry", "the Chinese Foreign Ministry" → ORG."""
    for m in _EN_MINISTRY.finditer(b.text):
        first, last = b.token_range(m.start(), m.end())
        if first == last or not b.free(first, last):
            continue
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


def _short_names(b: _Builder) -> None:
    """A titled person's last (or, for gazetteer names, any listed) word refers back to them."""
    aliases: dict[str, tuple[str, int]] = {}
    for m in sorted(b.mentions, key=lambda x: x.start):
        if m.type == "PERSON" and m.tok_end - m.tok_start > 1:
            last = b.tokens[m.tok_end - 1].norm
            if len(last) > 2:
                aliases.setdefault(last, (m.canonical, m.tok_end))
    for k, tok in enumerate(b.tokens):
        if k in b.taken:
            continue
        for cand in (tok.norm, tok.norm[1:], tok.norm[2:]):
            hit = aliases.get(cand)
            if hit is not None and hit[1] <= k and len(cand) > 2:
                start = tok.end - len(cand)  # clitics are a prefix; the name is the tail
                if len(b.text[tok.start : tok.end]) != len(tok.norm):
                    start = tok.start
                b.add(Mention(start, tok.end, k, k + 1, "PERSON", hit[0]))
                break


def _dates(b: _Builder) -> None:
    for m in _DATE.finditer(b.text):
        first, last = b.token_range(m.start(), m.end())
        if first < last and b.free(first, last):
            b.add(Mention(m.start(), m.end(), first, last, "DATE", m.group()))


def to_entities(mentions: list[Mention], text: str) -> list[Entity]:
    """Convert mentions to the public `Entity` records (text sliced from the article)."""
    return [Entity(text[m.start : m.end], m.type, m.canonical, m.start, m.end) for m in mentions]


def entry_of(name: str) -> Entry | None:
    """Return the gazetteer entry whose Arabic canonical is `name`, if any."""
    return load().by_key.get(name)
