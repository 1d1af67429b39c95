"""Figures of another quake of the same weeks, and a toll "originally" given: not the day's count."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.extract.article import ANOTHER_NOTE, PAST_EVENT
from discrep.model import Article
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())


def counted(text: str) -> list[tuple[float, str | None]]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2024, 5, 8))
    return [
        (c.value, c.event) for c in extract(article, VOCAB) if c.kind == "quantity" and c.as_of is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials lowered the death toll to around 900 on Wednesday.\n\n"
            "Another earthquake of magnitude 5.9 struck on Wednesday morning near the valley.\n\n"
            "Officials said two people died and 85 were injured.",
            [(900.0, None)],
        ),
        ("A new quake hit the valley on Wednesday, killing three people.", []),
        # the toll named again is the event's running count
        (
            "Another strong tremor hit the valley on Wednesday. The death toll rose to 950.",
            [(950.0, None)],
        ),
        # a second shock of a double quake is the same event
        ("A second quake struck hours later. Officials said 40 people died.", [(40.0, None)]),
        # the new quake named again is still the new one's
        ("Another earthquake struck on Wednesday. The quake killed one person.", []),
        # after the fresh tremor, a quake told anew is the one followed
        (
            "Aid arrived as a fresh tremor struck the valley on Wednesday. The valley was jolted by a 6.1 "
            "magnitude earthquake on Friday that killed 120 people.",
            [(120.0, None)],
        ),
        (
            "Aid arrived as another tremor struck the valley. This comes days after a powerful earthquake "
            "devastated it, killing at least 120 people.",
            [(120.0, None)],
        ),
    ],
)
def test_another_quakes_figures_are_not_the_events_count(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert counted(text) == expected


def test_another_quakes_figures_are_listed_with_a_note() -> None:
    text = "Another earthquake struck on Wednesday. Officials said two people died."
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2024, 5, 8))
    (claim,) = [c for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert claim.event == PAST_EVENT and claim.note == ANOTHER_NOTE


def test_a_toll_originally_given_is_an_earlier_figure() -> None:
    text = "The government had originally said over 2,000 people had been killed."
    assert counted(text) == []


def test_a_count_retracted_later_is_replaced_by_the_later_statements_figure() -> None:
    text = (
        "Earlier on Monday, the agency said that more than 7,000 people were injured but later retracted "
        "and said over 1,500 received injuries."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2024, 5, 8))
    got = sorted((c.value, c.qualifier, c.as_of) for c in extract(article, VOCAB) if c.kind == "quantity")
    assert got == [(1500.0, "exact", dt.date(2024, 5, 8)), (7000.0, "at_least", dt.date(2024, 5, 6))]
