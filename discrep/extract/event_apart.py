"""A sentence about one kind of event that also names talks: whose place or day is which.

"The council sent a delegation to Jeddah to consult with the US on the negotiations in Geneva": the
consultations are in Jeddah, the negotiations in Geneva. A place or day belongs to the event word
nearest before it (else the one nearest after it), and a place told at once before a talks word
("the Geneva negotiations") names those talks. Event_claims.py asks this of each place and day of a
sentence whose event is a kind of event with no rounds (rules: events).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from discrep.extract.lexicon import Match

_TALKS_ITSELF = re.compile(r"talks|negotiat|consultations", re.IGNORECASE)


def talks_told_apart(own: Sequence[Match], talks: Sequence[Match], position: int, end: int) -> bool:
    """Whether the span at `position`..`end` is of the talks (`talks`: their words in the sentence),
    not of the kind of event named by `own` ("consultative meetings" holds no talks word of its own)."""
    # "round" and "session" also name a vote's or a body's sitting ("the election's second round in
    # Paris"): only the words of talks themselves tell talks apart
    talks = [
        t
        for t in talks
        if _TALKS_ITSELF.search(t.text) and not any(k.start < t.end and t.start < k.end for k in own)
    ]
    if not talks:
        return False
    if any(0 <= t.start - end <= 1 for t in talks):
        return True  # "the Geneva negotiations"
    before = [
        (m.end, is_kind) for ms, is_kind in ((own, True), (talks, False)) for m in ms if m.end <= position
    ]
    if before:
        return not max(before)[1]
    after = [
        (m.start, is_kind) for ms, is_kind in ((own, True), (talks, False)) for m in ms if m.start >= end
    ]
    return bool(after) and not min(after)[1]
