"""A count of everywhere but a place is not that place's (tally_outside.py); places counted are no
count of what they have. All sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Outside mainland China, about 50 cases have been confirmed.", [(50, "cases", "outside:china")]),
        ("But outside China, 50 cases have been confirmed.", [(50, "cases", "outside:china")]),
        ("About 50 cases have been confirmed outside China.", [(50, "cases", "outside:china")]),
        # a place outside which people gathered is not what the figure leaves out
        (
            "Thousands gathered outside the Kremlin, and 300 were arrested in Russia.",
            [(300, "arrested", "in:russia")],
        ),
        # the places a disease reached are no count of its cases
        (
            "Germany reported a case, bringing the number of countries with confirmed infections to 16.",
            [],
        ),
        ("Another body was found, bringing the total number of victims to 28.", [(28, "killed", "people")]),
        # a city and a province the rules place inside China count their own
        ("Hong Kong has confirmed eight cases.", [(8, "cases", "in:hong_kong")]),
    ],
)
def test_outside_and_places_counted(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert read(sentence) == expected
