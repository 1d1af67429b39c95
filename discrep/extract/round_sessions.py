"""Talks in a corpus that numbers no round: sittings grouped into sessions by their days (rounds.py asks).

Talks to end a strike or a border dispute are often told with no ordinal: "talks on Tuesday", "set
for Wednesday", "a new round will be held in Amman shortly". Their days within SESSION_SLIP days
of each other are one session, named by its first day ("talks/session-2023-05-06"), and compared as
a round is. "A new round" near another article's sitting is that sitting told as new; in an article
that tells a session held, it is that session when told as done, and a later sitting, not compared,
when told as a plan.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from discrep.extract.event_telling import CALLED_OFF
from discrep.extract.round_gaps import UNNUMBERED, later_rounds
from discrep.model import Claim, replace_claim

NEXT_EVENT = "talks/next"  # "the next round" of an article that numbers none before it
SESSION = "talks/session-"  # talks in a corpus that numbers no round, by the first day of the session
SESSION_SLIP = 2  # days: dates this close are one session


def next_as_sessions(claims: Sequence[Claim]) -> Sequence[Claim]:
    """In a corpus that numbers no round, "a new round" dated within SESSION_SLIP days of other
    articles' dated talks is that session, told as new ("talks on Tuesday" in one report, "set for
    Wednesday" in another): it joins the unnumbered talks to be grouped by date. Undated, or dated
    apart from every other sitting, it stays the second round, as the first such reports meant."""
    others = {
        dt.date.fromisoformat(c.value)
        for c in claims
        if c.event == UNNUMBERED and c.kind == "date" and not c.negated and isinstance(c.value, str)
    }
    if not others:
        return claims
    near: set[tuple[str, int]] = {
        (c.path, c.sentence)
        for c in claims
        if c.event == NEXT_EVENT
        and c.kind == "date"
        and isinstance(c.value, str)
        and any(abs((dt.date.fromisoformat(c.value) - day).days) <= SESSION_SLIP for day in others)
    }
    # an article whose "new round" is only a plan ("set to meet in Doha on Thursday for a new round")
    # means that plan by its undated plans too ("... said it would not attend the talks in Doha"); one
    # that tells a new round held means another sitting by them (next_of_held_sessions)
    held = {c.path for c in claims if c.event == NEXT_EVENT and c.kind == "date" and c.modality == "asserted"}
    planned = {path for path, _ in near} - held
    return [
        replace_claim(c, event=UNNUMBERED)
        if (c.path, c.sentence) in near
        or (c.event == NEXT_EVENT and c.path in planned and c.modality != "asserted")
        else c
        for c in claims
    ]


def session_event(first_day: dt.date) -> str:
    return f"{SESSION}{first_day.isoformat()}"


def sessions(claims: Sequence[Claim]) -> Sequence[Claim]:
    """Where no article numbers a round (talks to end a strike, a border dispute), unnumbered talks
    are grouped into sessions by their dates, as rounds after the last known one are: days within
    SESSION_SLIP days of each other are one session (a plan, the day it moved to, the day it was
    held); talks "on March 29" and "resuming on Friday" are two. When the corpus dates one session
    only, its undated plans and denials ("denied that the talks would be in New York") are that
    session too; the rest stay unnumbered and are not compared."""
    days: dict[tuple[str, int], dt.date] = {}
    for c in claims:
        if c.event == UNNUMBERED and c.kind == "date" and not c.negated and isinstance(c.value, str):
            key = (c.path, c.sentence)
            days[key] = min(days.get(key, dt.date.max), dt.date.fromisoformat(c.value))
    if not days:
        return claims
    numbered = later_rounds(days, 0, SESSION_SLIP)
    first: dict[int, dt.date] = {}
    for key, number in numbered.items():
        first[number] = min(first.get(number, dt.date.max), days[key])
    only = session_event(first[1]) if len(first) == 1 else None
    out: list[Claim] = []
    for c in claims:
        if c.event != UNNUMBERED:
            out.append(c)
        elif (c.path, c.sentence) in numbered:
            out.append(replace_claim(c, event=session_event(first[numbered[(c.path, c.sentence)]])))
        elif only is not None and (c.modality != "asserted" or c.negated) and c.note != CALLED_OFF:
            # a plan or a denial with no day is about the coming session; "talks are being held in
            # Doha" with no day may be any sitting, and so may a plan given up ("a planned meeting in
            # Port Sudan was canceled"): it may have been a sitting before, or moved
            out.append(replace_claim(c, event=only))
        else:
            out.append(c)
    return out


def next_of_held_sessions(claims: Sequence[Claim]) -> Sequence[Claim]:
    """In a corpus that numbers no round, an undated "new round" in an article that says a session
    was held: told as done ("the new round began in Qatar"), it is that session, when the article
    dates one; told as a plan ("a new round will be held in Amman shortly", written after
    the Doha sitting), it is a sitting after it, which no date tells apart: not compared."""
    held: dict[str, set[str]] = defaultdict(set)
    dated: set[tuple[str, int]] = set()
    for c in claims:
        if c.kind == "date":
            dated.add((c.path, c.sentence))
            if c.event and c.event.startswith(SESSION) and c.modality == "asserted" and not c.negated:
                held[c.path].add(c.event)
    if not held:
        return claims
    out: list[Claim] = []
    for c in claims:
        sessions = held.get(c.path)
        if c.event != NEXT_EVENT or not sessions or (c.path, c.sentence) in dated:
            out.append(c)
        elif c.modality != "asserted":
            out.append(replace_claim(c, event=UNNUMBERED))
        elif len(sessions) == 1:
            out.append(replace_claim(c, event=next(iter(sessions))))
        else:
            out.append(c)
    return out
