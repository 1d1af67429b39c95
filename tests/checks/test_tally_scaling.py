"""The tally check's linear-time shortcuts agree with the pairwise definitions they replace.

`_clashing`, `falls` (checks/falls.py), `_Fit` and the agreement test avoid comparing every pair of
figures (a big corpus has thousands of figures per metric and day). Here random groups of figures
are checked against the plain O(n²) definitions, written out in the tests.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from discrep.checks import incident_fit, same_day, tally, tally_evolving
from discrep.model import Claim

DAY = dt.date(2022, 3, 1)


def _claim(index: int, day: int | None, low: int, high: int) -> Claim:
    return Claim(
        path=f"a{index}.md",
        line=1,
        column=1,
        quote=f"figure {index}",
        kind="quantity",
        metric="killed",
        value=float(low),
        low=float(low),
        high=float(high),
        qualifier="range",
        as_of=None if day is None else DAY + dt.timedelta(days=day),
    )


figures = st.lists(
    st.tuples(st.one_of(st.none(), st.integers(0, 5)), st.integers(0, 30), st.integers(0, 30)),
    min_size=1,
    max_size=25,
)

# figures within SCALE times of one another, so that no fall is left out as counting something else
# (falls' scale filter, tested on its own in test_tally.py)
near_figures = st.lists(
    st.tuples(st.one_of(st.none(), st.integers(0, 5)), st.integers(10, 99), st.integers(10, 99)),
    min_size=1,
    max_size=25,
)


class _Collect:
    what = "killed"
    scale = 10.0

    def __init__(self) -> None:
        self.found: list[tuple[str, tuple[str, ...], str]] = []

    def __call__(self, kind: str, claims: list[Claim], message: str) -> None:
        self.found.append((kind, tuple(c.id for c in claims), message))

    def describe(self, c: Claim) -> str:
        return c.quote


def _group(rows: list[tuple[int | None, int, int]]) -> tuple[list[Claim], dict[str, tuple[float, float]]]:
    members = [_claim(i, day, min(a, b), max(a, b)) for i, (day, a, b) in enumerate(rows)]
    bounds = {c.id: (float(c.low or 0), float(c.high or 0)) for c in members}
    members.sort(key=lambda c: (c.as_of or dt.date.min, bounds[c.id][0], c.id))
    return members, bounds


def _falls_pairwise(members: list[Claim], bounds: dict[str, tuple[float, float]]) -> list[set[str]]:
    """Components of the 'later figure below an earlier one' graph, by listing every pair."""
    edges: dict[str, set[str]] = defaultdict(set)
    for a in members:
        for b in members:
            if a.as_of and b.as_of and a.as_of < b.as_of and bounds[b.id][1] < bounds[a.id][0]:
                edges[a.id].add(b.id)
                edges[b.id].add(a.id)
    components: list[set[str]] = []
    for c in members:
        if c.id in edges and not any(c.id in seen for seen in components):
            component, stack = set(), [c.id]
            while stack:
                current = stack.pop()
                if current not in component:
                    component.add(current)
                    stack.extend(edges[current])
            components.append(component)
    return components


@settings(max_examples=300, deadline=None)
@given(near_figures)
def test_falls_finds_the_same_components_as_every_pair(rows: list[tuple[int | None, int, int]]) -> None:
    members, bounds = _group(rows)
    collect = _Collect()
    flagged = tally.falls(members, bounds, collect)  # type: ignore[arg-type]
    expected = _falls_pairwise(members, bounds)
    # each finding shows its component less the figures a later one of them overtook (falls._latest)
    assert len(collect.found) == len(expected)
    for (_, ids, _), component in zip(collect.found, expected, strict=True):
        assert set(ids) <= component
    assert flagged == set().union(*expected)


@settings(max_examples=300, deadline=None)
@given(figures)
def test_clashing_matches_every_pair(rows: list[tuple[int | None, int, int]]) -> None:
    members, bounds = _group(rows)
    expected = [
        c
        for c in members
        if any(not same_day.meet(bounds[c.id], bounds[o.id]) for o in members if o.id != c.id)
    ]
    assert same_day._clashing(members, bounds) == expected


def test_one_low_figure_below_three_earlier_ones_is_one_finding() -> None:
    members, bounds = _group([(0, 100, 100), (0, 120, 120), (0, 150, 150), (3, 30, 30), (0, 5, 5)])
    collect = _Collect()
    tally.falls(members, bounds, collect)  # type: ignore[arg-type]
    assert len(collect.found) == 1
    kind, ids, message = collect.found[0]
    assert kind == "contradiction" and len(ids) == 4
    assert message == (
        "killed: figure 0; figure 1; figure 2, but later figure 3. A cumulative count cannot fall."
    )


def test_a_fall_is_shown_from_where_the_count_had_risen_to() -> None:
    # 100, 120, 150 on three days, then 30: the count fell from 150 (100 and 120 were it rising)
    members, bounds = _group([(0, 100, 100), (1, 120, 120), (2, 150, 150), (3, 30, 30)])
    collect = _Collect()
    flagged = tally.falls(members, bounds, collect)  # type: ignore[arg-type]
    (found,) = collect.found
    assert found[2] == "killed: figure 2, but later figure 3. A cumulative count cannot fall."
    assert len(flagged) == 4


def test_two_separate_falls_stay_two_findings() -> None:
    # 5 on day 0 falls to 3 on day 1; 17 on day 2 falls to 6 on day 3; 3 is not below 17's start
    members, bounds = _group([(0, 5, 5), (1, 3, 3), (2, 13, 17), (3, 1, 6)])
    collect = _Collect()
    tally.falls(members, bounds, collect)  # type: ignore[arg-type]
    assert [set(ids) for _, ids, _ in collect.found] == _falls_pairwise(members, bounds)
    assert len(collect.found) == 2


def _fits_pairwise(c: Claim, series: list[Claim], bounds: dict[str, tuple[float, float]]) -> bool:
    """A figure fits a rising series, figure by figure (the definition tally_evolving._Fit answers faster)."""
    if c.as_of is None or any(c.id == s.id for s in series):
        return False
    day, (low, high) = c.as_of, bounds[c.id]
    days = sorted({s.as_of for s in series if s.as_of})
    # a long series reaches far
    near = max(tally_evolving._NEAR, (days[-1] - days[0]).days) if days else tally_evolving._NEAR
    if days and ((days[0] - day).days > near or (day - days[-1]).days > near):
        return False
    for s in series:
        s_low, s_high = bounds[s.id]
        if s.as_of is None or (s.as_of < day and s_low > high) or (s.as_of > day and s_high < low):
            return False
        if s.as_of == day and not (low <= s_high and s_low <= high):
            return False
    return True


wide_figures = st.lists(
    st.tuples(st.one_of(st.none(), st.integers(0, 20)), st.integers(0, 30), st.integers(0, 30)),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(wide_figures, wide_figures)
def test_a_figure_fits_a_series_as_the_pairwise_definition_says(series_rows, other_rows) -> None:
    series = [_claim(i, day, min(a, b), max(a, b)) for i, (day, a, b) in enumerate(series_rows)]
    others = [_claim(100 + i, day, min(a, b), max(a, b)) for i, (day, a, b) in enumerate(other_rows)]
    bounds = {c.id: (float(c.low or 0), float(c.high or 0)) for c in series + others}
    fits = tally_evolving._Fit(series, bounds)
    for c in others + series[:2]:
        assert fits(c) == _fits_pairwise(c, series, bounds), c


@settings(max_examples=300, deadline=None)
@given(figures)
def test_the_figures_a_count_fell_from_are_those_no_later_figure_overtook(
    rows: list[tuple[int | None, int, int]],
) -> None:
    from discrep.checks.falls import _latest, _low

    members, _ = _group(rows)

    def overtaken(x: Claim) -> bool:
        return any(
            x.as_of is not None and y.as_of is not None and x.as_of < y.as_of and _low(y) > _low(x)
            for y in members
        )

    assert _latest(members) == [x for x in members if not overtaken(x)]


def _fits_totals_pairwise(day: dt.date, figure: float, told: list[tuple[dt.date, float, float]]) -> bool:
    """incident_fit's definition, total by total."""
    for when, low, high in told:
        if (when < day and figure < low) or (when > day and figure > high):
            return False
        if when == day and not low * 0.5 <= figure <= high / 0.5:
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=20),
    st.integers(0, 6),
    st.integers(0, 60),
)
def test_an_incidents_toll_fits_the_totals_as_every_pair_says(rows, day, figure) -> None:
    told = [(DAY + dt.timedelta(days=d), float(min(a, b)), float(max(a, b))) for d, a, b in rows]
    when = DAY + dt.timedelta(days=day)
    assert incident_fit._Series(told).fits(when, float(figure)) == _fits_totals_pairwise(
        when, float(figure), told
    )
