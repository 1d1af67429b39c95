"""Which numbers of a sentence are counts a tally may be made of.

A plain number or range is ("498 servicemen"); a year, a time, a percentage is not. A measure is
one only when its unit is a metric of the rules ("10,000 hectares" burned, "6,000 barrels" spilled,
"3,000 square km" retaken): a new kind of event counted in a unit needs a noun metric in the YAML
whose alias is the unit, and no code. The unit word is then the figure's metric word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from discrep.extract.lexicon import Lexicon, Match
from discrep.extract.tally_figures import describes

if TYPE_CHECKING:
    from discrep.text.numbers import NumberMention


def counted_figures(
    sentence: str, mentions: list[NumberMention], metrics: Lexicon, nouns: frozenset[str]
) -> tuple[list[NumberMention], dict[int, Match]]:
    """The counts among `mentions`, and for each measured one (by its start) the metric its unit names.
    "A 12-story building", "two children aged 4 and 10": figures that describe are left out."""
    counts: list[NumberMention] = []
    measured: dict[int, Match] = {}
    for mention in mentions:
        if mention.kind == "measure" and mention.unit is not None:
            unit = _unit_metric(sentence, mention, metrics, nouns)
            if unit is None or describes(sentence, mention):
                continue
            measured[mention.start] = unit
            counts.append(mention)
        elif mention.is_count and not describes(sentence, mention):
            counts.append(mention)
    return counts, measured


def _unit_metric(
    sentence: str, mention: NumberMention, metrics: Lexicon, nouns: frozenset[str]
) -> Match | None:
    """The noun metric a measure's unit names ("hectares", "barrels"), if the rules count it."""
    return next(
        (
            m
            for m in metrics.find(sentence, mention.start, mention.end)
            if m.key in nouns and m.end == mention.end
        ),
        None,
    )
