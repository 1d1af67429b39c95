"""Wordings of landslide, collapse and flood reports: what rose, what a date names, parts, ages,
people accounted for, and a toll that "may go up" beside a count of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.extract.timing import statement_date
from discrep.model import Article
from discrep.ruleset import load_rules
from discrep.text.dates import resolve_dates
from tests.extract.tally_reading import read

VOCAB = compile_rules(load_rules())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what "the number of people killed" counts, though a crowd is named on the way
        (
            "The number of people killed in the Itaewon crowd crush rose to 154 on Monday.",
            [(154, "killed", "people")],
        ),
        # an age by decade counts no one
        ("The toll rose to 156 after a woman in her 20s died in hospital.", [(156, "killed", None)]),
        ("Most of the victims were in their early 20s.", []),
        # "it" that rose is the toll of the statement before
        (
            "The toll from the floods climbed on Monday; by evening it had risen to 42, officials said.",
            [(42, "killed", None)],
        ),
        ("Rain fell all day; it reached 42 millimetres.", []),
        # what rose is the toll named far back, not the bodies of the clause after "as"
        (
            "The death toll in the mudslides that buried the hill hamlets of Norbury and Weald has "
            "risen to 312 as more bodies and body parts were recovered.",
            [(312, "killed", None)],
        ),
        # "and part of a sixth": one more item of the list the verb after it is told of
        ("Only five bodies and part of a sixth had been recovered.", [(5, "bodies_recovered", None)]),
        # a count told of the whole world is no country's or region's
        (
            "A total of 103,000 cases have been reported in over 120 countries since 2022.",
            [(103000, "cases", "in:world")],
        ),
        ("Some 3,000 deaths have been reported worldwide.", [(3000, "killed", "in:world")]),
        # people still in shelters: a count that falls as they go home, not the evacuated's total
        ("About 28,000 were still at evacuation shelters.", [(28000, "sheltered", None)]),
        ("A total of 14,431 people remain evacuated.", [(14431, "sheltered", "people")]),
        ("Some 5,000 people were evacuated.", [(5000, "evacuated", "people")]),
        ("Some 380,000 have taken refuge in government shelters.", [(380000, "displaced", None)]),
        # homes a landslide buried are homes destroyed
        ("Officials said more than 140 homes were buried by the mudslide.", [(140, "buildings", None)]),
        # a part of a figure the sentence opens with, not a count of its own
        ("Of those 17, 11 are from reports filed by relatives.", []),
        # but a count of its own kind of part stays
        ("Of the 140 victims, 90 have been identified so far.", [(90, "identified", "people")]),
        # people accounted for, and those not
        (
            "There were 130 people accounted for and 150 people unaccounted for.",
            [(130, "accounted_for", "people"), (150, "missing", "people")],
        ),
        ("Some 40 residents have not been accounted for.", [(40, "missing", "people")]),
        # "with X the worst affected" ranks a place in a clause of its own: the figure's verb counts
        (
            "Torrential rains have killed at least 217 people across Niger, the interior ministry said, "
            "with the Maradi region the worst affected.",
            [(217, "killed", "in:niger")],
        ),
        ("Floods have killed 217 people, with Maradi the most affected.", [(217, "killed", "people")]),
        (
            "The floods killed 40 people and left 20,000 badly affected.",
            [(40, "killed", "people"), (20000, "affected", "people")],
        ),
        # "and other" goes on with one noun: the clause's verb is still the figure's
        ("At least 112 homes and other structures have been destroyed.", [(112, "buildings", None)]),
        # a remark on the figure told is no projection of it, nor a guess
        (
            "Officials said 97 structures had been destroyed, a figure expected to rise as inspectors go on.",
            [(97, "buildings", None)],
        ),
        ("At least 40 people died, a toll that is likely to rise.", [(40, "killed", "people")]),
        # a family among the dead is a part of the toll, wherever the toll is
        ("Eight people died, including a family of three.", [(8, "killed", "people")]),
        (
            "Spain's government said that eight deaths were linked to the blackout, including a "
            "family of three.",
            [(8, "killed", "in:spain")],
        ),
        ("A family of five was killed in the strike.", [(5, "killed", None)]),
        # the rescue verb before the figure, how they came out after it
        ("Rescuers had pulled nine men out alive by Monday morning.", [(9, "rescued", None)]),
        ("Rescuers pulled nine people alive from the rubble.", [(9, "rescued", "people")]),
        # a kind of wound names the wounded; dying of one's wounds is dying
        ("Hospitals treated 38 people for gunshot wounds.", [(38, "wounded", "people")]),
        ("Two men died of gunshot wounds.", [(2, "killed", None)]),
        # an amount of money releases and pledges no people
        ("The government has released 6 billion CFA francs for emergency aid.", []),
        ("The EU released 50 prisoners and 20 million euros.", [(50, "released", "prisoners")]),
        (
            "Donors pledged $2 billion to help 3 million people affected by the floods.",
            [(3000000, "affected", "people")],
        ),
        # an age in a list of the named dead counts nothing
        ("Police named one of the dead as Ruth Amsel, 64, whose body was found on Friday.", []),
        ("The victims were Leo Brandt, 31; Ida Roos, 45; and two children.", []),
    ],
)
def test_disaster_wordings(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day set before the incident's noun, or after plural disaster nouns, names the incident
        ("The toll from the June 3 partial collapse of the tower rose to 30, the mayor said.", None),
        (
            "The death toll in the mudslides that hit the hill hamlets of Norbury and Weald in the small "
            "hours on June 3 has risen to 312 as more bodies were recovered on Tuesday.",
            dt.date(2024, 6, 4),
        ),
    ],
)
def test_the_day_of_the_incident_is_not_the_figures(sentence: str, expected: dt.date | None) -> None:
    dates = resolve_dates(sentence, dt.date(2024, 6, 5))
    assert statement_date(sentence, dates) == expected


def _claims(text: str) -> list[tuple[float, str, str]]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2024, 6, 5))
    return [(float(c.value), c.metric, c.qualifier) for c in extract(article, VOCAB) if c.kind == "quantity"]


def test_a_toll_that_may_go_up_beside_a_count_of_its_own_is_no_floor_of_the_last() -> None:
    text = (
        "The toll has risen to 312. However, the official death toll stands at 190.\n\n"
        "The death toll may go up further as around 120 people are still missing."
    )
    assert (190.0, "killed", "exact") in _claims(text)
    # a next sentence that only says the toll may rise still makes the figure a floor
    assert (190.0, "killed", "at_least") in _claims(
        "The official toll stands at 190. The toll may rise further."
    )


def test_another_count_added_is_the_days_not_the_running_count() -> None:
    article = Article(
        path="a.md",
        text="Another 150 people have been confirmed to be safe.",
        outlet="Outlet",
        published=dt.date(2024, 6, 5),
    )
    assert [(c.value, c.period) for c in extract(article, VOCAB) if c.kind == "quantity"] == [(150, "daily")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The remains of only four people were found on Monday.", [(4, "bodies_recovered", "people")]),
        # bodies found in one area are that area's, a part of all the bodies found
        ("Two bodies were retrieved from an area where a school had stood.", []),
    ],
)
def test_remains_and_one_areas_bodies(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert read(sentence) == expected


def test_poultry_are_counted_apart_from_livestock() -> None:
    assert read("Some 1,200 cattle and 650,000 poultry have drowned.") == [
        (1200, "livestock_lost", None),
        (650000, "poultry_lost", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a total after "bringing" counts is named between "bringing" and it
        (
            "The agency reported 310 new cases in the past week, including 40 confirmed cases and 12 deaths, "
            "bringing the total number of cases reported this year to 9,870.",
            [(310, "cases"), (40, "cases"), (12, "killed"), (9870, "cases")],
        ),
        # the same change told again for another count
        ("In the week to Sunday, the number of infections rose by 800 and the number of deaths by 31.", []),
        # an age, and a count of districts, are no cases
        ("Children under five account for about a third of confirmed cases.", []),
        ("The outbreak has spread, with 21 of its 40 districts affected.", []),
    ],
)
def test_outbreak_wordings(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(value, metric) for value, metric, _ in read(sentence)] == expected


def test_an_earlier_report_beside_the_days_new_one_is_listed_for_no_day() -> None:
    text = (
        "There were 130 people accounted for and 140 unaccounted for, the mayor said. "
        "Previously, there were 110 people accounted for and 95 unaccounted for, she said."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2024, 6, 5))
    found = {(float(c.value), c.as_of) for c in extract(article, VOCAB) if c.kind == "quantity"}
    assert found == {(130.0, dt.date(2024, 6, 5)), (140.0, dt.date(2024, 6, 5)), (110.0, None), (95.0, None)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rescuers found another body in the rubble, bringing the total number of victims to 31.",
            [(31, "killed", "people")],
        ),
        # a wider area's victims are no toll of the dead here
        (
            "The toll rose to 200, bringing the total number of victims across the region to 450.",
            [(200, "killed", "people")],
        ),
    ],
)
def test_a_total_of_victims(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mudslide buried more than 900 people alive, the agency said.", [(900, "buried", "people")]),
        # homes buried are homes destroyed, not people
        ("More than 70 houses were buried.", [(70, "buildings", None)]),
    ],
)
def test_people_buried(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert read(sentence) == expected


def test_the_dead_identified_of_those_counted() -> None:
    assert read("The number of confirmed deaths is now 40, with 31 of those identified.") == [
        (40, "killed", None),
        (31, "identified", None),
    ]
    assert read("Officials said 50 bodies had been identified and 44 next of kin were also notified.")[1][
        2
    ] == ("next_of_kin")


@pytest.mark.parametrize(
    ("sentence", "projected"),
    [
        ("Officials said 97 structures had been destroyed, a figure expected to rise.", False),
        ("Up to 300 people died, a figure that could not be verified.", False),
        ("The toll could rise to 300.", True),
        ("Up to 300 people may have died.", True),
        ("Some 50 hostages are expected to be released.", True),
        # a deal's or a plan's figure is not yet a count
        ("The two sides agreed to exchange 1,000 prisoners of war each.", True),
        ("Hamas agreed to release 33 hostages in the first phase.", True),
    ],
)
def test_a_remark_on_a_figure_does_not_make_it_a_projection(sentence: str, projected: bool) -> None:
    article = Article(path="a.md", text=sentence, outlet="Outlet", published=dt.date(2025, 8, 4))
    claims = [c for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert claims
    assert all((c.as_of is None) == projected for c in claims)
