"""A list of the day's new counts: "37 new deaths, 92 injuries, 104,072 houses destroyed".

A figure told as new ("37 new deaths", "12 more killed") is the day's; the items of a plain list that
go on from it, counting other things, are the day's too: a report of the last 24 hours gives
the new dead, injured and houses in one breath, and says "new" once. Read alone, "92 injuries" would
be a running total far below the 12,850 the same report gives.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from discrep.extract.tally_figures import NEW

if TYPE_CHECKING:
    from discrep.extract.tallies import Tally

# the words of one item up to the next: "new deaths, ", "injuries, ", "houses destroyed, and "
_ITEM = re.compile(r"\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*(?:and\s+)?")


def new_list(sentence: str, tallies: list[Tally]) -> list[Tally]:
    """The tallies, with the items of a list that goes on from a new count marked the day's."""
    if len(tallies) < 2:
        return tallies
    out = list(tallies)
    for index, first in enumerate(tallies[:-1]):
        if not (first.daily and NEW.match(sentence, first.mention.end)):
            continue
        previous = first
        for later_index in range(index + 1, len(tallies)):
            later = tallies[later_index]
            if later.part or later.metric == first.metric:
                break  # "5 new cases, 1,200 cases in all": the running total after the day's
            if not _ITEM.fullmatch(sentence, previous.mention.end, later.mention.start):
                break
            out[later_index] = replace(later, daily=True)
            previous = later
    return out
