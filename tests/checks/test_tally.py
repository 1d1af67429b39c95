"""The tally check on hand-made claims: intervals over time, subjects, claimants, derived sums."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from discrep.checks import tally
from discrep.checks.base import CheckContext
from discrep.extract.tally_figures import VAGUE_COUNT
from discrep.model import Claim
from discrep.ruleset import load_rules

RULES = load_rules()
CTX = CheckContext(RULES)


def q(
    value,
    *,
    day,
    metric="killed",
    subject="russian_military",
    claimant="russian_mod",
    path="a.md",
    qualifier="exact",
    low=None,
    high=None,
    period="cumulative",
    negated=False,
):
    return Claim(
        path=path,
        line=1,
        column=1,
        quote=f"{value} {metric}",
        kind="quantity",
        metric=metric,
        value=float(value),
        subject=subject,
        low=low if low is not None else (None if qualifier != "exact" else float(value)),
        high=high if high is not None else (None if qualifier != "exact" else float(value)),
        qualifier=qualifier,
        as_of=dt.date(2022, 3, day),
        period=period,
        claimant=claimant,
        outlet=path,
        negated=negated,
    )


def kinds(findings):
    return sorted((f.kind, f.severity) for f in findings)


def test_running_tally_of_one_claimant_is_evolving_not_contradiction():
    claims = [
        q(1114, day=1, metric="military_facilities", path="a"),
        q(1325, day=2, metric="military_facilities", path="b"),
        q(1502, day=3, metric="military_facilities", path="c"),
    ]
    findings = tally.check(claims, CTX)
    assert kinds(findings) == [("evolving_tally", "warning")]
    assert set(findings[0].claims) == {c.id for c in claims}
    assert "1,114" in findings[0].message and "1,502" in findings[0].message


def test_cumulative_count_cannot_fall_whoever_said_it():
    earlier = q(
        5000, day=1, qualifier="at_least", low=5000, metric="casualties", claimant="various_sources", path="a"
    )
    later = q(2098, day=3, metric="casualties", path="b")
    findings = tally.check([earlier, later], CTX)
    assert kinds(findings) == [("contradiction", "error")]
    assert "cannot fall" in findings[0].message


def test_killed_plus_wounded_make_casualties_and_contradict_an_earlier_floor():
    floor = q(
        5000, day=1, qualifier="at_least", low=5000, metric="casualties", claimant="various_sources", path="a"
    )
    killed = q(498, day=3, path="b")
    wounded = q(1600, day=3, metric="wounded", path="b")
    findings = [f for f in tally.check([floor, killed, wounded], CTX) if f.kind == "contradiction"]
    assert len(findings) == 1
    # the finding names the claims the sum came from, never a synthetic one
    assert set(findings[0].claims) == {floor.id, killed.id, wounded.id}
    assert "2,098" in findings[0].message


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # 6,806 after 106,310: one country's cases after a continent's, or a week's after a year's
        (6806, []),
        # 45,000 after 106,310: a fall of one count
        (45000, [("contradiction", "error")]),
    ],
)
def test_a_figure_many_times_below_counts_something_else(later, expected):
    claims = [q(106310, day=1, metric="cases", path="a"), q(later, day=5, metric="cases", path="b")]
    assert [k for k in kinds(tally.check(claims, CTX)) if k[0] != "agreement"] == expected
    # on one day, too
    same = [q(34297, day=1, metric="cases", path="a", claimant="un"), q(16, day=1, metric="cases", path="b")]
    assert kinds(tally.check(same, CTX)) == []


def test_sums_are_never_held_only_to_other_sums():
    # 157 killed + 202 wounded, then 157 + 197: the wounded's own group tells the fall, once
    claims = [
        q(157, day=1, path="a"),
        q(202, day=1, metric="wounded", path="a"),
        q(157, day=2, path="b"),
        q(197, day=2, metric="wounded", path="b"),
    ]
    findings = tally.check(claims, CTX)
    assert [(f.metric, f.kind) for f in findings if f.kind != "agreement"] == [("wounded", "contradiction")]


def test_parts_from_different_articles_are_not_summed():
    floor = q(
        5000, day=1, qualifier="at_least", low=5000, metric="casualties", claimant="various_sources", path="a"
    )
    findings = tally.check([floor, q(498, day=3, path="b"), q(1600, day=3, metric="wounded", path="c")], CTX)
    assert not [f for f in findings if f.kind == "contradiction"]


def test_different_subjects_never_meet():
    findings = tally.check(
        [q(498, day=2, path="a"), q(2870, day=2, subject="ukrainian_military", path="b")], CTX
    )
    assert findings == []


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        # a count that can only grow may have grown in the day: no named source against another, so
        # no contradiction, but a rise within the day the reader is told of
        ("killed", [("evolving_tally", "warning")]),
        # a count that goes up and down has one value a day
        ("missing", [("contradiction", "error")]),
    ],
)
def test_unattributed_figures_of_one_day_differ_by_the_hour_only_for_running_counts(metric, expected):
    claims = [
        q(3000, day=7, metric=metric, subject="people", claimant=None, path="a"),
        q(7200, day=7, metric=metric, subject="people", claimant=None, path="b"),
    ]
    assert kinds(tally.check(claims, CTX)) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # a county the rules do not know is a part of the area: a count with no place is not its
        ("in:charlotte county", []),
        # a place the rules know, the only one of its metric, is where the unplaced count is from
        ("in:turkey", [("contradiction", "error")]),
    ],
)
def test_a_count_with_no_place_takes_only_a_place_the_rules_know(place, expected):
    claims = [
        q(24, day=3, subject=place, claimant="sheriff", path="a"),
        q(12, day=4, subject=None, claimant="state", path="b"),
    ]
    assert kinds(tally.check(claims, CTX)) == expected


@pytest.mark.parametrize(("note", "expected"), [(VAGUE_COUNT, []), (None, [("contradiction", "error")])])
def test_a_vague_count_is_listed_but_never_compared(note, expected):
    # "thousands of buildings collapsed" beside "as many as 1,500 buildings", from two named sources
    thousands = replace(q(2000, day=7, qualifier="at_least", low=2000, path="a", claimant="afad"), note=note)
    at_most = q(1500, day=7, qualifier="at_most", high=1500, path="b", claimant="un")
    assert kinds(tally.check([thousands, at_most], CTX)) == expected


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        # a round figure is a rounded one: "10,000 missing" meets "10,100 missing"
        (10000, [("agreement", "info")]),
        # a figure given to the unit is held to it
        (10050, [("contradiction", "error")]),
    ],
)
def test_a_round_figure_is_read_as_rounded(figure, expected):
    claims = [
        q(figure, day=14, metric="missing", subject="people", claimant="ifrc", path="a"),
        q(10100, day=14, metric="missing", subject="people", claimant="red crescent", path="b"),
    ]
    assert kinds(tally.check(claims, CTX)) == expected


def test_same_day_disjoint_figures_contradict():
    findings = tally.check([q(498, day=2, path="a"), q(600, day=2, path="b", claimant="un")], CTX)
    assert kinds(findings) == [("contradiction", "error")]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # one article updating its own count in a day (a live blog, "up from five earlier")
        (dict(path="a.md", claimant="sheriff"), []),
        (dict(path="a.md", claimant=None), []),
        # one source named two ways in one article ("the county sheriff", "Sheriff Robert Luna")
        (dict(path="a.md", claimant="county sheriff"), []),
        # two sources named, in one article or in two, disagree
        (dict(path="a.md", claimant="un"), [("contradiction", "error")]),
        (dict(path="b", claimant="un"), [("contradiction", "error")]),
        # two outlets quoting one source with different figures for the day disagree
        (dict(path="b", claimant="sheriff"), [("contradiction", "error")]),
        # an unattributed count in another article: the running count at another hour of the day,
        # told as a rise within the day
        (dict(path="b", claimant=None), [("evolving_tally", "warning")]),
    ],
)
def test_one_articles_updates_within_a_day_are_not_a_contradiction(second, expected):
    claims = [q(5, day=9, claimant="sheriff", subject="people"), q(10, day=9, subject="people", **second)]
    assert kinds(tally.check(claims, CTX)) == expected


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (
            dict(value=3500, qualifier="approx"),
            [("agreement", "info")],
        ),  # around 3,500 meets 3,700 within 10%
        (dict(value=3000, qualifier="approx"), [("contradiction", "error")]),
        (dict(value=3000, qualifier="range", low=3000, high=4000), [("agreement", "info")]),
        (dict(value=4100, qualifier="at_least", low=4100), [("contradiction", "error")]),
        (dict(value=4000, qualifier="at_least", low=4000), [("agreement", "info")]),
        (dict(value=4000, qualifier="at_most", high=4000), [("agreement", "info")]),
    ],
)
def test_intervals_on_the_same_day(other, expected):
    base = q(3700, day=2, qualifier="approx", low=3700, high=3700, path="a")
    value = other.pop("value")
    assert kinds(tally.check([base, q(value, day=2, path="b", claimant="un", **other)], CTX)) == expected


def test_daily_figures_are_not_compared_with_running_totals():
    findings = tally.check([q(5000, day=1, path="a"), q(40, day=2, path="b", period="daily")], CTX)
    assert findings == []


def test_denied_figures_are_not_compared():
    assert tally.check([q(498, day=2, path="a"), q(600, day=2, path="b", negated=True)], CTX) == []


def test_figure_without_subject_joins_the_metric_only_subject():
    claims = [
        q(314, day=1, metric="tanks_and_armoured_vehicles", subject=None, path="a"),
        q(395, day=2, metric="tanks_and_armoured_vehicles", subject="ukrainian_military", path="b"),
    ]
    assert kinds(tally.check(claims, CTX)) == [("evolving_tally", "warning")]


@pytest.mark.parametrize(
    ("other_subject", "expected"),
    [
        # "the death toll rose to 23", then "14 people died": no side named anywhere, one count
        (None, [("contradiction", "error")]),
        # a side is named for the metric elsewhere: an unnamed toll may be anyone's
        ("russian_military", []),
        # the children among the dead are a part of the people (rules: part_of), not a side
        ("children", [("contradiction", "error")]),
    ],
)
def test_a_toll_with_no_subject_is_of_people_when_no_side_is_named(other_subject, expected):
    claims = [
        q(23, day=1, subject=None, claimant=None, path="a"),
        q(14, day=2, subject="people", claimant=None, path="b"),
    ]
    if other_subject:
        claims.append(q(400, day=2, subject=other_subject, path="c"))
    assert kinds(tally.check(claims, CTX)) == expected


@pytest.mark.parametrize(
    ("beside_the_region", "expected"),
    [
        # no larger toll in the article that names the region: the corpus's toll is the region's,
        # and a later, lower unplaced toll falls below it
        (None, [("contradiction", "error")]),
        # that article also gives a larger, nationwide toll: the region is a part of what it counts,
        # and an unplaced toll from another article is not the region's
        (902, []),
        # a smaller figure beside it is no whole the region could be a part of
        (40, [("contradiction", "error")]),
    ],
)
def test_a_toll_takes_the_only_place_unless_that_place_is_one_articles_breakdown(beside_the_region, expected):
    claims = [
        q(285, day=19, subject="in:donetsk", claimant="un", path="a"),
        q(250, day=21, subject=None, claimant=None, path="b"),
    ]
    if beside_the_region:
        claims.append(q(beside_the_region, day=19, subject="civilians", claimant="un", path="a"))
    assert kinds(tally.check(claims, CTX)) == expected


def test_one_sentence_s_two_figures_of_a_metric_are_two_things_it_covers():
    # "the authorities reported 3,100 houses destroyed and 2,400 damaged, the agency said"
    claims = [
        replace(q(3100, day=9, metric="buildings", subject=None, claimant="the authorities"), line=4),
        replace(q(2400, day=9, metric="buildings", subject=None, claimant="Relief Agency"), line=4),
    ]
    assert kinds(tally.check(claims, CTX)) == []
    # two named sources set side by side in one sentence still disagree
    claims[0] = replace(claims[0], claimant="Red Crescent")
    assert kinds(tally.check(claims, CTX)) == [("contradiction", "error")]


def test_an_unplaced_count_below_the_article_s_placed_one_is_its_part():
    # "the country's toll reached 1,400 ... in the south, where 610 people were killed": the 610 is
    # a province's (its name unknown to the rules), not a fall of the country's toll
    claims = [
        q(900, day=2, subject="in:ukraine", claimant=None, path="a"),
        q(1400, day=9, subject="in:ukraine", claimant=None, path="b"),
        q(610, day=9, subject="people", claimant=None, path="b"),
    ]
    assert kinds(tally.check(claims, CTX)) == [("evolving_tally", "warning")]


def test_a_day_s_new_count_in_a_place_makes_it_no_breakdown():
    # "31 new deaths in Freedonia" beside the article's unplaced toll of 1,200: the day's count is no
    # part the toll is split into, so the unplaced tolls are still the country's and rise with it
    claims = [
        q(600, day=2, subject="in:ukraine", claimant=None, path="a"),
        q(31, day=9, subject="in:ukraine", claimant=None, path="b", period="daily"),
        q(1200, day=9, subject=None, claimant=None, path="b"),
        q(1400, day=12, subject="in:ukraine", claimant=None, path="c"),
    ]
    groups = {f.subject for f in tally.check(claims, CTX) if f.kind == "evolving_tally"}
    assert groups == {"in:ukraine"}


def test_an_undated_larger_figure_makes_no_place_a_breakdown():
    # the article's larger figure is a projection (no day: never compared), so the country is still
    # the whole the unplaced tolls of other articles count: they rise with it as one tally
    claims = [
        q(1305, day=9, subject="in:ukraine", claimant=None, path="a"),
        q(2122, day=11, subject=None, claimant=None, path="b"),
        q(2100, day=11, subject="in:ukraine", claimant=None, path="c", qualifier="at_least"),
        replace(q(3000, day=11, subject=None, claimant=None, path="c"), as_of=None),
        q(2960, day=13, subject=None, claimant=None, path="d"),
    ]
    groups = {f.subject for f in tally.check(claims, CTX) if f.kind == "evolving_tally"}
    assert groups == {"in:ukraine"}


def test_a_lesser_floor_is_no_step_of_a_tally_rising_across_sources():
    claims = [
        q(136, day=14, subject=None, claimant=None, path="a", qualifier="at_least", low=136),
        q(85, day=15, subject=None, claimant=None, path="b", qualifier="at_least", low=85),
        q(326, day=16, subject=None, claimant=None, path="c"),
    ]
    (rising,) = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    assert "at least 136 (Mar 14) → 326 (Mar 16)" in rising.message
    assert len(rising.claims) == 2


def test_tolerance_comes_from_the_rule(tmp_path):
    (tmp_path / "strict.yaml").write_text("checks:\n  tally:\n    approx_tolerance: 0.01\n", encoding="utf-8")
    strict = CheckContext(load_rules([tmp_path]))
    claims = [
        q(3700, day=2, qualifier="approx", path="a"),
        q(3500, day=2, qualifier="approx", path="b", claimant="un"),
    ]
    assert kinds(tally.check(claims, CTX)) == [("agreement", "info")]
    assert kinds(tally.check(claims, strict)) == [("contradiction", "error")]


def test_finding_ids_are_stable_and_order_free():
    claims = [q(1114, day=1, path="a"), q(1325, day=2, path="b")]
    assert [f.id for f in tally.check(claims, CTX)] == [
        f.id for f in tally.check(list(reversed(claims)), CTX)
    ]


def test_an_incidents_toll_is_never_compared_with_the_events_total():
    total = q(498, day=2, subject="civilians", path="a")
    strike = Claim(
        **{
            **{
                f: getattr(q(5, day=2, subject="civilians", path="b"), f)
                for f in (
                    "path",
                    "line",
                    "column",
                    "quote",
                    "kind",
                    "metric",
                    "value",
                    "subject",
                    "low",
                    "high",
                    "qualifier",
                    "as_of",
                    "period",
                    "claimant",
                    "outlet",
                )
            },
            "event": "incident",
        }
    )
    assert tally.check([total, strike], CTX) == []


def test_counts_of_things_with_no_owner_are_compared_only_within_one_claimant():
    # Kyiv's count of Russian tanks lost and Moscow's count of Ukrainian tanks destroyed name no owner
    kyiv = q(
        285, day=2, metric="tanks_and_armoured_vehicles", subject=None, claimant="ukrainian_general_staff"
    )
    moscow = q(395, day=1, metric="tanks_and_armoured_vehicles", subject=None, path="b")
    assert tally.check([kyiv, moscow], CTX) == []
    later = q(420, day=3, metric="tanks_and_armoured_vehicles", subject=None, path="c")
    assert kinds(tally.check([kyiv, moscow, later], CTX)) == [("evolving_tally", "warning")]


@pytest.mark.parametrize(
    ("named_by", "expected"),
    [
        # Kyiv names the owner of the tanks it counts ("Russia has lost 285 tanks"): not Moscow's
        ("ukrainian_general_staff", []),
        # Moscow itself names whose tanks it counts elsewhere: its unowned count is theirs too
        ("russian_mod", [("evolving_tally", "warning")]),
    ],
)
def test_an_unowned_count_of_a_sides_things_takes_an_owner_only_its_own_side_names(named_by, expected):
    subject = "russian_military" if named_by == "ukrainian_general_staff" else "ukrainian_military"
    named = q(285, day=2, metric="tanks", subject=subject, claimant=named_by, path="a")
    moscow = q(395, day=3, metric="tanks", subject=None, path="b")
    assert kinds(tally.check([named, moscow], CTX)) == expected


def test_each_sides_unowned_counts_take_the_owner_its_own_sources_name():
    claims = [
        q(
            285,
            day=2,
            metric="tanks",
            subject="russian_military",
            claimant="ukrainian_general_staff",
            path="a",
        ),
        q(300, day=1, metric="tanks", subject="ukrainian_military", path="b"),
        q(395, day=3, metric="tanks", subject=None, path="c"),  # Moscow's: Ukraine's tanks
        q(290, day=4, metric="tanks", subject=None, claimant="ukrainian_general_staff", path="d"),  # Russia's
    ]
    findings = tally.check(claims, CTX)
    assert sorted((f.kind, f.subject) for f in findings) == [
        ("evolving_tally", "russian_military"),
        ("evolving_tally", "ukrainian_military"),
    ]


def test_things_of_no_side_are_compared_across_claimants():
    # buildings belong to no side (rules: owned: false): the sheriff's and the fire agency's counts meet
    sheriff = q(1000, day=1, metric="buildings", subject=None, claimant="sheriff", path="a")
    agency = q(10000, day=3, metric="buildings", subject=None, claimant="fire agency", path="b")
    assert kinds(tally.check([sheriff, agency], CTX)) == [("evolving_tally", "warning")]


@pytest.mark.parametrize(
    ("incident", "expected"),
    [
        # "a massive explosion killed 78" (day 1), then "the toll rose to 92": the first report of
        # the corpus's own event joins its running total
        ((78, 1, "incident"), [("evolving_tally", "warning")]),
        # told "in a separate incident", or after the first total, or above it: another incident
        ((78, 1, "separate incident"), []),
        ((78, 3, "incident"), []),
        ((95, 1, "incident"), []),
    ],
)
def test_an_incidents_toll_may_be_the_first_report_of_the_corpus_event(incident, expected):
    value, day, event = incident
    first = replace(q(value, day=day, subject="people", claimant="governor", path="a"), event=event)
    total = q(92, day=2, subject=None, claimant="governor", path="b")
    assert kinds(tally.check([first, total], CTX)) == expected


def test_an_evolving_tally_shows_each_days_highest_figure():
    claims = [
        q(5, day=9, path="a.md", claimant="police", subject="people"),
        q(10, day=9, path="a.md", claimant="police", subject="people"),
        q(11, day=10, path="b.md", claimant="police", subject="people"),
        q(16, day=11, path="c.md", claimant="police", subject="people"),
    ]
    (finding,) = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    assert "10 (Mar 9) → 11 (Mar 10) → 16 (Mar 11)" in finding.message


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # within the range said before: no rise, and no disagreement either
        (11, []),
        (18, [("evolving_tally", "warning")]),
    ],
)
def test_a_range_rises_only_past_its_top(later, expected):
    claims = [
        q(10, day=1, metric="rescued", subject="people", qualifier="range", low=10, high=15, path="a"),
        q(later, day=2, metric="rescued", subject="people", path="b"),
    ]
    assert kinds(tally.check(claims, CTX)) == expected


def test_the_figures_a_later_one_fell_below_still_rose():
    # 8 (day 1) and 15 (day 2) from two sources, then 14 (day 3): a fall, and a running tally before it
    claims = [
        q(8, day=1, subject="people", claimant="emergency services", path="a"),
        q(15, day=2, subject="people", claimant="regional government", path="b"),
        q(14, day=3, subject="people", claimant="rail operator", path="c"),
    ]
    found = {f.kind: f for f in tally.check(claims, CTX)}
    assert sorted(found) == ["contradiction", "evolving_tally"]
    assert "8 (Mar 1) → 15 (Mar 2)" in found["evolving_tally"].message


@pytest.mark.parametrize(
    ("figures", "steps"),
    [
        ([(23, 1), (17, 2), (55, 3)], "23 (Mar 1) → 55 (Mar 3)"),  # its own fall is left out of its rise
        ([(23, 1), (17, 1), (55, 3)], "23 (Mar 1) → 55 (Mar 3)"),  # a day shows its highest figure
        ([(10, 1), (12, 2), (11, 3), (30, 4)], "10 (Mar 1) → 12 (Mar 2) → 30 (Mar 4)"),
    ],
)
def test_a_sources_running_tally_never_shows_its_own_fall_as_a_step(figures, steps):
    claims = [
        q(v, day=d, subject="people", claimant="health ministry", path=f"a{i}")
        for i, (v, d) in enumerate(figures)
    ]
    (finding,) = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    assert f"running tally rises {steps};" in finding.message


def test_toll_in_both_countries_takes_the_pair_the_corpus_counts_together():
    from discrep.checks.tally_groups import tally_groups

    claims = [
        q(8000, day=2, subject="in:iraq+syria", claimant=None, path="a"),
        q(9500, day=3, subject="in:both", claimant=None, path="b"),
        q(6000, day=3, subject="in:iraq", claimant=None, path="b"),
    ]
    groups = tally_groups(claims, CTX)
    assert sorted(c.value for c in groups[("killed", "in:iraq+syria", False, None)]) == [8000, 9500]


def test_a_part_of_a_place_is_never_the_metric_whole():
    from discrep.checks.tally_groups import tally_groups

    # the only other subject is a part of Iraq: a count with no place stays unplaced
    claims = [
        q(700, day=2, subject="in:iraq/south", claimant=None, path="a"),
        q(2500, day=3, subject=None, claimant=None, path="b"),
    ]
    groups = tally_groups(claims, CTX)
    assert ("killed", None, False, None) in groups
    assert ("killed", "in:iraq/south", False, None) in groups


def test_a_count_with_no_place_is_the_places_together_when_the_corpus_sums_them():
    from discrep.checks.tally_groups import tally_groups

    claims = [
        q(3000, day=2, subject="in:iraq", claimant=None, path="a"),
        q(1000, day=2, subject="in:syria", claimant=None, path="a"),
        q(4000, day=2, subject="in:iraq+syria", claimant=None, path="a"),
        q(5200, day=3, subject=None, claimant=None, path="b"),
    ]
    groups = tally_groups(claims, CTX)
    assert sorted(c.value for c in groups[("killed", "in:iraq+syria", False, None)]) == [4000, 5200]


def test_a_toll_with_no_subject_is_of_people_beside_parts_in_places_the_rules_do_not_know():
    from discrep.checks.tally_groups import tally_groups

    claims = [
        q(900, day=2, subject="people", claimant=None, path="a"),
        q(300, day=2, subject="in:sindh province", claimant=None, path="a"),
        q(1100, day=3, subject=None, claimant=None, path="b"),
    ]
    groups = tally_groups(claims, CTX)
    assert sorted(c.value for c in groups[("killed", "people", False, None)]) == [900, 1100]
    assert [c.value for c in groups[("killed", "in:sindh province", False, None)]] == [300]


def test_a_count_with_no_subject_is_of_civilians_where_the_metric_counts_only_them():
    from discrep.checks.tally_groups import tally_groups

    claims = [
        q(500, day=1, subject="civilians", claimant=None, path="a"),
        q(1400, day=19, subject=None, claimant=None, path="b"),
        q(30, day=19, subject="children", claimant=None, path="b"),
    ]
    groups = tally_groups(claims, CTX)
    assert sorted(c.value for c in groups[("killed", "civilians", False, None)]) == [500, 1400]


def test_a_count_with_no_place_is_the_main_place_s_when_one_place_counts_ten_times_the_others():
    from discrep.checks.tally_groups import tally_groups

    claims = [
        q(30000, day=2, subject="in:gaza", claimant=None, path="a"),
        q(3, day=2, subject="in:lebanon", claimant=None, path="a"),
        q(28000, day=1, subject=None, claimant=None, path="b"),
        q(2, day=2, subject=None, claimant=None, path="c"),  # not above the other place's figures
    ]
    groups = tally_groups(claims, CTX)
    assert sorted(c.value for c in groups[("killed", "in:gaza", False, None)]) == [28000, 30000]
    assert [c.value for c in groups[("killed", None, False, None)]] == [2]


def test_a_count_with_no_place_above_the_main_place_s_own_figures_is_no_count_of_it():
    from discrep.checks.tally_groups import tally_groups

    # "50,000 dead" beside Turkey's 45,000 and Syria's 4,000 is the sum, not Turkey's
    claims = [
        q(45000, day=2, subject="in:turkey", claimant=None, path="a"),
        q(4000, day=2, subject="in:syria", claimant=None, path="a"),
        q(50000, day=2, subject=None, claimant=None, path="b"),
    ]
    groups = tally_groups(claims, CTX)
    assert [c.value for c in groups[("killed", None, False, None)]] == [50000]


@pytest.mark.parametrize(
    ("day_one", "later", "contradiction"),
    [
        # two articles' figures of one fast day, both overtaken the next day: the toll by the hour
        ([(26, "police", "a"), (31, "Mr Sagar", "b")], 42, False),
        ([(26, "police", "a"), (31, "Mr Sagar", "b")], 28, True),  # the next day is below one of them
        ([(26, "police", "a"), (31, "Mr Sagar", "b")], None, True),  # nothing came after
        (
            [(6000, "the ambassador", "a"), (11300, "Red Crescent", "a")],
            11300,
            True,
        ),  # at odds in one article
    ],
)
def test_a_fast_days_figures_that_later_days_overtake_are_its_hours(day_one, later, contradiction):
    claims = [q(v, day=1, subject="people", claimant=who, path=path) for v, who, path in day_one]
    if later is not None:
        claims.append(q(later, day=2, subject="people", claimant="ministry", path="c"))
    found = [f for f in tally.check(claims, CTX) if f.kind == "contradiction"]
    assert bool(found) is contradiction


@pytest.mark.parametrize(
    ("subject", "label"),
    [
        ("in:ukraine", "in Ukraine"),  # a place of the rules: its label
        ("in:charlotte county", "in Charlotte County"),  # one they do not know: capitalised
        ("in:syria+turkey", "in Syria and Turkey"),  # a combined toll: each place
        ("in:syria/northwest", "in Syria (northwest)"),  # a part of a place
        ("in:area/hatay", "in Hatay"),
        ("in:area/the province/children", "children in the province"),
        ("nationals/egypt", "foreign nationals of Egypt"),
        ("outside:china", "outside China"),  # everywhere but a place
        ("russian_military", "Russian military"),
        (None, "unspecified"),
    ],
)
def test_subjects_are_labelled_as_a_reader_writes_them(subject, label):
    assert CTX.subject_label(subject) == label


def test_a_rise_across_sources_stops_at_the_day_the_count_fell():
    # the toll climbs through the day of a crash, then is revised down once double counts go
    claims = [
        q(233, day=3, subject=None, claimant=None, path="a"),
        q(288, day=4, subject=None, claimant=None, path="b"),
        q(294, day=5, subject=None, claimant=None, path="c"),
        q(275, day=5, subject=None, claimant=None, path="d"),
    ]
    findings = tally.check(claims, CTX)
    (rising,) = [f for f in findings if f.kind == "evolving_tally"]
    assert "233 (Mar 3) → 288 (Mar 4)" in rising.message and "294" not in rising.message
    assert any(f.kind == "contradiction" for f in findings)


def test_a_moving_count_falling_over_days_is_one_count_as_it_moves():
    # rules: missing is not cumulative and moves as one count, as people are found
    claims = [
        q(850, day=10, metric="missing", subject=None, claimant=None, path="a"),
        q(66, day=11, metric="missing", subject=None, claimant=None, path="b"),
        q(31, day=12, metric="missing", subject=None, claimant=None, path="c"),
    ]
    (moving,) = tally.check(claims, CTX)
    assert moving.kind == "evolving_tally"
    assert "falls 850 (Mar 10) → 66 (Mar 11) → 31 (Mar 12)" in moving.message


def test_a_count_told_anew_each_time_is_no_moving_tally():
    # a crowd's size is not cumulative, and not one count that moves: figures of other days stand alone
    claims = [
        q(250_000, day=9, metric="participants", subject=None, claimant=None, path="a"),
        q(40_000, day=10, metric="participants", subject=None, claimant=None, path="b"),
    ]
    assert [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"] == []


def test_a_body_s_shortened_names_are_its_short_name():
    from discrep.checks.same_day import sources

    names = ["Flood Relief Directorate", "relief directorate", "NFRD", "health ministry", "WHO"]
    found = sources(names)
    assert found["Flood Relief Directorate"] == found["relief directorate"] == "NFRD"
    assert found["health ministry"] == "health ministry"  # "HM" ends no short name


def test_a_running_tally_takes_the_figure_its_source_gave_under_a_shortened_name():
    # "the flood directorate said 300 had died" nine days before the NFRD's own 700 and 900
    claims = [
        q(300, day=1, subject="people", claimant="relief directorate", path="a"),
        q(700, day=10, subject="people", claimant="NFRD", path="b"),
        q(900, day=12, subject="people", claimant="NFRD", path="c"),
    ]
    (evolving,) = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    assert len(evolving.claims) == 3


def test_an_unplaced_count_takes_the_one_place_given_the_same_figure():
    # "the toll has risen to 326, the president said" beside "the toll in Ukraine rose to 326"
    claims = [
        q(190, day=2, subject="in:ukraine", claimant="agency", path="a"),
        q(326, day=4, subject="in:ukraine", claimant="agency", path="b"),
        q(326, day=4, subject=None, claimant="president", path="c"),
        q(40, day=3, subject="in:poland", claimant=None, path="d"),
    ]
    (evolving,) = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    assert evolving.subject == "in:ukraine" and len(evolving.claims) == 3


def test_a_floor_far_below_the_article_s_placed_count_is_a_part():
    # "the toll in the country reached 225 ... the city where over 85 people have died"
    claims = [
        q(190, day=2, subject="in:ukraine", claimant=None, path="a"),
        q(225, day=3, subject="in:ukraine", claimant=None, path="b"),
        q(85, day=3, subject="people", claimant=None, path="b", qualifier="at_least", low=85),
    ]
    (evolving,) = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    assert len(evolving.claims) == 2


def test_a_figure_at_odds_with_a_stale_one_of_its_day_is_still_a_step_of_the_series():
    claims = [
        q(190, day=2, subject="people", claimant="agency", path="a"),
        q(225, day=3, subject="people", claimant="agency", path="b"),
        q(225, day=4, subject="people", claimant="wire service", path="c"),  # stale
        q(326, day=4, subject="people", claimant="president", path="d"),
    ]
    found = {f.kind: f for f in tally.check(claims, CTX)}
    assert sorted(found) == ["contradiction", "evolving_tally"]
    assert claims[3].id in found["evolving_tally"].claims


def test_bodies_recovered_are_a_floor_of_the_toll():
    # "at least 78 bodies have been recovered" on day one, then the toll rose to 81 and 82
    claims = [
        q(78, day=14, metric="bodies_recovered", subject=None, claimant=None, path="a"),
        q(81, day=19, subject=None, claimant=None, path="b"),
        q(82, day=21, subject=None, claimant=None, path="c"),
    ]
    (evolving,) = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    assert claims[0].id in evolving.claims
    assert "78 [78 bodies recovered] (Mar 14)" in evolving.message  # what the floor is, not its sentence
    # more bodies than the toll later says is a fall
    claims[0] = q(90, day=14, metric="bodies_recovered", subject=None, claimant=None, path="a")
    assert ("contradiction", "error") in kinds(tally.check(claims, CTX))


def test_things_an_article_counts_apart_below_its_total_are_its_parts():
    # "out of 30,400 damaged houses, 12,100 are fully damaged": not a fall from 21,000 days before
    claims = [
        q(21000, day=2, metric="buildings", subject=None, claimant=None, path="a"),
        q(30400, day=9, metric="buildings", subject=None, claimant=None, path="b"),
        q(12100, day=9, metric="buildings", subject=None, claimant=None, path="b"),
    ]
    assert kinds(tally.check(claims, CTX)) == [("evolving_tally", "warning")]


def test_a_series_that_runs_for_weeks_takes_figures_as_far_from_it():
    # a flood's agency counts on the 1st and the 20th; an outlet's figure on the 30th rises with it
    claims = [
        q(500, day=1, subject="people", claimant="agency", path="a"),
        q(900, day=20, subject="people", claimant="agency", path="b"),
        q(1100, day=30, subject="people", claimant=None, path="c"),
    ]
    (evolving,) = [f for f in tally.check(claims, CTX) if f.kind == "evolving_tally"]
    assert claims[2].id in evolving.claims


def test_a_toll_with_no_subject_is_the_civilians_beside_a_breakdown_by_sex():
    # "among the 1,459 injured, 22 girls and 16 boys" beside the UN's civilian injured
    claims = [
        q(525, day=1, metric="wounded", subject="civilians", claimant="un", path="a"),
        q(1459, day=19, metric="wounded", subject=None, claimant=None, path="b"),
        q(22, day=19, metric="wounded", subject="girls", claimant=None, path="b"),
        q(16, day=19, metric="wounded", subject="boys", claimant=None, path="b"),
        q(1707, day=24, metric="wounded", subject=None, claimant=None, path="c"),
    ]
    groups = {f.subject for f in tally.check(claims, CTX) if f.kind == "evolving_tally"}
    assert groups == {"civilians"}


def test_a_day_whose_figures_clash_is_still_a_step_of_a_toll_that_later_days_carry_past_it():
    rise = [
        q(300, day=1, subject=None, claimant="un", path="a"),
        q(400, day=2, subject=None, claimant="red_cross", path="b"),
        q(2000, day=2, subject=None, claimant="ministry", path="c"),
        q(2500, day=3, subject=None, claimant="province", path="d"),
    ]
    lowered = q(1000, day=5, subject=None, claimant="minister", path="e")
    findings = tally.check([*rise, lowered], CTX)
    assert kinds(findings) == [
        ("contradiction", "error"),
        ("contradiction", "error"),
        ("evolving_tally", "warning"),
    ]
    evolving = next(f for f in findings if f.kind == "evolving_tally")
    assert set(evolving.claims) == {c.id for c in rise}


def test_a_clash_on_the_last_day_is_no_step_of_a_rise():
    claims = [
        q(60, day=1, subject=None, claimant=None, path="a"),
        q(60, day=8, subject=None, claimant="navy", path="b"),
        q(400, day=8, subject=None, claimant="ministry", path="c"),
    ]
    assert kinds(tally.check(claims, CTX)) == [("contradiction", "error")]


def test_an_unplaced_count_beside_a_larger_one_in_a_city_is_not_the_citys_part():
    # "30 others are missing" beside "more than 100 missing in the Thai capital, Bangkok": the 30 are
    # the story's own count, at odds with another outlet's 139 that day
    claims = [
        q(30, day=29, metric="missing", subject=None, claimant="authorities", path="a"),
        q(100, day=29, metric="missing", subject="in:bangkok", claimant=None, path="a"),
        q(139, day=29, metric="missing", subject=None, claimant=None, path="b"),
        q(341, day=31, metric="missing", subject="in:myanmar", claimant=None, path="c"),
    ]
    findings = [f for f in tally.check(claims, CTX) if f.kind != "evolving_tally"]
    assert kinds(findings) == [("contradiction", "error")]
    assert set(findings[0].claims) == {claims[0].id, claims[2].id}


def test_one_update_told_with_different_injured_by_two_outlets_disagrees():
    # both give the same 812 dead for the day: one update, whose injured are 1,190 or 1,740
    claims = [
        q(812, day=29, subject=None, claimant=None, path="a"),
        q(1190, day=29, metric="wounded", subject=None, claimant="authorities", path="a"),
        q(812, day=29, subject=None, claimant=None, path="b"),
        q(1740, day=29, metric="wounded", subject=None, claimant=None, path="b"),
        q(2100, day=31, metric="wounded", subject=None, claimant=None, path="c"),
    ]
    findings = tally.check(claims, CTX)
    clash = [f for f in findings if f.kind == "contradiction"]
    assert [set(f.claims) for f in clash] == [{claims[1].id, claims[3].id}]


def test_without_a_shared_toll_two_outlets_figures_of_a_day_are_the_count_at_two_hours():
    claims = [
        q(400, day=29, subject=None, claimant=None, path="a"),
        q(1190, day=29, metric="wounded", subject=None, claimant="authorities", path="a"),
        q(812, day=29, subject=None, claimant=None, path="b"),
        q(1740, day=29, metric="wounded", subject=None, claimant=None, path="b"),
        q(2100, day=31, metric="wounded", subject=None, claimant=None, path="c"),
    ]
    wounded = [f for f in tally.check(claims, CTX) if f.metric == "wounded" and f.kind == "contradiction"]
    assert wounded == []
