"""Entity mentions and the rules that find people's names in news text.

No offline Arabic NER model is available, so a person is found after a title, with the title's
complement in between ("رئيس المهرجان الفنان حسين فهمي", "Secretary of State Antony Blinken"),
as the subject of a speech verb ("وصرحت عائشة ندياي،", "said Rebecca Moss,"), after a role
noun ("businessman Paul Novak"), and a short name resolves to the full name used earlier in the
article ("لوكاشينكو" → "ألكسندر لوكاشينكو", "عبد العاطي" → "بدر عبد العاطي").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from claims.gazetteer import Gazetteer, Match, lexicon, word_forms
from claims.segment import Token


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
_NAME_LINKS = word_forms("عبد أبو أبي ابن بن بنت آل ذو")
_SKIP_AFTER_TITLE = word_forms("السابق السابقة الأسبق الجديد الجديدة المؤقت former")


_INSTITUTIONS = word_forms(
    "حركة منظمة هيئة لجنة جامعة شركة بنك مصرف مجلس وزارة اتحاد تحالف نادي فريق منتخب رابطة "
    "مؤسسة جمعية مركز معهد مستشفى كلية مكتب إدارة قسم دائرة مجموعة صندوق حزب جماعة شؤون وسائل"
)
_DESC_PREPS = word_forms("في لدى من عن")
_COMPLEMENTIZERS = word_forms("أن إن بأن أنه إنه")
_NAMING = lexicon("naming_nouns") | word_forms("تلفزيون إذاعة")
_NOUNS = _INSTITUTIONS | _NAMING  # nouns that start no person's name after a verb
_SPEECH = lexicon("speech_verbs", ("", "و", "ف")) | lexicon("participles", ("", "و", "ف"))
_UNNAMED = lexicon("unnamed_heads", ("", "و"))
_EN_SPEECH = lexicon("en_speech_verbs")
_UNNAMED_OR_QUANT = _UNNAMED | lexicon("quantifiers", ("", "و"))
# Lowercase words before capitalised ones that are not a role noun introducing a name.
_EN_FUNCTION = word_forms(
    "in at of for to from by on with the a an and or but as than into over under about "
    "near via between across after before during since until per its his her their our "
    "said says told added is are was were be been has have had will would could should "
    "which that this these those who whose where when while if not"
)
# Last words of capitalised names of bodies, not people: "Federal Communications Commission".
_EN_ORG_HEADS = word_forms(
    "Commission Agency Project Association Council Committee Department Ministry University "
    "Institute Bank Party Union Court Service Office Authority Group Company Corp Inc Fund "
    "Board Foundation Center Centre Organization Organisation Forces Police Army Network Times "
    "Post News Research Partners Capital Airlines Motors Technologies Systems Club League"
)
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
            if k is not None and (_name_end(b, k) > k or k in b.at):
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


def _descriptor_end(b: Builder, by_start: dict[int, Match], j: int) -> int | None:
    """Skip a title's complement before a name; return where the name may start, or None.

    The complement is definite words, bodies and places ("مدرب الهلال البرتغالي", "ممثلة
    منظمة الصحة العالمية في اليمن، الدكتورة"), a parenthesised abbreviation, or another title
    after a comma. An indefinite word after a preposition ("في مؤتمر صحفي") ends it: no name.
    """
    toks, text = b.tokens, b.text
    k = j
    while k < len(toks) and k - j < 10:
        gap = text[toks[k - 1].end : toks[k].start]
        if "(" in gap and k > j:  # "(حماس)"
            k = next((x + 1 for x in range(k, min(k + 4, len(toks) - 1)) if ")" in _after(b, x)), k)
            if ")" in _after(b, k - 1):
                return k if _name_end(b, k) > k else None
            continue
        if gap.strip() in ",،" and gap.strip() and not _is_title(by_start, k):
            end = _name_end(b, k)  # "المتحدث باسم اليونيسف في اليمن، كمال الوزيزي، إن"
            return k if end > k and _after(b, end - 1).strip()[:1] in ",،" else None
        if gap.strip() and not _is_title(by_start, k):
            return None
        word = toks[k].norm
        if word in NAME_STOP and word not in _DESC_PREPS:
            return None  # "المؤتمر الصحفي الذي سبق المباراة": a relative clause, no name
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


def _complement_end(b: Builder, by_start: dict[int, Match], j: int) -> int:
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


def _after(b: Builder, k: int) -> str:
    """The text between token k and the next one."""
    nxt = b.tokens[k + 1].start if k + 1 < len(b.tokens) else len(b.text)
    return b.text[b.tokens[k].end : nxt]


def _is_title(by_start: dict[int, Match], k: int) -> bool:
    m = by_start.get(k)
    return m is not None and m.entry.type == "TITLE"


def _definite(word: str) -> bool:
    """An Arabic definite word, bare or after a clitic: "المهرجان", "للمهرجان", "باسم"."""
    return is_arabic(word) and (
        word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or word == "باسم"
    )


def _norm_tail(toks: list[Token], i: int) -> str:
    return toks[i].norm if 0 <= i < len(toks) else ""


def _name_end(b: Builder, j: int) -> int:
    """Return the token index after a person's name starting at `j` (== j when none)."""
    toks, text = b.tokens, b.text
    k = j
    while k < len(toks) and k - j < 4 and b.free(k, k + 1):
        word = toks[k].norm
        if k > j and text[toks[k - 1].end : toks[k].start].strip():
            break  # punctuation between words ends the name
        linked = k > j and toks[k - 1].norm in _NAME_LINKS  # "ليلى بن علي": any word
        # "أحمد علي": spelt with ي it is the name, not the preposition على (same normal form)
        if is_arabic(word) and (linked or (k > j and _orig(b, k) == "علي")):
            pass
        elif is_arabic(word):
            if word in NAME_STOP or word in _SPEECH or word.isdigit() or len(word) < 2:
                break
            if k == j and (_definite(word) or _strip_conj(word) in _NOUNS):
                break  # "قناة “الجزيرة”", "بالتعاون": a noun, not the start of a name
            if k > j and (word.startswith("لل") or (word[:1] in "لب" and word[1:] in _NAMING)):
                break  # "أحمد الشرقاوي لقناة ...", "يسرا لبرنامج ...", "... للصحفيين"
            compound = k > j and word in _SECOND_PARTS  # "حسام الدين", "سيف الإسلام"
            surname = k > j and (word.endswith("ي") or _speech_follows(b, k + 1))
            if word.startswith("ال") and not compound and not surname:
                break  # a definite noun, not a name (surnames: الحلبوسي, "سلطان الغنام لقناة")
        elif not word[:1].isupper() or word in _EN_STOP:
            break
        k += 1
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


def names_after_verbs(b: Builder, by_start: dict[int, Match]) -> None:
    """An unknown name as the subject of a speech verb: "وصرحت عائشة ندياي، ...",
    "“...,” said Rebecca Moss, executive director", "Mark Davies, who runs ..., said"."""
    toks = b.tokens
    for v, tok in enumerate(toks[:-1]):
        k = v + 1
        if _after(b, v).strip():
            continue  # "وأضاف: «نحتاج ...»": what follows is said, not who says it
        if is_arabic(tok.norm):
            if tok.norm not in _SPEECH or _definite(toks[k].norm):
                continue
            if {toks[k].norm, toks[k + 1].norm if k + 1 < len(toks) else ""} & _UNNAMED_OR_QUANT:
                continue  # "قالت أربعة مصادر", "قال مسؤول كبير": unnamed, read by quotes.py
            if k in by_start or not b.free(k, k + 1) or _strip_conj(toks[k].norm) in _NOUNS:
                continue
            if _possessed(b, k) and k + 1 < len(toks) and not _after(b, k).strip():
                k += 1  # "وقالت رئيستها نوال نصر": a role noun with a pronoun, then the name
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


def _orig(b: Builder, k: int) -> str:
    return b.text[b.tokens[k].start : b.tokens[k].end]


def _possessed(b: Builder, k: int) -> bool:
    word = b.text[b.tokens[k].start : b.tokens[k].end]
    return is_arabic(word) and len(word) > 4 and word.endswith(("ها", "هم", "ه"))


def _clear_end(b: Builder, end: int) -> bool:
    """True when what follows token end-1 plainly ends a subject (punctuation, إن, لـ...)."""
    if end >= len(b.tokens) or _after(b, end - 1).strip():
        return True
    word = b.tokens[end].norm
    return word in NAME_STOP or (word[:1] == "ل" and len(word) > 3) or end in b.at


def _speech_follows(b: Builder, k: int) -> bool:
    """True when token k starts what follows a speaker's name: "لقناة", "إن", ":"."""
    if k >= len(b.tokens) or _after(b, k - 1).strip()[:1] == ":":
        return k < len(b.tokens)
    word = b.tokens[k].norm
    return word in _COMPLEMENTIZERS or (word[:1] == "ل" and len(word) > 3) or word in _SPEECH


def _english_subjects(b: Builder) -> None:
    """ "Mark Davies, who ..." / "Jane Doe said": two or three capitalised words as a name."""
    toks = b.tokens
    for k in range(len(toks) - 1):
        if not b.free(k, k + 1) or (k > 0 and not _after(b, k - 1).strip() and _cap(b, k - 1)):
            continue
        end = _name_end(b, k)
        if not 2 <= end - k <= 3:
            continue
        nxt = toks[end].norm.lower() if end < len(toks) else ""
        gap = _after(b, end - 1).strip()
        role = k > 0 and toks[k - 1].norm.islower() and toks[k - 1].norm not in _EN_FUNCTION
        before = _after(b, k - 1).strip() if k > 0 else ""
        # "businessman Paul Novak", "Arsenal's manager, Mikel Arteta, ..."
        role = role and (not before or (before == "," and gap[:1] in (",", ".", "")))
        if role or (gap == "," and nxt in _EN_SPEECH | {"who"}) or (not gap and nxt in _EN_SPEECH):
            name = b.text[toks[k].start : toks[end - 1].end]
            kind = "ORG" if toks[end - 1].norm in _EN_ORG_HEADS else "PERSON"
            b.add(Mention(toks[k].start, toks[end - 1].end, k, end, kind, name))


def _strip_conj(word: str) -> str:
    """The word without a leading و/ف, unless the bare word is listed ("وكالة", "وسائل")."""
    return word[1:] if len(word) > 3 and word[0] in "وف" and word not in _NOUNS else word


def _cap(b: Builder, k: int) -> bool:
    return b.text[b.tokens[k].start].isupper()


def short_names(b: Builder) -> None:
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
            if hit is not None and hit[1] <= k and len(cand) > 2 and tok.norm not in NAME_STOP:
                start = tok.end - len(cand)  # clitics are a prefix; the name is the tail
                if len(b.text[tok.start : tok.end]) != len(tok.norm):
                    start = tok.start
                b.add(_alias(hit[0], start, tok.end, k, k + 1))
                break


def _alias(full: Mention, start: int, end: int, a: int, z: int) -> Mention:
    return Mention(start, end, a, z, "PERSON", full.canonical, gender=full.gender)
