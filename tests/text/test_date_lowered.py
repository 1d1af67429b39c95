"""The date patterns find in the lowercased text, without IGNORECASE, the matches they find in the text."""

from __future__ import annotations

import random
import re
import string
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from discrep.text import dates
from discrep.text.date_rules import PATTERNS
from tests.corpus_sentences import corpus_sentences

ROOT = Path(__file__).resolve().parents[2]
_JOINED = (
    "on Monday|MON|Mon.|the 21st of May|Feb. 25, 2022|28 FEBRUARY 2022|3/3/2022|2022-03-03|20220303|"
    "next Friday|Two Days Ago|the Third Day of the Invasion|LAST NIGHT|this Morning|TODAY|in 2 Weeks|"
    "the first Monday of next month|Thursday the 21st|Sept|sept.|x|é|É|ß|Σ|ς|\u00a0|-|/|.|,| | |"
    "Twenty-First|NINETEEN EIGHTY SIX|'22|a.m.|P.M.|on 4/22|by 5-6|until|day 7 of the war|DAY"
)
PIECES = _JOINED.split("|")


def _texts() -> list[str]:
    texts = list(corpus_sentences())
    rng = random.Random(23)
    for _ in range(3000):
        texts.append(" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))))
    return texts


def _groups(matches: object) -> list[list[tuple[int, int]]]:
    return [[m.span(g) for g in range(m.re.groups + 1)] for m in matches]  # type: ignore[attr-defined]


def _agree(text: str) -> int:
    lowered = text.lower()
    assert len(lowered) == len(text)
    seen = 0
    for (regex, _), lowered_regex in zip(PATTERNS, dates._LOWERED, strict=True):
        if lowered_regex is None:
            continue
        expected = _groups(regex.finditer(text))
        assert _groups(dates._matches(regex, lowered_regex, text, lowered)) == expected, (regex.pattern, text)
        assert _groups(lowered_regex.finditer(lowered)) == expected, (regex.pattern, text)
        seen += len(expected)
    return seen


def test_lowered_patterns_find_the_same_matches() -> None:
    assert sum(dates._LOWERED[i] is not None for i in range(len(PATTERNS))) >= len(PATTERNS) - 2
    assert sum(_agree(text) for text in _texts() if not dates._ODD_FOLDS.search(text)) > 3000


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map(" ".join))
def test_lowered_patterns_on_generated_text(text: str) -> None:
    _agree(text)


def test_lower_folds_letters_as_ignorecase_does() -> None:
    """What the lowered patterns rest on, for every code point but the four odd folds: a character
    matches an ASCII letter under IGNORECASE exactly when it lowers to that letter, and lowering
    never makes ASCII of what was not."""
    odd = {0x130, 0x131, 0x17F, 0x212A}
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        if code in odd:
            continue
        char = chr(code)
        lowered = char.lower()
        assert char.isascii() or not lowered.isascii(), hex(code)
        if letter.fullmatch(char):
            assert lowered in string.ascii_lowercase and re.fullmatch(lowered, char, re.IGNORECASE), hex(code)
        else:
            assert not (len(lowered) == 1 and lowered in string.ascii_lowercase), hex(code)


def test_a_pattern_written_with_a_capital_keeps_to_ignorecase() -> None:
    assert dates._lower_case(r"[A-Z]\d", 0) is None
    assert dates._lower_case(r"(?P<day>\d)\S+\b(?P=day)", 0) is not None
