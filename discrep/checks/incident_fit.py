"""Which tolls told as one incident's are the running toll of the event the corpus is about.

A toll told with its incident ("the toll from the attack rose to 115", "a strike killed nine") is
taken into the event's running total when it fits that total's series day by day: no lower than a
figure told before its day, no higher than one told after it, and within half or double of a figure
of its own day. In a corpus about one attack or one crash every toll is the incident's, and fits; a
strike that killed nine, told beside a war's toll of thousands, fits nowhere and stays apart, to be
compared only with other tolls of the same incident (incidents.py).
"""

from __future__ import annotations

import bisect
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
    series = {metric: _Series(told) for metric, told in totals.items()}
    first: set[str] = set()
    for c in quantities:
        told = series.get(c.metric)
        if (
            told is not None
            and c.event == INCIDENT
            and c.subject in (None, GENERIC_PEOPLE)
            and c.as_of is not None
            and c.period != "daily"
            and isinstance(c.value, (int, float))
            and told.fits(c.as_of, _low(c))
        ):
            first.add(c.id)
    return first


_SAME_DAY_SLACK = 0.5  # how far below or above another figure of its day a figure may be: hours apart


class _Series:
    """A metric's totals by day, asked whether a figure fits them: the highest lower end told before
    a day, the lowest upper end told after it, and the day's own, so that each question is a lookup,
    where comparing each incident's toll with every total is quadratic in a big corpus."""

    def __init__(self, told: list[tuple[dt.date, float, float]]) -> None:
        self.lows: dict[dt.date, float] = {}  # each day's highest lower end
        self.highs: dict[dt.date, float] = {}  # and lowest upper end
        for day, low, high in told:
            self.lows[day] = max(self.lows.get(day, -math.inf), low)
            self.highs[day] = min(self.highs.get(day, math.inf), high)
        self.days = sorted(self.lows)
        # before[i]: the highest lower end of days[:i]; after[i]: the lowest upper end of days[i:]
        self.before = [-math.inf]
        for day in self.days:
            self.before.append(max(self.before[-1], self.lows[day]))
        self.after = [math.inf]
        for day in reversed(self.days):
            self.after.append(min(self.after[-1], self.highs[day]))
        self.after.reverse()

    def fits(self, day: dt.date, figure: float) -> bool:
        # the figure as said, even "at least 31": a floor far below the toll is another incident's
        index = bisect.bisect_left(self.days, day)
        same = index < len(self.days) and self.days[index] == day
        if figure < self.before[index] or figure > self.after[index + 1 if same else index]:
            return False  # below a count told before it, or above one told after it
        if same:
            return self.lows[day] * (1 - _SAME_DAY_SLACK) <= figure <= self.highs[day] / (1 - _SAME_DAY_SLACK)
        return True


def _low(c: Claim) -> float:
    return c.low if c.low is not None else float(c.value) if isinstance(c.value, (int, float)) else 0.0


def _high(c: Claim) -> float:
    if c.high is not None:
        return c.high
    if c.qualifier == "at_least":
        return math.inf
    return float(c.value) if isinstance(c.value, (int, float)) else math.inf
