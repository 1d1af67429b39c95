"""Turn the numbers in a sentence into tally claims: what is counted, for whom, how exactly.

For each count the number recogniser finds (years, dates, times, votes such as 141-5, percentages,
ordinals and distances are not counts), the metric is read from the words around it:
- after the number, up to the end of its clause ("498 Russian servicemen have been killed",
  "1,502 Ukrainian military facilities"), the first metric alias wins;
- failing that, before it, back to the previous number or the start of the clause ("the attack
  killed five people", "casualties among Russian troops ... exceed 5,000"), the nearest one wins;
- failing both, rapidfuzz compares the noun phrase after the number with the metric aliases.
A number with no metric is not a tally and makes no claim. A metric with `requires` in the rules
(buildings: destroyed, damaged, collapsed, ...) is read only when one of those words is in the
figure's clause: "3 million homes without power" and "1,000 people pulled from flooded homes" count
no homes destroyed. A metric word of another clause with its own subject ("fired 30 rounds before
he was killed") is not the figure's; an -ing verb right before a figure takes it as its object
("wounding seven others ... before he was shot dead"); "while a rights group put the number at 16"
counts what the sentence counted before. A figure with its own daily words ("including 142,000 on
Tuesday alone", "3,590 new cases") is the day's, not the running total.

The rest is told where it is done:
- tally_figures.py: the figures that make no claim (a figure that describes, a change, a plan,
  errors in a count, a figure being corrected); tally_asides.py: an earlier figure, listed for no
  day, and a guess at the final toll; tally_totals.py: the figures before "bringing the total to
  2,439", which are the day's (or its parts by place); tally_new_list.py: a list after a new count
  ("37 new deaths, 92 injuries"), all the day's; tally_sexes.py: breakdowns by sex or certainty;
- tally_scope.py: whose count a figure is and where (a side, a place, the attackers), a part of a
  toll; tally_owner.py: whose it is by its label, heading or toll's noun, or carried on in a list;
  tally_incidents.py: one incident's toll;
- tally_metric.py: the order in which a figure's metric is read from its words;
  tally_held.py: a side's things it holds or sends, no loss, and a part told of a whole;
- tally_clauses.py: where a figure's clause and statement end; tally_before.py: the metric named
  before a figure, the toll named far back that a figure rose to, and the words a metric requires;
  tally_own_word.py: whether the metric word after a figure is its own or the next figure's;
  tally_nouns.py: unusual wordings (a verb two figures share, people on a vessel, parts set off by
  dashes); tally_carry.py: the metric a figure takes from the count before it; tally_state.py: a
  state some of a count are still in ("80 injured remain in hospital", rules: state_of);
  tally_labels.py: the label a list item or fact box gives a figure; tally_record.py: the record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from discrep.extract.lexicon import Lexicon
from discrep.extract.tally_asides import EARLIER, PROJECTED, guessed
from discrep.extract.tally_before import required_or_next
from discrep.extract.tally_carry import revises, same_count_subject
from discrep.extract.tally_clauses import (
    STRONG_END,
    asides,
    before_start,
    breaks_down,
    clause_end,
    statement_end,
    statement_start,
    went_on_from,
)
from discrep.extract.tally_counts import counted_figures
from discrep.extract.tally_figures import (
    NEW,
    PROJECTION,
    TO_NEW,
    bases,
    before_remark,
    corrects,
    earlier_figure,
    earlier_values,
    increment,
    previous_value,
    replaced,
)
from discrep.extract.tally_gate import may_count
from discrep.extract.tally_held import (
    all_but,
    belongs_to,
    held,
    model_number,
    of_the_whole,
    part_of_next,
    swapped_for,
)
from discrep.extract.tally_incidents import IN_BATCH, IN_INCIDENT, INCIDENT, SEPARATE
from discrep.extract.tally_metric import MetricWords, figure_metric
from discrep.extract.tally_owner import carried_subject, figure_subject, owner_by_adjective
from discrep.extract.tally_parts import (
    a_part,
    after_whole,
    left_out_part,
    part_of_a_day,
)
from discrep.extract.tally_past import of_a_later_stretch
from discrep.extract.tally_record import Tally as Tally  # re-exported: the refining modules name it from here
from discrep.extract.tally_refine import refined
from discrep.extract.tally_scope import (
    GENERIC_PEOPLE,
    PART_COUNTS,
    PART_LEAD,
    PART_OF_AREA,
    Scope,
)
from discrep.extract.tally_sexes import by_sex
from discrep.extract.tally_state import in_state
from discrep.extract.tally_words import HEDGE, NEGATION, PLACE_UNITS, WHO
from discrep.extract.timing import daily_marker, toll_rose_to

if TYPE_CHECKING:  # the number grammar is imported by the first TallyFinder, not with this module
    from discrep.text.numbers import NumberMention


class TallyFinder:
    def __init__(
        self,
        metrics: Lexicon,
        noun_metrics: frozenset[str],
        subjects: Lexicon,
        places: Lexicon | None = None,
        requires: Mapping[str, Lexicon] | None = None,
        states: Mapping[str, frozenset[str]] | None = None,
        towns: frozenset[str] = frozenset(),
        owned: frozenset[str] = frozenset(),
        labels: Lexicon | None = None,
    ):
        self._metrics = metrics
        self._words = MetricWords(metrics, noun_metrics, subjects, labels or metrics, owned)
        self._places = places
        self._nouns = noun_metrics
        self._owned = owned  # noun metrics of a side's things, whose figures count its losses
        self._subjects = subjects
        self._requires = dict(requires or {})
        self._states = dict(states or {})
        self._scope = Scope(subjects, places, noun_metrics, towns)
        from discrep.text.numbers import parse_numbers

        self._parse_numbers = parse_numbers

    def find(self, sentence: str) -> list[Tally]:
        if not may_count(sentence):
            return []
        # `measured`: by figure start, the metric a measure's unit names ("10,000 hectares")
        counts, measured = counted_figures(
            sentence, self._parse_numbers(sentence), self._metrics, self._nouns
        )
        # "179 men, 134 women, 25 boys and 11 girls died": the dead by sex, parts of a toll told elsewhere
        sexes = by_sex(sentence, counts)
        # "14 Leopard 2 tanks": the model's number is no figure
        counts = [
            m
            for i, m in enumerate(counts)
            if m not in sexes and not model_number(sentence, m, counts[i - 1] if i else None)
        ]
        counts = all_but(sentence, counts)  # "all but two of the 181": 179
        # "1,081 killed (1,035)", "285 (255) killed": the count in the report before, which must not
        # stand between a figure and its metric either: read as if the brackets were blank
        brackets = earlier_values(sentence, counts)
        # "(1,035)": the count's earlier value, listed as such
        # (not "2,100 acres (850 hectares)": the same area in another unit, blanked but not listed)
        bracketed = [
            m
            for m in counts
            if m.kind != "measure" and any(start <= m.start < end for start, end in brackets)
        ]
        for start, end in [
            *brackets,
            *bases(sentence, counts),
            *belongs_to(sentence, counts),
            *asides(sentence, [m.start for m in (*counts, *sexes)]),
        ]:
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
            counts = [m for m in counts if not start <= m.start < end]
        earlier: list[NumberMention] = []  # "down from 153,000": an earlier figure, listed as such
        tallies: list[Tally] = []
        taken_after = -1  # where the metric word the last figure took from after itself starts
        replaced_from: int | None = None  # where the words before a replaced figure begin
        subset_end: int | None = None  # the end of a part of a toll just left out ("two of the dead")
        for index, mention in enumerate(counts):
            next_start = counts[index + 1].start if index + 1 < len(counts) else len(sentence)
            # a breakdown's figures, left out of `counts`, still end the words before this one
            prev_end = max(
                [counts[index - 1].end if index else 0] + [m.end for m in sexes if m.end <= mention.start]
            )
            # "revised the death toll from 79": the sentence's only figure is an earlier value, read
            # as one (listed for no day) with the metric named before it
            lone = index == len(counts) - 1 and not tallies and not earlier
            lone = lone and previous_value(sentence, mention.start) and not bracketed
            if not lone and replaced(sentence, mention.start):
                if previous_value(sentence, mention.start):
                    earlier.append(mention)
                # "down from 153,000": an earlier figure, for a day the sentence does not give; the
                # words before it name the new figure of "risen from 99 to 156"
                replaced_from = before_start(sentence, prev_end, mention.start)
                continue
            if increment(sentence, mention.start):
                continue  # "(+3)" after a running total in a list: the day's increase
            if replaced_from is not None and TO_NEW.fullmatch(sentence, prev_end, mention.start):
                prev_end = replaced_from
            replaced_from = None
            after_end = clause_end(sentence, mention.end, next_start)
            # "destroyed 266 of the 298 drones": a part told of the figure after it
            part = part_of_next(sentence, mention, counts[index + 1] if index + 1 < len(counts) else None)
            whole = (index > 0 and part_of_next(sentence, counts[index - 1], mention)) or of_the_whole(
                sentence, mention
            )
            # "an earlier estimate put the number of dead at 2,300": listed, for no day
            aside = (
                EARLIER
                if lone
                or earlier_figure(sentence, before_start(sentence, prev_end, mention.start), mention.start)
                else None
            )
            if not part and left_out_part(
                (self._metrics, self._subjects, self._scope),
                sentence,
                mention,
                index > 0,
                (before_start(sentence, prev_end, mention.start), after_end),
                tallies,
            ):
                subset_end = mention.end
                continue  # "three of the wounded", "36 of whom are dead": a part of a toll
            # what the figure counts: the metric word after it, its label, a verb before it, ...
            found = figure_metric(
                self._words,
                sentence,
                (counts, index, sexes, measured),
                (prev_end, next_start, after_end),
                part,
                tallies,
                taken_after,
            )
            metric, metric_match, label = found.metric, found.match, found.label
            after_end, before_from, taken_after = found.after_end, found.before_from, found.taken_after
            if metric is None or (metric not in self._nouns and PLACE_UNITS.match(sentence, mention.end)):
                continue  # "884,000 people in five provinces live in areas affected": five provinces
            if corrects(sentence, mention.end, after_end):
                continue  # "several deaths had been counted twice": errors in a count, not a count
            if revises(sentence, mention, tallies) and tallies[-1].metric == metric and not tallies[-1].aside:
                tallies[-1] = replace(tallies[-1], aside=EARLIER)  # "at 151, later revising it to 157"
            # (up to the figure's end: "may exceed 20,000" is read as the figure "exceed 20,000"; and
            # not in a remark on it: "97 destroyed, a figure expected to rise", "that could not be verified")
            remark = before_remark(sentence, mention.end, after_end)
            if (
                PROJECTION.search(sentence, went_on_from(sentence, before_from, mention.start), mention.end)
                or PROJECTION.search(sentence, mention.end, remark)
                or guessed(sentence, mention, before_from, remark)
                # "... will see 50 hostages released in exchange for 150 prisoners": the swap's other side
                or (
                    bool(tallies)
                    and tallies[-1].aside == PROJECTED
                    and swapped_for(sentence, tallies[-1].mention, mention)
                )
            ):
                # "50 hostages to be released", "the toll could rise to 100", "as many as 20,000 are
                # believed dead": not yet a count, listed for no day
                aside = PROJECTED
            required = required_or_next(
                (self._metrics, self._nouns, self._requires),
                sentence,
                mention,
                metric_match,
                metric,
                (before_from, after_end),
            )
            if required is None:
                continue  # "3 million homes without power" counts no homes destroyed (rules: requires)
            metric, metric_match = required
            if metric in self._owned and (whole or held(sentence, before_from, mention)):
                continue  # "Russia launched 298 drones", "266 of the 298 drones": what a side sent, no loss
            metric = in_state(self._metrics, self._states, sentence, mention, metric, counts)
            after_part = bool(tallies) and tallies[-1].part and tallies[-1].mention.end == before_from
            same_statement = bool(tallies) and not STRONG_END.search(
                sentence, tallies[-1].mention.end, mention.start
            )
            # "2,919 civilian casualties: 1,151 killed ...": the parts of a total go on from it too
            after_total = bool(tallies) and breaks_down(sentence, tallies[-1].mention.end, mention.start)
            # a place that reports a toll is looked for back to the start of the statement, unless a
            # count before in it hands its subject on ("Spain reported 9,191 cases and 309 deaths")
            reporting_from = before_from if same_statement else statement_start(sentence, mention.start)
            subject = self._scope.subject(
                sentence, mention, metric, metric_match, after_end, before_from, after_part, reporting_from
            )
            subject = figure_subject(
                self._scope,
                self._places,
                sentence,
                (mention, after_end),
                subject,
                (label, metric_match, metric in self._nouns),
            )
            subject = (
                same_count_subject(self._subjects, sentence, mention, tallies, metric, after_end) or subject
            )
            if subject is None and metric in self._owned:
                subject = owner_by_adjective(self._subjects, sentence, mention, metric_match)
            if (
                subject is not None
                and subject.startswith("in:")
                and same_statement
                and PART_LEAD.search(sentence, max(0, mention.start - 40), mention.start)
                and not self._subjects.find(sentence, mention.end, after_end)
                # "including four in Ohio", "including 900 in the city of Eastport": the part's own place
                and self._scope.own_place(sentence, mention.end, after_end) is None
            ):
                subject = None  # "1,908 fighters surrendered in Mariupol, including 771 ...": the whole's
            if subject == PART_OF_AREA:
                continue  # "In Lombardy, the worst-hit region, 1,218 died": a part the rules cannot place
            if same_statement or after_total:
                # "498 Russian troops killed, with another 1,600 wounded": the list goes on
                subject = carried_subject(
                    self._scope,
                    sentence,
                    (prev_end, mention.start),
                    subject,
                    tallies,
                    metric in self._nouns,
                    same_statement,
                )
            if (
                subset_end is not None
                and subject in (None, GENERIC_PEOPLE)
                and (metric_match is None or metric_match.start < mention.start)
                and not STRONG_END.search(sentence, subset_end, mention.start)
            ):
                continue  # "two of the freed men are Americans, and five are British": the list of parts
            subset_end = None
            if after_whole(sentence, tallies, mention, metric, subject):
                continue  # "out of 1,481 deaths, the south reported 638": a part of the whole before
            # "of the dead, 145 were Egyptians", "in the capital alone, 19 deaths": a part of a toll,
            # not a toll; but things of their own kind ("among them, 14 airfields") are their count
            own_kind = metric in self._nouns and all(t.metric != metric for t in tallies)
            place = self._scope.where(sentence, mention.end, after_end) if own_kind else None
            if place is not None and subject is None:
                subject = place  # "6,000 buildings collapsed in Turkey alone": that place's count
            elif place is not None:
                own_kind = False  # "40 Russian tanks in Kharkiv alone": a part of the side's count
            own_kind = own_kind or metric in PART_COUNTS  # "of the 99 dead, 40 were identified"
            if not own_kind and a_part(
                sentence, counts, index, metric_match, subject, before_from, after_end, self._scope
            ):
                continue
            if (
                same_statement
                and PART_LEAD.search(sentence, max(0, mention.start - 40), mention.start)
                and (
                    WHO.match(sentence, mention.end) or self._subjects.find(sentence, mention.end, after_end)
                )
                and any(t.metric == metric and t.subject == subject and not t.part for t in tallies)
            ):
                # "49 people killed, a figure that includes two soldiers who drowned", "36,750 people
                # evacuated, including 8,000 residents of Cazaux": the same count's part ("including
                # 700 on Tuesday" is the day's, and counted)
                continue
            if of_a_later_stretch(sentence, statement_start(sentence, mention.start), after_end):
                continue  # "since the truce ended on Friday, 240 killed": a later stretch's count
            clause = sentence[before_from:after_end]
            # the whole statement so far: "a strike ... left five dead and five others injured"
            statement = statement_start(sentence, mention.start)
            incident = metric not in self._nouns and bool(
                INCIDENT.search(sentence, statement, mention.start)
                or IN_INCIDENT.search(sentence, mention.end, after_end)
                or SEPARATE.search(sentence, mention.end, after_end)
                or IN_BATCH.search(sentence, mention.end, statement_end(sentence, mention.end))
            )
            tallies.append(
                Tally(
                    mention,
                    metric,
                    subject,
                    bool(NEGATION.search(clause)),
                    bool(HEDGE.search(clause)),
                    incident,
                    bool(PART_LEAD.search(sentence, max(0, mention.start - 40), mention.start)),
                    bool(NEW.match(sentence, mention.end))
                    or part_of_a_day(sentence, mention)  # "27 rescued, including seven on Tuesday"
                    or (
                        daily_marker(sentence, mention.end, after_end)
                        and not toll_rose_to(sentence, mention.start)
                    ),
                    aside,
                )
            )
        return refined(
            sentence, tallies, sexes, earlier, bracketed, (self._metrics, self._nouns, self._places)
        )
