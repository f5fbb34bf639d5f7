"""Who is the subject of a speech verb: named people, unnamed sources and bodies (ar, en).

Arabic puts the subject after the verb ("وقالت وزارة خارجيتها", "قال مصدر أمني", "ذكرت خلية
الإعلام الأمني"); English before it ("Blinken said", "a senior US official said") or after it
following a quotation ("“...,” said Rebecca Moss, executive director of ...").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from claims.detect import COMPLEMENTIZERS
from claims.entities import gender_of
from claims.gazetteer import lexicon, word_forms
from claims.mentions import NAME_STOP, Mention
from claims.segment import Token
from claims.types import Sentence

CONJ = ("", "و", "ف")

# Verbs whose subject (after them in Arabic, before or after them in English) is the speaker.
SPEECH_VERBS = lexicon("speech_verbs", CONJ)
# Participles after a quotation or clause: "”، قائلاً" — the subject is the salient actor.
PARTICIPLES = lexicon("participles", CONJ)
EN_PRONOUNS = word_forms("he she they it we i")
_SKIP_AFTER_VERB = word_forms("أيضا كذلك بدوره بدورها مجددا أمس اليوم also")
# Nouns of unnamed speakers: "قال مسؤول دبلوماسي", "a senior US official said".
UNNAMED_HEADS = lexicon("unnamed_heads", ("", "و"))
EN_UNNAMED = lexicon("en_unnamed_heads")
# "أحد المصادر", "أربعة مصادر", "بعض المسؤولين": a quantifier before an unnamed head.
QUANTIFIERS = lexicon("quantifiers", ("", "و"))
# Heads of bodies that speak without being listed: "قالت الشرطة", "ذكرت خلية الإعلام الأمني".
BODY_HEADS = lexicon("body_heads")
_EN_DETERMINERS = word_forms("a an the one two three several some")


@dataclass
class Speaker:
    """A resolved speaker: name to show, and the mention the attribution used."""

    name: str
    start: int | None
    end: int | None
    media: bool = False
    gender: str = ""  # "m" / "f" for Arabic agreement, "" when unknown
    head: str = ""  # head noun of an unnamed speaker ("مسؤول", "official")
    definite: bool = False  # "المسؤول" / "the official": refers back to an earlier one


class Context:
    """One article's tokens, mentions and sentences, with lookups used by attribution."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        mentions: list[Mention],
        sentences: list[Sentence],
        lang: str,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.lang = lang
        self.any_at = {m.tok_start: m for m in mentions}
        self.mentions = [m for m in mentions if m.type in ("PERSON", "ORG", "TITLE")]
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_at = {m.tok_start: m for m in self.mentions}
        # a person introduced by a title is the subject where the title starts
        self.mention_at.update({m.lead: m for m in self.mentions if m.lead is not None})
        self.places_at = {m.tok_start: m for m in mentions if m.type == "PLACE"}
        self.media_at = {m.tok_start: m for m in mentions if m.media}
        self.mention_end = {m.tok_end: m for m in self.mentions}
        self.starts = [t.start for t in tokens]
        self.sent_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.quoted: list[tuple[int, int]] = []  # inner spans of quotations (set by caller)

    def mentions_before(self, pos: int) -> Iterator[Mention]:
        """Speaker-like mentions ending at or before `pos`, nearest first."""
        k = bisect_right(self.mention_starts, pos - 1)
        return (m for m in reversed(self.mentions[:k]) if m.end <= pos)

    def in_quote(self, pos: int) -> bool:
        """True when `pos` lies inside a quotation of more than a few words (spans sorted)."""
        k = bisect_right(self.quoted, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def tok_index(self, pos: int) -> int:
        """Return the index of the first token starting at or after character `pos`."""
        return bisect_right(self.starts, pos - 1)

    def sentence_of(self, pos: int) -> Sentence | None:
        k = bisect_right(self.sent_starts, pos) - 1
        if k >= 0 and self.sentences[k].start <= pos < max(self.sentences[k].end, pos + 1):
            return self.sentences[k]
        return None

    def gap(self, a: int, b: int) -> str:
        """Return the text between tokens a and b (exclusive), '' when adjacent."""
        return self.text[self.tokens[a].end : self.tokens[b].start]


def strip_conj(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def speaker_from(m: Mention) -> Speaker:
    return Speaker(m.canonical, m.start, m.end, m.media, gender_of(m))


def verb_gender(verb: str) -> str:
    """Gender marked on an Arabic speech verb or participle ("" when unmarked)."""
    if verb in PARTICIPLES:
        return "f" if verb.endswith("ه") else "m"
    stem = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    if stem.endswith("وا") or (stem.endswith("ا") and stem != "دعا"):
        return ""
    if stem.endswith("ت") or stem.startswith("ت"):
        return "f"
    return "m"


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
        if word in _OF_BODY and end + 1 < len(toks) and not ctx.gap(end, end + 1).strip():
            body = ctx.mention_at.get(end + 1)  # "محللون في بنك جولدمان ساكس"
            if body is not None and body.type == "ORG" and not body.media:
                end = body.tok_end
            break
        if word in NAME_STOP or word in COMPLEMENTIZERS or (word[:1] in "لب" and len(word) > 4):
            break
        if word in ("ل", "ب"):
            break  # "مصدر دبلوماسي لـ"العربية.نت""
        end += 1
    head = toks[k].norm[1:] if toks[k].norm[:1] in "وف" else toks[k].norm
    definite = head.startswith("ال") and first == k
    head = head[2:] if head.startswith("ال") else head
    text = ctx.text[toks[first].start : toks[end - 1].end]
    return Speaker(text, toks[first].start, toks[end - 1].end, head=head, definite=definite)


def _body_after(ctx: Context, k: int) -> Speaker | None:
    """An unlisted body as subject: "الشرطة", "خلية الإعلام الأمني", "اللجنة الانتخابية"."""
    toks = ctx.tokens
    head = strip_conj(toks[k].norm)
    if head not in BODY_HEADS:
        return None
    end = k + 1
    while end < len(toks) and end - k < 4 and not ctx.gap(end - 1, end).strip():
        word = toks[end].norm
        if not word.startswith("ال") or word in NAME_STOP:
            break
        end += 1
    if not head.startswith("ال") and end == k + 1:
        return None  # an indefinite head names a body only in a construct: "خلية الإعلام"
    text = ctx.text[toks[k].start + len(toks[k].norm) - len(head) : toks[end - 1].end]
    gender = "f" if head.endswith(("ه", "ات")) else "m"
    return Speaker(text, toks[k].start, toks[end - 1].end, gender=gender)


_OF_BODY = word_forms("في من لدى ب")


def _is_unnamed_head(word: str) -> bool:
    return word in UNNAMED_HEADS or (word.startswith("ال") and word[2:] in UNNAMED_HEADS)


def _en_unnamed_after(ctx: Context, k: int) -> Speaker | None:
    """ "a senior U.S. official" starting at token k: determiner, modifiers, head noun."""
    toks = ctx.tokens
    if k >= len(toks) or toks[k].norm.lower() not in _EN_DETERMINERS:
        return None
    for end in range(k + 1, min(k + 6, len(toks))):
        if ctx.gap(end - 1, end).strip(" .-"):
            return None
        word = toks[end].norm.lower()
        if word in EN_UNNAMED:
            text = ctx.text[toks[k].start : toks[end].end]
            definite = toks[k].norm.lower() == "the"
            return Speaker(
                text, toks[k].start, toks[end].end, head=word.rstrip("s"), definite=definite
            )
    return None


def _english_name(ctx: Context, a: int, b: int) -> Speaker | None:
    """A run of capitalised words in tokens [a, b) read as a name ("John Smith")."""
    toks = ctx.tokens
    words = [ctx.text[t.start : t.end] for t in toks[a:b]]
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 4:
        return None
    return Speaker(" ".join(words), toks[a].start, toks[b - 1].end)


def subject_after(ctx: Context, v: int) -> Speaker | None:
    """The named subject right after the verb at token v (Arabic VSO, English "said X")."""
    toks = ctx.tokens
    k = v + 1
    if k < len(toks) and toks[k].norm in _SKIP_AFTER_VERB:
        k += 1
    if k + 1 < len(toks) and toks[k].norm == "كل" and toks[k + 1].norm == "من":
        k += 2  # "أشارت كل من الصين وبيلاروسيا"
    if k >= len(toks) or ctx.gap(k - 1, k).strip(' ،,“”«»"') or ctx.in_quote(toks[k].start):
        return None
    m = ctx.mention_at.get(k)  # keyed by token, so clitics ("ولوكاشينكو") are covered
    if m is None and _possessed(ctx, k):
        m = ctx.mention_at.get(k + 1)  # "وقالت رئيستها نوال نصر"
    if m is None and ctx.lang != "ar":
        m = _appositive(ctx, k)  # "said Villa's manager, Unai Emery."
    if m is None:
        m = ctx.places_at.get(k)  # "حذرت واشنطن": a capital or country speaks for its state
    verb = without_object(toks[v].norm)
    if m is not None and verb in SPEECH_VERBS and verb_gender(verb) == "m" and gender_of(m) == "f":
        return None  # "واتهم الولايات المتحدة": a masculine verb's following state is its object
    if m is not None:
        return speaker_from(m)
    unnamed = _unnamed_after(ctx, k) if ctx.lang == "ar" else _en_unnamed_after(ctx, k)
    if unnamed is not None:
        return unnamed
    body = _body_after(ctx, k) if ctx.lang == "ar" else None
    if body is not None:
        return body
    if ctx.lang != "ar":
        end = k
        while end < len(toks) and end - k < 4 and ctx.text[toks[end].start].isupper():
            end += 1
            if ctx.gap(end - 1, end).strip() if end < len(toks) else True:
                break
        return _english_name(ctx, k, end)
    return None


def _possessed(ctx: Context, k: int) -> bool:
    """ "رئيستها", "محاميه": a role noun with a possessive pronoun."""
    word = ctx.text[ctx.tokens[k].start : ctx.tokens[k].end] if k < len(ctx.tokens) else ""
    return len(word) > 4 and word.endswith(("ها", "هم", "ه")) and "\u0600" <= word[0] <= "\u06ff"


def _appositive(ctx: Context, k: int) -> Mention | None:
    """A person named within a few words after an English verb, in the same clause."""
    for j in range(k, min(k + 6, len(ctx.tokens))):
        if j > k and set(ctx.gap(j - 1, j)) & set('.!?;:“”"'):
            return None
        m = ctx.mention_at.get(j)
        if m is not None:
            return m if m.type == "PERSON" else None
    return None


def subject_before(ctx: Context, v: int) -> Speaker | None:
    """English "Blinken said" / "a senior US official said" / "Blinken also said"."""
    toks = ctx.tokens
    k = v - 1
    if k >= 0 and toks[k].norm.lower() in ("also", "later", "then", "has", "had", "have"):
        k -= 1
    if k > 0 and toks[k].norm.lower() == "who" and ctx.gap(k - 1, k).strip() in ("", ","):
        k -= 1  # "according to Janet Yellen, who said"
        v = k + 1
    elif k > 0 and ctx.gap(k, v).strip() == "," and k + 1 in ctx.mention_end:
        pass  # "The environment secretary, Claire Dunmore, said": the appositive name
    elif k > 0 and ctx.gap(k, v).strip() == ",":
        # "A senior EU official, speaking on condition of anonymity, said ..."
        comma = next(
            (a for a in range(k - 1, max(k - 10, 0), -1) if "," in ctx.gap(a, a + 1)), None
        )
        if comma is None:
            return None
        k = comma
    elif k < 0 or ctx.gap(k, v).strip():
        return None
    m = ctx.mention_end.get(k + 1)
    if m is not None:
        return _for_whom(ctx, m) or speaker_from(m)
    word = toks[k].norm.lower()
    if word in EN_UNNAMED:
        a = k
        while a > 0 and k - a < 4 and not ctx.gap(a - 1, a).strip():
            prev = toks[a - 1].norm
            a -= 1
            if prev.lower() in _EN_DETERMINERS:
                break
        text = ctx.text[toks[a].start : toks[k].end]
        definite = toks[a].norm.lower() == "the"
        return Speaker(text, toks[a].start, toks[k].end, head=word.rstrip("s"), definite=definite)
    if word in EN_PRONOUNS:
        return None
    a = k
    while a > 0 and k - a < 3 and ctx.text[toks[a - 1].start].isupper():
        if ctx.gap(a - 1, a).strip():
            break
        a -= 1
    sent = ctx.sentence_of(toks[a].start)
    if sent is not None and sent.start == toks[a].start and a == k:
        return None  # one capitalised sentence-initial word ("Officials"): not a name
    return _english_name(ctx, a, k + 1)


def _for_whom(ctx: Context, m: Mention) -> Speaker | None:
    """ "a spokesperson for Gov. Tom Reyes": the unnamed speaker, not the person named."""
    toks = ctx.tokens
    k = (m.lead if m.lead is not None else m.tok_start) - 1
    if k < 2 or toks[k].norm.lower() not in ("for", "of", "at") or ctx.gap(k - 1, k).strip():
        return None
    unnamed = next(
        (a for a in range(k - 1, max(k - 5, -1), -1) if toks[a].norm.lower() in _EN_DETERMINERS),
        None,
    )
    if unnamed is None or toks[k - 1].norm.lower() not in EN_UNNAMED:
        return None
    text = " ".join(ctx.text[toks[unnamed].start : m.end].split())
    return Speaker(text, toks[unnamed].start, m.end, head=toks[k - 1].norm.lower().rstrip("s"))


def without_object(word: str) -> str:
    """A speech verb with an object pronoun ("وصفتها", "اعتبره") read as the bare verb."""
    if word in SPEECH_VERBS or len(word) < 5:
        return word
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and word[: -len(suffix)] in SPEECH_VERBS:
            return word[: -len(suffix)]
    return word


def sentence_subject(ctx: Context, v: int) -> Speaker | None:
    """The capitalised subject opening an English sentence: a person or a body."""
    sent = ctx.sentence_of(ctx.tokens[v].start)
    if sent is None:
        return None
    a = ctx.tok_index(sent.start)
    m = ctx.mention_at.get(a) or ctx.mention_at.get(a + 1)
    if m is not None and m.type in ("PERSON", "ORG"):
        return speaker_from(m)
    if ctx.tokens[a].norm.lower() == "the":
        a += 1
    end = a
    while end < v and end - a < 6 and ctx.text[ctx.tokens[end].start].isupper():
        end += 1
    if end - a < 2 or end >= v or ctx.text[ctx.tokens[end].start].isupper():
        return None
    return _english_name(ctx, a, end) if end - a <= 4 else None
