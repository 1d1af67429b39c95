"""Villages a disaster destroyed, beside villages an army retook: the words each metric needs choose."""

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
