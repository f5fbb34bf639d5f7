"""Names framed by a word other than a speech verb: a kunya ("أم علي", "أبو خالد"), the name
after "يدعى" ("شاب يدعى آدم"), and the name closing a role before "قوله" ("نقلت «واس» عن
المتحدث الرسمي للهيئة ناصر القحطاني قوله")."""

from __future__ import annotations

from claims.gazetteer import word_forms
from claims.mentions import (
    GIVEN_NAMES,
    NAME_STOP,
    SAYING,
    SPEECH,
    Builder,
    Mention,
    definite,
    gap_after,
    given_name,
    is_arabic,
    name_end,
    named_after,
    orig,
)
from claims.segment import Token

_HIMSELF = word_forms("نفسه نفسها")
CALLED = word_forms("يدعى تدعى يكنى تكنى يلقب تلقب")  # "شاب يدعى آدم", "عامل يكنى أبو زينب"


def calls(toks: list[Token], k: int) -> bool:
    """True when token k introduces a name: "يدعى", "يكنى", or "باسم" after "عرّف نفسه"."""
    self_named = toks[k].norm == "باسم" and k > 0 and toks[k - 1].norm in _HIMSELF
    return toks[k].norm in CALLED or self_named


def called_names(b: Builder) -> None:
    """ "صياد آخر يدعى سعيد", "شاب سوداني يدعى آدم": the name after "يدعى" is a person's."""
    toks = b.tokens
    for k in range(len(toks) - 1):
        if not calls(toks, k):
            continue
        if gap_after(b, k).strip() or not b.free(k + 1, k + 2):
            continue
        end = max(name_end(b, k + 1), k + 2)  # one word is enough after "يدعى"
        if is_arabic(toks[k + 1].norm) and toks[k + 1].norm not in NAME_STOP:
            name = b.text[toks[k + 1].start : toks[end - 1].end]
            b.add(Mention(toks[k + 1].start, toks[end - 1].end, k + 1, end, "PERSON", name))


def names_before_saying(b: Builder) -> None:
    """The name closing a role before "قوله": "نقلت «واس» عن المتحدث الرسمي للهيئة العامة
    للأمن الغذائي ناصر القحطاني قوله:" — a given name then surnames, right before it."""
    toks = b.tokens
    for t, tok in enumerate(toks):
        if tok.norm not in SAYING or t < 2 or b.in_quote(t) or gap_after(b, t - 1).strip():
            continue
        starts = [s for s in range(max(0, t - 4), t - 1) if b.free(s, t) and name_end(b, s) == t]
        given = [s for s in starts if given_name(b, s)]
        # without a listed given name, only after a role's definite word ("... الغذائي X Y")
        plain = [
            s for s in starts if s > 0 and definite(toks[s - 1].norm) and is_arabic(toks[s].norm)
        ]
        # "عن ممثل يونيسف في لبنان ماركو بيليني قوله": after a place
        plain = plain or [s for s in starts if s > 0 and _after_place(b, s)]
        s = next(iter(given or plain), None)
        if s is not None:
            name = b.text[toks[s].start : toks[t - 1].end]
            b.add(Mention(toks[s].start, toks[t - 1].end, s, t, "PERSON", name))


def _after_place(b: Builder, s: int) -> bool:
    """True when a place's name ends right before token s."""
    held = b.holder(s - 1)
    return held is not None and held.type == "PLACE"


_KUNYA = word_forms("أبو أم")


def kunyas(b: Builder) -> None:
    """ "أم علي"، "أبو خالد": a kunya is a person's name where it stands as one.

    "أم" is also "or", so a kunya is read where punctuation or a speech verb follows it (or it
    opens a clause before one), and then at its every later use in the article.
    """
    toks = b.tokens
    seen: set[tuple[str, str]] = set()
    for k in range(len(toks) - 1):
        word, nxt = toks[k].norm.lstrip("و"), toks[k + 1].norm
        if word not in _KUNYA or not b.free(k, k + 2) or gap_after(b, k).strip():
            continue
        if named_after(b, k):
            continue  # "لمحلية أبو حمد", "مستشفى أبو ظبي": a place named so
        stop = nxt in NAME_STOP and orig(b, k + 1) != "علي"  # "أم علي", not "على"
        if definite(nxt) or stop or nxt in SPEECH or not is_arabic(nxt):
            continue
        after = gap_after(b, k + 1).strip()[:1] if k + 2 < len(toks) else "."
        then = toks[k + 2].norm if k + 2 < len(toks) else ""
        # then punctuation, a speech verb or a preposition ("تقف أم علي على ضفة النهر"), or
        # a listed given name not followed by a surname ("وقفت أم يوسف تنتظر")
        given = nxt in GIVEN_NAMES and not definite(then)
        set_off = after in ("،", ",", "(", ":") or then in SPEECH | NAME_STOP
        if (word, nxt) in seen or set_off or given:
            seen.add((word, nxt))
            start = toks[k].start + (1 if toks[k].norm[0] == "و" else 0)
            b.add(
                Mention(start, toks[k + 1].end, k, k + 2, "PERSON", b.text[start : toks[k + 1].end])
            )
