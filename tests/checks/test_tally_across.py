"""The tally check's rise across sources and moving counts: shallow falls, first-day clashes, floors,
counts that rise and then fall, and an article that sets a lower figure against its own higher one."""

from __future__ import annotations

from dataclasses import replace

from discrep.checks import tally
from tests.checks.test_tally import CTX, q


def by_kind(findings, kind):
    return [f for f in findings if f.kind == kind]


def test_a_rise_runs_past_a_shallow_fall_that_later_figures_overtake():
    claims = [
        q(60, day=1, subject=None, claimant="PTI", path="a"),
        replace(q(48, day=1, subject=None, claimant="Collector Asha Varma", path="a"), line=9),
        q(180, day=2, subject=None, claimant=None, path="b"),
        q(179, day=3, subject=None, claimant=None, path="c"),
        q(210, day=4, subject=None, claimant="the collector", path="d"),
        q(380, day=5, subject=None, claimant="the police", path="e"),
    ]
    findings = tally.check(claims, CTX)
    rise = by_kind(findings, "evolving_tally")
    assert len(rise) == 1
    assert set(rise[0].claims) == {c.id for c in claims} - {claims[3].id}  # 179 is the stale one
    # the fall and the first day's clash are still told
    assert len(by_kind(findings, "contradiction")) == 2


def test_a_deep_fall_ends_the_rise():
    claims = [
        q(900, day=1, subject=None, claimant=None, path="a", metric="wounded"),
        q(650, day=2, subject=None, claimant=None, path="b", metric="wounded"),
        q(1200, day=4, subject=None, claimant=None, path="c", metric="wounded"),
    ]
    findings = tally.check(claims, CTX)
    assert not by_kind(findings, "evolving_tally")


def test_an_implied_floor_below_the_days_toll_is_no_step_of_the_rise():
    bodies = q(90, day=2, subject=None, claimant="the army", path="b", metric="bodies_recovered")
    claims = [
        q(60, day=1, subject=None, claimant=None, path="a"),
        q(180, day=2, subject=None, claimant=None, path="c"),
        q(210, day=3, subject=None, claimant=None, path="d"),
        bodies,
    ]
    rise = by_kind(tally.check(claims, CTX), "evolving_tally")
    assert len(rise) == 1 and bodies.id not in rise[0].claims


def test_a_lower_figure_set_against_the_articles_higher_one_is_a_contradiction():
    high = q(410, day=6, subject=None, claimant=None, path="a")
    low = replace(
        q(225, day=6, subject=None, claimant=None, path="a"),
        line=3,
        quote="However, the official toll is 225.",
    )
    findings = tally.check([high, low], CTX)
    assert [f.kind for f in findings] == ["contradiction"]
    # told apart by the article's own "However", not updated: without it, one article's count moving
    updated = replace(low, quote="The official toll is 225.")
    assert tally.check([high, updated], CTX) == []


def test_a_moving_count_that_rises_and_then_falls_is_one_evolving_count():
    claims = [
        q(230, day=1, metric="missing", subject=None, claimant=None, path="a"),
        q(310, day=3, metric="missing", subject=None, claimant=None, path="b"),
        q(210, day=5, metric="missing", subject=None, claimant=None, path="c"),
        q(150, day=7, metric="missing", subject=None, claimant=None, path="d"),
    ]
    findings = tally.check(claims, CTX)
    assert [f.kind for f in findings] == ["evolving_tally"]
    assert "rises and then falls" in findings[0].message


def test_a_moving_count_that_wobbles_a_little_still_falls():
    claims = [
        q(160, day=1, metric="missing", subject=None, claimant=None, path="a"),
        q(150, day=3, metric="missing", subject=None, claimant=None, path="b"),
        q(151, day=4, metric="missing", subject=None, claimant=None, path="c"),
        q(110, day=8, metric="missing", subject=None, claimant=None, path="d"),
    ]
    findings = tally.check(claims, CTX)
    assert [f.kind for f in findings] == ["evolving_tally"]
    assert "falls" in findings[0].message
    # a real zigzag is no moving count
    zigzag = [*claims[:2], q(190, day=4, metric="missing", subject=None, claimant=None, path="c"), claims[3]]
    assert not by_kind(tally.check(zigzag, CTX), "evolving_tally")


def test_floors_implied_by_bodies_found_alone_make_no_second_rise():
    bodies = [
        q(4, day=1, metric="bodies_recovered", subject=None, claimant=None, path="a"),
        q(6, day=2, metric="bodies_recovered", subject=None, claimant=None, path="b"),
        q(8, day=4, metric="bodies_recovered", subject=None, claimant=None, path="c"),
    ]
    rises = by_kind(tally.check(bodies, CTX), "evolving_tally")
    assert [f.metric for f in rises] == ["bodies_recovered"]


def test_a_place_that_reports_its_count_is_that_places_count():
    placed = q(17, day=1, subject="in:harlow vale", claimant=None, path="a")
    reported = q(26, day=2, subject=None, claimant="Harlow Vale", path="b")
    whole = [
        q(120, day=1, subject=None, claimant=None, path="c"),
        q(150, day=2, subject=None, claimant=None, path="d"),
    ]
    rises = by_kind(tally.check([placed, reported, *whole], CTX), "evolving_tally")
    assert sorted(f.subject or "" for f in rises) == ["", "in:harlow vale"]
