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


def test_a_nationality_on_a_vessel_is_a_part_of_those_on_board() -> None:
    assert read("At least 90 Afghans were on an overloaded boat that sank off the coast.") == [
        (90, "on_board", "nationals/afghanistan")
    ]


def test_people_crammed_onto_a_boat_were_on_board() -> None:
    sentence = (
        "Witnesses said between 300 and 500 people had crammed onto the 20-metre (60-foot) fishing boat."
    )
    assert read(sentence) == [(300, "on_board", "people")]


def test_the_whole_before_its_parts_in_dashes_takes_the_verb_after_them() -> None:
    sentence = "In the worst disaster in years, 93 people - 80 women, nine children and a man - were killed."
    assert read(sentence) == [(93, "killed", "people"), (80, "killed", "women"), (9, "killed", "children")]


def test_a_named_group_of_whom_some_died_gives_the_group_deaths() -> None:
    assert read("12 health workers have been infected, 5 of whom died.") == [
        (12, "cases", "aid_workers"),
        (5, "killed", "aid_workers"),
    ]
    assert [(v, m) for v, m, _ in read("30 people were injured, four of whom died.")] == [(30, "wounded")]


def test_the_parts_of_an_added_count_are_kept_apart() -> None:
    from tests.extract.tally_reading import FINDER

    tallies = FINDER.find(
        "Another 20 people were confirmed dead in the next district, among them 15 women and two children."
    )
    assert [(t.mention.value, t.metric, t.subject, t.incident) for t in tallies] == [
        (20, "killed", "people", False),
        (15, "killed", "women", True),
        (2, "killed", "children", True),
    ]


def test_things_counted_in_one_place_alone_are_that_place_s_count() -> None:
    sentence = (
        "With nearly 3,000 buildings confirmed to have collapsed in Greece alone, crews were stretched."
    )
    assert read(sentence) == [(3000, "buildings", "in:greece")]


def test_whose_toll_is_told_with_the_toll_named_far_back() -> None:
    sentence = (
        "Civilian casualties from March 3, when the fighting began, until midnight on April 9 amounted "
        "to 1,204 people (1,150 in the report a day earlier), including 411 dead (390), the office said."
    )
    tallies = [(v, m, s) for v, m, s in read(sentence)]
    assert (1204, "casualties", "civilians") in tallies
    assert (411, "killed", "civilians") in tallies


@pytest.mark.parametrize(
    "sentence",
    [
        "Crushes are common at festivals, where crowds gather in small spaces with few safety measures.",
        "Some 90,000 people in four provinces live in areas directly affected by the storm.",
    ],
)
def test_figures_that_count_nothing_of_the_metric(sentence: str) -> None:
    assert [(v, m) for v, m, _ in read(sentence) if v is not None and v < 10] == []


def test_a_measure_in_brackets_is_the_same_area_in_another_unit() -> None:
    sentence = "More than 1,500 acres (600 hectares) burned, officials said."
    assert [(v, m) for v, m, _ in read(sentence)] == [(1500, "area_burned_acres")]


def test_the_victims_broken_down_by_sex_are_the_dead() -> None:
    assert read("The victims included 40 women and nine children, the governor said.") == [
        (40, "killed", "women"),
        (9, "killed", "children"),
    ]


def test_a_list_of_tolls_by_place_goes_on_after_the_first_noun() -> None:
    sentence = "The storm killed six people in Marin County, four in Napa County, two in Sonoma County."
    assert [(v, m) for v, m, _ in read(sentence)] == [(6, "killed"), (4, "killed"), (2, "killed")]


def test_people_charged_are_a_count_of_their_own_and_counts_of_a_charge_are_none() -> None:
    assert read("Prosecutors have charged seven Tunisian men over the sinking.") == [(7, "charged", None)]
    assert read("He was charged with 12 counts of fraud.") == []


def test_a_group_among_a_count_takes_the_count_s_metric() -> None:
    assert read("Rescuers saved 90 passengers, mostly men and including six minors.") == [
        (90, "rescued", "people"),
        (6, "rescued", "children"),
    ]
