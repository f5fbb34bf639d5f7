"""English media named as sources: a listed medium with its outlet words ("BBC Arabic"), and
unlisted ones told by "The", by their kind ("the newspaper El País") or by their shape ("told
ARD"). Used by claims.sources."""

from __future__ import annotations

from claims.bodies import quoted_name
from claims.context import Context, surface
from claims.gazetteer import word_forms
from claims.mentions import Mention
from claims.speech import COMPLEMENTIZERS

# Kinds of programme a medium is named for: "on the “Sports Zone” talk show".
EN_SHOWS = word_forms("show programme program podcast broadcast bulletin")

# Words that go on after a medium's name in the sentence: "with KQED on Monday that".
EN_AFTER_MEDIUM = word_forms("on in last this earlier published aired broadcast")

# What introduces an unlisted medium after "told": "told The Independent", "told broadcaster ARD".
EN_MEDIA_NOUNS = word_forms(
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


def en_medium(ctx: Context, m: Mention) -> str:
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


def told_medium(ctx: Context, k: int) -> str | None:
    """The unlisted medium told at token k: capitalised words after "The" or a media noun.

    "told John Smith" names a person (None); "told The Independent" and "told broadcaster
    ARD's ..." name a medium.
    """
    toks = ctx.tokens
    j = k
    while j < len(toks) and toks[j].norm.lower() in EN_MEDIA_NOUNS and j - k < 2:
        j += 1
    if j == k or (j == k + 1 and toks[k].norm == "the" and toks[j].norm[:1].islower()):
        return told_kind(ctx, k) or told_unlisted(ctx, k) or _quoted_kind(ctx, k)
    listed = ctx.media_at.get(j)
    if listed is not None and j == k + 1 and toks[k].norm == "the":
        return en_medium(ctx, listed)  # "told the Guardian": the name as listed
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
EN_KINDS = word_forms("agency newspaper broadcaster channel network station magazine website")


# Words before a kind that name no medium: "the state news agency", "the German newspaper".
_EN_KIND_WORDS = word_forms(
    "the state official semi-official local national government private independent public "
    "regional news daily weekly online run owned backed controlled affiliated pro"
)


def told_kind(ctx: Context, k: int) -> str | None:
    """The medium told at token k named with its kind: "the dpa news agency" (its name before
    the kind) or "the German news agency dpa" (after it); None without a kind."""
    toks = ctx.tokens
    for c in range(k, min(k + 6, len(toks))):
        if c > k and ctx.gap(c - 1, c).strip("- "):
            return None
        if toks[c].norm.lower() not in EN_KINDS:
            continue
        listed = next((m for j in range(k, c) if (m := ctx.media_at.get(j)) is not None), None)
        if listed is not None:
            return en_medium(ctx, listed)  # "the state-run Al-Ahram newspaper": its name
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
    return name if kind in EN_KINDS | EN_SHOWS else None


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


def told_unlisted(ctx: Context, k: int) -> str | None:
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
    ends = not nxt or ctx.gap(k, k + 1).strip() or nxt in COMPLEMENTIZERS | EN_AFTER_MEDIUM
    other = ctx.any_at.get(k)
    if word.isupper() and word.isalpha() and len(word) > 1 and ends and other is None:
        return word
    return None
