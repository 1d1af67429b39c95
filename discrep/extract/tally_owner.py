"""Whose count a figure is, told by the words around its metric or carried on from the count before.

The scope (tally_scope.py) reads a figure's own words; these read what it leaves open:
- the label a figure takes its metric from ("Deaths in Turkey: 24,617"), the heading of a list
  ("Balochistan: 336 deaths") or the subject named right before a toll's noun ("Civilian casualties
  ... amounted to 2,361 people": civilians) tell whose count it is (told_subject); a count of
  things is no people's, and one of everywhere but a place is the rest of the world's (figure_subject);
- a list goes on ("498 Russian troops killed, with another 1,600 wounded") from the last count that is
  not a part, unless another place is named on the way; a part told by another metric carries on a
  side's whole ("2,361 civilian casualties, including 902 dead": civilians killed) (carried_subject).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.tally_clauses import statement_start
from discrep.extract.tally_outside import outside_of
from discrep.extract.tally_places import heading_subject
from discrep.extract.tally_scope import GENERIC_PEOPLE, PART_LEAD

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon, Match
    from discrep.extract.tallies import Tally
    from discrep.extract.tally_scope import Scope
    from discrep.text.numbers import NumberMention

_TOLL_NOUN = re.compile(r"(?:casualties|deaths|dead|losses|fatalities|toll)$", re.IGNORECASE)


def a_side(subject: str | None) -> bool:
    """Whether a subject is a side of a war (civilians, a military)."""
    return subject is not None and (subject == "civilians" or subject.endswith("_military"))


def owner_of_noun(subjects: Lexicon, sentence: str, noun: Match) -> str | None:
    """The subject named right before a toll's noun ("civilian casualties", "civilian death toll"),
    not the one who did it ("troops killed": no noun of a toll)."""
    if not _TOLL_NOUN.search(noun.text):
        return None
    found = [
        m
        for m in subjects.find(sentence, max(0, noun.start - 25), noun.start)
        if not sentence[m.end : noun.start].strip()
    ]
    return found[-1].key if found else None


def told_subject(
    scope: Scope,
    places: Lexicon | None,
    sentence: str,
    mention: NumberMention,
    subject: str | None,
    label: Match | None,
    metric_match: Match | None,
) -> str | None:
    """The figure's subject, where its own words name none or people in general, from its label,
    its list's heading or the subject before its toll's noun."""
    if subject not in (None, GENERIC_PEOPLE):
        return subject
    if label is not None and label is metric_match:  # "Deaths in Turkey: 24,617": the label's place
        subject = scope.where(sentence, label.end, mention.start) or subject
    if subject in (None, GENERIC_PEOPLE):  # "Balochistan: 336 deaths": the heading's place
        subject = heading_subject(sentence, mention.start, places) or subject
    if subject in (None, GENERIC_PEOPLE) and metric_match is not None and metric_match.end <= mention.start:
        subject = owner_of_noun(scope.subjects, sentence, metric_match) or subject
    return subject


def figure_subject(
    scope: Scope,
    places: Lexicon | None,
    sentence: str,
    figure: tuple[NumberMention, int],
    subject: str | None,
    words: tuple[Match | None, Match | None, bool],
) -> str | None:
    """told_subject(), and then: a count of things is no people's ("about 12,000 people, tanks -
    317"); a count of everywhere but a place is the rest of the world's ("Outside mainland China,
    about 50 cases": tally_outside.py). `figure` is the mention and where its clause ends; `words`
    its label, its metric word and whether the metric counts things."""
    mention, after_end = figure
    label, metric_match, noun = words
    subject = told_subject(scope, places, sentence, mention, subject, label, metric_match)
    if subject == GENERIC_PEOPLE and noun:
        subject = None
    head = statement_start(sentence, mention.start)
    return outside_of(places, sentence, head, (mention.start, after_end)) or subject


def carried_subject(
    scope: Scope,
    sentence: str,
    span: tuple[int, int],
    subject: str | None,
    tallies: list[Tally],
    noun: bool,
    same_statement: bool,
) -> str | None:
    """The subject of a figure in a list that goes on from the counts before it in its statement;
    `span` runs from the end of the figure before to this one's start; `noun`: it counts things."""
    prev_end, start = span
    if subject is None and not noun:
        whole = next((t for t in reversed(tallies) if not t.part), None)
        subject = whole.subject if whole is not None else None
        between = scope.where(sentence, prev_end, start) if tallies else None
        if between is not None and subject is not None and subject.startswith("in:"):
            subject = between  # "..., and in northern Syria the toll climbed to 2,992"
    elif (
        subject is None
        and same_statement
        and tallies
        and a_side(tallies[-1].subject)
        and PART_LEAD.search(sentence, max(0, start - 40), start)
    ):
        # "destroyed 2,396 Ukrainian military facilities ..., including 76 aircraft": that side's too
        subject = tallies[-1].subject
    elif subject == GENERIC_PEOPLE and same_statement and tallies and not tallies[-1].part:
        whole = tallies[-1]
        if a_side(whole.subject) and PART_LEAD.search(sentence, max(0, start - 40), start):
            subject = whole.subject
        elif (
            whole.subject is not None
            and whole.subject.startswith("in:")
            and scope.where(sentence, prev_end, start) is None
            and scope.where(sentence, statement_start(sentence, whole.mention.start), whole.mention.start)
            == whole.subject
        ):
            # a place named before the list is all its counts': "In Syria, 1,200 people died and
            # 3,000 were injured", "Malawi's government said 190 were killed with 584 injured"
            subject = whole.subject
    return subject


# "41 Russian aircraft", "40 Ukrainian tanks": a side's adjective right before its things
_SIDE_ADJECTIVE = re.compile(r"\s+(?:(?:more|other|further|additional)\s+)?([A-Z][a-z]+)\s+$")


def owner_by_adjective(
    subjects: Lexicon, sentence: str, mention: NumberMention, noun: Match | None
) -> str | None:
    """The side whose things a figure counts, told by its adjective before the noun ("41 Russian
    aircraft": russian_military), as the rules name its soldiers ("Russian military"); None for a
    side the rules lack, whose things stay in their claimant's own series."""
    if noun is None or noun.start < mention.end:
        return None
    found = _SIDE_ADJECTIVE.fullmatch(sentence, mention.end, noun.start)
    if found is None:
        return None
    side = f"{found.group(1)} military"
    known = subjects.find(side)
    if known and known[0].start == 0 and known[0].end == len(side):
        return known[0].key
    return None
