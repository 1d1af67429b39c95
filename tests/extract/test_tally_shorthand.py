"""A source's narrow word for its broader count; things of their own kind among a whole: invented wording."""

from __future__ import annotations

from discrep.extract import compile_rules
from discrep.extract.tally_shorthand import broader_counts
from discrep.model import Claim
from discrep.ruleset import load_rules

FINDER = compile_rules(load_rules()).tallies


def _claim(metric: str, value: float, claimant: str) -> Claim:
    return Claim(
        path="a.md",
        line=1,
        column=1,
        quote="",
        kind="quantity",
        metric=metric,
        value=value,
        claimant=claimant,
    )


def test_narrow_word_of_a_broader_count() -> None:
    claims = [
        _claim("tanks_and_armoured_vehicles", 410, "ministry_a"),
        _claim("tanks", 530, "ministry_a"),
        _claim("tanks", 120, "ministry_b"),  # counts armoured vehicles apart: its own tanks
        _claim("armoured_vehicles", 300, "ministry_b"),
        _claim("tanks_and_armoured_vehicles", 90, "ministry_b"),
    ]
    assert [c.metric for c in broader_counts(claims)] == [
        "tanks_and_armoured_vehicles",
        "tanks_and_armoured_vehicles",
        "tanks",
        "armoured_vehicles",
        "tanks_and_armoured_vehicles",
    ]


def test_things_of_their_own_kind_among_a_whole() -> None:
    found = FINDER.find("Among them are 11 military airfields, 37 command posts and 52 radar stations.")
    assert [(t.mention.value, t.metric) for t in found] == [
        (11, "airfields"),
        (37, "command_centres"),
        (52, "radar_stations"),
    ]


def test_models_named_between_a_figure_and_its_noun() -> None:
    found = FINDER.find("It said 31 S-400, Tor-M2 and Pantsir air defence systems had been hit.")
    assert [(t.mention.value, t.metric) for t in found] == [(31, "air_defence_systems")]


def test_aftershocks_affected_and_sheltering() -> None:
    found = FINDER.find("Some 640 aftershocks followed, and 2.1 million people were affected.")
    assert [(t.mention.value, t.metric) for t in found] == [(640, "aftershocks"), (2_100_000, "affected")]
    found = FINDER.find("Officials said 52,000 have taken refuge in government shelters.")
    assert [(t.mention.value, t.metric) for t in found] == [(52_000, "displaced")]


def test_the_rest_told_of_as_a_count() -> None:
    found = FINDER.find('The navy said "the remaining 212 sailors" had been evacuated.')
    assert [(t.mention.value, t.metric) for t in found] == [(212, "evacuated")]
    assert FINDER.find("Divers were still searching for the remaining six.") == []
