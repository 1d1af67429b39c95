"""Lives lost, and a toll in a neighbour's capital: the dead, and that country's part."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import FINDER, figure


def tallies(sentence: str) -> list[tuple[float, str, str | None]]:
    return [(figure(t), t.metric, t.subject) for t in FINDER.find(sentence) if t.aside is None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The flood has claimed at least 812 lives, the agency said.", [(812, "killed", None)]),
        ("At least 14 lives were also lost in the north.", [(14, "killed", "in:area/north")]),
        ("The landslide cost 23 lives.", [(23, "killed", None)]),
        # lives saved are no dead
        ("Rescuers saved 40 lives.", [(40, "rescued", None)]),
    ],
)
def test_lives_lost_are_the_dead(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert tallies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the country's capital by its adjective and by its name: one place, not a sum of two
        ("At least 9 lives were lost in the Thai capital, Bangkok.", [(9, "killed", "in:bangkok")]),
        (
            "At least 17 people were killed and 41 others injured in the capital Bangkok.",
            [(17, "killed", "in:bangkok"), (41, "wounded", "in:bangkok")],
        ),
        ("Six people died in the coastal city of Jakarta.", [(6, "killed", "in:jakarta")]),
    ],
)
def test_a_toll_in_a_capital_is_that_capitals(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert tallies(sentence) == expected


def _claims(text: str) -> list[tuple[float, str, str | None]]:
    import datetime as dt

    from discrep.extract import compile_rules, extract
    from discrep.model import Article
    from discrep.ruleset import load_rules

    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2025, 3, 29))
    vocab = compile_rules(load_rules())
    return [(c.value, c.metric, c.subject) for c in extract(article, vocab) if c.kind == "quantity"]


def test_a_sentence_that_also_tells_of_the_place_before_counts_its_people() -> None:
    text = (
        "At least 9 lives were also lost in the Thai capital, Bangkok. Authorities also said that 31 "
        "people were injured and 60 were missing."
    )
    assert _claims(text) == [
        (9.0, "killed", "in:bangkok"),
        (31.0, "wounded", "in:bangkok"),
        (60.0, "missing", "in:bangkok"),
    ]


def test_without_also_the_next_sentence_keeps_no_place() -> None:
    text = "At least 9 people died in the Thai capital, Bangkok. Officials said 31 people were injured."
    assert _claims(text) == [(9.0, "killed", "in:bangkok"), (31.0, "wounded", "people")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one source's counts of one place: its later count of people with no place is the place's too
        (
            "The government in Peru said 64 people had been killed and 120 injured, while 18 people "
            "were still missing.",
            [(64.0, "killed", "in:peru"), (120.0, "wounded", "in:peru"), (18.0, "missing", "in:peru")],
        ),
        # not where the sentence turns away from the place
        (
            "Officials said 64 people were killed in Peru, while 18 people died elsewhere.",
            [(64.0, "killed", "in:peru"), (18.0, "killed", "people")],
        ),
    ],
)
def test_one_sources_counts_of_one_place_share_it(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert _claims(text) == expected


def test_strikes_launched_during_a_disaster_are_an_incident() -> None:
    from tests.extract.tally_reading import FINDER

    sentence = (
        "The army launched 21 airstrikes on nine villages during the week, killing at least 30 "
        "civilians and injuring 18 others."
    )
    assert [(figure(t), t.incident) for t in FINDER.find(sentence)] == [(30, True), (18, True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "About 8,000 people remain evacuated, including about 3,000 in the city of Eastport.",
            [(8000, "sheltered", "people"), (3000, "sheltered", "in:eastport")],
        ),
        ("Officials said 40 people died in the town of Millbrook.", [(40, "killed", "in:millbrook")]),
    ],
)
def test_a_town_the_rules_do_not_know_named_with_its_kind(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert tallies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Crews are still looking for the 41 people reported missing at the site, Bangkok officials said.",
            [(41, "missing", "in:bangkok")],
        ),
        ("Rescuers found 40 bodies, Thai authorities said.", [(40, "bodies_recovered", "in:thailand")]),
        # officials of no place give no place
        ("Rescuers found 40 bodies, Red Cross officials said.", [(40, "bodies_recovered", None)]),
    ],
)
def test_a_places_officials_count_its_own(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert tallies(sentence) == expected


def test_a_figure_named_only_a_total_is_the_count_of_the_sentence_before() -> None:
    text = (
        "The army said the death toll in Myanmar rose to more than 700. The new total of 712 is a sharp "
        "rise over the 455 total announced just hours earlier."
    )
    assert _claims(text) == [
        (700.0, "killed", "in:myanmar"),
        (712.0, "killed", "in:myanmar"),
        (455.0, "killed", "in:myanmar"),
    ]


def test_a_total_with_no_count_before_makes_no_claim() -> None:
    assert _claims("The new total of 712 is a sharp rise.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a disaster named after its city is the event's name, as for a town the rules do not know
        ("At least 10 people have died in the Los Angeles wildfires.", [(10, "killed", "people")]),
        ("At least 23 people were killed in the Wayanad landslides.", [(23, "killed", "people")]),
        # the city itself still scopes the count
        ("Ten people died in Los Angeles on Friday.", [(10, "killed", "in:los_angeles")]),
    ],
)
def test_a_disaster_named_after_a_city_is_no_place_scope(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert tallies(sentence) == expected
