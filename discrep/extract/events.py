"""Venue and date claims about events: rounds of talks and meetings between named people.

A sentence is about an event when it uses one of the event aliases in the rules (talks,
negotiations, round, delegations; meet, meeting). Which event:
- an ordinal names the round: "the second round", "for the second time", "the second such session",
  "first talks" (in words or digits);
- "a new round", "a fresh round", "another round": the first round the article mentions that has not
  yet been held, or the one after the last round it says was held;
- "meet"/"meeting" with a named person ("Lavrov would meet ... Dmytro Kuleba") is a meeting between
  those people, a different event from any round of talks on the same days;
- any other kind of event the rules declare (a summit, a referendum) is one event of that kind, and
  so are the talks or meeting of its participants (rules: participants; "the two leaders will hold
  talks" is the summit); a kind whose name holds the round ("the second round of the presidential
  election" is the runoff) is not a round of talks; a kind used as a modifier ("the election
  board") or a press conference is no event; of several kinds, the one nearest the date is;
- otherwise the round of the previous event sentence, unless this sentence has its own date and it
  differs (then the engine resolves the round from the dates other articles give, see resolve).

Venues are places from the gazetteer introduced by "in", "at" or "on" ("in the town of Gomel",
"in western Belarus' Brest region"); of places that contain one another in one sentence only the
innermost is kept, and places in a border phrase ("on the Belarus-Poland border") only describe
another. A proposal ("there was talk of Minsk") is not a venue claim ("the proposed talks" are the
talks); places joined by "or" ("in either Doha or Cairo") are options of one plan (event_claims.py
notes them). An unknown capitalised place after "in"/"at" is kept, noted "unknown place".

Dates are kept only when the nearest verb is the event's own (take place, held, met, begin, host,
or the kind's own name), never the date of a statement ("said yesterday", "on Sunday, officials
said" is the event's, "On July 23, the State Department invited ... to talks set for August 14" is
not), an arrival ("arrived on Wednesday evening"), the start of the war ("since Russia invaded last
Thursday"), a date someone asks for ("called for the runoff to be postponed to June 4") or the day
of something done before it ("confer on Aug. 13 to coordinate before the summit"). A two-day event
("on Monday and Tuesday") starts on its first day; "on Tuesday, not Monday" denies Monday only. What
talks are about ("on a truce in Gaza", "the situation in Gaza"), where captives are held or
swapped ("children held in Gaza", "prisoner exchanges in Gaza"), what came before ("in Vienna on
May 3, following Sunday's round in Oslo"), where something was said ("a briefing in Washington",
"a speech at the academy in Moscow"), an offer to host ("willing to host the talks in Rome") and
where an earlier event was ("the summit follows talks between Putin and Witkoff in Moscow") are
not venues (event_places.py); a place named "as the venue" is one, with no "in" or "at".

Who the talks are between (the parties: "talks between X and Y", "X-Y talks", "X's delegation")
is read by event_parties.py and travels on the claim as its subject; talks between other parties
are another event.

Polarity and modality travel on the claim: "is not true", "denied", "in another venue" negate;
"expected to", "set to", "will", "scheduled", "planned" are expected; "might", "may", "reportedly",
"media reports suggested" are hedged; the rest is asserted (event_telling.py, with the ordinals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from discrep.extract.event_apart import talks_told_apart
from discrep.extract.event_days import OTHER_VERBS, event_days
from discrep.extract.event_parties import PartyFinder
from discrep.extract.event_people import MeetingWords, meeting_of_names, meeting_with_one, person_met
from discrep.extract.event_telling import ROUND, ROUND_NUMBER
from discrep.extract.event_venues import VENUE_BREAK, VenueReader
from discrep.extract.lexicon import AnyAlias, Lexicon, Match
from discrep.ruleset import RuleSet
from discrep.text.dates import DateMention

# the office of the people meeting: "foreign ministers", "Foreign Minister Lavrov", "presidents"
# "opposition leaders", "village leaders": leaders of a party or a place, not heads of state
_NOT_HEADS = re.compile(
    r"\b(?:opposition|party|union|village|community|religious|protest|tribal|student|rebel)\s+$",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:(foreign|defen[cs]e|interior|prime)\s+minister|"
    r"(?<!opposition\s)(?<!party\s)(?<!union\s)(?<!village\s)(?<!community\s)(?<!religious\s)"
    r"(?<!protest\s)(?<!tribal\s)(?<!student\s)(?<!rebel\s)(president|leader))s?\b",
    re.IGNORECASE,
)
_DELEGATES = re.compile(  # "sent a team of aides to hold talks": the talks of the team sent
    r"\b(?:delegations?|negotiators|officials|representatives|round|sides|countries|teams?)\b", re.I
)
# an event word that names something else: "the election board", "summit organisers"
_MODIFIER_USE = re.compile(
    r"\s+(?:board|commission|council|committee|officials?|observers?|monitors?|authorit(?:y|ies)|campaign|"
    r"law|rules|results?|organi[sz]ers|venue|host|agenda|communiqu[eé]|declaration|statement)\b",
    re.IGNORECASE,
)
# "a press conference", "a news conference": how something was said, not an event of the story
_NOT_AN_EVENT = re.compile(r"\b(?:press|news|video|telephone|phone|media)\s+$", re.IGNORECASE)
# a body's own sitting: "a security cabinet meeting late on Sunday" is not the talks
_BODY_MEETING = re.compile(
    r"\b(cabinet|board|committee|council|parliament|politburo|caucus)\s+(?:meeting|meets|met|convenes|convened)\b",
    re.IGNORECASE,
)
# talks held between office holders are their meeting: "the talks between the foreign ministers"
_TALKS_OF_OFFICE = re.compile(
    r"\btalks\s+between\s+(?:the\s+)?(?:two\s+)?(?:(?:foreign|defen[cs]e|interior|prime)\s+ministers|presidents|leaders)\b",
    re.IGNORECASE,
)
# an office holder hosting his counterparts: the meeting of their office
_HOSTS_COUNTERPARTS = re.compile(
    r"\bhost(?:s|ed|ing)?\s+(?:his|her|their)\s+(?:[A-Z][\w-]+\s+(?:and\s+[A-Z][\w-]+\s+)?)?counterparts\b"
)
_ROUNDS = ("talks", "meeting")  # the event kinds with rounds or named people; the rest are one event each
_HOLDER_WORDS = 14  # "the presidents of Egypt and the United States and the emir of Qatar held talks"


_VENUE_WORD = re.compile(r"\bvenues?\b", re.IGNORECASE)


class EventFinder:
    def __init__(self, rules: RuleSet, places: Lexicon, known_people: Lexicon) -> None:
        self._rules = rules
        self._places = places
        self._people = known_people
        talk_words = rules.events["talks"].aliases if "talks" in rules.events else ("talks",)
        meet_words = rules.events["meeting"].aliases if "meeting" in rules.events else ("meeting",)
        self._talks = Lexicon({"talks": talk_words})
        self._meeting_words = Lexicon({"meeting": meet_words})
        self._meeting = MeetingWords(self._meeting_words)
        # every other kind of event in the rules (a summit, a referendum) is one event per kind
        self._kinds = Lexicon({e.id: e.aliases for e in rules.events.values() if e.id not in _ROUNDS})
        # who holds a kind of event ("presidents", "leaders" hold a summit): their talks are it
        self._held_by = Lexicon(
            {e.id: e.participants for e in rules.events.values() if e.participants and e.id not in _ROUNDS}
        )
        self._any_event = AnyAlias(self._talks, self._meeting_words, self._kinds)
        self._held_kinds = frozenset(e.id for e in rules.events.values() if e.participants)
        self.kinds = frozenset(e.id for e in rules.events.values() if e.id not in _ROUNDS)
        # a bloc's summit of summit (rules: variant_of): event_occasions.bare_kinds_named
        self.variant_of = {e.id: e.part_of for e in rules.events.values() if e.part_of is not None}
        self.parties = PartyFinder(rules.parties)
        self._venues = VenueReader(
            rules, places, known_people, (self._talks, self._meeting, self._kind_mentions)
        )

    def _kind_mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """The rules' kinds of event named in text, not a press conference nor "the election board"."""
        return [
            m
            for m in self._kinds.find(text, start, end)
            if not _MODIFIER_USE.match(text, m.end)
            and not _NOT_AN_EVENT.search(text, max(0, m.start - 12), m.start)
        ]

    def event_words(self, text: str) -> list[Match]:
        """Every event word of the sentence (talks, meetings, the rules' kinds of event), in order."""
        found = [*self._talks.find(text), *self._meeting.find(text), *self._kind_mentions(text)]
        return sorted(found, key=lambda m: m.start)

    def names_event(self, text: str) -> bool:
        if "counterparts" in text and _HOSTS_COUNTERPARTS.search(text):
            return True  # "would host his Russian and Ukrainian counterparts in Antalya": a meeting
        # asked of every sentence, and most name no event: one test of their words spares three finds
        if not self._any_event.may_match(text):
            return False
        return bool(self._talks.find(text) or self._meeting.find(text) or self._kind_mentions(text))

    def is_event_sentence(self, text: str) -> bool:
        """A sentence naming an event, or a venue only ("Rome as a venue was out of the question"),
        which event_claims.py gives to the kind of event the sentence before told of."""
        return self.names_event(text) or ("venue" in text.lower() and _VENUE_WORD.search(text) is not None)

    def kind_of(self, text: str, near: int | None = None) -> str | None:
        """The id of a kind of event with no rounds named in the sentence ("summit"), if any, or the
        kind whose participants hold the talks or meeting ("the two leaders will hold talks").

        A kind named only as a modifier ("the election board said") is not the event; of several, the
        one nearest before `near` (the event's date) is: "the election will go to a runoff on May 28"."""
        found = self._kind_mentions(text)
        # "a summit of heads of state, members of the G7": a bloc's own summit names the summit
        variants = [
            m for m in found if m.key in self.variant_of and self.variant_of[m.key] in {f.key for f in found}
        ]
        if variants:
            found = [m for m in found if m.key not in {self.variant_of[v.key] for v in variants}]
        if found:
            if near is None or len(found) == 1:
                return found[0].key
            before = [m for m in found if m.end <= near]
            return (before[-1] if before else found[0]).key
        if _DELEGATES.search(text):
            return None  # "delegations", "negotiators": talks, whoever sent them
        triggers = [*self._talks.find(text), *self._meeting.find(text)]
        for held in self._held_by.find(text):
            if _NOT_HEADS.search(text, max(0, held.start - 20), held.start):
                continue  # "opposition leaders will meet": not heads of state
            # the holders are the subject of the talks: "the two leaders will hold talks", not
            # "Western leaders urged a return to talks"
            verb = next((t for t in triggers if t.start >= held.end), None)
            between = text[held.end : verb.start] if verb else ""
            if (
                verb is not None
                and len(between.split()) <= _HOLDER_WORDS
                and not OTHER_VERBS.search(between)
                and not VENUE_BREAK.search(between)
            ):
                return held.key
        return None

    def told_apart(self, text: str, kind: str, position: int, end: int) -> bool:
        """Whether the place or day at `position` is of the talks a sentence about another kind of
        event also names (event_apart.py); a kind its participants hold (a summit) never is."""
        if kind in self._held_kinds:
            return False
        own = [m for m in self._kind_mentions(text) if m.key == kind]
        return bool(own) and talks_told_apart(own, self._talks.find(text), position, end)

    def round_kind(self, text: str) -> str | None:
        """A kind of event whose name holds a round ("the second round of the presidential election"
        is the runoff, rules: events): the ordinal is its own, not a round of talks."""
        for m in self._kind_mentions(text):
            if ROUND.search(m.text) or ROUND_NUMBER.search(m.text):
                return m.key
        return None

    def _kind_held_by(self, role: str) -> str | None:
        """The kind of event these office holders hold ("presidents" -> "summit"), if the rules say."""
        found = self._held_by.find(role)
        return found[0].key if found else None

    def meeting_of(self, text: str, near: int | None = None) -> str | None:
        """'meeting/foreign ministers' or 'meeting/kuleba+lavrov': office holders or named people meeting.

        The office wins over the names, since one report names the ministers and the next does not
        ("the foreign ministers of Russia and Ukraine met", "Lavrov would meet his counterpart Kuleba").
        A meeting is not the event whose day is at `near` when talks are the event word nearest before
        that day, as a day follows its event ("said the US was starting talks with Iran on Saturday,
        during a White House meeting with ...").
        """
        triggers = self._meeting.find(text)
        if not triggers and (
            (between := _TALKS_OF_OFFICE.search(text)) is not None
            or (between := _HOSTS_COUNTERPARTS.search(text)) is not None
        ):
            # "Thursday's talks between the foreign ministers in Antalya", "the minister would host
            # his Russian and Ukrainian counterparts": their meeting
            triggers = [Match(between.start(), between.end(), "meeting", between.group(0))]
        if not triggers:
            return None
        if near is not None:
            before = [(m.start, False) for m in self._talks.find(text, 0, near) if m.end <= near]
            before += [(m.start, True) for m in triggers if m.end <= near]
            if before and not max(before)[1]:  # the last event word before the day is talks
                return None
        body = _BODY_MEETING.search(text)
        if body is not None:
            return f"meeting/{body.group(1).lower()}"
        if _DELEGATES.search(text):
            return meeting_with_one(text, self._places)
        role = _ROLE.search(text)
        if (
            role
            and role.group(2)
            and not role.group(0).lower().endswith("s")
            and "counterpart" not in text
            and sum(1 for _ in _ROLE.finditer(text)) == 1
        ):
            # one office holder among the people meeting ("the envoy met President Aliyev in Baku") is
            # no meeting of presidents: the people named are its identity, when they are told
            named = meeting_of_names(text, triggers[0].start, self._places) or person_met(
                text, triggers[0].start, self._places
            )
            if named is not None:
                return named
        if role and role.group(1):
            ministers = f"{role.group(1).lower().replace('defence', 'defense')} ministers"
            return self._kind_held_by(ministers) or f"meeting/{ministers}"
        if role:
            holders = f"{role.group(2).lower()}s"
            return self._kind_held_by(holders) or f"meeting/{holders}"
        return meeting_of_names(text, triggers[0].start, self._places) or meeting_with_one(text, self._places)

    def theatre(self, text: str) -> set[str]:
        """Places where the fighting is ("offensive in Ukraine"): not venues unless tied to the event."""
        return self._venues.theatre(text)

    def venues(
        self, text: str, theatre: set[str] | frozenset[str] = frozenset()
    ) -> tuple[list[Match], list[Match]]:
        """(known places used as venues, unknown capitalised names after in/at): event_venues.py."""
        return self._venues.venues(text, theatre)

    def earlier_venues(self, text: str) -> list[Match]:
        """Places of an earlier event the sentence names (event_venues.py)."""
        return self._venues.earlier_venues(text)

    def event_dates(self, text: str, dates: Sequence[DateMention]) -> list[DateMention]:
        """Dates whose nearest verb is the event's own (event_days.py)."""
        # the rules' kinds of event anchor their dates too: "a summit ... in Cairo on Thursday"
        kinds = [(m.start + m.end) / 2 for m in self._kind_mentions(text)] if dates else []
        return event_days(text, dates, kinds)
