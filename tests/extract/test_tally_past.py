"""Past disasters recalled for comparison, rises told as "up to", a day's earlier report: invented wording."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.extract.article import PAST_EVENT
from discrep.model import Article
from discrep.ruleset import load_rules
from discrep.text.numbers import parse_numbers

VOCAB = compile_rules(load_rules())


def _claims(text: str, published: dt.date = dt.date(2024, 5, 6)) -> list[tuple[float, str]]:
    article = Article(path="a.md", text=text, outlet="Test Wire", published=published)
    # a past event's figure is listed as another incident's, with no as-of day: never compared
    return [
        (c.value, c.metric)
        for c in extract(article, VOCAB)
        if c.kind == "quantity" and not (c.event == PAST_EVENT and c.as_of is None)
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a past disaster named with its year and a relative clause that does the killing
        (
            "The landslide killed 41 villagers. It was the worst since a cyclone in 1991 that killed "
            "more than 9,000 people.",
            [41],
        ),
        (
            "Officials said 63 passengers died. The previous worst was the 2009 Transair crash, which "
            "killed 152 people.",
            [63],
        ),
        # a sentence that opens with a past year is about that year
        ("Rescuers said 18 people died. In 2016, a similar blaze at the depot left 27 dead.", [18]),
        ("At least 30 people drowned. Back in 1998 more than 200 drowned in the same valley.", [30]),
        # "it" right after a sentence dating a past disaster goes on about it
        (
            "The blast killed 12 workers. The last explosion of that size hit the port in 2007. "
            "It killed at least 80 people.",
            [12],
        ),
        # "since" a year dates nothing: the toll is the event's own
        ("The flood, the deadliest since 1988, has killed 140 people.", [140]),
        ("The storm has killed 33 people, more than any since 2005.", [33]),
        # the article's own year is not the past
        ("In 2024, the fire has so far killed 19 residents.", [19]),
    ],
)
def test_a_past_disasters_toll_is_not_the_events(text: str, kept: list[float]) -> None:
    assert [value for value, metric in _claims(text) if metric == "killed"] == kept


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("the toll has gone up to 312", "exact"),
        ("the number of dead rose up to 45 overnight", "exact"),
        ("the count climbed up to 1,204", "exact"),
        ("up to 300 people may be trapped", "at_most"),
        ("the shelter holds up to 80 people", "at_most"),
    ],
)
def test_a_rise_up_to_a_figure_is_the_figure(text: str, qualifier: str) -> None:
    (number,) = [m for m in parse_numbers(text) if m.kind != "year"]
    assert number.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the worst since the 1999 Marmara earthquake", "year"),
        ("a repeat of the 2011 tsunami", "year"),
        ("since the 2002 Air Lanka crash, which killed 40", "year"),
        ("crews cleared 2000 homes", "number"),
    ],
)
def test_a_year_that_names_a_disaster_is_a_year(text: str, kind: str) -> None:
    assert parse_numbers(text)[0].kind == kind


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the day's earlier report, told as the subject of its sentence, gives way to the new figure
        (
            "The agency said the toll rose to 640 dead. The figure released by the agency earlier "
            "today put the dead at 512.",
            [640],
        ),
        (
            "Police said 71 people had died. The count given by police earlier in the day said 58 "
            "people had died.",
            [71],
        ),
        # alone, an earlier report is still the day's claim
        ("The tally published by the agency earlier today said 512 people died.", [512]),
    ],
)
def test_an_earlier_report_of_the_day_gives_way(text: str, values: list[float]) -> None:
    assert _dated_killed(text) == values


def _dated_killed(text: str) -> list[float]:
    """The dead counted for a day: an earlier report that gave way is listed for no day."""
    article = Article(path="a.md", text=text, outlet="Test Wire", published=dt.date(2024, 5, 6))
    return [
        c.value for c in extract(article, VOCAB) if c.kind == "quantity" and c.metric == "killed" and c.as_of
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # the source says the toll will rise: the figure is the least it will be
        ("A police spokesman put the toll at about 40, but said the figure could rise.", "at_least"),
        ("Some 212 people have died and the death toll is likely to rise further.", "at_least"),
        # ... in the sentence after the figure
        (
            "Roughly 75 people died in the crush, officials said. A doctor at the hospital said the "
            "number of dead may go up.",
            "at_least",
        ),
        # nothing said of a rise: the figure is what it says
        ("A police spokesman put the toll at about 40.", "approx"),
        ("Some 212 people have died, officials said. Rescue work ended at noon.", "approx"),
        # a rise already told is no forecast
        ("The toll rose to 212 on Monday.", "exact"),
    ],
)
def test_a_toll_said_to_be_rising_is_a_floor(text: str, qualifier: str) -> None:
    article = Article(path="a.md", text=text, outlet="Test Wire", published=dt.date(2024, 5, 6))
    (claim,) = [c for c in extract(article, VOCAB) if c.kind == "quantity" and c.metric == "killed"]
    assert claim.qualifier == qualifier
    if qualifier == "at_least":
        assert claim.high is None and claim.low == claim.value


def test_an_earlier_report_gives_way_to_a_running_total_said_in_total() -> None:
    # "in total" marks the new figure cumulative; the earlier one, with no such word, is the same count
    text = (
        'Rescuers said 33 people had died. "Earlier, 21 people had died," an officer said. '
        "A total of 33 people have now died, police said."
    )
    assert sorted(set(_dated_killed(text))) == [33]
