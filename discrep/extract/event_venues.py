"""Which places an event sentence names are where the event is: the venues of talks and meetings.

Places from the gazetteer count when "in", "at" or "on" leads them within a few words of an event
word ("talks will be held in the town of Gomel"), or when they are named as the venue or moved to
("the summit was relocated to Vienna"); of places that contain one another in one sentence only the
innermost is kept, and places in a border phrase ("on the Belarus-Poland border") only describe
another. Where the fighting is ("the offensive in Ukraine"), what talks are about, where something
was said and where an earlier event was are not venues (event_places.py holds those patterns). An
unknown capitalised name after "in" or "at" is kept as an unknown place when no known place is told.
events.EventFinder asks this module about each event sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from discrep.extract.event_days import EVENT_VERBS, THEN_EARLIER
from discrep.extract.event_people import NOT_NAMES, MeetingWords
from discrep.extract.event_places import (
    AS_A_VENUE,
    AWAY_FROM,
    HELD_CAPTIVE,
    HELD_THERE,
    MOVED_TO,
    NAMED_AS,
    NAMED_VENUE,
    REJECTED_AS_VENUE,
    SAID_AT,
    SOURCE_PLACE,
    TOPIC,
    TRIP_FOR,
    TRIP_TO,
    TRUCE_IN,
    WHOSE_WISH,
    proposes,
    told_after_proposal,
)
from discrep.extract.event_sites import find_sites, site_name, site_note
from discrep.extract.lexicon import Lexicon, Match, _by_first_character
from discrep.ruleset import RuleSet
from discrep.text.caseless import Caseless

_VENUE_LEAD = re.compile(
    # "in the southern Turkish resort city of Antalya": up to three words tell what kind of place
    r"\b(?:in|at|on)\s+(?:the\s+)?(?:(?:(?:[A-Z][\w-]*|[a-z-]+)\s+){0,3}?(?:town|city|village|capital|region|area|province|"
    r"district|resort|site|forest|port)\s+of\s+)?(?:(?:western|eastern|northern|southern|central|north|south|east|west|"
    r"neighbouring|neighboring)\s+)?(?:either\s+)?(?:[A-Z][\w-]*(?:['’]s?)?\s+)*(?:or\s+)?$"
)
VENUE_BREAK = re.compile(
    # (not the colon of a time: "at 16:30 local time at Istanbul's Dolmabahce Palace")
    r"[;\u2013\u2014]|(?<!\d):|:(?!\d)|\s-\s|,\s+(?:and|but|while)\b|\s(?:while|whereas|but|amid|as|although|though)\s",
    re.IGNORECASE,
)
_THEATRE = re.compile(
    r"\b(?:offensive|operation|war|conflict|fighting|invasion|attacks?|strikes?|assault|violence|combat|"
    r"advance|activity|hostilities|bombing|shelling|invaded|continues)\s+(?:in|of|into|on|against)\s+(?:the\s+)?"
    r"(?:(?:southern|northern|eastern|western|central)\s+)?$",
    re.IGNORECASE,
)
_THEATRE_WORDS = (
    "offensive|operation|war|conflict|fighting|invasion|attacks?|strikes?|assault|violence|combat|"
    "advance|activity|hostilities|bombing|shelling|invaded|continues"
)
# what _THEATRE needs in the sentence (no \b: its window may cut a word); most sentences lack it, and
# a caseless search grouped by first letters (lexicon.py) finds that out fast, in the same order
_THEATRE_ANYWHERE = Caseless(
    r"(?:"
    + (_by_first_character(_THEATRE_WORDS.split("|")) or _THEATRE_WORDS)
    + r")\s+(?:in|of|into|on|against)\s"
)
_ANCHOR_WORDS = 18
_NEAR_WORDS = 4
_BORDER = re.compile(r"^[\w\s'’-]{0,25}\bborder\b|\bborder\s+with\s+$|-\s*$", re.IGNORECASE)
# a place after a bare "on" is a topic or an agent ("talks on Syria", "it falls on Russia to
# accept"), unless it is ground: "on U.S. soil", "on Belarusian territory"
_ON_LEAD = re.compile(r"\bon\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s?)?\s+)*$")
_ON_GROUND = re.compile(r"(?:['’]s?)?\s+(?:soil|territory|border|island|sidelines|side|frontier)\b|-")
# an event the story's event comes after: "following three-hour talks between Putin and Witkoff"
_AFTER_EVENT = re.compile(
    r"\b(?:following|follows?|after|since)\s+(?:[\w’'-]+\s+){0,3}?(?:talks|meeting|negotiations|summit|round|"
    r"session|visit|consultations)\b",
    re.IGNORECASE,
)
_RATHER_THAN = re.compile(r",?\s+(?:not|rather\s+than|instead\s+of)\s+(?:in|at)\b", re.IGNORECASE)
_EVENT_LEADS = re.compile(
    r"\b(?:take\s+place|takes\s+place|took\s+place|be\s+held|was\s+held|were\s+held|will\s+meet|to\s+meet|"
    r"met|convene|talks|summit|meeting)\s+(?:in|at)\s+(?:the\s+(?:town|city|village|resort)\s+of\s+)?$",
    re.IGNORECASE,
)
_UNKNOWN_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:town|city|village|resort)\s+of\s+)?([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b"
)


class VenueReader:
    """The venues of one event sentence. A venue is anchored by an event word before it: one of the
    talks' or the meeting's words, or a kind of event `kind_mentions(text, start, end)` finds."""

    def __init__(
        self,
        rules: RuleSet,
        places: Lexicon,
        known_people: Lexicon,
        words: tuple[Lexicon, MeetingWords, Callable[[str, int, int | None], list[Match]]],
    ) -> None:
        self._rules = rules
        self._places = places
        self._people = known_people
        self._talks, self._meeting, self._kind_mentions = words

    def theatre(self, text: str) -> set[str]:
        """Places where the fighting is ("offensive in Ukraine"): not venues unless tied to the event."""
        if not _THEATRE_ANYWHERE.search(text):
            return set()
        return {
            m.key for m in self._places.find(text) if _THEATRE.search(text[max(0, m.start - 40) : m.start])
        }

    def venues(
        self, text: str, theatre: set[str] | frozenset[str] = frozenset()
    ) -> tuple[list[Match], list[Match]]:
        """(known places used as venues, unknown capitalised names after in/at)."""
        found = [m for m in self._places.find(text) if m.text[:1].isupper()]
        if proposes(text):
            # "Minsk was proposed": no venue; but "in Turkey, not in Belarus as Moscow had proposed"
            # names the venue in place of the proposed one
            found = [
                m for m in found if _RATHER_THAN.match(text, m.end) or told_after_proposal(text, m.start)
            ]
            if not found:
                return [], []
        led = [
            m
            for m in found
            if (
                NAMED_VENUE.match(text, m.end)
                or NAMED_AS.search(text, max(0, m.start - 60), m.start)
                or (
                    REJECTED_AS_VENUE.search(text, max(0, m.start - 30), m.start)
                    and AS_A_VENUE.match(text, m.end)
                )
                or (
                    (
                        _VENUE_LEAD.search(text[max(0, m.start - 60) : m.start])
                        or MOVED_TO.search(text, max(0, m.start - 30), m.start)
                    )
                    and self._anchored(text, m.start, near=m.key in theatre)
                )
                or (
                    # "sent a delegation to Cairo for discussions": where the talks it goes to are
                    TRIP_TO.search(text, max(0, m.start - 60), m.start) and TRIP_FOR.match(text, m.end)
                )
            )
            and not (
                _ON_LEAD.search(text, max(0, m.start - 60), m.start) and not _ON_GROUND.match(text, m.end)
            )
            and not self._told_elsewhere(text, m.start, m.end)
        ]
        # "in Vienna on May 3, following Sunday's round in Oslo": an "after" clause is the event before
        led = [
            m
            for m in led
            if not any(THEN_EARLIER.search(text, k.end, m.start) for k in led if k.end <= m.start)
        ]
        inside_border = [
            m
            for m in led
            if _BORDER.search(text[m.end : m.end + 30])
            or _BORDER.search(text[max(0, m.start - 14) : m.start])
        ]
        if len(inside_border) < len(led):
            led = [m for m in led if m not in inside_border]
        keys = {m.key for m in led}
        innermost = [m for m in led if not any(m.key in self._rules.ancestors(k)[1:] for k in keys)]
        sites = self._sites(text, found)
        holders = {parent for _, parent in sites if parent is not None}
        # the building is where the event sits; the place that holds it only says where it is
        innermost = [m for m in innermost if m.key not in holders]
        unknown = [
            Match(u.start(1), u.end(1), u.group(1), u.group(1))
            for u in _UNKNOWN_VENUE.finditer(text)
            # beside a known place, only a name the event's own verb leads: "will take place in
            # Cusco, rather than in Lima"
            if (not found or _EVENT_LEADS.search(text, max(0, u.start(1) - 40), u.start(1)))
            and not any(site.start < u.end(1) and u.start(1) < site.end for site, _ in sites)
            # "at Joint Base Elmendorf-Richardson": a known place's first words are no place of their own
            and not any(m.start < u.end(1) and u.start(1) < m.end for m in found)
            and not self._places.find(u.group(1))
            and not self._people.find(u.group(1))
            and u.group(1).split()[0] not in NOT_NAMES
            and self._anchored(text, u.start(1), near=False)
            and not self._told_elsewhere(text, u.start(1), u.end(1))
        ]
        unknown += [
            Match(site.start, site.end, site_note(parent), site_name(site.text))
            for site, parent in sites
            # "at Istanbul's Dolmabahce Palace": a building the rules know is that place, named once
            if not any(m.start < site.end and site.start < m.end for m in innermost)
        ]
        return innermost, sorted(unknown, key=lambda m: m.start)

    def earlier_venues(self, text: str) -> list[Match]:
        """Known places where an earlier event the sentence names was ("since their previous meeting
        in Helsinki", "following talks in Moscow last week"): that occasion's, not the event's."""
        if not _AFTER_EVENT.search(text):
            return []
        return [
            m
            for m in self._places.find(text)
            if m.text[:1].isupper()
            and _VENUE_LEAD.search(text[max(0, m.start - 60) : m.start])
            and self._of_earlier_event(text, m.start)
            and not self._told_elsewhere(text, m.start, m.end, earlier=False)
        ]

    def _told_elsewhere(self, text: str, start: int, end: int, *, earlier: bool = True) -> bool:
        """The place at start:end is what the event is about, where something else happened or was
        said, or someone's wish (event_places.py), or (`earlier`) where an earlier event was: not
        the event's venue."""
        return bool(
            TOPIC.search(text[max(0, start - 50) : start])
            or HELD_THERE.search(text[max(0, start - 40) : start])
            or TRUCE_IN.search(text[max(0, start - 50) : start])
            or WHOSE_WISH.match(text, end)
            or SAID_AT.search(text, max(0, start - 70), start)
            or SOURCE_PLACE.search(text, max(0, start - 60), start)
            or _THEATRE.search(text[max(0, start - 40) : start])  # "to end the war in Gaza"
            or AWAY_FROM.search(text, max(0, start - 60), start)
            or (earlier and self._of_earlier_event(text, start))
        )

    def _sites(self, text: str, found: list[Match]) -> list[tuple[Match, str | None]]:
        """Buildings the event sits in (event_sites.py), each with the known place that holds it."""
        if proposes(text):
            return []
        return [
            (site, parent)
            for site, parent in find_sites(text, found)
            if not self._people.find(site.text)
            and self._anchored(text, site.start, near=False)
            and not self._told_elsewhere(text, site.start, site.end)
        ]

    def _of_earlier_event(self, text: str, position: int) -> bool:
        """The place is where an earlier event was: "the summit comes following talks between Putin
        and the envoy in Moscow last week" (no event word of its own between them)."""
        ends = [m.end() for m in _AFTER_EVENT.finditer(text, 0, position)]
        if not ends:
            return False
        between = text[ends[-1] : position]
        return not (EVENT_VERBS.search(between) or self._talks.find(between) or self._meeting.find(between))

    def _anchored(self, text: str, position: int, *, near: bool) -> bool:
        """An event word comes before `position` in the same clause, within a few words."""
        start = 0
        for brk in VENUE_BREAK.finditer(text, 0, position):
            start = brk.end()
        window = text[start:position]
        anchors = [
            m.end()
            for m in EVENT_VERBS.finditer(window)
            if not (m.group(0).lower() == "held" and HELD_CAPTIVE.search(window, 0, m.start()))
        ]
        anchors += [m.end - start for m in self._talks.find(text, start, position)]
        anchors += [m.end - start for m in self._meeting.find(text, start, position)]
        anchors += [m.end - start for m in self._kind_mentions(text, start, position)]
        if not anchors:
            return False
        words_between = len(window[max(anchors) :].split())
        return words_between <= (_NEAR_WORDS if near else _ANCHOR_WORDS)
