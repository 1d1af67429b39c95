"""Letters that ignore-case matching reads as ASCII (ſ as s, ı and İ as i, the Kelvin sign as k).

The date patterns ignore case, so "ſunday" matches where "sunday" does; the words a match holds
must then be read the same way, not looked up as they are (that raised KeyError). The mention's
text is still the article's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrep import resolve_dates

REF = dt.date(2022, 3, 2)  # a Wednesday
PHRASES = [
    "Sunday", "Tuesday", "this Sunday", "last Sunday", "the first Sunday of March", "Thursday",
    "in six weeks", "six days ago", "the second Monday in May", "this year", "Christmas",
]  # fmt: skip
SWAPS = [("s", "\u017f"), ("S", "\u017f"), ("i", "\u0131"), ("I", "\u0130"), ("k", "\u212a")]


def _variants() -> list[tuple[str, str]]:
    return sorted({(p, p.replace(a, b)) for p in PHRASES for a, b in SWAPS if a in p})


@pytest.mark.parametrize(("plain", "odd"), _variants())
def test_odd_letters_resolve_as_their_ascii_twins(plain: str, odd: str) -> None:
    sentence = "The delegations said they would meet {} to discuss it."
    expected = resolve_dates(sentence.format(plain), REF)
    found = resolve_dates(sentence.format(odd), REF)
    assert [(m.start, m.end, m.date) for m in found] == [(m.start, m.end, m.date) for m in expected]
    assert all(m.text == sentence.format(odd)[m.start : m.end] for m in found)


def test_there_are_odd_spellings_to_try() -> None:
    assert len(_variants()) >= 15
