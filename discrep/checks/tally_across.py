"""The tally check's figures rising across sources: which figures may be steps of the rise.

The across-sources series (tally._across_sources) is all sources' figures of one count rising
together (`rise_days`: the days of a rise; `steps`: how the report shows them); a moving count
(rules: moving) is one going one way, or rising and then falling, from day to day (moves). Two
refinements of the rise live here:
- an implied floor below a bounded figure said the same day is no step of its own: "the Army has
  recovered 89 bodies" is at least 89 dead, which the day's toll of 174 already says, and shown as a
  step it would only be a part of the toll;
- a shallow fall later overtaken does not end the rise: 174 from one outlet, 173 from another the
  next day, then 195 and 357 is a running tally with one stale figure (the fall is reported on its
  own); 288 revised down to 275 and staying there, or 900 injured and then 650, ends it.
"""

from __future__ import annotations

import datetime as dt
import math
from itertools import pairwise

from discrep.checks.base import CheckContext
from discrep.model import Claim

Bounds = dict[str, tuple[float, float]]  # claim id -> the interval its figure stands for

# a later figure at least this share of the peak it fell below may be a stale one; a deeper fall
# is a revision
_SHALLOW = 0.9


def floors_said(candidates: list[Claim], bounds: Bounds) -> list[Claim]:
    """The candidates less the implied floors below a bounded figure said the same day."""
    said: dict[dt.date | None, float] = {}
    for c in candidates:
        # a floor beside another floor ("at least 79 drowned", "78 bodies") is a figure of its own
        if not c.derived_from and not math.isinf(bounds[c.id][1]):
            said[c.as_of] = max(said.get(c.as_of, -math.inf), bounds[c.id][0])
    return [c for c in candidates if not c.derived_from or bounds[c.id][0] >= said.get(c.as_of, -math.inf)]


def bare_floors(claims: list[Claim], bounds: Bounds) -> list[Claim]:
    """The claims less the open floors below a bounded figure of their day: "more than a dozen
    others could still be missing" beside "14 people remain unaccounted for" says no more than the
    14, and as a step of the count it would only be a vaguer telling of it."""
    said: dict[dt.date | None, float] = {}
    for c in claims:
        if not math.isinf(bounds[c.id][1]):
            said[c.as_of] = max(said.get(c.as_of, -math.inf), bounds[c.id][0])
    return [
        c
        for c in claims
        if not math.isinf(bounds[c.id][1]) or bounds[c.id][0] >= said.get(c.as_of, -math.inf)
    ]


def overtaken(candidates: list[Claim], fell: list[Claim], bounds: Bounds) -> bool:
    """Whether the count rose past its peak after the day it first fell, and every fall was shallow;
    `fell` are the dated figures that fell below an earlier one."""
    fell_on = min(c.as_of for c in fell if c.as_of is not None)
    before = [bounds[c.id][0] for c in candidates if c.as_of is not None and c.as_of < fell_on]
    after = [bounds[c.id][0] for c in candidates if c.as_of is not None and c.as_of > fell_on]
    if not (before and after) or max(after) <= max(before):
        return False
    return all(bounds[c.id][1] >= _SHALLOW * max(before) for c in fell)


def moves(claims: list[Claim], bounds: Bounds) -> tuple[str, list[dt.date]] | None:
    """How a moving count's dated figures go from day to day across articles ("rises", "falls", or
    "rises and then falls": 225 missing, then about 300 as reports come in, then 206, 180 and 152
    as lists are audited and the missing found), with its days; None when they zigzag, or when
    there are fewer than two days or two articles."""
    days = sorted({c.as_of for c in claims if c.as_of is not None})
    if len(days) < 2 or len({c.path for c in claims}) < 2:
        return None
    # each day by the middle of its figures' intervals: one value a day, in day order
    middle = {day: sorted(_middle(bounds[c.id]) for c in claims if c.as_of == day) for day in days}
    steps = [values[len(values) // 2] for values in middle.values()]
    if all(a < b for a, b in pairwise(steps)):
        return "rises", days
    if all(a > b for a, b in pairwise(steps)):
        return "falls", days
    peak = steps.index(max(steps))
    if all(a < b for a, b in pairwise(steps[: peak + 1])) and all(a > b for a, b in pairwise(steps[peak:])):
        return "rises and then falls", days
    # 159 unaccounted for, 150, then 151 the next morning, 117, 109: a count that falls, told a
    # little differently at two hours (each way's steps, less a reversal of a hundredth or so)
    if steps[-1] < steps[0] and all(a > b or b - a <= _WOBBLE * a for a, b in pairwise(steps)):
        return "falls", days
    if steps[-1] > steps[0] and all(a < b or a - b <= _WOBBLE * a for a, b in pairwise(steps)):
        return "rises", days
    return None


_WOBBLE = 0.02  # a step back this share of the count, or less, does not turn a moving count


def _middle(bound: tuple[float, float]) -> float:
    low, high = bound
    return low if math.isinf(high) else (low + high) / 2


def rise_days(claims: list[Claim]) -> list[dt.date] | None:
    """The days of a consistent, rising series, or None when it does not rise over two days or more."""
    days = sorted({c.as_of for c in claims if c.as_of})
    if len(days) < 2:
        return None
    # a range rises only past its top: "10 to 15 rescued", then 11, is no rise
    first = min(
        float(c.high) if c.qualifier == "range" and c.high is not None else float(c.value)
        for c in claims
        if c.as_of == days[0]
    )
    last = max(float(c.value) for c in claims if c.as_of == days[-1])
    return days if last > first else None


def steps(claims: list[Claim], days: list[dt.date], ctx: CheckContext) -> str:
    """'1,114 (Feb 28) → 1,325 (Mar 1)': the highest figure given for each day, the count as the day
    left it (a live blog's five dead at 14:10 and ten at 18:45 are ten that day)."""
    highest: dict[dt.date, Claim] = {}
    for c in claims:  # in order: of equal figures, the first given
        if c.as_of is not None and (c.as_of not in highest or float(c.value) > float(highest[c.as_of].value)):
            highest[c.as_of] = c
    return " → ".join(f"{ctx.value_label(highest[day], words=True)} ({day:%b} {day.day})" for day in days)
