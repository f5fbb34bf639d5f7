"""Subjects of English speech verbs: "Blinken said", "a senior US official said", "said
Rebecca Moss, executive director of ...", "Youssef Lamrani, an economist ..., who said",
"The Association of Banks in Lebanon said"; bodies referred to ("the agency said", "it said")
are read by claims.bodies_en."""

from __future__ import annotations

from dataclasses import replace

from claims.asides_en import (
    ASIDE_OPENERS,
    appositive_before,
    aside_start,
    capitalised,
    english_name,
    known_as,
    parenthesis_start,
    person_before_body,
)
from claims.bodies_en import (
    BODY_NOUNS,
    PLACE_BODIES,
    body_opening,
    body_referred,
    described_article,
    listed_in_name,
)
from claims.context import Context, Speaker, speaker_from
from claims.documents_en import document_owner, speaks_in_document
from claims.gazetteer import word_forms
from claims.introduced_en import introduced_again
from claims.kinds_en import as_written, bodies_together, modified_body, named_in_full, named_kind
from claims.mentions import Mention
from claims.names_en import (
    aged_again,
    may_be_name,
    name_after_role,
    name_given,
    named_before,
    own_person,
    proper_word,
    without_role,
)
from claims.offices_en import owned_body
from claims.phrases_en import (
    acronym_of_other,
    adverbial,
    longer_body,
    named_after_role,
    person_of_body,
    restrictive_who,
    role_and_name_after,
    sentence_subject,
)
from claims.quoted_en import (
    named_in_quotes,
    person_after_role,
    person_of_body_after,
    quoted_verb,
    reported_commitment,
)
from claims.speech import EN_VERBS
from claims.unnamed_en import (
    EN_DETERMINERS,
    EN_FUNCTION_WORDS,
    EN_UNNAMED,
    QUOTE_MARKS,
    capitalised_phrase,
    close_source_after,
    described,
    group_before,
    indefinite_after,
    indefinite_subject,
    one_of,
    titled_before,
    unnamed_before,
    unnamed_for,
)

EN_PRONOUNS = word_forms("he she they it we i")


def en_unnamed_after(ctx: Context, k: int) -> Speaker | None:
    """ "a senior U.S. official" starting at token k: determiner, modifiers, head noun; or
    "a person familiar with the matter" with what they are close to."""
    toks = ctx.tokens
    if k >= len(toks):
        return None
    close = close_source_after(ctx, k)
    if close is not None or toks[k].norm.lower() not in EN_DETERMINERS:
        return close
    for end in range(k + 1, min(k + 6, len(toks))):
        if ctx.gap(end - 1, end).strip(" .-"):
            return None
        word = toks[end].norm.lower()
        if word in EN_UNNAMED:
            owner = document_owner(ctx, end) if word in _EN_STATEMENTS else None
            if owner is not None:
                return owner  # "according to a GAM statement": the body issued it
            text = ctx.text[toks[k].start : toks[end].end]
            definite = toks[k].norm.lower() == "the"
            return Speaker(
                text, toks[k].start, toks[end].end, head=word.rstrip("s"), definite=definite
            )
    return None


def appositive(ctx: Context, k: int) -> Mention | None:
    """A person named within a few words after an English verb, in the same clause."""
    for j in range(k, min(k + 6, len(ctx.tokens))):
        if j > k and set(ctx.gap(j - 1, j)) & set('.!?;:“”"'):
            return None
        m = ctx.mention_at.get(j)
        if m is not None:
            return m if m.type == "PERSON" else None
    return None


# Verbs whose subject is that of the infinitive after them: "declined to comment".
_EN_CATENATIVE = word_forms("declined declines refused refuses agreed agrees")


def subject_before(ctx: Context, v: int) -> Speaker | None:
    """English "Blinken said" / "a senior US official said" / "Blinken also said"."""
    toks = ctx.tokens
    if _in_contact_clause(ctx, v):
        return _relative_subject(ctx, v)
    if quoted_verb(ctx, v):
        return None  # "“Nobody answered,” she said": the quoted words' own verb
    if reported_commitment(ctx, v):
        return None  # "She said the ministry had promised to monitor it but that “...”"
    after_quote = 0 < v < len(toks) - 1 and set(ctx.gap(v - 1, v)) & set('”"')
    if after_quote and not named_in_quotes(ctx, v - 1):
        # "“...,” said one Geneva-based trader who took part": no listed unnamed source, a
        # person described after the verb; "“...,” said Wambui Njoroge of the Consumers
        # Federation": the person, named before the body they belong to
        if en_unnamed_after(ctx, v + 1) is not None:
            return None
        # "“...,” said one, who asked not to be named": one of the group the text just counted
        return (
            indefinite_after(ctx, v + 1)
            or person_of_body_after(ctx, v + 1)
            or person_after_role(ctx, v + 1)
            or role_and_name_after(ctx, v + 1)
            or group_before(ctx, v + 1)
        )
    k = v - 1
    while k >= 0 and v - k <= 3 and adverbial(ctx, k):
        k -= 1  # "Blinken also said", "the minister has repeatedly said"
    if k > 1 and toks[k].norm == "to" and toks[k - 1].norm.lower() in _EN_CATENATIVE:
        k -= 2  # "A spokesperson for Nakhla declined to comment": the subject of both verbs
    if k > 0 and toks[k].norm.lower() in EN_AND and ctx.gap(k, k + 1) == " ":
        # "The Society of Radiographers backed the plan but warned that": the subject the
        # verb shares with the sentence's first
        return _shared_subject(ctx, k)
    # the punctuation between subject and verb, not the adverbs: "Laaksonen also said"
    sep = "".join(ctx.gap(j, j + 1) for j in range(k, v)).strip() if k >= 0 else ""
    if sep[:1] == "." and ctx.sentence_of(toks[k].start) == ctx.sentence_of(toks[v].start):
        # "A spokesperson for Pell Housing Corp. said": the full stop ends an abbreviation,
        # which the subject keeps; "..., which sells outside the U.S., said": an aside's
        sep = sep[1:].strip()
        if not sep:
            return _with_full_stop(ctx, _named_subject(ctx, k))
    if sep in ("”,", '",') and named_in_quotes(ctx, k):
        sep = ","  # "The Serious Fraud Office, which ... code-named “Operation Larkspur”, said"
    described_one = False  # "Abdi, a herder near Moyale, said": a one-word name, described
    unnamed: Speaker | None = None  # a long description an aside says is of no named person
    inside, closing, after = sep.partition(")")
    opening = parenthesis_start(ctx, k) if closing and not inside.strip(".") else None
    if opening is not None:
        # "The Mission for Iraq (Unami) said", "Sen. Ana Ruiz (D-Ore.) said": the subject is
        # before the parenthesis
        k = opening - 1
        sep = (ctx.gap(k, opening).replace("(", "", 1) + after).strip()
    relative = toks[k].norm.lower() if k > 0 else ""
    if relative in ("who", "which") and ctx.gap(k - 1, k).strip() in ("", ","):
        # "according to Janet Yellen, who said"; "Youssef Lamrani, an economist at ... in
        # Rabat, who said"; "the World Bank, which has described": whom the clause is about
        return _who(ctx, k, "PERSON" if relative == "who" else "ORG")
    elif k > 0 and sep == "," and (apposed := appositive_before(ctx, k)) is not None:
        # "The environment secretary, Claire Dunmore, said": the appositive name; but "A
        # spokesperson for the regulator, Ofcom, said": who speaks for the body it names
        m = ctx.mention_end.get(k + 1)
        person = m is not None and m.type == "PERSON"
        return (None if person else unnamed_for(ctx, apposed - 1)) or _named_subject(ctx, k)
    elif k > 0 and sep == "," and (called := known_as(ctx, k)) is not None:
        # "The national search and rescue agency, known as Basarnas, said"; but "A spokesperson
        # for Abu Dhabi Health Services Company, known as Seha, said": who speaks for it
        comma = aside_start(ctx, k)
        return (unnamed_for(ctx, comma) if comma is not None else None) or called
    elif k > 0 and sep == ",":
        # "A senior EU official, speaking on condition of anonymity, said ...", "Sarah
        # Hutchinson, who runs a cafe on Bridge Street, said": the subject before the aside
        comma = aside_start(ctx, k)
        if comma is None:
            return None
        if _anonymous(ctx, comma + 1, v):
            # "A senior manager at one of the region's biggest bus operators, who asked not to
            # be named, said": the aside says who speaks is unnamed, however long described
            unnamed = indefinite_subject(ctx, comma, reach=_ANONYMOUS_REACH)
        k = comma
        if toks[k + 1].norm.lower() in ("a", "an", "the", "which", "who"):
            # "Ann Roe, head of sales at Kessler, a freight firm, said", "..., director of
            # Kessler, which runs 70 trucks, told": the description is of the firm, within
            # the aside about who speaks; "Lina Abi Nader, Haddad's co-founder, who left ...,
            # said": a clause after the role, about whom it is the role of
            k = aside_start(ctx, k, fallback=False) or k
        if toks[k].norm.isdigit() and ctx.gap(k - 1, k).strip() == ",":
            k -= 1  # "Natarajan, 36, a former tax adviser, said": the age is no subject
        opener = toks[k + 1].norm.lower()
        # "UKHospitality, which represents ..., said": a name, but a plural noun may have such
        # an aside too ("Protesters, who gathered outside, said")
        plural = toks[k].norm.endswith("s") and not toks[k].norm.endswith("ss")
        clause = opener in ASIDE_OPENERS - {"a", "an"} and not plural
        # "Hydrom, the state-owned company that ..., said": a description of a named one too
        described_one = opener in ("a", "an", "the") or clause or toks[k + 1].norm.isdigit()
        if ctx.gap(k, k + 1).strip().startswith(")"):
            # "Rep. Tom Hadley (R-Ohio), who ..., said": the name before the parenthesis
            opening = parenthesis_start(ctx, k)
            k = opening - 1 if opening is not None and opening > 0 else k
    elif k < 0 or sep:
        return None
    elif (who := restrictive_who(ctx, k)) is not None:
        # "A fire service official who spoke on condition of anonymity said": whom the clause
        # without commas describes, or the name it gives ("a woman who gave her name as Om
        # Youssef told")
        described = _named_subject(ctx, who)
        a = ctx.tok_index(described.start) if described and described.start is not None else -1
        return (name_given(ctx, a) if a >= 0 else None) or described
    return _named_subject(ctx, k, described_one) or unnamed


# Words of an aside saying the speaker is not named: "who asked not to be named", "speaking
# on condition of anonymity", "who declined to be identified".
_ANONYMOUS = word_forms("anonymity anonymous named identified")
_ANONYMOUS_REACH = 14  # words of the description before such an aside


def _anonymous(ctx: Context, a: int, v: int) -> bool:
    """True when tokens [a, v) (an aside before a speech verb) say the speaker is not named."""
    return any(t.norm.lower() in _ANONYMOUS for t in ctx.tokens[a:v])


EN_AND = word_forms("and but")


def _shared_subject(ctx: Context, k: int) -> Speaker | None:
    """The named subject opening the sentence whose later verb follows "and"/"but" at token k
    ("The Society of Radiographers (SoR) backed the plan but warned that"), when no speech
    verb or quotation comes between (what an earlier speech verb reports may have another
    subject: "Ruiz said the council approved the plan and warned"); else None."""
    toks = ctx.tokens
    sent = ctx.sentence_of(toks[k].start)
    if sent is None or set(ctx.text[sent.start : toks[k].start]) & set(QUOTE_MARKS):
        return None
    lo = ctx.tok_index(sent.start)
    if any(toks[j].norm.lower() in EN_VERBS for j in range(lo, k)):
        return None
    first = next((j for j in range(lo + 1, k) if _first_verb(ctx, lo, j)), None)
    subject = subject_before(ctx, first) if first is not None else None
    if subject is None or subject.start is None:
        return None
    opening = ctx.text[sent.start : subject.start].strip()
    return subject if opening in ("", "The", "the") else None


def _first_verb(ctx: Context, lo: int, j: int) -> bool:
    """True when token j may be the verb after a subject opening its sentence at token lo: a
    lower-case word after a name ("Ann Roe backed"), its parenthesis ("... (SoR)
    backed") or "the" and a body's noun ("The union backed")."""
    toks = ctx.tokens
    word = toks[j].norm
    if not (word.isalpha() and word.islower()) or word in EN_FUNCTION_WORDS | EN_DETERMINERS:
        return False
    if ctx.gap(j - 1, j).strip() == ")":
        return True
    if ctx.gap(j - 1, j) != " ":
        return False
    prev = toks[j - 1].norm
    if prev.lower() in BODY_NOUNS:
        return j - 2 == lo and toks[lo].norm.lower() == "the"
    return prev[:1].isupper() and prev != "The"


def _with_full_stop(ctx: Context, speaker: Speaker | None) -> Speaker | None:
    """`speaker` with the full stop right after its last word ("Pell Housing Corp.")."""
    if speaker is None or speaker.end is None or ctx.text[speaker.end : speaker.end + 1] != ".":
        return speaker
    return replace(speaker, name=speaker.name + ".", end=speaker.end + 1)


def _named_subject(ctx: Context, k: int, described_one: bool = False) -> Speaker | None:
    """The subject of a speech verb ending at token k, right before the verb or its aside.

    `described_one`: a description set off by commas follows, so one capitalised word opening
    the sentence may be a name ("Abdi, a herder near Moyale, said").
    """
    toks = ctx.tokens
    spokesperson = unnamed_for(ctx, k) or one_of(ctx, k)  # "one of the delegates said"
    if spokesperson is not None:
        return spokesperson
    listed = listed_in_name(ctx, k)
    if listed is not None:
        return listed  # "The Department for Environment, Food and Rural Affairs said"
    m = ctx.mention_end.get(k + 1)
    word = toks[k].norm.lower()
    # "The Transport General Authority said": a "person" a title introduces, named like a body,
    # is the end of the body's name
    owner = person_before_body(ctx, m) if m is not None and m.type == "PERSON" else None
    if owner is not None:
        return owner  # "Chief Dora Finch of the nearby Willow Lake Cree Nation said"
    if m is not None and not (m.type == "PERSON" and m.titled and word in BODY_NOUNS):
        full = named_in_full(ctx, m.tok_start, k) if m.type == "ORG" and not m.media else None
        if m.media and acronym_of_other(ctx, m):
            # "TAP said" where the article names "TAP Air Portugal": the airline, no agency
            return Speaker(ctx.text[m.start : m.end], m.start, m.end)
        # "Superintendent Karen Whitfield said": the person, without the role; "The Israel
        # Defense Forces said": a body, as the article names it
        if m.type == "PERSON":
            named = without_role(own_person(ctx, m))
        else:
            named = as_written(ctx, m) if m.type == "ORG" and not m.media else speaker_from(m)
        return longer_body(ctx, m, k) or full or named
    if word in BODY_NOUNS and k > 0 and toks[k - 1].norm.lower() == "the":
        return body_referred(ctx, k)
    if word in PLACE_BODIES and k > 1 and toks[k - 1].norm.lower() == "the":
        # "In a statement, the city said", not "officials in the city said": the place's
        # government, not where others speak
        return body_referred(ctx, k) if toks[k - 2].norm.lower() not in _EN_PREPS else None
    the = described_article(ctx, k) if word in BODY_NOUNS else None
    if the is not None:
        return body_referred(ctx, k, the)  # "the state-owned carrier said"
    owned = owned_body(ctx, k)
    if owned is not None:
        return owned  # "The prime minister's office said"
    # "The central bank said": the body named before in full, else the two words ("the
    # foreign ministry" without one: an unnamed source, read below)
    modified = modified_body(ctx, k, word not in EN_UNNAMED) if word in BODY_NOUNS else None
    if modified is not None:
        return modified
    together = bodies_together(ctx, k)
    if together is not None:
        return together  # "the two companies said": both bodies at once
    if word in _EN_STATEMENTS and k > 0 and toks[k - 1].norm.lower() == "the":
        issuer = _issuer(ctx, k)  # "the statement said": whoever issued it
        if issuer is not None:
            return issuer
    aged = aged_again(ctx, k)
    if aged is not None:
        return aged  # "Abdi Osman kneels ... “...,” the 58-year-old farmer told Al Jazeera"
    if word in EN_UNNAMED:
        unnamed = unnamed_before(ctx, k)
        first = ctx.tok_index(unnamed.start or 0)
        if (
            first > 0
            and toks[first - 1].norm.lower() in _EN_PREPS
            and not ctx.gap(first - 1, first).strip()
        ):
            # "said in a statement posted on ...", "In a statement posted on ...": a
            # participle, no verb
            return None
        return unnamed
    again = introduced_again(ctx, k) if word not in _EN_STATEMENTS else None
    if again is not None:
        return again  # "A banker familiar with the deal said ... the banker said"
    if word in EN_PRONOUNS:
        # "Spain's housing ministry welcomed the decision. In a statement, it said": the body
        # the sentence before opens with; "he"/"she" the unlisted person their paragraph
        # introduced ("Marisol Vega owns a tile shop. ... she says"); other pronouns refer back
        # (claims.reference)
        if word in ("he", "she"):
            return named_before(ctx, k)
        return body_opening(ctx, k) if word == "it" else None
    a = capitalised_phrase(ctx, k)
    if a > 1 and toks[a - 1].norm.lower() in _EN_PLACE_PREPS:
        if toks[a - 2].norm in EN_UNNAMED:
            return unnamed_before(ctx, a - 2)  # "A Western diplomat in Beirut, ..., said"
        return described(ctx, a - 2, k)  # "A baker from Springvale, Ontario, said"
    if a > 0 and toks[a - 1].norm in _EN_OBJECT_PREPS and not ctx.gap(a - 1, a).strip():
        # "services between Poland and the Baltic states that closed": the object of a
        # preposition, before a noun that looks like a verb, is no subject
        return None
    sent = ctx.sentence_of(toks[a].start)
    opens = sent is not None and sent.start == toks[a].start and a == k
    name_like = proper_word(ctx, k) or speaks_in_document(ctx, k)  # "Unicef said in a report"
    if opens and not name_like and not (described_one and may_be_name(ctx, k)):
        return None  # one capitalised sentence-initial word ("Officials"): not a name
    titled = titled_before(ctx, k)
    if titled is not None:
        return titled  # "Employment Judge Sarah Whitcombe ... the judge wrote"
    if not capitalised(ctx, k):
        # "The FNV union said", "A banker involved in the deal said"
        return named_kind(ctx, k) or indefinite_subject(ctx, k)
    if toks[a].norm == "The" and a < k:
        a += 1  # the body's name without its article
    full = named_in_full(ctx, a, k)
    if full is not None:
        return full
    if any(not capitalised(ctx, j) for j in range(a, k + 1)):
        person = person_of_body(ctx, a, k) or named_after_role(ctx, a, k)
        if person is not None:
            return person  # "Justice Miriam Kiprono of the Environment and Land Court"
        text = ctx.text[toks[a].start : toks[k].end]  # "The Association of Banks in Lebanon"
        return Speaker(text, toks[a].start, toks[k].end)
    # "Chief Executive Officer Park Ji-hoon said": the name after its capitalised role
    return english_name(ctx, a, k + 1) or name_after_role(ctx, a, k)


_EN_PLACE_PREPS = word_forms("in at from")
_EN_OBJECT_PREPS = word_forms(
    "between among with against into than like across through toward towards"
)


_EN_PREPS = word_forms("in on at by with from of for to into")


# What a body issues and is then said to speak: "X said in a statement ..." then "the
# statement said".
_EN_STATEMENTS = word_forms("statement communique")


def _issuer(ctx: Context, k: int) -> Speaker | None:
    """Who issued "the statement" (its noun at token k): the subject of the speech verb, else of
    the sentence, where it was first mentioned ("X said in a statement", "X issued a statement");
    None when it was not mentioned before."""
    toks = ctx.tokens
    noun = toks[k].norm.lower()
    for j in range(k - 2, 0, -1):
        if toks[j].norm.lower() != noun or toks[j - 1].norm.lower() == "the":
            continue
        if ctx.in_quote(toks[j].start):
            continue
        owner = document_owner(ctx, j)
        if owner is not None:
            return owner  # "According to a GAM statement, ..." then "The statement said"
        sent = ctx.sentence_of(toks[j].start)
        lo = ctx.tok_index(sent.start) if sent is not None else 0
        hi = ctx.tok_index(sent.end) if sent is not None else len(toks)
        # the verb nearest to it with a subject: "X said in a statement", "In a statement, X
        # said", "In a statement posted on Facebook, X said" (no subject "posted" it)
        verbs = [c for c in range(lo, min(hi, k)) if toks[c].norm.lower() in EN_VERBS]
        said = (subject_before(ctx, c) for c in sorted(verbs, key=lambda c: abs(c - j)))
        return next((s for s in said if s is not None), None) or sentence_subject(ctx, j)
    return None


_EN_FINITE = word_forms("is are was were has have had will would could can may might should must")


def _in_contact_clause(ctx: Context, v: int) -> bool:
    """True when the speech verb at token v sits in a relative clause without "that"."""
    nxt = v + 1
    return (
        nxt < len(ctx.tokens)
        and ctx.tokens[nxt].norm.lower() in _EN_FINITE
        and not ctx.gap(v, nxt).strip()
    )


_EN_RELATIVE_OBJECTS = word_forms("that which whom")
_RELATIVE_REACH = 6  # words between "that" and the speech verb: "that Mr Al Hammadi said"


def _relative_subject(ctx: Context, v: int) -> Speaker | None:
    """The subject of a speech verb at token v inside a relative clause opened by "that"/"which"
    ("pumps that Mr Al Hammadi said would cut power use by “a quarter”"): who says what the
    clause goes on to; None without such a word ("the level experts say is needed": where the
    subject starts is unclear)."""
    toks = ctx.tokens
    for r in range(v - 2, max(v - _RELATIVE_REACH - 2, -1), -1):
        if ctx.gap(r, r + 1).strip(" -'’.") or ctx.in_quote(toks[r].start):
            return None
        if toks[r].norm.lower() not in _EN_RELATIVE_OBJECTS:
            continue
        subject = _named_subject(ctx, v - 1)
        inside = subject is not None and (subject.start or 0) >= toks[r + 1].start
        return subject if inside else None
    return None


def _who(ctx: Context, k: int, kind: str) -> Speaker | None:
    """Whom "who"/"which" at token k refers to: the nearest `kind` named before it."""
    sent = ctx.sentence_of(ctx.tokens[k].start)
    lo = sent.start if sent is not None else 0
    for m in ctx.mentions_before(ctx.tokens[k].start):
        if m.start < lo:
            break
        if m.type == kind and not ctx.in_quote(m.start):
            return speaker_from(m)
    # "the Local Government Association, which said": a name no list holds; but "who" is
    # no listed place or body ("a student from Giza who asked")
    a = capitalised_phrase(ctx, k - 1)
    held = ctx.any_at.get(a)
    if kind == "PERSON" and held is not None and held.tok_end == k and held.type != kind:
        return None
    return english_name(ctx, a, k) if a > 0 and ctx.text[ctx.tokens[a].start].isupper() else None
