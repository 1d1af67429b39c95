"""Buildings told as an event's venue (event_sites.py): the hotel, palace or conference centre and
the known place that holds it. All sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrep.extract import compile_rules, extract
from discrep.extract.event_sites import is_site, same_site, site_name, site_parent
from discrep.model import Article
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())


def venues(text: str) -> list[tuple[object, str | None]]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2024, 5, 6))
    return [(c.value, c.note) for c in extract(article, VOCAB) if c.kind == "venue"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two presidents will meet at the Marlowe Hotel on Kestrel island in Singapore on June 3.",
            [("Marlowe Hotel", "site in singapore")],
        ),
        ("Aides said the summit would be held at the Orchid Bay hotel.", [("Orchid Bay Hotel", "site")]),
        (
            "The talks will take place at the Palais des Arbres in Geneva next week, the mediators said.",
            [("Palais des Arbres", "site in geneva")],
        ),
        (
            "The summit will be held at the Palace of Lanterns in Geneva.",
            [("Palace of Lanterns", "site in geneva")],
        ),
        ("The negotiators met at the Vanterra in Riyadh on Tuesday.", [("Vanterra", "site in riyadh")]),
        ("The meeting, held at the Qasr Noor Palace, ended late.", [("Qasr Noor Palace", "site")]),
        (
            "The summit will open at the Harbour Convention Centre, Singapore.",
            [("Harbour Convention Centre", "site in singapore")],
        ),
        # a kind told first, a modifier before the name, a place's possessive
        (
            "The two leaders would meet in the 18th-century Villa Les Tilleuls overlooking the lake.",
            [("Villa Les Tilleuls", "site")],
        ),
        ("The summit will be held at Hotel Marbella in Berlin.", [("Hotel Marbella", "site in berlin")]),
        (
            "Reports said the summit might take place at Geneva's Lakeview hotel.",
            [("Lakeview Hotel", "site in geneva")],
        ),
        # a kind that describes the place named next is no building
        ("The foreign ministers met in the Turkish resort city of Antalya on Thursday.", [("antalya", None)]),
        ("The envoys held talks in the seaside resort of Antalya.", [("antalya", None)]),
        # a building the gazetteer knows is its place, not a site
        ("The delegations held talks at the Dolmabahce Palace on Friday.", [("dolmabahce_palace", None)]),
        # where something was said is not where the talks are
        (
            "The envoy told reporters at the Grand Meridian Hotel that the talks would be held in Doha.",
            [("doha", None)],
        ),
        # a hotel in a sentence about no event is no venue
        ("Rescuers searched the rubble of the Seaview Hotel in Antalya.", []),
    ],
)
def test_a_building_is_read_as_the_venue_inside_its_place(text, expected):
    assert venues(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Capella Hotel", "Capella", True),
        ("Capella Hotel", "capella hotel", True),
        ("Palais des Nations", "Palace of Nations", True),
        ("Capella Hotel", "Shangri-La Hotel", False),
        ("Blair House", "White House", False),
        ("Grand Hotel", "Grand Palace Hotel", True),
    ],
)
def test_two_names_are_one_building_when_one_holds_the_others_words(a, b, same):
    assert same_site(a, b) is same
    assert same_site(b, a) is same


@given(st.text(alphabet="abcdefgh XYZ-", max_size=30), st.text(alphabet="abcdefgh XYZ-", max_size=30))
def test_one_building_is_a_symmetric_relation_that_holds_every_name_to_itself(a, b):
    assert same_site(a, a)
    assert same_site(a, b) == same_site(b, a)


def test_the_note_carries_the_place_that_holds_the_building():
    assert (
        is_site("site") and is_site("site in geneva") and not is_site("unknown place") and not is_site(None)
    )
    assert site_parent("site in geneva") == "geneva"
    assert site_parent("site") is None
    assert site_name("Orchid Bay hotel") == "Orchid Bay Hotel"
