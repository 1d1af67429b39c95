"""Animals lost are their own tally, never people killed (rules/metrics.yaml: livestock_lost)."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The floods have also killed around 72,000 livestock and destroyed 9,800 houses.",
            [(72000, "livestock_lost"), (9800, "buildings")],
        ),
        ("An estimated 75,000 head of cattle perished in the province.", [(75000, "livestock_lost")]),
        ("The storm killed 12 people and swept away 300 goats.", [(12, "killed"), (300, "livestock_lost")]),
        # no word of loss: a herd is no tally
        ("The village keeps 400 goats.", []),
    ],
)
def test_animals_lost_are_not_people_killed(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(value, metric) for value, metric, _ in read(sentence)] == expected
