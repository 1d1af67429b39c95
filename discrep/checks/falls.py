"""The tally check's "a cumulative count cannot fall" test, for one group of figures.

A later figure whose upper end is below an earlier figure's lower end contradicts it, whoever
said them. Figures linked by such falls form one finding, so one low figure below three earlier
ones is one contradiction, not three; the message names first the figures something later fell
below (the latest of them: 100, 120 and 150 on three days, then 10, is a fall from 150), then the
ones that fell. Listing every (earlier, later) pair is quadratic, and an archive's
group can hold tens of thousands of figures, so the groups are built with union-find instead
(see _fall_components); tests/checks/test_tally_scaling.py checks both agree.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Protocol

from discrep.checks.base import listing
from discrep.model import Claim, FindingKind

Bounds = dict[str, tuple[float, float]]  # claim id -> the interval its figure stands for


class Emit(Protocol):
    """How the tally check words and records a finding (tally.Emitter)."""

    @property
    def what(self) -> str: ...

    def __call__(self, kind: FindingKind, claims: Sequence[Claim], message: str) -> None: ...

    def describe(self, c: Claim) -> str: ...

    @property
    def scale(self) -> float: ...


class _Components:
    """Union-find over claim positions: which figures are linked by falls."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.root(a)] = self.root(b)


def falls(
    members: list[Claim],
    bounds: Bounds,
    emit: Emit,
    fallen: set[str] | None = None,
    told: Collection[str] = frozenset(),
) -> set[str]:
    """A cumulative count cannot fall: later figures below an earlier figure's lower end.

    Figures linked by falls form one finding, so one low figure below three earlier ones is one
    contradiction, not three. Returns the ids of every figure in a finding; `fallen`, when given,
    gets those of the later figures that fell (the earlier ones may still be a rising series).
    Figures that fell and are all `told` already (at odds with a figure of their own day: "the toll
    has risen to 406 ... However, the official toll stands at 222") are not reported again.
    """
    components, falling = _fall_components(members, bounds)
    if not falling:
        return set()
    # a figure is shown first when some later figure lies wholly below it
    lowest_high_on: dict[dt.date, float] = {}
    for c in members:
        if c.as_of is not None:
            lowest_high_on[c.as_of] = min(lowest_high_on.get(c.as_of, math.inf), bounds[c.id][1])
    lowest_high_after: dict[dt.date, float] = {}
    running = math.inf
    for day in sorted(lowest_high_on, reverse=True):
        lowest_high_after[day] = running
        running = min(running, lowest_high_on[day])
    firsts = {c.id for c in members if c.as_of is not None and lowest_high_after[c.as_of] < bounds[c.id][0]}
    by_root: dict[int, list[Claim]] = defaultdict(list)
    for i, c in enumerate(members):
        if i in falling or c.id in firsts:
            by_root[components.root(i)].append(c)
    seen: set[str] = set()
    for claims in by_root.values():  # first seen first, as members are ordered
        first = _latest(x for x in claims if x.id in firsts)
        # a figure more than `scale` times below what it fell from counts something else: a country's
        # cases beside a continent's, a week's beside a year's (same_day.of_one_scale)
        top = max((bounds[x.id][0] for x in first), default=0.0)
        then = [x for x in claims if x.id not in firsts and bounds[x.id][1] * emit.scale >= top]
        if not then:
            continue
        kept = {x.id for x in then}
        claims = [x for x in claims if x.id in firsts or x.id in kept]
        seen |= {c.id for c in claims}
        if fallen is not None:
            fallen.update(x.id for x in then)
        if then and all(x.id in told for x in then):
            continue
        shown = {x.id for x in first + then}
        emit(
            "contradiction",
            [x for x in claims if x.id in shown],
            f"{emit.what}: "
            + listing(first, emit.describe)
            + ", but later "
            + listing(then, emit.describe)
            + ". A cumulative count cannot fall.",
        )
    return seen


def _latest(claims: Iterable[Claim]) -> list[Claim]:
    """The figures a count fell from, less those a later one of them overtook: "at least 114" on the
    18th and "at least 115" on the 22nd, then 97, is a fall from 115 (114 was the toll rising to
    it, not a figure the 97 contradicts apart)."""
    claims = list(claims)
    # the highest lower end told on a later day, per day: one pass, where asking every pair is
    # quadratic in a running tally of thousands of figures
    highest_on: dict[dt.date, float] = {}
    for y in claims:
        if y.as_of is not None:
            highest_on[y.as_of] = max(highest_on.get(y.as_of, -math.inf), _low(y))
    highest_after: dict[dt.date, float] = {}
    running = -math.inf
    for day in sorted(highest_on, reverse=True):
        highest_after[day] = running
        running = max(running, highest_on[day])
    return [x for x in claims if x.as_of is None or not highest_after[x.as_of] > _low(x)]


def _low(claim: Claim) -> float:
    if claim.low is not None:
        return float(claim.low)
    return float(claim.value) if isinstance(claim.value, (int, float)) else 0.0


def _fall_components(members: list[Claim], bounds: Bounds) -> tuple[_Components, set[int]]:
    """Link each later figure with every earlier figure whose lower end is above its upper end; also
    return the positions of the later figures that fell.

    The earlier figures a later one falls below are always those with the highest lower ends: a
    top slice of the earlier figures sorted by lower end. So the slice is joined into one component
    and the falling figure joins the highest. Joining a slice only has to visit the figures not yet
    joined with their neighbour above ("gaps"), and each figure opens at most two gaps when it is
    added: O(n log n), where listing every (earlier, later) pair is quadratic.
    """
    components = _Components(len(members))
    falling: set[int] = set()
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for i, c in enumerate(members):
        if c.as_of is not None:
            by_day[c.as_of].append(i)
    earlier: list[tuple[float, int]] = []  # (lower end, position) of figures from earlier days, sorted
    gaps: list[tuple[float, int]] = []  # those not known to be joined with the next one up, sorted
    in_gaps: set[tuple[float, int]] = set()
    for day in sorted(by_day):
        for i in by_day[day]:
            high = bounds[members[i].id][1]
            if not earlier or earlier[-1][0] <= high:
                continue
            cut = bisect.bisect_right(gaps, (high, math.inf))
            for gap in gaps[cut:]:
                above = earlier[bisect.bisect_right(earlier, gap)]
                components.join(gap[1], above[1])
                in_gaps.discard(gap)
            del gaps[cut:]
            components.join(i, earlier[-1][1])
            falling.add(i)
        for i in by_day[day]:
            key = (bounds[members[i].id][0], i)
            at = bisect.bisect_right(earlier, key)
            earlier.insert(at, key)
            below = earlier[at - 1] if at > 0 else None
            if below is not None and below not in in_gaps:  # it has this one above it now, not joined
                bisect.insort(gaps, below)
                in_gaps.add(below)
            if at + 1 < len(earlier):
                bisect.insort(gaps, key)
                in_gaps.add(key)
    return components, falling
