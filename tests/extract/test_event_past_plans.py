"""Plans told in the past, acts told on a day, trips to the talks and plans given up.

A plan "scheduled for Wednesday" that "was intended" to do something, told on a Thursday, was for
the Wednesday gone; "the rebels on Thursday accepted ..." is the day they acted, not the talks';
"travelled to Lisbon, Portugal, on Friday to consult" is the trip's day; and a planned meeting
"called off", with no day, is no sitting in particular. All sentences are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.extract.event_telling import CALLED_OFF
from discrep.extract.rounds import resolve_by_date
from discrep.model import Article
from discrep.ruleset import load_rules
from discrep.text.dates import resolve_dates

VOCAB = compile_rules(load_rules())
THU = dt.date(2031, 4, 17)  # a Thursday


def dated(text: str, published: dt.date = THU) -> list[str]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=published)
    return [str(c.value) for c in extract(article, VOCAB) if c.kind == "date"]


def test_a_plan_told_in_the_past_is_for_the_day_gone() -> None:
    text = "The meeting, scheduled for Wednesday in Lisbon, was intended to settle the agenda."
    assert dated(text) == ["2031-04-16"]


def test_a_bare_participle_takes_the_tense_of_the_verb_after_it() -> None:
    past = resolve_dates("The vote, scheduled for Monday, was put off.", THU)
    coming = resolve_dates("The vote, scheduled for Monday, will be held in the capital.", THU)
    assert [d.date for d in past] == [dt.date(2031, 4, 14)]
    assert [d.date for d in coming] == [dt.date(2031, 4, 21)]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels on Thursday accepted a key point of the talks when they said they would open the road.",
        "A delegation of the council travelled to Lisbon, Portugal, on Friday to consult on the talks.",
    ],
)
def test_the_day_of_an_act_or_a_trip_is_not_the_talks_day(text: str) -> None:
    assert dated(text) == []


def test_talks_on_a_day_told_with_a_participle_after_it_keep_their_day() -> None:
    assert dated("The two delegations began talks in Lisbon on Monday aimed at a truce.") == ["2031-04-14"]


def test_an_undated_plan_called_off_joins_no_session() -> None:
    articles = [
        Article(
            path="a.md", text="A planned meeting in Athens was canceled last week.", outlet="A", published=THU
        ),
        Article(path="b.md", text="The talks will be held in Lisbon on April 20.", outlet="B", published=THU),
    ]
    claims = resolve_by_date([c for a in articles for c in extract(a, VOCAB) if c.kind != "quantity"])
    athens = next(c for c in claims if c.value == "athens")
    lisbon = next(c for c in claims if c.value == "lisbon")
    assert athens.note == CALLED_OFF
    assert athens.event != lisbon.event


def test_meetings_in_the_plural_anchor_their_place_and_day() -> None:
    text = "The envoy spoke after consultative meetings with the rebels' officials in Lisbon on Saturday."
    article = Article(path="a.md", text=text, outlet="Outlet", published=THU)
    found = {(c.kind, str(c.value)) for c in extract(article, VOCAB) if c.kind in ("venue", "date")}
    assert found == {("venue", "lisbon"), ("date", "2031-04-12")}


@pytest.mark.parametrize(
    "text",
    [
        "The mediators on Monday wrapped up talks in Lisbon.",
        "The two leaders on Monday signed the agreement in Lisbon.",
    ],
)
def test_an_act_that_is_the_event_keeps_its_day(text: str) -> None:
    assert dated(text) == ["2031-04-14"]


def test_a_recap_of_several_rounds_gives_each_day_its_own_round() -> None:
    # the rounds are dated by other reports; the recap names no round for each of its days
    may = dt.date(2031, 5, 9)
    articles = [
        Article(
            path="a.md",
            text="The first round of talks was held in Lisbon on April 12.",
            outlet="A",
            published=may,
        ),
        Article(
            path="b.md",
            text="The second round of talks was held in Porto on April 19.",
            outlet="B",
            published=may,
        ),
        Article(
            path="c.md",
            text="The two sides have held two rounds of talks so far: the first in Lisbon on April 12, "
            "and the second in Porto on April 19.",
            outlet="C",
            published=may,
        ),
    ]
    claims = resolve_by_date([c for a in articles for c in extract(a, VOCAB) if c.kind != "quantity"])
    recap = {str(c.value): c.event for c in claims if c.path == "c.md" and c.kind == "date"}
    assert recap == {"2031-04-12": "talks/round-1", "2031-04-19": "talks/round-2"}
