"""Villages a disaster destroyed, beside villages an army retook; buildings told with the damaged, or
burnt down: the words each metric needs choose."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import FINDER, figure


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About four villages have been destroyed, the ministry said.", [(4, "villages_destroyed")]),
        ('Nine villages have been "wiped off the map," he said.', [(9, "villages_destroyed")]),
        ("Eleven villages were completely flattened by the quake.", [(11, "villages_destroyed")]),
        ("The ministry said 14 villages have been liberated this week.", [(14, "settlements_retaken")]),
        ("The army said 31 villages were retaken.", [(31, "settlements_retaken")]),
        # neither metric's words: no count
        ("Seven villages have been affected by the floods.", []),
    ],
)
def test_villages_destroyed_or_retaken(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(figure(t), t.metric) for t in FINDER.find(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said 870 houses were completely destroyed.", [(870, "buildings")]),
        ("The agency counted 905 houses damaged or destroyed.", [(905, "buildings_damaged_or_destroyed")]),
        ("About 150 buildings burnt down in the fire at the market.", [(150, "buildings_burned")]),
    ],
)
def test_buildings_destroyed_damaged_or_burnt(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(figure(t), t.metric) for t in FINDER.find(sentence)] == expected
