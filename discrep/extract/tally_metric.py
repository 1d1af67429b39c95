"""What a figure counts: the metric its words name, read in the order that settles it.

The metric word right after the figure, unless it is the next list item's (a label before the figure
wins: "tanks ‒ 1,379, helicopters ‒ 176") or the next figure's own; a part told of a whole takes
the verb or the whole's noun ("destroyed 266 of the 298 drones"); a verb right before the figure
whose object it is ("wounding seven", "handed over the bodies of 6,000"); a metric word before it;
a toll named far back ("the toll ... rose to 52"); a near miss of an alias; a verb the next figure
shares ("Forty soldiers and 300 civilians were killed"); a vessel's people, lives lost, the metric
of the count before ("killed 3,000 in Turkey and 1,000 in Syria"), or a lead's ("Of the deaths,
81 ..."). tallies.py asks, once per figure, and goes on to whose count it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from discrep.extract.tally_also import TOTAL, named_total
from discrep.extract.tally_asides import ON_BOARD
from discrep.extract.tally_before import metric_before, toll_named_back
from discrep.extract.tally_carry import carried_metric
from discrep.extract.tally_casualties import lives_lost
from discrep.extract.tally_clauses import before_start, clause_end
from discrep.extract.tally_held import part_metric
from discrep.extract.tally_labels import figure_label
from discrep.extract.tally_lead import lead_metric
from discrep.extract.tally_nouns import (
    after_models,
    after_parts,
    fuzzy_metric,
    on_a_vessel,
    on_board,
    shared_verb,
    verb_before,
    verb_over_noun,
)
from discrep.extract.tally_own_word import own_word
from discrep.extract.tally_parts import part_count_before
from discrep.extract.tally_scope import SUBSET_AFTER

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon, Match
    from discrep.extract.tally_record import Tally
    from discrep.text.numbers import NumberMention


@dataclass(frozen=True, slots=True)
class MetricWords:
    """The rules' words a figure's metric is read from."""

    metrics: Lexicon
    nouns: frozenset[str]  # noun metrics: the alias names the counted thing ("1,502 facilities")
    subjects: Lexicon
    labels: Lexicon  # the metrics' aliases and the words that name them only as a list's label
    owned: frozenset[str]  # noun metrics of a side's things


@dataclass(frozen=True, slots=True)
class FigureMetric:
    """The metric of one figure, and the bounds of its words as reading it left them."""

    metric: str | None
    match: Match | None  # the metric's word, when one names it
    label: Match | None  # the label it took its metric from ("tanks ‒ 1,379")
    after_end: int  # where the figure's words after it end
    before_from: int  # where its words before it begin
    taken_after: int  # where the metric word the figure took from after itself starts


def figure_metric(
    words: MetricWords,
    sentence: str,
    figures: tuple[list[NumberMention], int, list[NumberMention], dict[int, Match]],
    bounds: tuple[int, int, int],
    part: bool,
    tallies: list[Tally],
    taken_after: int,
) -> FigureMetric:
    """The metric of the figure `counts[index]` (`figures`: the counts, the index, a breakdown's
    figures left out of them, and the metric a measure's unit names by figure start); `bounds`: the
    end of the figure before, the start of the next, the end of its clause; `part`: the figure is a
    part told of the next one; `tallies`: the sentence's tallies so far."""
    counts, index, sexes, measured = figures
    prev_end, next_start, after_end = bounds
    mention = counts[index]
    # an alias that starts in the clause may run past its end: "tanks and other armoured
    # vehicles" is one thing, though " and " ends a clause
    metric_match = measured.get(mention.start) or next(
        (m for m in words.metrics.find(sentence, mention.end, next_start) if m.start < after_end),
        None,
    )
    if part:
        following = counts[index + 1]
        metric_match = part_metric(
            words.metrics,
            words.owned,
            sentence,
            (before_start(sentence, prev_end, mention.start), mention.start),
            following,
            clause_end(sentence, following.end, len(sentence)),
        )
    elif SUBSET_AFTER.match(sentence, mention.end):  # "the names of 55 of the dead": not the dead
        metric_match = part_count_before(words.metrics, sentence, prev_end, mention) or metric_match
    if metric_match is None:  # "119 S-300, Buk-M1 and Osa air defence systems"
        metric_match = after_models(words.metrics, sentence, mention, next_start)
    if metric_match is not None and metric_match.key == ON_BOARD:
        # "two on board were injured", "killed all 150 on board": what befell them is counted
        metric_match = on_board(
            words.metrics, words.nouns, sentence, prev_end, mention, after_end, metric_match
        )
    label = figure_label(words.labels, sentence, prev_end, mention.start, mention.end, metric_match)
    if label is not None:
        metric_match = label  # "tanks ‒ 1,379, helicopters ‒ 176": not the next item's label
    if (
        metric_match is not None
        and not part
        and not own_word(sentence, mention, metric_match, next_start, index + 1 < len(counts), words.nouns)
    ):
        metric_match = None
    if metric_match is None:
        # "More than 500 people, including 176 police officers, have been injured"; the next
        # figure may be a breakdown's, left out of `counts`: "including 11 children and"
        next_part = min([m.start for m in sexes if m.start > mention.end] + [next_start])
        found = after_parts(words.metrics, sentence, mention, next_part)
        if found is not None:
            metric_match, after_end = found[0], max(after_end, found[1])
    before_from = before_start(sentence, prev_end, mention.start)
    verb = verb_before(words.metrics, words.nouns, sentence, before_from, mention.start)
    taken_word: int | None = None  # the noun after the figure, when a verb before it took its place
    if (
        metric_match is not None
        and verb is not None
        and (
            len(sentence[mention.end : metric_match.start].split()) > 3
            # "handed over the bodies of 6,000 soldiers killed in action": the bodies
            or verb.text.endswith(" of")  # (verb_before: a verb's phrase, "the bodies of")
        )
    ):
        metric_match = None  # "wounding seven others ... shot dead": the verb has its object
    elif metric_match is not None and (
        done := verb_over_noun(
            words.metrics,
            words.nouns,
            words.subjects,
            sentence,
            (before_from, mention.start),
            mention,
            metric_match,
        )
    ):
        taken_word, metric_match = metric_match.start, done  # "released 13 Israeli hostages"
    if metric_match is None and verb is not None:
        metric_match = verb
    elif metric_match is None:
        metric_match = metric_before(
            words.metrics,
            words.nouns,
            words.subjects,
            sentence,
            mention,
            (before_from, after_end),
            taken_after,
        )
    else:
        taken_after = taken_word if taken_word is not None else metric_match.start
    metric_match = toll_named_back(words.metrics, words.nouns, sentence, mention, metric_match)
    metric = (
        metric_match.key if metric_match else fuzzy_metric(words.metrics, sentence, mention.end, after_end)
    )
    if named_total(sentence, mention.start, mention.end):
        metric = TOTAL  # "the new total of 1,644 is ...": the sentence before's count (article.py)
    if metric is None and index + 1 < len(counts):  # "Forty soldiers and 300 civilians were killed"
        metric_match = shared_verb(words.metrics, words.nouns, sentence, mention, counts[index + 1])
        metric = metric_match.key if metric_match is not None else None
    if metric is None and on_a_vessel(sentence, mention, after_end):
        metric = ON_BOARD  # "209 Pakistanis were on an overloaded boat"
    elif metric is None and lives_lost(sentence, mention.start, mention.end):
        metric = "killed"  # "has claimed at least 2,719 lives"
    if metric is None:  # "killed 3,000 in Turkey and 1,000 in Syria"
        metric = carried_metric(words.subjects, sentence, mention, tallies, (prev_end, after_end))
    if metric is None and (lead := lead_metric(words.metrics, sentence, mention)) is not None:
        metric = lead.key  # "Of the deaths, 81 had been confirmed in Wajima"
    return FigureMetric(metric, metric_match, label, after_end, before_from, taken_after)
