"""The day a plan names: a weekday told of a plan is the one to come, though a bare weekday reads
as the last one ("a second session is expected ... on Tuesday", said on a Sunday, is the coming
Tuesday); a plan told in the past ("the talks, scheduled for Wednesday, were intended to ...") is
for the weekday just gone; the day an event was moved to ("rescheduled for Thursday") is to come, and
so is the day of an event whose attendance is confirmed or not ("never confirmed its participation in
the fourth round on Saturday").
event_claims.py asks it of each date of an event.
"""

from __future__ import annotations

import datetime as dt
import re

from discrep.extract.event_days import RESCHEDULED_TO
from discrep.extract.event_telling import modality_of
from discrep.text.dates import DateMention

# "starting Wednesday this week", said on a Saturday of a plan: the coming Wednesday
_WEEKDAY = re.compile(
    r"(?:next\s+|this\s+|coming\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:of\s+)?this\s+week)?",
    re.IGNORECASE,
)


def planned_day(text: str, mention: DateMention, published: dt.date | None) -> dt.date:
    """The day a plan names: "a second session is expected ... on Tuesday", said on a Sunday, is the
    coming Tuesday, though a bare weekday alone reads as the last one."""
    day = mention.date
    if (
        published is not None
        and day < published
        and _WEEKDAY.fullmatch(text, mention.start, mention.end)
        and (
            _plan_modality(text, mention)
            or _names_plan(text, mention)
            or RESCHEDULED_TO.search(text, max(0, mention.start - 60), mention.start) is not None
        )
        and not _AFTER_IT.search(text, max(0, mention.start - 120), mention.start)
        and not _PLAN_GONE_BY.search(text)
    ):
        return day + dt.timedelta(days=7)
    return day


# "a statement issued after a meeting of the delegations in Jeddah on Tuesday": a meeting held
_AFTER_IT = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the|their|last)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|round|session)\b"
    r"[^;]{0,100}$",
    re.IGNORECASE,
)
# a plan told in the past: "the talks, scheduled for Wednesday, were intended to ...", said on a
# Thursday, were for the Wednesday just gone (then put off), not the one to come ("talks were set to
# resume on Tuesday, but might get moved" is a plan still standing)
_PLAN_GONE_BY = re.compile(
    r"\b(?:(?:was|were)\s+(?:intended|supposed|meant)|had\s+been\s+(?:intended|supposed|meant|due|scheduled|planned)|"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:postponed|cancell?ed|called\s+off|delayed|put\s+off)(?!\s+(?:to|until|till)\b))\b",
    re.IGNORECASE,
)
# "could get pushed to Monday", "might resume on Monday": a rumoured plan, so a day to come
_MAY_HAPPEN = re.compile(
    r"\b(?:could|might|may)\s+(?:\w+\s+){0,2}?(?:be|get|take|start|begin|resume|meet|go|open)\b",
    re.IGNORECASE,
)


def _plan_modality(text: str, mention: DateMention) -> bool:
    modality = modality_of(text, mention.start, mention.end)
    if modality == "expected":
        return True
    return (
        modality == "hedged"
        and _MAY_HAPPEN.search(text, max(0, mention.start - 60), mention.start) is not None
    )


# "Friday's meeting": the day names the event; what is done for it, or what it "is", tells a plan
_DAY_OF_EVENT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|session|round|negotiations|conference)\b(?P<now>\s+(?:is|are)\b)?",
    re.IGNORECASE,
)
_FOR_IT = re.compile(r"\b(?:for|ahead\s+of|before|preparing\s+for|prepare\s+for)\s+$", re.IGNORECASE)


# "never confirmed its participation in the fourth round of talks on Saturday": taking part is
# confirmed, or not, before the event
_TAKING_PART = re.compile(
    r"\bconfirm(?:s|ed|ing)?\s+(?:(?:its|his|her|their|our|the|a)\s+)?(?:[\w-]+\s+)?"
    r"(?:participation|attendance|presence)\s+(?:in|at)\b[^.;:!?]{0,120}$",
    re.IGNORECASE,
)


def _names_plan(text: str, mention: DateMention) -> bool:
    """ "selected the base for Friday's meeting", "Friday's meeting is intended to ...": the coming
    Friday, though the nearest verb ("selected") reads as past."""
    if _TAKING_PART.search(text, max(0, mention.start - 160), mention.start):
        return True
    named = _DAY_OF_EVENT.match(text, mention.end)
    if named is None:
        return False
    return (
        named.group("now") is not None
        or _FOR_IT.search(text, max(0, mention.start - 25), mention.start) is not None
    )
