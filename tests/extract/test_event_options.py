"""Venues and days told as options, parties staying away, states of affairs and calls: what a
talks sentence says beyond one place and one day. All sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.model import Article
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())
MON = dt.date(2024, 6, 10)  # a Monday


def claims(text: str, published: dt.date = MON) -> list[tuple[str, str | None, object, bool, str | None]]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=published)
    return [
        (c.kind, c.event, c.value, c.negated, c.note)
        for c in extract(article, VOCAB)
        if c.kind in ("venue", "date")
    ]


def test_places_joined_by_or_are_options_of_one_plan() -> None:
    found = claims("The planned talks could be held in either Cairo or Doha later this week.")
    venues = [(value, note) for kind, _, value, _, note in found if kind == "venue"]
    assert ("cairo", "one of: cairo, doha") in venues, found
    assert ("doha", "one of: cairo, doha") in venues, found


def test_days_told_as_alternatives_are_both_kept() -> None:
    found = claims("The proposed negotiations are slated for 12 or 13 June in Geneva.")
    days = {value for kind, _, value, _, _ in found if kind == "date"}
    assert days == {"2024-06-12", "2024-06-13"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said their envoys will not take part in the talks in Geneva.",
        "A spokesman said the faction won't attend the negotiations in Geneva.",
    ],
)
def test_a_party_staying_away_denies_no_venue(text: str) -> None:
    venues = [(value, negated) for kind, _, value, negated, _ in claims(text) if kind == "venue"]
    assert venues == [("geneva", False)], venues


def test_a_venue_that_is_denied_still_is() -> None:
    text = "The talks will not be held in Geneva, the ministry said."
    venues = [(value, negated) for kind, _, value, negated, _ in claims(text) if kind == "venue"]
    assert venues == [("geneva", True)], venues


@pytest.mark.parametrize(
    ("text", "not_a_venue"),
    [
        ("Talks on easing the crisis in Yemen will be held in Muscat on Thursday.", "yemen"),
        ("Envoys urged a return to negotiations and new prisoner swaps in Yemen.", "yemen"),
    ],
)
def test_states_of_affairs_and_swaps_are_not_venues(text: str, not_a_venue: str) -> None:
    found = claims(text)
    assert all(value != not_a_venue for kind, _, value, _, _ in found if kind == "venue"), found


@pytest.mark.parametrize(
    ("text", "not_a_day"),
    [
        # how things stood on a day is not the day of the talks
        ("As of Sunday evening it was not known whether the rebels would join the talks.", "2024-06-09"),
        # a call's day, however it is named, is not the talks'
        (
            "In a phone call with the U.N. envoy last Thursday, the general stressed that the talks must "
            "address aid first.",
            "2024-06-06",
        ),
        ("In a call on Friday, June 7, the envoy urged both sides to join the talks.", "2024-06-07"),
        # a trip to consult on the talks is not the talks
        ("A team flew to Riyadh on Saturday to consult with mediators on the coming talks.", "2024-06-08"),
        # the day a statement was published is not the day it names for the talks
        (
            "On June 3, the mediators published a statement urging both sides to resume talks on June 20.",
            "2024-06-03",
        ),
    ],
)
def test_days_that_are_not_the_talks(text: str, not_a_day: str) -> None:
    found = claims(text)
    assert all(value != not_a_day for kind, _, value, _, _ in found if kind == "date"), found


def test_a_planned_new_round_after_a_held_session_is_not_that_session() -> None:
    held = Article(
        path="a.md",
        text=(
            "A new round of talks began in Doha on Sunday. The sides called the talks in Doha useful. "
            "A new round will be held in Cairo in the coming days, the mediators said."
        ),
        outlet="Outlet",
        published=MON,
    )
    other = Article(path="b.md", text="Talks opened in Doha on Sunday.", outlet="Other", published=MON)
    from discrep.extract.rounds import resolve_by_date

    found = resolve_by_date([*extract(held, VOCAB), *extract(other, VOCAB)])
    events = {(c.value, c.event) for c in found if c.kind == "venue"}
    assert ("doha", "talks/session-2024-06-09") in events, events
    assert ("cairo", "talks") in events, events  # a sitting after it: not compared


def test_an_after_clause_tells_the_event_before() -> None:
    text = "Envoys are preparing for a fresh round of talks in Vienna on June 15, after Saturday's in Oslo."
    found = claims(text)
    venues = {value for kind, _, value, _, _ in found if kind == "venue"}
    days = {value for kind, _, value, _, _ in found if kind == "date"}
    assert venues == {"vienna"}, found
    assert days == {"2024-06-15"}, found


def test_preparing_for_talks_is_a_plan() -> None:
    article = Article(
        path="a.md", text="The sides are preparing for talks in Vienna.", outlet="Outlet", published=MON
    )
    venues = [c.modality for c in extract(article, VOCAB) if c.kind == "venue"]
    assert venues == ["expected"]


def test_a_delegation_meeting_one_named_person_is_another_meeting() -> None:
    found = claims(
        "The talks opened in Geneva on Monday. On Sunday, the rebel envoys held a meeting with Lindqvist."
    )
    events = {(kind, event) for kind, event, _, _, _ in found}
    assert ("date", "meeting/lindqvist") in events, found


def test_an_after_clause_with_its_own_start_is_the_event_going_on() -> None:
    found = claims("The talks opened in Oslo on June 3 and, after a pause, resumed in Vienna on June 8.")
    days = {value for kind, _, value, _, _ in found if kind == "date"}
    venues = {value for kind, _, value, _, _ in found if kind == "venue"}
    assert "2024-06-08" in days, found
    assert "vienna" in venues, found
