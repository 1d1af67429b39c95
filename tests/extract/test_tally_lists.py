"""Figures told in a list: a label before its figure, and the day's new counts said once."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import FINDER, read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the metric word after a comma labels the figure that follows it, not the one before
        (
            "By Friday the death toll had climbed to 2,310, injuries tally 8,400, livestock losses "
            "51,200 and 40,118 homes were wrecked.",
            [(2310, "killed"), (8400, "wounded"), (51200, "livestock_lost"), (40118, "buildings")],
        ),
        (
            "Officials said the death toll rose from 410 to 515, the number of people displaced has nearly "
            "tripled to 96,300.",
            [(410, "killed"), (515, "killed"), (96300, "displaced")],
        ),
        # a word that names a metric only as a label ("personnel": casualties; rules: labels)
        (
            "The enemy's losses: personnel – about 12,000 people, tanks – 317.",
            [(12000, "casualties"), (317, "tanks")],
        ),
        ("Losses: personnel - 12,000, tanks - 317.", [(12000, "casualties"), (317, "tanks")]),
        ("Some 500 personnel were deployed to the area.", [(500, "deployed")]),
        # a model list between a figure and its noun is no label of the next figure
        (
            "The army lost 31 T-72, T-80 and T-90 tanks and also 12 helicopters.",
            [(31, "tanks"), (12, "helicopters")],
        ),
    ],
)
def test_a_metric_word_right_before_the_next_figure_labels_it(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, metric) for value, metric, _ in read(sentence)] == expected


def daily(sentence: str) -> list[tuple[float | None, bool]]:
    return [(t.mention.value, t.daily) for t in FINDER.find(sentence)]


def test_the_items_of_a_list_after_a_new_count_are_the_day_s():
    sentence = (
        "Over the last day the agency recorded 19 new deaths, 64 injuries, 3,120 houses destroyed, and "
        "870 houses damaged."
    )
    assert daily(sentence) == [(19, True), (64, True), (3120, True), (870, True)]


def test_a_list_after_a_new_count_stops_at_the_running_total_of_its_metric():
    sentence = "The ministry reported 12 new deaths, 2,480 deaths in all."
    assert daily(sentence) == [(12, True), (2480, False)]


def test_a_count_before_which_increased_the_total_is_the_day_s():
    sentence = "Some 41 were hurt in the storm, which increased the overall number of injured to 6,930."
    assert daily(sentence) == [(41, True), (6930, False)]


def test_a_place_inside_a_country_that_reports_is_not_the_country() -> None:
    # "Freedonia's second city Carvale recorded 41 deaths": Carvale's count (a place the rules do not
    # know), not Ukraine's
    assert read("Ukraine's second city Carvale recorded 41 deaths.") == [(41, "killed", None)]
    assert read("Ukraine's health ministry recorded 41 deaths.") == [(41, "killed", "in:ukraine")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # camps set up for the displaced are camps, not people
        ("Some 212 camps have been set up for those displaced.", [(212, "shelters", None)]),
        # households are no count of the people displaced told beside them
        (
            "The number of people displaced has tripled to 90,210, as has the number of households "
            "displaced, which now stands at 20,400.",
            [(90210, "displaced", "people"), (20400, "displaced", "households")],
        ),
    ],
)
def test_camps_and_households_are_not_people(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("So far, 64 bodies have been identified.", [(64, "identified", None)]),
        ("The official said 41 bodies remain unidentified.", [(41, "unidentified", None)]),
        ("Rescuers have recovered 70 bodies from the rubble.", [(70, "bodies_recovered", None)]),
    ],
)
def test_bodies_named_or_not_yet_named_are_not_bodies_found(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert read(sentence) == expected


def test_a_list_of_things_shares_the_verb_that_ends_it() -> None:
    sentence = "The survey also shows that 5,210 houses, 96 bridges and 40 shops have been destroyed so far."
    assert read(sentence)[0][:2] == (5210, "buildings")


def test_a_verb_before_a_noun_another_metric_claims_names_what_befell_it() -> None:
    # "households" counts homes without power only beside power words; here the storm displaced them
    assert read("The storm displaced 8,450 households.") == [(8450, "displaced", "households")]
    assert read("About 3 million households are without power.")[0][1] == "without_power"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a name the rules do not know, right after "in", is where the counted are
        ("At least 1,200 people had been rescued in Corvale as of Tuesday evening.", "in:corvale"),
        # not a month, nor a comparison
        ("At least 1,200 people had been rescued in March.", "people"),
        ("Ukraine has reported 4,100 cases, the most in Europe.", "in:ukraine"),
    ],
)
def test_a_bare_name_after_in_is_a_place(sentence: str, subject: str) -> None:
    assert read(sentence)[0][2] == subject


def test_a_list_of_places_runs_past_the_and_that_ends_the_clause() -> None:
    sentence = "The storm has killed more than 300 people in Ukraine, Poland and Moldova since March."
    assert read(sentence) == [(300, "killed", "in:moldova+poland+ukraine")]
