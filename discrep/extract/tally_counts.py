"""Which numbers of a sentence are counts a tally may be made of.

A plain number or range is ("498 servicemen"); a year, a time, a percentage is not, nor an
ordinal, but for one that numbers the dead ("a fifth patient died": the toll is five). A measure is
one only when its unit is a metric of the rules ("10,000 hectares" burned, "6,000 barrels" spilled,
"3,000 square km" retaken): a new kind of event counted in a unit needs a noun metric in the YAML
whose alias is the unit, and no code. The unit word is then the figure's metric word. So is an
amount of money: "released 6 billion CFA francs for aid" and "pledged $300 million" release and
pledge no people, unless the rules count that currency.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.lexicon import Lexicon, Match
from discrep.extract.tally_describes import describes
from discrep.text.number_units import CURRENCY_UNITS

if TYPE_CHECKING:
    from discrep.text.numbers import NumberMention


# "a fifth patient died", "the fourth victim", "a third death": an ordinal that numbers the dead
# is the toll it brings ("the second round", "the fifth floor" number other things)
_NTH_DEAD = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:person|patient|victim|death|fatality|man|woman|child|worker|miner|passenger|"
    r"resident|soldier|firefighter|body)\s+(?:(?:has|had|have|was|has\s+been|had\s+been)\s+)?(?:died|death|dies|killed|succumbed|"
    r"was\s+killed|has\s+been\s+killed|was\s+found\s+dead|confirmed|recorded|reported|linked|from)\b",
    re.IGNORECASE,
)
_NTH_LEAD = re.compile(r"\b(?:a|the|another)\s+$", re.IGNORECASE)
# "in one or two days", "for 72 hours", "three more weeks": a span of time is no count of anything
_TIME_SPAN = re.compile(
    r"(?:\s*[-\u2013]\s*[\w.,]+|\s+(?:or|to)\s+[\w.,]+)?"  # "one or two days", "two-three weeks"
    r"\s+(?:(?:more|other|full|long|straight|consecutive)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)


def counted_figures(
    sentence: str, mentions: list[NumberMention], metrics: Lexicon, nouns: frozenset[str]
) -> tuple[list[NumberMention], dict[int, Match]]:
    """The counts among `mentions`, and for each measured one (by its start) the metric its unit names.
    "A 12-story building", "two children aged 4 and 10": figures that describe are left out."""
    counts: list[NumberMention] = []
    measured: dict[int, Match] = {}
    for mention in mentions:
        if (mention.kind == "measure" and mention.unit is not None) or mention.unit in CURRENCY_UNITS:
            unit = _unit_metric(sentence, mention, metrics, nouns)
            if unit is None or describes(sentence, mention):
                continue
            measured[mention.start] = unit
            counts.append(mention)
        elif mention.text.lower() == "few":
            continue  # "with few safety measures", "very few survived": not many, no count ("a few" is)
        elif _TIME_SPAN.match(sentence, mention.end):
            continue
        elif (mention.is_count and not describes(sentence, mention)) or _numbers_the_dead(sentence, mention):
            counts.append(mention)
    return counts, measured


def _unit_metric(
    sentence: str, mention: NumberMention, metrics: Lexicon, nouns: frozenset[str]
) -> Match | None:
    """The noun metric a measure's unit names ("hectares", "barrels"), if the rules count it: an
    alias that is the unit, or that starts with it ("tonnes of food aid" is aid; bare "tonnes",
    oil spilled)."""
    found = metrics.find(sentence, mention.start, len(sentence))
    return next((m for m in found if m.key in nouns and mention.start < m.start < mention.end <= m.end), None)


def _numbers_the_dead(sentence: str, mention: NumberMention) -> bool:
    return (
        mention.kind == "ordinal"
        and _NTH_LEAD.search(sentence, max(0, mention.start - 10), mention.start) is not None
        and _NTH_DEAD.match(sentence, mention.end) is not None
    )
