"""A place carried to the next sentence: "At least 10 lives were also lost in the Thai capital,
Bangkok. Authorities also announced that over a dozen people were injured, and more than 100 were
missing": the dozen injured and the 100 missing are Bangkok's, not the main country's.

A sentence whose counts name no place, that says "also" before its first figure, right after a
sentence whose counts are all of one place, goes on about that place: its counts of people take it.
Without the "also" the next sentence may have turned back to the whole story, and its counts keep
no place.

So too a figure the sentence calls only a total ("The new total of 1,644 is a sharp rise over the
1,002 total announced just hours earlier"), right after a sentence that counts one metric ("the
death toll rose to more than 1,600"): it is that count's (TOTAL, from the finder); with no such
sentence before it, it makes no claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.model import Claim, replace_claim

_ALSO = re.compile(r"\balso\b", re.IGNORECASE)

TOTAL = "total"  # the finder's metric for a figure named only a total: the sentence before's count
# "the new total of 1,644 is", "the 1,002 total announced": a total with no metric word of its own
_TOTAL_OF = re.compile(r"\b(?:new|latest|updated|revised|official|previous|earlier)\s+total\s+of\s+$", re.I)
_TOTAL_AFTER = re.compile(r"\s+total\s+(?!of\b)(?:[a-z]+(?:ed|ly)\b|is\b|was\b|has\b|had\b|[,.;])")


def named_total(sentence: str, start: int, end: int) -> bool:
    """Whether the figure from `start` to `end` is named only a total ("the new total of 1,644 is")."""
    if "total" not in sentence:
        return False
    if _TOTAL_OF.search(sentence, max(0, start - 30), start):
        return bool(re.match(r"\s+(?:is|was|has|had|marks|[,.;])", sentence[end : end + 8]))
    return bool(_TOTAL_AFTER.match(sentence, end))


def totals_of_before(claims: list[Claim], previous: Sequence[Claim]) -> list[Claim]:
    """The claims, a figure named only a total given the one metric the sentence before counts (and
    its place), or dropped."""
    if not any(c.metric == TOTAL for c in claims):
        return claims
    counted = {(c.metric, c.subject) for c in previous if c.kind == "quantity" and c.event is None}
    if len(counted) != 1:
        return [c for c in claims if c.metric != TOTAL]
    metric, subject = next(iter(counted))
    return [
        replace_claim(
            c, metric=metric, subject=c.subject if c.subject not in (None, GENERIC_PEOPLE) else subject
        )
        if c.metric == TOTAL
        else c
        for c in claims
    ]


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


# "1,500 killed in Turkey, while 300 died elsewhere": a clause that turns away from the place
_ELSEWHERE = re.compile(r"\b(?:elsewhere|outside|abroad|beyond|across\s+the\s+border|neighbou?ring)\b", re.I)


def one_source_place(text: str, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims, a count of people with no place after counts of one place by the same
    source given that place: "The military government in Myanmar said 1,644 had been killed and
    3,408 injured, while 139 people remained missing" (the 139 are Myanmar's too). Not where the
    sentence names a second source or turns away ("... while 300 died elsewhere")."""
    quantities = [c for c in claims if c.kind == "quantity" and c.event is None]
    if len(quantities) < 2 or len({c.claimant for c in quantities}) != 1:
        return claims
    place = _place([c for c in quantities if c.subject not in (None, GENERIC_PEOPLE)])
    first = next((c for c in quantities if c.subject == place), None)
    if place is None or first is None or _ELSEWHERE.search(text):
        return claims
    counts = {id(c) for c in quantities}
    return [
        replace_claim(c, subject=place)
        if id(c) in counts and c.subject in (None, GENERIC_PEOPLE) and c.column > first.column
        else c
        for c in claims
    ]
