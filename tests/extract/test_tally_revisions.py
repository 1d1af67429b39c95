"""Figures of a count told with its change, its earlier value or its part identified (invented wording)."""

from __future__ import annotations

import pytest

from discrep.text.numbers import parse_numbers
from tests.extract.tally_reading import FINDER, read


@pytest.mark.parametrize(
    "sentence",
    [
        "The find pushed the death toll from 51 to 64, the coast guard said.",
        "Two more bodies were found on Friday, bringing the toll from 51 to 64.",
        "The discovery increased the death toll from 51 to 64.",
    ],
)
def test_a_verb_moving_the_toll_from_one_figure_to_another_gives_the_new_one(sentence: str) -> None:
    tallies = FINDER.find(sentence)
    current = [(t.mention.value, t.metric) for t in tallies if t.aside is None and t.metric == "killed"]
    earlier = [(t.mention.value, t.metric) for t in tallies if t.aside is not None]
    assert current == [(64, "killed")]
    assert earlier == [(51, "killed")]


def test_the_only_figure_an_earlier_value_is_listed_as_one() -> None:
    (tally,) = FINDER.find("Officials revised the confirmed death toll from 79 after a recount.")
    assert (tally.mention.value, tally.metric, tally.aside is not None) == (79, "killed", True)


def test_a_suspended_hyphen_makes_both_figures_one_measure() -> None:
    mentions = parse_numbers("The 15- to 25-metre-long trawler carried about 300 people.")
    assert [(m.kind, m.low, m.high) for m in mentions] == [("measure", 15, 25), ("number", 300, 300)]
    assert [
        (v, m) for v, m, _ in read("The 15- to 25-metre-long trawler had about 300 people on board.")
    ] == [(300, "on_board")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Of the 64 victims, 30 have been identified so far, the coroner said.", 30),
        ("Only four of the victims have so far been publicly identified.", 4),
        ("So far, 41 of the deceased have been positively identified.", 41),
    ],
)
def test_the_identified_are_a_count_of_their_own(sentence: str, value: int) -> None:
    assert [(v, m) for v, m, _ in read(sentence)] == [(value, "identified")]


def test_identifying_suspects_counts_no_victims() -> None:
    assert read("Detectives identified three suspects on Monday.") == []


def test_the_whole_before_of_whom_keeps_its_own_metric() -> None:
    assert [(v, m) for v, m, _ in read("The toll is 40, of whom 12 have been identified.")][:1] == [
        (40, "killed")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Previously officials said they believed at least 90 people had died in the blaze.",
        "Twenty are still missing, down from a week earlier, when police said 140 were unaccounted for.",
    ],
)
def test_a_figure_of_an_earlier_time_is_an_earlier_value(sentence: str) -> None:
    tallies = FINDER.find(sentence)
    assert tallies and tallies[-1].aside is not None


def test_probable_cases_alone_are_the_probable_series() -> None:
    from discrep.extract.tally_confirmed import unsure_only

    sentence = "In addition, 14 probable cases were reported since the outbreak began."
    assert unsure_only(sentence, sentence.index("14") + 2, None) == "probable"
    assert unsure_only(sentence, sentence.index("14") + 2, "aid_workers") == "aid_workers"


def test_the_names_released_of_some_of_the_dead_count_the_identified() -> None:
    assert [(v, m) for v, m, _ in read("So far, officials have released the names of 31 of the dead.")] == [
        (31, "identified")
    ]


def test_victims_whose_number_rose_are_the_dead() -> None:
    sentence = (
        "The victims of the quake that hit the coast on Sunday have risen to more than 3,000, officials said."
    )
    assert [(v, m) for v, m, _ in read(sentence)] == [(3000, "killed")]
    assert read("Flood victims rose to 2 million.") == []


def test_an_elided_count_is_not_one_with_a_noun_of_its_own() -> None:
    sentence = "The toll rose to 900 (800 in the north), and thousands of rescuers are still digging."
    assert [m for _, m, _ in read(sentence)] == ["killed", "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll has risen to 261, adding that the rescue of injured passengers is over.",
        "The toll rose to 261, saying that injured survivors were still arriving.",
    ],
)
def test_what_a_source_goes_on_to_say_gives_the_figure_no_metric(sentence: str) -> None:
    assert [(v, m) for v, m, _ in read(sentence)] == [(261, "killed")]


def test_a_toll_that_rose_keeps_its_metric_past_a_later_clause_about_bodies() -> None:
    sentence = (
        "The death toll from the storm in Freedonia has climbed to 96, according to the relief agency, "
        "as rescue crews keep digging out bodies from the mud."
    )
    assert read(sentence) == [(96, "killed", None)]


def test_a_day_that_names_the_disaster_is_not_the_figures_day() -> None:
    import datetime as dt

    from discrep.extract.article import extract
    from discrep.model import Article
    from tests.extract.tally_reading import VOCAB

    text = (
        "The death toll from the Christmas Day floods in Freedonia stood at 71 as of Dec. 27, officials said."
    )
    article = Article(path="a.md", text=text, published=dt.date(2031, 12, 28))
    (claim,) = [c for c in extract(article, VOCAB) if c.metric == "killed"]
    assert claim.as_of == dt.date(2031, 12, 27)


def test_a_town_that_confirms_deaths_is_where_they_are() -> None:
    assert read("The worst-hit coastal town of Tarvo confirmed 61 deaths on Friday.") == [
        (61, "killed", "in:tarvo")
    ]


def test_each_figure_of_a_list_of_towns_takes_its_own_town() -> None:
    sentence = "Forty deaths were confirmed in Tarvo, followed by 17 in Belmar and four in Osk."
    assert read(sentence) == [
        (40, "killed", "in:tarvo"),
        (17, "killed", "in:belmar"),
        (4, "killed", "in:osk"),
    ]


def test_people_sheltered_at_one_site_are_a_part_of_the_displaced() -> None:
    assert read("Only 12 took shelter at the facility on Monday.") == [
        (12, "displaced", "in:area/at the facility")
    ]
    # those staying in shelters on the day: a count that falls as they go home (rules: sheltered)
    assert read("Around 30,100 people were staying in evacuation centers.") == [
        (30100, "sheltered", "people")
    ]
