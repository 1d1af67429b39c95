"""Which sentences may name a holiday, from their words alone: a cheap test before the holiday regexes.

The holiday names (:data:`discrep.text.date_calendars.HOLIDAY_RULES`) are small regexes whose every
spelling can be listed ("st\\.? patrick'?s?" is eight of them). Each spelling is a run of words
("st. patrick's day": st, patrick, s, day) that a sentence naming that holiday contains, each as a
whole word: the name has no word character on either side (the regexes say so), and inside it the
words are cut by spaces, dots, hyphens or apostrophes. So a sentence that lacks one word of every
spelling names no holiday, and `may_name_holiday` says so from the set of its words, without
running a regex of a few hundred alternatives over it. A name whose spellings cannot be listed
(an unbounded repeat, a wide character class) turns the gate off: every sentence is then read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MAX_SPELLINGS = 4096
_WHITE = frozenset(" \t\n\r\f\v")
_WORD_RUN = re.compile(r"[a-z0-9]+")


class _TooMany(Exception):
    """A regex whose spellings cannot be listed."""


def _spell(items: Any) -> set[str]:
    """Every string the parsed regex `items` matches, white space as one space; _TooMany if unbounded."""
    spellings = {""}
    for op, av in items:
        spellings = {a + b for a, b in product(spellings, _spell_one(op, av))}
        if len(spellings) > _MAX_SPELLINGS:
            raise _TooMany
    return spellings


def _spell_one(op: Any, av: Any) -> set[str]:
    if op is sre.LITERAL:
        return {chr(av).lower()}
    if op is sre.IN:
        return _charset(av)
    if op is sre.BRANCH:
        return set().union(*(_spell(branch) for branch in av[1]))
    if op is sre.SUBPATTERN:
        return _spell(av[3])
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}  # takes no characters
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = av
        options = _spell(inner)
        if options == {" "}:  # \s+ or \s*: one run of white space, which cuts words as one space does
            return {" "} if low >= 1 else {"", " "}
        if high <= 1:
            return options | ({""} if low == 0 else set())
    raise _TooMany


def _charset(av: Any) -> set[str]:
    chars: set[str] = set()
    for op, value in av:
        if op is sre.LITERAL:
            chars.add(" " if chr(value) in _WHITE else chr(value).lower())
        elif op is sre.CATEGORY and value is sre.CATEGORY_SPACE:
            chars.add(" ")
        else:
            raise _TooMany
    return chars


def _words_needed(pattern: str, flags: int) -> list[frozenset[str]] | None:
    """The words of each spelling of `pattern`, or None when they cannot be listed soundly."""
    try:
        spellings = _spell(sre_parse.parse(pattern, flags))
    except (_TooMany, re.error):
        return None
    needed = []
    for spelling in spellings:
        # only ASCII letters, digits and separators that are no word characters: "_" or "é" could
        # join what is two words here into one word of the text
        if not spelling or not spelling.isascii() or not spelling[0].isalnum() or "_" in spelling:
            return None
        needed.append(frozenset(_WORD_RUN.findall(spelling)))
    return needed


class HolidayGate:
    """Whether a set of lower-cased words may hold a holiday name (see the module doc)."""

    def __init__(self, patterns: Iterable[str], flags: int) -> None:
        self.always = False
        # each spelling filed under its longest word, the likeliest to be rare
        self._by_word: dict[str, list[frozenset[str]]] = {}
        for pattern in patterns:
            needed = _words_needed(pattern, flags)
            if needed is None:
                self.always = True
                continue
            for words in needed:
                key = max(words, key=lambda w: (len(w), w))
                self._by_word.setdefault(key, []).append(words)
        self._keys = frozenset(self._by_word)

    def may_name_holiday(self, words: frozenset[str]) -> bool:
        if self.always:
            return True
        return any(needed <= words for key in words & self._keys for needed in self._by_word[key])
