"""Bodies and noun phrases in Arabic: where a body's name ends ("وزارة التعليم العالي والبحث
العلمي والابتكار", "جامعة خليفة للعلوم والتكنولوجيا", "منظمة إس أو إس ميديتيرانيه"), which body
a bare "الوزارة" stands for, and quoted names of media and bodies."""

from __future__ import annotations

from claims.context import CONJ, Context, Speaker, strip_conj, surface, title_head
from claims.entities import gender_of
from claims.gazetteer import word_forms
from claims.mentions import BODY_HEADS, GENERAL, NAME_STOP, PLACE_UNITS, Mention
from claims.speech import AR_VERBS, COMPLEMENTIZERS, ON, is_audience
from claims.titles import adjective_like


def adjective_at(ctx: Context, k: int) -> bool:
    """True when token k is a definite adjective of the word before it ("الاتحادية")."""
    word, prev = ctx.tokens[k].norm, ctx.tokens[k - 1].norm
    # "والمشاعر المقدسة": a coordinated noun with its own adjective
    agrees = adjective_like(word, prev) or prev.startswith("وال")
    return not ctx.gap(k - 1, k).strip() and word[:2] == "ال" and agrees


def body_after(ctx: Context, k: int) -> Speaker | None:
    """An unlisted body as subject: "الشرطة", "خلية الإعلام الأمني", "الجمعية المغربية لحقوق
    الإنسان", "وزارة البترول والثروة المعدنية"."""
    toks = ctx.tokens
    head = strip_conj(toks[k].norm, BODY_HEADS)
    if head not in BODY_HEADS:
        return None
    end = np_end(ctx, k + 1)
    listed = ctx.any_at.get(k)
    if listed is not None and listed.type == "ORG" and not listed.media:
        end = max(end, np_end(ctx, listed.tok_end))  # "منظمة الأمم المتحدة للطفولة"
    name = quoted_name(ctx, k + 1) if end == k + 1 and k + 1 < len(toks) else None
    if name is not None and not head.startswith("ال"):
        # "أعلنت شركة “آسياسيل” للاتصالات أنها": the body's name in quote marks
        inner = ctx.tok_index(toks[k + 1].start + len(name))
        linked = inner < len(toks) and toks[inner].norm.startswith("لل")  # "” للاتصالات"
        end = np_end(ctx, inner + 1) if linked else inner
    if not head.startswith("ال") and end == k + 1 and name is None:
        end = _foreign_name_end(ctx, k + 1)  # "منظمة إس أو إس ميديتيرانيه الإنسانية"
    if not head.startswith("ال") and end == k + 1 and name is None:
        end = _named_for_end(ctx, k + 1)  # "جامعة خليفة للعلوم والتكنولوجيا"
    if not head.startswith("ال") and end == k + 1:
        return None  # an indefinite head names a body only in a construct: "خلية الإعلام"
    # "مجلس مدينة جرمانا بريف دمشق": where the body is, not its name
    end = next((j for j in range(k + 2, end) if _located(ctx, j)), end)
    text = ctx.text[toks[k].start + len(toks[k].norm) - len(head) : toks[end - 1].end]
    text = " ".join(text.translate(NO_MARKS).split())
    gender = "f" if head.endswith(("ه", "ات")) else "m"
    # "وأضافت الشركة" refers back to "شركة المياه ..." by its head (claims.reference)
    return Speaker(
        text,
        toks[k].start,
        toks[end - 1].end,
        gender=gender,
        head=title_head(head),
        definite=head.startswith("ال") and end == k + 1,
    )


_IN = "في"


def _body_at(ctx: Context, k: int) -> bool:
    """True when a body starts at token k: a listed one or a body's noun ("شركة", "الوزارة")."""
    held = ctx.any_at.get(k)
    if held is not None:
        return held.type == "ORG" and not held.media
    return k < len(ctx.tokens) and strip_conj(ctx.tokens[k].norm, BODY_HEADS) in BODY_HEADS


def _located(ctx: Context, j: int) -> bool:
    """True when token j is a listed place under ب ("بريف دمشق", "بالبصرة")."""
    place = ctx.places_at.get(j)
    return place is not None and ctx.tokens[j].norm[:1] == "ب" and place.start > ctx.tokens[j].start


def _named_for_end(ctx: Context, k: int) -> int:
    """End of a body's proper name and its field after its kind ("خليفة للعلوم والتكنولوجيا",
    "محمد بن راشد للإسكان"): one to three plain words, then a complement in لل-; k if none."""
    toks = ctx.tokens
    for j in range(k + 1, min(k + 4, len(toks))):
        if ctx.gap(j - 1, j).strip():
            return k
        word = toks[j].norm
        if word.startswith("لل") and not is_audience(word):
            return np_end(ctx, j)
        if word.startswith("ال") or word in NAME_STOP or word in AR_VERBS:
            return k
    return k


def _foreign_name_end(ctx: Context, k: int) -> int:
    """End of a transliterated name after a body's kind, before its definite adjective
    ("إس أو إس ميديتيرانيه" in "منظمة إس أو إس ميديتيرانيه الإنسانية"): two to four words up to
    a definite one, no particle but "أو" ("S-O-S") among them; k when there is none."""
    toks = ctx.tokens
    j = k
    while j < len(toks) and j - k < 4 and not ctx.gap(j - 1, j).strip():
        word = toks[j].norm
        if word.startswith("ال") or word in COMPLEMENTIZERS or word in AR_VERBS:
            break
        if (word in NAME_STOP and word != "او") or ctx.mention_at.get(j) is not None:
            return k
        if word.startswith(("لل", "وال", "بال")):
            return k  # "جامعة زايد للعلوم والتقنية": an Arabic complement, no foreign name
        j += 1
    if j - k < 2 or (j < len(toks) and not toks[j].norm.startswith("ال")):
        return k  # "منظمة حقوقية": an adjective, not a name; the name must end in its adjective
    return j


def body_named_before(ctx: Context, speaker: Speaker) -> Speaker | None:
    """The body a bare "الوزارة" / "الشركة" stands for: the last of its kind named in full
    before it ("وزارة الداخلية السورية"), or None."""
    if speaker.start is None or not speaker.definite or " " in speaker.name or not speaker.head:
        return None
    toks = ctx.tokens
    k = ctx.tok_index(speaker.start)
    partner: Speaker | None = None  # "بالتعاون مع وزارة الرياضة": a partner, if no other
    for j in range(k - 1, max(k - 600, -1), -1):
        word = strip_conj(toks[j].norm, BODY_HEADS)
        if word.startswith("ال") or title_head(word) != speaker.head or ctx.in_quote(toks[j].start):
            continue
        body = body_after(ctx, j)
        if body is not None and " " in body.name:
            found = Speaker(
                body.name, speaker.start, speaker.end, gender=body.gender, head=body.head
            )
            if j == 0 or toks[j - 1].norm != _WITH:
                return found
            partner = partner or found
    if partner is not None:
        return partner
    if speaker.head == _COMPANY:
        # "أعلنت «العربية للطيران» ...، وقالت الشركة": a company named in quote marks
        for j in range(k - 1, max(k - 200, 0), -1):
            words = (quoted_name(ctx, j) or "").split()
            if len(words) in (2, 3) and any(w.startswith("لل") for w in words[1:]):
                name = " ".join(words)
                return Speaker(name, speaker.start, speaker.end, gender="f", head=_COMPANY)
    return None


_COMPANY = "شركه"
_WITH = "مع"


# Heads of media not listed in the gazetteer: "وكالة المغرب العربي للأنباء", "موقع «هسبريس»".
MEDIA_HEADS = word_forms("وكالة صحيفة جريدة قناة موقع إذاعة تلفزيون شبكة نشرة مجلة", CONJ)


def medium_at(ctx: Context, k: int) -> str | None:
    """The medium named at token k: a listed one, or a media noun with its name."""
    if k >= len(ctx.tokens):
        return None
    m = ctx.media_at.get(k)
    if m is not None:
        return surface(ctx, m)
    if ctx.tokens[k].norm not in MEDIA_HEADS:
        return None
    if (listed := ctx.media_at.get(k + 1)) is not None:
        return surface(ctx, listed)  # "وكالة شفق نيوز": the kind, then a listed medium
    end = np_end(ctx, k + 1)
    gap = ctx.gap(end - 1, end) if end < len(ctx.tokens) else ""
    if end == k + 1 and gap.strip() in ("«", "“", '"'):
        end += 1  # "موقع «هسبريس»"
    return " ".join(ctx.text[ctx.tokens[k].start : ctx.tokens[end - 1].end].split()).strip('«“"')


def _construct_chain(ctx: Context, k: int) -> int:
    """End of indefinite nouns in construct closed by a definite one or a place ("معبر باب
    الهوى", "هيئة كهرباء ومياه دبي"), or k."""
    toks = ctx.tokens
    for j in range(k + 1, min(k + 4, len(toks))):
        word = toks[j].norm
        if ctx.gap(j - 1, j).strip() or word in NAME_STOP or word in AR_VERBS:
            return k
        held = ctx.any_at.get(j)  # "وكالات الأمم المتحدة": the closing word opens a name
        if toks[j - 1].norm in PLACE_UNITS:
            # "بلدة سحاب", "جهة الرباط سلا القنيطرة": the place's name closes it (not "...
            # أجور النقل")
            return max(j + 1, held.tok_end) if held is not None else j + 1
        if word.startswith("ال") or (held is not None and held.type == "PLACE"):
            return max(j + 1, held.tok_end) if held is not None else j + 1
    return k


def np_end(ctx: Context, k: int, limit: int = 8) -> int:
    """End of the modifiers and complements of an Arabic noun, from token k.

    Definite words ("المغربية", "والثروة"), listed places and bodies, and complements with ل
    ("لحقوق الإنسان"); an indefinite word only as the head of a construct ("قطاع الطاقة").
    Punctuation, particles, speech verbs and the audience ("للصحفيين") end the phrase.
    """
    toks = ctx.tokens
    start = k
    while k < len(toks) and k - start < limit and (k == 0 or not ctx.gap(k - 1, k).strip()):
        word = toks[k].norm
        nxt = toks[k + 1].norm if k + 1 < len(toks) and not ctx.gap(k, k + 1).strip() else ""
        held = ctx.any_at.get(k)
        # the word before the phrase counts too: "ودعت الشرطة السائقين" (no adjective of hers)
        prev = toks[k - 1].norm if k > 0 and not ctx.gap(k - 1, k).strip() else ""
        # "لجنة الإشراف على الانتخابات", "لجنة الرقابة على المصارف": على within the name
        on = word == ON and prev.startswith("ال") and nxt.startswith("ال") and k > start
        # "نقابة العاملين في شركة الخطوط الجوية": the body they work in belongs to the name
        within = word == _IN and prev.endswith(("ين", "ون")) and _body_at(ctx, k + 1)
        stop = word in NAME_STOP and word not in GENERAL and not on and not within
        if stop or word in AR_VERBS or word in COMPLEMENTIZERS:
            break
        if held is not None and (held.media or held.type in ("PERSON", "DATE")):
            break
        # "حمّلت وزارة المالية المصرف المسؤولية": a body after a definite word is the object
        if held is not None and held.type == "ORG" and word[:2] == prev[:2] == "ال":
            break
        if k > start and word[:1] == "ل" and word[1:] in MEDIA_HEADS:
            break  # "متحدث باسم وزارة الداخلية لوكالة الأنباء الألمانية": told to a medium
        if word in GENERAL and nxt in _TIME_ADJ:
            break  # "المحافظة العام الماضي": "last year", not "general"
        definite = word.startswith(("ال", "وال"))
        modifier = definite and (not prev.startswith(("ال", "وال")) or adjective_like(word, prev))
        if held is not None:
            k = held.tok_end
        elif modifier or (word.startswith("لل") and not is_audience(word)):  # "للأنباء"
            k += 1
        elif word[:1] in "لو" and nxt.startswith("ال") and len(word) > 3:
            k += 2  # "لحقوق الإنسان", "ومكافحة الفساد"
        elif k > start and word[:1] == "و" and len(word) > 5 and word.endswith(("ه", "ها")):
            k += 1  # "للحليب ومشتقاته", "المستهلك ومحيطه": a conjunct referring back
        elif on:
            k += 2
        elif within:
            k = np_end(ctx, k + 1, limit - (k - start) - 1)  # a phrase of its own
        elif word[:1] == "ل" and len(word) > 3 and (chain := _construct_chain(ctx, k)) > k:
            k = chain  # "الاتحاد العام لنقابات عمال البحرين"
        elif k == start and not definite and (chain := _construct_chain(ctx, k)) > k:
            k = chain  # "قطاع الطاقة", "معبر باب الهوى" (a definite word heads no construct)
        else:
            break
    return k


NO_MARKS = str.maketrans("", "", '«»“”"')  # quote marks left out of a name


_TIME_ADJ = word_forms("الماضي المقبل الحالي الجاري القادم المنصرم")


def full_body(ctx: Context, m: Mention) -> Speaker | None:
    """A listed body with the rest of its name after it ("وزارة التعليم العالي والبحث العلمي
    والابتكار"), or None when nothing follows its listed words."""
    toks = ctx.tokens
    after = toks[m.tok_end].norm if m.tok_end < len(toks) else ""
    if m.type != "ORG" or m.media or ctx.lang != "ar" or after[:2] != "ال":
        return None
    end = np_end(ctx, m.tok_end)
    if end == m.tok_end:
        return None
    full = " ".join(ctx.text[m.start : toks[end - 1].end].split())
    return Speaker(full, m.start, toks[end - 1].end, gender=gender_of(m))


def quoted_name(ctx: Context, k: int) -> str | None:
    """The words of a short quoted name that opens at token k ("«الشرق الأوسط»")."""
    gap = ctx.gap(k - 1, k)
    if not gap or gap[-1] not in '«“"':
        return None
    close = {"«": "»", "“": "”", '"': '"'}[gap[-1]]
    end = ctx.text.find(close, ctx.tokens[k].start, ctx.tokens[k].start + 40)
    name = ctx.text[ctx.tokens[k].start : end] if end > 0 else ""
    return name if 0 < len(name.split()) <= 4 else None
