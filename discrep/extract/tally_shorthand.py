"""A narrower word a source uses for its own broader count: "778 tanks" from a ministry that counts
"tanks and other armoured combat vehicles" as one figure.

Moscow's defence ministry reports one figure for tanks and other armoured vehicles; an outlet
retelling it often shortens that to "tanks". When the same claimant gives the broader count
elsewhere in the corpus and never counts the other part (armoured vehicles) apart, its "tanks" is
that broader count, and meets the ministry's running tally; Kyiv, which counts tanks and armoured
vehicles apart, keeps its own two series.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrep.model import Claim, replace_claim

# narrow metric -> (the broader one it shortens, the other part a source that counts apart names)
_SHORTHAND = {"tanks": ("tanks_and_armoured_vehicles", "armoured_vehicles")}


def broader_counts(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, a claimant's narrow count relabelled as the broader one it also gives."""
    said: dict[str, set[str]] = {}
    for c in claims:
        if c.kind == "quantity" and c.claimant is not None:
            said.setdefault(c.metric, set()).add(c.claimant)
    relabel = {
        (narrow, claimant): broad
        for narrow, (broad, other) in _SHORTHAND.items()
        for claimant in said.get(narrow, set()) & said.get(broad, set()) - said.get(other, set())
    }
    if not relabel:
        return list(claims)
    return [
        replace_claim(c, metric=relabel[(c.metric, c.claimant)])
        if c.kind == "quantity" and c.claimant is not None and (c.metric, c.claimant) in relabel
        else c
        for c in claims
    ]
