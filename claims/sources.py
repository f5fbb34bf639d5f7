"""Sources: the medium that reports words or that they were said to ("لرويترز", "told AFP",
"في حديث للجزيرة نت", "في تصريح لمراسل الأناضول", "في بيان نقلته وكالة ...", "“Al-Sabah” quoted").
A source is never the speaker."""

from __future__ import annotations

from claims.bodies import medium_at, quoted_name
from claims.context import Context, surface
from claims.gazetteer import word_forms
from claims.mentions import Mention
from claims.quoted_names import COMPLEMENTIZERS, WITH_TO
from claims.speech import ON, is_audience
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
            return _en_medium(ctx, m)
        if sent_to:
            # "a statement to the UN Security Council": a statement goes to bodies as well, so
            # only a medium listed, told by its kind, by a capitalised "The" of its name ("to
            # The Boston Globe") or by its shape is its source ("an email to staff seen by the
            # Guardian" goes on to one)
            titled = toks[j].norm == "The" and _told_medium(ctx, j)
            medium = titled or _told_kind(ctx, j) or _told_unlisted(ctx, j)
            if medium:
                return medium
            continue
        told = _told_medium(ctx, j)
        if told is not None:
            return told
        word = toks[j].norm
        nxt = toks[j + 1].norm.lower() if j + 1 < len(toks) else ""
        ends = not nxt or ctx.gap(j, j + 1).strip() or nxt in COMPLEMENTIZERS | _EN_AFTER_MEDIUM
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
    return _en_medium(ctx, m) if m is not None else _told_kind(ctx, v + 2)


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
        return _en_medium(ctx, m) if m is not None else _told_medium(ctx, k + 2)
    return None


# Kinds of programme a medium is named for: "on the “Sports Zone” talk show".
_EN_SHOWS = word_forms("show programme program podcast broadcast bulletin")


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
        (e for e in range(j, min(j + _SHOW_KIND, len(toks))) if toks[e].norm.lower() in _EN_SHOWS),
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
    shown = _EN_SHOWS & set(after[:1]) or (len(after) == 2 and after[1] in _EN_SHOWS)
    if shown or (kind is not None and toks[j].norm[:1].isupper()):
        return " ".join(ctx.text[toks[j].start : toks[end].end].split())
    return None


# Words that go on after a medium's name in the sentence: "with KQED on Monday that".
_EN_AFTER_MEDIUM = word_forms("on in last this earlier published aired broadcast")


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
            return _en_medium(ctx, m)
        kind = word[1:] if word[:1] == "ل" else ""
        if kind in _PROGRAMMES | _REPORTERS and (quoted := quoted_name(ctx, k + 1)) is not None:
            return quoted  # "لقناة «إن تي في»", "لمراسل "معا"": a medium named in quote marks
        if kind in _PROGRAMMES | _REPORTERS and (kind_of := ctx.media_at.get(k + 1)) is not None:
            return surface(ctx, kind_of)  # "لوكالة شفق نيوز", "لقناة الميادين"
        if prev in _EN_TOLD or (on_air and word.lower() in _EN_MEDIA_NOUNS - {"the"}):
            return _told_medium(ctx, k)
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


# What introduces an unlisted medium after "told": "told The Independent", "told broadcaster ARD".
_EN_MEDIA_NOUNS = word_forms(
    "the public broadcaster newspaper paper radio station channel broadcasters magazine daily "
    "weekly"
)


# Words of a listed medium's own name after it: "Bloomberg Television", "Reuters TV", "Sky
# News Arabia", "BBC World Service"; the station's place or number follows them: "BBC Radio
# Leeds", "BBC Radio 4".
EN_OUTLET_WORDS = word_forms(
    "television tv radio news network newswire channel online world service international "
    "english arabic business"
)


def _en_medium(ctx: Context, m: Mention) -> str:
    """A listed medium as written, with the outlet words of its name that follow it."""
    toks = ctx.tokens
    end = m.tok_end
    outlet = False
    while end < len(toks) and end - m.tok_end < 3 and not ctx.gap(end - 1, end).strip():
        word = ctx.text[toks[end].start : toks[end].end]
        place = ctx.any_at.get(end)
        after = place.tok_end if place is not None else 0
        # "Reuters Kenya's economy": the place owns what follows, no service of the medium
        possessive = 0 < after < len(toks) and ctx.gap(after - 1, after).startswith(("'", "’"))
        if word.lower() in EN_OUTLET_WORDS and word[:1].isupper():
            outlet = True
        elif end == m.tok_end and place is not None and place.type == "PLACE" and not possessive:
            end = place.tok_end  # "BBC Wales", "CNN Brasil": the medium's service for a place
            break
        elif not outlet or not (word[:1].isupper() or word.isdigit()):
            break
        other = ctx.any_at.get(end)
        if other is not None and other.type == "DATE":
            break  # "told Reuters TV Monday"
        end += 1
    start = m.start
    before = m.tok_start - 1
    if before >= 0 and toks[before].norm == "the" and not ctx.gap(before, m.tok_start).strip():
        # "told the Guardian": the article belongs to the name ("The Guardian"), not to "the
        # BBC"
        name = ctx.text[m.start : toks[end - 1].end]
        start = toks[before].start if m.canonical.lower() == f"the {name.lower()}" else start
    if start == m.start and end == m.tok_end:
        return surface(ctx, m)
    return " ".join(ctx.text[start : toks[end - 1].end].split())


def _told_medium(ctx: Context, k: int) -> str | None:
    """The unlisted medium told at token k: capitalised words after "The" or a media noun.

    "told John Smith" names a person (None); "told The Independent" and "told broadcaster
    ARD's ..." name a medium.
    """
    toks = ctx.tokens
    j = k
    while j < len(toks) and toks[j].norm.lower() in _EN_MEDIA_NOUNS and j - k < 2:
        j += 1
    if j == k or (j == k + 1 and toks[k].norm == "the" and toks[j].norm[:1].islower()):
        return _told_kind(ctx, k) or _told_unlisted(ctx, k) or _quoted_kind(ctx, k)
    listed = ctx.media_at.get(j)
    if listed is not None and j == k + 1 and toks[k].norm == "the":
        return _en_medium(ctx, listed)  # "told the Guardian": the name as listed
    end = j
    while end < len(toks) and end - j < 4 and ctx.text[toks[end].start].isupper():
        end += 1
        if end < len(toks) and ctx.gap(end - 1, end).strip():
            break  # "ARD's", "The Independent:" end the name
    if end == j:
        return None
    first = k if ctx.text[toks[k].start].isupper() else j  # "The Independent", "ARD"
    return ctx.text[toks[first].start : toks[end - 1].end]


# Kinds of medium named with a medium told: "the dpa news agency", "the state news agency SPA".
_EN_KINDS = word_forms("agency newspaper broadcaster channel network station magazine website")


# Words before a kind that name no medium: "the state news agency", "the German newspaper".
_EN_KIND_WORDS = word_forms(
    "the state official semi-official local national government private independent public "
    "regional news daily weekly online run owned backed controlled affiliated pro"
)


def _told_kind(ctx: Context, k: int) -> str | None:
    """The medium told at token k named with its kind: "the dpa news agency" (its name before
    the kind) or "the German news agency dpa" (after it); None without a kind."""
    toks = ctx.tokens
    for c in range(k, min(k + 6, len(toks))):
        if c > k and ctx.gap(c - 1, c).strip("- "):
            return None
        if toks[c].norm.lower() not in _EN_KINDS:
            continue
        listed = next((m for j in range(k, c) if (m := ctx.media_at.get(j)) is not None), None)
        if listed is not None:
            return _en_medium(ctx, listed)  # "the state-run Al-Ahram newspaper": its name
        titled = _titled_kind(ctx, k, c)
        if titled is not None:
            return titled  # "the state-run Iraqi News Agency": a nationality opens the name
        # "the Houthi-run SABA news agency": who runs it is no part of its name
        owner = {j for j in range(k, c - 1) if ctx.gap(j, j + 1) == "-"}
        words = [j for j in range(k, c) if toks[j].norm.lower() not in _EN_KIND_WORDS]
        words = [
            j for j in words if j not in owner or toks[j + 1].norm.lower() not in _EN_KIND_WORDS
        ]
        if any(ctx.any_at.get(j) is not None or _demonym(toks[j].norm) for j in words):
            words = []  # "the German news agency", "Norwegian broadcaster NRK": no name
        if words:
            return ctx.text[toks[words[0]].start : toks[c].end]
        after = c + 1
        if after < len(toks) and not ctx.gap(c, after).strip(" "):
            name = toks[after].norm
            if name.lower() not in COMPLEMENTIZERS and (
                name[:1].isupper() or ctx.media_at.get(after)
            ):
                return name
        return None
    return None


def _titled_kind(ctx: Context, k: int, c: int) -> str | None:
    """A medium's name ending in its capitalised kind at token c, from the capitalised words
    just before it after token k ("the state-run Iraqi News Agency", "the official Saudi Press
    Agency"); None when the kind is in lower case ("the German news agency")."""
    toks = ctx.tokens
    if not toks[c].norm[:1].isupper():
        return None
    a = c
    while a - 1 >= k and toks[a - 1].norm[:1].isupper() and ctx.gap(a - 1, a) == " ":
        a -= 1
    return ctx.text[toks[a].start : toks[c].end] if a < c else None


# Lower-case words describing a medium before its name: "the privately owned “Sada El-Balad”".
_QUOTED_KIND_REACH = 4


def _quoted_kind(ctx: Context, k: int) -> str | None:
    """The medium told at token k named in quote marks before its kind, after a few lower-case
    words ("the privately owned “Sada El-Balad” channel"), or None."""
    toks = ctx.tokens
    j = k
    while j < min(k + _QUOTED_KIND_REACH, len(toks)) and toks[j].norm.islower():
        j += 1
    if j == k or j >= len(toks) or not set(ctx.gap(j - 1, j)) & set('“"'):
        return None
    name = quoted_name(ctx, j)
    after = ctx.tok_index(toks[j].start + len(name)) if name else len(toks)
    kind = toks[after].norm.lower() if after < len(toks) else ""
    return name if kind in _EN_KINDS | _EN_SHOWS else None


def _demonym(word: str) -> bool:
    """True when a capitalised word has a nationality's shape ("Norwegian", "Japanese",
    "Danish"), which an unlisted nationality before a medium's kind is."""
    return word[:1].isupper() and word[1:].islower() and word.endswith(("ian", "ese", "ish"))


# Last words of media's names: "Middle East Eye", "The Jordan Times", "Gulf News", "Ahram Online".
_EN_MEDIUM_ENDS = word_forms(
    "eye times post news journal herald telegraph guardian independent monitor gazette tribune "
    "express mail observer chronicle standard review today daily weekly radio television tv online"
)


_BROADCAST = word_forms("radio television tv news")  # inside a broadcaster's name


def _told_unlisted(ctx: Context, k: int) -> str | None:
    """An unlisted medium told at token k, by its shape: capitalised words ending in a word
    media's names end in ("Middle East Eye"), or an acronym that is no other name ending the
    clause ("told MEE that"). A person told ("told John Smith") is neither."""
    toks = ctx.tokens
    end = k
    while end < len(toks) and end - k < 4 and ctx.text[toks[end].start].isupper():
        end += 1
        if end < len(toks) and ctx.gap(end - 1, end).strip():
            break
    if end == k:
        return None
    if end - k > 1 and toks[end - 1].norm.lower() in _EN_MEDIUM_ENDS:
        return ctx.text[toks[k].start : toks[end - 1].end]
    if any(toks[x].norm.lower() in _BROADCAST for x in range(k + 1, end)):
        return ctx.text[toks[k].start : toks[end - 1].end]  # "told ABC Radio Melbourne"
    word = toks[k].norm
    nxt = toks[k + 1].norm.lower() if k + 1 < len(toks) else ""
    ends = not nxt or ctx.gap(k, k + 1).strip() or nxt in COMPLEMENTIZERS | _EN_AFTER_MEDIUM
    other = ctx.any_at.get(k)
    if word.isupper() and word.isalpha() and len(word) > 1 and ends and other is None:
        return word
    return None


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


_REPLIES = word_forms("رد ردا ردها رده", ("", "و", "في"))
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
_PROGRAMMES = word_forms("برنامج قناة صحيفة جريدة موقع إذاعة تلفزيون شبكة مجلة وكالة")


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
    kind = next((c for c in range(first, v) if toks[c].norm.lower() in _EN_KINDS), None)
    if kind is None:
        return None
    k = kind
    while k > max(first, kind - 5) and not ctx.gap(k - 1, k).strip("- "):
        k -= 1  # back to where the words naming the medium start
    return _told_kind(ctx, k)
