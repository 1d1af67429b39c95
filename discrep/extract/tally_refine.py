"""The passes over a sentence's tallies once each figure has its own reading: the readings that need
the sentence's other figures (a split by place, a list of new counts, a breakdown by sex, an earlier
figure, casualties told beside the injured). Kept apart from the finder, which reads one figure at
a time; the order of the passes is the order each needs the one before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from discrep.extract.tally_asides import earlier_of, revised_down
from discrep.extract.tally_casualties import casualties_as_dead
from discrep.extract.tally_each import each_place
from discrep.extract.tally_incidents import one_incident
from discrep.extract.tally_new_list import new_list
from discrep.extract.tally_parts import parts_of_an_addition
from discrep.extract.tally_places import people_by_place, split_by_place
from discrep.extract.tally_record import Tally
from discrep.extract.tally_sexes import sex_tallies
from discrep.extract.tally_totals import totals_after_parts
from discrep.extract.timing import shared_daily

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon
    from discrep.text.numbers import NumberMention


def refined(
    sentence: str,
    tallies: list[Tally],
    sexes: list[NumberMention],
    earlier: list[NumberMention],
    bracketed: list[NumberMention],
    vocabulary: tuple[Lexicon, frozenset[str], Lexicon | None],
) -> list[Tally]:
    """The sentence's tallies after the passes that read them together; `vocabulary` is the finder's
    (metrics, noun metrics, places)."""
    metrics, nouns, places = vocabulary
    tallies = split_by_place(sentence, one_incident(sentence, tallies, nouns), nouns)
    tallies = people_by_place(sentence, tallies, nouns)  # "30 died in Kano, 12 in Kaduna"
    tallies = each_place(sentence, tallies, nouns, places)  # "two each in Noto and Shika"
    tallies = totals_after_parts(sentence, new_list(sentence, shared_daily(sentence, tallies)))
    tallies = sex_tallies(sentence, tallies, sexes, metrics, nouns, Tally)
    tallies = parts_of_an_addition(sentence, tallies)  # "another 27 dead, among them 23 women"
    tallies = revised_down(sentence, earlier_of(sentence, tallies, earlier, bracketed))
    return casualties_as_dead(sentence, tallies)  # "238 casualties, around 650 injured"
