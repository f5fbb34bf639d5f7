"""Arabic text normalisation, for matching and hashing (never for display).

`normalize_arabic` folds the letter variants that writers use interchangeably (alef forms,
teh marbuta, alef maqsura), strips diacritics and tatweel, and folds Arabic-Indic digits,
so that two spellings of the same word compare equal.
"""

from __future__ import annotations

import re
import unicodedata

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_FOLD = str.maketrans(
    {
        "\u0622": "\u0627",  # آ -> ا
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
        "\u0629": "\u0647",  # ة -> ه
        "\u0649": "\u064a",  # ى -> ي
        "\u06cc": "\u064a",  # Persian yeh -> ي
        "\u06a9": "\u0643",  # Persian keheh -> ك
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic digits
    }
)
_SPACES = re.compile(r"\s+")
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
_MENTION = re.compile(r"@\w+")
_RETWEET = re.compile(r"(?<!\w)RT(?!\w)\s*:?")
_HTML_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|nbsp);")
# Symbols (So/Sk: emoji, arrows, pictographs), format characters (Cf: zero-width joiners,
# direction marks) and private-use/surrogate/unassigned code points carry no claim content.
_NOISE_CATEGORIES = frozenset({"So", "Sk", "Cf", "Co", "Cs", "Cn"})


def normalize_arabic(text: str) -> str:
    """Return `text` with Arabic letter variants folded, diacritics and tatweel removed.

    Lengths may change; use only for matching, hashing and indexing.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    return text.translate(_FOLD)


def normalize_for_hash(text: str) -> str:
    """Return the canonical form used for an article's content hash (folded, lower, one space)."""
    return _SPACES.sub(" ", normalize_arabic(text)).strip().lower()


def strip_social(text: str) -> str:
    """Return `text` without URLs, @mentions, "RT" markers, HTML entities, '#' signs, '_'
    joins of hashtags, emoji and other symbols; white space collapsed, spelling kept.
    """
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = _RETWEET.sub(" ", text)
    text = _HTML_ENTITY.sub(" ", text)
    text = "".join(" " if unicodedata.category(ch) in _NOISE_CATEGORIES else ch for ch in text)
    text = text.replace("#", " ").replace("_", " ")
    return _SPACES.sub(" ", text).strip()
