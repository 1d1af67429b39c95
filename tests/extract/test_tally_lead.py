"""A metric named in a sentence's lead ("Of the deaths, ...") for the places it then lists."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import FINDER, figure


def tallies(sentence: str) -> list[tuple[float, str, str | None]]:
    return [(figure(t), t.metric, t.subject) for t in FINDER.find(sentence) if t.aside is None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the deaths, 40 had been confirmed in Eastport and 12 in Millbrook.",
            [(40, "killed", "in:eastport"), (12, "killed", "in:millbrook")],
        ),
        (
            "Of those killed, 33 were in Eastport and nine in Millbrook.",
            [(33, "killed", "in:eastport"), (9, "killed", "in:millbrook")],
        ),
        (
            "Among the injured, 25 are in Eastport.",
            [(25, "wounded", "in:eastport")],
        ),
        # a part that is no place is not read as a second figure of the whole
        ("Of the 300 injured, 12 are in critical condition.", [(300, "wounded", None)]),
        # no lead: the figure names nothing
        ("Officials said 40 were in Eastport.", []),
    ],
)
def test_a_lead_names_the_metric_of_the_places_it_lists(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert tallies(sentence) == expected
