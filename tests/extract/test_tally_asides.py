"""Earlier figures, guesses at a final toll, breakdowns by sex, counts of places: invented wording."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract.article import extract
from discrep.extract.tally_asides import EARLIER, EARLIER_NOTE, PROJECTED
from discrep.model import Article
from tests.extract.tally_reading import FINDER, VOCAB, figure


def found(sentence: str) -> list[tuple[float, str, str | None, str | None]]:
    return [(figure(t), t.metric, t.subject, t.aside) for t in FINDER.find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a guess at the final toll is no count: listed as a projection
        (
            "Up to 9,000 residents are believed dead, though nobody can yet say.",
            [(9000, "killed", "people", PROJECTED)],
        ),
        (
            "The governor warned that as many as 4,000 people may have lost their lives.",
            [(4000, "killed", "people", PROJECTED)],
        ),
        ("The toll is estimated to be in the hundreds along the coast.", [(200, "killed", None, PROJECTED)]),
        (
            "The mayor said that between 8,000 and 9,000 residents could have been killed.",
            [(8000, "killed", "people", PROJECTED)],
        ),
        # so is a plan
        (
            "The deal would see 42 hostages freed in the first phase.",
            [(42, "released", "hostages", PROJECTED)],
        ),
        # a deal that will see a swap: both its sides are the plan's
        (
            "The truce will see 50 hostages released in exchange for 150 Palestinian prisoners.",
            [(50, "released", "hostages", PROJECTED), (150, "released", "prisoners", PROJECTED)],
        ),
        # a remark that the count may rise makes it no guess
        (
            "At least 85 people died in the crash, the agency said, in a figure it expected to rise.",
            [(85, "killed", "people", None)],
        ),
        # a floor someone counted stays a count, "estimated" or not
        (
            "At least 2,810 people are estimated to have been hurt.",
            [(2810, "wounded", "people", None)],
        ),
        ("As many as 70 people are missing in the valley.", [(70, "missing", "people", None)]),
        # an earlier figure is listed as one
        (
            "Officials put the number of injured at 151, then raised it to 157.",
            [(151, "wounded", None, EARLIER), (157, "wounded", None, None)],
        ),
        (
            "Officials had previously put the death toll at 3,100.",
            [(3100, "killed", None, EARLIER)],
        ),
        (
            "The district spokesman had put the toll at about 70 but said it could climb.",
            [(70, "killed", None, EARLIER)],
        ),
        # ... unless the sentence gives its day: the day's earlier report (superseded.py)
        (
            "Earlier on Monday, the spokesman had put the number of dead at 52.",
            [(52, "killed", None, None)],
        ),
        (
            "The toll stood at 480, up from 355.",
            [(480, "killed", None, None), (355, "killed", None, EARLIER)],
        ),
        (
            "The agency counted 640 injured (610) by midnight.",
            [(640, "wounded", None, None), (610, "wounded", None, EARLIER)],
        ),
        # a figure that counts where the cases are is no count of cases
        (
            "The agency reports 211 Marburg Virus Disease (MVD) confirmed cases in 9 districts.",
            [(211, "cases", None, None)],
        ),
        # a time's colon breaks no statement
        (
            "Injuries recorded from 1 May until 18:00 on 9 May amounted to 930, including 40 serious.",
            [(930, "wounded", None, None)],
        ),
    ],
)
def test_asides(sentence: str, expected: list[tuple[float, str, str | None, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agency said 88 men, 41 women, 12 boys and 9 girls died in the blaze.",
            [(88, "killed", "men"), (41, "killed", "women"), (12, "killed", "boys"), (9, "killed", "girls")],
        ),
        (
            "It counted 150 killed (70 men, 50 women and 30 boys) and 400 injured.",
            [
                (150, "killed", None),
                (70, "killed", "men"),
                (50, "killed", "women"),
                (30, "killed", "boys"),
                (400, "wounded", None),
            ],
        ),
        (
            "Among the 300 injured are 14 girls and 19 boys.",
            [(300, "wounded", None), (14, "wounded", "girls"), (19, "wounded", "boys")],
        ),
    ],
)
def test_sex_breakdown(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(v, m, s) for v, m, s, _ in found(sentence)] == expected


def test_earlier_figure_claim_has_no_day() -> None:
    article = Article(
        path="a.md",
        text="Rescuers said on Tuesday that 4,210 people had died. Officials had earlier put the toll "
        "at 2,900.",
        outlet="Example",
        published=dt.date(2031, 5, 6),
    )
    claims = {c.value: c for c in extract(article, VOCAB) if c.kind == "quantity"}
    assert claims[2900].as_of is None and claims[2900].note == EARLIER_NOTE
    assert claims[4210].as_of is not None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a breakdown by how sure the count is: each group its own series
        (
            "The ministry reports 52 Marburg virus case-patients (30 confirmed, 22 suspected) and 17 deaths "
            "(6 confirmed, 11 probable).",
            [
                (52, "cases", None),
                (30, "cases", "confirmed only"),
                (22, "cases", "suspected"),
                (17, "killed", None),
                (6, "killed", "confirmed only"),
                (11, "killed", "probable"),
            ],
        ),
        (
            "So far 71 confirmed and 9 probable cases have been recorded.",
            [(71, "cases", "confirmed only"), (9, "cases", "probable")],
        ),
        # one group twice is no breakdown
        (
            "A total of 88 confirmed cases and 31 confirmed deaths from the virus were recorded.",
            [(88, "cases", None), (31, "killed", None)],
        ),
        # an outbreak's recoveries and contacts still watched
        ("Officials said 14 patients had recovered.", [(14, "recovered", None)]),
        ("Some 2,300 contacts are being followed up.", [(2300, "contacts_followed", None)]),
        # what rose is named before it, not in a phrase well after the figure
        (
            "Confirmed Marburg deaths rose to 19 with a fatality ratio among confirmed cases of 31%.",
            [(19, "killed", None)],
        ),
    ],
)
def test_outbreak_counts(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(v, m, s) for v, m, s, _ in found(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a total after its parts by place is the count of those places together
        (
            "Rescuers said 4,120 people died in Chile and 880 in Peru, bringing the total to 5,000.",
            [(4120, "killed", "in:chile"), (880, "killed", "in:peru"), (5000, "killed", "in:chile+peru")],
        ),
        # a part by place in brackets after a figure counts what the figure counts
        (
            "The toll has risen to more than 7,000 (6,100 in Chile) so far.",
            [(7000, "killed", None), (6100, "killed", "in:chile")],
        ),
    ],
)
def test_totals_and_their_places(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(v, m, s) for v, m, s, _ in found(sentence)] == expected


def test_the_days_figures_before_a_total_stay_the_days() -> None:
    found_ = FINDER.find("Six more died on Sunday, bringing the total to 52.")
    assert [(t.mention.value, t.daily) for t in found_] == [(6, True), (52, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The jet was carrying 212 passengers and crew.", [(212, "on_board", "people")]),
        ("There were 96 people on board the ferry.", [(96, "on_board", "people")]),
        # what befell those on board is what the figure counts
        ("Three on board were hurt.", [(3, "wounded", None)]),
        ("The crash killed all 64 on board.", [(64, "killed", None)]),
        # a group of them by nationality is a part, not the people on board
        ("Seven Italians and two Germans were on board the boat.", []),
        # the verb after a list of parts is the whole's, and the parts are its groups
        (
            "Overnight, 19 people, including 6 children and two women, were killed and 31 others injured.",
            [
                (19, "killed", "people"),
                (6, "killed", "children"),
                (2, "killed", "women"),
                (31, "wounded", "people"),
            ],
        ),
    ],
)
def test_on_board_and_lists_of_parts(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(v, m, s) for v, m, s, _ in found(sentence)] == expected
