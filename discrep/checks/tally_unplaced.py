"""Counts of people that name no place, read against the figures that do.

A toll told with no place ("the death toll has risen to 326, the president said") is often the same
count an article elsewhere places ("the toll in Malawi rose to 326"), or a part of the count its own
article places (a province the rules do not know: "Sindh, where 759 were killed", beside the
country's 1,695). The tally groups (tally_groups.py) give the first its place and leave the second
out of the comparisons, before a count with no place takes the metric's only place.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from discrep.extract.tally_named_fires import is_named_fire
from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.extract.tally_where import PART
from discrep.model import Claim, replace_claim


def same_figure(claims: Iterable[Claim]) -> list[Claim]:
    """A count of people with no place takes the one place the corpus gives the same figure of the
    metric for ("the toll has risen to 326, the president said" beside "the toll in Malawi has risen
    to 326"; "at least 99 deaths" beside "jumped to 190 from 99" in Malawi): the same figure is the
    same count. Not where two places share the figure, nor for a day's count."""
    claims = list(claims)
    places: dict[tuple[str, float], set[str]] = defaultdict(set)
    for c in claims:
        placed = c.subject is not None and c.subject.startswith("in:") and PART not in c.subject
        if placed and c.period != "daily" and isinstance(c.value, (int, float)):
            places[(c.metric, float(c.value))].add(str(c.subject))
    if not places:
        return claims
    out = []
    for c in claims:
        found = (
            places.get((c.metric, float(c.value)))
            if c.subject in (None, GENERIC_PEOPLE)
            and c.period != "daily"
            and isinstance(c.value, (int, float))
            else None
        )
        out.append(replace_claim(c, subject=next(iter(found))) if found and len(found) == 1 else c)
    return out


_APPROX = 0.1  # how far off a rounded figure may be (the tally rule's approx_tolerance)


def unplaced_parts(claims: list[Claim], inner: AbstractSet[str] = frozenset()) -> set[str]:
    """The counts of people with no place that an article gives beside a larger count of the same
    metric and day in a place: the province's 759 dead beside the country's 1,695, the city's 85
    beside the country's 225, told where the place is a word the rules do not know ("Sindh", "in
    Blantyre where over 85 have died": _below). Such a count is a part of the placed one, never the whole's
    figure, and is left out of the comparisons; a day's new count is no such whole. Two named
    sources' counts still meet: "the NDRRMC ... put the toll at 81" beside the police's 126 in the
    country is a rival count, not a part (as thing_parts has it)."""
    placed: dict[tuple[str, str, dt.date], float] = {}
    givers: dict[tuple[str, str, dt.date], set[str | None]] = defaultdict(set)
    for c in claims:
        if (
            c.subject is not None
            and c.subject.startswith("in:")
            and PART not in c.subject
            and c.subject not in inner
            and c.as_of is not None
            and c.period != "daily"
            and isinstance(c.value, (int, float))
        ):
            key = (c.path, c.metric, c.as_of)
            # "nearly 190 in the country" beside a headline's "188 dead": a rounded figure shows no
            # exact one below it to be a part
            value = float(c.value) * (1 - _APPROX) if c.qualifier == "approx" else float(c.value)
            placed[key] = max(placed.get(key, 0.0), value)
            givers[key].add(c.claimant)
    if not placed:
        return set()
    return {
        c.id
        for c in claims
        if c.subject in (None, GENERIC_PEOPLE)
        and c.as_of is not None
        and c.period != "daily"
        and isinstance(c.value, (int, float))
        and _below(c, placed.get((c.path, c.metric, c.as_of), 0.0))
        and (c.claimant is None or givers[(c.path, c.metric, c.as_of)] & {None, c.claimant})
    }


def _below(claim: Claim, placed: float) -> bool:
    """Whether a figure counts fewer than the article's placed one: all of its interval below it, or
    for a floor ("over 85 people have died" beside 225 in the country) a floor less than half of it,
    which no article gives for the toll it has just put at more than twice as many."""
    if claim.high is not None:
        return claim.high < placed
    return claim.qualifier == "at_least" and claim.low is not None and claim.low < placed / 2


def thing_parts(claims: list[Claim], nouns: frozenset[str]) -> set[str]:
    """Counts of things with no owner or place that an article gives for a day beside a larger one
    of the same metric, from the same source or one unnamed: "out of 1,921,622 damaged houses,
    765,162 are fully damaged", "Sindh with 997,641 partially damaged houses". Things counted apart
    in one report are the total's parts (by damage, by province), not its count at another hour,
    and are left out of the comparisons; two named sources' counts still meet."""
    largest: dict[tuple[str, str, dt.date], tuple[float, str | None]] = {}
    for c in claims:
        if c.metric in nouns and c.subject is None and c.as_of is not None and c.period != "daily":
            key = (c.path, c.metric, c.as_of)
            if isinstance(c.value, (int, float)) and float(c.value) > largest.get(key, (0.0, None))[0]:
                largest[key] = (float(c.value), c.claimant)
    parts = set()
    for c in claims:
        if c.metric not in nouns or c.subject is not None or c.as_of is None or c.period == "daily":
            continue
        value, source = largest.get((c.path, c.metric, c.as_of), (0.0, None))
        if _below(c, value) and (source is None or c.claimant is None or source == c.claimant):
            parts.add(c.id)
    return parts


def lone_named_fire(claims: list[Claim]) -> list[Claim]:
    """Where the corpus names one fire only ("the Camp Fire killed 85"), its figures are the corpus's
    own toll, as if told with no place; fires named apart (the Palisades and the Eaton fire) stay
    apart (extract/tally_named_fires.py)."""
    fires = {c.subject for c in claims if is_named_fire(c.subject)}
    if len(fires) != 1:
        return claims
    return [replace_claim(c, subject=None) if c.subject in fires else c for c in claims]
