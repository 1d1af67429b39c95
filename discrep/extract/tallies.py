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
no homes destroyed. A figure a new one replaced ("105,000, down from 153,000", "rose to 16 from
10", "an earlier estimate put it at 2,300") is an earlier one, for a day the sentence does not
give, and makes no claim; nor does a part of a toll with no subject of its own ("of the dead, 145
were Egyptian nationals", "three of the wounded", "in the capital alone, 19 deaths").

Other figures make no claim either, each for a reason a careful reader would give: a figure that
describes ("a 12-story building", "two children aged 4 and 10", "a country of 2.6 million people",
"737-800 aircraft"); a change ("rose by 368 to 1,809"); a plan or projection ("50 hostages to be
released", "the toll could rise to 100"); errors in a count ("several deaths had been counted
twice", "initially listed as dead ... found alive"); another source's figure being corrected
("correcting a police statement that put the toll at four"). A metric word of another clause with
its own subject ("fired 30 rounds before he was killed") is not the figure's; an -ing verb right
before a figure takes it as its object ("wounding seven others ... before he was shot dead");
"while a rights group put the number at 16" counts what the sentence counted before. The figure
before "raising the toll to 46" or "bringing the total to 2,439", and one with its own daily words
("including 142,000 on Tuesday alone", "3,590 new cases"), is the day's, not the running total.

The subject comes from the same words (rules: subjects). For things counted (noun metrics such as
tanks) only the words between the number and the noun count, so that "Ukrainian" in an earlier
item of a list does not leak into "314 tanks". A count of people with no side named takes the side
of the count before it in the same sentence ("498 Russian ... and 2,870 others", "another 1,600
wounded"). Soldiers of a side the rules do not list ("Israeli soldiers") are `israeli_military`.
A toll that counts the attackers too ("nine people, including the gunman") is `people+attackers`,
not the victims' toll; an attacker named before the figure did it ("the gunman killed eight").
A count of people in a place ("1,500 killed in Turkey", "across Turkey and Syria") is scoped to
it (`in:turkey`, `in:syria+turkey`): tolls for different places are different counts. So is a toll
a place reports, or its office does ("Syria reported 3,377", "Syria's health ministry put the toll
at 2,662"), the nearer of the two when both are named ("6,617 in the United States, with New
York reporting 1,748"). A place no rule names that sets a figure apart at the head of a statement
("In Lombardy, ...", "In Luding county alone, ...") makes it a part the checks could not place: no
claim. A side or place carries on to the next figure of a list only within one statement: not
across "while", "whereas", "but", ", where" or a semicolon, and never from a part ("including two
children, and 145 remain missing").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from discrep.extract.lexicon import Lexicon, Match
from discrep.extract.timing import daily_marker

if TYPE_CHECKING:  # the number grammar is imported by the first TallyFinder: checks import this module
    from discrep.text.numbers import NumberMention


_LETTERS = re.compile(r"[^\W\d_]+")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


@lru_cache(maxsize=1)
def _number_signs() -> tuple[re.Pattern[str], frozenset[str]]:
    from discrep.text.number_tokens import VULGAR
    from discrep.text.number_words import VOCAB

    connectors = {"a", "an", "and", "of", "point", "negative", "minus"}
    return re.compile(r"[\d" + VULGAR + "\u0130]"), VOCAB - connectors


def may_count(sentence: str) -> bool:
    """False when the sentence cannot hold a count, so the number parser need not read it.

    A count needs a digit, a vulgar fraction or a number word ("five", "dozens", "twentyone"):
    a word the number parser's tokens would read as one (number_words.split_word), connectors such
    as "a" and "and" aside, which start nothing alone. (U+0130 lowercases to two characters: such
    a sentence is always read.)
    """
    signs, words = _number_signs()
    if signs.search(sentence):
        return True
    return any(w in words or w.startswith(_TENS) for w in _LETTERS.findall(sentence.lower()))


# Where a clause ends: the words after this belong to another statement.
_CLAUSE_END = re.compile(
    r"[;:()\u2026]|\.(?:\s|$)|,\s+(?:and|while|but|whereas)\b|\s(?:while|whereas|but|and|as\s+well\s+as)\s",
    re.IGNORECASE,
)
_STRONG_END = re.compile(r"[;:\u2026]|\s(?:while|whereas|but)\s|,\s+where\s", re.IGNORECASE)
_PLACE_END = re.compile(r"[;:,.]|\s(?:while|whereas|but)\s")
_WORDS = re.compile(r"\S+")
_NOUN_PHRASE = re.compile(r"^\s*((?:[\w'’-]+\s+){0,5}[\w'’-]+)")
_MAX_BEFORE_WORDS = 16
_ELLIPSIS = re.compile(
    r"^\W*(?:(?:in|across|at|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\W*)?(?:and|or|plus|,)\W*$"
)
GENERIC_PEOPLE = "people"  # the subject id of people with no side said
PART_OF_AREA = "part-of-area"  # a place no rule names sets the figure apart: it makes no claim
ATTACKERS = "attackers"  # the subject id of the perpetrators, whom a victims' toll leaves out
_AGENT = re.compile(
    r"\s+(?:(?:also|later|then|had|have|has)\s+)?(?:said|says|say|told|reported|reports|announced|arrested|"
    r"detained|opened|fired|detonated|attacked|stabbed|raided|dispersed|used)\b",
    re.IGNORECASE,
)
# "nine people, including the gunman, died": a toll that counts the attackers too
_WITH_ATTACKER = re.compile(
    r"\b(?:including|counting|along\s+with|as\s+well\s+as|plus)\s+(?:the\s+|a\s+|an\s+|both\s+|all\s+)?"
    r"(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_MILITARY = re.compile(
    r"(?:\b([A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ch|ic))\s+)?"
    r"\b(?:soldiers|troops|servicemen|service\s+members|fighters|militants|combatants|personnel)\b"
)
_REPORTS = re.compile(
    r"['’]s\b(?!\s+(?:[A-Z][\w-]*\s+){1,3}(?:Province|Region|County|State|Prefecture|District|Oblast|"
    r"Governorate|City)\b)|\s+(?:(?:has|have|had)\s+)?(?:said|says|reported|reports|reporting|put|puts|counted|counting|"
    r"recorded|recording|confirmed|confirming|registered|revised|revises|raised|lowered|updated|updates|gave|"
    r"gives|estimated|estimates)\b"
)
_PLACE_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_UNKNOWN_PLACE_JOIN = re.compile(
    r"\s+and\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s*(?:[,.;:]|$|\s(?:on|in|since|during|over|this|last|after|before|from|by|at|have|has|had|were|was)\b))"
)
# where the counted are: "killed in Turkey", "across Turkey and Syria", "crossed into Poland",
# "have entered Hungary" (not where they came from: "fled Ukraine", "from Ukraine")
_IN_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|into|entered|reached)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$"
)
# "put the number of Ukrainian military facilities destroyed at 1,502": the noun before the number
_NUMBER_OF = re.compile(
    r"\b(?:number|tally|count|total|toll|figure)s?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)
# "a missile strike killed nine", "the attack on the TV tower, which killed five": one incident's
# toll. The main event of a corpus is named with "the" and no target ("the explosion killed 200").
_INCIDENT_NOUNS = (
    r"(?:strike|airstrike|attack|explosion|blast|shelling|bombing|raid|ambush|shooting|crash|stabbing|bomb|"
    r"shell|missile|rocket|drone)s?"
)
_INCIDENT = re.compile(
    r"\bseparate(?:ly\b|\s+(?:incident|attack|strike|accident|crash|blast|explosion|shooting|event|collapse|"
    r"fire|flood|landslide|bombing|raid|clash|storm|quake|earthquake|collision|derailment|sinking|shipwreck|"
    r"stampede)(?:e?s)?\b)|"
    r"\b(?:an?\s+(?:[\w'’-]+\s+){0,2}(?:strike|airstrike|attack|explosion|blast|shelling|bombing|raid|ambush|"
    r"shooting|crash|missile|rocket|drone|stabbing|bomb|shell)s?\b|"
    r"\b(?:strike|airstrike|attack|raid|shelling|bombing)s?\s+on\s+(?:the|a|an)\b)",
    re.IGNORECASE,
)
# after the figure, with the same shapes: "killed in an airstrike", "killed in the Hamas attack on
# October 7", but not "killed in the explosion", nor "the toll from the Beirut explosion" (the
# corpus's own event, whose toll is what gets compared)
_IN_INCIDENT = re.compile(  # case ignored but for the capital or digit after "on"
    rf"\b(?i:in|by|from|after|when)\s+(?:(?i:an?)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_INCIDENT_NOUNS})\b|"
    rf"(?i:the)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_INCIDENT_NOUNS})\s+(?i:on)\s+(?:(?i:the|an?)\b|[A-Z0-9]))"
)
# the figure a new one replaced: "105,000, down from 153,000", "rose to 16 from 10", "compared with"
_PREVIOUS_VALUE = re.compile(
    r"(?:\b(?:down|up|higher|lower|rising|risen|rises|falling|fallen|falls|fell|rose|climbed|jumped|grew|grown|"
    r"dropped|declined|increased|decreased|revised|adjusted)\s+from|"
    r"\b(?:lowered|raised|revised|reduced|cut|corrected|adjusted|updated)\s+(?:the|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,4}from|\bcompared\s+(?:with|to)|\b(?:to|at)\s+[\d.,]+(?:\s+(?:million|billion|thousand))?\s+from)"
    r"\s+(?:an?\s+|the\s+)?(?:(?:previous|prior|earlier|initial|original)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?)?$",
    re.IGNORECASE,
)
# a plain word right after a figure: what it counts, when no rule names it ("three trains")
_OWN_NOUN = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?!(?:and|or|in|at|on|of|from|to|by|more|others|other|were|was|are|is|have|has|"
    r"had|people|persons|each|so|according|as|since|during|after|before|while|when)\b)[a-z][a-z-]*\b"
)
# what a toll does on its way to the figure: "had risen to 65", "climbed to 74", "stood at 82"
_TOLL_RISE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|reached|reaches|hit|stood|stands|"
    r"surpassed|passed|topped|exceeded)\s+(?:to\s+|at\s+)?(?:(?:about|around|nearly|almost|some|more\s+than|"
    r"over|at\s+least)\s+)?$",
    re.IGNORECASE,
)
# a change, not a count: "the toll rose by 368 to 1,809", "an increase of 345"
_INCREMENT = re.compile(
    r"(?:\b(?:rose|risen|rises|rising|increased|climbed|jumped|grew|grown|went\s+up|fell|fallen|dropped|declined|"
    r"decreased|went\s+down|up|down)\s+by|\b(?:increase|rise|jump|drop|decrease|fall)\s+of)\s+$",
    re.IGNORECASE,
)
# a plan or a projection, not a count: "50 hostages to be released", "the toll could rise to 100"
_PROJECTION = re.compile(
    r"\b(?:could|might|may|would|will|expected\s+to|likely\s+to|set\s+to|due\s+to|to\s+be)\s+(?:\w+\s+)?"
    r"(?:rise|climb|reach|exceed|top|surpass|grow|increase|double|be\s+released|be\s+freed|be\s+exchanged|"
    r"be\s+swapped|free|release|exchange|released|freed|exchanged)\b",
    re.IGNORECASE,
)
# "3,590 new cases": the day's new ones, not the running total
_NEW = re.compile(
    r"\s+(?:new|fresh|newly\s+(?:confirmed|reported|recorded)|more|additional|further)\b(?!\s+than)",
    re.IGNORECASE,
)
# a maker or a code before a number names a model: "ATR 72", "Boeing 737", "Su-25", "F-16"
_MAKER = re.compile(
    r"(?:\b(Boeing|Airbus|Antonov|Tupolev|Sukhoi|Ilyushin|Embraer|Bombardier|Cessna|Lockheed|Mikoyan|Bayraktar)\s|"
    r"\b[A-Z]{2,}\s|\b(?:[A-Z]|Su|Mi|Tu|Il|An|Ka|MiG|Yak)-)$"
)
# a code names a model only before what it names: "ATR 72 aircraft", "Su-25 jets" (not "UN 2,000")
_MODEL_OF = re.compile(
    r"\s*(?:[A-Z][\w-]*\s+)?(?:aircraft|planes?|jets?|airliners?|helicopters?|tanks?|drones?|missiles?|"
    r"launchers?|systems?|fighters?|bombers?|rifles?|howitzers?|vehicles?|turboprops?)\b"
)
# "searching for the remaining four": the rest of a count, not a count
# what cannot stand between a figure and the thing it counts ("1,502 Ukrainian military facilities")
_NOT_NOUN_PHRASE = re.compile(r"\b(?:were|was|is|are|had|have|has|on|in|at|by|from|board|aboard|with)\b")
_REMAINING = re.compile(r"\b(?:the\s+)?remaining\s+$", re.IGNORECASE)
# "In Lombardy, 1,218 people have died": a place the rules do not know scopes the count too
_IN_UNKNOWN = re.compile(
    r"(?<!most\s)(?<!highest\s)(?<!largest\s)(?<!worst\s)(?<!biggest\s)"  # "the most in Europe": a rank
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b"
)
_HEAD_END = re.compile(r"[;:\u2026]|\s(?:while|whereas|but)\s", re.IGNORECASE)
_LEADING_GAP = re.compile(r"\s*(?:(?:and|but|meanwhile|elsewhere)\s*,?\s*)?", re.IGNORECASE)
_AFTER_LEADING = re.compile(
    r"(?:\s+(?:county|province|region|district|city|state))?\s*(?:,|\s+alone\b)", re.IGNORECASE
)
_NOT_PLACES = frozenset(
    (
        *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
        *("October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        *("Saturday", "Sunday", "The", "This", "That", "Total", "All", "Addition", "Fact", "Response"),
        *("Contrast", "Particular", "General", "Short", "Brief", "Turn"),
    )
)
_EARLIER_FIGURE = re.compile(
    r"\b(?:earlier|previous|prior|initial|original|old)\s+(?:official\s+)?"
    r"(?:estimate|figure|count|toll|tally|report|total|statement|assessment|number|account|version)s?\b|"
    r"\bcorrect(?:ing|ed|s)?\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:estimate|figure|count|toll|tally|report|total|statement|assessment|number|account)s?\b",
    re.IGNORECASE,
)
# a size, not a count: "Moldova, a country of 2.6 million people", "a city of 400,000", "home to 2,000"
_POPULATION = re.compile(
    r"\b(?:(?:country|nation|city|town|region|state|province|island|village|district|community)\s+of|"
    r"population\s+of|home\s+to|population\s+(?:is|was|stood\s+at)|inhabitants\s+of)\s+"
    r"(?:(?:about|around|some|nearly|more\s+than|over|roughly|almost|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
# a figure of errors in a count, not a count: "several deaths had been counted twice", "two victims
# initially listed as dead were found alive" (searched after the figure, within its clause)
_CORRECTION = re.compile(
    r"\b(?:counted|listed|recorded|registered|reported|included)\s+(?:twice|double|more\s+than\s+once)\b|"
    r"\bdouble[\s-]?count|\b(?:initially|wrongly|mistakenly|erroneously|incorrectly|falsely)\s+(?:been\s+)?"
    r"(?:listed|counted|reported|recorded|registered|identified|declared)\b|\bfound\s+alive\b",
    re.IGNORECASE,
)
# a figure that only describes something ("a 12-story building", "a 60-year-old man"), or an age
_MODIFIER = re.compile(r"-[^\W\d_]")
_AGE = re.compile(
    r"\b(?:aged|ages|age)\s+(?:between\s+|from\s+)?(?:\d+\s*(?:,|and|or|to|-|–)\s*)*$", re.IGNORECASE
)
# a metric word that names who speaks: "Survivors told UN officials that up to 750 were on board"
_SPEAKS = re.compile(r"\s+(?:told|said|say|says|recalled|described|recounted|reported)\b", re.IGNORECASE)
# "injured in a separate collapse", "separately, two died": another incident than the corpus's
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)
# a part of a count named with its figure ("including two children"): no side to carry on to the next
_PART_LEAD = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+those)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_JUST_AFTER_FIGURE = re.compile(r"\s*(?:[a-z][\w-]*\s+)?")
_TO_NEW = re.compile(
    r"\s+to\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|at\s+least)\s+)?"
)
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|because|as|since|following|once|until|while|though|although)\b", re.IGNORECASE
)
# a part of a toll named after the figure: "three of the wounded", "36 of whom are dead"
_SUBSET_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these|whom|which)\b", re.IGNORECASE)
# a metric word after the figure that belongs to another clause with its own subject: "fired more
# than 30 rounds before he was killed", "wounding seven others before he was shot dead"
_OTHER_CLAUSE = re.compile(
    r"\b(?:before|after|when|until|once|because)\s+(?:he|she|it|they|we|the\s+[\w-]+|an?\s+[\w-]+)\s",
    re.IGNORECASE,
)
# what may stand between a verb and its object figure: "killing at least eight", "wounding seven"
_VERB_GAP = re.compile(r"\s*(?:(?:another|a\s+further|an\s+additional|some|an\s+estimated)\s+)?")
# "while a rights group put the number at 16": the figure of the count the sentence gave before
_SAME_COUNT = re.compile(
    r"\b(?:put|puts|putting|placed|places|gave|gives|estimated|estimates|set|sets)\s+"
    r"(?:the|that|this|its|their)\s+(?:own\s+)?(?:number|figure|count|tally|total)\s+at\s+$",
    re.IGNORECASE,
)
# "in the capital alone", "across the province alone": a part of the area, counted on its own
_ALONE = re.compile(
    r"\b(?:(?i:in|across|throughout)\s+(?:(?i:the)\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+)|"
    r"((?:[A-Z][\w'’-]+\s+){0,2}(?:[A-Z][\w'’-]+)))\s+(?i:alone)\b"  # "his Lee County alone had hundreds"
)
_SUBSET = re.compile(
    r"\b(?:of|among)\s+(?:the|them|those|these)\b(?:\s+(?:dead|killed|victims|wounded|injured|missing|"
    r"casualties|deaths))?\s*,?\s*$",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:denied|denies|deny|not\s+true|false|untrue|rejected|refuted)\b", re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:reportedly|may\s+have|might\s+have|could\s+have|possibly|perhaps|unconfirmed|allegedly|"
    r"estimated?|estimates|projections?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Tally:
    """A count found in a sentence, before it becomes a Claim (offsets are within the sentence)."""

    mention: NumberMention
    metric: str
    subject: str | None
    negated: bool
    hedged: bool
    incident: bool = False  # counts one strike or attack, not the whole event's toll
    part: bool = False  # a part of the count before it ("including two children")
    # the day's new ones ("3,590 new cases", "142,000 on Tuesday alone"), in the figure's own words
    daily: bool = False


def _first_stop(text: str, start: int) -> int:
    """The first comma, semicolon, colon or full stop after `start`: the figure's own phrase ends there."""
    m = _PLACE_END.search(text, start)
    return m.start() if m else len(text)


def _statement_start(text: str, position: int) -> int:
    """Where the statement holding `position` begins: after the last strong break before it."""
    return max((m.end() for m in _STRONG_END.finditer(text, 0, position)), default=0)


def _clause_end(text: str, start: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, start, limit)
    return m.start() if m else limit


def _military_of(text: str, start: int, end: int) -> str | None:
    """'israeli_military' for "Israeli soldiers", 'military' for "its soldiers": sides the rules lack."""
    m = _MILITARY.search(text, start, end)
    if m is None:
        return None
    return f"{m.group(1).lower()}_military" if m.group(1) else "military"


def _strong_end(text: str, start: int, floor: int) -> int:
    """The end of the clause for place names: "across Turkey and Syria" runs past the "and"."""
    m = _PLACE_END.search(text, start)
    return max(floor, m.start() if m else len(text))


def _before_start(text: str, floor: int, end: int) -> int:
    """Where the words that may name this number's metric begin: a strong break or N words back."""
    start = floor
    for m in _STRONG_END.finditer(text, floor, end):
        start = m.end()
    words = list(_WORDS.finditer(text[start:end]))
    if len(words) > _MAX_BEFORE_WORDS:
        start += words[-_MAX_BEFORE_WORDS].start()
    return start


class TallyFinder:
    def __init__(
        self,
        metrics: Lexicon,
        noun_metrics: frozenset[str],
        subjects: Lexicon,
        places: Lexicon | None = None,
        requires: Mapping[str, Lexicon] | None = None,
    ):
        self._metrics = metrics
        self._places = places
        self._nouns = noun_metrics
        self._subjects = subjects
        self._requires = dict(requires or {})
        from discrep.text.numbers import parse_numbers

        self._parse_numbers = parse_numbers

    def find(self, sentence: str) -> list[Tally]:
        if not may_count(sentence):
            return []
        # "a 12-story building", "two children aged 4 and 10": figures that describe, not count
        counts = [
            m
            for m in self._parse_numbers(sentence)
            if m.is_count
            and not _MODIFIER.match(sentence, m.end)
            and not _designation(sentence, m)
            and not _AGE.search(sentence, max(0, m.start - 30), m.start)
            and not _POPULATION.search(sentence, max(0, m.start - 50), m.start)
            and not _REMAINING.search(sentence, max(0, m.start - 20), m.start)
        ]
        tallies: list[Tally] = []
        taken_after = -1  # where the metric word the last figure took from after itself starts
        replaced_from: int | None = None  # where the words before a replaced figure begin
        for index, mention in enumerate(counts):
            next_start = counts[index + 1].start if index + 1 < len(counts) else len(sentence)
            prev_end = counts[index - 1].end if index else 0
            if _PREVIOUS_VALUE.search(
                sentence, max(0, mention.start - 60), mention.start
            ) or _INCREMENT.search(sentence, max(0, mention.start - 30), mention.start):
                # "down from 153,000": an earlier figure, for a day the sentence does not give; the
                # words before it name the new figure of "risen from 99 to 156"
                replaced_from = _before_start(sentence, prev_end, mention.start)
                continue
            if replaced_from is not None and _TO_NEW.fullmatch(sentence, prev_end, mention.start):
                prev_end = replaced_from
            replaced_from = None
            after_end = _clause_end(sentence, mention.end, next_start)
            if _EARLIER_FIGURE.search(
                sentence, _before_start(sentence, prev_end, mention.start), mention.start
            ):
                continue  # "an earlier estimate put the number of dead at 2,300"
            # an alias that starts in the clause may run past its end: "tanks and other armoured
            # vehicles" is one thing, though " and " ends a clause
            metric_match = next(
                (m for m in self._metrics.find(sentence, mention.end, next_start) if m.start < after_end),
                None,
            )
            if metric_match is not None and _OTHER_CLAUSE.search(sentence, mention.end, metric_match.start):
                metric_match = None  # "30 rounds before he was killed": the word is another clause's
            if (
                metric_match is not None
                and metric_match.key in self._nouns
                and _NOT_NOUN_PHRASE.search(sentence, mention.end, metric_match.start)
            ):
                metric_match = None  # "four Russians were on board the aircraft": not four aircraft
            if (
                metric_match is None
                and index + 1 < len(counts)
                and _PART_LEAD.search(sentence, mention.end, next_start)
            ):
                # "More than 500 people, including 176 police officers, have been injured": the
                # verb comes after the part
                part = counts[index + 1]
                part_end = _clause_end(sentence, part.end, len(sentence))
                metric_match = next(iter(self._metrics.find(sentence, part.end, part_end)), None)
                if metric_match is not None:
                    after_end = max(after_end, part_end)
            before_from = _before_start(sentence, prev_end, mention.start)
            verb = self._verb_before(sentence, before_from, mention.start)
            if (
                metric_match is not None
                and verb is not None
                and len(sentence[mention.end : metric_match.start].split()) > 3
            ):
                metric_match = None  # "wounding seven others ... shot dead": the verb has its object
            if metric_match is None and verb is not None:
                metric_match = verb
            elif metric_match is None:
                # a counted thing named before the number is not what it counts ("tanks from three sides")
                before = [
                    m
                    for m in self._metrics.find(sentence, before_from, mention.start)
                    if (
                        m.key not in self._nouns
                        or _NUMBER_OF.search(sentence[max(0, m.start - 40) : m.start])
                    )
                    and not _SPEAKS.match(sentence, m.end)
                ]
                metric_match = before[-1] if before else None
                if (
                    metric_match is not None
                    and metric_match.start == taken_after
                    and _OWN_NOUN.match(sentence, mention.end)
                    and not self._subjects.find(sentence, mention.end, after_end)
                ):
                    # "900 injured when three trains collided": the word is the last figure's, and
                    # this one counts something of its own; "and Syria reported 3,377." or
                    # "including 4,506 children" carry it on
                    metric_match = None
            else:
                taken_after = metric_match.start
            if metric_match is None and _TOLL_RISE.search(
                sentence, max(0, mention.start - 40), mention.start
            ):
                # "the death toll from the quake that jolted Luding County ... had risen to 65": the
                # toll named far back is what rose
                statement = _statement_start(sentence, mention.start)
                named = [
                    m
                    for m in self._metrics.find(sentence, statement, mention.start)
                    if m.key not in self._nouns
                ]
                metric_match = named[0] if named else None
            metric = (
                metric_match.key if metric_match else self._fuzzy_metric(sentence, mention.end, after_end)
            )
            if metric is None and tallies and _ELLIPSIS.match(sentence[prev_end : mention.start]):
                metric = tallies[-1].metric  # "killed 3,000 in Turkey and 1,000 in Syria"
            same_count = (
                metric is None
                and bool(tallies)
                and bool(_SAME_COUNT.search(sentence, max(0, mention.start - 60), mention.start))
            )
            if same_count:
                metric = tallies[-1].metric  # "11 killed, while a rights group put the number at 16"
            if metric is None:
                continue
            if self._corrects(sentence, mention.end, after_end):
                continue  # "several deaths had been counted twice": errors in a count, not a count
            if _PROJECTION.search(sentence, before_from, mention.start) or _PROJECTION.search(
                sentence, mention.end, after_end
            ):
                continue  # "50 hostages to be released", "the toll could rise to 100": not yet a count
            needed = self._requires.get(metric)
            if needed is not None and not needed.find(sentence, before_from, after_end):
                continue  # "3 million homes without power" counts no homes destroyed (rules: requires)
            after_part = bool(tallies) and tallies[-1].part and tallies[-1].mention.end == before_from
            same_statement = bool(tallies) and not _STRONG_END.search(
                sentence, tallies[-1].mention.end, mention.start
            )
            # a place that reports a toll is looked for back to the start of the statement, unless a
            # count before in it hands its subject on ("Spain reported 9,191 cases and 309 deaths")
            reporting_from = before_from if same_statement else _statement_start(sentence, mention.start)
            subject = self._subject(
                sentence, mention, metric, metric_match, after_end, before_from, after_part, reporting_from
            )
            if (
                subject is not None
                and subject.startswith("in:")
                and same_statement
                and _PART_LEAD.search(sentence, max(0, mention.start - 40), mention.start)
                and not self._subjects.find(sentence, mention.end, after_end)
                and self._where(sentence, mention.end, after_end) is None  # "including four in Ohio"
            ):
                subject = None  # "1,908 fighters surrendered in Mariupol, including 771 ...": the whole's
            if subject == PART_OF_AREA:
                continue  # "In Lombardy, the worst-hit region, 1,218 died": a part the rules cannot place
            if subject is None and same_statement and metric not in self._nouns:
                # "498 Russian troops killed, with another 1,600 wounded": the list goes on, from the
                # last count that is not a part ("18 dead, including two children, and 145 missing")
                whole = next((t for t in reversed(tallies) if not t.part), None)
                subject = whole.subject if whole is not None else None
            if (
                (
                    _SUBSET_AFTER.match(sentence, mention.end)
                    and not self._subjects.find(sentence, mention.end, after_end)
                )
                or (
                    subject in (None, GENERIC_PEOPLE)
                    and (
                        _SUBSET.search(sentence, before_from, mention.start)
                        or _part_of_area(sentence, _statement_start(sentence, mention.start), after_end)
                    )
                )
                or self._apart(sentence, before_from, mention.start, subject)
            ):
                continue  # "of the dead, 145 were Egyptians", "three of the wounded", "in the capital
                # alone, 19 deaths": a part of a toll, not a toll
            clause = sentence[before_from:after_end]
            # the whole statement so far: "a strike ... left five dead and five others injured"
            statement = _statement_start(sentence, mention.start)
            incident = metric not in self._nouns and bool(
                _INCIDENT.search(sentence, statement, mention.start)
                or _IN_INCIDENT.search(sentence, mention.end, after_end)
                or _SEPARATE.search(sentence, mention.end, after_end)
            )
            tallies.append(
                Tally(
                    mention,
                    metric,
                    subject,
                    bool(_NEGATION.search(clause)),
                    bool(_HEDGE.search(clause)),
                    incident,
                    bool(_PART_LEAD.search(sentence, max(0, mention.start - 40), mention.start)),
                    bool(_NEW.match(sentence, mention.end)) or daily_marker(sentence, mention.end, after_end),
                )
            )
        return _totals_after_parts(sentence, _one_incident(sentence, tallies, self._nouns))

    def _verb_before(self, sentence: str, start: int, end: int) -> Match | None:
        """A metric verb in -ing whose object the figure is: "killing at least eight", "wounding seven"."""
        gap_start = end - 40
        if sentence.find("ing", max(start, gap_start), end) < 0:
            return None  # no -ing word in reach: spare the lexicon scan
        found = [
            m
            for m in self._metrics.find(sentence, max(start, gap_start), end)
            if m.key not in self._nouns and m.text.lower().endswith("ing")
        ]
        if found and _VERB_GAP.fullmatch(sentence, found[-1].end, end):
            return found[-1]
        return None

    @staticmethod
    def _corrects(sentence: str, start: int, end: int) -> bool:
        """The figure's own words say it counts errors ("counted twice", "found alive"), with no
        "after"/"when" clause between: "68, after some deaths were counted twice" is a toll."""
        found = _CORRECTION.search(sentence, start, end)
        return found is not None and not _SUBORDINATE.search(sentence, start, found.start())

    def _fuzzy_metric(self, sentence: str, start: int, end: int) -> str | None:
        phrase = _NOUN_PHRASE.match(sentence[start:end])
        return self._metrics.fuzzy_lookup(phrase.group(1)) if phrase else None

    def _subject(
        self,
        sentence: str,
        mention: NumberMention,
        metric: str,
        metric_match: Match | None,
        after_end: int,
        before_from: int,
        after_part: bool = False,
        reporting_from: int | None = None,
    ) -> str | None:
        if metric in self._nouns:
            # whose tanks: only the words of the noun phrase ("1,502 Ukrainian military facilities",
            # "the number of Ukrainian military facilities ... at 1,502")
            if metric_match is not None and metric_match.start < mention.start:
                start, stop = max(before_from, metric_match.start - 30), metric_match.end
            else:
                start = mention.end
                stop = metric_match.end if metric_match and metric_match.start >= mention.end else after_end
            owners = self._subjects.find(sentence, start, stop)
            return owners[-1].key if owners else None
        # who speaks or acts is not whom the figure counts: "Police said 300 were arrested", "the
        # bomber detonated his vest, killing 14", "wounding 20 others ..., police said"
        other = _OTHER_CLAUSE.search(sentence, mention.end, after_end)  # "... before he was shot by police"
        after = [
            m
            for m in self._subjects.find(sentence, mention.end, other.start() if other else after_end)
            if not _AGENT.match(sentence, m.end)
        ]
        if len(after) > 1 and any(
            m.key == ATTACKERS and _WITH_ATTACKER.search(sentence, mention.end, m.start) for m in after[1:]
        ):
            return f"{after[0].key}+{ATTACKERS}"  # "nine people, including the gunman": not the victims
        # not the noun of a part before ("including two children, and 14 remain missing"), nor the
        # attacker who did it ("the gunman killed eight")
        before = [
            m
            for m in self._subjects.find(sentence, before_from, mention.start)
            if m.key != ATTACKERS
            and not _AGENT.match(sentence, m.end)
            and not (after_part and _JUST_AFTER_FIGURE.fullmatch(sentence, before_from, m.start))
        ]
        found = after[0].key if after else before[-1].key if before else None
        if found is None:
            # only after the number: words before it may belong to the previous figure in a list
            found = _military_of(sentence, mention.end, after_end)
        if found is None or found == GENERIC_PEOPLE:
            # "1,500 people were killed in Turkey": a toll for a place is its own count
            place_end = _strong_end(sentence, mention.end, after_end)
            after_place = self._where_at(sentence, mention.end, place_end)
            if after_place is not None:
                return after_place[0]
            # before the figure, the nearest: "6,617 in the United States, with New York reporting 1,748"
            statement = _statement_start(sentence, mention.start)
            from_ = before_from if reporting_from is None else reporting_from
            scopes = [
                s
                for s in (
                    self._where_at(
                        sentence,
                        before_from if from_ != statement else _head(sentence, mention.start),
                        mention.start,
                    ),
                    self._reporting_at(sentence, from_, mention.start),
                )
                if s is not None
            ]
            if scopes:
                return max(scopes, key=lambda s: s[1])[0]
            if from_ == statement:  # not after a count of this statement, whose scope carries on
                # "In North Carolina, where Ian made a second landfall, four died": the head of the
                # statement lies before the relative clause
                unknown = self._unknown_place(
                    sentence, _head(sentence, mention.start), _first_stop(sentence, mention.end)
                )
                if unknown is not None:
                    return unknown
            return found
        return found

    def _apart(self, sentence: str, start: int, end: int, subject: str | None) -> bool:
        """A part of the area named in the figure's own words, other than the place it is scoped to:
        "21 in Florida, though the sheriff said his Lee County alone had hundreds"."""
        if subject is None or not subject.startswith("in:") or "alone" not in sentence[start:end].lower():
            return False
        found = _ALONE.search(sentence, start, end)
        if found is None or _NOT_AN_AREA.search(found.group(1) or found.group(2)):
            return False
        named = {m.key for m in self._places.find(found.group(0))} if self._places is not None else set()
        return not named & set(subject[3:].split("+"))

    def _unknown_place(self, sentence: str, start: int, end: int) -> str | None:
        """PART_OF_AREA for "In Lombardy, the worst-hit region, 1,218 people have died" or "In Luding
        county alone, 55 died": a place the rules do not know, set apart at the head of the statement,
        is a part of the whole, whose toll is another count. Scoped to a name the checks could not
        place, it would be the only place of its metric and draw the whole's tolls to it."""
        for found in _IN_UNKNOWN.finditer(sentence, start, end):
            name = found.group(1)
            if not (
                _LEADING_GAP.fullmatch(sentence, start, found.start())
                and _AFTER_LEADING.match(sentence, found.end())
            ):
                continue  # "the quake in Sichuan": the whole event's region, not a part set apart
            if name.split()[0] in _NOT_PLACES or (self._places is not None and self._places.find(name)):
                continue
            if self._subjects.find(name):
                continue
            return PART_OF_AREA
        return None

    def _reporting_at(self, sentence: str, start: int, end: int) -> tuple[str, int] | None:
        """('in:syria', where) for "Syria's health ministry put the toll at 2,662" or "Syria reported
        3,377": a country or region that reports the toll, or whose office does, counts its own dead."""
        if self._places is None:
            return None
        places = [p for p in self._places.find(sentence, start, end) if _REPORTS.match(sentence, p.end)]
        return (f"in:{places[-1].key}", places[-1].start) if places else None

    def _where(self, sentence: str, start: int, end: int) -> str | None:
        """'in:turkey' for "killed in Turkey", 'in:syria+turkey' for "across Turkey and Syria"."""
        found = self._where_at(sentence, start, end)
        return found[0] if found else None

    def _where_at(self, sentence: str, start: int, end: int) -> tuple[str, int] | None:
        """The place scope of _where, and where it is named."""
        if self._places is None:
            return None
        places = self._places.find(sentence, start, end)
        for index, place in enumerate(places):
            if not _IN_PLACE.search(sentence[max(start, place.start - 12) : place.start]):
                continue
            keys, last = [place.key], place
            for following in places[index + 1 :]:
                if not _PLACE_JOIN.fullmatch(sentence[last.end : following.start]):
                    break
                keys.append(following.key)
                last = following
            other = _UNKNOWN_PLACE_JOIN.match(sentence, last.end, end)
            if other is not None and not any(p.start == other.start(1) for p in places):
                # "in Spain and Portugal", Portugal unknown to the rules: not Spain's toll alone
                keys.append(other.group(1).lower())
            return "in:" + "+".join(sorted(keys)), place.start
        return None


_NOT_AN_AREA = re.compile(
    r"\b(?:day|days|week|weeks|month|months|year|years|hours?|past|last|first|this|that|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|\d+)\b",
    re.IGNORECASE,
)


def _part_of_area(sentence: str, start: int, end: int) -> bool:
    """True for "in the capital alone, 19 deaths": a part of the area no rule names, whose count is
    a part of the toll. A time ("in March alone", "in the past week alone") is not a place; a place
    the rules know ("in Turkey alone") is scoped to it before this is asked."""
    found = _ALONE.search(sentence, start, end)
    return found is not None and not _NOT_AN_AREA.search(found.group(1) or found.group(2))


def _designation(sentence: str, mention: NumberMention) -> bool:
    """A model or code: one written like a range ("737-800 aircraft": ranges of counts are estimates,
    and estimates are round, "20-25", "1,200-1,500"), or a number after a maker or a code ("ATR 72",
    "Boeing 737", "Su-25", "F-16")."""
    maker = _MAKER.search(sentence, max(0, mention.start - 12), mention.start)
    if maker is not None and (maker.group(1) or _MODEL_OF.match(sentence, mention.end)):
        return True
    if mention.qualifier != "range" or mention.low is None or mention.low < 100 or mention.low % 10 == 0:
        return False
    return bool(re.fullmatch(r"[\d,]+-[\d,]+", sentence[mention.start : mention.end]))


# "raising the toll from a month of unrest to 46", "bringing the total ... to 2,439": the figure
# before it in the sentence is the day's addition, not the running total
_BRINGING = re.compile(
    r"\b(?:raising|bringing|taking|pushing|lifting|putting)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,10}?"
    r"(?:to|at)\s+$",
    re.IGNORECASE,
)


def _totals_after_parts(sentence: str, tallies: list[Tally]) -> list[Tally]:
    """Mark the figures before a "bringing the total to N" as the day's, so they do not meet the total."""
    if len(tallies) < 2 or not any(
        w in sentence for w in ("raising", "bringing", "taking", "pushing", "lifting")
    ):
        return tallies
    for index in range(len(tallies) - 1, 0, -1):
        total = tallies[index]
        if _BRINGING.search(sentence, max(0, total.mention.start - 80), total.mention.start):
            return [
                replace(t, daily=True) if i < index and t.metric == total.metric else t
                for i, t in enumerate(tallies)
            ]
    return tallies


def _head(sentence: str, position: int) -> int:
    """Where the statement holding `position` begins, a relative clause (", where") included."""
    return max((m.end() for m in _HEAD_END.finditer(sentence, 0, position)), default=0)


def _one_incident(sentence: str, tallies: list[Tally], nouns: frozenset[str]) -> list[Tally]:
    """ "18 people were killed and 59 wounded when a missile struck a mall": the incident named after
    the last figure of a statement is the incident of every figure of it."""
    if len(tallies) < 2 or not any(t.incident for t in tallies[1:]):
        return tallies
    marked = list(tallies)
    for index in range(len(marked) - 1, 0, -1):
        if not marked[index].incident:
            continue
        start = _statement_start(sentence, marked[index].mention.start)
        for earlier in range(index - 1, -1, -1):
            t = marked[earlier]
            if t.mention.start < start:
                break
            if not t.incident and t.metric not in nouns:
                marked[earlier] = replace(t, incident=True)
    return marked
