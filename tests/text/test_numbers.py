"""Behaviour of discrep.parse_numbers: spans, values, intervals, kinds and qualifiers."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrep import NumberMention, parse_numbers

N = None


def _find(text: str, span: str) -> NumberMention:
    """The mention whose text is exactly `span` (first occurrence)."""
    for m in parse_numbers(text):
        if m.text == span:
            return m
    got = [(m.text, m.value, m.kind) for m in parse_numbers(text)]
    raise AssertionError(f"no mention {span!r} in {text!r}; got {got}")


def _same(a: float | int | None, b: float | int | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# (text, span, value, low, high, kind, qualifier)
CASES: list[tuple[str, str, float | int | None, float | int | None, float | int | None, str, str]] = [
    # news sentences
    ("498 Russian servicemen have been killed", "498", 498, 498, 498, "number", "exact"),
    ("around 3,700 Ukrainian servicemen", "around 3,700", 3700, 3700, 3700, "number", "approx"),
    ("the toll exceeds 5,000 soldiers", "exceeds 5,000", 5000, 5000, N, "range", "at_least"),
    ("more than 5,000 died", "more than 5,000", 5000, 5000, N, "range", "at_least"),
    ("5,000-plus troops", "5,000-plus", 5000, 5000, N, "range", "at_least"),
    ("the death toll rose past 7,200", "rose past 7,200", 7200, 7200, N, "range", "at_least"),
    ("fell between about 95 and 101", "between about 95 and 101", N, 95, 101, "range", "range"),
    ("between approximately 20 and 30 died", "between approximately 20 and 30", N, 20, 30, "range", "range"),
    ("the toll has climbed beyond 900", "climbed beyond 900", 900, 900, N, "range", "at_least"),
    ("the toll has passed 40,000", "has passed 40,000", 40000, 40000, N, "range", "at_least"),
    ("the convoy passed 20 checkpoints", "20", 20, 20, 20, "number", "exact"),
    ("in the past 24 hours", "24 hours", 24, 24, 24, "measure", "exact"),
    ("5,000 or more troops", "5,000 or more", 5000, 5000, N, "range", "at_least"),
    # "over" as a verb's particle is no qualifier
    ("Ukraine handed over 55 Russian prisoners", "55", 55, 55, 55, "number", "exact"),
    ("police turned over 12 suspects", "12", 12, 12, 12, "number", "exact"),
    ("over 55 people died", "over 55", 55, 55, N, "range", "at_least"),
    ("the U.N. General Assembly voted 141-5", "141-5", N, N, N, "score", "exact"),
    ("Chelsea won 3-1 on Sunday", "3-1", N, N, N, "score", "exact"),
    ("a column more than five kilometers long", "more than five kilometers", 5, 5, N, "measure", "at_least"),
    ("at a distance of about 65 kilometers", "about 65 kilometers", 65, 65, 65, "measure", "approx"),
    ("on February 28 the talks began", "February 28", N, N, N, "date", "exact"),
    ("on 28 February 2022", "28 February 2022", N, N, N, "date", "exact"),
    ("on Feb. 25, 2022, troops", "Feb. 25, 2022", N, N, N, "date", "exact"),
    ("in 2022 the war", "2022", 2022, 2022, 2022, "year", "exact"),
    ("at 10:30 local", "10:30", N, N, N, "time", "exact"),
    ("at 7 a.m. sirens", "7 a.m.", N, N, N, "time", "exact"),
    ("on 3/3 they met", "3/3", N, N, N, "date", "exact"),
    ("the seventh day of the war", "seventh", 7, 7, 7, "ordinal", "exact"),
    ("between 300 and 400 people", "between 300 and 400", N, 300, 400, "range", "range"),
    ("7,000 to 15,000 troops", "7,000 to 15,000", N, 7000, 15000, "range", "range"),
    ("2,000-4,000 troops", "2,000-4,000", N, 2000, 4000, "range", "range"),
    ("from 10 to 20 tanks", "from 10 to 20", N, 10, 20, "range", "range"),
    ("20~100 apples", "20~100", N, 20, 100, "range", "range"),
    ("1.5 million refugees", "1.5 million", 1500000, 1500000, 1500000, "number", "exact"),
    ("dozens of people", "dozens", N, 24, 99, "range", "range"),
    ("two dozen tanks", "two dozen", 24, 24, 24, "number", "exact"),
    ("three hundred people", "three hundred", 300, 300, 300, "number", "exact"),
    ("up to 20 drones", "up to 20", 20, N, 20, "range", "at_most"),
    ("as many as 40 drones", "as many as 40", 40, N, 40, "range", "at_most"),
    ("fewer than 10 drones", "fewer than 10", 10, N, 10, "range", "at_most"),
    ("nearly 100 drones", "nearly 100", 100, 100, 100, "number", "approx"),
    ("at least 12 drones", "at least 12", 12, 12, N, "range", "at_least"),
    ("an estimated 1,000 civilians", "an estimated 1,000", 1000, 1000, 1000, "number", "approx"),
    ("tens of thousands fled", "tens of thousands", N, 20000, 99999, "range", "range"),
    ("hundreds were hurt", "hundreds", N, 200, 999, "range", "range"),
    ("several buildings", "several", N, 3, 9, "range", "range"),
    ("a few soldiers", "a few", 3, 2, 5, "range", "range"),
    ("a couple of tanks", "a couple", 2, 2, 2, "number", "approx"),
    ("more than 10 and less than 20", "more than 10 and less than 20", N, 10, 20, "range", "range"),
    ("at most 100 and at least 20 apples", "at most 100 and at least 20", N, 20, 100, "range", "range"),
    # digits
    ("1,502", "1,502", 1502, 1502, 1502, "number", "exact"),
    ("1 234 567", "1 234 567", 1234567, 1234567, 1234567, "number", "exact"),
    (".08", ".08", 0.08, 0.08, 0.08, "number", "exact"),
    ("-504", "-504", -504, -504, -504, "number", "exact"),
    ("1.111,11", "1.111,11", 1111.11, 1111.11, 1111.11, "number", "exact"),
    ("1e10", "1e10", 10**10, 10**10, 10**10, "number", "exact"),
    # scales and words
    ("3 billion", "3 billion", 3 * 10**9, 3 * 10**9, 3 * 10**9, "number", "exact"),
    ("2.5k", "2.5k", 2500, 2500, 2500, "number", "exact"),
    ("30 l", "30 l", 3000000, 3000000, 3000000, "number", "exact"),
    ("1 crore boxes", "1 crore", 10**7, 10**7, 10**7, "number", "exact"),
    ("$3m in aid", "$3m", 3000000, 3000000, 3000000, "number", "exact"),
    # a glued "m" before a count's noun is million, as British papers write it; else metres
    ("1.5m people have fled", "1.5m", 1500000, 1500000, 1500000, "number", "exact"),
    ("2m Ukrainians", "2m", 2000000, 2000000, 2000000, "number", "exact"),
    ("a 2m wall", "2m", 2, 2, 2, "measure", "exact"),
    ("More than 1.2m of them have crossed", "More than 1.2m", 1200000, 1200000, None, "range", "at_least"),
    (
        "The number of refugees has passed 2m, the UN said.",
        "has passed 2m",
        2000000,
        2000000,
        None,
        "range",
        "at_least",
    ),
    ("2m of snow fell", "2m", 2, 2, 2, "measure", "exact"),
    ("rose 1.5m across the valley", "1.5m", 1.5, 1.5, 1.5, "measure", "exact"),
    ("twenty-one", "twenty-one", 21, 21, 21, "number", "exact"),
    ("one thousand and five hundred", "one thousand and five hundred", 1500, 1500, 1500, "number", "exact"),
    ("a hundred", "a hundred", 100, 100, 100, "number", "exact"),
    ("half a dozen", "half a dozen", 6, 6, 6, "number", "exact"),
    ("negative five hundred and four", "negative five hundred and four", -504, -504, -504, "number", "exact"),
    ("five and a half million", "five and a half million", 5500000, 5500000, 5500000, "number", "exact"),
    ("3 million and a half", "3 million and a half", 3500000, 3500000, 3500000, "number", "exact"),
    ("4 thousand 3 hundred and 21", "4 thousand 3 hundred and 21", 4321, 4321, 4321, "number", "exact"),
    # fractions are proportions, not tallies
    ("two thirds of the city", "two thirds", 2 / 3, 2 / 3, 2 / 3, "measure", "exact"),
    ("1/2 of them", "1/2", 0.5, 0.5, 0.5, "measure", "exact"),
    ("a half", "a half", 0.5, 0.5, 0.5, "measure", "exact"),
    ("one quarter", "one quarter", 0.25, 0.25, 0.25, "measure", "exact"),
    ("one and a half", "one and a half", 1.5, 1.5, 1.5, "number", "exact"),
    ("2 1/4", "2 1/4", 2.25, 2.25, 2.25, "number", "exact"),
    # ordinals
    ("first", "first", 1, 1, 1, "ordinal", "exact"),
    ("21st", "21st", 21, 21, 21, "ordinal", "exact"),
    ("the twenty-fifth", "twenty-fifth", 25, 25, 25, "ordinal", "exact"),
    ("for a third time", "third", 3, 3, 3, "ordinal", "exact"),
    # percent
    ("15%", "15%", 15, 15, 15, "percent", "exact"),
    ("15 percent", "15 percent", 15, 15, 15, "percent", "exact"),
    ("fifteen per cent", "fifteen per cent", 15, 15, 15, "percent", "exact"),
    ("between 10 and 20 percent", "between 10 and 20 percent", N, 10, 20, "percent", "range"),
    # measures
    ("10 km", "10 km", 10, 10, 10, "measure", "exact"),
    ("300 miles", "300 miles", 300, 300, 300, "measure", "exact"),
    ("5 kg", "5 kg", 5, 5, 5, "measure", "exact"),
    ("2 hours", "2 hours", 2, 2, 2, "measure", "exact"),
    ("he is 30 years old", "30 years old", 30, 30, 30, "measure", "exact"),
    ("a 40-mile convoy", "40-mile", 40, 40, 40, "measure", "exact"),
    # years, codes
    ("the 2014-15 season", "2014-15", N, 2014, 2015, "year", "range"),
    ("the 1990s", "1990s", 1990, 1990, 1990, "year", "exact"),
    # a year naming a past event: a determiner before, the event's noun (and perhaps its name) after
    ("The 1998 quake there killed 40", "1998", 1998, 1998, 1998, "year", "exact"),
    ("deaths in the 2007 outbreak", "2007", 2007, 2007, 2007, "year", "exact"),
    # a comparison before the event's name compares with the event, not with a count
    ("surpassed the 2018 Camp Fire, which", "2018", 2018, 2018, 2018, "year", "exact"),
    ("since the 2011 Great Lakes floods", "2011", 2011, 2011, 2011, "year", "exact"),
    ("its 1987 ceasefire", "1987", 1987, 1987, 1987, "year", "exact"),
    # ... and counts that look like it
    ("the 1900 wounded", "1900", 1900, 1900, 1900, "number", "exact"),
    ("the 1850 troops", "1850", 1850, 1850, 1850, "number", "exact"),
    ("1900 flood victims", "1900", 1900, 1900, 1900, "number", "exact"),
    ("the 2000 people attack", "2000", 2000, 2000, 2000, "number", "exact"),
    ("T-72 tanks", "72", 72, 72, 72, "measure", "exact"),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "kind", "qualifier"), CASES)
def test_table(
    text: str,
    span: str,
    value: float | int | None,
    low: float | int | None,
    high: float | int | None,
    kind: str,
    qualifier: str,
) -> None:
    m = _find(text, span)
    assert text[m.start : m.end] == span
    assert _same(m.value, value), m
    assert _same(m.low, low), m
    assert _same(m.high, high), m
    assert m.kind == kind, m
    assert m.qualifier == qualifier, m


def test_two_counts_of_five() -> None:
    got = parse_numbers("They killed five people and injured five more.")
    assert [(m.text, m.value, m.is_count) for m in got] == [("five", 5, True), ("five", 5, True)]


@pytest.mark.parametrize(
    "text",
    [
        "voted 141-5",
        "on February 28",
        "in 2022",
        "at 10:30",
        "the seventh day",
        "15%",
        "10 km",
        "two thirds",
        "7 a.m.",
        "MH17 and T-72",
        # a day and month with no year, when a range or a word of time leads it
        "from 24.02 to 08.03",
        "as of 08.03",
    ],
)
def test_not_counts(text: str) -> None:
    mentions = parse_numbers(text)
    assert mentions
    assert not any(m.is_count for m in mentions)


@pytest.mark.parametrize("text", ["rose by 24.02", "a 10.12 rise", "12.05 per cent"])
def test_a_decimal_no_word_of_time_leads_stays_a_figure(text: str) -> None:
    assert all(m.kind != "date" for m in parse_numbers(text))


@pytest.mark.parametrize(
    "text", ["one of the soldiers", "no one was hurt", "someone came once", "the one who left", "one another"]
)
def test_pronoun_one_is_not_a_number(text: str) -> None:
    assert parse_numbers(text) == []


@pytest.mark.parametrize("text", ["sub-zero temperatures", "an anti-one-party rally", "non-zero odds"])
def test_a_number_word_joined_to_another_word_is_not_a_number(text: str) -> None:
    assert parse_numbers(text) == []


@pytest.mark.parametrize(("text", "values"), [("twenty-one people", [21]), ("three-nought-four", [3, 0, 4])])
def test_number_words_joined_to_number_words_stay_numbers(text: str, values: list[float]) -> None:
    assert [m.value for m in parse_numbers(text)] == values


def test_only_one_is_a_count() -> None:
    (m,) = parse_numbers("Only one soldier survived.")
    assert (m.text, m.value, m.kind) == ("one", 1, "number")


def test_change_is_two_numbers_not_a_range() -> None:
    got = parse_numbers("The toll rose from 10 to 20.")
    assert [(m.value, m.kind) for m in got] == [(10, "number"), (20, "number")]


def test_list_after_comma_space_is_separate_numbers() -> None:
    assert [m.value for m in parse_numbers("1, 234, 567")] == [1, 234, 567]


def test_empty_text() -> None:
    assert parse_numbers("") == []


# --------------------------------------------------------------------------- properties

FAST = settings(max_examples=150, deadline=None)


@FAST
@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_round_trip(n: int) -> None:
    written = f"{n:,}"
    text = f"Officials said {written} were counted."
    got = [m for m in parse_numbers(text) if m.kind in ("number", "year")]
    assert len(got) == 1
    m = got[0]
    assert m.value == n
    assert m.text == written
    assert text[m.start : m.end] == written


@FAST
@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_plain_integers_round_trip(n: int) -> None:
    text = f"x {n} y"
    (m,) = parse_numbers(text)
    assert m.value == n
    assert m.text == str(n)


def _check_invariants(text: str) -> None:
    got = parse_numbers(text)
    for m in got:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        if m.low is not None and m.high is not None:
            assert m.low <= m.high
    for a, b in itertools.pairwise(got):
        assert a.end <= b.start


_PIECE_TEXT = (
    "killed|more than|about|between|and|to|-|one|of|the|five|hundred|thousand|dozens|a|half|third|2022"
    "|1,500|3.5|million|%|percent|km|February|28|10:30|voted|141-5|or more|up to|,|.|  |twenty|first|1/2"
    "|$|m|k|over|minus|point|(|)|~|no one|plus|+|-plus|9/11"
)
_NEWSY = st.lists(st.sampled_from(_PIECE_TEXT.split("|")), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), _NEWSY))
def test_invariants_on_arbitrary_text(text: str) -> None:
    _check_invariants(text)


@pytest.mark.parametrize(
    "text",
    ["1e400", "1.1^99999", "9" * 5000, "1" * 5000 + "/2", "+1-" + "2" * 5000 + "-3", "1/0", "٣٤ killed"],
)
def test_pathological_literals_do_not_raise(text: str) -> None:
    _check_invariants(text)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("released 6 billion CFA francs for aid", "6 billion CFA francs", "CFA franc"),
        ("a fine of 5,000 Swiss francs", "5,000 Swiss francs", "Swiss franc"),
        ("2 million naira in relief", "2 million naira", "naira"),
        ("pledged 300 million euros", "300 million euros", "euro"),
        ("gave $5 million", "$5 million", "$"),
    ],
)
def test_an_amount_of_money_carries_its_currency(text: str, span: str, unit: str) -> None:
    mention = _find(text, span)
    assert mention.unit == unit
    assert mention.kind == "number"
