"""Result dataclasses of extraction: what `extract --json` prints and what the store keeps.

Every span carries `start`/`end` character offsets into the decoded article text and
`text == article_text[start:end]`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Entity:
    text: str
    type: str  # PERSON | ORG | PLACE | TITLE | NORP | DATE
    canonical: str
    start: int
    end: int


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    source: str | None  # who reports the words (a news agency), not who said them
    kind: str  # "full" | "fragment"


@dataclass
class Claim:
    text: str
    start: int
    end: int
    kind: str  # numeric | event | attribution | position | quote
    speaker: str | None
    checkworthiness: float
    entities: list[str] = field(default_factory=list)


@dataclass
class ArticleInfo:
    title: str
    lang: str
    chars: int


@dataclass
class Extraction:
    article: ArticleInfo
    sentences: list[Sentence]
    quotes: list[Quote]
    claims: list[Claim]
    entities: list[Entity]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict printed by `extract --json`."""
        return asdict(self)
