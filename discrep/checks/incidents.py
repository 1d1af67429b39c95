"""Which tolls of one incident are compared with one another: the same incident, told by several articles.

An incident's toll ("a missile strike on the station in Chaplyne killed at least 22") never joins the
event's totals (tally_groups.py). But two articles that count the same incident's dead count one
thing: "22 killed" on Wednesday and "the toll has risen to 25" on Thursday are that incident's running
toll. Tolls of one metric are the same incident's when their sentences share a name no other kind of
sentence in the corpus uses: a capitalised word ("Chaplyne") that is not the first word, not a
weekday or a month, not a word of a side's, a source's or an event's name in the rules (so "Russian"
links no two strikes), not a word of the claimant's name, and not in any sentence that counts the
event's totals (where it would name the war, not the strike); and they are told within a few days
of one another (a strike on Kharkiv two weeks later is another strike).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable

from discrep.checks.base import CheckContext
from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.model import Claim
from discrep.text.date_patterns import MONTHS, WEEKDAYS

_NAME = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{3,}(?:[-’'][A-Za-z]+)*\b")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)  # "Monday's strike" names no incident


def incident_groups(
    incidents: Iterable[Claim], totals: Iterable[Claim], ctx: CheckContext
) -> list[tuple[str, str, list[Claim]]]:
    """(metric, the incident's name, its tolls) for each incident that two articles or more count.

    `incidents` are the tolls told as one incident's (not "in a separate incident": those are other
    incidents than the corpus's, and are never compared); `totals` every other figure, whose sentences
    take their words out of the incidents' names. Only counts of people (no side, no place or group
    of people named) are grouped: "two children" among the dead are a part of the toll.
    """
    tolls = [
        c
        for c in incidents
        if c.subject in (None, GENERIC_PEOPLE) and c.period != "daily" and c.as_of is not None
    ]
    if len({c.path for c in tolls}) < 2:
        return []  # no incident two articles count: the totals' sentences need not be read
    common = _rule_words(ctx)
    # a sentence holding several figures is one quote: its words are read once
    for quote in {c.quote for c in totals}:
        common |= {w.lower() for w in _NAME.findall(quote)}
    names: dict[str, set[str]] = {}
    for c in tolls:
        claimant = {w.lower() for w in re.findall(r"\w+", c.claimant or "")}
        found = _NAME.findall(c.quote)[:]
        first = re.match(r"\W*(\w+)", c.quote)
        names[c.id] = {
            w.lower()
            for w in found
            if w.lower() not in common | claimant | _CALENDAR and not (first and first.group(1) == w)
        }
    groups: list[tuple[str, str, list[Claim]]] = []
    by_metric: dict[str, list[Claim]] = defaultdict(list)
    for c in tolls:
        by_metric[c.metric].append(c)
    for metric, claims in sorted(by_metric.items()):
        articles: dict[str, set[str]] = defaultdict(set)  # name -> the articles whose tolls use it
        for c in claims:
            for name in names[c.id]:
                articles[name].add(c.path)
        taken: set[str] = set()
        for name in sorted(n for n, paths in articles.items() if len(paths) >= 2):
            named = [c for c in claims if name in names[c.id] and c.id not in taken]
            for members in _runs(named):
                if len({c.path for c in members}) >= 2:
                    taken |= {c.id for c in members}
                    groups.append((metric, name, members))
    return groups


_APART = 3  # days without a toll after which a toll told with the same name is of another incident


def _runs(claims: list[Claim]) -> list[list[Claim]]:
    """The tolls split where no toll was told for more than a few days: an incident's toll is revised
    in the days after it; "a strike on Kharkiv killed five" two weeks later is another strike."""
    runs: list[list[Claim]] = []
    for c in sorted(claims, key=lambda c: c.as_of or dt.date.min):
        last = runs[-1][-1].as_of if runs else None
        if runs and last and c.as_of and (c.as_of - last).days <= _APART:
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _rule_words(ctx: CheckContext) -> set[str]:
    """The words of every side's, source's and event's name and alias in the rules."""
    words: set[str] = set()
    for table in (ctx.rules.subjects, ctx.rules.claimants, ctx.rules.events):
        for named in table.values():
            for phrase in (named.label, *named.aliases):
                words |= {w.lower() for w in re.findall(r"\w+", phrase)}
    return words
