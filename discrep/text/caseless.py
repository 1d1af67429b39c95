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
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from discrep.text.words import words_of

_UPPER_OUTSIDE_ESCAPES = re.compile(r"(?<!\\)[A-Z]")


class Caseless:
    """A case-insensitive search for a pattern written in lower case (see the module doc)."""

    def __init__(self, pattern: str) -> None:
        if _UPPER_OUTSIDE_ESCAPES.search(pattern):
            raise ValueError(f"a caseless pattern is written in lower case: {pattern!r}")
        self.ignoring_case = re.compile(pattern, re.IGNORECASE)
        self.lowered = re.compile(pattern)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        lowered = _lowered(text)
        if lowered is None:
            return self.ignoring_case.search(text, pos)
        return self.lowered.search(lowered, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lowered = _lowered(text)
        if lowered is None:
            return self.ignoring_case.finditer(text)
        return self.lowered.finditer(lowered)


def _lowered(text: str) -> str | None:
    """`text.lower()`, or None when the text holds an odd fold: made once per sentence for all readers."""
    words = words_of(text)
    return None if words is None else words.lowered
