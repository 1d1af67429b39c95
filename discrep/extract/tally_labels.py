"""The label a figure takes its metric from: a list item or a fact box names it before the figure.

"tanks ‒ 1,379 (+3)", "Deaths in Turkey: 24,617", "personnel ‒ about 31,150", "Homes destroyed:
2,400": a label mark (a colon, a dash) between the metric word and the figure; "the toll has
reached 1,545, injuries tally 12,850, livestock losses 935,795": a list in running text, each
item's metric word after a comma and right before its figure. The label wins over a metric word
after the figure, which is then the next item's, unless that word is the figure's own ("2,919
casualties: 1,151 killed").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon, Match


# a list or a fact box labels its figures: "tanks ‒ 1,379 (+3)", "Deaths in Turkey: 24,617"
_LABEL_GAP = re.compile(
    # "Homes destroyed or uninhabitable: 2,400": a few words of what befell them may follow the noun
    r"(?:\s+[a-z][\w'’-]*){0,3}?(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*[:‒–—-]\s*"
    r"(?:(?:about|approximately|around|some|over|nearly|more\s+than|up\s+to)\s+)?"
)
# a list item labelled in running text: "the toll has reached 1,545, injuries tally 12,850, livestock
# losses 935,795": after a comma, the metric word and at most a word for "the count" before the figure
_ITEM_START = re.compile(r",\s*(?:and\s+)?$")
_ITEM_GAP = re.compile(r"\s+(?:(?:tally|toll|total|count|figure|stood\s+at|stand\s+at|at)\s+)?")


def label_before(metrics: Lexicon, sentence: str, start: int, end: int) -> Match | None:
    """The metric a list item or a fact box names before its figure, which ends at `end`: "tanks ‒
    1,379", "Deaths in Turkey: 24,617", "personnel ‒ about 31,150"."""
    if not any(sentence.find(mark, max(start, end - 60), end) >= 0 for mark in ":‒–—-"):
        return _list_item(metrics, sentence, start, end)  # no label mark in reach: spare the lexicon scan
    found = metrics.find(sentence, max(start, end - 60), end)
    if found and _LABEL_GAP.fullmatch(sentence, found[-1].end, end):
        return found[-1]
    return _list_item(metrics, sentence, start, end)


def _list_item(metrics: Lexicon, sentence: str, start: int, end: int) -> Match | None:
    """ "..., livestock losses 935,795": the metric word after a comma, right before the figure."""
    comma = sentence.rfind(",", max(start, end - 40), end)
    if comma < 0:
        return None
    found = metrics.find(sentence, comma + 1, end)
    if (
        found
        and _ITEM_START.search(sentence, comma, found[-1].start)
        and _ITEM_GAP.fullmatch(sentence, found[-1].end, end)
    ):
        return found[-1]
    return None


_LABEL_MARK = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*[:‒–—-]\s*[\d(]")


def figure_label(
    metrics: Lexicon, sentence: str, start: int, figure_start: int, figure_end: int, after: Match | None
) -> Match | None:
    """The label a figure takes its metric from ("tanks ‒ 1,379, helicopters ‒ 176": tanks, though
    "helicopters" follows it), unless the metric word right after the figure is its own ("2,919
    casualties: 1,151 killed"). `after` is the metric word found after the figure, if any."""
    label = label_before(metrics, sentence, start, figure_start)
    if (
        label is not None
        and after is not None
        and _LABEL_MARK.match(sentence, after.end) is None  # the next item's label
        and len(sentence[figure_end : after.start].split()) <= 2
    ):
        return None
    return label
