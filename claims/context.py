"""What attribution reads an article through: its tokens, mentions and sentences (Context),
and the speakers it resolves (Speaker)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from claims.entities import gender_of
from claims.gazetteer import word_forms
from claims.mentions import Mention
from claims.segment import Token, norm_word, within
from claims.types import Sentence

CONJ = ("", "و", "ف")


@dataclass
class Speaker:
    """A resolved speaker: name to show, and the mention the attribution used."""

    name: str
    start: int | None
    end: int | None
    media: bool = False
    gender: str = ""  # "m" / "f" for Arabic agreement, "" when unknown
    head: str = ""  # head noun of an unnamed speaker ("مسؤول", "official")
    definite: bool = False  # "المسؤول" / "the official": refers back to an earlier one


class Context:
    """One article's tokens, mentions and sentences, with lookups used by attribution."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        mentions: list[Mention],
        sentences: list[Sentence],
        lang: str,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.lang = lang
        self.any_at = {m.tok_start: m for m in mentions}
        self.mentions = [m for m in mentions if m.type in ("PERSON", "ORG", "TITLE")]
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_at = {m.tok_start: m for m in self.mentions}
        # a person introduced by a title is the subject where the title starts
        self.mention_at.update({m.lead: m for m in self.mentions if m.lead is not None})
        self.places_at = {m.tok_start: m for m in mentions if m.type == "PLACE"}
        self.media_at = {m.tok_start: m for m in mentions if m.media}
        self.mention_end = {m.tok_end: m for m in self.mentions}
        self.starts = [t.start for t in tokens]
        self.sent_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.quoted: list[tuple[int, int]] = []  # inner spans of quotations (set by caller)

    def mentions_before(self, pos: int) -> Iterator[Mention]:
        """Speaker-like mentions ending at or before `pos`, nearest first."""
        k = bisect_right(self.mention_starts, pos - 1)
        return (self.mentions[i] for i in range(k - 1, -1, -1) if self.mentions[i].end <= pos)

    def in_quote(self, pos: int) -> bool:
        """True when `pos` lies inside a quotation of more than a few words (spans sorted)."""
        return within(self.quoted, pos)

    def tok_index(self, pos: int) -> int:
        """Return the index of the first token starting at or after character `pos`."""
        return bisect_right(self.starts, pos - 1)

    def sentence_of(self, pos: int) -> Sentence | None:
        k = bisect_right(self.sent_starts, pos) - 1
        if k >= 0 and self.sentences[k].start <= pos < max(self.sentences[k].end, pos + 1):
            return self.sentences[k]
        return None

    def gap(self, a: int, b: int) -> str:
        """Return the text between tokens a and b (exclusive), '' when adjacent."""
        return self.text[self.tokens[a].end : self.tokens[b].start]


def strip_conj(word: str, known: frozenset[str]) -> str:
    """The word without a leading و/ف, unless it is a `known` word itself ("وزارة")."""
    return word[1:] if len(word) > 3 and word[0] in "وف" and word not in known else word


def speaker_from(m: Mention) -> Speaker:
    """The speaker a mention names; a nameless title keeps its head to refer back by it."""
    if m.type == "TITLE":
        first = m.canonical.split()[0] if m.canonical else ""
        head = title_head(first)
        return Speaker(
            m.canonical,
            m.start,
            m.end,
            gender=gender_of(m),
            head=head,
            definite=norm_word(first).lstrip("وف").startswith("ال"),
        )
    return Speaker(m.canonical, m.start, m.end, m.media, gender_of(m))


def title_head(word: str) -> str:
    """A title's head noun without conjunction and article: "والوزيرة" → "وزيره".

    A leading و is a conjunction only before the article ("والوزيرة"); "وزيرة" keeps it.
    """
    word = norm_word(word)
    if word[:1] in "وف" and word[1:3] == "ال":
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


_MEDIA_ADJ = word_forms("الإعلامية الإعلامي الإخبارية الإخباري الفضائية")


def surface(ctx: Context, m: Mention) -> str:
    """A mention as the article writes it ("وكالة فرانس برس", "AFP"), clitics left out."""
    end = m.end
    k = m.tok_end
    if k < len(ctx.tokens) and not ctx.gap(k - 1, k).strip() and ctx.tokens[k].norm in _MEDIA_ADJ:
        end = ctx.tokens[k].end  # "شبكة رووداو الإعلامية", "Bloomberg Television"
    text = " ".join(ctx.text[m.start : end].split())
    if text.startswith("لل"):
        return "ا" + text[1:]  # "للجزيرة نت" → "الجزيرة نت"
    return text
