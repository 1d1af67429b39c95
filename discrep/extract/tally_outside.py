"""A count told of everywhere but a place: "Outside mainland China, about 50 cases have been confirmed".

A figure whose statement opens on "outside" a place the rules know, or whose clause says so after
it ("50 cases outside China"), counts the rest of the world, never that place's own toll: its
subject is `outside:china`, a count of its own, shown as "outside China".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon

OUTSIDE = "outside:"

_OUTSIDE = re.compile(r"\b[Oo]utside\s+(?:of\s+)?(?:the\s+)?(?:mainland\s+)?")
# the statement's opening, up to "outside": "But outside China, ..."
_HEAD_OUTSIDE = re.compile(
    r"[\s\"'“‘]*(?:(?:but|and|meanwhile|elsewhere|yet)\s*,?\s+)?outside\s+(?:of\s+)?(?:the\s+)?(?:mainland\s+)?",
    re.IGNORECASE,
)


def outside_of(places: Lexicon | None, sentence: str, head: int, figure: tuple[int, int]) -> str | None:
    """'outside:china' when the figure's statement opens on "outside China", or the words from its
    end to `figure`'s clause end say so; else None. `head` is where the statement starts."""
    if places is None:
        return None
    start, end = figure
    lead = _HEAD_OUTSIDE.match(sentence, head)
    after = None if lead else _OUTSIDE.search(sentence, start, end)
    found = lead or after
    if found is None:
        return None
    place = next(iter(places.find(sentence, found.end(), found.end() + 40)), None)
    if place is None or place.start != found.end():
        return None
    return OUTSIDE + place.key
