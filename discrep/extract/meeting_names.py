"""One meeting told by its people in one report and by their office in another.

"Lavrov and Kuleba will meet in Antalya on Thursday" is the meeting of Lavrov and Kuleba
(`meeting/kuleba+lavrov`); "the foreign ministers of Russia and Ukraine met in Antalya" is the
foreign ministers' (`meeting/foreign ministers`). When the corpus itself ties the two, with a
sentence of the office's meeting that names both people ("Russian Foreign Minister Sergei Lavrov
and Ukrainian Foreign Minister Dmytro Kuleba met"), the people's meeting is the office's, and their
days and places are compared. Names the corpus never ties to one office stay their own meeting.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from discrep.model import Claim, replace_claim

_MEETING = "meeting/"


def join_named_meetings(claims: Sequence[Claim]) -> Sequence[Claim]:
    """The claims, with a meeting of two named people given the office meeting that names them."""
    offices: dict[str, list[str]] = defaultdict(list)  # an office's meeting -> its sentences
    named: dict[str, tuple[str, str]] = {}  # a meeting of two people -> their names
    for c in claims:
        event = c.event
        if c.kind == "quantity" or event is None or not event.startswith(_MEETING):
            continue
        who = event[len(_MEETING) :]
        if "+" in who:
            first, _, second = who.partition("+")
            named[event] = (first, second)
        elif " " in who:  # "foreign ministers": an office, not one person's name
            offices[event].append(c.quote.lower())
    if not named or not offices:
        return claims
    joined: dict[str, str] = {}
    for event, names in named.items():
        words = [re.compile(rf"\b{re.escape(name)}\b") for name in names]
        tied = [
            office
            for office, quotes in offices.items()
            if any(all(word.search(quote) for word in words) for quote in quotes)
        ]
        if len(tied) == 1:
            joined[event] = tied[0]
    if not joined:
        return claims
    return [replace_claim(c, event=joined[c.event]) if c.event in joined else c for c in claims]
