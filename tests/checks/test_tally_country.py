"""One running toll told with no place, as "people", in the country and in its hardest-hit part."""

from __future__ import annotations

from dataclasses import replace

from discrep.checks import tally
from discrep.checks.tally_groups import tally_groups
from tests.checks.test_tally import CTX, kinds, q


def _subjects(claims):
    groups = tally_groups(claims, CTX)
    return {c.quote: key[1] for key, members in groups.items() for c in members}


def test_unplaced_and_people_counts_join_the_one_country_counted():
    # "65 killed in Japan", "the toll climbed to 90", "130 people have died": one count
    claims = [
        q(65, day=2, subject="in:japan", claimant=None, path="a"),
        q(90, day=4, subject=None, claimant=None, path="b"),
        q(130, day=6, subject="people", claimant=None, path="c"),
        q(170, day=8, subject="in:japan", claimant=None, path="d"),
    ]
    claims = [replace(c, quote=f"{c.value:g} {c.path}") for c in claims]
    subjects = _subjects(claims)
    assert subjects["90 b"] == subjects["130 c"] == "in:japan"
    assert kinds(tally.check(claims, CTX)) == [("evolving_tally", "warning")]


def test_a_smaller_count_beside_the_articles_toll_of_the_day_stays_a_part():
    # "the toll rose to 96" and "the worst-hit town confirmed 61 deaths", same article and day
    claims = [
        q(40, day=2, subject="in:japan", claimant=None, path="a"),
        replace(q(96, day=6, subject=None, claimant=None, path="b"), quote="96"),
        replace(q(61, day=6, subject=None, claimant=None, path="b"), quote="61"),
    ]
    subjects = _subjects(claims)
    assert subjects["96"] == "in:japan"
    assert subjects["61"] is None


def test_a_part_with_the_countrys_figure_of_the_day_is_the_whole():
    # "208 dead in Ishida Prefecture" (a name the rules do not know) beside "the toll rose to 208"
    claims = [
        q(40, day=2, subject="in:japan", claimant=None, path="a"),
        q(240, day=20, subject="in:japan", claimant=None, path="d"),
        replace(q(208, day=9, subject=None, claimant=None, path="b"), quote="unplaced"),
        replace(q(208, day=9, subject="in:ishida prefecture", claimant=None, path="c"), quote="part"),
        replace(q(30, day=9, subject="in:kuroda", claimant=None, path="c"), quote="town"),
    ]
    subjects = _subjects(claims)
    assert subjects["unplaced"] == subjects["part"] == "in:japan"
    assert subjects["town"] == "in:kuroda"


def test_two_countries_counted_alike_keep_an_unplaced_toll_apart():
    # "300 in Malawi", "120 in Mozambique", each in several articles: "the toll rose to 326" is
    # neither's for sure
    claims = [
        q(300, day=2, subject="in:malawi", claimant=None, path="a"),
        q(120, day=2, subject="in:mozambique", claimant=None, path="a"),
        q(310, day=3, subject="in:malawi", claimant=None, path="b"),
        q(125, day=3, subject="in:mozambique", claimant=None, path="b"),
        replace(q(326, day=4, subject="people", claimant=None, path="c"), quote="unplaced"),
    ]
    assert _subjects(claims)["unplaced"] == "people"


def test_beside_a_neighbours_few_dead_only_counts_above_them_and_the_countrys_join():
    # the country counted in three articles, a neighbour's 20 dead in one; a village's 25 dead with
    # no place is a part, the unplaced 160 the country's toll
    claims = [
        q(118, day=10, subject="in:vietnam", claimant=None, path="a"),
        q(134, day=11, subject="in:vietnam", claimant=None, path="b"),
        q(150, day=12, subject="in:vietnam", claimant=None, path="c"),
        q(20, day=12, subject="in:china", claimant=None, path="c"),
        replace(q(25, day=12, subject="people", claimant=None, path="d"), quote="village"),
        replace(q(160, day=13, subject=None, claimant=None, path="d"), quote="toll"),
    ]
    subjects = _subjects(claims)
    assert subjects["toll"] == "in:vietnam"
    assert subjects["village"] == "people"


def test_a_rounded_placed_figure_shows_no_exact_one_beside_it_to_be_a_part():
    # the headline's "188 dead" beside "nearly 190 have died in Freedonia" is the same toll
    claims = [
        replace(q(188, day=12, subject=None, claimant=None, path="a"), quote="headline"),
        replace(q(190, day=12, subject="in:vietnam", claimant=None, path="a", qualifier="approx"), quote="x"),
        q(150, day=11, subject="in:vietnam", claimant=None, path="b"),
    ]
    assert _subjects(claims)["headline"] == "in:vietnam"


def test_two_sources_series_that_are_steps_of_one_toll_are_told_once():
    # the province's 60 then 190, the agency's 150 then 205, an outlet's 230 weeks later: one
    # running tally across sources, not one finding per source
    claims = [
        q(60, day=3, subject="people", claimant="provincial officials", path="a"),
        q(150, day=8, subject="people", claimant="relief agency", path="b"),
        q(190, day=9, subject="people", claimant="provincial officials", path="c"),
        q(205, day=11, subject="people", claimant="relief agency", path="d"),
        q(230, day=30, subject="people", claimant=None, path="e"),
    ]
    findings = tally.check(claims, CTX)
    assert kinds(findings) == [("evolving_tally", "warning")]
    assert set(findings[0].claims) == {c.id for c in claims}


def test_an_unplaced_count_beside_a_neighbours_placed_one_in_its_sentence_is_the_neighbours():
    # "the storm killed 3 in Qing province of China and injured 90" beside the country's own toll
    claims = [
        q(118, day=10, subject="in:vietnam", claimant=None, path="a"),
        q(134, day=11, subject="in:vietnam", claimant=None, path="b"),
        q(150, day=12, subject="in:vietnam", claimant=None, path="c"),
        replace(q(3, day=12, subject="in:china", claimant=None, path="c"), line=7, quote="dead"),
        replace(q(90, day=12, metric="wounded", subject=None, claimant=None, path="c"), line=7, quote="hurt"),
        replace(q(700, day=12, metric="wounded", subject="in:vietnam", claimant=None, path="b"), quote="own"),
    ]
    subjects = _subjects(claims)
    assert subjects["hurt"] == "in:china"
    assert subjects["own"] == "in:vietnam"


def test_a_sum_of_unknown_places_each_told_as_a_part_is_the_whole():
    # "95 dead in Dorvik and 38 in Kesk, taking the total to 133" beside "the toll rose to 157"
    claims = [
        replace(q(95, day=2, subject="in:dorvik", claimant=None, path="a"), quote="95"),
        replace(q(38, day=2, subject="in:kesk", claimant=None, path="a"), quote="38"),
        replace(q(133, day=2, subject="in:dorvik+kesk", claimant=None, path="a"), quote="133"),
        replace(q(157, day=3, subject=None, claimant=None, path="b"), quote="157"),
        replace(q(70, day=1, subject="people", claimant=None, path="c"), quote="70"),
    ]
    subjects = _subjects(claims)
    assert subjects["133"] == subjects["157"] == subjects["70"] == "people"
    assert (subjects["95"], subjects["38"]) == ("in:dorvik", "in:kesk")
