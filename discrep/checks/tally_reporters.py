"""A place the rules do not know that reports its own count: "Cao Bang has reported 29 deaths".

The attribution reads the place's name as the figure's source, and the figure gets no place; where
the corpus places other figures in that name ("the mountainous region of Cao Bang reported the
most fatalities, 19 dead": 'in:cao bang'), the name is a place, and the figure it reports is that
place's count, not the whole event's.
"""

from __future__ import annotations

from collections.abc import Iterable

from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.extract.tally_where import PART
from discrep.model import Claim, replace_claim


def reporting_places(claims: Iterable[Claim]) -> list[Claim]:
    """The claims, with a count of no place whose source is named as a place of the corpus given
    that place."""
    claims = list(claims)
    places = {
        c.subject[3:]
        for c in claims
        if c.subject is not None
        and c.subject.startswith("in:")
        and PART not in c.subject
        and "+" not in c.subject
    }
    if not places:
        return claims
    return [
        replace_claim(c, subject=f"in:{c.claimant.lower()}")
        if c.subject in (None, GENERIC_PEOPLE) and c.claimant and c.claimant.lower() in places
        else c
        for c in claims
    ]
