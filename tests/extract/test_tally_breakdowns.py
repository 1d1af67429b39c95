"""Breakdowns of a whole, headed lists, counts of a later stretch, health staff: invented wording."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import FINDER
from tests.extract.tally_reading import read as found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a whole named with "out of": the figures after it are its parts
        (
            "Out of 2,310 deaths recorded by the agency, the coastal belt reported 911 and the "
            "highlands 402 deaths.",
            [(2310, "killed", None)],
        ),
        # a whole followed by "of which": so are the figures after it
        (
            "The storm injured 5,120 people since May 2, of which 3,004 people were hurt in the "
            "north and 1,100 injured in the hills.",
            [(5120, "wounded", "people")],
        ),
        # the whole itself stays
        ("The fire killed 61 people, of whom 14 children.", [(61, "killed", "people")]),
        # another metric after "of which" is no part of the whole
        (
            "Floods killed 212 people, of which 30 in the capital, and 1,400 were injured.",
            [(212, "killed", "people"), (1400, "wounded", "people")],
        ),
    ],
)
def test_the_parts_of_a_whole(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Kordofan: 412 deaths, 90 injuries.", "in:kordofan"),
        ("North Darfur: 97 deaths.", "in:north darfur"),
        ("Turkey: 4,100 deaths.", "in:turkey"),
        # a heading that names the list is no place
        ("Fast Facts: 1,902 deaths, 3,300 injuries.", None),
        ("Latest: 1,902 deaths.", None),
        ("Total: 1,902 deaths.", None),
    ],
)
def test_a_headed_line_is_its_places(sentence: str, subject: str | None) -> None:
    assert found(sentence)[0][2] == subject


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Since the end of the truce on Friday, 240 people have been killed.", []),
        ("The ministry says 310 people have died since the ceasefire collapsed.", []),
        ("At least 95 people were killed since fighting resumed on Monday.", []),
        # the running total, counted from the start, stays
        ("Some 15,200 people have been killed since the war began.", [15200]),
        ("The toll has reached 8,700 since October 7.", [8700]),
    ],
)
def test_a_count_of_a_later_stretch_is_no_total(sentence: str, values: list[float]) -> None:
    assert [value for value, metric, _ in found(sentence) if metric == "killed"] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "The strikes have killed 140 medics.",
        "At least 75 health personnel have died.",
        "Nine medical staff were killed in the shelling of the clinic.",
    ],
)
def test_health_staff_are_a_part_of_the_toll(sentence: str) -> None:
    assert found(sentence)[0][2] == "aid_workers"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count of people split among places the rules do not know: each place's own
        (
            "Some 30 people died in Kano, 12 in Kaduna and four in Zaria.",
            [(30, "killed", "in:kano"), (12, "killed", "in:kaduna"), (4, "killed", "in:zaria")],
        ),
        # split among facilities: parts of a toll told elsewhere, no claim
        ("Officials said 61 bodies were lying at the district hospital and 20 at a clinic.", []),
        # one place, or none: no split (a place the rules do not know, named after "in", is still
        # where the counted are: never the whole country's count)
        (
            "At least 20 people were killed and 50 injured in Kano.",
            [(20, "killed", "in:kano"), (50, "wounded", "in:kano")],
        ),
        ("The toll rose to 40 in March and 60 in April.", [(40, "killed", None), (60, "killed", None)]),
    ],
)
def test_a_count_split_among_places(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "daily"),
    [
        ("Some 41 people have been rescued so far, including nine on Thursday.", [False, True]),
        # a part with no day of its own is no daily figure
        ("Some 41 people have been rescued so far, including nine children.", [False, False]),
    ],
)
def test_a_part_told_with_its_day_is_that_days(sentence: str, daily: list[bool]) -> None:
    assert [t.daily for t in FINDER.find(sentence)] == daily
