"""Venue and date claims of talks and summits beyond the seed story: which round "the latest round"
is, what is said of a round's successor, whose day a date is, and which places are not the venue.
All sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from discrep.extract import compile_rules, extract
from discrep.model import Article
from discrep.ruleset import load_rules
from discrep.text.dates import resolve_dates

VOCAB = compile_rules(load_rules())


def claims(text: str, published: dt.date) -> list[tuple[str, str | None, object]]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=published)
    return [(c.kind, c.event, c.value) for c in extract(article, VOCAB) if c.kind in ("venue", "date")]


SAT = dt.date(2025, 4, 19)  # a Saturday


def _holds(found: list[tuple[str, str | None, object]], present: list[Any], absent: list[Any]) -> None:
    """Every (kind, event, value) of `present` is among the claims found, none of `absent` is."""
    for want in present:
        assert want in found, (want, found)
    for unwanted in absent:
        assert unwanted not in found, (unwanted, found)


WED = dt.date(2025, 6, 11)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "published", "present", "absent"),
    [
        # "the latest round" is the round just held, not the next one the sentence before names
        (
            "Envoys ended a second round of talks in Oslo on Saturday. The next round will take place in "
            "Vienna. The latest round in Oslo was useful, and expert talks are set to resume in Vienna.",
            SAT,
            [
                ("venue", "talks/round-2", "oslo"),
                ("venue", "talks/round-3", "vienna"),
                ("venue", "talks", "vienna"),
            ],
            [("venue", "talks/round-3", "oslo")],
        ),
        # "another meeting" after "initial talks" is the round after it
        (
            "Initial talks were held in Doha, and another meeting is expected in Cairo.",
            SAT,
            [("venue", "talks/round-1", "doha"), ("venue", "talks/round-2", "cairo")],
            [("venue", "talks/round-1", "cairo")],
        ),
        # sides agreeing to meet again: what follows is the next round
        (
            "The sides wrapped up a second round of negotiations in Geneva, with both agreeing to continue "
            "in Vienna soon.",
            SAT,
            [("venue", "talks/round-2", "geneva"), ("venue", "talks/round-3", "vienna")],
            [("venue", "talks/round-2", "vienna")],
        ),
        # the day a statement was made is not the talks' day
        (
            "Late on Tuesday, a spokesman insisted that the next round will be held in Cairo on Saturday.",
            dt.date(2025, 4, 15),
            [("date", "talks/next", "2025-04-19")],
            [("date", "talks/next", "2025-04-15")],
        ),
        (
            "On June 3, mediators invited the two militias to negotiations due to open on June 12 in Geneva.",
            dt.date(2025, 6, 5),
            [("date", "talks", "2025-06-12")],
            [("date", "talks", "2025-06-03")],
        ),
        # something done to prepare the event has a day of its own
        (
            "The summit will be held in Vienna on June 14. The chancellor will call allies on June 12 to "
            "align positions before the summit.",
            WED,
            [("date", "summit", "2025-06-14")],
            [("date", "summit", "2025-06-12")],
        ),
        # the day that names a planned meeting, read through a past or passive verb
        (
            "Aides have picked a lakeside hotel in Geneva for Friday's meeting of the two envoys.",
            WED,
            [("date", "talks", "2025-06-13")],
            [("date", "talks", "2025-06-06")],
        ),
        # "Wednesday this week", said on a Saturday of a plan, is the coming Wednesday
        (
            "Working-level talks will be held in Oman from Wednesday this week.",
            SAT,
            [("date", "talks", "2025-04-23")],
            [("date", "talks", "2025-04-16")],
        ),
        # taking part is confirmed, or not, before the event: the coming Friday
        (
            "Ministers never confirmed their participation in the third round of talks on Friday in Vienna, "
            "an aide said.",
            WED,
            [("date", "talks/round-3", "2025-06-13")],
            [("date", "talks/round-3", "2025-06-06")],
        ),
        # talks told as held, after the next round's plan, are the round held
        (
            "The envoys met on June 7 for the second round of talks. The third round is scheduled for "
            "June 21. The talks lasted five hours in Vienna, mediators said.",
            WED,
            [("venue", "talks/round-2", "vienna"), ("date", "talks/round-3", "2025-06-21")],
            [("venue", "talks/round-3", "vienna")],
        ),
        # talks that go back to a place
        (
            "Although reports said the second round would be held in Vienna, the ministry announced plans "
            "to return to Geneva.",
            WED,
            [("venue", "talks/round-2", "geneva"), ("venue", "talks/round-2", "vienna")],
            [],
        ),
        # a venue put out of the question, with no event word: the event the sentence before told of
        (
            "The two presidents may hold a summit on June 20 in Vienna, a paper said. But an aide said "
            "Vienna as a venue was out of the question.",
            WED,
            [("venue", "summit", "vienna")],
            [("venue", "talks", "vienna")],
        ),
        # the talks named nearest the day are its event, not a meeting the statement was made at
        (
            "The president said the envoys were starting direct talks with Kyiv on Saturday, during a "
            "meeting with the Finnish prime minister.",
            WED,
            [("date", "talks", "2025-06-14")],
            [("date", "summit", "2025-06-14")],
        ),
    ],
)
def test_rounds_and_days(
    text: str, published: dt.date, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    found = claims(text, published)
    _holds(found, present, absent)


@pytest.mark.parametrize(
    ("text", "not_a_venue"),
    [
        # where an earlier event was
        (
            "The summit in Vienna comes after long talks between the envoy and the president in Moscow.",
            "moscow",
        ),
        ("The summit in Vienna follows a long meeting of the two envoys, in Riyadh last month.", "riyadh"),
        # where something was said
        (
            "A spokeswoman told reporters at a briefing in Washington that the summit would be in Vienna.",
            "washington",
        ),
    ],
)
def test_places_that_are_not_the_venue(text: str, not_a_venue: str) -> None:
    found = claims(text, WED)
    assert ("venue", "summit", "vienna") in found, found
    # where an earlier event was may be a claim of that occasion, never the summit's
    assert all(
        value != not_a_venue for kind, event, value in found if kind == "venue" and event == "summit"
    ), found


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The delegations sat down at Dolmabahce Palace on Friday.", "dolmabahce_palace"),
        ("The two presidents will hold a summit at Joint Base Elmendorf-Richardson on Friday.", "jber"),
        ("The leaders will hold a summit in Anchorage on Friday.", "anchorage"),
        ("The ministers met at Camp David on Friday.", "camp_david"),
    ],
)
def test_venues_of_talks_and_summits_are_known_places(text: str, venue: str) -> None:
    assert venue in [value for kind, _, value in claims(text, WED) if kind == "venue"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the first ... in three years" counts back, it names no day
        ("The envoys met for the first time between the two capitals in three years.", []),
        ("It was the first direct exchange of the rivals in four months.", []),
        # a verb between them owns the coming day
        ("The first round will be held in three days.", ["2025-06-14"]),
        # "was ready to start on Thursday": a plan for a day already past
        (
            "Our team was ready to begin talks on Thursday morning, yet nobody came.",
            ["2025-06-05"],
        ),
        ("Talks will start on Thursday.", ["2025-06-12"]),
    ],
)
def test_dates_beside_firsts_and_past_plans(text: str, expected: list[str]) -> None:
    assert [m.date.isoformat() for m in resolve_dates(text, WED)] == expected


@pytest.mark.parametrize(
    ("text", "not_a_venue"),
    [
        # where the fighting began, where captives are
        ("Talks in Doha on Sunday follow attacks on southern Israel.", "israel"),
        ("Envoys will meet in Doha on Sunday about freeing the hostages in Gaza.", "gaza"),
        ("Negotiators will meet in Doha on Sunday about the captives held by militants in Gaza.", "gaza"),
    ],
)
def test_theatres_and_captives_are_not_venues(text: str, not_a_venue: str) -> None:
    found = claims(text, WED)
    assert any(value == "doha" for kind, _, value in found if kind == "venue"), found
    assert all(value != not_a_venue for kind, _, value in found if kind == "venue"), found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the day of a press conference is when it was said
        (
            "Envoys will hold talks in Doha, the minister told a press conference held on Thursday.",
            [],
            [("date", "talks", "2025-06-12"), ("date", "talks", "2025-06-05")],
        ),
        # a holy month is no day of the talks
        (
            "These talks are the first of the sides since the holy month of Ramadan began.",
            [],
            [("date", "talks", "2026-02-18"), ("date", "talks", "2025-03-01")],
        ),
        # a cabinet's own sitting is not the talks
        (
            "Envoys hold talks in Doha on Friday. The cabinet meeting is set for Thursday night.",
            [("date", "meeting/cabinet", "2025-06-12")],
            [("date", "talks", "2025-06-12")],
        ),
        # what the talks led to has its own day
        (
            "The envoys met in Geneva on Monday. A result of the talks was a swap of captives, "
            "with a prisoner exchange of 200 each beginning June 20.",
            [("date", "talks", "2025-06-09")],
            [("date", "talks", "2025-06-20")],
        ),
        # a rumoured move to a weekday already past this week is the coming one
        (
            "Talks were set to resume on Tuesday, but might get moved to Monday.",
            [("date", "talks", "2025-06-16"), ("date", "talks", "2025-06-17")],
            [("date", "talks", "2025-06-09")],
        ),
    ],
)
def test_days_that_are_not_the_talks(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    found = claims(text, WED)
    _holds(found, present, absent)


@pytest.mark.parametrize(
    ("text", "published", "present", "absent"),
    [
        # one president among the people meeting is no summit: the names are the meeting
        (
            "The envoy Hollis met with President Varga and his aide in Baku last week.",
            WED,
            [("venue", "meeting/hollis+varga", "baku")],
            [("venue", "summit", "baku")],
        ),
        # two presidents are
        (
            "President Varga will meet President Hollis in Baku on Friday.",
            WED,
            [("venue", "summit", "baku")],
            [],
        ),
        # an offer of a venue is no venue claim
        (
            "Yerevan welcomed the offer to hold the foreign ministers' meeting in Washington.",
            WED,
            [],
            [("venue", "meeting/foreign ministers", "washington")],
        ),
        # a meeting dated months before the article is an earlier one
        (
            "The foreign ministers met in Washington on November 7, 2023.",
            dt.date(2025, 2, 20),
            [("venue", "meeting/foreign ministers on 2023-11-07", "washington")],
            [("venue", "meeting/foreign ministers", "washington")],
        ),
        # a day counted off the summit's is not its day
        (
            "Speaking three days before Saturday's summit in Munich, the president said little.",
            dt.date(2025, 2, 17),
            [("venue", "summit", "munich")],
            [("date", "summit", "2025-02-12")],
        ),
    ],
)
def test_which_meeting_and_which_day(
    text: str, published: dt.date, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    found = claims(text, published)
    _holds(found, present, absent)


TUE = dt.date(2022, 5, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # whose sources, not where the talks are
        (
            "The talks in Izmir are over for the day, according to diplomats from the embassy in Ankara.",
            [],
            [("venue", "talks", "ankara")],
        ),
        # "since" starts a span or names an earlier event's day
        (
            "Talks were held in Istanbul on Tuesday, the first concession since the invasion a month ago.",
            [("date", "talks", "2022-05-10")],
            [("date", "talks", "2022-04-10")],
        ),
        # the day of a phone call is not the talks'
        (
            "In a phone call on Sunday, the two presidents agreed to hold the next round in Istanbul.",
            [],
            [("date", "talks/next", "2022-05-15"), ("date", "talks/next", "2022-05-08")],
        ),
        # earlier rounds, none in particular, are no round of their own neighbours
        (
            "A new round begins in Izmir on Tuesday. The two teams met three times in Belarus before.",
            [("venue", "talks", "belarus")],
            [("venue", "talks/next", "belarus"), ("venue", "talks/round-2", "belarus")],
        ),
        # "the first ... in two weeks" with a hyphenated word between
        (
            "The first face-to-face talks in two weeks ended on Tuesday in Turkey.",
            [("date", "talks", "2022-05-10")],
            [("date", "talks", "2022-05-24")],
        ),
    ],
)
def test_sources_spans_calls_and_earlier_rounds(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    found = claims(text, TUE)
    _holds(found, present, absent)


@pytest.mark.parametrize(
    ("text", "published", "present", "absent"),
    [
        # the day someone arrived for the talks is not theirs
        (
            "The president flew into Riyadh on Monday for a meeting with the prince, as envoys came.",
            TUE,
            [],
            [("date", "talks", "2022-05-09"), ("date", "meeting/prince+president", "2022-05-09")],
        ),
        # "the first time ... since" numbers no round, and the earlier event's day is not this one's
        (
            "Envoys met for the first time since their bosses sat down in Oslo two weeks ago.",
            TUE,
            [],
            [("date", "talks/round-1", "2022-04-26"), ("date", "talks", "2022-04-26")],
        ),
        # a place after a bare "on" is a topic or an agent, unless it is ground
        (
            "Envoys held talks in Jeddah on Tuesday, and now it falls on Russia to accept the terms.",
            TUE,
            [("venue", "talks", "jeddah")],
            [("venue", "talks", "russia")],
        ),
        (
            "The two presidents will hold a summit on U.S. soil on Friday.",
            TUE,
            [("venue", "summit", "united_states")],
            [],
        ),
        # "peace in Ukraine" is what the talks are for, not where they are
        (
            "The meeting held in Jeddah on Tuesday moved closer to peace in Ukraine.",
            TUE,
            [("venue", "talks", "jeddah")],
            [("venue", "talks", "ukraine")],
        ),
        # a meeting a statement came after was held, however the sentence's plans read
        (
            "Aid will resume at once, according to a statement issued after a meeting of the delegations in "
            "Jeddah on Monday.",
            TUE,
            [("date", "talks", "2022-05-09")],
            [("date", "talks", "2022-05-16")],
        ),
    ],
)
def test_arrivals_firsts_topics_and_meetings_before(
    text: str, published: dt.date, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    found = claims(text, published)
    _holds(found, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the day of what the event followed is not its day
        (
            "The Aqaba summit came after the 2 May signing of a border accord.",
            [],
            [("date", "summit", "2022-05-02")],
        ),
        # where the war is, right before the place, is never the venue
        (
            "A pact meant to end the war in Gaza was signed in Sharm el-Sheikh on Tuesday.",
            [("venue", "signing", "sharm_el_sheikh")],
            [("venue", "signing", "gaza")],
        ),
    ],
)
def test_days_before_and_theatres_named_in_the_sentence(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    found = claims(text, TUE)
    _holds(found, present, absent)
