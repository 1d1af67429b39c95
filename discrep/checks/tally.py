"""tally: compare figures for the same metric and subject, as intervals over time.

Every figure is an interval: "498" is [498, 498]; "around 3,700" is 3,700 ± `approx_tolerance`
(10% by default); "more than 5,000" is [5,000, ∞); "up to 40" is [0, 40]; "between 300 and 400" is
[300, 400]. Figures are grouped by metric and subject: Russian dead and Ukrainian dead are never
compared. A figure with no subject joins the metric's only subject when there is exactly one.

Findings, for one metric and subject:

contradiction (default severity error)
    Two figures for the same day whose intervals do not meet; or, for a cumulative metric (a count
    that cannot go down), a later figure whose upper end is below an earlier figure's lower end,
    whoever said them (falls.py). A cumulative metric's figures of one day, some unattributed, that
    no two named sources give are its count at different hours ("almost 3,000 dead" in the morning,
    "past 7,200" by night), not a contradiction. Metrics with `sum_of` add implied figures first: one claimant's
    498 killed and 1,600 wounded on the same day in one article are 2,098 casualties, which cannot
    follow "more than 5,000 casualties" three days earlier. Figures of one day that all come from
    one article and at most one named source are that article updating its count ("five dead" at
    14:10 and "the toll rose to 10" at 18:45 in a live blog), not a contradiction; two sources
    named in one article still are.
evolving_tally (default warning)
    One claimant's cumulative figures rising over several days, all consistent: a running tally,
    not a disagreement between outlets. It is shown so a reader knows which figure is the latest.
agreement (default info)
    Figures from different articles for the same day that agree.

A round figure of thousands ("10,000 missing") takes the approximate tolerance: it is a rounded one.
A vague plural ("thousands of buildings") is listed with the note "vague count: not compared" and
never compared.

Options (rules/checks.yaml, `checks.tally`): `approx_tolerance`, `exact_tolerance` (fractions).
Daily figures ("in the past 24 hours") are compared only with daily figures for the same day.
The toll of one incident ("a missile strike killed nine", "the attack on the TV tower, which killed
five") is listed as a claim with event "incident" but never compared with the event's totals, unless
it reads as the first report of the corpus's own event: no later than the first total and not above
it ("a massive explosion killed 78", then "the toll from Monday's explosion rose to 92"). One told
"in a separate incident" never is.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from discrep.checks.base import CheckContext, fmt_number, level, listing, who
from discrep.checks.falls import falls
from discrep.extract.tally_figures import VAGUE_COUNT
from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.model import Claim, Finding, FindingKind, Severity, replace_claim
from discrep.ruleset import Check

RULE = "tally"
INCIDENT = "incident"
_INCIDENTS = frozenset((INCIDENT, "separate incident"))  # "in a separate incident": never the corpus's
_DEFAULT_LEVEL: dict[FindingKind, Severity] = {
    "contradiction": "error",
    "evolving_tally": "warning",
    "agreement": "info",
    "venue_conflict": "error",
    "date_conflict": "error",
}


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


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _fill_subjects(claims: list[Claim], ctx: CheckContext) -> list[Claim]:
    """A count with no subject takes the metric's only subject, where that is safe.

    A count of things with no owner named ("314 tanks") takes the only owner named elsewhere. A count
    of people takes only a place ("the toll reached 26,900" joins "the toll in Gaza"), never a side:
    an unnamed "five people killed" is not the army's dead; and never a place that is only a part of
    what an article counts (see _breakdowns). Where the corpus names no side and no
    place for the metric, only "people" and its parts (rules: part_of), a count with no subject is a
    count of people ("the death toll rose to 16" beside "23 people died" and "14 children").
    """
    subjects: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.subject:
            subjects[c.metric].add(c.subject)
    breakdowns = _breakdowns(claims)

    parts = {s.id for s in ctx.rules.subjects.values() if s.part_of == GENERIC_PEOPLE}
    wholes = {metric: named - parts for metric, named in subjects.items()}

    def filled(c: Claim) -> str | None:
        metric = ctx.rules.metrics.get(c.metric)
        if metric is None:
            return None
        if metric.noun:
            known = subjects[c.metric] if c.subject is None else set()
        else:
            unplaced = c.subject is None or c.subject == GENERIC_PEOPLE
            known = {s for s in subjects[c.metric] if s.startswith("in:")} if unplaced else set()
            if len(known) == 1 and (c.metric, next(iter(known))) in breakdowns:
                return None
            if not known and c.subject is None and wholes.get(c.metric) == {GENERIC_PEOPLE}:
                # "the death toll rose to 16" beside "23 people died", and no side named anywhere
                # (the children among them are a part, not a side)
                known = {GENERIC_PEOPLE}
        return next(iter(known)) if len(known) == 1 else None

    # the subject filled in depends on the metric and the subject only: worked out once per pair
    fills: dict[tuple[str, str | None], str | None] = {}
    for c in claims:
        if (c.metric, c.subject) not in fills:
            fills[(c.metric, c.subject)] = filled(c)
    return [
        replace_claim(c, subject=subject) if (subject := fills[(c.metric, c.subject)]) else c for c in claims
    ]


def _breakdowns(claims: list[Claim]) -> set[tuple[str, str]]:
    """(metric, place) pairs where the place is a part of what is counted, not where it all happens:
    an article that gives the place's figure also gives a larger one of the metric elsewhere ("902
    dead" nationwide, then "in Donetsk and Luhansk regions, 285 killed")."""
    placed: dict[tuple[str, str, str], float] = {}  # (metric, place, article) -> its highest figure
    other: dict[tuple[str, str], list[tuple[str | None, float]]] = defaultdict(list)  # (metric, article)
    for c in claims:
        if not isinstance(c.value, (int, float)):
            continue
        if c.subject and c.subject.startswith("in:"):
            key = (c.metric, c.subject, c.path)
            placed[key] = max(placed.get(key, 0.0), float(c.value))
        other[(c.metric, c.path)].append((c.subject, float(c.value)))
    return {
        (metric, place)
        for (metric, place, path), highest in placed.items()
        if any(subject != place and value > highest for subject, value in other[(metric, path)])
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


GroupKey = tuple[str, str | None, bool, str | None]  # metric, subject, daily, claimant if owner unknown


def tally_groups(claims: Iterable[Claim], ctx: CheckContext) -> dict[GroupKey, list[Claim]]:
    """The dated figures that are compared with one another, implied sums included.

    Also what the HTML report draws, one timeline per group, so a chart shows what the check saw.
    """
    # "thousands of buildings", "dozens killed": a description, not a tally to hold others to
    quantities = [
        c
        for c in claims
        if c.kind == "quantity" and not c.negated and not (c.note and c.note.startswith(VAGUE_COUNT))
    ]
    # one incident's toll ("a strike killed nine") is not the event's running total, unless it may be
    # the first report of the event the corpus is about ("a massive explosion killed 78", then "the
    # toll from Monday's explosion rose to 92")
    first = _first_reports(quantities)
    counted = [c for c in quantities if c.event not in _INCIDENTS or c.id in first]
    quantities = _fill_subjects([replace_claim(c, event=None) if c.id in first else c for c in counted], ctx)
    quantities += derive_sums(quantities, ctx)
    groups: dict[GroupKey, list[Claim]] = defaultdict(list)
    for c in quantities:
        if c.as_of is not None:
            groups[(c.metric, c.subject, c.period == "daily", _owner_unknown(c, ctx))].append(c)
    return groups


def _first_reports(quantities: list[Claim]) -> set[str]:
    """The incident tolls that read as the first reports of the corpus's own event: a count of people
    (no side, no place) no later than the first of the metric's other such counts, and not above
    any of them, so that taking it into the running total can add a step but never a contradiction.
    A strike that killed five, told beside a war's toll, is dated later or counts fewer than its
    earliest total, or both, and stays apart."""
    earliest: dict[str, dt.date] = {}
    lowest: dict[str, float] = {}
    for c in quantities:
        if (
            c.event not in _INCIDENTS
            and c.subject in (None, GENERIC_PEOPLE)
            and c.as_of is not None
            and c.period != "daily"
        ):
            earliest[c.metric] = min(earliest.get(c.metric, dt.date.max), c.as_of)
            low = c.low if c.low is not None else float(c.value) if isinstance(c.value, (int, float)) else 0.0
            lowest[c.metric] = min(lowest.get(c.metric, math.inf), low)
    first: set[str] = set()
    for c in quantities:
        if (
            c.event == INCIDENT
            and c.metric in earliest
            and c.subject in (None, GENERIC_PEOPLE)
            and c.as_of is not None
            and c.as_of < earliest[c.metric]
            and isinstance(c.value, (int, float))
            and (c.high if c.high is not None else float(c.value)) <= lowest[c.metric]
        ):
            first.add(c.id)
    return first


def check(claims: Iterable[Claim], ctx: CheckContext) -> list[Finding]:
    settings = ctx.rules.checks.get(RULE)
    if settings is None or not settings.enabled:
        return []
    approx = float(settings.options.get("approx_tolerance", 0.1))
    exact = float(settings.options.get("exact_tolerance", 0.0))
    groups = tally_groups(claims, ctx)
    findings: list[Finding] = []
    for (metric_id, subject, daily, _), members in sorted(groups.items(), key=lambda kv: str(kv[0])):
        metric = ctx.rules.metrics.get(metric_id)
        cumulative = bool(metric and metric.cumulative) and not daily
        bounds = {c.id: interval(c, approx, exact) for c in members}
        members.sort(key=lambda c: (c.as_of or dt.date.min, bounds[c.id][0], c.id))
        emit = _Emitter(ctx, metric_id, subject, settings)
        contradicted = _same_day(members, bounds, emit, cumulative)
        if cumulative:
            fallen: set[str] = set()
            found = falls(members, bounds, emit, fallen)
            # the figures a later one fell below still rose to where they were: "8, then 12, then
            # 15" is a running tally though a fourth source later says 14
            _evolving(members, bounds, contradicted | fallen, emit)
            contradicted |= found
        _agreements(members, bounds, contradicted, emit)
        findings.extend(emit.findings)
    return findings


class _Emitter:
    """Builds findings for one group, expanding implied figures into the claims they came from."""

    def __init__(self, ctx: CheckContext, metric: str, subject: str | None, settings: Check) -> None:
        self.ctx = ctx
        self.metric = metric
        self.subject = subject
        self.settings = settings
        self.findings: list[Finding] = []

    def __call__(self, kind: FindingKind, claims: Sequence[Claim], message: str) -> None:
        ids: dict[str, None] = {}  # ordered and without repeats
        for c in claims:
            for claim_id in c.derived_from or (c.id,):
                ids.setdefault(claim_id)
        self.findings.append(
            Finding(
                rule=RULE,
                kind=kind,
                severity=level(self.settings, kind, _DEFAULT_LEVEL[kind]),
                metric=self.metric,
                subject=self.subject,
                claims=tuple(ids),
                message=message,
            )
        )

    def describe(self, c: Claim) -> str:
        return f"{self.ctx.value_label(c, words=True)} on {c.as_of} ({who(c, self.ctx)})"

    @property
    def what(self) -> str:
        label = self.ctx.metric_label(self.metric)
        return f"{label} ({self.ctx.subject_label(self.subject)})" if self.subject else label


def _same_day(
    members: list[Claim], bounds: dict[str, tuple[float, float]], emit: _Emitter, cumulative: bool
) -> set[str]:
    flagged: set[str] = set()
    by_day: dict[dt.date | None, list[Claim]] = defaultdict(list)
    for c in members:
        by_day[c.as_of].append(c)
    for day, claims in by_day.items():
        clash = _clashing(claims, bounds)
        if len(clash) >= 2 and not _one_voice(clash) and not (cumulative and _updates(clash)):
            flagged |= {c.id for c in clash}
            sides = listing(clash, emit.describe)
            emit("contradiction", clash, f"{emit.what} on {day}: figures do not agree: {sides}")
    return flagged


def _one_voice(claims: list[Claim]) -> bool:
    """Figures of one day from one article and one source at most: the article updating its own
    count ("five dead" at 14:10, "the toll rose to 10" at 18:45 in a live blog; "up from five earlier
    in the day"), not sources at odds. One source may be named two ways in an article ("the county
    sheriff", "Sheriff Robert Luna": a word in common); two sources in one article still disagree."""
    if len({c.path for c in claims}) != 1:
        return False
    named = [set(_NAME_WORD.findall(n.lower())) for n in {c.claimant for c in claims if c.claimant}]
    return not named or all(named[0] & words for words in named[1:])


def _updates(claims: list[Claim]) -> bool:
    """A running count's figures of one day, some unattributed, that no two named sources give: the
    count as it stood at different hours ("almost 3,000 dead" in the morning, "past 7,200" by the
    evening; the agency's 2,921 at noon, then "4,500 dead"), not sources at odds. Two named sources
    are at odds; so are two outlets that quote one source with different figures for the day."""
    named = {c.claimant for c in claims if c.claimant}
    return len(named) < 2 and any(c.claimant is None for c in claims)


_NAME_WORD = re.compile(r"[a-z]{4,}")  # words of a source's name, its id's parts ("russian_mod") too


def _clashing(claims: list[Claim], bounds: dict[str, tuple[float, float]]) -> list[Claim]:
    """The claims whose interval misses at least one other claim's interval.

    An interval misses another exactly when the other starts above its end or ends below its
    start, so comparing with the highest start and the lowest end of the day is enough: linear,
    where comparing every pair is quadratic in a day with thousands of figures.
    """
    if any(bounds[c.id][0] > bounds[c.id][1] for c in claims):  # never built, but stay exact if so
        return [
            c for c in claims if any(not _meet(bounds[c.id], bounds[o.id]) for o in claims if o.id != c.id)
        ]
    highest_low = max(bounds[c.id][0] for c in claims)
    lowest_high = min(bounds[c.id][1] for c in claims)
    return [c for c in claims if highest_low > bounds[c.id][1] or lowest_high < bounds[c.id][0]]


def _rising(claims: list[Claim]) -> list[dt.date] | None:
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


def _steps(claims: list[Claim], days: list[dt.date], ctx: CheckContext) -> str:
    """'1,114 (Feb 28) → 1,325 (Mar 1)': the highest figure given for each day, the count as the day
    left it (a live blog's five dead at 14:10 and ten at 18:45 are ten that day)."""
    highest: dict[dt.date, Claim] = {}
    for c in claims:  # in order: of equal figures, the first given
        if c.as_of is not None and (c.as_of not in highest or float(c.value) > float(highest[c.as_of].value)):
            highest[c.as_of] = c
    return " → ".join(f"{ctx.value_label(highest[day], words=True)} ({day:%b} {day.day})" for day in days)


def _evolving(
    members: list[Claim], bounds: dict[str, tuple[float, float]], contradicted: set[str], emit: _Emitter
) -> None:
    """One claimant's figures rising over days; failing that, all sources' figures rising together."""
    # one claimant's own series keeps a figure someone else contradicts: it is still their tally
    series: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        if c.claimant and not c.derived_from:
            series[c.claimant].append(c)
    candidates = [c for c in members if c.id not in contradicted and not c.derived_from]
    found = False
    for claimant, claims in sorted(series.items()):
        days = _rising(claims)
        if days is None:
            continue
        found = True
        emit(
            "evolving_tally",
            claims,
            f"{emit.what}: {emit.ctx.claimant_label(claimant)}'s running tally rises "
            f"{_steps(claims, days, emit.ctx)}; the latest figure supersedes the earlier ones.",
        )
    # a toll that climbs from day to day as different officials and outlets report it is still one
    # running tally, not a disagreement
    days = None if found or len({c.path for c in candidates}) < 2 else _rising(candidates)
    if days is not None:
        emit(
            "evolving_tally",
            candidates,
            f"{emit.what}: the reported figure rises {_steps(candidates, days, emit.ctx)} across sources; "
            "the latest figure supersedes the earlier ones.",
        )


def _agreements(
    members: list[Claim], bounds: dict[str, tuple[float, float]], contradicted: set[str], emit: _Emitter
) -> None:
    by_day: dict[dt.date | None, list[Claim]] = defaultdict(list)
    for c in members:
        if c.id not in contradicted and not c.derived_from:
            by_day[c.as_of].append(c)
    for day, claims in by_day.items():
        # intervals that meet pairwise share a point: the highest start is below the lowest end
        if len({c.path for c in claims}) >= 2 and max(bounds[c.id][0] for c in claims) <= min(
            bounds[c.id][1] for c in claims
        ):
            figures = listing(
                claims, lambda c: f"{emit.ctx.value_label(c, words=True)} ({c.outlet or c.path})", ", "
            )
            emit("agreement", claims, f"{emit.what} on {day}: sources agree: {figures}")
