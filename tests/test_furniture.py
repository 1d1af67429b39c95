"""Links to other stories in scraped text (discrep/corpus/furniture.py) are blanked, and said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from discrep.corpus.furniture import blank_teasers, teaser_lines
from discrep.engine import check


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("READ MORE: Wildfire in Portugal kills 7 firefighters", [0]),
        ("Read more | 2,000 homes without power after storm", [0]),
        ("ALSO READ - Quake in Peru: 12 dead", [0]),
        ("Related: Ferry capsizes, dozens missing", [0]),
        ("See also: Earthquake toll rises to 40", [0]),
        ("WATCH: Drone footage shows flooded town", [0]),
        # a heading alone, then its list, up to the first line of prose
        ("Related coverage\n- Earthquake in Peru: 12 dead\n- Turnout 61%\n\nSign up", [0, 1, 2, 4]),
        ("Most read\nStorm kills 3\nThe crisis centre said 31 people had died by Tuesday night.", [0, 1]),
        ("You may also like:\nTrain derails, 14 hurt", [0, 1]),
        ("Read more\nOn Monday, the mayor said the talks would go on in the city hall as planned.", [0]),
        # prose, headlines and subheadings of the story itself stay
        ("More than 300 soldiers were deployed to reinforce dikes.", []),
        ("Related talks will be held in Minsk on Thursday, an aide said.", []),
        ("1,114 military installations attacked", []),
        ("Watch: the president said 12 people died in the attack on the market on Monday.", []),
        ("Floods kill 23 in river valley\n\nRescuers were still searching for nine people.", []),
    ],
)
def test_teaser_lines(text: str, expected: list[int]) -> None:
    assert teaser_lines(text) == expected


def test_blanking_keeps_every_line_in_its_place() -> None:
    text = "Officials said 31 people died.\nREAD MORE: Quake kills 12\nRescuers found 4 more bodies."
    blanked, found = blank_teasers(text)
    assert found == [1]
    assert blanked.split("\n") == ["Officials said 31 people died.", "", "Rescuers found 4 more bodies."]


def test_a_teasers_figure_is_no_claim_and_the_status_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\noutlet: Wire\npublished: 2024-09-17\n---\n"
        "The crisis centre said 31 people had been killed by the floods.\n\n"
        "Related coverage\n- Earthquake in Peru: 12 killed\n",
        encoding="utf-8",
    )
    report = check([tmp_path])
    assert [c.value for c in report.claims] == [31.0]
    (status,) = report.articles
    assert status.status == "checked"
    assert status.reason == "links to other stories ignored: lines 7, 8"
