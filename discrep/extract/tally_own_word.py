"""Whether the metric word found after a figure is the figure's own, or another's.

The metric after a figure is read up to the end of its clause (tallies.py), but a word found there may
belong elsewhere:
- to another clause with a subject of its own: "fired 30 rounds before he was killed";
- to the next figure, which it leads: "missing dropped to 66 as the death toll stood at 115", "the
  toll has reached 1,545, injuries tally 12,850" (after a comma, a few words before the next figure:
  its label), "thousands of protesters ..., detaining 63" (an -ing verb right before it);
- to the thing a noun metric names, when the figure counts people: "four Russians were on board the
  aircraft" counts no aircraft.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from discrep.extract.tally_scope import OTHER_CLAUSE
from discrep.extract.tally_words import LABEL_OF_NEXT, NEXT_ONES, NOT_NOUN_PHRASE, VERB_GAP

if TYPE_CHECKING:
    from discrep.extract.lexicon import Match
    from discrep.text.numbers import NumberMention


def own_word(
    sentence: str,
    mention: NumberMention,
    word: Match,
    next_start: int,
    more: bool,
    nouns: Collection[str],
) -> bool:
    """Whether `word`, a metric alias after `mention`, is its own; `next_start` is where the next
    figure starts (the sentence's end when none), `more` whether another count follows."""
    if OTHER_CLAUSE.search(sentence, mention.end, word.start):
        return False  # "30 rounds before he was killed": the word is another clause's
    following = next_start < len(sentence) and word.start > mention.end
    if following and NEXT_ONES.fullmatch(sentence, word.end, next_start):
        return False  # "missing dropped to 66 as the death toll stood at 115": the next one's
    if (
        following
        and "," in sentence[mention.end : word.start]
        and LABEL_OF_NEXT.fullmatch(sentence, word.end, next_start)
    ):
        return False  # "reached 1,545, injuries tally 12,850": the next one's label
    if more and word.text.lower().endswith("ing") and VERB_GAP.fullmatch(sentence, word.end, next_start):
        return False  # "thousands of protesters ..., detaining 63": the next figure's verb
    # "four Russians were on board the aircraft": not four aircraft
    return not (word.key in nouns and NOT_NOUN_PHRASE.search(sentence, mention.end, word.start))
