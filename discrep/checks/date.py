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
are talks whose round could not be told. Talks in a corpus that numbers no round are grouped into
sessions by their days (rounds.py); a session said to be held on two days or more is one sitting
that went on, and its days are not compared, nor is a plan for a later day in an article that says
the session was held ("concluded for today ... may continue tomorrow").
"""

from __future__ import annotations

from collections.abc import Iterable

from discrep.checks.base import CheckContext, agreement, by_event, level, listing, who
from discrep.extract.rounds import SESSION
from discrep.model import Claim, Finding

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
        members = [c for c in grouped if not c.negated]
        if event.startswith(SESSION):
            members = _without_continuations(members)
        if not members:
            continue
        name = ctx.event_label(event)
        days = sorted({str(c.value) for c in members})
        if len(days) >= 2:
            sides: dict[str, list[Claim]] = {day: [] for day in days}
            for c in members:
                sides[str(c.value)].append(c)
            held = [day for day, cs in sides.items() if any(c.modality == "asserted" for c in cs)]
            if event.startswith(SESSION) and len(held) >= 2:
                continue  # talks no article numbers, held on several days: one sitting went on
            severity = level(settings, "date_conflict", "error")
            if len(held) <= 1 and len(held) < len(days):
                severity = level(settings, "plan_vs_held_severity", "warning")
            message = f"{name}: sources give {len(days)} different days: " + " vs ".join(
                listing(sides[day], lambda c: _side(c, ctx)) for day in days
            )
            findings.append(
                Finding(
                    RULE,
                    "date_conflict",
                    severity,
                    "date",
                    tuple(c.id for c in members),
                    message,
                    event=event,
                )
            )
        elif len({c.path for c in members}) >= 2:
            message = f"{name}: sources agree on {days[0]}"
            findings.append(agreement(RULE, settings, "date", members, message, event))
    return findings
