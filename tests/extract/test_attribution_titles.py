"""One office holder named with or without the place and the abbreviation is one source: invented names."""

from __future__ import annotations

import pytest

from discrep.extract import compile_rules
from discrep.ruleset import load_rules

ATTRIBUTOR = compile_rules(load_rules()).attributor


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Vermont Gov. Aldo Pietersen said 14 people died.", "Governor Aldo Pietersen"),
        ("Gov. Aldo Pietersen said 14 people died.", "Governor Aldo Pietersen"),
        ("Pike County Sheriff Mara Olsen said 9 people died.", "Sheriff Mara Olsen"),
        ("Sen. Lou Brandt said 3 people died.", "Senator Lou Brandt"),
        ("The sheriff said 3 people died.", "sheriff"),
    ],
)
def test_titles_and_places_before_a_name(sentence: str, claimant: str) -> None:
    assert ATTRIBUTOR.attribute(sentence, None).claimant == claimant
