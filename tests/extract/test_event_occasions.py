"""Other occasions of a summit or meeting (event_occasions.py): an earlier year's, the next one, and
a bloc's own summit, kept apart from the story's. All sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.checks import date, venue
from discrep.checks.base import CheckContext
from discrep.extract import compile_rules, extract
from discrep.model import Article, Claim
from discrep.ruleset import load_rules

RULES = load_rules()
VOCAB = compile_rules(RULES)
CTX = CheckContext(RULES)
PUBLISHED = dt.date(2025, 6, 2)


def read(text: str, path: str = "a.md", published: dt.date = PUBLISHED) -> list[Claim]:
    return list(extract(Article(path=path, text=text, outlet=path, published=published), VOCAB))


def events_of(text: str) -> list[tuple[str, object, str | None]]:
    return [(c.kind, c.value, c.event) for c in read(text) if c.kind in ("venue", "date")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier year beside the place, or before the event word
        (
            "Their first summit, in Helsinki in 2018, ended without a deal.",
            [("venue", "helsinki", "summit in 2018")],
        ),
        ("The 2019 summit in Hanoi collapsed early.", [("venue", "hanoi", "summit in 2019")]),
        # this year's is the story's
        (
            "The 2025 summit in Vienna is set for June 20.",
            [("venue", "vienna", "summit"), ("date", "2025-06-20", "summit")],
        ),
        # the next one: only in its own clause
        (
            "The president said the next summit could be held in Moscow.",
            [("venue", "moscow", "summit (next)")],
        ),
        ("A future summit might take place in Geneva.", [("venue", "geneva", "summit (next)")]),
        ("Their previous summit in Geneva was cordial.", [("venue", "geneva", "summit (earlier)")]),
        # where they met years before is an earlier occasion's venue
        (
            "The summit comes nearly three years after the two presidents met in Helsinki.",
            [("venue", "helsinki", "summit (earlier)")],
        ),
        # of several kinds in a sentence, a place or day is of the one named last before it
        (
            "The president heads to the NATO summit on June 24 in The Hague "
            "and the G7 summit from June 15 to 17 in Canada.",
            [
                ("date", "2025-06-24", "nato_summit"),
                ("venue", "the_hague", "nato_summit"),
                ("date", "2025-06-15", "g7_summit"),
                ("venue", "canada", "g7_summit"),
            ],
        ),
        # a summit told as the bloc's is the bloc's
        (
            "From the 15th to the 17th, Canada will host a summit of heads of state, members of the G7.",
            [("date", "2025-06-15", "g7_summit")],
        ),
        # a bloc's summit is its own kind of event
        (
            "Before that, the president is due at the G7 summit in Canada on June 15.",
            [("venue", "canada", "g7_summit"), ("date", "2025-06-15", "g7_summit")],
        ),
        (
            "NATO's summit will take place in The Hague on June 24.",
            [("venue", "the_hague", "nato_summit"), ("date", "2025-06-24", "nato_summit")],
        ),
    ],
)
def test_another_occasion_is_its_own_event(text, expected):
    assert events_of(text) == expected


def test_a_bare_summit_is_the_one_bloc_summit_an_article_names_without_parties():
    text = (
        "The G20 summit will be held in New Delhi on September 9. "
        "The summit will open at the Bharat Mandapam Convention Centre."
    )
    found = [(c.value, c.event) for c in read(text, published=dt.date(2023, 9, 1)) if c.kind == "venue"]
    assert found == [("new_delhi", "g20_summit"), ("Bharat Mandapam Convention Centre", "g20_summit")]


def test_a_bare_summit_beside_named_parties_stays_the_parties_summit():
    text = (
        "Before the talks, the president attends the G7 summit in Canada. "
        "The summit between the United States and Russia will be held in Vienna."
    )
    found = {(c.value, c.event) for c in read(text) if c.kind == "venue"}
    assert ("canada", "g7_summit") in found
    assert ("vienna", "summit") in found


def test_the_story_summit_is_not_compared_with_other_occasions():
    claims = [
        *read("The two presidents will hold a summit in Vienna on June 20, the Kremlin said.", "a.md"),
        *read("Their first summit, in Helsinki in 2018, ended without a deal.", "b.md"),
        *read("Putin said the next summit could be held in Moscow.", "c.md"),
        *read("Before that, the president is due at the G7 summit in Canada on June 15.", "d.md"),
        *read("The summit between the two presidents will take place in Vienna on June 20.", "e.md"),
    ]
    conflicts = [f for f in [*venue.check(claims, CTX), *date.check(claims, CTX)] if f.kind != "agreement"]
    assert conflicts == []


def test_a_bloc_summit_told_after_the_parties_summit_leaves_the_bare_summit_theirs():
    text = (
        "Aides worked to arrange a summit between the two presidents on Wednesday. "
        "The last time they met was at the G20 summit in Bali last November."
    )
    found = [(c.kind, c.event) for c in read(text, published=dt.date(2023, 11, 16))]
    assert ("date", "summit") in found
    assert any(kind == "venue" and (event or "").startswith("g20_summit") for kind, event in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one office holder meeting one person named right after the verb: that person's meeting
        (
            "The president will meet Governor DeSantis in Vienna on Sunday.",
            [("venue", "vienna", "meeting/desantis"), ("date", "2025-06-08", "meeting/desantis")],
        ),
        # two named people with a few words before their verb; a place told by three words of its kind
        (
            "Lavrov and Kuleba had agreed to meet in the southern Turkish city of Antalya on Thursday.",
            [("venue", "antalya", "meeting/kuleba+lavrov"), ("date", "2025-06-05", "meeting/kuleba+lavrov")],
        ),
        # the day someone was telling reporters is no day of the event
        (
            "The aide, telling reporters Monday that the summit would be held in Vienna, gave no day.",
            [("venue", "vienna", "summit")],
        ),
    ],
)
def test_whose_meeting_and_which_day(text, expected):
    assert events_of(text) == expected


def test_a_place_the_event_is_away_from_is_no_venue():
    text = "The two presidents will meet at a villa away from the main summit venue in Vienna."
    assert [c for c in read(text) if c.kind == "venue" and c.value == "vienna"] == []


def test_the_place_of_an_earlier_meeting_is_its_claim_and_never_compared():
    text = "It is their first summit since their previous meeting in Helsinki."
    found = [(c.value, c.event) for c in read(text) if c.kind == "venue"]
    assert found == [("helsinki", "summit (earlier)")]
    other = read("Their previous summit in Geneva was cordial.", "b.md")
    assert [f for f in venue.check([*read(text), *other], CTX)] == []


def test_the_talks_after_a_meeting_of_named_people_are_that_meeting():
    # "the talks would take place on Friday" is the day of the ministers' meeting told before, a
    # date conflict with Thursday, not a session of talks of its own
    text = (
        "Foreign Minister Mevlut Cavusoglu said his Russian and Ukrainian counterparts, Sergei Lavrov and "
        "Dmytro Kuleba, had agreed to meet in Antalya on Thursday. "
        "Ukraine's foreign ministry said the talks would take place on Friday."
    )
    days = [(c.value, c.event) for c in read(text, published=dt.date(2022, 3, 8)) if c.kind == "date"]
    assert days == [
        ("2022-03-10", "meeting/foreign ministers"),
        ("2022-03-11", "meeting/foreign ministers"),
    ]


def test_numbered_rounds_keep_the_talks_after_them():
    text = (
        "Lavrov and Kuleba met in Antalya on Thursday. "
        "The second round of talks will be held on Monday. "
        "The talks will take place in Belarus."
    )
    events = {c.event for c in read(text, published=dt.date(2022, 3, 10))}
    assert "talks/round-2" in events
