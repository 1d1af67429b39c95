"""One named fire among several counts its own figures (extract/tally_named_fires.py), and a corpus
that names one fire only takes them as its own toll (checks/tally_unplaced.lone_named_fire). All
sentences are invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from discrep.checks import tally
from tests.checks.test_tally import CTX, kinds, q
from tests.extract.tally_reading import read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Ridgeway Fire consumed 23,448 acres, destroying 6,837 structures.",
            [(23448, "area_burned_acres", "in:ridgeway fire"), (6837, "buildings", "in:ridgeway fire")],
        ),
        # a part of one fire's area
        (
            "Officials estimate that about 4,000 acres of the Alder Fire affected urban areas.",
            [(4000, "area_burned_acres", "in:alder fire/part")],
        ),
        # the whole, then each fire's part
        (
            "At least 29 people lost their lives, 17 in the Alder Fire and 12 in the Ridgeway Fire.",
            [(29, "killed", "people"), (17, "killed", "in:alder fire"), (12, "killed", "in:ridgeway fire")],
        ),
        (
            "There have been 16 deaths, including 11 attributed to the Alder fire and 5 attributed to the "
            "Ridgeway fire.",
            [(16, "killed", None), (11, "killed", "in:alder fire"), (5, "killed", "in:ridgeway fire")],
        ),
        # the fires together, and a place's name for them, are the whole
        ("At least 25 people have died in the Los Angeles fires.", [(25, "killed", "people")]),
        ("The Alder and Ridgeway fires have killed 25 people.", [(25, "killed", "people")]),
        # "the two fires" says which, not how many died
        ("Officials confirmed 25 deaths connected to the two fires.", [(25, "killed", None)]),
    ],
)
def test_a_named_fires_figures_are_its_own(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert read(sentence) == expected


def _fire_toll(value, day, path, subject):
    return replace(q(value, day=day, subject=subject, claimant=None, path=path), quote=f"{value} died.")


def test_the_only_fire_a_corpus_names_is_its_own_toll():
    # 85 in the Camp Fire and a later, lower unplaced 80: one count that fell
    claims = [_fire_toll(85, 1, "a", "in:camp fire"), _fire_toll(80, 2, "b", None)]
    assert kinds(tally.check(claims, CTX)) == [("contradiction", "error")]


def test_two_named_fires_are_never_compared_with_each_other_or_the_whole():
    claims = [
        _fire_toll(17, 1, "a", "in:alder fire"),
        _fire_toll(12, 2, "b", "in:ridgeway fire"),
        _fire_toll(25, 2, "c", None),
    ]
    assert kinds(tally.check(claims, CTX)) == []


def test_a_fact_boxs_heading_scopes_the_items_under_it():
    import datetime as dt

    from discrep.extract import compile_rules, extract
    from discrep.model import Article
    from discrep.ruleset import load_rules

    text = (
        "Ridgeway fire\n"
        "- Containment: The fire was 27% contained. It has burned 23,713 acres.\n"
        "- Damage: Officials have confirmed 3,328 structures destroyed.\n\n"
        "Alder fire\n"
        "- Damage: Officials have confirmed 6,782 structures destroyed.\n\n"
        "Across the county, 9,000 structures burned."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2025, 1, 17))
    found = [
        (c.value, c.subject) for c in extract(article, compile_rules(load_rules())) if c.kind == "quantity"
    ]
    assert found == [
        (23713.0, "in:ridgeway fire"),
        (3328.0, "in:ridgeway fire"),
        (6782.0, "in:alder fire"),
        (9000.0, None),
    ]
