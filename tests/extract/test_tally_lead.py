"""A metric named in a sentence's lead ("Of the deaths, ...") for the places it then lists."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import FINDER, figure


def tallies(sentence: str) -> list[tuple[float, str, str | None]]:
    return [(figure(t), t.metric, t.subject) for t in FINDER.find(sentence) if t.aside is None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the deaths, 40 had been confirmed in Eastport and 12 in Millbrook.",
            [(40, "killed", "in:eastport"), (12, "killed", "in:millbrook")],
        ),
        (
            "Of those killed, 33 were in Eastport and nine in Millbrook.",
            [(33, "killed", "in:eastport"), (9, "killed", "in:millbrook")],
        ),
        (
            "Among the injured, 25 are in Eastport.",
            [(25, "wounded", "in:eastport")],
        ),
        # a part that is no place is not read as a second figure of the whole
        ("Of the 300 injured, 12 are in critical condition.", [(300, "wounded", None)]),
        # no lead: the figure names nothing
        ("Officials said 40 were in Eastport.", []),
    ],
)
def test_a_lead_names_the_metric_of_the_places_it_lists(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert tallies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In a breakdown of the death toll, 61 had been confirmed in Eastport City and 4 in "
            "Millbrook Town.",
            [(61, "killed", "in:eastport"), (4, "killed", "in:millbrook")],
        ),
        # a town the rules do not know is one place with or without its kind
        ("The city of Eastport confirmed 59 deaths.", [(59, "killed", "in:eastport")]),
    ],
)
def test_a_breakdown_by_town_names_each_town_once(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert tallies(sentence) == expected


def test_a_towns_kind_is_left_out_of_its_name() -> None:
    from discrep.extract.tally_bare_names import unit_name

    names = ("Wajima City", "Anamizu  Town", "Lee County", "City", "Dorvik district", "Valencia region")
    assert [unit_name(n) for n in names] == ["wajima", "anamizu", "lee county", "city", "dorvik", "valencia"]


def test_a_point_of_the_compass_after_a_name_comes_first() -> None:
    from discrep.extract.tally_bare_names import unit_name

    assert unit_name("Rukum West") == unit_name("West Rukum") == "west rukum"
    assert unit_name("North Kivu") == "north kivu"
