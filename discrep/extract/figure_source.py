"""A source named in a figure's own words, which outranks the sentence's speaker.

"... at least 7,000 Russian troops had been killed, a figure well below Kyiv's estimate of 14,000":
the 14,000 is Kyiv's, not the official's who speaks. "... far fewer than the 81 deaths reported by
local leaders": the 81 is the local leaders'. "Moscow has not updated its own figure of 498": the
498 is Moscow's. The source is a known claimant when the rules name it, else kept as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon

# what a figure is called when someone else's: "Kyiv's estimate of", "its own figure of"
_FIGURE_WORDS = r"(?:estimate|estimates|figure|figures|count|tally|toll|death\s+toll|number|claim|total)"

# "Kyiv's estimate of 14,000", "the ministry's own tally of 498": the possessor, right before it
_OWNER_BEFORE = re.compile(
    r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|the\s+(?:[\w-]+\s+){0,2}[\w-]+)['’]s?\s+(?:own\s+)?"
    r"(?:(?:latest|earlier|previous|official|initial|higher|lower)\s+)?" + _FIGURE_WORDS + r"\s+of\s+$"
)
# "Moscow has not updated its own figure of 498": the one whose figure "its" is
_ITS_BEFORE = re.compile(
    r"\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|(?i:the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:has|have|had)\s+)?(?:not\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:its|their)\s+(?:own\s+)?(?:(?:latest|earlier|previous|official|initial)\s+)?"
    + _FIGURE_WORDS
    + r"\s+of\s+$"
)
# "the 81 deaths reported by local leaders", "a toll of 41 given by state media"
_BY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:reported|given|cited|claimed|announced|counted|recorded|put\s+forward)\s+"
    r"by\s+((?:the\s+)?(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+?)(?=\s+(?:in|on|at|for|from|since|a|as|last|earlier|"
    r"this|which|who|that|and|but|while)\b|\s*[,.;:()]|\s*$)"
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NOT_A_NAME = frozenset({"it", "they", "this", "that", "he", "she", "we", "the", "a", "an", "but", "and"})
_REACH = 80  # how far before a figure its owner may stand


def figure_source(claimants: Lexicon, text: str, start: int, end: int) -> tuple[str, bool] | None:
    """(claimant, known) of the figure at text[start:end] when its own words name its source."""
    # cheap gates: every match holds "of " right before the figure or " by " after it
    before = text[max(0, start - _REACH) : start]
    name: str | None = None
    if before.endswith("of "):
        found = _OWNER_BEFORE.search(before) or _ITS_BEFORE.search(before)
        if found is not None:
            name = found.group(1)
    if name is None and " by " in text[end : end + _REACH]:
        found = _BY_AFTER.match(text, end, min(len(text), end + _REACH))
        if found is not None:
            name = found.group(1)
    if name is None:
        return None
    name = _LEADING_ARTICLE.sub("", name.strip())
    if not name or name.lower() in _NOT_A_NAME:
        return None
    known = claimants.find(name)
    if known:
        return known[0].key, True
    return name, False
