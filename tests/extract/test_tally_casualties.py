"""Casualties told beside a separate count of the injured are the dead (tally_casualties.py)."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "So far there are 238 casualties, around 650 injured passengers.",
            [(238, "killed"), (650, "wounded")],
        ),
        ("There were 40 casualties and 120 people were injured.", [(40, "killed"), (120, "wounded")]),
        # the injured a part of the casualties, or the killed counted too: the sum
        ("The army suffered 2,000 casualties, with 500 wounded.", [(2000, "casualties"), (500, "wounded")]),
        (
            "The office recorded 752 civilian casualties: 227 killed and 525 injured.",
            [(752, "casualties"), (227, "killed"), (525, "wounded")],
        ),
        ("Russia has suffered 5,000 casualties.", [(5000, "casualties")]),
    ],
)
def test_casualties_beside_the_injured_are_the_dead(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(value, metric) for value, metric, _ in read(sentence)] == expected
