"""Which tolls told as one incident's are the running toll of the event the corpus is about.

A toll told with its incident ("the toll from the attack rose to 115", "a strike killed nine") is
taken into the event's running total when it fits that total's series day by day: no lower than a
figure told before its day, no higher than one told after it, and within half or double of a figure
of its own day. In a corpus about one attack or one crash every toll is the incident's, and fits; a
strike that killed nine, told beside a war's toll of thousands, fits nowhere and stays apart, to be
compared only with other tolls of the same incident (incidents.py).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.model import Claim

INCIDENT = "incident"
INCIDENTS = frozenset((INCIDENT, "separate incident"))  # "in a separate incident": never the corpus's


def own_event_tolls(quantities: list[Claim]) -> set[str]:
    """The incident tolls that read as reports of the corpus's own event: a count of people (no side,
    no place) that fits the metric's other such counts, day by day. It is no lower than any of them
    told before its day and no higher than any told after it (within half or double, for figures of
    the same day), so that taking it into the running total can add a step but never a
    contradiction: "a massive explosion killed 78", then "the toll from Monday's explosion rose to
    92"; in a corpus about one attack, "the toll from the attack rose to 115" between totals of 93
    and 133. A strike that killed five, told beside a war's toll of thousands, fits nowhere and stays
    apart."""
    totals: dict[str, list[tuple[dt.date, float, float]]] = defaultdict(list)
    for c in quantities:
        if (
            c.event not in INCIDENTS
            and c.subject in (None, GENERIC_PEOPLE)
            and c.as_of is not None
            and c.period != "daily"
            and isinstance(c.value, (int, float))
        ):
            totals[c.metric].append((c.as_of, _low(c), _high(c)))
    first: set[str] = set()
    for c in quantities:
        series = totals.get(c.metric)
        if (
            series
            and c.event == INCIDENT
            and c.subject in (None, GENERIC_PEOPLE)
            and c.as_of is not None
            and c.period != "daily"
            and isinstance(c.value, (int, float))
            and _fits(c.as_of, _low(c), series)
        ):
            first.add(c.id)
    return first


_SAME_DAY_SLACK = 0.5  # how far below or above another figure of its day a figure may be: hours apart


def _fits(day: dt.date, figure: float, series: list[tuple[dt.date, float, float]]) -> bool:
    # the figure as said, even "at least 31": a floor far below the toll is another incident's
    for when, low, high in series:
        if when < day and figure < low:
            return False  # below a count told before it
        if when > day and figure > high:
            return False  # above a count told after it
        if when == day and not low * (1 - _SAME_DAY_SLACK) <= figure <= high / (1 - _SAME_DAY_SLACK):
            return False
    return True


def _low(c: Claim) -> float:
    return c.low if c.low is not None else float(c.value) if isinstance(c.value, (int, float)) else 0.0


def _high(c: Claim) -> float:
    if c.high is not None:
        return c.high
    if c.qualifier == "at_least":
        return math.inf
    return float(c.value) if isinstance(c.value, (int, float)) else math.inf
