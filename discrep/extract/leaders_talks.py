"""Talks or a meeting of the parties of a summit, on the summit's day, are that summit.

One summit is told many ways: "Trump and Putin will meet in Alaska on August 15" (a meeting of
named people), "the two presidents will hold their summit in Anchorage on Thursday" (the summit),
"Putin and Trump will hold talks at the base in Anchorage on Friday" (talks). A reader of the corpus
takes all three as one event, and so compares their days and places. So a talks or meeting
sentence whose parties are a summit's (both named, the same pair) and whose day is one that
another sentence gives that summit is about the summit: its claims, its place among them, take the
summit's event. Talks told as a numbered round ("the second round") stay a round; talks on any other
day stay talks; a corpus with no summit is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrep.model import Claim, replace_claim

# the events that may be a summit told as talks or a meeting: unnumbered talks, their sessions, and
# meetings of named people (not "talks/round-2", whose round is told)
_TALKS = ("talks", "talks/session-")
_MEETING = "meeting/"


def _may_be_the_summit(event: str | None) -> bool:
    return event is not None and (event == _TALKS[0] or event.startswith((_TALKS[1], _MEETING)))


def _summit_kind(event: str | None) -> bool:
    # a kind of event with no rounds, and no other occasion of it ("summit (next)", "summit in 2018")
    return event is not None and event not in _NOT_SUMMITS and "/" not in event and " " not in event


_NOT_SUMMITS = frozenset(("talks", "incident"))


def leaders_talks(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims, with the talks or meeting sentences of a summit's parties on its day moved to it."""
    days: dict[tuple[str, str], str] = {}  # (parties, day) -> the summit's event
    for c in claims:
        if (
            c.kind == "date"
            and not c.negated
            and c.subject
            and "+" in c.subject
            and isinstance(c.value, str)
            and _summit_kind(c.event)
        ):
            days.setdefault((c.subject, c.value), str(c.event))
    if not days:
        return claims
    moved: dict[tuple[str, int], str] = {}  # the sentences that tell of the summit as talks
    for c in claims:
        if (
            c.kind == "date"
            and not c.negated
            and isinstance(c.value, str)
            and c.subject is not None
            and _may_be_the_summit(c.event)
            and (summit := days.get((c.subject, c.value))) is not None
        ):
            moved[(c.path, c.sentence)] = summit
    if not moved:
        return claims
    return [
        replace_claim(c, event=moved[(c.path, c.sentence)])
        if (c.path, c.sentence) in moved and _may_be_the_summit(c.event)
        else c
        for c in claims
    ]
