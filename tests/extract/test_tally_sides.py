"""Whose troops a pronoun names (tally_side.py), whose figure "the figure" is, and which source
speaks for which clause. All sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.model import Article
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())


def claims_of(sentence: str) -> list[tuple[float, str | None, str | None, str | None]]:
    """(value, metric, subject, claimant) of each quantity claim of a one-sentence article."""
    article = Article(path="a.md", text=sentence, outlet="Outlet", published=dt.date(2022, 3, 29))
    quantities = [c for c in extract(article, VOCAB) if c.kind == "quantity"]
    return [(c.value, c.metric, c.subject, c.claimant) for c in quantities]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "its troops", "it has lost": the speaker's side, as the rules name its losses
        (
            "Moscow admits to 1,351 deaths among its troops.",
            [(1351, "killed", "russian_military", "Moscow")],
        ),
        (
            "Kyiv said it had lost 1,300 soldiers.",
            [(1300, "casualties", "ukrainian_military", "Kyiv")],
        ),
        # a side's body speaks for it, by its possessive or its adjective
        (
            "Russia's defence ministry said 1,351 of its servicemen had been killed.",
            [(1351, "killed", "russian_military", "russian_mod")],
        ),
        (
            "The Ukrainian General Staff said 300 of its soldiers had been killed.",
            [(300, "killed", "ukrainian_military", "ukrainian_general_staff")],
        ),
        # a speaker no side's words name leaves the troops of no side
        ("The army said 40 of its soldiers had been killed.", [(40, "killed", "military", "army")]),
        # another source's "figure" of the same side's count, after a semicolon
        (
            "Russia says it has lost 1,351 soldiers; Ukraine puts the figure at 18,000.",
            [
                (1351, "casualties", "russian_military", "Russia"),
                (18000, "casualties", "russian_military", "Ukraine"),
            ],
        ),
        # a source that opens the next clause speaks for it only
        (
            "At least 40 people were killed, while a rights group put the number at 76.",
            [(40, "killed", "people", None), (76, "killed", "people", "rights group")],
        ),
        (
            "At least 40 people were killed, while 20 were injured, the ministry said.",
            [(40, "killed", "people", "ministry"), (20, "wounded", None, "ministry")],
        ),
        # a name set off by commas before its verb is the source
        (
            "The regional governor, Andrei Vorobyov, said on Sunday that 137 people had been killed.",
            [(137, "killed", "people", "Andrei Vorobyov")],
        ),
        # a side's adjective names whose things they are, as the rules name its soldiers
        ("Drones destroyed 41 Russian aircraft.", [(41, "aircraft", "russian_military", None)]),
        ("Moscow said it downed 95 Ukrainian drones.", [(95, "drones", "ukrainian_military", "Moscow")]),
        ("The army destroyed 40 Israeli tanks.", [(40, "tanks", None, None)]),  # no side the rules name
        # whose losses a statement lists; a part of a side's things is that side's
        (
            "The ministry said Ukrainian losses amounted to 261 aircraft and 4,580 tanks.",
            [
                (261, "aircraft", "ukrainian_military", "ministry"),
                (4580, "tanks", "ukrainian_military", "ministry"),
            ],
        ),
        (
            "Moscow said it had destroyed 2,396 Ukrainian military facilities, including 76 aircraft.",
            [
                (2396, "military_facilities", "ukrainian_military", "Moscow"),
                (76, "aircraft", "ukrainian_military", "Moscow"),
            ],
        ),
        # a clause that describes a source stands between it and its verb
        (
            "The NDRRMC, which counts only deaths it has verified, put the toll at 81.",
            [(81, "killed", None, "NDRRMC")],
        ),
        # towns of the war the rules place: each named in a list is a place of the toll
        (
            "At least 40 died in Kyiv, Kharkiv and Sumy, officials said.",
            [(40, "killed", "in:kharkiv+kyiv+sumy", "officials")],
        ),
        # a body's initials name it in capitals only; a revision names its source
        ("The WHO said 1,294 people had died.", [(1294, "killed", "people", "who")]),
        (
            "Arakhamia, who heads the faction, said 40 people had died.",
            [(40, "killed", "people", "arakhamia")],
        ),
        (
            "The Taliban government on Wednesday lowered the death toll to about 1,000 from 2,053.",
            [(1000, "killed", None, "Taliban government")],
        ),
    ],
)
def test_sides_and_sources(sentence: str, expected: list[tuple[float, str, str | None, str | None]]) -> None:
    assert claims_of(sentence) == expected
