"""Named-entity mentions by rules: gazetteer hits, people, bodies, dates.

People are read by claims.mentions; bodies by head noun + nationality ("وزارة الخارجية
الصينية", "وزارة خارجيتها" → the country last named); dates by pattern.
"""

from __future__ import annotations

import re

from claims.aliases import short_names
from claims.framed_names import called_names, kunyas, names_before_saying
from claims.gazetteer import Match, lexicon, load, word_forms
from claims.given_names import anchored_names
from claims.mentions import GIVEN_NAMES, HONORIFICS, NAME_LINKS, Builder, Mention, gap_after
from claims.names import described_names, names_after_verbs, names_before_verbs
from claims.segment import Token, norm_word
from claims.titles import titled_people
from claims.types import Entity

_MINISTRY = word_forms("وزارة الوزارة")


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


def find_mentions(
    text: str, tokens: list[Token], lang: str, quoted: list[tuple[int, int]] | None = None
) -> list[Mention]:
    """Return entity mentions of `text`, ordered by start offset, non-overlapping.

    `quoted` spans are quotations: the verbs inside them are the speaker's own words and
    introduce nobody."""
    gaz = load()
    b = Builder(text, tokens, lang, gaz, quoted)
    matches = gaz.find(tokens, text)
    full_seen: set[str] = set()
    by_start = {}
    for match in matches:
        if match.short and match.entry.key not in full_seen:
            continue  # ambiguous short form before its full name
        if match.entry.type == "PERSON" and _other_given_name(text, tokens, match):
            continue  # "Dave Kirby": another person's surname, not the listed John Kirby
        if match.entry.type == "NORP" and _after_given_name(text, tokens, match):
            continue  # "شيخة بنت سالم الكندية", "محمد المصري": a surname, not a nationality
        k = match.tok_start
        # "عبد الأمير", and an honorific inside a name after a given name ("محمود الشيخ علي")
        honorific = tokens[k].norm in HONORIFICS and k > 0 and tokens[k - 1].norm in GIVEN_NAMES
        linked = k > 0 and (tokens[k - 1].norm in NAME_LINKS or honorific)
        if (
            match.entry.type == "TITLE"
            and linked
            and text[tokens[k - 1].end : tokens[k].start] == " "
        ):
            continue  # "حيدر عبد الأمير", "عبد الملك": a name's second part, not a title
        if not match.short:
            full_seen.add(match.entry.key)
        by_start[match.tok_start] = match
        if match.entry.type != "TITLE":
            b.add(b.mention_from(match))
    _bodies(b, by_start)
    titled_people(b, by_start)
    _english_ministries(b)
    short_names(b)
    kunyas(b)
    names_after_verbs(b, by_start)
    names_before_saying(b)
    called_names(b)
    names_before_verbs(b, by_start)
    described_names(b)
    anchored_names(b)
    short_names(b)
    _dates(b)
    return sorted(b.mentions, key=lambda m: m.start)


def _after_given_name(text: str, tokens: list[Token], match: Match) -> bool:
    """True when a one-word nationality follows a listed given name or a name's word at once."""
    k = match.tok_start
    if match.tok_end - k != 1 or k < 2 or text[tokens[k - 1].end : tokens[k].start] != " ":
        return False
    prev, before = tokens[k - 1].norm, tokens[k - 2].norm
    if prev.startswith("ال"):
        return False  # "باسم الجيش السوداني": the nationality of a body
    return (
        prev in GIVEN_NAMES
        or before in NAME_LINKS
        or (before in GIVEN_NAMES and text[tokens[k - 2].end : tokens[k - 1].start] == " ")
    )


def _other_given_name(text: str, tokens: list[Token], match: Match) -> bool:
    """True when a listed person's one-word alias follows a capitalised word of the same
    name ("Dave Kirby"): a different person sharing the surname."""
    k = match.tok_start
    if match.tok_end - k != 1 or k == 0 or text[tokens[k - 1].end : tokens[k].start] != " ":
        return False
    before = text[tokens[k - 1].start : tokens[k - 1].end]
    return before[:1].isupper() and before not in _EN_NON_NAMES


# Capitalised words before a surname that are not a given name: "But Biden", "President Biden".
_EN_NON_NAMES = lexicon("en_name_stop") | word_forms(
    "Mr Mrs Ms Dr President Minister Secretary Senator Chancellor Prime Premier Leader "
    "Governor General King Queen Prince Sheikh Spokesman Spokeswoman Admiral Rear"
)


def _country_before(b: Builder, tok: int) -> str | None:
    """Return the country of the last place (not adjective) named before token `tok`."""
    places = [m for m in b.mentions if m.tok_end <= tok and m.type == "PLACE" and m.country]
    best = max(places, key=lambda m: m.tok_end, default=None)
    return best.country if best else None


def _adjective(b: Builder, country: str | None) -> str:
    if country is None:
        return ""
    ar, en = b.gaz.feminine_adj.get(country, ("", ""))
    return ar if b.lang == "ar" else en


def _bodies(b: Builder, by_start: dict[int, Match]) -> None:
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
            # "وزارة الاقتصاد والمالية", "وزارة الصحة والسكان": coordinated domains
            while j < len(toks) and not pronoun and not gap_after(b, j - 1).strip():
                if not toks[j].norm.startswith("وال") or j in b.owner:
                    break
                domain, j = f"{domain} {b.text[toks[j].start : toks[j].end]}", j + 1
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


def _is_adjective(b: Builder, k: int) -> bool:
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


def _english_ministries(b: Builder) -> None:
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


def _dates(b: Builder) -> None:
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
