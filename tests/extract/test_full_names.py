"""A source named by surname alone is the one the article names in full; a place is no source."""

from __future__ import annotations

from discrep.extract.attribution import _unknown_sources
from discrep.extract.source_names import a_place, full_names
from tests.checks.test_tally import q


def test_a_surname_takes_the_full_name_the_article_gives():
    claims = [
        q(10, day=1, claimant="Harriet Olsen"),
        q(12, day=1, claimant="Olsen"),
        q(9, day=1, claimant="UN"),
    ]
    assert [c.claimant for c in full_names(claims)] == ["Harriet Olsen", "Harriet Olsen", "UN"]


def test_a_surname_two_full_names_end_in_stays_as_written():
    claims = [
        q(10, day=1, claimant="Ann Olsen"),
        q(11, day=1, claimant="Per Olsen"),
        q(12, day=1, claimant="Olsen"),
    ]
    assert [c.claimant for c in full_names(claims)][-1] == "Olsen"


def test_a_place_that_reports_a_count_is_no_source():
    for sentence, place in [
        ("The worst-hit coastal town of Tarvo confirmed 61 deaths.", True),
        ("The hill region of Belmar reported 19 deaths.", True),
        ("Oceania has reported 3,100 suspected cases.", True),
        ("Belmar Relief reported 29 deaths.", False),
    ]:
        found = next(_unknown_sources(sentence))
        assert a_place(sentence, found) is place, sentence
