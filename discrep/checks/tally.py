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
    "past 7,200" by night), not a contradiction. Metrics with `sum_of` add implied figures first: one
    claimant's 498 killed and 1,600 wounded on the same day in one article are 2,098 casualties, which cannot
    follow "more than 5,000 casualties" three days earlier. Figures of one day that all come from
    one article and at most one named source are that article updating its count ("five dead" at
    14:10 and "the toll rose to 10" at 18:45 in a live blog), not a contradiction; two sources
    named in one article still are.
    A figure more than `scale` (10) times below the one it would contradict counts something else (one
    country's cases beside a continent's, a week's beside a year's) and is not compared; an implied
    sum is held only to a figure said of the whole, never to another sum.
evolving_tally (default warning)
    One claimant's cumulative figures rising over several days, all consistent: a running tally,
    not a disagreement between outlets. It is shown so a reader knows which figure is the latest.
    One source named several ways ("Kyrylenko", "Governor Pavlo Kyrylenko") is one claimant. Other
    sources' figures that fit the series (not below its earlier figures, not above its later ones,
    within a week of it) are listed with it: "local officials" said 14,000 hectares between the
    prefecture's 10,000 and 19,300. Failing any one claimant's series, all sources' figures rising
    together are one. A corpus that gives a count for one day only, from several articles whose
    figures differ though no named source is set against another ("1,500 dead", "at least 2,000",
    "more than 5,000"), is told as the count rising within that day, lowest first.
agreement (default info)
    Figures from different articles for the same day that agree.

A figure its own source later revised down ("revised the toll down to 125 from 174, saying some were
counted twice") is left out of the comparisons wherever it was given on or before the revision's day:
it was withdrawn, and is no rival count (revised.py). It is still listed among the claims.

A round figure of thousands ("10,000 missing") takes the approximate tolerance: it is a rounded one.
A vague plural ("thousands of buildings") is listed with the note "vague count: not compared" and
never compared.

Options (rules/checks.yaml, `checks.tally`): `approx_tolerance`, `exact_tolerance` (fractions),
`scale` (how many times below, 10 by default, a figure counts something else).
Daily figures ("in the past 24 hours") are compared only with daily figures for the same day.
The toll of one incident ("a missile strike killed nine", "the attack on the TV tower, which killed
five") is listed as a claim with event "incident" but never compared with the event's totals, unless
it reads as the first report of the corpus's own event: no later than the first total and not above
it ("a massive explosion killed 78", then "the toll from Monday's explosion rose to 92"). One told
"in a separate incident" never is. The tolls of one incident that several articles count, within a
few days of one another, are compared among themselves (findings with event "incident"): "a strike
on the station in Chaplyne killed at least 22", then "the toll in Chaplyne has risen to 25" is that
incident's running toll (incidents.py says when two tolls are of one incident).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from discrep.checks.base import CheckContext, level, listing, who
from discrep.checks.falls import falls
from discrep.checks.incident_fit import INCIDENT, own_event_tolls
from discrep.checks.revised import withdrawn
from discrep.checks.same_day import Updates, same_day, told_updates
from discrep.checks.tally_across import bare_floors, moves, steps
from discrep.checks.tally_evolving import evolving, summed
from discrep.checks.tally_groups import compared, incident_tolls, interval, tally_groups
from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.model import Claim, Finding, FindingKind, Severity
from discrep.ruleset import Check

RULE = "tally"
_SCALE = 10  # how many times apart two figures of one count may be and still be compared
_DEFAULT_LEVEL: dict[FindingKind, Severity] = {
    "contradiction": "error",
    "evolving_tally": "warning",
    "agreement": "info",
    "venue_conflict": "error",
    "date_conflict": "error",
}


def check(claims: Iterable[Claim], ctx: CheckContext) -> list[Finding]:
    settings = ctx.rules.checks.get(RULE)
    if settings is None or not settings.enabled:
        return []
    approx = float(settings.options.get("approx_tolerance", 0.1))
    exact = float(settings.options.get("exact_tolerance", 0.0))
    # a figure its source later revised down ("down to 125 from 174") is no rival count (revised.py)
    gone = withdrawn(claims := list(claims))
    if gone:
        claims = [c for c in claims if c.id not in gone]
    # which incident tolls are the corpus's own running toll: asked once, for both kinds of group
    own = own_event_tolls(compared(claims))
    groups = tally_groups(claims, ctx, own)
    # "1,644 dead" in two articles of a day, of no place or a country: one update
    countries = {f"in:{key}" for key, place in ctx.rules.places.items() if not place.parent}
    updates = told_updates(claims, {None, GENERIC_PEOPLE, *countries})
    findings: list[Finding] = []
    for (metric_id, subject, daily, _), members in sorted(groups.items(), key=lambda kv: str(kv[0])):
        emit = Emitter(ctx, metric_id, subject, settings)
        emit.updates = updates
        _compare(members, daily, emit, approx, exact)
        findings.extend(emit.findings)
    for metric_id, name, members in incident_tolls(claims, ctx, own):
        emit = Emitter(ctx, metric_id, None, settings, incident=name)
        _compare(members, False, emit, approx, exact)
        findings.extend(emit.findings)
    return findings


def _compare(members: list[Claim], daily: bool, emit: Emitter, approx: float, exact: float) -> None:
    metric = emit.ctx.rules.metrics.get(emit.metric)
    cumulative = bool(metric and metric.cumulative) and not daily
    bounds = {c.id: interval(c, approx, exact) for c in members}
    members.sort(key=lambda c: (c.as_of or dt.date.min, bounds[c.id][0], c.id))
    contradicted = same_day(members, bounds, emit, cumulative, emit.updates)
    if cumulative:
        fallen: set[str] = set()
        found = falls(members, bounds, emit, fallen, contradicted)
        # the figures a later one fell below still rose to where they were: "8, then 12, then
        # 15" is a running tally though a fourth source later says 14
        evolving(members, bounds, contradicted | fallen, emit, fallen, contradicted)
        contradicted |= found
    elif not daily and metric is not None and metric.moving:
        _moving(members, bounds, contradicted, emit)
    _agreements(members, bounds, contradicted, emit)


def _moving(
    members: list[Claim], bounds: dict[str, tuple[float, float]], contradicted: set[str], emit: Emitter
) -> None:
    """A count that moves as one (rules: moving; the missing, the trapped, hostages) going one way
    from day to day across sources: 850 missing, then 66, then 31 as people are found, is one count
    as it moves, not a disagreement (a cumulative count's rise is _evolving's)."""
    dated = bare_floors([c for c in members if not c.derived_from and c.as_of is not None], bounds)
    moved = [c for c in dated if c.id not in contradicted]
    way = moves(moved, bounds)
    # a day's clashing figures (151 and 150 unaccounted for, at two hours) of a count that moves
    # without them are still where it stood that day: the clash is reported on its own
    if way is not None and contradicted and (clashed_way := moves(dated, bounds)) is not None:
        moved, way = dated, clashed_way
    if way is not None:
        how, days = way
        emit(
            "evolving_tally",
            moved,
            f"{emit.what}: the reported figure {how} "
            f"{steps(moved, days, emit.ctx)} across sources; the latest figure supersedes the earlier ones.",
        )


class Emitter:
    """Builds findings for one group, expanding implied figures into the claims they came from."""

    def __init__(
        self,
        ctx: CheckContext,
        metric: str,
        subject: str | None,
        settings: Check,
        incident: str | None = None,
    ) -> None:
        self.ctx = ctx
        self.metric = metric
        self.subject = subject
        self.settings = settings
        self.incident = incident  # the incident's name, when the figures are one incident's tolls
        self.findings: list[Finding] = []
        self.updates: Updates = {}  # (article, day) -> the exact tolls it gives (same_day.told_updates)
        # how many times below another a figure may be and still count the same thing
        self.scale = float(settings.options.get("scale", _SCALE))

    def __call__(self, kind: FindingKind, claims: Sequence[Claim], message: str) -> None:
        if all(summed(c) for c in claims):
            # sums against sums only ("157 killed + 202 wounded" against "157 + 197"): the parts'
            # own groups compare what differs; a sum is held only to a figure said of the whole
            return
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
                event=INCIDENT if self.incident else None,
                claims=tuple(ids),
                message=message,
            )
        )

    def describe(self, c: Claim) -> str:
        return f"{self.ctx.value_label(c, words=True)} on {c.as_of} ({who(c, self.ctx)})"

    @property
    def what(self) -> str:
        label = self.ctx.metric_label(self.metric)
        if self.incident:
            return f"{label} (the {self.incident.capitalize()} incident)"
        return f"{label} ({self.ctx.subject_label(self.subject)})" if self.subject else label


def _agreements(
    members: list[Claim], bounds: dict[str, tuple[float, float]], contradicted: set[str], emit: Emitter
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
