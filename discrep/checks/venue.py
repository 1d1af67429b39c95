"""venue: where an event takes place, compared through the gazetteer's parent chain.

For each event (a numbered round of talks, or a meeting between named people), the venue claims of
all articles are compared:

venue_conflict (default severity error)
    Two sources name places for the same event and neither place contains the other (Gomel and
    Brest region), or one source names a place and another denies it ("that is not true, the talks
    will be in another venue"), including a place inside the denied one. A place not in the
    gazetteer is compared by its name, and the finding takes `unknown_place_severity` (default
    info), since we cannot tell whether one contains the other. When only one of the places is
    said to be where the event happened and the others are plans or rumours (expected, hedged), the
    finding takes `plan_vs_held_severity` (default warning), as a plan that moved. A place told
    as one of several ("in either Doha or Cairo") conflicts only when none of its options fits.
    A building (event_sites.py) lies inside the place its sentence names; two buildings never
    contain each other. Conflicts that are sure are told without the places in doubt beside
    them; a conflict of cities and one of buildings in the same city are two findings (Prague
    against Geneva; the InterContinental against Villa La Grange, both in Geneva), and a place
    around another of the same side is left out (Prague against Geneva, not against Switzerland).
agreement (default info)
    Places for the same event from different articles that contain one another (Belarus and
    Gomel; Brest region and Belovezhskaya Pushcha).

Talks between different parties (US-Russia, US-Ukraine) are different events, never compared;
talks whose parties a report does not name are compared with each (event_parties.py).
Talks whose round could not be told are listed as claims but never compared; in a corpus that
numbers no round, they are grouped into sessions by their days first (rounds.py) and compared.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from discrep.checks.base import CheckContext, agreement, by_event, level, listing, who
from discrep.extract.event_parties import parties_label, party_groups
from discrep.extract.event_sites import SITE, is_site, same_site, site_parent
from discrep.extract.event_telling import ALTERNATIVES
from discrep.model import Claim, Finding
from discrep.ruleset import Check

RULE = "venue"


def _label(claim: Claim, ctx: CheckContext) -> str:
    place = ctx.rules.places.get(str(claim.value))
    if place is not None:
        return place.label
    return ctx.value_label(claim) if is_site(claim.note) else str(claim.value)


def _chain(claim: Claim, ctx: CheckContext) -> list[str]:
    """The claim's place and every place around it, innermost first: a building (event_sites.py)
    lies inside the place its sentence names."""
    if is_site(claim.note):
        parent = site_parent(claim.note)
        return [str(claim.value), *(ctx.rules.ancestors(parent) if parent else ())]
    return ctx.rules.ancestors(str(claim.value))


def _within(inner: Claim, outer: Claim, ctx: CheckContext) -> bool:
    if is_site(outer.note):  # nothing lies inside a building but the building, however it is named
        return is_site(inner.note) and same_site(str(inner.value), str(outer.value))
    return str(outer.value) in _chain(inner, ctx)


def _compatible(a: Claim, b: Claim, ctx: CheckContext) -> bool:
    return _within(a, b, ctx) or _within(b, a, ctx)


def _options(claim: Claim) -> list[str] | None:
    """The places a claim was one of ("in either Doha or Cairo"), or None for a place told alone."""
    if claim.note and claim.note.startswith(ALTERNATIVES):
        return claim.note[len(ALTERNATIVES) :].split(", ")
    return None


def _one_option_fits(place: str, other: str, claims: list[Claim], ctx: CheckContext) -> bool:
    """Every claim of `place` was one of several places, one of which meets `other`: "Doha or Cairo"
    proposed, the talks then in Doha, is no conflict."""
    for c in claims:
        options = _options(c)
        if options is None:
            return False
        if not any(
            o == other or o in ctx.rules.ancestors(other) or other in ctx.rules.ancestors(o) for o in options
        ):
            return False
    return True


def _side(claim: Claim, ctx: CheckContext) -> str:
    stance = (
        "denies"
        if claim.negated
        else {"asserted": "says", "expected": "expects", "hedged": "reports, hedged,"}[claim.modality]
    )
    return f"{who(claim, ctx)} {stance} {_label(claim, ctx)} ({claim.path}:{claim.line})"


def check(claims: Iterable[Claim], ctx: CheckContext) -> list[Finding]:
    settings = ctx.rules.checks.get(RULE)
    if settings is None or not settings.enabled:
        return []
    claims = list(claims)
    findings: list[Finding] = []
    days = _days_told(claims)
    for event, grouped in by_event(claims, "venue"):
        # talks between other parties are another event (extract/event_parties.py)
        for parties, between in party_groups(grouped):
            for members in _occasions(event, between, days):
                findings.extend(_check_event(event, members, ctx, settings, parties))
    return findings


OCCASION_GAP = 7  # days: a meeting's venues told for days further apart than this are two meetings


def _days_told(claims: list[Claim]) -> dict[tuple[str, int], str]:
    """The first day each sentence gives its event, by (path, sentence)."""
    days: dict[tuple[str, int], str] = {}
    for c in claims:
        if c.kind == "date" and not c.negated and isinstance(c.value, str):
            key = (c.path, c.sentence)
            days[key] = min(days.get(key, c.value), c.value)
    return days


def _occasions(event: str, members: list[Claim], days: dict[tuple[str, int], str]) -> list[list[Claim]]:
    """A meeting or summit (talks have rounds and sessions for this) told with days weeks apart is
    two occasions of it: "the foreign ministers met in Antalya" on the 10th and "will meet in Vienna"
    a month on are not at odds. Venues told with no day join the one occasion, if there is one."""
    if event.startswith("talks"):
        return [members]
    dated = sorted(
        (
            (dt.date.fromisoformat(days[(c.path, c.sentence)]), i)
            for i, c in enumerate(members)
            if (c.path, c.sentence) in days
        )
    )
    groups: list[list[int]] = []
    previous: dt.date | None = None
    for day, i in dated:
        if previous is None or (day - previous).days > OCCASION_GAP:
            groups.append([])
        groups[-1].append(i)
        previous = day
    if len(groups) <= 1:
        return [members]
    return [[members[i] for i in sorted(group)] for group in groups]


def _check_event(
    event: str, members: list[Claim], ctx: CheckContext, settings: Check, parties: str | None = None
) -> list[Finding]:
    findings: list[Finding] = []
    positive = [c for c in members if not c.negated]
    denied = [c for c in members if c.negated]
    clash: dict[str, Claim] = {}  # by id, in the order found
    # _within(p, d) depends on the two places only: look each place's ancestors up once
    ancestors = {str(p.value): _chain(p, ctx) for p in positive}
    # positions of the positive claims for each place: grouped once, not filtered per place
    at_place: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(positive):
        at_place[str(p.value)].append(i)
    hits: dict[str, list[Claim]] = {}  # denied place -> the positive claims within it
    for d in denied:
        place = str(d.value)
        if place not in hits:
            within = sorted(i for q, found in at_place.items() if place in ancestors[q] for i in found)
            hits[place] = [positive[i] for i in within]
            new = True
        else:
            new = False
        hit = hits[place]
        if hit:
            clash.setdefault(d.id, d)
            if new:  # the same claims again add nothing: each is in clash already
                clash.update((p.id, p) for p in hit if p.id not in clash)
    # compare each pair of distinct places once, not each pair of claims
    places = sorted(at_place)
    paths = {place: {positive[i].path for i in found} for place, found in at_place.items()}
    # a place we cannot place (unknown, or a building whose place is not told) may lie inside the
    # other: its conflicts are in doubt, unless both are buildings (never one inside the other)
    doubtful = {
        place: any(c.note == "unknown place" or c.note == SITE for c in (positive[j] for j in found))
        for place, found in at_place.items()
    }
    building = {place: is_site(positive[found[0]].note) for place, found in at_place.items()}
    # a building whose city some report names as a place is told through that city: "InterContinental
    # (Geneva)" against Prague is Geneva against Prague, and the buildings are compared on their own
    represented = {
        place
        for place in at_place
        if building[place] and any(q in at_place and not building[q] for q in ancestors[place][1:])
    }
    certain: dict[str, None] = {}  # places in a conflicting pair, in the order met
    buildings: dict[str, None] = {}  # two buildings at odds, of one city or none
    in_doubt: dict[str, None] = {}
    for i, a_place in enumerate(places):
        for b_place in places[i + 1 :]:
            first_a, first_b = positive[at_place[a_place][0]], positive[at_place[b_place][0]]
            # two articles at least: one article naming two places is not a conflict
            one_article = len(paths[a_place]) == 1 and paths[a_place] == paths[b_place]
            if (
                one_article
                or _compatible(first_a, first_b, ctx)
                or _one_option_fits(a_place, b_place, [positive[j] for j in at_place[a_place]], ctx)
                or _one_option_fits(b_place, a_place, [positive[j] for j in at_place[b_place]], ctx)
            ):
                continue
            if building[a_place] and building[b_place]:
                buildings.update({a_place: None, b_place: None})
            elif a_place in represented or b_place in represented:
                continue
            elif doubtful[a_place] or doubtful[b_place]:
                in_doubt.update({a_place: None, b_place: None})
            else:
                certain.update({a_place: None, b_place: None})
    name = ctx.event_label(event) + parties_label(parties, ctx.rules.parties)
    # a conflict that is sure is told alone: a place in doubt beside it would only blur it
    groups = [g for g in (certain, buildings) if g] or ([in_doubt] if in_doubt or clash else [])
    for n, clashing in enumerate(groups):
        # Prague against Geneva and Switzerland is Prague against Geneva: a place around another
        # of the same side agrees with it, and naming both would set them at odds
        clashing = {
            place: None
            for place in clashing
            if not any(q != place and place in ancestors[q][1:] for q in clashing)
        }
        unknown = not certain and not buildings
        told = dict(clash) if n == 0 else {}  # the denials go with the first
        for place in clashing:  # each place's claims once, however many places it conflicts with
            told.update((c.id, c) for c in (positive[j] for j in at_place[place]) if c.id not in told)
        severity = (
            level(settings, "unknown_place_severity", "info")
            if unknown and not denied
            else level(settings, "venue_conflict", "error")
        )
        # one place said to be where it happened, the others only planned or rumoured: a plan
        # that moved (one side said Muscat would host again; the round then sat in Rome)
        held = {
            place for place in clashing if any(positive[j].modality == "asserted" for j in at_place[place])
        }
        if not denied and not unknown and len(held) == 1 and len(held) < len(clashing):
            severity = level(settings, "plan_vs_held_severity", "warning")
        findings.append(
            Finding(
                RULE,
                "venue_conflict",
                severity,
                "venue",
                tuple(told),
                f"{name}: " + listing(list(told.values()), lambda c: _side(c, ctx)),
                event=event,
            )
        )
    if not groups and len({c.path for c in positive}) >= 2:
        message = f"{name}: sources agree: " + listing(positive, lambda c: _side(c, ctx))
        findings.append(agreement(RULE, settings, "venue", positive, message, event))
    return findings
