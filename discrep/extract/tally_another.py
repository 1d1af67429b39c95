"""Figures of another quake (storm, flood) of the same weeks: not counts of the one the corpus follows.

"Another earthquake of magnitude 6.3 struck Wednesday morning in the same area. Officials said one
person died and 130 were injured.": the one dead and 130 injured are the new quake's, which beside
the first quake's toll would read as a fall from 2,000 to 1. A sentence that tells another one
struck ("Another earthquake ... struck", "A new quake hit", "A fresh tremor jolted") makes the
figures of its own and of the sentence right after it that quake's, unless that sentence names the
toll ("the death toll", "in total", "from the first quake") or a quake of its own ("days after a
powerful earthquake devastated Nepal, killing 153"): the event's running count goes on.
"A second quake" is left alone: the second shock of a double quake is most often the same event,
its toll told with the first's. Such figures are listed as another event's (article.py), never
compared.
"""

from __future__ import annotations

import re

_HAZARD = (
    r"(?:earthquake|quake|temblor|tremor|aftershock|storm|typhoon|cyclone|hurricane|landslide|"
    r"mudslide|flood|eruption|tornado)"
)
# "Another earthquake of magnitude 6.3 struck", "A new powerful quake hit", "a fresh 5.9-magnitude tremor"
_ANOTHER = re.compile(
    rf"\b(?:[Aa]nother|[Aa]\s+(?:new|fresh))\s+(?:[\w.-]+\s+){{0,3}}?{_HAZARD}s?\b(?:[^.;]|\.\d){{0,80}}?"
    r"\b(?:struck|hit|jolted|rocked|shook|strikes|hits|jolts|rocks|shakes)\b"
)
# the event's running count named again: the figures are its own, not the new quake's
_TOLL = re.compile(
    r"\b(?:toll|total|overall|in\s+all|altogether|tally|first|initial|original|earlier|previous|"
    r"Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's)\b",
    re.IGNORECASE,
)


def tells_another(sentence: str) -> bool:
    """Whether the sentence tells another quake (storm, flood) struck."""
    return ("nother" in sentence or " new " in sentence or "fresh" in sentence) and bool(
        _ANOTHER.search(sentence)
    )


# a quake the sentence tells of anew, after the sentence before told another struck: "... as a fresh
# tremor struck on Monday. Nepal was jolted by a 6.4 magnitude earthquake on Friday that killed 153",
# "This comes days after a powerful earthquake devastated Nepal, killing 153" ("The quake killed one"
# goes on about the new one)
_A_QUAKE = re.compile(
    rf"\b(?:a|an)\s+(?:(?!new\b|fresh\b|second\b|third\b)[\w.-]+\s+){{0,3}}?{_HAZARD}s?\b", re.IGNORECASE
)


def of_another_quake(sentence: str, previous: str | None) -> bool:
    """Whether the sentence's figures are another quake's: it, or the sentence right before it,
    tells another one struck, and it names no running toll nor a quake of its own."""
    if tells_another(sentence):
        return not _TOLL.search(sentence)
    if previous is None or not tells_another(previous):
        return False
    return not _TOLL.search(sentence) and not _A_QUAKE.search(sentence)
