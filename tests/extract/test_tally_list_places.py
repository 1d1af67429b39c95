"""Whose count a figure in a list is: a place named before the list is every count's (tally_owner.py)."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place named before a list is all its counts'
        ("In Syria, 1,200 people died and 3,000 were injured.", [(1200, "in:syria"), (3000, "in:syria")]),
        (
            "In Mozambique at least 10 people died and 14 were wounded.",
            [(10, "in:mozambique"), (14, "in:mozambique")],
        ),
        # unless a count names its own
        (
            "In Syria, 1,200 people died, and 3,000 people died in Turkey.",
            [(1200, "in:syria"), (3000, "in:turkey")],
        ),
    ],
)
def test_a_place_named_before_a_list_is_every_counts(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, subject) for v, _, subject in read(sentence)] == expected
