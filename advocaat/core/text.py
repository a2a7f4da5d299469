"""Text as people type it: comparing names without case or accents."""

from __future__ import annotations

import re
import unicodedata

# Letters that carry no combining mark to strip, spelled as people type them without accents.
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d"}
)


def without_accents(text: str) -> str:
    """``text`` with its diacritics dropped ("Súdwest-Fryslân" -> "Sudwest-Fryslan")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case without diacritics, for matching what people type ("sudwest" ~ "Súdwest")."""
    return without_accents(text).casefold()


_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The folded words of ``text``: its runs of letters and digits, as a full-text index splits
    them ("Wmo-consulent" -> ["wmo", "consulent"])."""
    return _WORD.findall(fold(text))
