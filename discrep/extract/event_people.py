"""A meeting between named people: whom a meeting sentence names ("Lavrov would meet his
Ukrainian counterpart Dmytro Kuleba", "Sergei Lavrov and Dmytro Kuleba will meet").

The last word of a run of capitalised words is a surname; places, weekdays and the words of an
office ("Ministry", "President") are no names. Two people are needed: one name, often the
speaker's in the report's tail, tells no meeting apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon, Match

# runs of two or more capitalised words ("Russian Foreign Minister Sergey Lavrov"): the last is a surname
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)+\b")
# the meeting verb and what leads its object: "meet ", "meeting with ", "met with the "
_VERB_THEN = re.compile(r"\w+\s+(?:with\s+)?(?:the\s+)?")
# a run of capitalised words, surnames such as "DeSantis" and "O'Neill" included
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# a run that names a place or a building, not a person: "San Francisco", "Port Sudan", "the Filoli
# Historic House", "the Marlowe Hotel"
_PLACE_RUN = re.compile(
    r"^(?:San|Santa|Santo|Saint|St|New|Los|Las|El|Port|Fort|Mount|Lake|Villa|Hotel|Palace|Palais|Castle|Camp)\s"
    r"|\s(?:House|Hotel|Palace|Hall|Centre|Center|Castle|Villa|Residence|Lodge|Resort|Estate|Garden|Gardens|"
    r"Park|Building|Complex|Airport|Base|Island|Bay|Valley|City|County|Province|Region|Street|Square)$"
)
# the last capitalised word before the verb: "The envoy Hollis met ..." is Hollis's meeting, not The's
_LONE_SUBJECT = re.compile(r"\b([A-Z][a-z]{2,})\s+(?:(?![A-Z])\w+\s+){0,2}$")
# "Lavrov and Kuleba met": two surnames as the subject of the meeting verb
# ("Lavrov and Kuleba had agreed to meet": three words between)
_PAIR_SUBJECT = re.compile(r"\b([A-Z][a-z]{2,})\s+and\s+([A-Z][a-z]{2,})\s+(?:\w+\s+){0,3}$")
NOT_NAMES = {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Ministry",
    "Minister",
    "President",
    "Office",
    "Council",
    "Assembly",
    "Union",
    "Nations",
    "Staff",
    "Forces",
    "Army",
    # words that open a sentence: "The meeting will take place ..." is no one's
    "The",
    "This",
    "That",
    "These",
    "Their",
    # months: "meet in June" names a time, not a place or a person
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
}


# "the envoys had a meeting with Lindqvist", "the delegation met with Okafor": a named person
# outside the talks meets one side; the name ends the phrase ("met with Ukrainian negotiators" is none)
_MET_WITH = re.compile(
    r"\b(?:held|had|holds|has|hold|have)\s+(?:a\s+|an\s+)?(?:[a-z]+\s+)?meeting\s+with\s+|\bmet\s+(?:separately\s+)?with\s+"
)
_PERSON_AFTER = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,3}([A-Z][a-z]{2,})(?=\s*(?:[.,;]|$|\s+(?:on|in|at|and|before|after|to|who|for)\b))"
)


def meeting_with_one(text: str, places: Lexicon) -> str | None:
    """'meeting/lindqvist' for "the rebel envoys had a meeting with Lindqvist": another meeting."""
    for m in _MET_WITH.finditer(text):
        person = _PERSON_AFTER.match(text, m.end())
        if person is None:
            continue
        name = person.group(1)
        if name in NOT_NAMES or places.find(name) or places.find(person.group(0)):
            continue
        return f"meeting/{name.lower()}"
    return None


def _whole_place(places: Lexicon, run: str) -> bool:
    """Whether a run of capitalised words is the name of one place of the rules, whole."""
    return any(p.start == 0 and p.end == len(run) for p in places.find(run))


def meeting_of_names(text: str, trigger: int, places: Lexicon) -> str | None:
    """'meeting/kuleba+lavrov' for the people a meeting sentence names around its verb at `trigger`."""
    names = [
        (m.start(), m.group(0).split()[-1])
        for m in _NAME_RUN.finditer(text)
        if not places.find(m.group(0).split()[-1])
        and m.group(0).split()[-1] not in NOT_NAMES
        and not _PLACE_RUN.search(m.group(0))
        and not _whole_place(places, m.group(0))  # "Saudi Arabia", "United States": no one's name
    ]
    after = [name for start, name in names if start > trigger]
    before = [name for start, name in names if start < trigger]
    if not after:
        # "Sergei Lavrov and Dmytro Kuleba will meet": both named before the verb
        if len(before) >= 2:
            return "meeting/" + "+".join(sorted(n.lower() for n in before[-2:]))
        pair = _PAIR_SUBJECT.search(text[:trigger])
        if pair and not any(places.find(n) or n in NOT_NAMES for n in pair.groups()):
            return "meeting/" + "+".join(sorted(n.lower() for n in pair.groups()))
        return None
    if not before:
        # "Lavrov would meet ...": a lone surname as the subject of the meeting verb
        subject = _LONE_SUBJECT.search(text[:trigger])
        if subject and not places.find(subject.group(1)) and subject.group(1) not in NOT_NAMES:
            before = [subject.group(1)]
    people = {after[0], *(before[-1:] if before else after[1:2])}
    if len(people) < 2:
        return None  # one name (often the speaker's, in the report's tail) tells no meeting apart
    return "meeting/" + "+".join(sorted(n.lower() for n in people))


def person_met(text: str, trigger: int, places: Lexicon) -> str | None:
    """'meeting/hale' for "the president will meet Governor Hale": one office holder meeting one
    person named right after the verb is that person's meeting, not a summit of office holders
    ("will meet regional governors in Lima" names no one)."""
    verb = _VERB_THEN.match(text, trigger)
    run = _CAPITALISED_RUN.match(text, verb.end()) if verb else None
    if run is None:
        return None
    name = run.group(0).split()[-1]
    if name in NOT_NAMES or places.find(name) or _PLACE_RUN.search(run.group(0)):
        return None
    return f"meeting/{name.lower()}"


# a visit to people a disaster or a war touched, not a meeting between sides: "Modi met some of the
# 900 people being treated in hospital", "the governor met with families of the victims"
_MET_THE_PUBLIC = re.compile(
    r"\s+(?:with\s+)?(?:(?:some|many|several|dozens|hundreds|scores|one|two|three|a\s+few|a\s+group)\s+of\s+)?"
    # (a few words of who they are, but no place or day: "met in Anchorage with troops" is a meeting)
    r"(?:the\s+|those\s+|local\s+)?(?:(?!(?:in|at|on|near|during|after|before)\b)[\w,-]+\s+){0,3}?"
    r"(?:survivors|victims|famil(?:y|ies)|relatives|patients|residents|injured|wounded|bereaved|mourners|"
    r"rescuers|rescue\s+workers|first\s+responders|firefighters|volunteers|evacuees|refugees|villagers|"
    r"people(?![\'\u2019])|troops|soldiers|students|pupils|workers|miners|passengers|crew|tourists|fans|"
    r"supporters|voters|protesters|reporters|journalists|the\s+press)\b",
    re.IGNORECASE,
)


class MeetingWords:
    """The rules' meeting words ("met", "meeting") that may be an event: those that meet the public
    (survivors, victims' families, patients, troops) are a visit, never a round of talks."""

    def __init__(self, words: Lexicon) -> None:
        self._words = words

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        return [m for m in self._words.find(text, start, end) if not _MET_THE_PUBLIC.match(text, m.end)]
