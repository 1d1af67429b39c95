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


@pytest.mark.parametrize(
    ("other", "included"),
    [
        # "local officials" said 140 between the prefecture's 100 and 193: one tally
        ((140, 11, "local officials"), True),
        # above the prefecture's later figure: not a step of its series
        ((250, 11, "local officials"), False),
        # a day before the series and below it: its first step
        ((80, 9, None), True),
        # more than a week before: another count
        ((80, 1, None), False),
    ],
)
def test_a_rising_series_takes_other_sources_figures_that_fit_it(other, included):
    value, day, claimant = other
    series = [
        q(100, day=10, subject="people", claimant="prefecture", path="a"),
        q(193, day=12, subject="people", claimant="prefecture", path="b"),
    ]
    extra = q(value, day=day, subject="people", claimant=claimant, path="c")
    evolving = [f for f in tally.check([*series, extra], CTX) if f.kind == "evolving_tally"]
    assert len(evolving) == 1
    assert (extra.id in evolving[0].claims) is included


@pytest.mark.parametrize(
    ("names", "one_series"),
    [
        # one source named three ways: one running tally, 1,300 -> 2,000 -> 2,400
        (("independent monitoring group OVD-Info", "OVD-Info", "OVD-Info"), True),
        (("Kyrylenko", "Governor Pavlo Kyrylenko", "Pavlo Kyrylenko"), True),
        # a common word, capitalised at a sentence's start, names no one source
        (("Officials", "fire officials", "officials"), False),
        # "officials" could be either side's: no series of its own joins it
        (("Russian officials", "officials", "Ukrainian officials"), False),
    ],
)
def test_a_source_named_several_ways_is_one_series(names, one_series):
    claims = [
        q(value, day=day, subject="in:russia", claimant=name, path=path, metric="arrested")
        for value, day, name, path in zip((1300, 2000, 2400), (1, 2, 3), names, "abc", strict=True)
    ]
    evolving = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    # one source's series, the third figure fitting it; or, failing that, all sources' rising figures
    assert [len(f.claims) for f in evolving] == [3]
    assert ("across sources" not in evolving[0].message) is one_series


@pytest.mark.parametrize(
    ("later_day", "expected"),
    [
        # revised two days after: the same strike's toll
        (3, [("evolving_tally", "warning")]),
        # two weeks after, in the same town: another strike, never compared
        (15, []),
    ],
)
def test_an_incidents_tolls_are_told_within_a_few_days(later_day, expected):
    assert kinds(tally.check([toll(22, 1, "a"), toll(25, later_day, "b")], CTX)) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # one governor named two ways, with an unattributed figure: the count at different hours,
        # told as a rise within the day
        (("Kyrylenko", "Governor Pavlo Kyrylenko"), [("evolving_tally", "warning")]),
        # two sources: at odds
        (("Kyrylenko", "Ukrzaliznytsia"), [("contradiction", "error")]),
    ],
)
def test_one_source_named_two_ways_is_one_voice_in_a_day(names, expected):
    claims = [
        q(30, day=8, subject="people", claimant=names[0], path="a"),
        q(39, day=8, subject="people", claimant=names[1], path="b"),
        q(27, day=8, subject="people", claimant=None, path="c"),
    ]
    assert kinds(tally.check(claims, CTX)) == expected


ATTACK = "The death toll from the attack on the concert hall has risen to {}."


def _total(value, day, path):
    return replace(q(value, day=day, subject=None, claimant=None, path=path), quote=f"{value} were killed.")


def test_in_a_corpus_about_one_attack_its_tolls_are_the_running_toll():
    # tolls told as the attack's, between and after the totals, fit their series: one rise
    totals = [_total(60, 1, "a"), _total(133, 2, "b"), _total(143, 4, "d")]
    tolls = [
        toll(93, 2, "c", sentence=ATTACK, subject=None, claimant=None),
        toll(137, 3, "e", sentence=ATTACK, subject=None, claimant=None),
        toll(144, 5, "f", sentence=ATTACK, subject=None, claimant=None),
    ]
    findings = tally.check(totals + tolls, CTX)
    assert kinds(findings) == [("evolving_tally", "warning")]
    assert set(findings[0].claims) == {c.id for c in totals + tolls}


@pytest.mark.parametrize(
    "other",
    [
        # a floor far below the toll told before it: another incident's
        replace(toll(31, 5, "f", sentence=ATTACK, subject=None, claimant=None), qualifier="at_least"),
        # above a total told after it
        toll(400, 2, "f", sentence=ATTACK, subject=None, claimant=None),
        # on a total's day, less than half of it
        toll(50, 2, "f", sentence=ATTACK, subject=None, claimant=None),
    ],
)
def test_an_incidents_toll_that_does_not_fit_the_series_stays_apart(other):
    totals = [_total(60, 1, "a"), _total(133, 2, "b"), _total(143, 4, "d")]
    findings = tally.check([*totals, other], CTX)
    assert all(other.id not in f.claims for f in findings)
    assert kinds(findings) == [("evolving_tally", "warning")]
