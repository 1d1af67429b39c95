"""A sentence lowercased and cut into its words, made once for every reader that asks.

The lexicons (:mod:`discrep.extract.lexicon`), the caseless searches (:mod:`discrep.text.caseless`)
and the date resolver (:mod:`discrep.text.dates`) each gate their regexes on the words of a
sentence or scan its lowercased form, one after another: the last sentence's answer is kept by
identity, a test far cheaper than hashing it, and a few hundred more in a small cache.

`words_of` gives None for text holding one of the four characters that IGNORECASE matches to an
ASCII letter although `str.lower()` does not map them there (İ ı ſ K): there the lowercased text
does not stand for the text, and readers fall back to IGNORECASE on the text itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K
_WORD = re.compile(r"\w+")


class Words:
    """The words of one text, lower-cased, and (on demand) their first letters."""

    __slots__ = ("_prefixes", "lowered", "whole")

    def __init__(self, lowered: str) -> None:
        # lower() keeps word and non-word characters apart (İ aside, which words_of turns away),
        # so the words of the lowered text are the lowered words of the text
        self.lowered = lowered
        self.whole = frozenset(_WORD.findall(lowered))
        self._prefixes: dict[int, frozenset[str]] = {}

    def prefixes(self, size: int) -> frozenset[str]:
        """The words cut to `size` characters."""
        found = self._prefixes.get(size)
        if found is None:
            found = self._prefixes[size] = frozenset(w[:size] for w in self.whole)
        return found


def words_of(text: str) -> Words | None:
    """The lowercased text and its words, or None when the text holds an odd fold (see the module doc)."""
    global _last
    last = _last  # one tuple, read and replaced whole: threads never see a text with another's words
    if last[0] is text:
        return last[1]
    words = _cached_words_of(text)
    _last = (text, words)
    return words


@lru_cache(maxsize=512)
def _cached_words_of(text: str) -> Words | None:
    if ODD_FOLDS.search(text):
        return None
    return Words(text.lower())


_last: tuple[str | None, Words | None] = (None, None)
