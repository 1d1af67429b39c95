"""A death toll its source says will rise is a floor, not the count: "around 60, but it could rise".

On the day of a disaster the toll climbs by the hour, and each official gives the figure he has:
"I can't give the exact toll, but it is approximately 60 ... the toll may go up" in the morning,
116 from another official by night. Read as points, the two are at odds; a reader takes the first as
what it says it is, the least the toll will be. So a figure of the dead whose own sentence, or the
next one (the quote and then "..., adding the death toll may rise"), says the toll is likely to rise
becomes "at least" that figure: it still meets a later, higher one, and a later, lower count still
falls below it (a cumulative count cannot fall).
"""

from __future__ import annotations

import re

from discrep.model import Claim, replace_claim

# the metrics whose toll "could rise": the dead (the words say "toll", "the dead", "deaths")
TOLL_METRICS = frozenset({"killed"})

# cheap test first: most sentences have none of these words
_CUE = re.compile(r"\b(?:rise|go\s+up|climb|increase|mount)\b", re.IGNORECASE)

_MAY_RISE = re.compile(
    r"\b(?:toll|tolls|number|numbers|figure|figures|count|tally|deaths|dead|casualties|fatalities)\b"
    r"[^.;!?]{0,60}?\b(?:could|may|might|would|will|is\s+likely\s+to|are\s+likely\s+to|was\s+likely\s+to|"
    r"were\s+likely\s+to|seemed\s+likely\s+to|is\s+expected\s+to|are\s+expected\s+to|was\s+expected\s+to|"
    r"were\s+expected\s+to|is\s+feared\s+to|was\s+feared\s+to|were\s+feared\s+to|is\s+set\s+to|"
    r"(?:continues|continued|continue)\s+to)\s+(?:still\s+|further\s+|likely\s+)?"
    r"(?:rise|go\s+up|climb|increase|mount)\b",
    re.IGNORECASE,
)


def says_toll_may_rise(sentence: str) -> bool:
    """Whether the sentence says a toll is likely to rise ("the death toll could still rise")."""
    return _CUE.search(sentence) is not None and _MAY_RISE.search(sentence) is not None


def as_floor(claim: Claim) -> Claim:
    """The claim as "at least" its figure, when it was a point or an approximation of one."""
    if claim.qualifier not in ("exact", "approx") or claim.metric not in TOLL_METRICS:
        return claim
    note = "provisional: the source says the toll may rise"
    return replace_claim(
        claim,
        qualifier="at_least",
        low=claim.value,
        high=None,
        note=f"{claim.note}; {note}" if claim.note else note,
    )
