"""venue and date checks on hand-made claims: containment, denials, plans, different events, and
buildings (event_sites.py): inside their place, two names of one building, two buildings at odds."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.checks import date, venue
from discrep.checks.base import CheckContext
from discrep.extract.event_telling import ENDED
from discrep.model import Claim
from discrep.ruleset import load_rules

CTX = CheckContext(load_rules())


def v(place, *, path, event="talks/round-2", negated=False, modality="asserted", note=None):
    return Claim(
        path=path,
        line=1,
        column=1,
        quote=place,
        kind="venue",
        metric="venue",
        value=place,
        event=event,
        negated=negated,
        modality=modality,
        note=note,
        outlet=path,
    )


def d(day, *, path, event="talks/round-2", modality="asserted", note=None):
    return Claim(
        path=path,
        line=1,
        column=1,
        quote=day,
        kind="date",
        metric="date",
        value=day,
        event=event,
        modality=modality,
        as_of=dt.date.fromisoformat(day),
        outlet=path,
        note=note,
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("belarus", "gomel", "agreement"),  # Gomel is in Belarus
        ("brest_region", "belovezhskaya_pushcha", "agreement"),
        ("gomel", "brest_region", "venue_conflict"),
        ("minsk", "gomel", "venue_conflict"),
        ("turkey", "belarus", "venue_conflict"),
    ],
)
def test_venues_conflict_only_when_neither_contains_the_other(a, b, expected):
    findings = venue.check([v(a, path="x"), v(b, path="y")], CTX)
    assert [f.kind for f in findings] == [expected]


def test_a_denial_conflicts_with_the_place_it_denies():
    claims = [
        v("belovezhskaya_pushcha", path="x", modality="expected"),
        v("belovezhskaya_pushcha", path="x", negated=True),
    ]
    findings = venue.check(claims, CTX)
    assert [(f.kind, f.severity) for f in findings] == [("venue_conflict", "error")]
    assert "denies" in findings[0].message


def test_different_events_are_never_compared():
    assert (
        venue.check(
            [v("gomel", path="x", event="talks/round-1"), v("brest_region", path="y", event="talks/round-3")],
            CTX,
        )
        == []
    )
    assert venue.check([v("gomel", path="x", event="talks"), v("turkey", path="y", event="talks")], CTX) == []


def test_unknown_places_conflict_at_the_configured_severity():
    findings = venue.check([v("Vilnius", path="x", note="unknown place"), v("gomel", path="y")], CTX)
    assert [(f.kind, f.severity) for f in findings] == [("venue_conflict", "info")]


def test_date_conflict_says_which_side_was_the_plan():
    claims = [d("2022-03-02", path="x", modality="expected"), d("2022-03-03", path="y")]
    findings = date.check(claims, CTX)
    assert [(f.kind, f.severity) for f in findings] == [("date_conflict", "warning")]
    assert "planned" in findings[0].message and "held" in findings[0].message


def test_two_asserted_days_are_an_error():
    findings = date.check([d("2022-03-02", path="x"), d("2022-03-03", path="y")], CTX)
    assert [(f.kind, f.severity) for f in findings] == [("date_conflict", "error")]


@pytest.mark.parametrize(
    ("days", "kinds"),
    [
        # a session of talks no article numbers, planned for one day and held on another
        ((("2024-10-08", "expected"), ("2024-10-10", "asserted")), ["date_conflict"]),
        # said to be held on two days: one sitting that went on, not a conflict
        ((("2022-03-14", "asserted"), ("2022-03-15", "expected"), ("2022-03-16", "asserted")), []),
    ],
)
def test_sessions_of_unnumbered_talks(days, kinds):
    claims = [
        d(day, path=f"p{i}", event="talks/session-2024-10-08", modality=modality)
        for i, (day, modality) in enumerate(days)
    ]
    assert [f.kind for f in date.check(claims, CTX)] == kinds


def test_a_meeting_of_named_people_is_not_a_round_of_talks():
    claims = [d("2022-03-03", path="x"), d("2022-03-10", path="y", event="meeting/kuleba+lavrov")]
    assert date.check(claims, CTX) == []


def test_same_day_from_two_articles_agrees():
    findings = date.check([d("2022-03-03", path="x"), d("2022-03-03", path="y")], CTX)
    assert [f.kind for f in findings] == ["agreement"]


@pytest.mark.parametrize(
    ("claims", "kinds"),
    [
        # held today, may go on tomorrow, in one article: the same sitting
        (
            [
                d("2022-05-10", path="a", event="talks/session-2022-05-10"),
                d("2022-05-11", path="a", event="talks/session-2022-05-10", modality="expected"),
                d("2022-05-10", path="b", event="talks/session-2022-05-10"),
            ],
            ["agreement"],
        ),
        # a plan from another article that says nothing was held is still a moved day
        (
            [
                d("2022-05-10", path="a", event="talks/session-2022-05-10"),
                d("2022-05-11", path="b", event="talks/session-2022-05-10", modality="expected"),
            ],
            ["date_conflict"],
        ),
    ],
)
def test_a_sessions_continuation_is_not_another_day(claims, kinds):
    assert [f.kind for f in date.check(claims, CTX)] == kinds


@pytest.mark.parametrize(
    ("claims", "severity"),
    [
        # a planned venue against the one where it was held: a plan that moved
        ([v("muscat", path="a", modality="expected"), v("rome", path="b")], "warning"),
        ([v("muscat", path="a", modality="hedged"), v("rome", path="b"), v("rome", path="c")], "warning"),
        # two places both said to be where it was held, or two plans: a conflict
        ([v("muscat", path="a"), v("rome", path="b")], "error"),
        ([v("muscat", path="a", modality="expected"), v("rome", path="b", modality="expected")], "error"),
        # a denial stays an error
        ([v("rome", path="a", negated=True), v("rome", path="b")], "error"),
    ],
)
def test_a_planned_venue_against_a_held_one_is_a_warning(claims, severity):
    found = [f for f in venue.check(claims, CTX) if f.kind == "venue_conflict"]
    assert [f.severity for f in found] == [severity]


def test_a_place_offered_among_options_meets_the_one_chosen():
    options = "one of: doha, cairo"
    claims = [v("doha", path="x", note=options), v("cairo", path="x", note=options), v("doha", path="y")]
    assert [f.kind for f in venue.check(claims, CTX)] == ["agreement"]
    # none of the options is where the other source says: still a conflict
    claims = [v("doha", path="x", note=options), v("cairo", path="x", note=options), v("gomel", path="y")]
    assert [f.kind for f in venue.check(claims, CTX)] == ["venue_conflict"]


def _dated(claim, day):
    return Claim(
        path=claim.path,
        line=1,
        column=1,
        quote=day,
        kind="date",
        metric="date",
        value=day,
        event=claim.event,
        outlet=claim.path,
    )


def test_a_meeting_told_weeks_apart_is_two_occasions():
    a = v("antalya", path="x", event="meeting/foreign ministers")
    b = v("gomel", path="y", event="meeting/foreign ministers")
    assert [f.kind for f in venue.check([a, b], CTX)] == ["venue_conflict"]
    claims = [a, _dated(a, "2022-03-10"), b, _dated(b, "2022-04-20")]
    assert venue.check(claims, CTX) == []
    # days within a week: one meeting, still at odds
    claims = [a, _dated(a, "2022-03-10"), b, _dated(b, "2022-03-11")]
    assert [f.kind for f in venue.check(claims, CTX)] == ["venue_conflict"]


def _ended(day, *, path, event="conference"):
    return d(day, path=path, event=event, note=ENDED)


@pytest.mark.parametrize("event", ["conference", "talks/round-2"])
def test_the_end_of_an_event_is_compared_with_other_ends_only(event):
    # "talks on Thursday" planned, then "two days of talks ended on Friday": talks may run for days
    opened = d("2031-04-12", path="a.md", event=event, modality="expected")
    ended = _ended("2031-04-13", path="b.md", event=event)
    assert [f.kind for f in date.check([opened, ended], CTX)] == []
    other_end = _ended("2031-04-14", path="c.md", event=event)
    found = date.check([opened, ended, other_end], CTX)
    assert [f.kind for f in found] == ["date_conflict"]
    assert found[0].message.startswith("end of ")


# buildings: a building lies inside its place, two names of one building agree, two buildings
# conflict, and a conflict that is sure is told without the doubtful
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
    findings = venue.check(
        [v(a[0], path="x", note=a[1], event="summit"), v(b[0], path="y", note=b[1], event="summit")], CTX
    )
    assert [(f.kind, f.severity) for f in findings] == [expected]


def test_a_sure_conflict_is_told_without_the_places_in_doubt():
    claims = [
        v("Marlowe Hotel", path="x", note="site in singapore", event="summit"),
        v("Orchid Bay Hotel", path="y", note="site", event="summit"),
        v("singapore", path="z", event="summit"),
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


def test_a_city_conflict_and_a_building_conflict_are_told_apart():
    claims = [
        v("Lakeview Hotel", path="a", note="site in geneva", event="summit"),
        v("Villa Les Tilleuls", path="b", note="site", event="summit"),
        v("geneva", path="c", event="summit"),
        v("switzerland", path="d", event="summit"),
        v("prague", path="e", event="summit"),
    ]
    findings = venue.check(claims, CTX)
    assert len(findings) == 2 and all(f.kind == "venue_conflict" for f in findings)
    by_claims = {frozenset(f.claims) for f in findings}
    # Prague against Geneva, without the Switzerland around it nor the buildings inside it
    assert frozenset({claims[2].id, claims[4].id}) in by_claims
    # the two buildings on their own
    assert frozenset({claims[0].id, claims[1].id}) in by_claims


def test_an_unknown_town_the_events_verb_leads_is_read_beside_a_known_one():
    from discrep.extract import compile_rules, extract
    from discrep.model import Article

    text = "The meeting of the governors will take place in Cuscoville on Friday, rather than in Lima."
    found = [
        (c.value, c.negated)
        for c in extract(
            Article(path="a.md", text=text, outlet="x", published=dt.date(2025, 3, 3)),
            compile_rules(CTX.rules),
        )
        if c.kind == "venue"
    ]
    assert ("Cuscoville", False) in found and ("lima", True) in found
