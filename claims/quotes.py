"""Attribution: who says what. Speech verbs, their speakers, and quotations with speakers.

A careful reader's rules, in order: the subject of the nearest speech verb before the quotation
in its sentence ("وقالت وزارة خارجيتها ... إن الصين “...”"); else an attribution after it
("“...”، قائلاً", "“...,” said Blinken", "بحسب ما قال فلان"); a verb without a named subject
("قال:") and a quotation standing alone in its paragraph take the most salient speaker before
them. News agencies that report words are sources, not speakers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from claims.detect import COMPLEMENTIZERS, is_name_span, quote_kind
from claims.entities import NAME_STOP, Mention, gender_of
from claims.gazetteer import lexicon, word_forms
from claims.segment import QuoteSpan, Token
from claims.types import Quote, Sentence

_CONJ = ("", "و", "ف")


# Verbs whose subject (after them in Arabic, before or after them in English) is the speaker.
SPEECH_VERBS = lexicon("speech_verbs", _CONJ)
# Participles after a quotation or clause: "”، قائلاً" — the subject is the salient actor.
PARTICIPLES = lexicon("participles", _CONJ)
# "بحسب X" / "وفقا لـ X" / "نقلا عن X": X is the speaker, or the source when X is a medium.
ACCORDING = word_forms("بحسب حسب وفقا وفق نقلا طبقا", _CONJ)
EN_VERBS = lexicon("en_speech_verbs")
EN_PRONOUNS = word_forms("he she they it we i")

_SKIP_AFTER_VERB = word_forms("أيضا كذلك بدوره بدورها مجددا أمس اليوم also")
# Nouns of unnamed speakers: "قال مسؤول دبلوماسي", "a senior US official said".
UNNAMED_HEADS = lexicon("unnamed_heads", ("", "و"))
EN_UNNAMED = lexicon("en_unnamed_heads")
# "أحد المصادر", "أربعة مصادر", "بعض المسؤولين": a quantifier before an unnamed head.
QUANTIFIERS = lexicon("quantifiers", ("", "و"))
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


@dataclass
class Attribution:
    """A speech verb (or "according to") with its resolved speaker and source."""

    tok: int
    start: int
    end: int
    speaker: Speaker | None
    source: str | None
    explicit: bool  # the speaker is named right at the verb
    after: bool  # a participle / "according to": attributes what precedes it


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


def _strip(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _speaker_from(m: Mention) -> Speaker:
    return Speaker(m.canonical, m.start, m.end, m.media, gender_of(m))


def _gender(verb: str) -> str:
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
        if word in NAME_STOP or word in COMPLEMENTIZERS or (word[:1] in "لب" and len(word) > 4):
            break
        end += 1
    head = toks[k].norm[1:] if toks[k].norm[:1] in "وف" else toks[k].norm
    definite = head.startswith("ال") and first == k
    head = head[2:] if head.startswith("ال") else head
    text = ctx.text[toks[first].start : toks[end - 1].end]
    return Speaker(text, toks[first].start, toks[end - 1].end, head=head, definite=definite)


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


def _subject_after(ctx: Context, v: int) -> Speaker | None:
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
    if m is None:
        m = ctx.places_at.get(k)  # "حذرت واشنطن": a capital or country speaks for its state
    if m is not None and ctx.lang == "ar" and _gender(toks[v].norm) == "m" and gender_of(m) == "f":
        return None  # "واتهم الولايات المتحدة": a masculine verb's following state is its object
    if m is not None:
        return _speaker_from(m)
    unnamed = _unnamed_after(ctx, k) if ctx.lang == "ar" else _en_unnamed_after(ctx, k)
    if unnamed is not None:
        return unnamed
    if ctx.lang != "ar":
        end = k
        while end < len(toks) and end - k < 4 and ctx.text[toks[end].start].isupper():
            end += 1
            if ctx.gap(end - 1, end).strip() if end < len(toks) else True:
                break
        return _english_name(ctx, k, end)
    return None


def _subject_before(ctx: Context, v: int) -> Speaker | None:
    """English "Blinken said" / "a senior US official said" / "Blinken also said"."""
    toks = ctx.tokens
    k = v - 1
    if k >= 0 and toks[k].norm.lower() in ("also", "later", "then", "has", "had", "have"):
        k -= 1
    if k > 0 and toks[k].norm.lower() == "who" and ctx.gap(k - 1, k).strip() in ("", ","):
        k -= 1  # "according to Janet Yellen, who said"
        v = k + 1
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
        return _speaker_from(m)
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


def find_attributions(ctx: Context) -> list[Attribution]:
    """Return every speech verb / "according to" with its speaker, resolved in reading order."""
    out: list[Attribution] = []
    history: list[Speaker] = []  # named speakers so far: the salient one is the last
    for v, tok in enumerate(ctx.tokens):
        word = tok.norm
        lower = word.lower()
        if ctx.lang == "ar" or _is_arabic_word(word):
            is_verb, is_after = word in SPEECH_VERBS, word in PARTICIPLES or word in ACCORDING
        else:
            is_verb, is_after = lower in EN_VERBS, False
            if lower == "according" and v + 1 < len(ctx.tokens):
                is_after = ctx.tokens[v + 1].norm.lower() == "to"
        if not (is_verb or is_after):
            continue
        speaker, source = _resolve_verb(ctx, v, word, is_after)
        if speaker is not None and speaker.media:
            source, speaker = speaker.name, None
        if speaker is not None:
            speaker = _refer_back(ctx, speaker, history)
        explicit = speaker is not None
        if speaker is None and (is_after or _clause_initial(ctx, v)) and word not in ACCORDING:
            speaker = _salient(ctx, v, [h for h in history if _agrees(ctx, word, h)])
        if speaker is not None and explicit:
            history.append(speaker)
        out.append(Attribution(v, tok.start, tok.end, speaker, source, explicit, is_after))
    return out


_CLAUSE_LINKS = word_forms("ثم كما حيث بينما فيما لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها")


def _clause_initial(ctx: Context, v: int) -> bool:
    """True when the verb at v opens a clause, so an unnamed subject is the topic actor.

    "وقال في وقت لاحق إنه..." opens a clause; "الوقت الذي يحذر فيه الغرب" does not.
    """
    tok = ctx.tokens[v]
    sent = ctx.sentence_of(tok.start)
    if (sent is not None and sent.start == tok.start) or v == 0:
        return True
    if ctx.lang == "ar":
        return (
            tok.norm[:1] in "وف"
            or ctx.gap(v - 1, v).strip() != ""
            or (ctx.tokens[v - 1].norm in _CLAUSE_LINKS)
        )
    prev = ctx.tokens[v - 1].norm.lower()
    return prev in EN_PRONOUNS or ctx.gap(v - 1, v).strip() != ""


def _agrees(ctx: Context, verb: str, speaker: Speaker) -> bool:
    """False when an Arabic masculine verb would have a feminine body as its subject."""
    return ctx.lang != "ar" or not (_gender(verb) == "m" and speaker.gender == "f")


def _is_arabic_word(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


_REPORTED_FROM = word_forms("نقلت نقل", _CONJ)


def _refer_back(ctx: Context, speaker: Speaker, history: list[Speaker]) -> Speaker:
    """Resolve "المسؤول"/"the official" and "Mao"/"لوكاشينكو" to who was named earlier."""
    if speaker.definite and speaker.head:
        for earlier in reversed(history):
            if earlier.head == speaker.head and not earlier.definite:
                return Speaker(earlier.name, speaker.start, speaker.end, head=earlier.head)
        return speaker
    if " " not in speaker.name and speaker.start is not None:
        for m in ctx.mentions_before(speaker.start):
            if m.type == "PERSON" and speaker.name in m.canonical.split():
                return Speaker(m.canonical, speaker.start, speaker.end, gender=speaker.gender)
    return speaker


def _resolve_verb(
    ctx: Context, v: int, word: str, is_after: bool
) -> tuple[Speaker | None, str | None]:
    """Return the explicitly named speaker of the verb at token v (None for pronoun subjects)."""
    toks = ctx.tokens
    if word in _REPORTED_FROM:
        # "نقلت هيئة البث عن مسؤول إسرائيلي كبير": the first reports, the second speaks
        about = next((k for k in range(v + 2, min(v + 8, len(toks))) if toks[k].norm == "عن"), None)
        if about is not None:
            reporter = ctx.text[toks[v + 1].start : toks[about - 1].end]
            return _subject_after(ctx, about), reporter
    if word in ACCORDING or word.lower() == "according":
        k = v + 1
        if k < len(toks) and toks[k].norm in ("ما", "to", "لما"):
            k += 1  # "بحسب ما قال فلان"
            if k < len(toks) and toks[k].norm in SPEECH_VERBS:
                return _subject_after(ctx, k), None
        return _subject_after(ctx, k - 1), None
    if is_after:
        return None, None
    speaker = _subject_after(ctx, v)
    if speaker is None and ctx.lang != "ar":
        speaker = _subject_before(ctx, v)
    if speaker is None and ctx.lang == "ar" and v > 0:
        m = ctx.mention_end.get(v)
        if m is not None and not ctx.gap(v - 1, v).strip():
            speaker = _speaker_from(m)  # SVO: "لوكاشينكو قال"
    return speaker, None


def _salient(ctx: Context, v: int, history: list[Speaker]) -> Speaker | None:
    """The actor a verb without a named subject refers to.

    First a person named earlier in the same sentence in subject position (not after a
    preposition), then the last named speaker, then the last person mentioned.
    """
    tok = ctx.tokens[v]
    sent = ctx.sentence_of(tok.start)
    if sent is not None:
        lo = bisect_right(ctx.mention_starts, sent.start - 1)
        hi = bisect_right(ctx.mention_starts, tok.start - 1)
        for m in ctx.mentions[lo:hi]:
            if m.type == "PERSON" and not _after_prep(ctx, m):
                return _speaker_from(m)
    if history:
        return history[-1]
    person = next((m for m in ctx.mentions_before(tok.start) if m.type == "PERSON"), None)
    return _speaker_from(person) if person else None


_PREPS = word_forms(
    "مع إلى الى على عن من لدى ضد بين نظيره للقاء لقاء with to by from against", ("",)
)


def _after_prep(ctx: Context, m: Mention) -> bool:
    """True when mention m is an object: preceded by a preposition or a clitic ب/ل."""
    k = m.tok_start
    word = ctx.tokens[k].norm
    clitic = ctx.text[ctx.tokens[k].start : m.start]
    if clitic.strip("وف") and clitic[-1:] in "بلك":
        return True
    return k > 0 and ctx.tokens[k - 1].norm in _PREPS and word != ""


def nearest_mention(ctx: Context, speaker: Speaker, pos: int) -> Speaker:
    """Point a resolved speaker at its nearest mention before `pos` (or keep it)."""
    best = next((m for m in ctx.mentions_before(pos) if m.canonical == speaker.name), None)
    return _speaker_from(best) if best is not None else speaker


# Nouns that introduce a name in quote marks: «وكالة “بيلتا”», "the “Today” programme".


@dataclass
class _Found:
    span: QuoteSpan
    start: int
    end: int
    speaker: Speaker | None
    source: str | None
    kind: str


def find_quotes(
    ctx: Context,
    spans: list[QuoteSpan],
    attributions: list[Attribution],
    paragraphs: list[tuple[int, int]],
) -> list[Quote]:
    """Return the direct quotations among quoted spans, each with kind, speaker and source."""
    inside = [(q.start, q.end) for q in spans]
    atts = [a for a in attributions if not _inside(inside, a.start)]
    att_starts = [a.start for a in atts]
    found: list[_Found] = []
    for q in spans:
        start, end = _strip_span(ctx.text, q.inner_start, q.inner_end)
        if start >= end:
            continue
        first, last = ctx.tok_index(start), ctx.tok_index(end)
        n_words = last - first
        if n_words == 0:
            continue
        sent = ctx.sentence_of(q.start) or Sentence(q.start, q.end)
        before = atts[bisect_left(att_starts, sent.start) : bisect_left(att_starts, q.start)]
        after = atts[bisect_left(att_starts, q.end) : bisect_left(att_starts, sent.end)]
        if n_words <= 6 and is_name_span(ctx, q, first, last, before, after, n_words):
            continue
        k = bisect_right(paragraphs, (q.start, len(ctx.text) + 1)) - 1
        para = paragraphs[k] if k >= 0 and q.start < paragraphs[k][1] else (q.start, q.end)
        speaker, source = _speaker_for(ctx, q, sent, para, before, after, found)
        kind = quote_kind(ctx, q, sent, first, n_words)
        found.append(_Found(q, start, end, speaker, source, kind))
    return [
        Quote(
            ctx.text[f.start : f.end],
            f.start,
            f.end,
            f.speaker.name if f.speaker else None,
            f.speaker.start if f.speaker else None,
            f.speaker.end if f.speaker else None,
            f.source,
            f.kind,
        )
        for f in found
    ]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when `pos` lies strictly inside one of the sorted, disjoint `spans`."""
    k = bisect_right(spans, (pos, pos)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in '«»“”„"'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '«»“”„"'):
        end -= 1
    return start, end


def _speaker_for(
    ctx: Context,
    q: QuoteSpan,
    sent: Sentence,
    para: tuple[int, int],
    before: list[Attribution],
    after: list[Attribution],
    found: list[_Found],
) -> tuple[Speaker | None, str | None]:
    """Pick the attribution a careful reader would use for quotation q."""
    sources = [a.source for a in before + after if a.source]
    starts_sentence = not ctx.text[sent.start : q.start].strip(" \t-–—")
    chosen: Attribution | None = None
    if after and (starts_sentence or not before):
        chosen = after[0]
    elif before:
        chosen = before[-1]
    if chosen is not None:
        speaker = chosen.speaker
        if speaker is not None:
            speaker = nearest_mention(ctx, speaker, q.start) if not chosen.explicit else speaker
        return speaker, chosen.source or (sources[0] if sources else None)
    standalone = (q.end - q.start) >= 0.8 * (para[1] - para[0])
    previous = [f for f in found if f.speaker is not None]
    if previous and (standalone or previous[-1].span.end >= sent.start - 2):
        last = previous[-1]
        return nearest_mention(ctx, last.speaker, q.start) if last.speaker else None, last.source
    return None, sources[0] if sources else None
