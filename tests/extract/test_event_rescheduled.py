"""A date moved: the day it was moved to is the event's planned day, the day it was moved from a plan
given up (event_days.RESCHEDULED_TO, event_telling._FORMER_PLAN). All sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.model import Article
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())
SAT = dt.date(2031, 4, 19)  # a Saturday


def days(text: str) -> list[tuple[str, bool, str]]:
    """(day, denied, modality) of each date claim."""
    article = Article(path="a.md", text=text, outlet="Outlet", published=SAT)
    return [(str(c.value), c.negated, c.modality) for c in extract(article, VOCAB) if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit has been postponed until April 30.", [("2031-04-30", False, "expected")]),
        (
            "The ministers' meeting was pushed back from April 24 to May 2 at the hosts' request.",
            [("2031-04-24", True, "expected"), ("2031-05-02", False, "expected")],
        ),
        (
            "The talks, first planned for Monday, were put back to Wednesday.",
            [("2031-04-21", True, "expected"), ("2031-04-23", False, "expected")],
        ),
        (
            "The summit was moved forward a day, to Tuesday, the organisers said.",
            [("2031-04-22", False, "expected")],
        ),
        # a past act about a day to come: the coming Thursday, not the one gone
        ("The talks were rescheduled for Thursday.", [("2031-04-24", False, "expected")]),
        # a day someone asks for is none of the event's
        ("The opposition called for the summit to be postponed to May 6.", []),
        # "until" that tells how things stood is still no day of the event
        ("Until Friday, nobody knew whether the talks would go ahead.", []),
    ],
)
def test_the_day_an_event_is_moved_to_is_its_planned_day(text, expected):
    assert days(text) == expected
