"""Sources: the medium that reports words or that they were said to ("لرويترز", "told AFP",
"في حديث للجزيرة نت", "في تصريح لمراسل الأناضول", "في بيان نقلته وكالة ...", "“Al-Sabah” quoted").
A source is never the speaker."""

from __future__ import annotations

from claims.bodies import MEDIA_HEADS, medium_at, quoted_name
from claims.context import Context, surface
from claims.gazetteer import word_forms
from claims.media_en import (
    EN_AFTER_MEDIUM,
    EN_KINDS,
    EN_MEDIA_NOUNS,
    EN_SHOWS,
    en_medium,
    told_kind,
    told_medium,
    told_unlisted,
)
from claims.quoted_names import WITH_TO
from claims.speech import COMPLEMENTIZERS, ON, is_audience
from claims.written_names import SPOKEN_TO


def addressee(ctx: Context, v: int) -> str | None:
    """A medium the words were said to: "وقالت ... لرويترز", "told Reuters" → the source."""
    if ctx.lang != "ar":
        medium = _medium_after(ctx, v) or _en_interview(ctx, v) or _en_according(ctx, v)
        return medium or _en_programme(ctx, v) or _en_speaking(ctx, v)
    return _medium_after(ctx, v) or _venue_medium(ctx, v)


_EN_INTERVIEWS = word_forms("interview interviews")


# "In a statement carried by WAM, ...", "in an email seen by the Guardian": the medium that
# carried or saw the words is their source.
_EN_CARRIED = word_forms("carried published broadcast aired quoted cited seen obtained reviewed")


# Words sent to a medium: "said in a statement to The Washington Post", "in an email to Reuters",
# "in an emailed response to Reuters questions".
_EN_SENT = word_forms("statement statements email emails comments remarks response responses reply")


# Words after the verb searched for the interview: "“...,” said X, chief financial officer of
# Y, in an interview with the Financial Times".
_EN_INTERVIEW_REACH = 20


def _en_interview(ctx: Context, v: int) -> str | None:
    """The medium of an interview around the verb at token v, in its sentence and before what
    is said, within its sentence: "said in an interview with WNYC that", "In an interview with
    Reuters, Roe said", "In a statement carried by WAM, the ministry urged", "“...,” said X,
    chief financial officer of Y, in an interview with the Financial Times".

    A listed medium, one told by its kind ("with the newspaper El País") or an acronym the
    sentence goes on after ("with KQED on Monday"); "an interview with NATO officials" is none.
    """
    toks = ctx.tokens
    sent = ctx.sentence_of(toks[v].start)
    first = ctx.tok_index(sent.start) if sent is not None else v
    last = ctx.tok_index(sent.end) if sent is not None else len(toks)
    for k in range(max(first, v - 12), min(v + _EN_INTERVIEW_REACH, last, len(toks) - 2)):
        if k > v and (toks[k].norm in COMPLEMENTIZERS or ctx.in_quote(toks[k].start)):
            return None
        link = toks[k + 1].norm.lower()
        interview = toks[k].norm.lower() in _EN_INTERVIEWS and link in ("with", "on", "to")
        sent_to = toks[k].norm.lower() in _EN_SENT and link == "to"
        if (
            not interview
            and not sent_to
            and not (toks[k].norm.lower() in _EN_CARRIED and link == "by")
        ):
            continue
        j = k + 2
        m = ctx.media_at.get(j) or ctx.media_at.get(j + 1)
        if m is not None:
            return en_medium(ctx, m)
        if sent_to:
            # "a statement to the UN Security Council": a statement goes to bodies as well, so
            # only a medium listed, told by its kind, by a capitalised "The" of its name ("to
            # The Boston Globe") or by its shape is its source ("an email to staff seen by the
            # Guardian" goes on to one)
            titled = toks[j].norm == "The" and told_medium(ctx, j)
            medium = titled or told_kind(ctx, j) or told_unlisted(ctx, j)
            if medium:
                return medium
            continue
        told = told_medium(ctx, j)
        if told is not None:
            return told
        word = toks[j].norm
        nxt = toks[j + 1].norm.lower() if j + 1 < len(toks) else ""
        ends = not nxt or ctx.gap(j, j + 1).strip() or nxt in COMPLEMENTIZERS | EN_AFTER_MEDIUM
        if word.isupper() and word.isalpha() and len(word) > 1 and ends:
            return word
    return None


def _en_according(ctx: Context, v: int) -> str | None:
    """The medium after "according to" at token v: "according to the state news agency
    Armenpress", "according to the Interfax news agency"."""
    toks = ctx.tokens
    if toks[v].norm.lower() != "according" or v + 2 >= len(toks) or toks[v + 1].norm != "to":
        return None
    m = ctx.media_at.get(v + 2) or ctx.media_at.get(v + 3)
    # a medium by its kind only: "according to UNICEF" or "the Rural Transport Federation"
    # is a body
    return en_medium(ctx, m) if m is not None else told_kind(ctx, v + 2)


# "Speaking to BBC Radio Wales, Howells said": a participle of talk and the medium talked to.
_EN_SPEAKING = word_forms("speaking talking")


def _en_speaking(ctx: Context, v: int) -> str | None:
    """The medium a participle of talk names before the verb at token v, in its sentence
    ("Speaking to BBC Radio Wales on Tuesday, Howells said"), or, for "he"/"she" said, in the
    sentence before in its paragraph, whose words the pronoun's go on ("Speaking to BBC Radio
    Wales, Howells acknowledged the concerns. “...,” she said"); None when none does."""
    toks = ctx.tokens
    sent = ctx.sentence_of(toks[v].start)
    if sent is None:
        return None
    lo = ctx.tok_index(sent.start)
    pronoun = v > 0 and toks[v - 1].norm.lower() in ("he", "she")
    if pronoun and lo > 0 and "\n" not in ctx.gap(lo - 1, lo):
        before = ctx.sentence_of(toks[lo - 1].start)
        lo = ctx.tok_index(before.start) if before is not None else lo
    for k in range(lo, v - 2):
        if toks[k].norm.lower() not in _EN_SPEAKING or toks[k + 1].norm not in ("to", "with"):
            continue
        m = ctx.media_at.get(k + 2) or ctx.media_at.get(k + 3)
        return en_medium(ctx, m) if m is not None else told_medium(ctx, k + 2)
    return None


def _en_programme(ctx: Context, v: int) -> str | None:
    """A programme named in quote marks that the words were said on or to, after the verb at
    token v and before what is said: "said on the “Sports Zone” talk show last week that",
    "told the talk show “Al Hekaya” on Wednesday", "said on the programme “Evening Desk”"."""
    toks = ctx.tokens
    told = toks[v].norm.lower() in _EN_TOLD
    for k in range(v + 1, min(v + 6, len(toks) - 2)):
        if toks[k].norm in COMPLEMENTIZERS or set(ctx.gap(k - 1, k)) & set(".;:!?"):
            return None
        if toks[k].norm.lower() != "on" and not (told and k == v + 1):
            continue
        j = k + 1 if toks[k].norm.lower() == "on" else k
        j = j + 1 if toks[j].norm.lower() == "the" else j
        return _quoted_programme(ctx, j)
    return None


_SHOW_KIND = 3  # words of a programme's kind before its name: "current affairs programme"


def _quoted_programme(ctx: Context, j: int) -> str | None:
    """The programme named in quote marks at token j: its name before its kind ("“Sports Zone”
    talk show") or after it ("talk show “Al Hekaya”"); None when no kind of programme is
    named with it."""
    toks = ctx.tokens
    kind = next(
        (e for e in range(j, min(j + _SHOW_KIND, len(toks))) if toks[e].norm.lower() in EN_SHOWS),
        None,
    )
    if kind is not None and kind + 1 < len(toks):
        j = kind + 1  # the name after its kind
    if j >= len(toks) or not set(ctx.gap(j - 1, j)) & set('“"'):
        return None
    end = next(
        (e for e in range(j, min(j + 5, len(toks) - 1)) if set(ctx.gap(e, e + 1)) & set('”"')),
        None,
    )
    if end is None:
        return None
    after = [t.norm.lower() for t in toks[end + 1 : end + 3]]
    shown = EN_SHOWS & set(after[:1]) or (len(after) == 2 and after[1] in EN_SHOWS)
    if shown or (kind is not None and toks[j].norm[:1].isupper()):
        return " ".join(ctx.text[toks[j].start : toks[end].end].split())
    return None


def _medium_after(ctx: Context, v: int) -> str | None:
    """The medium addressed after the verb, before what is said."""
    for k in range(v + 1, min(v + 24, len(ctx.tokens))):
        word = ctx.tokens[k].norm
        if word in COMPLEMENTIZERS or ctx.in_quote(ctx.tokens[k].start):
            return None
        m = ctx.media_at.get(k)
        prev = ctx.tokens[k - 1].norm.lower()
        on_air = k == v + 2 and prev == "on"  # "said on CNN", "said on public broadcaster Yle's"
        told = bool(_EN_TOLD & {prev, ctx.tokens[k - 2].norm.lower()}) or on_air
        if is_audience(word):
            continue  # "لوسائل الإعلام": who may be spoken to, not the medium that was
        apart = prev == "ل"  # "لـ(كونا)", "لـ السومرية نيوز": the ل set apart
        if m is not None and (word[:1] == "ل" or apart):  # "لرويترز"
            return surface(ctx, m)
        if m is not None and told:  # "told (the) BBC"
            return en_medium(ctx, m)
        kind = word[1:] if word[:1] == "ل" else ""
        if kind in _PROGRAMMES | _REPORTERS and (quoted := quoted_name(ctx, k + 1)) is not None:
            return quoted  # "لقناة «إن تي في»", "لمراسل "معا"": a medium named in quote marks
        if kind in _PROGRAMMES | _REPORTERS and (kind_of := ctx.media_at.get(k + 1)) is not None:
            return surface(ctx, kind_of)  # "لوكالة شفق نيوز", "لقناة الميادين"
        if prev in _EN_TOLD or (on_air and word.lower() in EN_MEDIA_NOUNS - {"the"}):
            return told_medium(ctx, k)
        if word in _CARRIED and k + 1 < len(ctx.tokens):
            # "في بيان نقلته وكالة المغرب العربي للأنباء", "في بلاغ توصلت به هسبريس"
            at = k + 2 if ctx.tokens[k + 1].norm in _WITH_IT and k + 2 < len(ctx.tokens) else k + 1
            return medium_at(ctx, at)
        if word == "ل" and k + 1 < len(ctx.tokens):
            named = quoted_name(ctx, k + 1)  # "لـ«الشرق الأوسط»": a medium not listed
            if named is not None:
                return named
        gap = ctx.gap(k - 1, k)
        initial = len(ctx.tokens[k - 1].norm) == 1  # "م. فيصل الرشيدي لـ«الجريدة»"
        if ":" in gap or ("." in gap and gap != "." and not initial):
            return None  # "إتش.سي": a dot inside a name ends nothing; a quotation ends above
    return None


# Forms of "tell" a medium told follows: "told Reuters", "tells NPR", "telling the BBC".
_EN_TOLD = word_forms("told tells telling")


# How the interview was held: "في مداخلة هاتفية مع برنامج ...", "في تصريحات صحفية لـ...".
_MANNERS = word_forms("هاتفية هاتفي تلفزيونية تلفزيوني إذاعية إذاعي صحفية صحفي خاصة خاص")


# "في بيان نقلته وكالة ...": the medium that carried a statement is its source.
_CARRIED = word_forms(
    "نقلته نقلتها نقله نقلها أوردته أوردتها أورده أوردها نشرته نشرتها بثته بثتها تلقت تلقى "
    "حصلت حصل اطلعت اطلع تلقته تلقتها تلقاه توصلت توصل"
)


def _venue_medium(ctx: Context, v: int) -> str | None:
    """The medium of the interview, statement or reply around the verb: "وفي حديث للجزيرة
    نت، قال", "قال ... في مقابلة مع «سكاي نيوز عربية» إن", "في تصريح لمراسل الأناضول", "في رد
    على استفسارات «الغد»"."""
    sent = ctx.sentence_of(ctx.tokens[v].start)
    first = ctx.tok_index(sent.start) if sent is not None else v
    toks = ctx.tokens
    for k in range(max(first, v - 8), min(v + 12, len(toks) - 1)):
        if k > v and (toks[k].norm in COMPLEMENTIZERS or ctx.in_quote(toks[k].start)):
            break
        if toks[k].norm in _REPLIES and (asked := _questions_of(ctx, k)) is not None:
            return asked
        if toks[k].norm.lstrip("وف") not in SPOKEN_TO:
            continue
        if k + 2 < len(toks) and toks[k + 1].norm in _MANNERS:
            k += 1  # "في مداخلة هاتفية مع ..." reads as "في مداخلة مع ..."
        nxt = toks[k + 1].norm
        # "في اتصال مع «النهار»", "في تصريح إلى وكالة ...", "في حديث للجزيرة نت"
        j = k + 2 if nxt in _WITH_ON else k + 1
        if nxt[:1] == "ل" and ctx.media_at.get(k + 1) is not None:
            pass  # "في تصريح لوكالة الأنباء القطرية": the listed medium itself
        elif nxt == "ل":
            j = k + 2  # "في تصريح لـ"النهار"", "في حديث لـ السومرية نيوز"
        elif nxt[:1] == "ل" and nxt[1:] in _REPORTERS | _PROGRAMMES:
            j = k + 2  # "في تصريح لمراسل الأناضول", "في حديث لبرنامج «مساء مصر»"
        elif nxt in _WITH_ON and j < len(toks) and toks[j].norm in _PROGRAMMES:
            # "في مداخلة مع برنامج «الحكاية»", "في مداخلة على قناة "ليبيا الأحرار"" (not
            # "في تصريح إلى وكالة الأنباء الليبية": the kind opens a listed medium)
            j += j not in ctx.media_at
        m = ctx.media_at.get(j)
        if m is not None and (j >= k + 2 or nxt[:1] == "ل"):
            return surface(ctx, m)
        named = quoted_name(ctx, j) if j >= k + 2 or nxt == "ل" else None
        if named is not None:
            return named
    return None


_REPLIES = word_forms("رد ردا ردها رده", ("", "و"))
_WRITTEN = word_forms("مكتوب مكتوبا مكتوبة رسمي خطي")
_QUESTIONS = word_forms("أسئلة استفسارات سؤال استفسار أسئلتها استفساراتها")


def _questions_of(ctx: Context, k: int) -> str | None:
    """The medium whose questions a reply at token k answers: "في رد مكتوب على استفسارات
    «الغد»", "ردا على أسئلة رويترز"; None when it answers no medium's."""
    toks = ctx.tokens
    j = k + 1 + (k + 1 < len(toks) and toks[k + 1].norm in _WRITTEN)
    if j + 2 >= len(toks) or toks[j].norm != ON or toks[j + 1].norm not in _QUESTIONS:
        return None
    m = ctx.media_at.get(j + 2)
    return surface(ctx, m) if m is not None else quoted_name(ctx, j + 2)


_REPORTERS = word_forms("مراسل مراسلة موفد موفدة")
_WITH_ON = WITH_TO | word_forms("على")  # "في مداخلة على قناة ..."
_WITH_IT = word_forms("به بها")


# A medium's kind before its quoted name: "لقناة «المسيرة»", "لبرنامج «مساء مصر»".
_PROGRAMMES = MEDIA_HEADS | word_forms("برنامج")


def reporter_before(ctx: Context, v: int) -> str | None:
    """Who quotes: "The daily “Al-Sabah” quoted ...", "Reuters quoted ..." (same sentence)."""
    sent = ctx.sentence_of(ctx.tokens[v].start)
    first = ctx.tok_index(sent.start) if sent is not None else 0
    for k in range(v - 1, first - 1, -1):
        m = ctx.media_at.get(k)
        if m is not None:
            return surface(ctx, m)
        named = quoted_name(ctx, k)
        if named is not None:
            return named
    return _en_reporter_kind(ctx, first, v) if ctx.lang != "ar" else None


def _en_reporter_kind(ctx: Context, first: int, v: int) -> str | None:
    """An unlisted medium named with its kind before "quoted" at token v, from its sentence's
    token `first` on: "The rebel-run KORA news agency quoted", "the state news agency KORA
    quoted"; None when no kind comes before the verb."""
    toks = ctx.tokens
    kind = next((c for c in range(first, v) if toks[c].norm.lower() in EN_KINDS), None)
    if kind is None:
        return None
    k = kind
    while k > max(first, kind - 5) and not ctx.gap(k - 1, k).strip("- "):
        k -= 1  # back to where the words naming the medium start
    return told_kind(ctx, k)
