"""Figures of a side's equipment that count no losses, and a part told of a whole ("266 of the 298").

An owned noun metric (tanks, drones, aircraft: rules `owned`) counts what a side lost. A figure of
it right after a verb of having, sending or using counts what the side holds or used, not a loss:
"has about 1,500 tanks in reserve", "will send 31 Abrams tanks", "Russia launched 298 drones",
"attacked with 40 drones". In "14 Leopard 2 tanks" the 2 is the model's, not a count.

"destroyed 266 of the 298 drones", "killed 179 of the 181 people on board": the first figure is
what the verb did to a part of the second. It counts the verb's metric when the verb names one
(killed), else the whole's owned noun (266 drones downed); the whole itself, when it is an owned
noun's, is what was sent (298 drones launched), no loss; so is one a statement opens on ("Of the
298 drones, 266 were shot down"). A figure "of the" a word, not a figure
("three of the wounded"), is a part of a toll and is left to tally_parts.py.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from discrep.extract.tally_asides import ON_BOARD as _ON_BOARD
from discrep.extract.tally_words import VERB_GAP

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon, Match
    from discrep.text.numbers import NumberMention

# verbs of holding, sending, using: what a side has, not what it lost
_HELD_WORDS = (
    r"\b(?:ha(?:s|ve|d)|having|own(?:s|ed)?|possess(?:es|ed)?|operat(?:es|ed|ing)|fields|fielded|keeps?|"
    r"sen[dt]s?|sending|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|"
    r"suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|transfer(?:s|red|ring)?|donat(?:e|es|ed|ing)|"
    r"receiv(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|stationed|mass(?:es|ed)|amass(?:es|ed)|"
    r"launch(?:es|ed|ing)?|fir(?:e|es|ed|ing)|us(?:e|es|ed|ing)|buil[dt]s?|building|"
    r"produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|order(?:s|ed)?|buy(?:s|ing)?|bought|"
    r"purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|offer(?:s|ed|ing)?|requested|"
    r"asked\s+for|(?:attack(?:s|ed|ing)?|armed|equipped|struck|hit|pound(?:s|ed|ing)|target(?:s|ed|ing))\s+(?:[\w'’-]+\s+){0,3}with|a\s+swarm\s+of)"
    r"\s+(?:(?:another|a\s+further|an\s+additional|some|an\s+estimated|a\s+total\s+of|all)\s+)?"
)
_HELD = re.compile(_HELD_WORDS + "$", re.IGNORECASE)
# "launched 472 drones and seven missiles": the next item of what the verb sent
_HELD_ITEM = re.compile(_HELD_WORDS + r"[\d,.]+\s+(?:[\w-]+\s+){1,3}?(?:and|,)\s+$", re.IGNORECASE)
# "14 Leopard 2 tanks": a model's name with a number in it, after the count
_MODEL_NAME = re.compile(r"\s+[A-Z][a-z]+\s+$")
# "Of the 298 drones, 266 were shot down": a whole set at the head of a statement
_OF_THE_HEAD = re.compile(r"(?:^|[,;:]\s*|\.\s+)[Oo]f\s+(?:the|its|their)\s+$")
# "266 of the 298 drones": the gap between a part and its whole
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their)\s+")


def held(sentence: str, before_from: int, mention: NumberMention) -> bool:
    """Whether a figure comes right after a verb of holding, sending or using ("sent 31 tanks")."""
    return (
        _HELD.search(sentence, max(before_from, mention.start - 60), mention.start) is not None
        or _HELD_ITEM.search(sentence, max(0, mention.start - 90), mention.start) is not None
    )


def model_number(sentence: str, mention: NumberMention, before: NumberMention | None) -> bool:
    """Whether a small figure right after a count and a capitalised word names a model ("Leopard 2")."""
    return (
        before is not None
        and mention.end - mention.start <= 2
        and _MODEL_NAME.fullmatch(sentence, before.end, mention.start) is not None
    )


def part_of_next(sentence: str, mention: NumberMention, following: NumberMention | None) -> bool:
    """Whether the figure is a part told of the figure after it: "266 of the 298 drones"."""
    return following is not None and _OF_THE.fullmatch(sentence, mention.end, following.start) is not None


def of_the_whole(sentence: str, mention: NumberMention) -> bool:
    """Whether the figure is a whole a statement opens on ("Of the 298 drones, 266 were shot down")."""
    return _OF_THE_HEAD.search(sentence, max(0, mention.start - 12), mention.start) is not None


def part_metric(
    metrics: Lexicon,
    owned: frozenset[str],
    sentence: str,
    span: tuple[int, int],
    whole: NumberMention,
    whole_end: int,
) -> Match | None:
    """What a part told of a whole counts: the metric verb right before it ("killed 179 of the 181"),
    else the whole's owned noun right after the whole ("destroyed 266 of the 298 drones")."""
    start, end = span
    verbs = [m for m in metrics.find(sentence, max(start, end - 40), end) if m.key not in owned]
    if verbs and VERB_GAP.fullmatch(sentence, verbs[-1].end, end):
        return verbs[-1]
    noun = next(iter(metrics.find(sentence, whole.end, whole_end)), None)
    # "the 69 Russian cruise missiles": a word or two between the whole and its noun
    if noun is not None and noun.key in owned and len(sentence[whole.end : noun.start].split()) <= 2:
        return noun
    # "179 of the 181 people on board had been killed": the verb after the whole, in its clause; but
    # "two of the seven wounded": the whole's own word, and the part is left to tally_parts.py
    after = next(
        (
            m
            for m in metrics.find(sentence, whole.end, whole_end)
            if m.key not in owned and m.key != _ON_BOARD
        ),
        None,
    )
    return after if after is not None and sentence[whole.end : after.start].strip() else None


# "all but two of the 181 on board": the whole less the part
_ALL_BUT = re.compile(r"\b(?:[Aa]ll|[Ee]veryone|[Ee]verybody)\s+but\s+$")
# "killing all but two of those on board", the whole carried named before: "a jet carrying 181 people"
_OF_THOSE_ABOARD = re.compile(
    r"\s+of\s+(?:those|the\s+people|the\s+passengers|them)\s+(?:on\s+board|aboard)\b"
)
_CARRYING = re.compile(r"\b(?:carrying|with)\s+(?:about\s+|some\s+|at\s+least\s+)?$")
# "12 residents of two buildings", "eight members of three families": a count of people, told by
# what they belong to; the second figure counts no one
_PEOPLE_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}((?:of|from)\s+)$")
_UNIT_NOUN = re.compile(r"\s+[a-z][\w-]*\b")


def all_but(sentence: str, counts: list[NumberMention]) -> list[NumberMention]:
    """The figures, with "all but two of the 181" read as one figure, 179 (the whole's qualifier), as
    "carrying 181 people ..., killing all but two of those on board" is."""
    read: list[NumberMention] = []
    skip = False
    for index, mention in enumerate(counts):
        if skip:
            skip = False
            continue
        whole = counts[index + 1] if index + 1 < len(counts) else None
        lead = _ALL_BUT.search(sentence, max(0, mention.start - 20), mention.start)
        if lead is not None and whole is not None and part_of_next(sentence, mention, whole):
            read.append(_less(sentence, whole, mention, (lead.start(), whole.end)))
            skip = read[-1] is not mention  # the whole is in the figure read; else it is read in its turn
        elif lead is not None and (aboard := _OF_THOSE_ABOARD.match(sentence, mention.end)):
            carried = next(
                (m for m in reversed(read) if _CARRYING.search(sentence, max(0, m.start - 25), m.start)), None
            )
            read.append(
                _less(sentence, carried, mention, (lead.start(), aboard.end())) if carried else mention
            )
        else:
            read.append(mention)
    return read


def _less(sentence: str, whole: NumberMention, part: NumberMention, span: tuple[int, int]) -> NumberMention:
    """The whole less an exact part, as one figure over `span`; the part itself when it cannot be."""
    less = part.value
    if less is None or part.low != less or part.high != less or whole.value is None or whole.value <= less:
        return part
    start, end = span
    return replace(
        whole,
        start=start,
        end=end,
        text=sentence[start:end],
        value=whole.value - less,
        low=None if whole.low is None else whole.low - less,
        high=None if whole.high is None else whole.high - less,
    )


def belongs_to(sentence: str, counts: list[NumberMention]) -> list[tuple[int, int]]:
    """The spans, from "of" to its noun's end, of figures that tell what a count's people belong to
    ("12 residents of two buildings were killed": 12 were killed, not two)."""
    spans: list[tuple[int, int]] = []
    for previous, mention in itertools.pairwise(counts):
        gap = _PEOPLE_OF.fullmatch(sentence, previous.end, mention.start)
        noun = _UNIT_NOUN.match(sentence, mention.end)
        if gap is not None and noun is not None:
            spans.append((gap.start(1), noun.end()))
    return spans


# "50 hostages released in exchange for 150 prisoners": the other side of one swap
_SWAPPED_FOR = re.compile(r"\b(?:in\s+exchange\s+for|in\s+return\s+for|for)\s+(?:some\s+|about\s+)?$")


def swapped_for(sentence: str, before: NumberMention, mention: NumberMention) -> bool:
    """Whether the figure is what the figure before it is swapped for, in its clause."""
    return _SWAPPED_FOR.search(sentence, before.end, mention.start) is not None
