"""A count found in a sentence, before it becomes a Claim: what tallies.py hands the article reader.

Kept apart from the finder so the modules that refine tallies (tally_totals.py, tally_places.py,
...) can name the record without importing the finder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.text.numbers import NumberMention


@dataclass(frozen=True, slots=True)
class Tally:
    """A count found in a sentence, before it becomes a Claim (offsets are within the sentence)."""

    mention: NumberMention
    metric: str
    subject: str | None
    negated: bool
    hedged: bool
    incident: bool = False  # counts one strike or attack, not the whole event's toll
    part: bool = False  # a part of the count before it ("including two children")
    # the day's new ones ("3,590 new cases", "142,000 on Tuesday alone"), in the figure's own words
    daily: bool = False
    aside: str | None = None  # an earlier figure (tally_asides.py): listed, for no day
