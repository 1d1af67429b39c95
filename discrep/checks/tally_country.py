"""One running toll told under several names: no place, "people", the country, its hardest-hit part.

Reports of a disaster in one country give its toll as "the death toll rose to 162", "118 people
have died" and "140 in Freedonia" in turn: one count. Where the corpus counts people in one country
only (or in one country in at least three articles and three times as many as any other: a
neighbour's few dead beside the country's toll), a count of people with no place, of a metric the
country has figures of, is the country's: unless the article gives a larger one for the same day
(then it is a part: "the hardest-hit city confirmed 61" beside "the toll rose to 96"), it comes
before the corpus's first figure for the country (a first local report), or, beside other
countries' counts, it is no larger than theirs or smaller than every figure of the country's (a
village's dead). A place inside the country, or one the rules do not know, stays a part unless the
corpus's figures show it is the whole: the same figure on the same day as the country's toll ("208
in the province" beside "the toll rose to 208"). Several countries counted alike (Turkey and
Syria, Malawi and Mozambique), or a place the rules do not know counting more than the country
("1,300 on the continent" beside "two in Freedonia"), leave every count as it was. Beside the
corpus's one country, a count with no place in a sentence that places its other counts in one other
country is that country's ("killed 3 in a neighbour's province and injured 90").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from discrep.checks.base import CheckContext
from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.extract.tally_where import PART
from discrep.model import Claim, replace_claim


def _number(c: Claim) -> float | None:
    return float(c.value) if isinstance(c.value, (int, float)) else None


def _placed(c: Claim) -> bool:
    return bool(c.subject and c.subject.startswith("in:") and PART not in c.subject and "+" not in c.subject)


def _unplaced(c: Claim) -> bool:
    return c.subject in (None, GENERIC_PEOPLE) and c.event is None


def _country(subject: str, ctx: CheckContext) -> str | None:
    """The outermost place the rules know that holds a place ('in:tokyo' -> 'japan'); None where
    the rules do not know the place."""
    name = subject[3:]
    if name not in ctx.rules.places:
        return None
    return ctx.rules.ancestors(name)[-1]


def _main_country(claims: list[Claim], ctx: CheckContext) -> str | None:
    """The corpus's one country, over the figures of all its counts of people: the only country
    counted, or one counted in at least three articles and three times as many as each other
    ("3 killed across the border" beside the country's toll); none where several are counted alike (Malawi
    and Mozambique), nor where a place the rules do not know counts more of a metric than the
    country ("1,300 dead on the continent" beside "two in Freedonia")."""
    articles: dict[str, set[str]] = defaultdict(set)
    highest: dict[tuple[str, str], float] = defaultdict(float)
    unknown: dict[str, float] = defaultdict(float)
    for c in claims:
        value = _number(c)
        if not _placed(c) or value is None:
            continue
        country = _country(str(c.subject), ctx)
        if country is None:
            unknown[c.metric] = max(unknown[c.metric], value)
            continue
        articles[country].add(c.path)
        highest[(country, c.metric)] = max(highest[(country, c.metric)], value)
    if not articles:
        return None
    top = max(articles, key=lambda k: len(articles[k]))
    others = [k for k in articles if k != top]
    if others and (len(articles[top]) < 3 or any(3 * len(articles[k]) > len(articles[top]) for k in others)):
        return None
    if any(value >= highest.get((top, metric), value + 1) for metric, value in unknown.items()):
        return None
    return top


def one_country(claims: list[Claim], ctx: CheckContext) -> tuple[list[Claim], set[str]]:
    """The counts of people with no place, and the country's parts whose figures show they are the
    whole, take the corpus's one country (see the module's docstring); with the ids of the counts
    found to be parts, which no later rule gives the country."""
    by_metric: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        rule = ctx.rules.metrics.get(c.metric)
        if rule is not None and not rule.noun and c.period != "daily" and c.as_of is not None:
            by_metric[c.metric].append(c)
    moved: dict[str, str] = {}
    apart: set[str] = set()
    country = _main_country([c for series in by_metric.values() for c in series], ctx)
    if country is None:
        return claims, apart
    # "the storm killed 4 in a neighbour's province and injured 95": a count with no place in a
    # sentence that places its other counts in one other country is that country's
    neighbours: dict[tuple[str, int], set[str]] = defaultdict(set)
    for series in by_metric.values():
        for c in series:
            if _placed(c) and _country(str(c.subject), ctx) not in (None, country):
                neighbours[(c.path, c.line)].add("in:" + str(_country(str(c.subject), ctx)))
    for series in by_metric.values():
        for c in series:
            beside = neighbours.get((c.path, c.line), set())
            if _unplaced(c) and len(beside) == 1:
                moved[c.id] = next(iter(beside))
                apart.add(c.id)
    for series in by_metric.values():
        # the other countries' highest figure of the metric
        others = max(
            (
                float(c.value)
                for c in series
                if _placed(c)
                and _number(c) is not None
                and _country(str(c.subject), ctx) not in (None, country)
            ),
            default=None,
        )
        subject = "in:" + country
        own = [c for c in series if c.subject == subject and _number(c) is not None]
        if not own:
            continue
        # beside other countries' counts, a count below the country's every figure is a part of it
        # (a village's dead); alone, the country's figures are too few to tell
        lowest = (
            min(c.low if c.low is not None else float(c.value) for c in own) if others is not None else 0.0
        )
        # a count told before any the corpus gives for the country may be a first local report
        first = min(c.as_of for c in own if c.as_of is not None)
        candidates = [
            c
            for c in series
            if _unplaced(c) and c.id not in moved and c.as_of is not None and c.as_of >= first
        ]
        joined = [
            c for c in candidates if (_number(c) or 0.0) >= lowest and (_number(c) or 0.0) > (others or 0.0)
        ]
        # the article's largest figure for the day of the country or its unplaced toll: a smaller
        # one beside it is a part ("the city confirmed 61 deaths" beside "the toll rose to 96")
        day_top: dict[tuple[str, dt.date | None], float] = defaultdict(float)
        for c in own + joined:
            day_top[(c.path, c.as_of)] = max(day_top[(c.path, c.as_of)], float(c.value))
        # (a tenth below: "188 dead" in the headline beside "nearly 190" is the same toll)
        kept = [c for c in joined if float(c.value) >= 0.9 * day_top[(c.path, c.as_of)]]
        for c in kept:
            moved[c.id] = subject
        apart.update(c.id for c in candidates if c.id not in moved)
        whole = {(c.as_of, float(c.value)) for c in own + kept}
        # "208 in the province" beside the toll of 208 that day: the part is the whole
        for place in {str(c.subject) for c in series if _placed(c) and c.subject != subject}:
            if _country(place, ctx) not in (None, country):
                continue
            figures = [c for c in series if c.subject == place]
            if any((c.as_of, _number(c)) in whole for c in figures):
                for c in figures:
                    if (_number(c) or 0.0) >= lowest:
                        moved[c.id] = subject
    return [replace_claim(c, subject=moved[c.id]) if c.id in moved else c for c in claims], apart
