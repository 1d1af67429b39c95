"""The metric a sentence's lead names for the places it then lists: "Of the deaths, 81 had been
confirmed in Wajima and 71 in Suzu", "Among those killed, 40 were in the capital", "In a breakdown
of the death toll, 98 were in Suzu".

A lead "Of the ...,", "Among the ...," (or "those", "these") or "In a breakdown of ...," that names
a metric before its comma
gives that metric to a figure after the comma that names none of its own, when the figure is
placed right after it ("81 in Wajima", "91 were in Suzu", "81 had been confirmed in Wajima City"):
the lead's count broken down by place, each place's count its own. A figure that is not placed
("Of the 300 injured, 12 are in critical condition") is some other part of the whole (its state,
its age), which this does not read: it stays unread, not a second figure of the whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon, Match
    from discrep.text.numbers import NumberMention

_LEAD = re.compile(
    r"\W*(?:(?:of|among)\s+(?:the|those|these)|in\s+a\s+breakdown\s+of(?:\s+(?:the|its|their))?)\b",
    re.IGNORECASE,
)
# the figure's own words before its place: "were", "had been confirmed", "have died"
_PLACED = re.compile(
    r"\s+(?:(?:were|was|are|is|died|occurred|(?:had|have|has)\s+been(?:\s+[a-z]+)?|(?:had|have)\s+died)\s+)?"
    r"in\s+(?:the\s+)?[A-Z]"
)


def lead_metric(metrics: Lexicon, sentence: str, mention: NumberMention) -> Match | None:
    """The metric the sentence's "Of the ...," lead names, for a placed figure after the lead."""
    lead = _LEAD.match(sentence)
    if lead is None:
        return None
    comma = sentence.find(",", lead.end())
    if comma < 0 or comma > mention.start or not _PLACED.match(sentence, mention.end):
        return None
    named = metrics.find(sentence, lead.end(), comma)
    return named[-1] if named else None
