"""The metric of a figure named before it, when none follows it in its clause.

"the attack killed five people", "casualties among Russian troops ... exceed 5,000": the nearest
metric word back to the previous figure or the clause's start, unless it is another thing's ("tanks
from three sides": a counted thing named before a number is not what it counts, save after "the
number of"), another clause's ("died ... and 241 had fallen ill") or the last figure's ("900 injured
when three trains collided"). "the death toll from the quake that jolted Luding County ... had risen
to 65": what rose is the toll named far back in the statement (toll_named_back).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from discrep.extract.lexicon import Match
from discrep.extract.tally_clauses import clause_end, list_end, statement_start
from discrep.extract.tally_words import (
    CLAUSE_GAP,
    FAR_AFTER,
    NUMBER_OF,
    OWN_NOUN,
    OWN_STATE,
    SPEAKS,
    SUBORDINATE,
    TOLL_RISE,
    counts_other_thing,
)

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon
    from discrep.text.numbers import NumberMention

_VICTIMS_ROSE = re.compile(
    r"^\W*(?:the\s+)?(?:number\s+of\s+)?(victims)\b(?!\s+(?:of\s+)?(?:the\s+)?(?:floods?|flooding|storm|drought|famine))",
    re.IGNORECASE,
)


def metric_before(
    metrics: Lexicon,
    nouns: frozenset[str],
    subjects: Lexicon,
    sentence: str,
    mention: NumberMention,
    span: tuple[int, int],
    taken_after: int,
) -> Match | None:
    """The metric word before the figure that names what it counts; `span` is (where the words
    before it begin, where its clause ends), `taken_after` where the metric word the last figure
    took from after itself starts."""
    before_from, after_end = span
    before = [
        m
        for m in metrics.find(sentence, before_from, mention.start)
        if (m.key not in nouns or NUMBER_OF.search(sentence[max(0, m.start - 40) : m.start]))
        and not SPEAKS.match(sentence, m.end)
    ]
    found = before[-1] if before else None
    if found is None:
        return None
    if SUBORDINATE.search(sentence, found.end, mention.start) and OWN_NOUN.match(sentence, mention.end):
        return None  # "pull more survivors ... three days after two earthquakes"
    if counts_other_thing(sentence, found.end, mention):
        return None  # "129 cases in 7 districts", "As ... people trapped, 40,000 workers"
    if OWN_STATE.match(sentence, mention.end, after_end) and CLAUSE_GAP.search(
        sentence, found.end, mention.start
    ):
        return None  # the word is another clause's ("died ... and 241 had fallen ill")
    if (
        found.start == taken_after
        and OWN_NOUN.match(sentence, mention.end)
        and not subjects.find(sentence, mention.end, after_end)
    ):
        # "900 injured when three trains collided": the word is the last figure's, and this one
        # counts something of its own; "and Syria reported 3,377." or "including 4,506 children"
        # carry it on
        return None
    return found


_BRINGING_TO = re.compile(
    r"\b(?:raising|bringing|taking|pushing)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,10}?(?:to|at)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_VICTIMS_TOTAL = re.compile(r"\b(?:victims|dead)\b", re.IGNORECASE)
_WIDER = re.compile(r"\b(?:across|throughout|region|worldwide|globally|continent)\b", re.IGNORECASE)
_LATER_CLAUSE = re.compile(r",\s+(?:according\s+to|as|while|amid|after)\s", re.IGNORECASE)
# "the death toll ... has risen to 406 as more bodies were recovered": a clause of its own, unmarked
_AS_MORE = re.compile(
    r"\s+(?:as|while|amid)\s+(?:the\s+)?(?:more|further|rescuers|crews|teams|searchers|workers|government|"
    r"authorities|officials|army|military|troops|police)\b",
    re.IGNORECASE,
)
# "Rescuers raised the death toll in Spain's worst floods for a generation to 205": who counts
# raised it, and the figure is the toll's
_TOLL_RAISED = re.compile(
    r"\b(?:raised|revised|pushed|lifted|updated|upped)\s+(?:the|its|their)\s+(?:official\s+)?(?:death\s+)?toll\b"
    r"[^.;:]{0,80}?\bto\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)


# "the number of countries with ...": places counted, whatever they have
_PLACES_COUNTED = re.compile(
    r"\bnumber\s+of\s+(?:[a-z]+\s+)?(?:countries|nations|states|provinces|regions|territories|districts|cities|"
    r"counties|prefectures|hospitals|schools)\b"
)


# "the number of people killed ... rose to 154": the count a number is of
_NUMBER_OF = re.compile(r"\b(?:number|tally|count)\s+of\s+(?:people\s+|those\s+)?", re.IGNORECASE)

# "it had risen to 42": a toll named in the statement before
_IT_ROSE = re.compile(
    r"\bit\s+(?:had\s+|has\s+|then\s+|later\s+|now\s+)?(?:risen|rose|climbed|jumped|reached|increased|grown|grew)\b"
)


def toll_named_back(
    metrics: Lexicon, nouns: frozenset[str], sentence: str, mention: NumberMention, found: Match | None
) -> Match | None:
    """The metric of a figure a toll rose to, where the toll is named far back in the statement;
    `found` is the metric word the figure has so far."""
    # "deaths increased to 37 with a fatality ratio among confirmed cases": the word well after the
    # figure is another phrase's, and what rose is named before it
    if (bringing := _BRINGING_TO.search(sentence, max(0, mention.start - 90), mention.start)) is not None:
        # "26 deaths, bringing the total number of cases reported this year to 34,297": what the
        # total counts is named between "bringing" and it
        named_in = [m for m in metrics.find(sentence, bringing.start(), mention.start) if m.key not in nouns]
        if _PLACES_COUNTED.search(sentence, bringing.start(), mention.start):
            return None  # "bringing the number of countries with confirmed infections to 16": countries
        if named_in:
            return named_in[-1]
        # "another body was found, bringing the total number of victims to 28": the dead (not those
        # "across the region", a wider area's count of victims of every kind)
        victims = _VICTIMS_TOTAL.search(sentence, bringing.start(), mention.start)
        if found is None and victims and not _WIDER.search(sentence, bringing.start(), mention.start):
            return Match(victims.start(), victims.end(), "killed", victims.group())
    far_after = found is not None and (
        FAR_AFTER.match(sentence, mention.end, found.start)
        # "the toll climbed to 96, according to the agency, as crews dig out bodies": a later clause's
        or (
            found.start > mention.end
            and (
                _LATER_CLAUSE.search(sentence, mention.end, found.start) is not None
                or _AS_MORE.match(sentence, mention.end, found.start) is not None
            )
        )
    )
    if (
        found is not None
        and found.end <= mention.start
        and (number_of := _NUMBER_OF.search(sentence, statement_start(sentence, mention.start), found.start))
        and TOLL_RISE.search(sentence, max(0, mention.start - 40), mention.start)
    ):
        # "the number of people killed in the Itaewon crowd crush rose to 154": what the number counts
        counted = [
            m for m in metrics.find(sentence, number_of.end(), number_of.end() + 25) if m.key not in nouns
        ]
        between = [m.start for m in metrics.find(sentence, counted[0].end, mention.start)] if counted else []
        if (
            counted
            and counted[0].start - number_of.end() <= 8
            and between == [found.start]
            # (not "the number of missing had fallen to 40 as the death toll stood at 90": the toll's)
            and "toll" not in found.text.lower()
        ):
            return counted[0]
    if not (
        found is None or far_after or (found.end <= mention.start and "toll" in sentence[: mention.start])
    ) or not (
        TOLL_RISE.search(sentence, max(0, mention.start - 40), mention.start)
        or _TOLL_RAISED.search(sentence, max(0, mention.start - 130), mention.start)
    ):
        return found
    statement = statement_start(sentence, mention.start)
    named = [m for m in metrics.find(sentence, statement, mention.start) if m.key not in nouns]
    if found is None and not named:
        # "The victims of the earthquake ... have risen to more than 50,000": victims who rose in
        # number are the dead (victims alone name no metric: "flood victims" may be anyone touched)
        victims = _VICTIMS_ROSE.search(sentence, statement, mention.start)
        if victims is not None:
            return Match(victims.start(1), victims.end(1), "killed", victims.group(1))
    if found is None and not named and _IT_ROSE.search(sentence, statement, mention.start):
        # "The toll from the floods climbed on Monday; by evening it had risen to 42": the statement
        # before names what "it" is
        before = statement_start(sentence, max(0, statement - 1))
        tolls = [m for m in metrics.find(sentence, before, statement) if "toll" in m.text.lower()]
        if tolls:
            return tolls[-1]
    if found is None or far_after:
        return named[0] if named else found
    # "the death toll ... crowded with evacuees rose to 52": the toll rose
    return next((m for m in named if "toll" in m.text.lower()), found)


def verb_for_noun(
    metrics: Lexicon,
    nouns: frozenset[str],
    requires: Mapping[str, Lexicon],
    sentence: str,
    mention: NumberMention,
    word: Match | None,
    span: tuple[int, int],
) -> Match | None:
    """The metric a verb right before a figure names ("the storm displaced 19,676 households"), when
    the noun after it, read as a metric (households without power), lacks the words that metric
    requires; None when there is none, or it too lacks them. `span` is (where the words before the
    figure begin, where its clause ends)."""
    before_from, after_end = span
    if word is None or word.start < mention.end:
        return None
    found = metrics.find(sentence, before_from, mention.start)
    verb = found[-1] if found else None
    if verb is None or verb.key in nouns or sentence[verb.end : mention.start].strip():
        return None
    needed = requires.get(verb.key)
    return verb if needed is None or needed.find(sentence, before_from, after_end) else None


def required_or_next(
    words: tuple[Lexicon, frozenset[str], Mapping[str, Lexicon]],
    sentence: str,
    mention: NumberMention,
    word: Match | None,
    metric: str,
    span: tuple[int, int],
) -> tuple[str, Match | None] | None:
    """with_required_words(); failing it, the next metric word of the clause when the word after the
    figure is a verb ("over 1,500 received injuries": the injuries name what is counted), not a noun
    ("80,000 homes were evacuated" counts homes, not people). `words`: metrics, nouns, requires."""
    metrics, nouns, requires = words
    found = with_required_words(metrics, nouns, requires, sentence, mention, word, metric, span)
    if found is not None or word is None or word.start <= mention.end or metric in nouns:
        return found
    later = next(iter(metrics.find(sentence, word.end, span[1])), None)
    if later is None:
        return None
    return with_required_words(metrics, nouns, requires, sentence, mention, later, later.key, span)


def with_required_words(
    metrics: Lexicon,
    nouns: frozenset[str],
    requires: Mapping[str, Lexicon],
    sentence: str,
    mention: NumberMention,
    word: Match | None,
    metric: str,
    span: tuple[int, int],
) -> tuple[str, Match | None] | None:
    """The metric and its word, when the figure's words hold one the metric requires (rules:
    requires): "125 homes were destroyed"; else the metric a verb right before it names
    ("displaced 19,676 households", verb_for_noun); None when neither does ("3 million homes without
    power" counts no homes destroyed). `span` is (where the words before the figure begin, where
    its clause ends)."""
    before_from, after_end = span
    needed = requires.get(metric)
    if needed is None:
        return metric, word
    # a metric alias that runs past the clause ("homes and businesses") has its own clause; a list
    # of counted things shares the verb that ends it
    end = (
        max(after_end, clause_end(sentence, word.end, len(sentence)))
        if word and word.end > after_end
        else after_end
    )
    # a label before the figure is its words too: "- Homes destroyed: 2,400"
    start = min(before_from, word.start) if word is not None and word.end <= mention.start else before_from
    if needed.find(sentence, start, list_end(sentence, end)):
        return metric, word
    if word is not None and " " in word.text:
        # "12 villages have been liberated": the long alias's metric (villages destroyed) wants other
        # words; its first word alone may name another whose words are there (settlements retaken)
        shorter = metrics.find(sentence, word.start, word.start + word.text.index(" "))
        if shorter and shorter[0].key != metric and shorter[0].key in nouns:
            return with_required_words(
                metrics, nouns, requires, sentence, mention, shorter[0], shorter[0].key, span
            )
    verb = verb_for_noun(metrics, nouns, requires, sentence, mention, word, span)
    return (verb.key, verb) if verb is not None else None
