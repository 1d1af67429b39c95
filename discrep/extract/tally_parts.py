"""Whether a figure counts a part of a toll rather than a toll: "of the dead, 145 were Egyptians".

A part is left out of the tallies (the tally check compares wholes): a figure after "of the dead"
or "among them"; the figures after a whole named with "among the 1,459 injured"; a part of the
area ("in the capital alone, 19 deaths", "..., with 19 deaths in Cusco alone"). The figure right
after "among the" and right before its metric is the whole itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from discrep.extract.lexicon import Match
from discrep.extract.tally_clauses import first_stop, statement_start
from discrep.extract.tally_scope import (
    GENERIC_PEOPLE,
    SUBSET,
    WHOLE_LEAD,
    WHOLE_TO_PART,
    Scope,
    part_of_area,
)

if TYPE_CHECKING:
    from discrep.text.numbers import NumberMention


def a_part(
    sentence: str,
    counts: list[NumberMention],
    index: int,
    metric_match: Match | None,
    subject: str | None,
    before_from: int,
    after_end: int,
    scope: Scope,
) -> bool:
    """Whether counts[index], whose words run from `before_from` to `after_end`, is a part."""
    mention = counts[index]
    if subject in (None, GENERIC_PEOPLE):
        if SUBSET.search(sentence, before_from, mention.start) and not (
            WHOLE_LEAD.search(sentence, before_from, mention.start)
            and metric_match is not None
            and 0 <= metric_match.start - mention.end <= 2
        ):
            return True
        if (
            index > 0
            and WHOLE_LEAD.search(sentence, 0, counts[index - 1].start)
            and WHOLE_TO_PART.fullmatch(sentence, counts[index - 1].end, mention.start)
        ):
            return True
        if part_of_area(sentence, statement_start(sentence, mention.start), after_end):
            return True
    return scope.apart(sentence, before_from, mention.start, subject) or scope.apart(
        sentence, mention.end, first_stop(sentence, mention.end), subject
    )
