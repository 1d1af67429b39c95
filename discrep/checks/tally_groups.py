"""Which figures the tally check compares with which: its groups, one per metric and subject.

A figure with no subject takes the metric's only subject where that is safe (a place for a count of
people, an owner for a count of things); a sum the rules define (casualties = killed + wounded) is
implied from parts one claimant gave for one day in one article; one incident's toll stays out,
unless it reads as the first report of the corpus's own event (the tolls of one incident that
several articles count are compared among themselves: incident_tolls). The HTML report draws one
timeline per group of the totals, so a chart shows what the check saw of them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from discrep.checks.base import CheckContext, fmt_number
from discrep.checks.claimant_sides import claimant_sides
from discrep.checks.incident_fit import INCIDENT, INCIDENTS, own_event_tolls
from discrep.checks.incidents import incident_groups
from discrep.checks.tally_country import one_country
from discrep.checks.tally_reporters import reporting_places
from discrep.checks.tally_unplaced import lone_named_fire, same_figure, thing_parts, unplaced_parts
from discrep.extract.tally_figures import VAGUE_COUNT
from discrep.extract.tally_scope import CIVILIANS, GENERIC_PEOPLE
from discrep.extract.tally_sexes import BREAKDOWN_GROUPS
from discrep.extract.tally_where import BOTH, PART
from discrep.model import Claim, replace_claim


def interval(claim: Claim, approx: float, exact: float) -> tuple[float, float]:
    """The interval a figure stands for, with the rule's tolerances applied."""
    value = float(claim.value) if isinstance(claim.value, (int, float)) else 0.0
    if claim.qualifier == "approx":
        return value * (1 - approx), value * (1 + approx)
    if claim.qualifier == "exact" and value >= 1000 and value % 1000 == 0:
        # "10,000 are missing" beside "10,100 missing": a round figure is a rounded one
        return value * (1 - approx), value * (1 + approx)
    if claim.qualifier == "exact":
        return value * (1 - exact), value * (1 + exact)
    low = claim.low if claim.low is not None else 0.0
    high = claim.high if claim.high is not None else math.inf
    return low, high


def _fill_subjects(claims: list[Claim], ctx: CheckContext, apart: set[str]) -> list[Claim]:
    """A count with no subject takes the metric's only subject, where that is safe.

    A count of things with no owner named ("314 tanks") takes the only owner named elsewhere; of a
    side's things (rules: owned), the only one sources of its source's side name for them
    (claimant_sides.py). A count
    of people takes only a place ("the toll reached 26,900" joins "the toll in Gaza"), never a side:
    an unnamed "five people killed" is not the army's dead; and never a place that is only a part of
    what an article counts (see _breakdowns). A place named only for a day's figure ("4 more in North
    Carolina" over the past day) is not counted among the metric's places, and a place that holds all
    the others ("in Russia" beside "in Moscow") is the one taken. Where the corpus names no side and no
    place for the metric, only "people" and its parts (rules: part_of), a count with no subject is a
    count of people ("the death toll rose to 16" beside "23 people died" and "14 children"). The
    counts one_country found to be parts of the country's toll (tally_country.py: `apart`) keep theirs.
    """
    claims = _both(claims)
    subjects: dict[str, set[str]] = defaultdict(set)
    # a side's things (rules: owned) by who counts them: Kyiv's "Russia has lost 285 tanks" names no
    # owner of Moscow's "395 tanks destroyed", which are Ukraine's
    sides = claimant_sides(ctx.rules, {c.claimant for c in claims if c.claimant})
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        if c.subject and c.claimant and c.period != "daily":
            owners[(c.metric, sides[c.claimant] or c.claimant)].add(c.subject)
    for c in claims:
        # "4 more in North Carolina" over the past day names where the day's figure was, not a
        # second place the running total could be of
        # "in:syria/northwest" names a part of a place: never the metric's whole
        if c.subject and c.period != "daily" and PART not in c.subject:
            subjects[c.metric].add(c.subject)
    breakdowns = _breakdowns(claims, ctx)

    # the groups of a breakdown by sex or by how sure the count is ("22 girls and 16 boys" among the
    # 1,459 injured) are parts, as the rules' part_of subjects are
    parts = {s.id for s in ctx.rules.subjects.values() if s.part_of == GENERIC_PEOPLE} | BREAKDOWN_GROUPS
    wholes = {metric: named - parts for metric, named in subjects.items()}

    def filled(c: Claim) -> str | None:
        metric = ctx.rules.metrics.get(c.metric)
        if metric is None:
            return None
        if metric.noun and metric.owned and c.claimant:
            known = owners[(c.metric, sides[c.claimant] or c.claimant)] if c.subject is None else set()
        elif metric.noun:
            known = subjects[c.metric] if c.subject is None else set()
        else:
            unplaced = c.subject is None or c.subject == GENERIC_PEOPLE
            known = {s for s in subjects[c.metric] if s.startswith("in:")} if unplaced else set()
            # "in Lee County", "Sindh: 792 deaths": a place the rules do not know names a part, never
            # the whole; so does a place that is a part of what an article counts (_breakdowns)
            unruled = {s for s in known if not _ruled_place(s, ctx)}
            parts_only = {s for s in known - unruled if (c.metric, s) in breakdowns}
            if known and not known - unruled - parts_only:
                # the places are all parts ("Libya's envoy said 6,000" beside "11,300 dead"): a count
                # with no subject is the people's, where the metric names no other whole
                whole = wholes.get(c.metric, set()) - known
                return GENERIC_PEOPLE if c.subject is None and whole == {GENERIC_PEOPLE} else None
            # "207 deaths in Balochistan" beside the article's 728 in Pakistan: a part the rules do not
            # know, which its article shows to be a part, is no whole the count could be of either
            told_apart = {s for s in unruled if (c.metric, s) in breakdowns}
            if unruled - told_apart:
                return None
            known -= told_apart
            known = _outermost(known, ctx)
            if len(known) == 1 and (c.metric, next(iter(known))) in breakdowns:
                return None
            if not known and c.subject is None and wholes.get(c.metric) in ({GENERIC_PEOPLE}, {CIVILIANS}):
                # "the death toll rose to 16" beside "23 people died", and no side named anywhere
                # (the children among them are a part, not a side); "among the 1,459 injured" where
                # the metric counts only civilians: theirs (a side's soldiers are always named)
                known = set(wholes[c.metric])
        return next(iter(known)) if len(known) == 1 else None

    owned = {m.id for m in ctx.rules.metrics.values() if m.noun and m.owned}

    def source_side(c: Claim) -> str:
        """What else a filled subject depends on: for a side's things, the side of the source."""
        return (sides[c.claimant] or c.claimant) if c.metric in owned and c.claimant else ""

    # the subject filled in depends on the metric, the subject and (for a side's things) the
    # source's side only: worked out once per triple
    fills: dict[tuple[str, str | None, str], str | None] = {}
    for c in claims:
        if (c.metric, c.subject, source_side(c)) not in fills:
            fills[(c.metric, c.subject, source_side(c))] = filled(c)
    main = _main_places(claims, ctx)
    # "95 dead in Jajarkot and 38 in Rukum West, taking the total to 133": places the rules do not know,
    # each told as a part, summed: the whole the people's count is of
    for metric, union in {(c.metric, c.subject) for c in claims if c.subject and "+" in c.subject}:
        places = union[3:].split("+") if union.startswith("in:") else []
        if (
            places
            and (
                GENERIC_PEOPLE in wholes.get(metric, set()) or fills.get((metric, None, "")) == GENERIC_PEOPLE
            )
            and not any(_ruled_place("in:" + p, ctx) for p in places)
            and all((metric, "in:" + p) in breakdowns for p in places)
        ):
            fills[(metric, union, "")] = GENERIC_PEOPLE
    out = []
    for c in claims:
        subject = fills[(c.metric, c.subject, source_side(c))] if c.id not in apart else None
        if subject is None and c.subject is None and c.metric in main and c.id not in apart:
            place, others, top = main[c.metric]
            # not above the main place's own figures either: "50,000 in both" is no count of Turkey's
            if (
                isinstance(c.value, (int, float))
                and others < c.value <= 1.05 * top
                and (c.metric, place) not in breakdowns
            ):
                subject = place  # "the war has killed 37,000" beside Gaza's 40,005 and Lebanon's two
        out.append(replace_claim(c, subject=subject) if subject else c)
    return out


def _main_places(claims: list[Claim], ctx: CheckContext) -> dict[str, tuple[str, float, float]]:
    """metric -> (the place, the others' highest figure, its own highest) where one place the rules
    know counts ten times more than each other place of the metric: a count with no place, above all
    the others' figures and not above the place's own, is that place's ("the war has killed around
    37,000" beside "40,005 in Gaza" and "two killed in Lebanon"). Not where a place the rules do not
    know, a part or a sum is counted."""
    highest: dict[str, dict[str, float]] = defaultdict(dict)
    unsure: set[str] = set()
    for c in claims:
        if not (c.subject and c.subject.startswith("in:")) or c.period == "daily":
            continue
        if PART in c.subject or "+" in c.subject or not _ruled_place(c.subject, ctx):
            unsure.add(c.metric)
        elif isinstance(c.value, (int, float)):
            highest[c.metric][c.subject] = max(highest[c.metric].get(c.subject, 0.0), float(c.value))
    main: dict[str, tuple[str, float, float]] = {}
    for metric, places in highest.items():
        if metric in unsure or len(places) < 2:
            continue
        top = max(places, key=lambda p: places[p])
        others = max(v for p, v in places.items() if p != top)
        if places[top] >= 10 * others:
            main[metric] = (top, others, places[top])
    return main


def _both(claims: list[Claim]) -> list[Claim]:
    """ "The toll in both countries" takes the one pair of places the corpus counts together
    ('in:syria+turkey'); with none or several, it stays a group of its own."""
    if not any(c.subject == BOTH for c in claims):
        return claims
    pairs = {
        c.subject for c in claims if c.subject and c.subject.startswith("in:") and c.subject.count("+") == 1
    }
    if len(pairs) != 1:
        return claims
    pair = next(iter(pairs))
    return [replace_claim(c, subject=pair) if c.subject == BOTH else c for c in claims]


def _outermost(places: set[str], ctx: CheckContext) -> set[str]:
    """The one place that holds all the others, when it is among them ("in Russia" beside "in Moscow"
    and "in St Petersburg": a count with no place is the nationwide one); else the places as given."""
    joined = [p for p in places if "+" in p]
    if len(joined) == 1 and len(places) > 1:
        # "across Turkey and Syria" beside "in Turkey" and "in Syria": a count with no place is the
        # places' together, as the corpus sums them
        members = set(joined[0][3:].split("+"))
        if all(p == joined[0] or p[3:] in members for p in places):
            return {joined[0]}
    if len(places) < 2 or joined:
        return places
    for place in places:
        if all(place[3:] in ctx.rules.ancestors(other[3:]) for other in places):
            return {place}
    return places


def _ruled_place(subject: str, ctx: CheckContext) -> bool:
    """Whether every place of an 'in:' subject is one the rules know."""
    return all(name in ctx.rules.places for name in subject[3:].split("+"))


def _breakdowns(claims: list[Claim], ctx: CheckContext) -> set[tuple[str, str]]:
    """(metric, place) pairs where the place is a part of what is counted, not where it all happens:
    an article that gives the place's figure also gives a larger one of the metric elsewhere ("902
    dead" nationwide, then "in Donetsk and Luhansk regions, 285 killed"), from the same source or
    one unnamed (the UN envoy's "6,000 died in Libya" beside the Red Crescent's "11,000 in Derna" is
    two sources at odds, not Libya a part). A town the rules do not know, given a smaller figure
    than another of its article by any source ("14 drowned in Naga City, the mayor said" beside the
    officials' 46 nationwide), is a part too: it could be no whole of the others. Only figures that
    are compared count: a projection, an earlier figure or another year's disaster ("more than 2,100
    and likely to rise" in Morocco beside its 2,122 dead) is no larger count the place is a part
    of, nor is a day's new count."""
    # (metric, place, article) -> its highest figure, with who gave it
    placed: dict[tuple[str, str, str], tuple[float, str | None]] = {}
    other: dict[tuple[str, str], list[tuple[str | None, float, str | None]]] = defaultdict(list)
    for c in claims:
        # "37 new deaths in Pakistan" over the past day beside the 1,545 toll: the day's count is no
        # part the toll is split into, and the country stays the toll's whole
        if not isinstance(c.value, (int, float)) or c.as_of is None or c.period == "daily":
            continue
        if c.subject and c.subject.startswith("in:"):
            key = (c.metric, c.subject, c.path)
            if key not in placed or float(c.value) > placed[key][0]:
                placed[key] = (float(c.value), c.claimant)
        other[(c.metric, c.path)].append((c.subject, float(c.value), c.claimant))
    ruled = {place: _ruled_place(place, ctx) for _, place, _ in placed}
    return {
        (metric, place)
        for (metric, place, path), (highest, source) in placed.items()
        if any(
            subject != place
            and value > highest
            and (source is None or claimant is None or source == claimant or not ruled[place])
            for subject, value, claimant in other[(metric, path)]
        )
    }


def _owner_unknown(claim: Claim, ctx: CheckContext) -> str | None:
    """Whose tanks, when no side is named: only the claimant can tell (for metrics whose things
    belong to a side, rules: owned; buildings do not).

    "Russia has lost 285 tanks" (Kyiv's count of Russian tanks) and "395 tanks destroyed" (Moscow's
    count of Ukrainian ones) name no owner; comparing them would be comparing different things.
    Such counts are compared only within one claimant's own series.
    """
    metric = ctx.rules.metrics.get(claim.metric)
    owned = metric is not None and metric.noun and metric.owned
    return claim.claimant if claim.subject is None and owned else None


def derive_sums(claims: Sequence[Claim], ctx: CheckContext) -> list[Claim]:
    """Implied figures for metrics with `sum_of`, from parts said in one article for one day."""
    derived: list[Claim] = []
    for metric in ctx.rules.metrics.values():
        if not metric.sum_of:
            continue
        parts: dict[tuple[object, ...], dict[str, Claim]] = defaultdict(dict)
        for c in claims:
            if c.metric in metric.sum_of:
                parts[(c.path, c.claimant, c.as_of, c.subject, c.period)].setdefault(c.metric, c)
        for (path, claimant, as_of, subject, _period), found in sorted(
            parts.items(), key=lambda kv: str(kv[0])
        ):
            if len(found) != len(metric.sum_of):
                continue
            pieces = [found[m] for m in metric.sum_of]
            bounds = [interval(p, 0.0, 0.0) for p in pieces]
            low, high = sum(b[0] for b in bounds), sum(b[1] for b in bounds)
            exact = all(p.qualifier == "exact" for p in pieces)
            derived.append(
                Claim(
                    path=str(path),
                    line=pieces[0].line,
                    column=pieces[0].column,
                    quote=" + ".join(f"{fmt_number(p.value)} {ctx.metric_label(p.metric)}" for p in pieces),
                    kind="quantity",
                    metric=metric.id,
                    subject=subject if isinstance(subject, str) else None,
                    value=low,
                    low=low,
                    high=None if math.isinf(high) else high,
                    qualifier="exact" if exact else "range",
                    as_of=as_of if isinstance(as_of, dt.date) else None,
                    period=pieces[0].period,
                    claimant=claimant if isinstance(claimant, str) else None,
                    outlet=pieces[0].outlet,
                    derived_from=tuple(p.id for p in pieces),
                )
            )
    return derived


def derive_floors(claims: Sequence[Claim], ctx: CheckContext) -> list[Claim]:
    """Implied floors for metrics with `floor_of`: "at least 78 bodies recovered" is at least 78
    dead, compared with the toll as a figure said (a shipwreck's toll is its bodies at first)."""
    out = []
    for c in claims:
        rule = ctx.rules.metrics.get(c.metric)
        if rule is None or rule.floor_of is None or c.period == "daily" or c.derived_from:
            continue
        if not isinstance(c.value, (int, float)):
            continue
        low = c.low if c.low is not None else float(c.value)
        out.append(
            replace_claim(
                c,
                id=c.id + "-floor",
                # what a message shows of it: "4 [4 bodies recovered]", not the whole sentence
                quote=f"{fmt_number(c.value)} {ctx.metric_label(c.metric)}",
                metric=rule.floor_of,
                qualifier="at_least",
                low=low,
                high=None,
                derived_from=(c.id,),
            )
        )
    return out


GroupKey = tuple[str, str | None, bool, str | None]  # metric, subject, daily, claimant if owner unknown


def tally_groups(
    claims: Iterable[Claim], ctx: CheckContext, own: AbstractSet[str] | None = None
) -> dict[GroupKey, list[Claim]]:
    """The dated figures that are compared with one another, implied sums included.

    Also what the HTML report draws, one timeline per group, so a chart shows what the check saw.
    """
    quantities = compared(claims)
    # one incident's toll ("a strike killed nine") is not the event's running total, unless it may be
    # the first report of the event the corpus is about ("a massive explosion killed 78", then "the
    # toll from Monday's explosion rose to 92")
    first = own_event_tolls(quantities) if own is None else own
    counted = [c for c in quantities if c.event not in INCIDENTS or c.id in first]
    nouns = frozenset(m.id for m in ctx.rules.metrics.values() if m.noun and not m.owned)
    # a city the rules place inside a country ("in the Thai capital, Bangkok") is no whole that the
    # article's unplaced count could be a part of: that count is the story's own
    inner = {f"in:{key}" for key, place in ctx.rules.places.items() if place.parent}
    counted = lone_named_fire(reporting_places(counted))  # "Cao Bang has reported 29 deaths"
    unplaced = unplaced_parts(counted, inner) | thing_parts(counted, nouns)
    counted, apart = one_country([c for c in counted if c.id not in unplaced], ctx)
    counted = same_figure(counted)
    quantities = _fill_subjects(
        [replace_claim(c, event=None) if c.id in first else c for c in counted], ctx, apart
    )
    quantities += derive_sums(quantities, ctx)
    quantities += derive_floors(quantities, ctx)
    groups: dict[GroupKey, list[Claim]] = defaultdict(list)
    for c in quantities:
        if c.as_of is not None:
            groups[(c.metric, c.subject, c.period == "daily", _owner_unknown(c, ctx))].append(c)
    return groups


def compared(claims: Iterable[Claim]) -> list[Claim]:
    # "thousands of buildings", "dozens killed": a description, not a tally to hold others to
    return [
        c
        for c in claims
        if c.kind == "quantity" and not c.negated and not (c.note and c.note.startswith(VAGUE_COUNT))
    ]


def incident_tolls(
    claims: Iterable[Claim], ctx: CheckContext, own: AbstractSet[str] | None = None
) -> list[tuple[str, str, list[Claim]]]:
    """(metric, incident name, tolls) for each incident several articles count (incidents.py): its
    tolls are compared among themselves, never with the event's totals. The HTML report does not
    draw them."""
    quantities = compared(claims)
    first = own_event_tolls(quantities) if own is None else own
    incidents = [c for c in quantities if c.event == INCIDENT and c.id not in first]
    totals = [c for c in quantities if c.event not in INCIDENTS or c.id in first]
    return incident_groups(incidents, totals, ctx)
