"""The wire dateline at the head of a story: "NEW ORLEANS, Oct 2 (LW) - ", "KHARTOUM, May 3 (Reuters) —".

A dateline's date is the day the story was filed, not the day of anything it tells: "NEW ORLEANS,
Oct 2 (LW) - Talks will resume in Washington on October 8" schedules the talks for October 8 only.
The place is in capitals, may be followed by a region or country in ordinary case ("OPAVA, Czech
Republic,"), and the date by the agency in brackets; a dash ends it.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*"  # NEW ORLEANS
    r"(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)?"  # , Czech Republic
    r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,\s+\d{4})?"  # , Oct 2
    r"\s*(?:\([^()]{1,40}\)\s*)?"  # (Reuters)
    r"(?:-{1,2}|[\u2013\u2014])\s"
)


def dateline_end(text: str) -> int:
    """Where a dated wire dateline at the start of `text` ends (0 when there is none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0
