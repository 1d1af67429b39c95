"""A count of everywhere but a place is not that place's (tally_outside.py), nor is the place of a
rank; places counted are no count of what they have. All sentences are invented."""

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
        # a remark that ranks the count holds where the rank does, not where the count is
        (
            "The number of refugees has passed 2 million, the fastest-growing refugee crisis in Europe.",
            [(2000000, "refugees", None)],
        ),
        ("The attack killed 40 people, the deadliest in Syria this year.", [(40, "killed", "people")]),
        ("The attack killed 40 people in Syria, the deadliest this year.", [(40, "killed", "in:syria")]),
        # a city and a province the rules place inside China count their own
        ("Hong Kong has confirmed eight cases.", [(8, "cases", "in:hong_kong")]),
    ],
)
def test_outside_and_places_counted(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert read(sentence) == expected
