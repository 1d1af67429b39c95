"""Crowds at a gathering, what a place or a vessel was allowed to hold, and who was sent to help
(invented wording)."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Over 9,000 people had gathered at the fair, which was licensed for about 3,000.",
            [(9000, "participants"), (3000, "capacity")],
        ),
        (
            "At least 8,000 worshippers were present at the prayer meeting, police said.",
            [(8000, "participants")],
        ),
        ("Around 60,000 people attended the festival, the organisers said.", [(60000, "participants")]),
        ("Nearly 20,000 pilgrims had congregated at the shrine.", [(20000, "participants")]),
        ("The town had given permission for 20,000 people to gather.", [(20000, "capacity")]),
        (
            "The ferry, with a capacity of 300 people, had over 600 people on board.",
            [(300, "capacity"), (600, "on_board")],
        ),
    ],
)
def test_crowds_and_what_was_allowed_are_two_counts(sentence: str, expected: list[tuple[int, str]]) -> None:
    assert [(v, m) for v, m, _ in read(sentence)] == expected


def test_police_sent_to_manage_a_crowd_are_no_crowd() -> None:
    assert read("Only 25 police were posted at the grounds to manage the huge crowd.") == [
        (25, "deployed", None)
    ]


def test_dogs_and_rescuers_sent_out_are_two_counts() -> None:
    assert read("Thirty search dogs and 300 search and rescue workers have been deployed.") == [
        (30, "deployed", "dogs"),
        (300, "deployed", "responders"),
    ]


def test_two_figures_share_the_verb_after_the_second() -> None:
    assert read("Forty soldiers and 300 civilians were killed.")[1:] == [(300, "killed", "civilians")]
    assert [(v, m) for v, m, _ in read("Forty soldiers and 300 civilians were killed.")] == [
        (40, "killed"),
        (300, "killed"),
    ]


def test_where_the_bodies_were_taken_is_no_count_of_bodies() -> None:
    assert read("The injured and the bodies were taken to four district hospitals.") == []


def test_who_recovered_the_bodies_is_not_whose_bodies() -> None:
    assert read("Rescuers recovered 41 bodies on Sunday.") == [(41, "bodies_recovered", None)]
