"""The talks' dates and venues of an article: a claim for each date and place an event sentence names.

Which round each belongs to is worked out over the whole article (rounds.py), then, in a sentence
that names two rounds, from the round named last before the date or place.

Who the talks are between (event_parties.py) is the claim's `subject`: the parties named nearest
before the date or place in its sentence, else the sentence's own, else those of the sentence
before; an article's sentences before its first pair take that pair ("the first round in Riyadh
on Tuesday ... talks between American and Russian delegations"), or else the pair its lead (the
first sentences, event or not) names. A meeting of names told as one of two countries ("a
Russia-US meeting") is their talks.

In a sentence about a kind of event with no rounds (preliminary consultations) that also names
talks, each place and day is the event's whose word is nearest before it (event_apart.py): "sent a
delegation to Jeddah to consult with the US, and the negotiations will be in Geneva". A meeting no
one is named for ("a planned meeting in Port Sudan") right after a sentence about such a kind is it.
A place of a plan given up, with no day ("was canceled"), is noted so (rounds.py joins it to no session).
"""

from __future__ import annotations

import datetime as dt
import re

from discrep.extract.event_days import ended_on, ended_when_said
from discrep.extract.event_occasions import bare_kinds_named, nearest_kind, other_occasion
from discrep.extract.event_parties import PartyMention, key_of, last_pair, parties_at, sentence_parties
from discrep.extract.event_plans import planned_day
from discrep.extract.event_sites import is_site
from discrep.extract.event_telling import (
    ALTERNATIVES,
    CALLED_OFF,
    ENDED,
    LATEST,
    called_off,
    date_negated,
    latest_clause_end,
    modality_of,
    ordinal_rounds,
    resumption_start,
    round_of,
    tells_end,
    venue_negated,
)
from discrep.extract.events import EventFinder
from discrep.extract.lexicon import Match
from discrep.extract.occasion_ids import EARLIER_OCCASION
from discrep.extract.reads import Read, base_fields
from discrep.extract.rounds import NEXT, UNNUMBERED, RoundHint, assign_rounds, round_event, round_number
from discrep.model import Article, Claim
from discrep.text.dates import DateMention


def event_claims(article: Article, finder: EventFinder, reads: list[Read]) -> list[Claim]:
    """The date and venue claims of an article's event sentences."""
    hints: list[RoundHint] = []
    event_dates: dict[int, list[DateMention]] = {}
    explicit_of: dict[int, int | None] = {}
    mentions = {r.index: finder.parties.mentions(r.sentence.text) for r in reads if r.is_event}
    context = _lead_parties(finder, reads, mentions)
    told_before: dict[int, frozenset[str] | None] = {}  # the parties told before each event sentence
    # where the fighting is matters only to venues, and only event sentences have venues
    theatre = set().union(*(finder.theatre(r.sentence.text) for r in reads)) if mentions else set()
    found_venues: dict[int, tuple[list[Match], list[Match]]] = {}
    told_kind: str | None = None  # the kind of event (no rounds) the event sentence before names
    told_meeting: str | None = None  # the meeting of named people the article told with a day or place
    for read in reads:
        text = read.sentence.text
        if not read.is_event:
            continue
        # "Rome as a venue was out of the question": the kind of event the sentence before told of
        venue_only = not finder.names_event(text)
        if venue_only and told_kind is None:
            continue
        told_before[read.index] = context
        own = sentence_parties(mentions[read.index], context)
        dates = finder.event_dates(text, read.dates)
        found_venues[read.index] = finder.venues(text, theatre)
        if dates or any(found_venues[read.index]):
            # talks told with a place or a day are "the talks" of the sentences after; a pair named
            # in passing ("an ideal location for possible negotiations between Kyiv and Moscow") is not
            context = last_pair(mentions[read.index]) or context
        explicit, is_new = round_of(text)
        explicit_of[read.index] = explicit
        own_round = finder.round_kind(text)  # "the second round of the presidential election"
        if own_round is not None:
            explicit, is_new = None, False
        near = dates[0].start if dates else None
        named = (
            own_round or finder.meeting_of(text, near) or finder.kind_of(text, near)
            if explicit is None and not is_new
            else None
        )
        if named is not None and _countries_meet(named, mentions[read.index]):
            named = None  # "a Russia-US meeting": the two countries' talks, whoever is named
        if venue_only:
            named = told_kind
        elif named is None and explicit is None and not is_new and _THE_MEETING.search(text):
            # "both sides were open to preliminary meetings. A planned meeting in Port Sudan was
            # canceled": a meeting no one is named for is the one the sentence before told of
            named = told_kind or told_meeting
        elif named is None and explicit is None and not is_new and _THE_TALKS.search(text):
            # "Lavrov and Kuleba agreed to meet in Antalya on Thursday. ... said the talks would take
            # place on Friday": the talks are the meeting told before, not a session of their own
            named = told_meeting
        told_kind = named if named is not None and "/" not in named and named in finder.kinds else None
        if named is not None and named.startswith(_MEETING_OF) and (dates or any(found_venues[read.index])):
            told_meeting = named
        elif explicit is not None or is_new:
            told_meeting = None  # numbered rounds: "the talks" after are theirs
        if told_kind is None:
            # the day talks' end was told on is no day of theirs to compare: rounds and sessions
            # are compared by the day they open, and talks may run for days
            dates = [d for d in dates if ended_when_said(text, d.start) is None]
        hints.append(
            RoundHint(
                read.index,
                explicit,
                is_new,
                modality_of(text),
                tuple(d.date for d in dates),
                named,
                key_of(own),
                explicit is not None and explicit > 0 and bool(_RECAP.match(text)),
                _TOLD_PAST.search(text) is not None,
            )
        )
        event_dates[read.index] = dates
    events = assign_rounds(bare_kinds_named(hints, finder.variant_of))
    claims: list[Claim] = []
    for read in reads:
        if read.index not in event_dates:
            continue
        text = read.sentence.text
        dates = event_dates[read.index]
        venues, unknown = found_venues[read.index]
        event = _earlier_occurrence(events[read.index], dates, article.published)
        past_year = _in_a_past_year(text, article.published)
        options = _either(text, venues)
        spans: list[tuple[int, int, str, str, str | None]] = [
            (v.start, v.end, "venue", v.key, options.get(v.key)) for v in venues
        ]
        spans += [
            (u.start, u.end, "venue", u.text, u.key if is_site(u.key) else "unknown place") for u in unknown
        ]
        if not events[read.index].startswith("talks"):  # talks have rounds for what came before
            spans += [(m.start, m.end, "venue", m.key, _EARLIER_PLACE) for m in finder.earlier_venues(text)]
        if not dates and spans and called_off(text):
            spans = [(a, b, k, v, note or CALLED_OFF) for a, b, k, v, note in spans]
        # the day an end was told on is past, whatever plan the sentence goes on to tell
        days = [
            (
                d.date
                if ended_when_said(text, d.start) is not None
                else planned_day(text, d, article.published)
            ).isoformat()
            for d in dates
        ]
        day_options = _either_day(text, dates, days)
        # a kind of event (no rounds) whose end the sentence tells: its day is the end's
        end_note = ENDED if event.split(" on ", 1)[0] in finder.kinds and tells_end(text) else None
        spans += [
            (d.start, d.end, "date", day, day_options.get(day) or end_note)
            for d, day in zip(dates, days, strict=True)
        ]
        rounds = ordinal_rounds(text) if event.startswith("talks/round-") else []
        # "the latest round in Rome was productive, and talks resume in Oman this week": past the
        # latest round's clause, the round is not told
        cut = latest_clause_end(text) if explicit_of.get(read.index) == LATEST else None
        resumed = resumption_start(text) if event.startswith("talks") else None
        kind_of_event = event.split(" on ", 1)[0]
        apart = kind_of_event in finder.kinds
        words: list[Match] | None = None  # the sentence's event words, once a span needs them
        for start, end, kind, value, note in sorted(spans):
            # a place or day of the talks a sentence about another kind of event also names
            # the day an end was told on is the day of what ended: read from where it ends
            at = ended_when_said(text, start) if kind == "date" else None
            at_end = (at, at) if at is not None else (start, end)
            span_event = UNNUMBERED if apart and finder.told_apart(text, kind_of_event, *at_end) else event
            if note == _EARLIER_PLACE or past_year:
                # "In 2019, he visited the base while flying to Vietnam": another year's occasion
                # "since their previous meeting in Helsinki": a claim of that occasion
                span_event, note = event.split(" on ", 1)[0] + EARLIER_OCCASION, None
            elif not span_event.startswith("talks") and " on " not in span_event:
                # "their first summit, in Helsinki in 2018", "the next summit could be in Moscow"
                if words is None:
                    words = finder.event_words(text)
                if span_event in finder.kinds:  # "the NATO summit in Brussels and the G7 summit in Britain"
                    told = nearest_kind(text, start, words, finder.kinds)
                    # a bare "summit" in an article of the G20 summit is still the G20's
                    if told is not None and told != finder.variant_of.get(span_event):
                        span_event = told
                span_event += other_occasion(text, start, end, kind, words, article.published)
            claims.append(
                Claim(
                    **base_fields(article, read, start, end),  # type: ignore[arg-type]
                    kind=kind,  # type: ignore[arg-type]
                    metric=kind,
                    value=value,
                    event=_next_sitting(event, start, resumed)
                    or _round_told_before(rounds, start)
                    or (UNNUMBERED if cut is not None and start >= cut else span_event),
                    negated=venue_negated(text, start) if kind == "venue" else date_negated(text, start),
                    modality="asserted" if at is not None else modality_of(text, start, end),
                    as_of=dt.date.fromisoformat(value) if kind == "date" else None,
                    note=_talks_note(text, start, kind, note) if span_event.startswith("talks") else note,
                    subject=key_of(
                        parties_at(mentions[read.index], start, told_before[read.index])
                        if span_event.startswith(_HAS_PARTIES)
                        # beside talks told apart, the parties named after it are the talks'
                        else parties_at(
                            [m for m in mentions[read.index] if not apart or m.start < start], start, None
                        )
                    ),
                )
            )
    return claims


# "a planned meeting", "the meeting": a meeting no one is named for
# ("a separate meeting", "another meeting" is not the one told before)
def _talks_note(text: str, start: int, kind: str, note: str | None) -> str | None:
    """Talks are compared by the day they open: only the day they are told to have ended on ("two
    days of talks in Doha ended on Friday") is marked as their end, compared with other ends."""
    if note not in (None, ENDED):
        return note
    return ENDED if kind == "date" and ended_on(text, start) else None


_THE_MEETING = re.compile(
    r"\b(?:a|the|this|that)\s+(?:(?!(?:separate|other|another|different|parallel|earlier|previous|later|next|"
    r"second|new|further)\b)[\w-]+\s+){0,2}?meeting\b",
    re.IGNORECASE,
)
# "the talks", with no word that makes them other talks than those told before
_THE_TALKS = re.compile(r"\bthe\s+(?:talks|negotiations)\b", re.IGNORECASE)
_MEETING_OF = "meeting/"
# the talks told as over or under way, not as to come
_TOLD_PAST = re.compile(
    r"\b(?:lasted|took\s+place|(?:was|were)\s+held|ended|concluded|wrapped\s+up|met|began|opened|got\s+under\s+way)\b",
    re.IGNORECASE,
)
# talks take the parties told before them; a meeting of named people, a summit or an election
# only those its own sentence names
_HAS_PARTIES = ("talks",)
# "This was the second round of talks ...": the ordinal of the talks the article told before
_RECAP = re.compile(r"(?:This|It|That|These|Those)\s+(?:was|were|is|are|marked|marks)\s+(?:the|their|its)\s+")
_LEAD_SENTENCES = 3  # a headline and a lede name the parties the article's talks are between
_NAME_MEETING = re.compile(
    r"meeting/(?!cabinet$|board$|committee$|council$|parliament$|politburo$|caucus$)[a-z]+(?:\+[a-z]+)?"
)


def _lead_parties(
    finder: EventFinder, reads: list[Read], mentions: dict[int, list[PartyMention]]
) -> frozenset[str] | None:
    """The parties of the article's talks before a sentence names them: its first pair told of its
    own talks (event sentences first), else the pair its first sentences name."""
    for read in reads:
        for m in mentions.get(read.index, ()):
            if len(m.sides) >= 2 and not m.aside:
                return m.sides
    if not mentions:
        return None
    for read in reads[:_LEAD_SENTENCES]:
        if read.index in mentions:
            continue
        for m in finder.parties.mentions(read.sentence.text):
            if len(m.sides) >= 2 and not m.aside:
                return m.sides
    return None


def _countries_meet(named: str, mentions: list[PartyMention]) -> bool:
    """A meeting of people's names in a sentence that tells two countries as its parties ("A
    Russia-US meeting will take place ..., according to Kremlin spokesman Dmitry Peskov")."""
    return bool(_NAME_MEETING.fullmatch(named)) and any(
        m.countries and len(m.sides) >= 2 and not m.aside for m in mentions
    )


_OR = re.compile(r"\s*,?\s+or\s+(?:in\s+|at\s+)?")


def _either(text: str, venues: list[Match]) -> dict[str, str]:
    """Places joined by "or" ("in Doha or Cairo"): each is one option, noted with all of them, so
    that the venue check asks only whether any option fits what other sources say."""
    ordered = sorted(venues, key=lambda v: v.start)
    groups: list[list[Match]] = []
    for v in ordered:
        if groups and _OR.fullmatch(text, groups[-1][-1].end, v.start):
            groups[-1].append(v)
        else:
            groups.append([v])
    notes: dict[str, str] = {}
    for group in groups:
        if len(group) > 1:
            note = ALTERNATIVES + ", ".join(v.key for v in group)
            notes.update((v.key, note) for v in group)
    return notes


_DAY_OR = re.compile(r"\s*,?\s*(?:or\s+)?(?:on\s+)?")


def _either_day(text: str, dates: list[DateMention], days: list[str]) -> dict[str, str]:
    """Days joined by "or" ("on Friday, Saturday, or Sunday"): options of one plan, noted with all
    of them, so that the date check asks only whether any option fits what other sources say."""
    notes: dict[str, str] = {}
    group: list[int] = []
    told_or = False
    for i in range(len(dates) + 1):
        joined = (
            i < len(dates) and bool(group) and _DAY_OR.fullmatch(text, dates[group[-1]].end, dates[i].start)
        )
        if joined:
            told_or |= " or " in f" {text[dates[group[-1]].end : dates[i].start]} "
            group.append(i)
            continue
        if len(group) > 1 and told_or:
            note = ALTERNATIVES + ", ".join(days[j] for j in group)
            notes.update((days[j], note) for j in group)
        group, told_or = ([i], False)
    return notes


_PAST_YEAR_FRAME = re.compile(r"\s*(?:[Bb]ack\s+)?[Ii]n\s+((?:19|20)\d\d)\s*,")


def _in_a_past_year(text: str, published: dt.date | None) -> bool:
    """A sentence that opens on a year before the article's tells of that year, not of the event."""
    framed = _PAST_YEAR_FRAME.match(text)
    return framed is not None and published is not None and int(framed.group(1)) < published.year


_EARLIER_PLACE = "\x00earlier"  # a span's note while it waits to be told as an earlier occasion's
OLD_DAYS = 90  # a meeting or summit dated this long before the article is an earlier one


def _earlier_occurrence(event: str, dates: list[DateMention], published: dt.date | None) -> str:
    """A meeting, summit or other kind without rounds, dated months before the article ("the foreign
    ministers met in Washington, November 7, 2022" in a report of 2024), is an earlier occurrence
    of it, not the one the story follows: it keeps its day in its name. Talks have rounds for this."""
    if published is None or not dates or event.startswith("talks"):
        return event
    first = min(d.date for d in dates)
    if all(d.date < published - dt.timedelta(days=OLD_DAYS) for d in dates):
        return f"{event} on {first.isoformat()}"
    return event


def _next_sitting(event: str, position: int, resumed: int | None) -> str | None:
    """Past "ended on Friday and will resume", the round after the sentence's ("talks/next" when it
    has no number): the place and day of the next sitting are not the one that ended."""
    if resumed is None or position < resumed:
        return None
    number = round_number(event)
    return round_event(number + 1 if number else NEXT)


def _round_told_before(rounds: list[tuple[int, int]], position: int) -> str | None:
    """In a sentence naming two rounds or more ("the first round took place on 28 February, and the
    second round on 3 March"), the round last named before a date or place is the one it is of."""
    if len({number for _, number in rounds}) < 2:
        return None
    before = [number for at, number in rounds if at < position]
    return round_event(before[-1]) if before else None
