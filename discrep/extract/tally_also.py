"""A place carried to the next sentence: "At least 10 lives were also lost in the Thai capital,
Bangkok. Authorities also announced that over a dozen people were injured, and more than 100 were
missing": the dozen injured and the 100 missing are Bangkok's, not the main country's.

A sentence whose counts name no place, that says "also" before its first figure, right after a
sentence whose counts are all of one place, goes on about that place: its counts of people take it.
Without the "also" the next sentence may have turned back to the whole story, and its counts keep
no place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.model import Claim, replace_claim

_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _place(claims: Sequence[Claim]) -> str | None:
    """The one place all the sentence's counts are of, if there is one."""
    places = {c.subject for c in claims if c.kind == "quantity"}
    if len(places) != 1:
        return None
    place = next(iter(places))
    return place if place is not None and place.startswith("in:") and "+" not in place else None


def also_placed(text: str, first: int, claims: list[Claim], previous: Sequence[Claim]) -> list[Claim]:
    """The sentence's claims, its counts with no place given the place of the sentence before when
    it goes on about that place ("Authorities also announced ..."; `first`: where its first figure is)."""
    quantities = [c for c in claims if c.kind == "quantity"]
    if not quantities or not previous or any(c.subject not in (None, GENERIC_PEOPLE) for c in quantities):
        return claims
    also = _ALSO.search(text)
    place = _place(previous) if also is not None else None
    if place is None or also is None or also.start() > first:
        return claims
    return [
        replace_claim(c, subject=place) if c.kind == "quantity" and c.event is None else c for c in claims
    ]
