"""The tally check on one incident's tolls, told by several articles, and on where an unplaced count is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from discrep.checks import tally
from tests.checks.test_tally import CTX, kinds, q

STATION = "A missile strike on the railway station in Chaplyne killed {} people, the governor said."
MALL = "A missile strike on a shopping centre in Kremenchuk killed {} people, the governor said."


def toll(value, day, path, sentence=STATION, subject="people", claimant="governor"):
    claim = q(value, day=day, subject=subject, claimant=claimant, path=path)
    return replace(claim, event="incident", quote=sentence.format(value))


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # 22 then 25 killed at the station, in two articles: the incident's running toll
        (toll(25, 2, "b"), [("evolving_tally", "warning")]),
        # a later, lower count of the same incident from another source: a fall
        (toll(15, 2, "b", claimant="police"), [("contradiction", "error")]),
        # another strike's toll shares no name with the station's: never compared
        (toll(25, 2, "b", sentence=MALL), []),
        # the same incident in the same article only: nothing to compare across outlets
        (toll(25, 2, "a"), []),
    ],
)
def test_tolls_of_one_incident_from_several_articles_are_compared(later, expected):
    findings = tally.check([toll(22, 1, "a"), later], CTX)
    assert kinds(findings) == expected
    assert all(f.event == "incident" for f in findings)


def test_an_incidents_tolls_never_join_the_events_totals():
    # the war's toll (a total, whose sentence names Chaplyne too) is compared with neither toll
    total = replace(
        q(900, day=1, subject=None, claimant="un", path="c"), quote="Chaplyne aside, 900 were killed."
    )
    findings = tally.check([toll(22, 1, "a"), toll(25, 2, "b"), total], CTX)
    assert kinds(findings) == []


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        # a day's figure "in Syria" names no second place the running total could be of: the
        # unplaced count is Turkey's, the only place of a cumulative figure
        ((("in:turkey", "cumulative"), ("in:syria", "daily")), [("contradiction", "error")]),
        # two cumulative places: no telling which the unplaced count is
        ((("in:turkey", "cumulative"), ("in:syria", "cumulative")), []),
        # a country and a city in it: the unplaced count is the country's
        ((("in:russia", "cumulative"), ("in:moscow", "cumulative")), [("contradiction", "error")]),
    ],
)
def test_an_unplaced_count_takes_the_one_place_that_holds_the_others(places, expected):
    (first, first_period), (second, second_period) = places
    claims = [
        q(24, day=3, subject=first, claimant="sheriff", path="a", period=first_period),
        q(5, day=3, subject=second, claimant="agency", path="c", period=second_period),
        q(12, day=4, subject=None, claimant="state", path="b"),
    ]
    assert kinds(tally.check(claims, CTX)) == expected
