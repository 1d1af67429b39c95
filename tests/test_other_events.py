"""End to end on two small invented corpora of other kinds of event, so the rules are not tuned to one war.

tests/fixtures/quake: an earthquake's toll reported over three days for two countries.
tests/fixtures/ceasefire: ceasefire talks whose venue moves, and a health ministry's toll; bare
.txt files with a manifest.csv.
tests/fixtures/later_week: the same war a week on, with Kyiv's and Moscow's counts side by side.
tests/fixtures/typhoon: a storm's toll by two national bodies that disagree, with towns' tolls beside.
tests/fixtures/istanbul_talks: a later year's rounds of talks, a second round whose palace the reports
disagree on, and a drone strike's count of a side's aircraft.
"""

from __future__ import annotations

from pathlib import Path

from discrep.engine import check
from discrep.model import Finding, Report

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def flagged(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.severity != "info"]


def values(report: Report, finding: Finding) -> set[object]:
    by_id = {c.id: c for c in report.claims}
    return {by_id[i].value for i in finding.claims}


def test_quake_tolls_per_country_rise_and_never_mix() -> None:
    report = check([FIXTURES / "quake"])
    kinds = {(f.kind, f.subject) for f in flagged(report)}
    assert ("evolving_tally", "in:turkey") in kinds
    assert ("evolving_tally", "in:syria") in kinds
    turkey = next(f for f in flagged(report) if f.kind == "evolving_tally" and f.subject == "in:turkey")
    assert "AFAD" in turkey.message and values(report, turkey) >= {1500.0, 8574.0}
    # "a Syrian health ministry official put the figure at 2,662": Syria's, the latest of its toll
    syria = next(f for f in flagged(report) if f.kind == "evolving_tally" and f.subject == "in:syria")
    assert 2662.0 in values(report, syria)
    # Turkey's toll and Syria's, and the total for both, are different counts
    for finding in flagged(report):
        assert not ({810.0, 1500.0} <= values(report, finding))
        assert 11000.0 not in values(report, finding) or finding.subject == "in:syria+turkey"


def test_ceasefire_venue_denial_and_a_falling_toll() -> None:
    report = check([FIXTURES / "ceasefire"])
    skipped = [a for a in report.articles if a.status == "skipped"]
    assert [(a.path.rsplit("/", 1)[-1], a.reason) for a in skipped] == [
        ("manifest.csv", "manifest: metadata for 3 files")
    ]
    assert all(a.outlet and a.published for a in report.articles if a.status == "checked")
    by_kind = {f.kind: f for f in flagged(report)}
    venue = by_kind["venue_conflict"]
    by_id = {c.id: c for c in report.claims}
    denied = {by_id[i].value for i in venue.claims if by_id[i].negated}
    assert denied == {"cairo"} and "doha" in values(report, venue)
    falls = by_kind["contradiction"]
    # 27,019 then 27,238, then 26,900: a fall from 27,238 (the 27,019 was the toll rising to it)
    assert values(report, falls) == {27238.0, 26900.0}
    assert "cannot fall" in falls.message


def test_a_later_week_of_the_war_keeps_sides_sources_and_meetings_apart() -> None:
    report = check([FIXTURES / "later_week"])
    kinds = {(f.kind, f.metric, f.subject) for f in flagged(report)}
    assert kinds == {
        ("evolving_tally", "killed", "civilians"),  # the UN's toll: 474 on Mar 7, then 549
        ("evolving_tally", "killed", "children"),  # a part of it is its own count
        ("evolving_tally", "military_facilities", "ukrainian_military"),
    }
    # the foreign ministers' meeting, named with and without the ministers' names, is one event
    meeting = [f for f in report.findings if f.event == "meeting/foreign ministers"]
    assert {f.kind for f in meeting} == {"agreement"}
    assert any("Antalya" in f.message for f in meeting)


def test_typhoon_rival_national_counts_meet_and_town_tolls_stay_apart() -> None:
    report = check([FIXTURES / "typhoon"])
    by_kind = {(f.kind, f.subject): f for f in flagged(report) if f.message.startswith("killed")}
    # the police's 126 and the disaster council's 81, the same day: two counts at odds, though the
    # council's names no place
    rival = by_kind[("contradiction", "in:philippines")]
    assert values(report, rival) == {126.0, 81.0} and "do not agree" in rival.message
    # the toll rose from 46 to 85 before; a town's 14 and 11 are parts, in no national series
    rising = by_kind[("evolving_tally", "in:philippines")]
    assert {46.0, 85.0} <= values(report, rising)
    for finding in flagged(report):
        assert not values(report, finding) & {14.0, 11.0}
    towns = {c.subject for c in report.claims if c.metric == "killed" and c.value in (14.0, 11.0)}
    assert {"in:naga", "in:talisay"} <= towns
    # "6,300 evacuation centres" count shelters, not people evacuated
    assert not [c for c in report.claims if c.value == 6300.0]


def test_istanbul_talks_second_round_venue_and_a_sides_aircraft() -> None:
    report = check([FIXTURES / "istanbul_talks"])
    by_id = {c.id: c for c in report.claims}
    # "the talks would take place at Ciragan Palace, the same venue as the first round", in an article
    # whose dated plan is the second round's day: the second round's venue, against Dolmabahce
    venue = next(f for f in flagged(report) if f.kind == "venue_conflict")
    assert venue.event == "talks/round-2"
    assert {by_id[i].value for i in venue.claims} == {"ciragan_palace", "dolmabahce_palace"}
    # the first round stays in Istanbul, with no conflict of its own
    assert not [f for f in flagged(report) if f.event == "talks/round-1"]
    # "41 Russian aircraft": Russia's; "at four airbases deep inside Russia", not in Istanbul
    aircraft = [c for c in report.claims if c.metric == "aircraft" and c.value == 41.0]
    assert [c.subject for c in aircraft] == ["russian_military"]
    assert [c.subject for c in report.claims if c.metric == "airfields"] == ["in:russia"]
