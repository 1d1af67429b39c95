"""Talks' days and places against the days and places of what people say about them.

The day someone speaks, doubts, dismisses or proposes is not the talks' day; a hall someone speaks
in is no venue; a dated round told as held is not "the next round" an article goes on to offer; a
spell of days several articles give before an undated second round is the first round.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.extract.rounds import RoundHint, assign_rounds, resolve_by_date
from discrep.model import Article, Claim
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())
PUBLISHED = dt.date(2031, 4, 12)  # a Saturday


def claims_of(text: str, published: dt.date = PUBLISHED) -> list[tuple]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=published)
    return [
        (c.kind, c.event, c.value, c.modality) for c in extract(article, VOCAB) if c.kind in ("venue", "date")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister on April 11 cast doubt on Geneva as a possible venue for future peace talks.",
        "The defence minister on Friday dismissed the idea of holding talks with the rebels.",
        "Moscow on April 10 proposed further negotiations without preconditions.",
    ],
)
def test_the_day_someone_takes_a_stance_is_not_the_talks_day(text: str) -> None:
    assert [c for c in claims_of(text) if c[0] == "date"] == []


def test_the_talks_day_told_before_who_said_it_is_kept() -> None:
    found = claims_of("The talks will resume in Geneva on Monday, an official said.")
    assert ("date", "talks", "2031-04-14", "expected") in found


@pytest.mark.parametrize(
    "text",
    [
        '"Picture Geneva hosting the talks," the envoy said in a lecture at the Institute of Peace in Paris.',
        "Speaking in Paris, the envoy said the talks had stalled.",
    ],
)
def test_where_someone_speaks_is_no_venue(text: str) -> None:
    assert "paris" not in {c[2] for c in claims_of(text) if c[0] == "venue"}, claims_of(text)


def test_a_place_named_as_the_venue_without_in_or_at() -> None:
    text = "Reporters waited outside Ciragan Palace that the hosts had chosen as the talks venue."
    assert [c[2] for c in claims_of(text) if c[0] == "venue"] == ["ciragan_palace"]


@pytest.mark.parametrize(
    "text",
    [
        "The Pope said he was willing to host the next round of peace talks in the Vatican.",
        "Imagine Geneva as a venue for negotiations, the minister said.",
    ],
)
def test_an_offer_or_a_thought_is_no_venue(text: str) -> None:
    assert [c for c in claims_of(text) if c[0] == "venue"] == []


def test_the_same_table_anchors_a_place() -> None:
    text = "Ankara brought the two sides to the same table in Antalya three years ago."
    assert ("venue", "talks", "antalya", "asserted") in claims_of(text)


def test_talks_of_a_team_someone_sent_are_no_summit() -> None:
    text = "President Ortiz sent a team of aides to hold peace talks with the rebels in Geneva on Thursday."
    assert {c[1] for c in claims_of(text)} == {"talks"}


def test_readiness_to_negotiate_on_a_day_is_a_plan() -> None:
    text = "The president confirmed his readiness to enter into negotiations in Geneva on April 20."
    assert {c[3] for c in claims_of(text)} == {"expected"}


def test_a_dated_round_told_as_held_is_not_the_next_one_offered() -> None:
    hints = [
        RoundHint(0, None, True, "asserted", (), None),  # "offered to host the next round"
        RoundHint(1, None, False, "asserted", (dt.date(2031, 4, 3),), None),  # "met in Geneva on April 3"
        RoundHint(2, None, False, "expected", (dt.date(2031, 4, 20),), None),  # "it will open on April 20"
    ]
    assert assign_rounds(hints) == {0: "talks/next", 1: "talks", 2: "talks/next"}


def claim(path: str, sentence: int, value: str, event: str, modality: str = "asserted") -> Claim:
    return Claim(
        path=path,
        line=1,
        column=1,
        quote="q",
        kind="date",
        metric="date",
        value=value,
        event=event,
        sentence=sentence,
        modality=modality,  # type: ignore[arg-type]
    )


def test_days_several_articles_give_before_an_undated_second_round_are_the_first() -> None:
    claims = [
        claim("a", 0, "2031-05-06", "talks/round-2"),  # "the second round ... on May 6"
        claim("b", 0, "2031-04-17", "talks", "expected"),  # "talks set for Thursday"
        claim("c", 0, "2031-04-18", "talks"),  # "the talks began on Friday"
    ]
    assert [c.event for c in resolve_by_date(claims)] == ["talks/round-2"] + ["talks/round-1"] * 2


@pytest.mark.parametrize(
    "others",
    [
        [claim("b", 0, "2031-04-18", "talks")],  # one article alone, 18 days before: perhaps other talks
        [claim("b", 0, "2031-04-10", "talks"), claim("c", 0, "2031-04-18", "talks")],  # two spells
    ],
)
def test_a_lone_or_split_spell_of_days_stays_unnumbered(others: list[Claim]) -> None:
    claims = [claim("a", 0, "2031-05-06", "talks/round-2"), *others]
    assert [c.event for c in resolve_by_date(claims)][1:] == ["talks"] * len(others)


def negated_of(text: str) -> list[tuple]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=PUBLISHED)
    return [(c.kind, c.value, c.negated) for c in extract(article, VOCAB) if c.kind in ("venue", "date")]


@pytest.mark.parametrize(
    ("text", "given_up"),
    [
        (
            "The talks, which had been due to take place in Riyadh, will now be held in Geneva on April 20.",
            "riyadh",
        ),
        ("The talks in Geneva, originally set for April 14, have been postponed to April 20.", "2031-04-14"),
    ],
)
def test_a_plan_given_up_is_denied_and_the_new_one_stands(text: str, given_up: str) -> None:
    found = negated_of(text)
    assert {value for _, value, negated in found if negated} == {given_up}
    assert any(not negated for _, _, negated in found)


def test_where_someone_tells_reporters_is_no_venue() -> None:
    text = (
        "The minister on Wednesday welcomed the talks, telling reporters in Amman that progress was possible."
    )
    assert negated_of(text) == []


def test_dismissed_reports_of_a_venue_deny_it() -> None:
    text = "The minister on Friday dismissed reports that the talks would be held in Geneva."
    assert negated_of(text) == [("venue", "geneva", True)]


def test_a_report_said_to_be_wrong_is_denied() -> None:
    text = "A report that the talks would be held in Geneva was wrong, the ministry said."
    assert negated_of(text) == [("venue", "geneva", True)]


def test_a_span_counted_from_another_day_is_no_talks_day() -> None:
    text = "The first round was held in Geneva on April 2, and the second round a week later."
    assert [value for kind, value, _ in negated_of(text) if kind == "date"] == ["2031-04-02"]


def test_a_summit_called_off_is_not_a_denial_of_its_place() -> None:
    text = "The president on Wednesday called off the planned summit in Budapest."
    assert negated_of(text) == [("venue", "budapest", False)]


def test_a_summit_agreed_on_is_a_plan() -> None:
    assert {c[3] for c in claims_of("The two presidents agreed to hold a summit in Budapest.")} == {
        "expected"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The second round of talks in Geneva ended on Friday and will resume in Vienna next week.",
            [("venue", "talks/round-2", "geneva"), ("venue", "talks/round-3", "vienna")],
        ),
        (
            "The talks in Geneva concluded on Friday, with both sides due to reconvene in Vienna.",
            [("venue", "talks", "geneva"), ("venue", "talks/next", "vienna")],
        ),
    ],
)
def test_the_place_a_sitting_resumes_in_is_the_next_sittings(text: str, expected: list[tuple]) -> None:
    assert [(c[0], c[1], c[2]) for c in claims_of(text) if c[0] == "venue"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president said on social media on Friday that he would meet his counterpart in Anchorage "
            "on August 15.",
            {"2031-08-15", "anchorage"},
        ),
        (
            "The talks could resume in Geneva on Monday, the envoy suggested on Sunday.",
            {"2031-04-14", "geneva"},
        ),
        (
            "The talks, which Moscow proposed on April 2, will open in Geneva on April 20.",
            {"2031-04-20", "geneva"},
        ),
        ("The summit was relocated to Vienna, officials said.", {"vienna"}),
    ],
)
def test_what_is_said_of_the_talks_and_not_when_or_where_it_was_said(text: str, expected: set[str]) -> None:
    assert {value for _, value, _ in negated_of(text)} == expected


def test_a_summit_set_for_a_day_is_a_plan() -> None:
    found = claims_of("The summit, to be hosted by the crown prince in Riyadh, is set for next Tuesday.")
    assert {c[3] for c in found} == {"expected"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy flew to Geneva on Sunday ahead of talks with the rebels on Tuesday.", {"2031-04-08"}),
        ("The ministry on Friday welcomed the proposal for talks in Geneva on Thursday.", set()),
    ],
)
def test_days_and_places_of_other_things_in_a_talks_sentence(text: str, expected: set[str]) -> None:
    assert {value for _, value, _ in negated_of(text)} == expected


def test_the_day_a_round_is_called_off_is_not_its_day() -> None:
    found = negated_of("The round of talks set for Tuesday in Geneva was cancelled on Wednesday.")
    assert [value for kind, value, _ in found if kind == "date"] == ["2031-04-15"]


def test_where_the_sides_last_met_is_not_the_next_round() -> None:
    found = claims_of(
        "The two sides last met in Geneva in March, and a date for the next round has not been set."
    )
    assert [c[1] for c in found] == ["talks"]


def test_an_undated_plan_of_an_articles_planned_new_round_joins_its_session() -> None:
    plan = Article(
        path="a.md",
        text="Negotiators are set to meet in Geneva on Thursday for a new round of talks. "
        "The rebels said on Tuesday they would not attend the talks in Geneva.",
        outlet="Outlet",
        published=dt.date(2031, 4, 15),
    )
    held = Article(
        path="b.md", text="Talks began in Geneva on Thursday.", outlet="Other", published=dt.date(2031, 4, 17)
    )
    found = resolve_by_date([*extract(plan, VOCAB), *extract(held, VOCAB)])
    assert {c.event for c in found if c.kind == "venue"} == {"talks/session-2031-04-17"}


def test_a_summit_moved_from_one_city_to_another_keeps_its_new_day() -> None:
    text = (
        "Officials said the summit had been moved from Budapest to Vienna and would take place on April 20."
    )
    assert negated_of(text) == [("venue", "vienna", False), ("date", "2031-04-20", False)]
