"""The lexicon's first-character grouping: read off the pattern's text, as the regex parser reads it."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrep.extract.lexicon import _opens_with_literal, alias_pattern
from discrep.ruleset import load_rules


def _parsed_opens_with_literal(pattern: str) -> bool:
    size = 2 if pattern.startswith("\\") else 1
    items = sre_parse.parse(pattern)
    return bool(items.data) and items.data[0] == (sre.LITERAL, ord(pattern[size - 1]))


def _check(pattern: str) -> None:
    size = 2 if pattern.startswith("\\") else 1
    assert _opens_with_literal(pattern, size) == _parsed_opens_with_literal(pattern), pattern


@given(st.text(alphabet="ab -.'()[]?*+{}|\\^$#_1é,&/", min_size=1, max_size=8))
def test_agrees_with_the_parser_on_any_alias(alias: str) -> None:
    if alias.strip():
        _check(alias_pattern(alias, bounded=False))


@pytest.mark.parametrize(
    "pattern", ["a", "ab", "\\-a", "\\.", "a?b", "ou?r", "a{2}", "a{b", "ab|ac", "\\d", "]a"]
)
def test_agrees_with_the_parser_on_hand_written_patterns(pattern: str) -> None:
    re.compile(pattern)
    _check(pattern)


def test_agrees_with_the_parser_on_every_rule_alias() -> None:
    rules = load_rules()
    families = (rules.metrics, rules.subjects, rules.claimants, rules.places, rules.events)
    for family in families:
        for entry in family.values():
            for alias in entry.aliases:
                _check(alias_pattern(alias, bounded=False))
