"""A total after the figures that make it up: "five more died, bringing the toll to 46", "12,391
died in Turkey and 2,992 in Syria, bringing the confirmed total to 15,383".

The figures before "bringing the total to N" are the day's additions, not the running total, unless
they name one place each and add up to the total: then they are the total's parts by place, and the
total is the count of all those places together.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.tallies import Tally


# "raising the toll from a month of unrest to 46", "bringing the total ... to 2,439": the figure
# before it in the sentence is the day's addition, not the running total
# "115 were injured in that time, which increased the cumulative number to 12,703": the same, told
# with a relative clause
_BRINGING = re.compile(
    r"\b(?:(?:raising|bringing|taking|pushing|lifting|putting)|which\s+(?:has\s+|have\s+)?(?:raised|"
    r"brought|took|taken|pushed|lifted|increased|put))\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,10}?"
    r"(?:to|at)\s+$",
    re.IGNORECASE,
)


def totals_after_parts(sentence: str, tallies: list[Tally]) -> list[Tally]:
    """Mark the figures before a "bringing the total to N" as the day's, so they do not meet the total."""
    if len(tallies) < 2 or not any(
        w in sentence for w in ("raising", "bringing", "taking", "pushing", "lifting", "which")
    ):
        return tallies
    for index in range(len(tallies) - 1, 0, -1):
        total = tallies[index]
        if _BRINGING.search(sentence, max(0, total.mention.start - 80), total.mention.start):
            places = _place_parts(tallies[:index], total)
            if places is not None:  # "12,391 died in Turkey and 2,992 in Syria, bringing the total to"
                return [replace(t, subject=places) if t is total else t for t in tallies]
            return [
                replace(t, daily=True) if i < index and t.metric == total.metric else t
                for i, t in enumerate(tallies)
            ]
    return tallies


def _place_parts(before: list[Tally], total: Tally) -> str | None:
    """The places of the figures before a total that add up to it, one place each, as the total's
    subject ("in:syria+turkey"); None when they are no such parts (the day's new ones)."""
    parts = [t for t in before if t.metric == total.metric]
    values = [t.mention.value for t in parts]
    if len(parts) < 2 or total.mention.value is None or any(v is None for v in values):
        return None
    if not all(t.subject is not None and t.subject.startswith("in:") for t in parts):
        return None
    if abs(sum(v for v in values if v is not None) - total.mention.value) > 0.01 * total.mention.value:
        return None
    return "in:" + "+".join(sorted({p for t in parts for p in (t.subject or "")[3:].split("+")}))
