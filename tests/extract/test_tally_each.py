"""A figure told for each of several places is every listed place's own count."""

from __future__ import annotations

import pytest

from discrep.text.sentences import segment
from tests.extract.tally_reading import FINDER, figure


def tallies(sentence: str) -> list[tuple[float, str, str | None]]:
    return [(figure(t), t.metric, t.subject) for t in FINDER.find(sentence) if t.aside is None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the deaths, 30 were confirmed in Eastport City, four in Lowmarsh City and three each in "
            "the towns of Millbrook and Fernby.",
            [
                (30, "killed", "in:eastport"),
                (4, "killed", "in:lowmarsh"),
                (3, "killed", "in:millbrook"),
                (3, "killed", "in:fernby"),
            ],
        ),
        (
            "There were three deaths each in Millbrook and Fernby and one each in Oakvale and Dunmere.",
            [
                (3, "killed", "in:millbrook"),
                (3, "killed", "in:fernby"),
                (1, "killed", "in:oakvale"),
                (1, "killed", "in:dunmere"),
            ],
        ),
        (
            "The towns of Millbrook and Fernby had three deaths each.",
            [(3, "killed", "in:millbrook"), (3, "killed", "in:fernby")],
        ),
        (
            "Millbrook and Fernby each reported three deaths.",
            [(3, "killed", "in:millbrook"), (3, "killed", "in:fernby")],
        ),
        (
            "Three deaths each were confirmed in Millbrook, Fernby and Oakvale.",
            [(3, "killed", "in:millbrook"), (3, "killed", "in:fernby"), (3, "killed", "in:oakvale")],
        ),
        # no "each": the figure is not split
        ("Millbrook and Fernby reported three deaths.", [(3, "killed", None)]),
        ("Three deaths were confirmed in Millbrook.", [(3, "killed", "in:millbrook")]),
    ],
)
def test_a_figure_for_each_place_is_each_places_count(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert tallies(sentence) == expected


def test_an_hour_stays_with_the_day_after_it() -> None:
    line = (
        "Of the 90 deaths confirmed as of 3 p.m. Friday, 40 were in Eastport. Rescuers came at 4 p.m. "
        "Crews left."
    )
    assert [p.strip() for p in segment(line)] == [
        "Of the 90 deaths confirmed as of 3 p.m. Friday, 40 were in Eastport.",
        "Rescuers came at 4 p.m.",
        "Crews left.",
    ]
