"""Casualties that count the dead: told beside a separate count of the injured.

Casualties are the killed and wounded together (rules/metrics.yaml: casualties, sum_of), but a
sentence that gives "238 casualties, around 650 injured" counts the injured apart, so its casualties
are the dead, as much news copy uses the word (the Balasore crash: 238 dead, 650 injured). Not
where the injured are a part of the casualties ("2,000 casualties, with 500 wounded", "752
casualties: 227 killed and 525 injured"), nor where the sentence counts the killed too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.tallies import Tally

_CASUALTIES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?casualties\b", re.IGNORECASE)
_PART_BETWEEN = re.compile(r":|\b(?:with|including|among|of\s+whom|of\s+them|of\s+which)\b", re.IGNORECASE)


def casualties_as_dead(sentence: str, tallies: list[Tally]) -> list[Tally]:
    """The tallies, with "N casualties" the dead where the sentence counts the injured apart."""
    if not any(t.metric == "casualties" for t in tallies):
        return tallies
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
