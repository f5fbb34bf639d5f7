"""Reference: who a verb without a named subject, a repeated title or a bare quotation means.

"وأضافت" / "she said" → the latest speaker or sentence subject agreeing in gender; "الوزيرة"
→ the minister named before; "المسؤول" → the official quoted before; an interview's answers
→ the person the article is about.
"""

from __future__ import annotations

from bisect import bisect_right

from claims.bodies_en import BODY_NOUNS, PLACE_BODIES
from claims.context import Context, Speaker, speaker_from, title_head
from claims.entities import gender_of
from claims.gazetteer import word_forms
from claims.mentions import Mention
from claims.segment import norm_word
from claims.types import Sentence


def refer_back(ctx: Context, speaker: Speaker, history: list[Speaker]) -> Speaker:
    """Resolve "المسؤول"/"the official" and "Mao"/"لوكاشينكو" to who was named earlier."""
    if speaker.definite and speaker.head:
        for earlier in reversed(history):
            if earlier.head == speaker.head and not earlier.definite:
                return Speaker(earlier.name, speaker.start, speaker.end, head=earlier.head)
        titled = _titled_before(ctx, speaker)  # "وأوضحت الوزيرة" → the minister named before
        bare = len(speaker.name.split()) <= 2 and "باسم" not in speaker.name  # not "... باسم X"
        if (
            titled is None
            and speaker.head in _OFFICIAL
            and bare
            and history
            and not history[-1].head
        ):
            # "وأضاف المسؤول الحكومي": "the official" is the named speaker just quoted
            return Speaker(history[-1].name, speaker.start, speaker.end, gender=speaker.gender)
        return titled if titled is not None else speaker
    words = speaker.name.split()
    if speaker.head and len(words) > 1 and norm_word(words[-1]).startswith("ال"):
        # "وتابع عضو مجلس الإدارة": a role in construct, as it introduced a person before
        # ("محمد عبد الفتاح، عضو مجلس إدارة النادي"), matched by its first two words
        return _titled_before(ctx, speaker, norm_word(words[1])) or speaker
    if " " not in speaker.name and speaker.start is not None:
        for m in ctx.mentions_before(speaker.start):
            # a name's words are spaced: "Eni\nALGIERS" (a title above its dateline) is none
            if m.type == "PERSON" and speaker.name in m.canonical.split(" "):
                return Speaker(m.canonical, speaker.start, speaker.end, gender=speaker.gender)
    return speaker


# "المسؤول", "المتحدث", "الناطق": the role of the person just quoted, by name
_OFFICIAL = word_forms("مسؤول متحدث ناطق")


def _titled_before(ctx: Context, speaker: Speaker, second: str = "") -> Speaker | None:
    """The person last introduced by the title `speaker` repeats ("الوزيرة" → her name); with
    `second`, the title's next word must be it too ("عضو مجلس ...")."""
    if speaker.start is None:
        return None
    for m in ctx.mentions_before(speaker.start):
        if m.type != "PERSON":
            continue
        # the title before the name ("وزير السياحة حازم الشناوي") or set off after it
        # ("حازم الشناوي، وزير السياحة والآثار،")
        after: int | None = m.tok_end
        if m.tok_end >= len(ctx.tokens) or ctx.gap(m.tok_end - 1, m.tok_end).strip() not in (
            "،",
            ",",
        ):
            after = None
        toks = ctx.tokens
        heads = {
            title_head(toks[k].norm)
            for k in (m.lead, after)
            if k is not None and (not second or (k + 1 < len(toks) and toks[k + 1].norm == second))
        }
        if speaker.head in heads:
            return Speaker(m.canonical, speaker.start, speaker.end, gender=m.gender)
    return None


def salient(ctx: Context, v: int, spoke: list[tuple[int, Speaker]], gender: str) -> Speaker | None:
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
        for m in subjects if ctx.lang == "ar" else []:  # "وكانت المنظمة قد أشادت ...، مؤكدة أن"
            # (an Arabic body's gender is its noun's; English "he"/"she" is never a body)
            if m.type == "ORG" and not m.media and gender and gender == gender_of(m):
                return speaker_from(m)
    ranked = list(reversed(spoke[-8:]))
    subject = _subject_of_previous_sentence(ctx, sent)
    if subject is not None:
        ranked.append((subject.start, speaker_from(subject)))
        ranked.sort(key=lambda x: x[0], reverse=True)
    if ctx.lang != "ar" and gender:
        ranked = [(p, h) for p, h in ranked if not _body(ctx, h)]  # "she said": a person
    hit = next((h for _, h in ranked if _fits(gender, h.gender)), None)
    if hit is not None:
        return hit
    if spoke:
        return spoke[-1][1]
    # the last person mentioned; in English not an object ("the quake that tore through
    # Morocco's High Atlas": a name no list holds may be a place's)
    person = next(
        (
            m
            for m in ctx.mentions_before(tok.start)
            if m.type == "PERSON" and (ctx.lang == "ar" or not _after_prep(ctx, m))
        ),
        None,
    )
    return speaker_from(person) if person else None


def _body(ctx: Context, speaker: Speaker) -> bool:
    """True when an English speaker is a body: its head noun is a body's ("the oil ministry"),
    or, with no head, a listed one starts where it starts or its last word is a body's noun
    ("the election commission"). An unnamed person's head decides: "An official at the
    ministry" is a person, whatever the phrase ends in."""
    bodies = BODY_NOUNS | PLACE_BODIES
    if speaker.head:
        return speaker.head in bodies
    listed = ctx.any_at.get(ctx.tok_index(speaker.start)) if speaker.start is not None else None
    last = speaker.name.split()[-1].lower() if speaker.name else ""
    return (listed is not None and listed.type == "ORG") or last in bodies


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
    "مع إلى الى على عن من لدى ضد بين نظيره للقاء لقاء with to by from against through across into",
    ("",),
)


def _after_prep(ctx: Context, m: Mention) -> bool:
    """True when mention m is an object: preceded by a preposition or a clitic ب/ل, or
    possessed by one ("through Morocco's High Atlas")."""
    k = m.tok_start
    word = ctx.tokens[k].norm
    clitic = ctx.text[ctx.tokens[k].start : m.start]
    if clitic.strip("وف") and clitic[-1:] in "بلك":
        return True
    if k > 2 and ctx.tokens[k - 1].norm == "s" and ctx.gap(k - 2, k - 1) in ("'", "’"):
        k -= 2  # an English possessive before the name: the phrase starts with its owner
    return k > 0 and ctx.tokens[k - 1].norm in _PREPS and word != ""


def nearest_mention(ctx: Context, speaker: Speaker, pos: int) -> Speaker:
    """Point a resolved speaker at its nearest mention before `pos` (or keep it)."""
    best = next((m for m in ctx.mentions_before(pos) if m.canonical == speaker.name), None)
    return speaker_from(best) if best is not None else speaker


def main_person(ctx: Context, pos: int) -> Speaker | None:
    """The person mentioned most often before `pos` (the latest on a tie), or None."""
    counts: dict[str, int] = {}
    latest: dict[str, Mention] = {}
    for m in ctx.mentions_before(pos):
        if m.type == "PERSON" and not ctx.in_quote(m.start):
            counts[m.canonical] = counts.get(m.canonical, 0) + 1
            latest.setdefault(m.canonical, m)
    if not counts:
        return None
    best = max(counts, key=lambda name: (counts[name], latest[name].start))
    return speaker_from(latest[best])
