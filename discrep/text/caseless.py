"""Case-insensitive regex searches, made fast by searching the lowercased text instead.

Python's regex engine skips ahead to the possible first characters of a match only when the
pattern is case-sensitive: `re.IGNORECASE` makes it try the whole pattern at every position. A
pattern written in lower case, run over `text.lower()`, finds the same spans several times faster.

The two agree wherever `str.lower()` keeps every character in place and folds case as the regex
engine does: everywhere but for İ, ı, ſ and the Kelvin sign (İ lowers to two characters, the
others match ASCII letters under IGNORECASE without lowering to them). Text holding one of those
is searched with IGNORECASE, as before. `lower()` never turns a word character into another kind
or back (tests/test_speed_gates.py checks every code point), so \\b and \\w agree too. Matches are
positions only: their text is lowercased, so read it from the original string.

A pattern may also name a word that every match of it holds whole ("day" in "later that day"):
text whose words (made once per sentence, see words.py) lack it is not searched at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from discrep.text.words import words_of

_UPPER_OUTSIDE_ESCAPES = re.compile(r"(?<!\\)[A-Z]")


class Caseless:
    """A case-insensitive search for a pattern written in lower case (see the module doc)."""

    def __init__(self, pattern: str, word: str | None = None) -> None:
        """`word`: a word (in lower case) that every match holds whole, or None."""
        if _UPPER_OUTSIDE_ESCAPES.search(pattern):
            raise ValueError(f"a caseless pattern is written in lower case: {pattern!r}")
        self.ignoring_case = re.compile(pattern, re.IGNORECASE)
        self.lowered = re.compile(pattern)
        self.word = word

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        words = words_of(text)
        if words is None:
            return self.ignoring_case.search(text, pos)
        if self.word is not None and self.word not in words.whole:
            return None
        return self.lowered.search(words.lowered, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        words = words_of(text)
        if words is None:
            return self.ignoring_case.finditer(text)
        if self.word is not None and self.word not in words.whole:
            return iter(())
        return self.lowered.finditer(words.lowered)
