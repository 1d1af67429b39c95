"""The venue check on buildings (event_sites.py): a building lies inside its place, two names of one
building agree, two buildings conflict, and a conflict that is sure is told without the doubtful."""

from __future__ import annotations

import pytest

from discrep.checks import venue
from discrep.checks.base import CheckContext
from discrep.model import Claim
from discrep.ruleset import load_rules

CTX = CheckContext(load_rules())


def v(place: str, *, path: str, note: str | None = None, modality: str = "asserted") -> Claim:
    return Claim(
        path=path,
        line=1,
        column=1,
        quote=place,
        kind="venue",
        metric="venue",
        value=place,
        event="summit",
        modality=modality,  # type: ignore[arg-type]
        note=note,
        outlet=path,
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # inside its place and every place around it
        (("Marlowe Hotel", "site in singapore"), ("singapore", None), ("agreement", "info")),
        (("Palais des Arbres", "site in geneva"), ("switzerland", None), ("agreement", "info")),
        # two names of one building
        (("Marlowe Hotel", "site in singapore"), ("Marlowe", "site"), ("agreement", "info")),
        # two buildings are two venues, told or not where they are
        (("Marlowe Hotel", "site in singapore"), ("Orchid Bay Hotel", "site"), ("venue_conflict", "error")),
        # a building in another city
        (("Marlowe Hotel", "site in singapore"), ("geneva", None), ("venue_conflict", "error")),
        # a building whose place is not told may be inside the city: in doubt
        (("Orchid Bay Hotel", "site"), ("singapore", None), ("venue_conflict", "info")),
    ],
)
def test_a_building_is_compared_through_the_place_that_holds_it(a, b, expected):
    findings = venue.check([v(a[0], path="x", note=a[1]), v(b[0], path="y", note=b[1])], CTX)
    assert [(f.kind, f.severity) for f in findings] == [expected]


def test_a_sure_conflict_is_told_without_the_places_in_doubt():
    claims = [
        v("Marlowe Hotel", path="x", note="site in singapore"),
        v("Orchid Bay Hotel", path="y", note="site"),
        v("singapore", path="z"),
    ]
    findings = venue.check(claims, CTX)
    assert [(f.kind, f.severity) for f in findings] == [("venue_conflict", "error")]
    assert {c for c in findings[0].claims} == {claims[0].id, claims[1].id}
    assert "Marlowe Hotel (Singapore)" in findings[0].message


def test_an_unknown_place_no_longer_blurs_a_sure_conflict_into_doubt():
    claims = [v("gomel", path="x"), v("turkey", path="y"), v("Vilnius", path="z", note="unknown place")]
    findings = venue.check(claims, CTX)
    assert [(f.kind, f.severity) for f in findings] == [("venue_conflict", "error")]
    assert claims[2].id not in findings[0].claims
