"""A count's running tally across days: one source's series, or all sources rising together.

The tally check (tally.py) hands each group's figures here once the day's contradictions and the
falls are known: a source's own figures rising over days are its running tally, with other sources'
figures that fit between them; failing any one source's series, all sources' figures rising
together are one (see tally.py's evolving_tally for what a reader is told).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from discrep.checks.base import listing, who
from discrep.checks.same_day import day_spread, meet, sources
from discrep.checks.tally_across import floors_said, overtaken, rise_days, steps
from discrep.model import Claim

if TYPE_CHECKING:
    from discrep.checks.tally import Emitter


def evolving(
    members: list[Claim],
    bounds: dict[str, tuple[float, float]],
    contradicted: set[str],
    emit: Emitter,
    fallen: AbstractSet[str] = frozenset(),
    clashed: AbstractSet[str] = frozenset(),
) -> None:
    """One source's figures rising over days, with other sources' figures that fit between them;
    failing that, all sources' figures rising together, up to the first day the count fell. A
    figure at odds with another of its day (`clashed`: the president's 326 beside an outlet's stale
    225) may still be a step of a source's series: the day's contradiction is reported on its own."""
    # one source's own series keeps a figure someone else contradicts: it is still their tally
    source = sources(c.claimant for c in members if c.claimant)
    series: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        if c.claimant and not summed(c):
            series[source[c.claimant]].append(c)
    series = {name: _without_own_falls(claims, bounds) for name, claims in series.items()}
    candidates = [c for c in members if c.id not in contradicted and not summed(c)]
    at_odds = contradicted - clashed  # once: per member it is a set built over the whole group
    fitting = [c for c in members if c.id not in at_odds and not summed(c)]
    rising = {name: days for name, claims in series.items() if (days := rise_days(claims)) is not None}
    if len(rising) > 1 and not contradicted and not fallen and rise_days(candidates) is not None:
        # two or more sources' series that are steps of one toll that never falls nor clashes (the
        # prefecture's, then the agency's): one running tally across sources, told once
        rising = {}
    found = bool(rising)
    # the members' order, looked up by id: members.index() per claim is quadratic in a group of
    # thousands of figures (an archive's running tally)
    order: dict[str, int] = {}
    for position, c in enumerate(members):
        order.setdefault(c.id, position)
    for claimant, days in sorted(rising.items()):
        claims = series[claimant]
        fits = _Fit(claims, bounds)
        # "local officials" said 14,000 between the prefecture's 10,000 and 19,300: the same tally
        others = [c for c in fitting if (c.claimant is None or source[c.claimant] not in rising) and fits(c)]
        emit(
            "evolving_tally",
            sorted(claims + others, key=lambda c: order[c.id]),
            f"{emit.what}: {emit.ctx.claimant_label(claimant)}'s running tally rises "
            f"{steps(claims, days, emit.ctx)}; the latest figure supersedes the earlier ones.",
        )
    # a toll that climbs from day to day as different officials and outlets report it is still one
    # running tally, not a disagreement
    if found:
        return
    across = _across_sources(candidates, members, bounds, fallen)
    if clashed:
        # a day whose figures clash (the Red Crescent's 500 beside the ministry's 2,053; 45 from the
        # collector and 57 from state sources) is still a step of a toll that later days carry past
        # it: the day's contradiction is reported on its own. A clash on the last day before any
        # fall is no step (the rise would end in a disagreement)
        fell_on = [c.as_of for c in members if c.id in fallen and c.as_of is not None]
        last_clean = max(
            (c.as_of for c in candidates if c.as_of is not None and (not fell_on or c.as_of < min(fell_on))),
            default=None,
        )
        if last_clean is not None:
            widened = [
                c
                for c in members
                if (
                    c.id not in contradicted
                    or (c.id in clashed and c.as_of is not None and c.as_of < last_clean)
                )
                and not summed(c)
            ]
            across = _across_sources(widened, members, bounds, fallen) or across
    if across is not None:
        rise, days = across
        emit(
            "evolving_tally",
            rise,
            f"{emit.what}: the reported figure rises {steps(rise, days, emit.ctx)} across sources; "
            "the latest figure supersedes the earlier ones.",
        )
    elif (spread := day_spread(candidates, bounds, emit.scale)) is not None:
        told = listing(spread, lambda c: f"{emit.ctx.value_label(c, words=True)} ({who(c, emit.ctx)})", " → ")
        emit(
            "evolving_tally",
            spread,
            f"{emit.what} on {spread[0].as_of}: the reported figure rises within the day across sources, "
            f"{told}; with no named source set against another, they read as the count at different "
            "hours: the latest figure supersedes the earlier ones.",
        )


def _across_sources(
    candidates: list[Claim],
    members: list[Claim],
    bounds: dict[str, tuple[float, float]],
    fallen: AbstractSet[str],
) -> tuple[list[Claim], list[dt.date]] | None:
    """All sources' figures rising together, up to the first day the count fell (unless it rose past
    its peak after a shallow fall); None when they do not rise over two articles."""
    # "at least 85" after "at least 136" agrees with it but is no step of a rising toll (a town's
    # count, an old figure retold): a series shown as "136 → 85 → 326" would not rise
    candidates = _without_own_falls(floors_said(candidates, bounds), bounds, floors=True)
    fell = [c for c in members if c.id in fallen and c.as_of is not None]
    if fell and not overtaken(candidates, fell, bounds):
        # 233, 261, 288 on the day of a crash, then 275 once double counts were struck off: the
        # rise is the days before the fall (reported on its own), not a series running past it
        first_fall = min(c.as_of for c in fell if c.as_of is not None)
        candidates = [c for c in candidates if c.as_of is not None and c.as_of < first_fall]
    if len({c.path for c in candidates}) < 2 or all(c.derived_from for c in candidates):
        return None  # (floors implied by bodies found only: that count's own series tells the rise)
    days = rise_days(candidates)
    return None if days is None else (candidates, days)


def _without_own_falls(
    claims: list[Claim], bounds: dict[str, tuple[float, float]], *, floors: bool = False
) -> list[Claim]:
    """One source's figures in day order, less those below one of its own earlier days' figures:
    the ministry's 23 deaths, then 17, then 55 is a fall (falls.py reports it) and a rise from 23
    to 55, never a tally that "rises 23 → 17 → 55". With `floors`, the open floors whose lower end
    is below an earlier day's figure are left out too ("at least 85" after 136)."""
    kept: list[Claim] = []
    highest_low = -math.inf  # of the days before the current one
    day_low = -math.inf
    day: dt.date | None = None
    for c in claims:  # in the members' order: by day, then by lower end
        if c.as_of != day:
            highest_low, day_low, day = max(highest_low, day_low), -math.inf, c.as_of
        low, high = bounds[c.id]
        if high < highest_low or (floors and math.isinf(high) and low < highest_low):
            continue
        kept.append(c)
        day_low = max(day_low, low)
    return kept


_NEAR = 7  # days before or after a rising series that another source's figure may still be a step of


class _Fit:
    """Whether another source's figure fits a rising series: not below any of the series' figures
    before its day, not above any after it, and meeting the series' figures of its own day. Before
    the series' first day or after its last, it must be within a week of it: "about 1,200 killed" on
    the day of the attack is no step of a toll counted six weeks later.

    Built once per series (the highest low before each day, the lowest high after it, each day's
    own), so that asking it of every other figure of a group of thousands stays linear."""

    def __init__(self, series: list[Claim], bounds: dict[str, tuple[float, float]]) -> None:
        self.bounds = bounds
        self.ids = {s.id for s in series}
        self.undated = any(s.as_of is None for s in series)
        self.same: dict[dt.date, tuple[float, float]] = {}  # day -> (highest low, lowest high)
        for s in series:
            if s.as_of is not None:
                low, high = bounds[s.id]
                had = self.same.get(s.as_of)
                self.same[s.as_of] = (low, high) if had is None else (max(had[0], low), min(had[1], high))
        self.days = sorted(self.same)
        self.low_before = [-math.inf]  # [k]: the highest low of the series' first k days
        for day in self.days:
            self.low_before.append(max(self.low_before[-1], self.same[day][0]))
        self.high_after = [math.inf]  # built backwards: [k] is the lowest high from day k on
        for day in reversed(self.days):
            self.high_after.append(min(self.high_after[-1], self.same[day][1]))
        self.high_after.reverse()

    def __call__(self, c: Claim) -> bool:
        if c.as_of is None or self.undated or c.id in self.ids:
            return False
        day, (low, high) = c.as_of, self.bounds[c.id]
        # a series that runs for weeks reaches as far again: reports of a flood a fortnight apart
        near = max(_NEAR, (self.days[-1] - self.days[0]).days) if self.days else _NEAR
        if self.days and ((self.days[0] - day).days > near or (day - self.days[-1]).days > near):
            return False
        before, after = bisect.bisect_left(self.days, day), bisect.bisect_right(self.days, day)
        if self.low_before[before] > high or self.high_after[after] < low:
            return False
        own = self.same.get(day)
        return own is None or meet((low, high), own)


def summed(claim: Claim) -> bool:
    """An implied sum of parts (casualties from killed and wounded): never a step of a series. An
    implied floor ("at least 78 bodies recovered": at least 78 dead) is one, as its figure was said."""
    return len(claim.derived_from) > 1
