"""Casualties that count the dead: told beside a separate count of the injured.

Casualties are the killed and wounded together (rules/metrics.yaml: casualties, sum_of), but a
sentence that gives "238 casualties, around 650 injured" counts the injured apart, so its casualties
are the dead, as much news copy uses the word (the Balasore crash: 238 dead, 650 injured). Not
where the injured are a part of the casualties ("2,000 casualties, with 500 wounded", "752
casualties: 227 killed and 525 injured"), nor where the sentence counts the killed too.

So too "lives": "the quake has claimed at least 2,719 lives", "at least 10 lives were also lost in
the capital" count the dead, though "lost" alone names casualties and "lives" names no metric.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.tallies import Tally

_CASUALTIES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?casualties\b", re.IGNORECASE)
_PART_BETWEEN = re.compile(r":|\b(?:with|including|among|of\s+whom|of\s+them|of\s+which)\b", re.IGNORECASE)


# "claimed 2,719 lives", "took the lives of" is tally_past's; "10 lives were lost", "cost 40 lives"
_LIVES = re.compile(r"\s+(?:human\s+|more\s+|other\s+)?lives\b(?!\s+(?:were|have\s+been|had\s+been)\s+saved)")
_TAKES_LIVES = re.compile(
    r"\b(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes)|cost(?:ing|s)?)\s+(?:the\s+)?(?:[\w,.-]+\s+){0,3}$"
)
_LOST_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?lost\b")


def lives_lost(sentence: str, start: int, end: int) -> bool:
    """Whether the figure from `start` to `end` counts lives lost: "claimed 2,719 lives", "10 lives
    were also lost" (not "saved 40 lives")."""
    found = _LIVES.match(sentence, end)
    if found is None:
        return False
    return bool(
        _TAKES_LIVES.search(sentence, max(0, start - 40), start) or _LOST_AFTER.match(sentence, found.end())
    )


def casualties_as_dead(sentence: str, tallies: list[Tally]) -> list[Tally]:
    """The tallies, with "N casualties" the dead where the sentence counts the injured apart, and
    "N lives were lost" the dead."""
    if not any(t.metric == "casualties" for t in tallies):
        return tallies
    if " lives" in sentence:
        tallies = [
            replace(t, metric="killed")
            if t.metric == "casualties" and lives_lost(sentence, t.mention.start, t.mention.end)
            else t
            for t in tallies
        ]
    injured = [t for t in tallies if t.metric == "wounded" and not t.part and not t.incident]
    if not injured or any(t.metric == "killed" for t in tallies):
        return tallies  # "752 casualties: 227 killed and 525 injured" are the sum and its parts
    out = []
    for t in tallies:
        if t.metric == "casualties" and not t.part and _CASUALTIES_AFTER.match(sentence, t.mention.end):
            after = [w for w in injured if w.mention.start > t.mention.end]
            if after and not _PART_BETWEEN.search(sentence, t.mention.end, after[0].mention.start):
                t = replace(t, metric="killed")
        out.append(t)
    return out
