"""Which side of the story a source speaks for, by the parties of the rules: "Russian Defence
Ministry", "Russia" and "the Kremlin" speak for Russia; "Ukrainian General Staff" for Ukraine.

The tally check gives an unowned count of a side's things ("395 tanks destroyed") an owner only
from what sources of the same side name: Moscow's "1,502 Ukrainian military facilities" tells
whose its "1,114 military installations" are, but Kyiv's "Russia has lost 285 tanks" does not tell
whose tanks Moscow counted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from discrep.rules_model import Named, RuleSet


def _pattern(parties: Mapping[str, Named]) -> list[tuple[str, re.Pattern[str]]]:
    # matched with their capitals, as parties.yaml says: "US" is not "us"
    return [
        (key, re.compile(r"\b(?:" + "|".join(re.escape(a) for a in party.aliases) + r")\b"))
        for key, party in parties.items()
        if party.aliases
    ]


def claimant_sides(rules: RuleSet, claimants: set[str]) -> dict[str, str | None]:
    """The party each claimant speaks for, if its name (or its rule's label and aliases) names one
    and only one; None when it names none or several."""
    patterns = _pattern(rules.parties)
    sides: dict[str, str | None] = {}
    for claimant in claimants:
        known = rules.claimants.get(claimant)
        names = [claimant] if known is None else [known.label, *known.aliases]
        found = {key for key, pattern in patterns for name in names if pattern.search(name)}
        sides[claimant] = next(iter(found)) if len(found) == 1 else None
    return sides
