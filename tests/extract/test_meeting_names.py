"""A meeting told by its people is their office's meeting when the corpus ties them (meeting_names.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from discrep.extract.meeting_names import join_named_meetings
from discrep.model import Claim
from tests.extract.test_events import claim


def told(path: str, event: str, quote: str) -> Claim:
    return replace(claim(path, 0, "venue", "antalya", event), quote=quote)


OFFICE = "meeting/foreign ministers"
NAMES = "meeting/kuleba+lavrov"
BOTH_NAMED = "Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba met."


@pytest.mark.parametrize(
    ("claims", "events"),
    [
        # a sentence of the office's meeting names both people: one meeting
        (
            [told("a", NAMES, "Lavrov and Kuleba will meet."), told("b", OFFICE, BOTH_NAMED)],
            [OFFICE, OFFICE],
        ),
        # the office's meeting never names them: the people's meeting stays its own
        (
            [told("a", NAMES, "Lavrov and Kuleba will meet."), told("b", OFFICE, "The ministers met.")],
            [NAMES, OFFICE],
        ),
        # one of the two only is no tie
        (
            [
                told("a", NAMES, "Lavrov and Kuleba will meet."),
                told("b", OFFICE, "Lavrov met his counterpart."),
            ],
            [NAMES, OFFICE],
        ),
        # two offices whose sentences name them both: which one is not known
        (
            [
                told("a", NAMES, "Lavrov and Kuleba will meet."),
                told("b", OFFICE, BOTH_NAMED),
                told("c", "meeting/defense ministers", "Lavrov and Kuleba sat with the defense ministers."),
            ],
            [NAMES, OFFICE, "meeting/defense ministers"],
        ),
    ],
)
def test_people_and_their_office(claims: list[Claim], events: list[str]) -> None:
    assert [c.event for c in join_named_meetings(claims)] == events
