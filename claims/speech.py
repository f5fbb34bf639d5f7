"""Speech predicates, generated from stems: every inflected form with the agreement it shows.

Lists of inflected forms always miss some ("وأردفوا", "تساءلت", "cautioned"), so the lexicon
holds stems (claims/gazetteers/lexicons.txt) and this module inflects them:
- Arabic verbs: a past and a present stem ("قال يقول") give the third-person past and present
  forms, singular, dual and plural, masculine and feminine, with the future (سـ) and dialect
  (بـ) prefixes and the conjunctions و/ف; each form records the gender and number it agrees
  with, which is what resolves a verb without a named subject ("وأضافت" → the last woman).
- Arabic participles ("قائلا", "مضيفة", "مشيرين") from their masculine stems.
- English verbs from their base ("warn" → warns, warned; "warning" as a participle).
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.gazetteer import lexicon_lines, word_forms
from claims.segment import Token, norm_word


@dataclass(frozen=True)
class Agreement:
    """What a speech verb form agrees with: gender "m"/"f"/"" (unmarked), plural or not."""

    gender: str
    plural: bool = False
    present: bool = False  # present tense: "يقول" (other senses are common: "يروي حكاية")


_CONJ = ("", "و", "ف")


def _past_forms(past: str, bare: bool) -> dict[str, Agreement]:
    """Third-person past forms of an Arabic verb from its 3ms form ("قال", "نفي", "دعا")."""
    weak = len(past) >= 3 and past[-1] in "اي"  # نفى/دعا: the last letter drops before ت/وا
    base = past[:-1] if weak else past
    forms = {
        base + "ت": Agreement("f"),
        base + "وا": Agreement("", True),
        base + "تا": Agreement("f", True),
    }
    if weak:
        forms[base + ("يا" if past.endswith("ي") else "وا")] = Agreement("", True)  # نفيا
    elif past[1:2] != "ا" and bare:
        # "قالا"; not "طالبا" (the participle, "requesting") nor "ردا" (a reply: "ردا واضحا")
        forms[past + "ا"] = Agreement("", True)
    if bare:
        forms[past] = Agreement("m")
    return forms


def _present_forms(present: str) -> dict[str, Agreement]:
    """Third-person present forms from the 3ms form ("يقول", "ينفي", "يدعو", "يري")."""
    stem = present[1:]  # without the person prefix ي
    weak = stem[-1] in "يو"
    plural = (stem[:-1] if weak else stem) + "ون"
    forms = {
        "ي" + stem: Agreement("m"),
        "ت" + stem: Agreement("f"),
        "ي" + plural: Agreement("", True),
        "ي" + plural[:-1] + "ا": Agreement("", True),  # "يقولوا" (dialect, subjunctive)
        "ي" + stem + "ان": Agreement("m", True),
        "ت" + stem + "ان": Agreement("f", True),
    }
    forms = {f: Agreement(a.gender, a.plural, present=True) for f, a in forms.items()}
    for form, agr in list(forms.items()):
        forms["س" + form] = agr  # future: "سيقول"
        forms["ب" + form] = agr  # dialect: "بيقول", "بتقول"
    return forms


def _arabic_verbs() -> tuple[dict[str, Agreement], frozenset[str]]:
    out: dict[str, Agreement] = {}
    nouns: set[str] = set()
    for line in lexicon_lines("ar_speech_verbs"):
        for pair in line.split(","):
            words = pair.split()
            if not words:
                continue
            past, present = words[0], words[1] if len(words) > 1 else "-"
            # "!رد": the bare 3ms past is also a common noun ("رد", "نقل"): inflected forms only
            bare = not past.startswith("!")
            forms = _past_forms(norm_word(past.lstrip("!")), bare)
            if not bare:
                nouns.update(c + norm_word(past.lstrip("!")) for c in _CONJ)
            if present != "-":
                forms.update(_present_forms(norm_word(present)))
            out.update(forms)
    return {c + f: a for f, a in out.items() for c in _CONJ}, frozenset(nouns)


def _arabic_participles() -> dict[str, Agreement]:
    out: dict[str, Agreement] = {}
    for stem in " ".join(lexicon_lines("ar_participles")).split():
        s = norm_word(stem)
        out.update({s + "ا": Agreement("m"), s + "ه": Agreement("f")})
        out.update({s + "ين": Agreement("", True), s + "تين": Agreement("f", True)})
    return {c + f: a for f, a in out.items() for c in _CONJ}


def _english_forms(base: str, past: str | None, ing: str | None) -> tuple[list[str], str]:
    """(finite forms, -ing form) of an English verb; irregular past/-ing given explicitly."""
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if past is None:
        if base.endswith("e"):
            past = base + "d"
        elif base.endswith("y") and base[-2:-1] not in "aeiou":
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
    if ing is None:
        ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
    return [base, third, past], ing


def _english() -> tuple[frozenset[str], frozenset[str]]:
    verbs: set[str] = set()
    participles: set[str] = set()
    for spec in " ".join(lexicon_lines("en_speech_verbs")).split():
        parts = spec.split(":")  # "say:said", "admit:admitted:admitting"
        finite, ing = _english_forms(
            parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None
        )
        verbs.update(finite)
        participles.add(ing)
    return frozenset(verbs), frozenset(participles)


AR_VERBS, AR_NOUN_VERBS = _arabic_verbs()  # AR_NOUN_VERBS: "رد" (a reply, or "he replied")
AR_PARTICIPLES: dict[str, Agreement] = _arabic_participles()
EN_VERBS, EN_PARTICIPLES = _english()


def agreement(word: str) -> Agreement | None:
    """The agreement shown by an Arabic speech verb or participle form, None if it is not one."""
    return AR_VERBS.get(word) or AR_PARTICIPLES.get(word)


# Adjuncts between an Arabic speech verb and its subject: "وقال في وقت لاحق وزير ...",
# "وأضافت يوم الاثنين المتحدثة ...", "وقال للصحفيين مسؤول ...", "وقال في بيان الجيش ...".
_ADVERBS = word_forms(
    "أيضا كذلك بدوره بدورها بدورهم مجددا أمس اليوم لاحقا سابقا حينها وقتها مساء صباح ظهر "
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت also"
)
_DAY = word_forms("يوم ليلة مساء صباح ظهر")
# How something was said: "ويقول بصوت خافت:", "قالت بحزن", "وأضاف بنبرة غاضبة".
_MANNER = word_forms(
    "بحزن بمرارة بغضب بأسى بثقة بحماس باختصار بفخر بوضوح بصراحة بهدوء بحسرة بتأثر بابتسامة"
)
_MANNER_NOUNS = word_forms("بصوت بنبرة بلهجة")  # with their adjective after them
# "فعلق ساخرا:": how it was said, in the accusative
_MANNER_STATES = word_forms(
    "ساخرا مازحا ضاحكا غاضبا باكيا صارخا هامسا متهكما مبتسما متحسرا متأثرا متألما متسائلا"
)
MANNER = _MANNER | _MANNER_NOUNS | _MANNER_STATES  # never a speaker's name
# A preposition with a pronoun between the verb and its subject.
_RESUMPTIVE = word_forms("فيه فيها له لها عليه عليها منه منها عنه عنها به بها إليه إليها")
# Time before an event, with its noun phrase: "عشية انطلاق الامتحان", "غداة الهجوم".
_EVE = word_forms("عشية غداة قبيل عقب إثر بعيد")
_TIME_OF = word_forms("وقت")
_AT = word_forms("في خلال عبر")
# What a statement was made in: "في بيان", "خلال مؤتمر صحفي", "عبر حسابه على منصة إكس".
VENUES = word_forms(
    "بيان تصريح تصريحات مقابلة حديث كلمة مؤتمر رسالة منشور تغريدة ندوة لقاء اجتماع جلسة "
    "خطاب حوار بث إفادة حسابه حسابها صفحته صفحتها تعميم بلاغ"
)
_VENUE_ADJ = word_forms(
    "صحفي صحافي صحفية صحافية مشترك مشتركة مقتضب مقتضبة متلفز متلفزة رسمي رسمية مكتوب مصور "
    "هاتفي هاتفية تلفزيوني تلفزيونية إذاعي إذاعية خاص خاصة سابق لاحق جديد"
)
_ISSUED_BY = word_forms("صادر صادرة عن من")
_AUDIENCE = word_forms("للصحفيين للصحافيين للصحافة لوسائل للإعلاميين للمراسلين")


def adjunct_end(tokens: list[Token], text: str, k: int) -> int:
    """Skip time, venue and audience adjuncts starting at token k; return where the rest starts.

    Only plain words are skipped (a comma ends an adjunct) and at most a few of them, so that
    "قال في بيان صادر عن الوزارة" leaves the statement's source to the caller.
    """
    start = k
    while k < len(tokens) and k - start < 6:
        word = tokens[k].norm
        # (a pronoun: "في وقت تؤكد فيه الوزارة", "وقال له محمد"; not "منة الله", a name)
        godly = k + 1 < len(tokens) and tokens[k + 1].norm == "الله"
        resumptive = word in _RESUMPTIVE and not godly
        if word in _ADVERBS or word in _AUDIENCE or word in _MANNER or resumptive:
            k += 1
        elif word in _MANNER_NOUNS and k + 1 < len(tokens):
            k += 2  # "بصوت خافت", "بنبرة حازمة"
        elif word in _DAY and k + 1 < len(tokens):
            k += 2  # "يوم الاثنين", "مساء أمس"
        elif word in _EVE and k + 1 < len(tokens):
            # the event: "الهجوم", or a construct closed by its definite word ("انطلاق
            # الامتحان"); not "عقب اجتماعه وزير الخارجية", whose subject follows
            k += 2
            if not tokens[k - 1].norm.startswith("ال") and k < len(tokens):
                k += tokens[k].norm.startswith("ال")
        elif word in _AT and k + 2 < len(tokens) and tokens[k + 1].norm in _TIME_OF:
            k += 3  # "في وقت لاحق"
        elif word in _AT and k + 1 < len(tokens) and tokens[k + 1].norm in VENUES:
            k += 2  # "في بيان", then its adjective: "في مؤتمر صحفي", "في بيان مشترك"
            if k < len(tokens) and tokens[k].norm in _VENUE_ADJ:
                k += 1
            if k < len(tokens) and tokens[k].norm in _ISSUED_BY:
                return start  # "في بيان صادر عن الوزارة": who issued it, not who speaks
        else:
            break
        if k < len(tokens) and _gap(tokens, text, k).strip(" ،,"):
            return start  # a colon or a quotation: what follows is said, not who says it
    return k


def _gap(tokens: list[Token], text: str, k: int) -> str:
    """The text between token k-1 and token k."""
    return text[tokens[k - 1].end : tokens[k].start]


ON = norm_word("على")  # normalised "على" (the same as "علي")
RELATIVES = word_forms("الذي التي الذين اللذين اللتين اللواتي")
HE_SHE = word_forms("وهي وهو")  # "قالت سامية، وهي أم ...": what the one just named is
# What opens reported speech: "قال إن ...", "أكد أن ...", "said that ...".
COMPLEMENTIZERS = word_forms("أن إن بأن وأن that")


def is_complementizer(word: str) -> bool:
    """ "أن", "إن", "that", also with a pronoun: "أنها", "إنه"."""
    bare = word[:-2] if word.endswith(("ها", "هم")) else word[:-1] if word.endswith("ه") else word
    return word in COMPLEMENTIZERS or bare in COMPLEMENTIZERS


# "بحسب X" / "وفقا لـ X" / "نقلا عن X": X is the speaker, or the source when X is a medium.
ACCORDING = word_forms("بحسب حسب وفقا وفق نقلا طبقا", _CONJ)


def is_audience(word: str) -> bool:
    """True for "للصحفيين" and the like: who was spoken to, not who spoke."""
    return word in _AUDIENCE


# Phrases opening a clause that are never its subject: "أما", "ومع ذلك،", "من جهته،", "However,".
_CONNECTIVES = frozenset(
    tuple(norm_word(w).lower() for w in line.split()) for line in lexicon_lines("connectives")
)


def connective_end(toks: list[Token], a: int) -> int:
    """The token after the discourse connective opening at token a, or a when none does."""
    for n in (4, 3, 2, 1):
        words = tuple(t.norm.lower() for t in toks[a : a + n])
        if len(words) < n:
            continue
        bare = (words[0][1:], *words[1:]) if words[0][:1] in "وف" else words
        if words in _CONNECTIVES or bare in _CONNECTIVES:
            return a + n
    return a
