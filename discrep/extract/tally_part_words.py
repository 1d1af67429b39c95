"""The words that tell a part of a count from the count: "including two children", "of the dead,
145 were Egyptian", "three of the wounded", "among the 1,459 injured, 22 were girls".

Kept apart from tally_scope.py, which reads whose count a figure is with them, so that the finder's
modules can name them without the scope reader.
"""

from __future__ import annotations

import re

# metrics that count a part of the dead by nature: "of the 99 victims, 40 have been identified" is the
# count of the identified, not a part of the toll to leave out, and no metric for the whole before it
PART_COUNTS = frozenset({"identified"})

# a part of a count named with its figure ("including two children"): no side to carry on to the next
PART_LEAD = re.compile(
    r"\b(?:including|includes|include|included|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+those)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)

# a part told with its own day: "including seven on Tuesday", "including 12 yesterday"
PART_ON_A_DAY = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
    r"overnight|this\s+morning|last\s+night)\b"
)

# a part of a toll named before the figure: "of the dead, 145 were Egyptian nationals"; but in "among
# the 1,459 injured, 22 were girls" the figure right after "the" is the whole
SUBSET = re.compile(
    r"\b(?:of|among)\s+(?:the|them|those|these)\b(?:\s+(?:who|that)\s+(?:were|are|had\s+been|have\s+been|died))?"
    r"(?:\s+(?:dead|killed|victims|wounded|injured|missing|"
    r"casualties|deaths|(?:[a-z'’-]+\s+){0,2}?(?:ill|hurt|affected|sickened|admitted|hospitali[sz]ed)))?"
    r"(?:\s+(?:are|were|is|was|included|include|includes))?\s*,?\s*$",
    re.IGNORECASE,
)

# the whole a sentence's next figures are parts of: "among the 1,459 injured, 22 were girls"; the
# figure right after "among the" and right before its metric is that whole, not a part
WHOLE_LEAD = re.compile(r"\b(?:of|among)\s+the\s+$", re.IGNORECASE)
WHOLE_TO_PART = re.compile(
    r"\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*(?:there\s+(?:are|were)\s+|some\s+)?", re.IGNORECASE
)

# a part of a toll named after the figure: "three of the wounded", "36 of whom are dead"
SUBSET_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these|whom|which)\b", re.IGNORECASE)
AMONG_AFTER = re.compile(r"\s+among\b", re.IGNORECASE)
