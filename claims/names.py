"""People's names found from how news introduces speakers, where no list names them.

After a speech verb ("وصرحت عائشة ندياي،", "وقال مخرج العمل فيصل العتيبي في ...", "said
Rebecca Moss,"), before one at the head of a clause ("الناقدة الفنية سهير عبد الحميد رأت
أن"), as a kunya ("أم علي"), as an English capitalised pair before "said"/", who"/", a ..."
(claims.capitalised_en); a short name then refers back to the full one ("لوكاشينكو" →
"ألكسندر لوكاشينكو").
"""

from __future__ import annotations

from dataclasses import replace

from claims.capitalised_en import english_subjects, without_party
from claims.gazetteer import Match, word_forms
from claims.mentions import (
    BODY_HEADS,
    GIVEN_NAMES,
    INSTITUTIONS,
    NAME_LINKS,
    NAME_STOP,
    NOUNS,
    QUANTIFIERS,
    SAYING,
    SPEECH,
    UNNAMED_HEADS,
    Builder,
    Mention,
    definite,
    gap_after,
    given_name,
    is_arabic,
    name_end,
    named_after,
    norm_tail,
    orig,
    possessed,
    speech_follows,
    strip_conj_noun,
)
from claims.speech import (
    ACCORDING,
    EN_VERBS,
    HE_SHE,
    VENUES,
    adjunct_end,
    agreement,
    connective_end,
)
from claims.titles import descriptor_end


def names_after_verbs(b: Builder, by_start: dict[int, Match]) -> None:
    """An unknown name as the subject of a speech verb: "وصرحت عائشة ندياي، ...",
    "“...,” said Rebecca Moss, executive director", "Mark Davies, who runs ..., said"."""
    toks = b.tokens
    for v, tok in enumerate(toks[:-1]):
        if b.in_quote(v):
            continue  # "«نبحث عن مدرب يعرف الدوري»": the speaker's words name nobody
        k = adjunct_end(toks, b.text, v + 1) if tok.norm in SPEECH else v + 1
        if gap_after(b, k - 1).strip() or k >= len(toks):
            continue  # "وأضاف: «نحتاج ...»": what follows is said, not who says it
        lead = None
        if is_arabic(tok.norm):
            # "«...»، بحسب كريم جاسم": after a quotation "according to" names its speaker
            after_quote = tok.norm in ACCORDING and set(gap_after(b, v - 1)) & set('»”"')
            said_it = tok.norm[-1:] == "ه" and tok.norm[:-1] in SPEECH and v > 0  # "ما قاله"
            said_it = said_it and toks[v - 1].norm == "ما"
            if tok.norm not in SPEECH and not after_quote and not said_it:
                continue
            span = _role_then_name(b, by_start, k) or _trailing_name(b, by_start, k)
            if span is not None:
                lead = k  # the person is the subject where the role starts
            elif _nisba_surname(b, k):
                span = (k, k + 1)  # "وقال المزروعي، عقب ...، إن": a family name alone
            elif definite(toks[k].norm):
                continue  # "قال الوزير", "ودعت الجمعية المغربية": no name after them
            else:
                span = _name_after_verb(b, by_start, k)
            if span is None:
                continue
            k, end = span
        elif tok.norm.lower() in _EN_SPEECH and b.free(k, k + 1):
            end = name_end(b, k)
            k = without_party(b, k, end)
            if end - k > 3:
                k = end - 2  # "said Dutch MEP Hendrik Veldkamp": the role's words before it
            if end - k < 2:
                continue
        else:
            continue
        held = b.holder(k)
        if held is not None and (held.tok_start, held.tok_end) == (k, end):
            b.add(replace(held, lead=lead))  # a titled name deep in the subject leads it
        elif end > k:
            name = b.text[toks[k].start : toks[end - 1].end]
            b.add(Mention(toks[k].start, toks[end - 1].end, k, end, "PERSON", name, lead=lead))
    if b.lang != "ar":
        english_subjects(b)


def _nisba_surname(b: Builder, k: int) -> bool:
    """True for a lone family name in -ي after a speech verb, set off by what follows
    ("قال المزروعي، عقب ...", "وقالت الشامسي إن"); a nationality is listed, so not free."""
    word = b.tokens[k].norm
    if not (definite(word) and word.endswith("ي") and len(word) > 5 and b.free(k, k + 1)):
        return False
    return k + 1 < len(b.tokens) and speech_follows(b, k + 1)


def _role_then_name(b: Builder, by_start: dict[int, Match], k: int) -> tuple[int, int] | None:
    """A role, then the name, after a speech verb: the name's (start, end) tokens, or None.

    "وتقول المتطوعة في جمعية الكشافة شهد القحطاني:", "وقال مخرج العمل فيصل العتيبي في ...";
    what follows the name must introduce speech, and a body ("الجمعية") has no name after it.
    """
    toks = b.tokens
    word = toks[k].norm
    if definite(word):
        if word.lstrip("وف")[2:] in INSTITUTIONS:
            return None
        d = descriptor_end(b, by_start, k)
    else:
        if not b.free(k, k + 1) or word in NAME_STOP or word in QUANTIFIERS:
            return None
        if strip_conj_noun(word) in BODY_HEADS:
            return None  # "طالبت نقابة المهندسين المصرية بإجراء ...": a body, then its object
        c = _construct_end(b, k, 2 if word in UNNAMED_HEADS else 0)
        if c is None:
            return None
        # "مخرج العمل", "عضو المجلس الأعلى", "لاعب وسط العين": a role in construct
        d = descriptor_end(b, by_start, c)
    end = name_end(b, d) if d is not None and d > k else None
    if d is None or end is None or end == d or not speech_follows(b, end):
        return None
    if _named_after_comma(b, end):
        return None  # "مسؤول الإعلام في إدارة ميناء طرطوس التجاري، سامر الخطيب،": the name
    return d, end


def _named_after_comma(b: Builder, t: int) -> bool:
    """True when a comma before token t sets off a name opening with a given name or a link."""
    if t >= len(b.tokens) or gap_after(b, t - 1).strip() not in ("،", ","):
        return False
    return given_name(b, t) or b.tokens[t].norm in NAME_LINKS


def _trailing_name(b: Builder, by_start: dict[int, Match], k: int) -> tuple[int, int] | None:
    """The name closing a role's long complement after a speech verb, as (start, end) tokens.

    "وقال الوكيل المساعد لشؤون الخزانة في وزارة المالية ناصر الرشيدي لـ«الحياة» إن",
    "وقالت كبيرة الاقتصاديين في «بنك الكويت الوطني» دانة العوضي إن": the subject runs to
    what ends it (إن/أن, ":", "،", لـ before a medium) and the person is its last words, a given
    name (no ال, not a noun) then one to three surnames; None when the subject is no role.
    """
    toks = b.tokens
    word = toks[k].norm
    if word in NAME_STOP:
        return None  # "وأضاف أن ربط المستودعات ...": what is said, not who says it
    role = definite(word) or any(
        (m := by_start.get(j)) is not None and m.entry.type == "TITLE" for j in (k, k + 1)
    )
    if not role and _construct_end(b, k, 1) is None:
        return None  # "قالت مصادر": no role opens the subject
    body = word.lstrip("وف")[2:] in INSTITUTIONS or strip_conj_noun(word) in INSTITUTIONS
    body = body or strip_conj_noun(word) in BODY_HEADS  # "وقالت نقابة معلمي الكرك"
    if body or word in _UNNAMED_OR_QUANT:
        return None  # "قالت الوزارة", "شركة ميرسك", "قال مسؤول": a body or an unnamed source
    for t in range(k + 1, min(k + 18, len(toks))):
        gap = gap_after(b, t - 1)
        initial = len(toks[t - 1].norm) == 1 and gap.strip() == "."  # "م. فيصل الرشيدي"
        if ("." in gap and not initial) or "\n" in gap or toks[t - 1].norm in SPEECH:
            return None  # the sentence or clause ended with no name closing the subject
        if b.in_quote(t):
            return None  # a quotation opened: the subject ended before it
        marked = gap.strip()[:1] in ("،", ",", ":")
        # "... رعد الحلفي في تصريح صحفي": how it was said ends the subject too
        venue = toks[t].norm in ("في", "خلال") and t + 1 < len(toks) and toks[t + 1].norm in VENUES
        # "طالب رئيس اتحاد المزارعين سليمان الخوالدة بتأجيل ...": the verb's object begins
        w = toks[t].norm
        obj = w[:1] == "ب" and w[1:3] != "ال" and t > k + 2 and w[1:] not in NOUNS
        obj = obj and w not in GIVEN_NAMES | NAME_LINKS and strip_conj_noun(w) not in NOUNS
        venue = venue or obj
        if marked or venue or toks[t].norm in _THAT or toks[t].norm == "ل":
            break
    else:
        return None
    if _named_after_comma(b, t):
        return None  # "... بجهة الرباط سلا القنيطرة، عبد الإله بنحمو،": named after the comma
    held = b.holder(t - 1)
    if held is not None and held.type == "PERSON" and held.tok_end == t and held.tok_start > k:
        return held.tok_start, t  # "... المهندس خالد القحطاني،": already read after its title
    people = [p for x in range(k, t) if (p := b.holder(x)) is not None and p.type == "PERSON"]
    if people and not any(given_name(b, s) for s in range(people[-1].tok_end, t)):
        return None  # "انتقد رئيس الجمعية نضال الطراونة توقيت القرار،": then the object
    # (not "في أحد فنادق جبل عمر نوف الحربي": a given name in a place's name)
    given = [
        s for s in range(max(k + 1, t - 4), t - 1) if given_name(b, s) and not named_after(b, s)
    ]
    for s in given[:1] or range(max(k + 1, t - 4), t - 1):  # the longest name first
        before = toks[s - 1].norm
        # "من ولاية صفاقس": a preposition's object is a place or a body, not the speaker
        # "لتوزيع كهرباء الجنوب": what follows a preposition's noun is its complement
        governed = before[:1] == "ل" and before[:2] != "لل" and len(before) > 2
        governed = governed or named_after(b, s)  # "جبل عمر"
        if before not in NAME_LINKS | NAME_STOP and not governed and name_end(b, s) == t:
            # "الفنان محمد رمضان في لقاء تلفزيوني امبارح:": the role's name came first
            named_first = not given and any(
                name_end(b, x) > x + 1 and not named_after(b, x) for x in range(k + 1, s)
            )
            return None if named_first else (s, t)
    return None


def _construct_end(b: Builder, k: int, inner: int) -> int | None:
    """The definite word closing a construct headed by token k, after at most `inner`
    indefinite nouns ("لاعب وسط العين"), or None when none follows at once."""
    toks = b.tokens
    if given_name(b, k):
        return None  # "خالد عبدالله الحمادي": a name, not a role in construct
    for c in range(k + 1, min(k + 2 + inner, len(toks))):
        if gap_after(b, c - 1).strip() or toks[c].norm in NAME_STOP:
            return None
        if definite(toks[c].norm):
            return c
        if not b.free(c, c + 1):
            return None
    return None


def _name_after_verb(b: Builder, by_start: dict[int, Match], k: int) -> tuple[int, int] | None:
    """The unknown name right after an Arabic speech verb at k-1, as (start, end) tokens.

    A present-tense verb has other senses ("يروي الفيلم حكاية"), so its name must be followed
    by what introduces speech (":", "،", "إن", "لـ..."); a past-tense one by any clear end.
    """
    toks = b.tokens
    next_word = toks[k + 1].norm if k + 1 < len(toks) and not gap_after(b, k).strip() else ""
    if {toks[k].norm, next_word} & _UNNAMED_OR_QUANT:
        # "قالت أربعة مصادر", "قال مسؤول كبير": unnamed, read by quotes.py; but in
        # "قال محمود، سائق ..." the comma sets the description off from the name
        return None
    if k in by_start or not b.free(k, k + 1) or strip_conj_noun(toks[k].norm) in NOUNS:
        return None
    if toks[k].norm in _HONORIFIC_PRONOUNS:
        return None  # "وأضاف سعادته": "his excellency" is a pronoun, not a name
    agr = agreement(toks[k - 1].norm)
    kin = orig(b, k + 1) if toks[k].norm in _KIN and k + 2 < len(toks) else ""
    if kin.endswith(("ه", "ها", "هم")) and kin[:-1] not in GIVEN_NAMES:
        k += 1  # "وقال ابن عمه ياسر العبيدي": a kinship in construct with a pronoun
        if not gap_after(b, k).strip():
            k += 1
    if possessed(b, k) and k + 1 < len(toks) and not gap_after(b, k).strip():
        k += 1  # "وقالت رئيستها نوال نصر": a role noun with a pronoun, then the name
    end = name_end(b, k)
    if end == k and possessed(b, k) and gap_after(b, k).strip()[:1] in ("،", ",", ":"):
        # "وقالت تيتيه، ...": set off alone after the verb, a word ending in ه is its subject
        # (a name like تيتيه, or a possessed noun like والدته, who is the speaker all the same)
        end = k + 1
    if end - k > 1 and not _clear_end(b, end):
        return None  # "نفى وجود خطط الحكومة": a noun phrase, not a name
    after_quote = k > 1 and set(gap_after(b, k - 2)) & set('»”"')  # "«...»، يقول يوسف (26 عاما)"
    if agr is not None and agr.present and not (after_quote or speech_follows(b, end)):
        return None
    return k, end


_KIN = word_forms("ابن ابنة بنت زوج زوجة شقيق شقيقة أخ أخت والد والدة ابن حفيد حفيدة")
# "سعادته", "معاليها", "سموه": an honorific with a pronoun refers back to the person.
_HONORIFIC_PRONOUNS = frozenset(
    h + p for h in word_forms("سعادت معالي سمو فخامت سيادت سماحت") for p in ("ه", "ها")
)


def names_before_verbs(b: Builder, by_start: dict[int, Match]) -> None:
    """A name opening a clause whose speech verb comes after it: "الناقدة الفنية سهير عبد
    الحميد رأت أن", "الفنانة ريم الزهراني، التي ...، قالت", "أما زوجته أم خالد فقالت"."""
    toks = b.tokens
    for v, tok in enumerate(toks):
        if tok.norm not in SPEECH or (tok.norm[:1] == "و" and tok.norm[1:] in SPEECH):
            continue
        if b.in_quote(v):
            continue
        a = _clause_start(b, v)
        if a is None or not b.free(a, a + 1):
            continue
        first = a
        if definite(toks[a].norm) and toks[a].norm[2:] not in INSTITUTIONS:
            a = descriptor_end(b, by_start, a) or a  # "الناقدة الفنية سهير ..."
        elif possessed(b, a):
            a += 1  # "زوجته أم خالد"
        end = name_end(b, a) if a < v and b.free(a, a + 1) else a
        if end == a or end > v:
            continue
        if end != v and gap_after(b, end - 1).strip()[:1] not in ("،", ",", "("):
            continue
        # "صاحب الورشة، توماس برينكمان، يؤكد": a role in construct, its holder named after it
        role = end - a == 2 and toks[a].norm not in GIVEN_NAMES | NAME_LINKS
        role = role and toks[a + 1].norm.startswith("ال") and 1 < v - end <= 4
        if role and gap_after(b, end - 1).strip() == gap_after(b, v - 1).strip() == "،":
            continue
        name = b.text[toks[a].start : toks[end - 1].end]
        lead = first if first < a else None
        b.add(Mention(toks[a].start, toks[end - 1].end, a, end, "PERSON", name, lead=lead))


def described_names(b: Builder) -> None:
    """A name set off by commas next to a description of the person: "ريما خوري، وهي موظفة
    في مصرف،" or "قال محافظ الإقليم، محمد صالح أبكر، إن".

    Before "وهي"/"وهو" the name is the two words before the comma (three with a link: "عبد
    الرحمن صالحي"); what comes before them is the clause ("تختصر ريما خوري"), not the name.
    Before إن/أن the name is the whole of what the commas enclose: an apposition to the role.
    """
    toks = b.tokens
    for end in range(2, len(toks)):
        word = toks[end].norm
        # "نقيب الأفران، أنطوان سركيس، قال": a bare speech verb closes the apposition as إن does
        said = word in SPEECH and not (word[:1] == "و" and word[1:] in SPEECH)
        # "النائبة ...، شيلان رسول، قد طالبت": قد before the speech verb
        said = said or (word == "قد" and end + 1 < len(toks) and toks[end + 1].norm in SPEECH)
        said = said or word in SAYING  # "عن محافظ الغابات، عبد الحميد مزيان، قوله"
        told = b.at.get(end)  # "منسقة عمليات الإنقاذ، كلير دوبوا، لبي بي سي:"
        said = said or (told is not None and told.media and word[:1] == "ل")
        # "...، محمود الحسون، لـ"عربي21"،", "...، الحسين أوبلا، في تصريح لـ«هبة بريس»":
        # how it was said; the name then opens with a given name (not "، مدير المبادرة، في")
        to_quoted = word in ("ل", "لـ") and gap_after(b, end).strip()[-1:] in ("«", "“", '"')
        how = to_quoted or (word in ("في", "خلال") and norm_tail(toks, end + 1) in VENUES)
        if not (word in HE_SHE | _THAT or said or how):
            continue
        if gap_after(b, end - 1).strip() not in ("،", ","):
            continue
        if word in HE_SHE:
            k = end - 3 if end > 2 and toks[end - 3].norm in NAME_LINKS else end - 2
            if toks[end - 1].norm in GIVEN_NAMES and toks[k].norm not in GIVEN_NAMES | NAME_LINKS:
                k = end - 1  # "تجلس حليمة، وهي أم لستة أطفال": the given name alone
            if k > 0 and toks[k].norm in NAME_LINKS and toks[k - 1].norm in GIVEN_NAMES:
                k -= 1  # "كاظم عبد الحسين، وهو": a given name before the compound
        else:
            # the name opens after the nearest punctuation, which must be a comma
            marked = (a for a in range(end - 1, max(end - 5, 0), -1) if gap_after(b, a - 1).strip())
            k = next(marked, 0)
            if gap_after(b, k - 1).strip() not in ("،", ","):
                continue
            if how and not (given_name(b, k) or toks[k].norm in NAME_LINKS):
                continue  # "الدكتورة منى السيد، مدير المبادرة، في تصريحات": a role
        if not b.free(k, end) or name_end(b, k) != end or not is_arabic(toks[k].norm):
            continue
        if toks[k].norm in _UNNAMED_OR_QUANT or b.in_quote(k):
            continue  # "أحد المسعفين، وهو شاب ...": a description; a quotation names nobody
        named = b.holder(k - 1)
        if named is not None and named.type == "PERSON" and not named.titled:
            continue  # "قالت أم محمد، ربة منزل، إن": the person's description, named before
        gender = "f" if word == "وهي" else ""
        gender = "m" if word == "وهو" else gender
        name = b.text[toks[k].start : toks[end - 1].end]
        person = Mention(toks[k].start, toks[end - 1].end, k, end, "PERSON", name, gender=gender)
        role = b.holder(k - 1) if word in _THAT or said or how else None
        if role is not None and role.type == "PERSON" and role.titled:
            # "محافظ إقليم وداي، محمد صالح أبكر،": the title's complement was taken for the
            # name; the name in apposition is the person the title introduces
            b.remove_within(role.tok_start, role.tok_start + 1)
            person = replace(person, titled=True, lead=role.lead, gender=role.gender)
        b.add(person)


_THAT = word_forms("إن أن")


def _clause_start(b: Builder, v: int) -> int | None:
    """The first token of the sentence holding token v (after "أما", "ومع ذلك"), if within
    30 tokens."""
    a = v
    while a > 0 and v - a < 30:
        gap = gap_after(b, a - 1)
        if "\n" in gap or "." in gap or ":" in gap:
            break
        a -= 1
    if v - a >= 30:
        return None
    while a < v and (nxt := connective_end(b.tokens, a)) > a:
        a = nxt
    return a


def _clear_end(b: Builder, end: int) -> bool:
    """True when what follows token end-1 plainly ends a subject (punctuation, إن, لـ...)."""
    if end >= len(b.tokens) or gap_after(b, end - 1).strip():
        return True
    word = b.tokens[end].norm
    return word in NAME_STOP or (word[:1] == "ل" and len(word) > 3) or end in b.at


_UNNAMED_OR_QUANT = UNNAMED_HEADS | QUANTIFIERS


_EN_SPEECH = EN_VERBS
