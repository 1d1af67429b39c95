"""date: when an event takes place, compared as calendar days.

For each event (a numbered round of talks, or a meeting between named people):

date_conflict (default severity error)
    Sources give different days for the same event: the second round "on Wednesday" (Mar 2) in
    one article, "Thursday" or "March 3" in others. When one side is only a plan or a rumour
    (expected, hedged) and the other says the event happened, the finding takes
    `plan_vs_held_severity` (default warning): a plan that slipped is still a discrepancy, and the
    message says which side was the plan.
agreement (default info)
    Different articles give the same day.

Meetings of different people on the same days are different events and are never compared, nor
are talks between different parties (US-Russia in Riyadh, US-Ukraine in Jeddah: their parties ride
on the claims, extract/event_parties.py; talks whose parties a report does not name are compared
with each), nor talks whose round could not be told. Days given as options of one plan ("on 14 or
15 August") are compared only beside a day told alone, and an open choice ("Friday, Saturday, or
Sunday, depending on ...", hedged) not even with a day among its options. Talks in a corpus that
numbers no round are grouped into sessions by their days (rounds.py); a session said to be held on
two days or more is one sitting that went on, and its days are not compared, nor is a plan for a
later day in an article that says the session was held ("concluded for today ... may continue tomorrow").
The day a kind of event with no rounds (consultations, a conference) is told to have ended ("the
consultations concluded without agreement, the head of the delegation said on Sunday") is compared
with the days others give its end only ("end of consultations"), never with the day it opened; so
is the day talks are told to have ended on ("two days of talks in Doha ended on Friday", after a
plan for Thursday): talks may run for days.
"""

from __future__ import annotations

from collections.abc import Iterable

from discrep.checks.base import CheckContext, agreement, by_event, level, listing, who
from discrep.extract.event_parties import parties_label, party_groups
from discrep.extract.event_telling import ALTERNATIVES, ENDED
from discrep.extract.rounds import SESSION
from discrep.model import Claim, Finding
from discrep.ruleset import Check

RULE = "date"


def _side(claim: Claim, ctx: CheckContext) -> str:
    kind = {"asserted": "held/asserted", "expected": "planned", "hedged": "rumoured"}[claim.modality]
    return f"{claim.value} ({kind}; {who(claim, ctx)}; {claim.path}:{claim.line})"


def _without_continuations(members: list[Claim]) -> list[Claim]:
    """Talks an article says were held on a day, and may go on the day after ("concluded for today;
    whether they continue tomorrow is not confirmed"): the later plan is the same sitting going on."""
    held: dict[str, str] = {}
    for c in members:
        if c.modality == "asserted":
            held[c.path] = min(held.get(c.path, str(c.value)), str(c.value))
    return [
        c for c in members if c.modality == "asserted" or c.path not in held or str(c.value) <= held[c.path]
    ]


def check(claims: Iterable[Claim], ctx: CheckContext) -> list[Finding]:
    settings = ctx.rules.checks.get(RULE)
    if settings is None or not settings.enabled:
        return []
    findings: list[Finding] = []
    for event, grouped in by_event(claims, "date"):
        # talks between other parties are another event (extract/event_parties.py)
        for parties, between in party_groups(grouped):
            # the day an event is told to have ended is compared with other ends only, not with
            # the day it opened ("opened on Saturday", "ended ..., officials said on Sunday")
            ends = [c for c in between if c.note == ENDED]
            if ends:
                findings.extend(_check_event(event, ends, ctx, settings, parties, "end of "))
                between = [c for c in between if c.note != ENDED]
            findings.extend(_check_event(event, between, ctx, settings, parties))
    return findings


def _options(claim: Claim) -> set[str] | None:
    """The days a claim was one of ("on Friday, Saturday, or Sunday"), or None for a day told alone."""
    if claim.note and claim.note.startswith(ALTERNATIVES):
        return set(claim.note[len(ALTERNATIVES) :].split(", "))
    return None


def _without_fitting_options(members: list[Claim]) -> list[Claim]:
    """Days told as options of one plan ("on 14 or 15 August") tell no day alone: with no day told
    alone they are not compared. A plan left open ("Friday, Saturday, or Sunday, depending on the
    delegations' availability": hedged) does not conflict with a day among its options; a schedule
    that names two days ("slated for 14 or 15 August") is still at odds with the day it was."""
    fixed = {str(c.value) for c in members if _options(c) is None}
    return [
        c
        for c in members
        if (found := _options(c)) is None or (fixed and not (c.modality == "hedged" and found & fixed))
    ]


def _check_event(
    event: str, grouped: list[Claim], ctx: CheckContext, settings: Check, parties: str | None, what: str = ""
) -> list[Finding]:
    members = _without_fitting_options([c for c in grouped if not c.negated])
    if event.startswith(SESSION):
        members = _without_continuations(members)
    if not members:
        return []
    name = what + ctx.event_label(event) + parties_label(parties, ctx.rules.parties)
    days = sorted({str(c.value) for c in members})
    if len(days) < 2:
        if len({c.path for c in members}) >= 2:
            message = f"{name}: sources agree on {days[0]}"
            return [agreement(RULE, settings, "date", members, message, event)]
        return []
    sides: dict[str, list[Claim]] = {day: [] for day in days}
    for c in members:
        sides[str(c.value)].append(c)
    held = [day for day, cs in sides.items() if any(c.modality == "asserted" for c in cs)]
    if event.startswith(SESSION) and len(held) >= 2:
        return []  # talks no article numbers, held on several days: one sitting went on
    severity = level(settings, "date_conflict", "error")
    if len(held) <= 1 and len(held) < len(days):
        severity = level(settings, "plan_vs_held_severity", "warning")
    message = f"{name}: sources give {len(days)} different days: " + " vs ".join(
        listing(sides[day], lambda c: _side(c, ctx)) for day in days
    )
    return [
        Finding(RULE, "date_conflict", severity, "date", tuple(c.id for c in members), message, event=event)
    ]
