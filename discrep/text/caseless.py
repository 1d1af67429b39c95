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

_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K
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
    """`text.lower()`, or None when the text holds an odd fold.

    Several searches, and one search from several positions, read the same sentence in turn: the
    last answer is kept, by identity (one tuple, replaced whole, so threads never mix two texts).
    """
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    lowered = None if _ODD_FOLDS.search(text) else text.lower()
    _last = (text, lowered)
    return lowered


_last: tuple[str | None, str | None] = (None, None)
