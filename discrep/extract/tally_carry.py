"""The metric a figure takes from the count before it, when its own words name none.

- "killed 3,000 in Turkey and 1,000 in Syria", "eight people in Collier County, five in Volusia
  County": an elided count goes on with the last one's metric (not "..., and thousands of rescuers
  are still looking": a figure with a noun of its own after "of");
- "11 killed, while a rights group put the number at 16": the same count told by another source;
- "saved 104 passengers, mostly men and including eight minors": a group named after "including"
  is a part counted as the whole is ("of whom 14 children" is left out, as a part; "including 12
  from the capital", with no group named, too).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.tally_clauses import STRONG_END
from discrep.extract.tally_named_fires import named_fire
from discrep.extract.tally_words import ELLIPSIS, SAME_COUNT

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon
    from discrep.extract.tallies import Tally
    from discrep.text.numbers import NumberMention

_INCLUDING = re.compile(r"\b(?:including|includes|include|included)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_OF_OWN_NOUN = re.compile(r"\s+of\s+(?:[a-z-]+\s+)?[a-z-]+\b")


def carried_metric(
    subjects: Lexicon,
    sentence: str,
    mention: NumberMention,
    tallies: list[Tally],
    span: tuple[int, int],
) -> str | None:
    """The last count's metric, where the figure goes on from it; `span` runs from the end of the
    figure before to the end of this one's clause."""
    if not tallies:
        return None
    prev_end, after_end = span
    last = tallies[-1]
    if (
        _INCLUDING.search(sentence, max(0, mention.start - 40), mention.start)
        and not STRONG_END.search(sentence, last.mention.end, mention.start)
        # "including 11 attributed to the Eaton fire": a named fire's part, counted as the whole is
        and (
            subjects.find(sentence, mention.end, after_end)
            or named_fire(None, sentence, mention.start, mention.end, after_end)
        )
    ):
        return last.metric
    if ELLIPSIS.match(sentence[prev_end : mention.start]) and not _OF_OWN_NOUN.match(sentence, mention.end):
        return last.metric
    if SAME_COUNT.search(sentence, max(0, mention.start - 60), mention.start):
        return last.metric
    if revises(sentence, mention, tallies):
        return last.metric
    return None


# "put the number of injured at 151, later revising it to 157": the same count, revised
_REVISED_TO = re.compile(
    r"\b(?:rais|revis|lower|updat|correct|adjust|chang|bump|push|cut|reduc)\w*\s+"
    r"(?:it|that|this|the\s+(?:figure|number|count|toll|tally|total))\s+(?:up\s+|down\s+)?to\s+"
    r"(?:(?:about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def revises(sentence: str, mention: NumberMention, tallies: list[Tally]) -> bool:
    """Whether the figure revises the count just before it in its statement ("put the number of
    injured at 151, later revising it to 157"): the count before is then an earlier figure."""
    return (
        bool(tallies)
        and not STRONG_END.search(sentence, tallies[-1].mention.end, mention.start)
        and _REVISED_TO.search(sentence, max(0, mention.start - 50), mention.start) is not None
    )


# "Russia says it has lost 1,351 soldiers; Ukraine puts the figure at 18,000": the figure is another
# source's for the same count (not "bringing the total to 15,383", which sums the counts before)
_PUT_THE_FIGURE = re.compile(
    r"\b(?:put|puts|putting|placed|places|gave|gives|estimated|estimates|set|sets)\s+"
    r"(?:the|that|this)\s+(?:number|figure|count|tally)\s+at\s+$",
    re.IGNORECASE,
)


def same_count_subject(
    subjects: Lexicon,
    sentence: str,
    mention: NumberMention,
    tallies: list[Tally],
    metric: str,
    after_end: int,
) -> str | None:
    """The subject of the count before, a side or a group, when another source puts "the figure" of
    it at this one and names no subject of its own; else None."""
    if not tallies or tallies[-1].metric != metric:
        return None
    if not _PUT_THE_FIGURE.search(sentence, max(0, mention.start - 40), mention.start):
        return None
    if subjects.find(sentence, mention.end, after_end):
        return None
    before = tallies[-1].subject
    # a place's toll another source puts "the figure" of is likely another place's: "In Turkey the toll
    # reached 8,574, while a Syrian official put the figure at 2,662"
    return None if before is None or before.startswith("in:") else before
