"""Attribution: who says what. Speech verbs, their speakers, and quotations with speakers.

A careful reader's rules, in order: the subject of the nearest speech verb before the quotation
in its sentence ("وقالت وزارة خارجيتها ... إن الصين “...”"); else an attribution after it
("“...”، قائلاً", "“...,” said Blinken", "بحسب ما قال فلان"); a verb without a named subject
("قال:") and a quotation standing alone in its paragraph take the most salient speaker before
them: of the verb's gender, the latest of the last speaker and the subject of the sentence
before. A quotation opening a paragraph after "قال فلان:" is his; a closing mark that ends a
quotation opened in the paragraph before continues it (claims.segment). News agencies that
report words, or are told them ("لرويترز", "told Reuters"), are sources, not speakers.
Subjects are read by claims.subjects.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from claims.detect import COMPLEMENTIZERS, is_name_span, quote_kind
from claims.entities import gender_of
from claims.gazetteer import lexicon, word_forms
from claims.mentions import Mention
from claims.segment import QuoteSpan, norm_word
from claims.subjects import (
    CONJ,
    EN_PRONOUNS,
    PARTICIPLES,
    SPEECH_VERBS,
    Context,
    Speaker,
    sentence_subject,
    speaker_from,
    subject_after,
    subject_before,
    verb_gender,
    without_object,
)
from claims.types import Quote, Sentence

# "بحسب X" / "وفقا لـ X" / "نقلا عن X": X is the speaker, or the source when X is a medium.
ACCORDING = word_forms("بحسب حسب وفقا وفق نقلا طبقا", CONJ)
EN_VERBS = lexicon("en_speech_verbs")
# "The agency issued an alert, warning of “...”": the sentence's subject speaks.
EN_PARTICIPLES = lexicon("en_participles")
# "«...»، على حد قوله": the words are the salient speaker's, as he or she put it.
_ALA = norm_word("على")
AS_THEY_PUT_IT = word_forms("قوله قولها قولهم تعبيره تعبيرها تعبيرهم وصفه وصفها")


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


def find_attributions(ctx: Context) -> list[Attribution]:
    """Return every speech verb / "according to" with its speaker, resolved in reading order."""
    out: list[Attribution] = []
    history: list[Speaker] = []  # named speakers so far
    spoke: list[tuple[int, Speaker]] = []  # every resolved speaker, at the verb's position
    for v, tok in enumerate(ctx.tokens):
        word = tok.norm
        lower = word.lower()
        if ctx.lang == "ar" or _is_arabic_word(word):
            word = without_object(word)  # "وصفتها اللجنة بأنها ..."
            is_verb, is_after = word in SPEECH_VERBS, word in PARTICIPLES or word in ACCORDING
            is_after = is_after or _as_they_put_it(ctx, v)
        else:
            is_verb, is_after = lower in EN_VERBS, lower in EN_PARTICIPLES
            if lower == "according" and v + 1 < len(ctx.tokens):
                is_after = ctx.tokens[v + 1].norm.lower() == "to"
        if not (is_verb or is_after):
            continue
        speaker, source = _resolve_verb(ctx, v, word, is_after)
        gender = _verb_gender(ctx, v)
        if speaker is not None and speaker.media:
            # "وأفادت “بيلتا” بأن": the verb agrees with the medium, not with who spoke
            source, speaker, gender = speaker.name, None, ""
        if speaker is not None:
            speaker = _refer_back(ctx, speaker, history)
            if not speaker.gender and speaker.start is not None:
                speaker.gender = gender  # "وقالت أمريتا سين": the verb shows who she is
        explicit = speaker is not None
        if speaker is None and lower in EN_PARTICIPLES:
            speaker = sentence_subject(ctx, v)  # "The agency issued ..., warning of “...”"
        if speaker is None and (is_after or _clause_initial(ctx, v)) and word not in ACCORDING:
            agreeing = [(p, h) for p, h in spoke if _agrees(ctx, word, h)]
            speaker = _salient(ctx, v, agreeing, gender)
        if speaker is not None and explicit:
            history.append(speaker)
        if speaker is not None:
            spoke.append((tok.start, speaker))
        source = source or _addressee(ctx, v)
        out.append(Attribution(v, tok.start, tok.end, speaker, source, explicit, is_after))
    return out


def _as_they_put_it(ctx: Context, v: int) -> bool:
    """ "«...»، على حد قوله/تعبيرها": the words before are the salient speaker's."""
    return (
        v > 1
        and ctx.tokens[v].norm in AS_THEY_PUT_IT
        and ctx.tokens[v - 1].norm == "حد"
        and ctx.tokens[v - 2].norm == _ALA
    )


def _verb_gender(ctx: Context, v: int) -> str:
    """Gender shown by the verb at v: Arabic agreement, or an English pronoun subject."""
    word = ctx.tokens[v].norm
    if word in AS_THEY_PUT_IT:
        return "f" if word.endswith("ها") else "m" if word.endswith("ه") else ""
    if ctx.lang == "ar" or _is_arabic_word(word):
        return verb_gender(without_object(word))
    prev = ctx.tokens[v - 1].norm.lower() if v > 0 else ""
    return {"he": "m", "she": "f"}.get(prev, "")


def _addressee(ctx: Context, v: int) -> str | None:
    """A medium the words were said to: "وقالت ... لرويترز", "told Reuters" → the source."""
    for k in range(v + 1, min(v + 16, len(ctx.tokens))):
        word = ctx.tokens[k].norm
        if word in COMPLEMENTIZERS or ctx.in_quote(ctx.tokens[k].start):
            return None
        m = ctx.media_at.get(k)
        told = "told" in (ctx.tokens[k - 1].norm.lower(), ctx.tokens[k - 2].norm.lower())
        if m is not None and (word[:1] == "ل" or told):  # "لرويترز", "told (the) BBC"
            return m.canonical
        if word == "ل" and k + 1 < len(ctx.tokens):
            named = _quoted_name(ctx, k + 1)  # "لـ«الشرق الأوسط»": a medium not listed
            if named is not None:
                return named
        if set(ctx.gap(k - 1, k)) & set(':.«“"'):
            return None
    return None


def _quoted_name(ctx: Context, k: int) -> str | None:
    """The words of a short quoted name that opens at token k ("«الشرق الأوسط»")."""
    gap = ctx.gap(k - 1, k)
    if not gap or gap[-1] not in '«“"':
        return None
    close = {"«": "»", "“": "”", '"': '"'}[gap[-1]]
    end = ctx.text.find(close, ctx.tokens[k].start, ctx.tokens[k].start + 40)
    name = ctx.text[ctx.tokens[k].start : end] if end > 0 else ""
    return name if 0 < len(name.split()) <= 4 else None


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
    return ctx.lang != "ar" or not (verb_gender(verb) == "m" and speaker.gender == "f")


def _is_arabic_word(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


_REPORTED_FROM = word_forms("نقلت نقل", CONJ)


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
            media = [ctx.media_at[k] for k in range(v + 1, about) if k in ctx.media_at]
            reporter = ctx.text[toks[v + 1].start : toks[about - 1].end].strip('«»“”" ')
            return subject_after(ctx, about), media[0].canonical if media else reporter
    if word in ACCORDING or word.lower() == "according":
        k = v + 1
        if k < len(toks) and toks[k].norm in ("ما", "to", "لما"):
            k += 1  # "بحسب ما قال فلان"
            if k < len(toks) and toks[k].norm in SPEECH_VERBS:
                return subject_after(ctx, k), None
        return subject_after(ctx, k - 1), None
    if is_after:
        return None, None
    if ctx.lang != "ar":
        # "Moss said ...", "she said the government was ...": the subject comes first;
        # "said X" only inverts after a quotation or a comma ("“...,” said Rebecca Moss").
        speaker = subject_before(ctx, v)
        prev = toks[v - 1].norm.lower() if v > 0 else ""
        if speaker is None and prev not in EN_PRONOUNS and _inverted(ctx, v):
            speaker = subject_after(ctx, v)
            if speaker is not None and speaker.end is not None:
                rest = ctx.text[speaker.end : speaker.end + 3].lstrip()
                if rest and rest[0] not in ',.;:”")—–-':
                    speaker = None  # "Dunmore, said the government was ...": an object
        return speaker, None
    speaker = subject_after(ctx, v)
    if speaker is None and v > 0:
        m = ctx.mention_end.get(v)
        if m is not None and not ctx.gap(v - 1, v).strip():
            speaker = speaker_from(m)  # SVO: "لوكاشينكو قال"
    return speaker, None


def _inverted(ctx: Context, v: int) -> bool:
    """True when an English verb can precede its subject: after a quotation or a comma."""
    if v == 0:
        return True
    gap = ctx.gap(v - 1, v)
    sent = ctx.sentence_of(ctx.tokens[v].start)
    return bool(set(gap) & set(',”"')) or (sent is not None and sent.start == ctx.tokens[v].start)


def _salient(ctx: Context, v: int, spoke: list[tuple[int, Speaker]], gender: str) -> Speaker | None:
    """The actor a verb without a named subject ("وأضافت", "she said") refers to.

    First a person (or a body agreeing with the verb) named earlier in the same sentence in
    subject position; else, whose gender agrees with the verb, the latest of the last speaker
    and the subject of the sentence before ("يقف المزارع فلان ... يقول: «»"); else the last
    person mentioned.
    """
    tok = ctx.tokens[v]
    sent = ctx.sentence_of(tok.start)
    if sent is not None:
        lo = bisect_right(ctx.mention_starts, sent.start - 1)
        hi = bisect_right(ctx.mention_starts, tok.start - 1)
        subjects = [m for m in ctx.mentions[lo:hi] if not _after_prep(ctx, m)]
        for m in subjects:
            if m.type == "PERSON" and _fits(gender, m.gender) and not ctx.in_quote(m.start):
                return speaker_from(m)
        for m in subjects:  # "وكانت المنظمة قد أشادت ...، مؤكدة أن"
            if m.type == "ORG" and not m.media and gender and gender == gender_of(m):
                return speaker_from(m)
    ranked = list(reversed(spoke[-8:]))
    subject = _subject_of_previous_sentence(ctx, sent)
    if subject is not None:
        ranked.append((subject.start, speaker_from(subject)))
        ranked.sort(key=lambda x: x[0], reverse=True)
    hit = next((h for _, h in ranked if _fits(gender, h.gender)), None)
    if hit is not None:
        return hit
    if spoke:
        return spoke[-1][1]
    person = next((m for m in ctx.mentions_before(tok.start) if m.type == "PERSON"), None)
    return speaker_from(person) if person else None


def _subject_of_previous_sentence(ctx: Context, sent: Sentence | None) -> Mention | None:
    """The first person, not after a preposition, of the sentence before `sent`."""
    k = bisect_right(ctx.sent_starts, sent.start - 1) - 1 if sent is not None else -1
    if k < 0:
        return None
    prev = ctx.sentences[k]
    lo = bisect_right(ctx.mention_starts, prev.start - 1)
    hi = bisect_right(ctx.mention_starts, prev.end - 1)
    return next(
        (
            m
            for m in ctx.mentions[lo:hi]
            if m.type == "PERSON" and not _after_prep(ctx, m) and not ctx.in_quote(m.start)
        ),
        None,
    )


def _fits(gender: str, other: str) -> bool:
    return not gender or not other or gender == other


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
    return speaker_from(best) if best is not None else speaker


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
    names: set[str] = set()  # quoted words already read as a name stay one: “جي 42” ... “جي 42”
    for q in spans:
        start, end = _strip_span(ctx.text, q.inner_start, q.inner_end)
        if start >= end:
            continue
        key = " ".join(t.norm for t in ctx.tokens[ctx.tok_index(start) : ctx.tok_index(end)])
        if key in names:
            continue
        first, last = ctx.tok_index(start), ctx.tok_index(end)
        n_words = last - first
        if n_words == 0:
            continue
        sent = ctx.sentence_of(q.start) or Sentence(q.start, q.end)
        before = atts[bisect_left(att_starts, sent.start) : bisect_left(att_starts, q.start)]
        after = atts[bisect_left(att_starts, q.end) : bisect_left(att_starts, sent.end)]
        if n_words <= 6 and is_name_span(ctx, q, first, last, before, after, n_words):
            names.add(key)
            continue
        k = bisect_right(paragraphs, (q.start, len(ctx.text) + 1)) - 1
        para = paragraphs[k] if k >= 0 and q.start < paragraphs[k][1] else (q.start, q.end)
        if not before and not after:
            before = _lead_in(ctx, q, para, paragraphs[k - 1] if k > 0 else None, atts, att_starts)
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


def _lead_in(
    ctx: Context,
    q: QuoteSpan,
    para: tuple[int, int],
    prev: tuple[int, int] | None,
    atts: list[Attribution],
    att_starts: list[int],
) -> list[Attribution]:
    """The attribution of a quotation opening a paragraph after "... قال فلان:" / "X said:"."""
    if prev is None or ctx.text[para[0] : q.start].strip() or not ctx.text[: prev[1]].endswith(":"):
        return []
    return atts[bisect_left(att_starts, prev[0]) : bisect_left(att_starts, prev[1])][-1:]


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
    same_para = bool(previous) and previous[-1].span.start >= para[0]
    if previous and (standalone or same_para or previous[-1].span.end >= sent.start - 2):
        last = previous[-1]
        return nearest_mention(ctx, last.speaker, q.start) if last.speaker else None, last.source
    return None, sources[0] if sources else None
