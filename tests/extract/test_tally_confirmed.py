"""Confirmed-only counts of an outbreak, and parts told with "among": invented wording."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.extract.own_incident import own_incident
from discrep.extract.tally_confirmed import CONFIRMED, confirmed_only
from discrep.model import Article
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())


def _claims(*texts: str) -> list[tuple[float, str, str | None]]:
    found = []
    for index, text in enumerate(texts):
        article = Article(
            path=f"a{index}.md", text=text, outlet="Wire", published=dt.date(2024, 3, 1 + index)
        )
        found.extend(extract(article, VOCAB))
    return sorted(
        (c.value, c.metric, c.subject)
        for c in own_incident(found)
        if c.kind == "quantity" and c.period != "daily"
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "confirmed"),
    [
        ("Health officials counted 14 confirmed cases of the fever.", "14", True),
        ("There are 40 cases, 22 confirmed and 18 probable.", "22", True),
        ("Six people are confirmed to have died of the virus.", "Six", True),
        ("Confirmed deaths rose to 9 on Monday.", "9", True),
        ("Some 61 confirmed and probable cases have been recorded.", "61", False),
        ("Officials confirmed 97 deaths.", "97", False),
        ("The toll stood at 50, police said.", "50", False),
    ],
)
def test_a_figure_counting_the_confirmed_only(sentence: str, figure: str, confirmed: bool) -> None:
    start = sentence.index(figure)
    assert confirmed_only(sentence, start, start + len(figure)) is confirmed


def test_confirmed_counts_are_their_own_series_where_probable_ones_are_counted() -> None:
    claims = _claims(
        "The ministry reported 40 cases of the fever, 22 confirmed and 18 probable.",
        "The agency said there are 31 confirmed cases of the fever.",
    )
    assert (40.0, "cases", None) in claims
    assert (31.0, "cases", CONFIRMED) in claims


def test_confirmed_counts_stay_the_toll_where_nothing_else_is_counted() -> None:
    claims = _claims(
        "The agency said there are 31 confirmed cases of the fever.",
        "The agency said cases of the fever rose to 45.",
    )
    assert (31.0, "cases", None) in claims


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # after a count, a figure "among" a group is its part
        ("There were 30 deaths, seven among confirmed cases and 23 among probable ones.", [30]),
        ("The fever killed 30 people, of which seven were confirmed cases.", [30]),
    ],
)
def test_the_parts_of_a_toll_among_groups(text: str, values: list[float]) -> None:
    assert [v for v, metric, _ in _claims(text) if metric in ("killed", "cases")] == values
