"""Whether a figure counts a part of a toll rather than a toll: "of the dead, 145 were Egyptians".

A part is left out of the tallies (the tally check compares wholes): a figure after "of the dead"
or "among them"; the figures after a whole named with "among the 1,459 injured"; a part of the
area ("in the capital alone, 19 deaths", "..., with 19 deaths in Cusco alone"). The figure right
after "among the" and right before its metric is the whole itself. A whole named with "out of"
("out of 1,481 deaths owing to the floods, the south has reported 638") or followed by "of which"
("injuries to 12,748 people, of which 8,321 are in the south, 3,858 in the east") is broken down
by the figures of its metric after it in the statement (after_whole).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from discrep.extract.lexicon import Lexicon, Match
from discrep.extract.tally_areas import part_of_area
from discrep.extract.tally_clauses import STRONG_END, first_stop, statement_start
from discrep.extract.tally_scope import (
    AMONG_AFTER,
    GENERIC_PEOPLE,
    PART_COUNTS,
    PART_LEAD,
    PART_ON_A_DAY,
    SUBSET,
    SUBSET_AFTER,
    WHOLE_LEAD,
    WHOLE_TO_PART,
    Scope,
)

if TYPE_CHECKING:
    from discrep.extract.tallies import Tally
    from discrep.text.numbers import NumberMention

# "out of 1,481 deaths", "out of the 2,000 injured": the whole a statement then breaks down
_OUT_OF = re.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
# "12,748 people since June 14, of which, 8,321 ...": the parts follow
_OF_WHICH = re.compile(r",\s*(?:out\s+)?of\s+(?:which|whom)\b", re.IGNORECASE)
_OF_WHICH_NEXT = re.compile(r",\s*(?:out\s+)?of\s+(?:which|whom)\s*,?\s*$", re.IGNORECASE)


def counts_a_part(metrics: Lexicon, sentence: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` name a metric that is itself a part of the dead."""
    return any(m.key in PART_COUNTS for m in metrics.find(sentence, start, end))


def part_count_before(metrics: Lexicon, sentence: str, prev_end: int, mention: NumberMention) -> Match | None:
    """A metric of a part of the dead named just before a figure ("released the names of 55 of the
    dead"): the figure's metric, not the whole's named after it."""
    start = max(prev_end, mention.start - 40)
    return next((m for m in metrics.find(sentence, start, mention.start) if m.key in PART_COUNTS), None)


_FAMILY_AMONG = re.compile(
    r"\b(?:including|among\s+them|among\s+the\s+dead)\s+(?:a|an|one|the)\s+(?:family|household|couple)\s+of\s+$",
    re.IGNORECASE,
)


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
    if _FAMILY_AMONG.search(sentence, before_from, mention.start):
        return True  # "eight deaths, including a family of three": a part of the eight, wherever
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


def after_whole(
    sentence: str, tallies: list[Tally], mention: NumberMention, metric: str, subject: str | None
) -> bool:
    """Whether the figure breaks down a whole of its metric named before it in the statement with
    "out of" or followed by "of which", or opened with "Of those 14," (a figure naming a group of
    its own, "of whom 40 children", is a count of that group and stays; so is a count of its own
    kind of part: "Of the 121 victims, 72 have been identified")."""
    if metric in PART_COUNTS or (
        subject is not None and subject != GENERIC_PEOPLE and not subject.startswith("in:")
    ):
        return False
    if _OF_THOSE.search(sentence, max(0, mention.start - 60), mention.start):
        return True  # "Of those 14, 12 are from missing-persons reports": the 14 counted no metric
    for t in tallies:
        if t.part or STRONG_END.search(sentence, t.mention.end, mention.start):
            continue
        whole = t.mention
        if t.metric != metric:
            # "23 deaths ..., of which five were confirmed cases": the figure right after "of which"
            # is the whole's part whatever it names
            if _OF_WHICH_NEXT.search(sentence, whole.end, mention.start):
                return True
            continue
        if _OUT_OF.search(sentence, max(0, whole.start - 25), whole.start) or _OF_WHICH.search(
            sentence, whole.end, mention.start
        ):
            return True
    return False


# "Of those 14, 12 are from missing-persons reports": a part of a figure the sentence opens with
_OF_THOSE = re.compile(
    r"(?:^|[.;:]\s+)\W*of\s+(?:the|those|these)\s+\d[\d,.]*(?:\s+[a-z]+)?\s*,\s*"
    r"(?:only\s+|just\s+|some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


def part_of_a_day(sentence: str, mention: NumberMention) -> bool:
    """Whether the figure is a part told with its own day: "27 rescued so far, including seven on
    Tuesday" (the seven are Tuesday's, a daily figure), or the ones added since the last telling:
    "Another 200 people have been confirmed safe" (not the running count)."""
    return (
        PART_ON_A_DAY.match(sentence, mention.end) is not None
        and PART_LEAD.search(sentence, max(0, mention.start - 40), mention.start) is not None
    ) or (
        _ANOTHER.fullmatch(sentence, 0, mention.start) is not None
        and _ADDED_SINCE.match(sentence, mention.end) is not None
    )


# a sentence that opens with "Another 200": the figure added since the last count
_ANOTHER = re.compile(r"\W*(?:and\s+)?another\s+", re.IGNORECASE)
_ADDED_SINCE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:have|has|had)\s+(?:also\s+)?been\b|(?:\s+[a-z]+){0,2}?\s+were\b", re.IGNORECASE
)


_BELIEVED = re.compile(r"\b(?:believed|feared|thought|presumed|likely|probably)\b", re.IGNORECASE)
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|them|those)\b", re.IGNORECASE)


def group_count(
    metrics: Lexicon, sentence: str, mention: NumberMention, end: int, tallies: list[Tally]
) -> bool:
    """Whether a figure after "of whom" counts its own metric among a named group counted just
    before: "17 health workers have been infected, six of whom died" is the health workers' deaths,
    not a part of the toll to leave out (of people in general, "40 injured, six of whom died", it
    would be a part of the toll, and is left out)."""
    if (
        not tallies
        or not _OF_WHOM.match(sentence, mention.end)
        or _BELIEVED.search(sentence, mention.end, end)
    ):
        return False  # "80 hostages, 12 of whom are believed dead": a guess about a part
    group = tallies[-1]
    if group.subject is None or group.subject == GENERIC_PEOPLE or group.subject.startswith("in:"):
        return False
    found = next(iter(metrics.find(sentence, mention.end, end)), None)
    return found is not None and found.key != group.metric


# "Another 27 people were confirmed dead in Etah, among them 23 women": a count added to one before
_ADDED = re.compile(r"\b(?:another|a\s+further|an\s+additional|further)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def parts_of_an_addition(sentence: str, tallies: list[Tally]) -> list[Tally]:
    """The tallies, with the parts of a count added to an earlier one ("another 27 dead, among them
    23 women") kept apart as one incident's: the 23 are not all the women killed, and are listed
    but not held to the whole toll's breakdown."""
    out: list[Tally] = []
    added = False
    for t in tallies:
        if not t.part:
            added = _ADDED.search(sentence, max(0, t.mention.start - 30), t.mention.start) is not None
        elif added:
            t = replace(t, incident=True)
        out.append(t)
    return out


def left_out_part(
    words: tuple[Lexicon, Lexicon, Scope],
    sentence: str,
    mention: NumberMention,
    after_a_count: bool,
    span: tuple[int, int],
    tallies: list[Tally],
) -> bool:
    """Whether a figure counts a part of a toll, left out of the tallies: "three of the wounded",
    "36 of whom are dead", and after a count "five among confirmed cases". Not when its own words name
    another group ("four of the dead were children"; not "were elderly people": people are the whole),
    a part the metric counts ("40 of the dead have been identified"), a group counted of its own, or a
    place ("with 213 of those deaths occurring in the region of Valencia"). `words` are the metrics,
    subjects and scope of the finder; `span` runs from the words before the figure to its clause's end."""
    metrics, subjects, scope = words
    start, end = span
    subset = SUBSET_AFTER.match(sentence, mention.end)
    if not subset and not (after_a_count and AMONG_AFTER.match(sentence, mention.end)):
        return False
    return not (
        any(m.key != GENERIC_PEOPLE for m in subjects.find(sentence, mention.end, end))
        or counts_a_part(metrics, sentence, start, end)
        or group_count(metrics, sentence, mention, end, tallies)
        or (subset is not None and scope.own_place(sentence, mention.end, end))
    )
