"""Grouping a lexicon's alternatives by first character finds exactly what the plain alternation finds."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from discrep.extract.lexicon import _by_first_character, alias_pattern
from tests.test_speed_gates import SENTENCES, _lexicons


def _alias_lists() -> list[list[str]]:
    return [sorted(lexicon._alias_key, key=lambda a: (-len(a), a)) for lexicon in _lexicons()]


def _pair(aliases: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    patterns = [alias_pattern(a, bounded=False) for a in aliases]
    grouped = _by_first_character(patterns)
    assert grouped is not None
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?!\w)")
    return plain, re.compile(rf"(?<!\w)(?:{grouped})(?!\w)")


def test_grouped_lexicons_find_what_the_plain_alternation_finds() -> None:
    texts = [s.lower() for s in SENTENCES]  # corpus/ and the fixtures, and generated text
    rng = random.Random(4)
    found = 0
    for aliases in _alias_lists():
        plain, grouped = _pair(aliases)
        texts += [" ".join(rng.sample(aliases, min(3, len(aliases)))) for _ in range(200)]
        for text in texts:
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in grouped.finditer(text)] == expected, text
            found += len(expected)
            cut = rng.randint(0, len(text))
            assert [m.span() for m in grouped.finditer(text, 0, cut)] == [
                m.span() for m in plain.finditer(text, 0, cut)
            ]
    assert found > 1000


@given(
    st.lists(st.text(alphabet="ab.-' ", min_size=1, max_size=5), min_size=1, max_size=6),
    st.text(alphabet="ab.-' ", max_size=30),
)
def test_grouping_keeps_the_order_of_alternatives(aliases: list[str], text: str) -> None:
    aliases = [a for a in aliases if a.strip()]
    patterns = [alias_pattern(a, bounded=False) for a in aliases]
    grouped = _by_first_character(patterns)
    if not patterns or grouped is None:
        return
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?!\w)")
    regrouped = re.compile(rf"(?<!\w)(?:{grouped})(?!\w)")
    assert [m.span() for m in regrouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_pattern_opening_with_a_class_or_an_optional_letter_is_not_grouped() -> None:
    assert _by_first_character(["[ab]c", "ad"]) is None
    assert _by_first_character(["x?y", "xz"]) is None
    assert _by_first_character(["ab", "ac", "b"]) == "a(?:b|c)|b(?:)"
