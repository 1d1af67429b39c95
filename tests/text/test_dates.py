"""Tests for discrep.text.dates: a table of news sentences, holidays, and property tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrep import resolve_dates
from discrep.text.dates import DateMention, tense_of

D = dt.date
MON, TUE, WED, THU = D(2022, 2, 28), D(2022, 3, 1), D(2022, 3, 2), D(2022, 3, 3)

# (text, reference, prefer, expected span, expected date)
TABLE: list[tuple[str, dt.date, str, str, dt.date]] = [
    # news weekdays, resolved by the tense of their clause
    ("Interfax reported Thursday that the convoy had stopped.", THU, "auto", "Thursday", THU),
    ("Both sides are set to hold talks on Wednesday.", WED, "auto", "Wednesday", WED),
    ("Talks will take place on Thursday.", WED, "auto", "Thursday", THU),
    ("Lavrov would meet Kuleba in Turkey on Thursday.", D(2022, 3, 7), "auto", "Thursday", D(2022, 3, 10)),
    ("The delegations met on Monday.", WED, "auto", "Monday", MON),
    ("Russia invaded Ukraine last Thursday.", MON, "auto", "last Thursday", D(2022, 2, 24)),
    ("Since the military action began on Thursday, many died.", WED, "auto", "Thursday", D(2022, 2, 24)),
    ("The Defense Ministry announced Wednesday that it had taken Kherson.", THU, "auto", "Wednesday", WED),
    ("Peskov said the next round will be held on Thursday.", WED, "auto", "Thursday", THU),
    ("Kuleba said on Monday that talks will resume.", WED, "auto", "Monday", MON),
    ("Fighting resumed late on Monday near Kyiv.", WED, "auto", "Monday", MON),
    ("They meet on Wednesday.", THU, "auto", "Wednesday", WED),
    ("The talks will open next Monday.", WED, "auto", "next Monday", D(2022, 3, 7)),
    ("This Friday the envoys arrive.", WED, "auto", "This Friday", D(2022, 3, 4)),
    ("The vote is expected to take place on Sunday.", WED, "auto", "Sunday", D(2022, 3, 6)),
    # forced direction
    ("on Wednesday", WED, "future", "Wednesday", D(2022, 3, 9)),
    ("on Wednesday", WED, "past", "Wednesday", D(2022, 2, 23)),
    ("Thursday", D(2013, 2, 12), "future", "Thursday", D(2013, 2, 14)),
    ("March 3", D(2013, 2, 12), "future", "March 3", D(2013, 3, 3)),
    ("Aug 8", D(2013, 2, 12), "past", "Aug 8", D(2012, 8, 8)),
    # parts of the day
    ("Thursday morning", WED, "auto", "Thursday morning", D(2022, 2, 24)),
    ("We land tomorrow night.", WED, "auto", "tomorrow night", THU),
    # relative days
    ("yesterday", WED, "auto", "yesterday", TUE),
    ("today", WED, "auto", "today", WED),
    ("tomorrow", WED, "auto", "tomorrow", THU),
    ("the day before yesterday", WED, "auto", "the day before yesterday", MON),
    ("tonight", WED, "auto", "tonight", WED),
    ("this afternoon", WED, "auto", "this afternoon", WED),
    ("He left three days ago.", WED, "auto", "three days ago", D(2022, 2, 27)),
    ("They return in two days.", WED, "auto", "in two days", D(2022, 3, 4)),
    ("a week from tomorrow", WED, "auto", "a week from tomorrow", D(2022, 3, 10)),
    ("Met 1 month and 21 days ago", D(2017, 11, 23), "auto", "1 month and 21 days ago", D(2017, 10, 2)),
    # explicit dates
    ("on February 28", THU, "auto", "February 28", MON),
    ("Feb. 25, 2022", THU, "auto", "Feb. 25, 2022", D(2022, 2, 25)),
    ("28 February 2022", THU, "auto", "28 February 2022", MON),
    ("3/3/2022", WED, "auto", "3/3/2022", THU),
    ("2022-03-03", WED, "auto", "2022-03-03", THU),
    ("the 3rd of March", WED, "auto", "the 3rd of March", THU),
    ("March third", WED, "auto", "March third", THU),
    ("the twenty-first of May", WED, "auto", "the twenty-first of May", D(2022, 5, 21)),
    ("21/04/16", WED, "auto", "21/04/16", D(2016, 4, 21)),
    ("September-2020-23", WED, "auto", "September-2020-23", D(2020, 9, 23)),
    (
        "born January twenty five nineteen eighty six",
        WED,
        "auto",
        "January twenty five nineteen eighty six",
        D(1986, 1, 25),
    ),
    ("May 9", WED, "auto", "May 9", D(2022, 5, 9)),
    ("Parades on May 9 were cancelled.", WED, "auto", "May 9", D(2022, 5, 9)),
    ("I went back Thursday the 21st", D(2017, 9, 27), "auto", "Thursday the 21st", D(2017, 9, 21)),
    ("talks on Wednesday, the second such session", D(2022, 3, 1), "auto", "Wednesday", D(2022, 2, 23)),
    (
        "Talks resumed on Tuesday, the first in more than two weeks.",
        D(2022, 3, 29),
        "auto",
        "Tuesday",
        D(2022, 3, 29),
    ),
    (
        "on Thursday the twenty-first in Paris",
        D(2021, 10, 25),
        "auto",
        "Thursday the twenty-first",
        D(2021, 10, 21),
    ),
    ("the first Monday of next month", WED, "auto", "the first Monday of next month", D(2022, 4, 4)),
    # holidays
    ("Easter 2019", WED, "auto", "Easter 2019", D(2019, 4, 21)),
    ("orthodox easter 2018", WED, "auto", "orthodox easter 2018", D(2018, 4, 8)),
    ("thanksgiving 2013", WED, "auto", "thanksgiving 2013", D(2013, 11, 28)),
    ("yom kippur 2018", WED, "auto", "yom kippur 2018", D(2018, 9, 18)),
    ("Deepavali in 2019", WED, "auto", "Deepavali in 2019", D(2019, 10, 27)),
    ("chinese new year 2018", WED, "auto", "chinese new year 2018", D(2018, 2, 16)),
    ("2 weeks before Christmas", D(2016, 11, 7), "auto", "2 weeks before Christmas", D(2016, 12, 11)),
    # a weekday pinned to a counted offset: that weekday of the week (Sunday to Saturday) it lands in
    ("back Monday two weeks from now", D(2016, 11, 9), "auto", "Monday two weeks from now", D(2016, 11, 21)),
    ("Sunday 3 weeks after Jan 15th", D(2021, 1, 2), "auto", "Sunday 3 weeks after Jan 15th", D(2021, 1, 31)),
    ("2 weeks after Mar 3 on Friday", D(2022, 3, 1), "auto", "2 weeks after Mar 3 on Friday", D(2022, 3, 18)),
    # counted from a year's first day
    ("It was in two years since 2011.", D(2019, 3, 10), "auto", "in two years since 2011", D(2013, 1, 1)),
    ("in 2 weeks since the year 2011", WED, "auto", "in 2 weeks since the year 2011", D(2011, 1, 15)),
    # Islamic holidays as Saudi Arabia's Umm al-Qura calendar gives them (the days observed there)
    ("Eid al-Fitr 2021", WED, "auto", "Eid al-Fitr 2021", D(2021, 5, 13)),
    ("Eid al-Fitr 2023", WED, "auto", "Eid al-Fitr 2023", D(2023, 4, 21)),
    ("Eid al-Adha 2023", WED, "auto", "Eid al-Adha 2023", D(2023, 6, 28)),
    ("Ramadan 2024", WED, "auto", "Ramadan 2024", D(2024, 3, 11)),
    ("Jumu'atul-Wida 2018", WED, "auto", "Jumu'atul-Wida 2018", D(2018, 6, 8)),
    # outside its tables (1924-2077): the arithmetical calendar, a day earlier
    ("Eid al-Fitr 1900", WED, "auto", "Eid al-Fitr 1900", D(1900, 2, 1)),
    # a part of a month: its 5th, 15th or 25th
    ("In late September, 21 had died.", D(2022, 10, 19), "auto", "late September", D(2022, 9, 25)),
    ("By mid-October, 12 had died.", D(2022, 10, 19), "auto", "mid-October", D(2022, 10, 15)),
    ("in early March 2022", D(2022, 10, 19), "auto", "early March 2022", D(2022, 3, 5)),
    # a span of days told once: its first day
    ("The talks are set for Aug. 15-16 in Geneva.", D(2023, 6, 3), "auto", "Aug. 15-16", D(2023, 8, 15)),
    ("The forum runs 15-16 August.", D(2023, 6, 3), "auto", "15-16 August", D(2023, 8, 15)),
    ("It met from 15 to 17 March 2024.", D(2023, 6, 3), "auto", "15 to 17 March 2024", D(2024, 3, 15)),
    ("It closed March 3-4, 2022.", D(2023, 6, 3), "auto", "March 3-4, 2022", D(2022, 3, 3)),
    # a schedule told in the present is to come
    ("The summit opens on Monday in Budapest.", D(2023, 6, 3), "auto", "Monday", D(2023, 6, 5)),
    ("Talks resume on Friday in Cairo.", D(2023, 6, 3), "auto", "Friday", D(2023, 6, 9)),
    ("The talks did not take place on Monday.", D(2023, 6, 3), "auto", "Monday", D(2023, 5, 29)),
    # dotted and zero-padded: the day first, as in Europe; "from" or "as of" leads the day, outside it
    ("Losses as of 08.03 were these.", D(2022, 3, 8), "auto", "08.03", D(2022, 3, 8)),
    ("It was signed on 01.12.2021.", D(2022, 3, 8), "auto", "01.12.2021", D(2021, 12, 1)),
    ("I'll go back on 4.22", D(2016, 11, 7), "past", "4.22", D(2016, 4, 22)),
]


def test_a_dotted_range_of_days() -> None:
    got = resolve_dates("The enemy's losses from 24.02 to 08.03 were these.", D(2022, 3, 8))
    assert [(m.text, m.date) for m in got] == [("24.02", D(2022, 2, 24)), ("08.03", D(2022, 3, 8))]


# ordinals that are no day: "the 18th-century villa" (a compound before a noun)
NOT_A_DAY = ["They met in the 18th-century villa.", "the 21st-century threats"]


@pytest.mark.parametrize(("text", "reference", "prefer", "span", "expected"), TABLE)
def test_table(text: str, reference: dt.date, prefer: str, span: str, expected: dt.date) -> None:
    got = resolve_dates(text, reference, prefer=prefer)  # type: ignore[arg-type]
    assert [(m.text, m.date) for m in got] == [(span, expected)]


def test_a_weekday_after_on_is_its_own_day_not_the_offsets() -> None:
    got = resolve_dates("They met on Monday two days after March 3", D(2022, 3, 2))
    expected = [("Monday", D(2022, 2, 28)), ("two days after March 3", D(2022, 3, 5))]
    assert [(m.text, m.date) for m in got] == expected


def test_part_of_day_and_kind() -> None:
    (m,) = resolve_dates("Thursday morning", WED)
    assert (m.kind, m.part_of_day) == ("weekday", "morning")
    (m,) = resolve_dates("tonight", WED)
    assert (m.kind, m.part_of_day) == ("relative", "night")


def test_on_wednesday_versus_last_thursday() -> None:
    got = resolve_dates("They met on Wednesday, a week after the invasion began last Thursday.", THU)
    assert [(m.text, m.date) for m in got] == [("Wednesday", WED), ("last Thursday", D(2022, 2, 24))]


def test_day_count_needs_day_one() -> None:
    text = "It was the seventh day of the invasion, day 8 of the war."
    with_day_one = resolve_dates(text, THU, day_one=D(2022, 2, 24))
    assert [(m.text, m.date, m.kind) for m in with_day_one] == [
        ("the seventh day of the invasion", WED, "day_count"),
        ("day 8 of the war", THU, "day_count"),
    ]
    assert resolve_dates(text, THU) == []


@pytest.mark.parametrize(
    "text",
    [
        "talks may resume",
        "May the talks succeed.",
        "The 27 may decide.",
        "wait a second",
        "The second round of talks ended.",
        "the 21st century",
        "It was the worst attack in 10 years.",
        "Shares rose 4.22 percent.",
        "open 24/7",
        "after 9/11",
        "The Sun reported that she sat down.",
        "Prices rose for the first time in 3 months.",
        # a count after a month and a comma is no day of it
        "In September, 12 soldiers died.",
    ],
)
def test_not_dates(text: str) -> None:
    assert resolve_dates(text, WED) == []


def test_lists_are_not_durations() -> None:
    got = resolve_dates("in two days, a week from tomorrow", WED)
    expected = [("in two days", D(2022, 3, 4)), ("a week from tomorrow", D(2022, 3, 10))]
    assert [(m.text, m.date) for m in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks will be held on Thursday.", "future"),
        ("He said talks will be held on Thursday.", "future"),
        ("They met on Thursday.", "past"),
        ("On Thursday, the ministers are expected to meet.", "future"),
        ("The meeting was scheduled for Thursday.", "future"),
        ("Delegations arrived on Thursday.", "past"),
        ("Thursday.", None),
    ],
)
def test_tense_of(text: str, expected: str | None) -> None:
    start = text.index("Thursday")
    assert tense_of(text, start, start + len("Thursday")) == expected


def test_reference_may_be_a_datetime() -> None:
    (m,) = resolve_dates("tomorrow", dt.datetime(2022, 3, 2, 23, 30))
    assert m.date == THU


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]  # fmt: skip
DATES = st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31))


@settings(max_examples=150, deadline=None)
@given(day=DATES, reference=DATES)
def test_month_day_year_round_trip(day: dt.date, reference: dt.date) -> None:
    text = f"The ceasefire was signed on {MONTH_NAMES[day.month - 1]} {day.day}, {day.year} in Minsk."
    got = resolve_dates(text, reference)
    assert [m.date for m in got] == [day]


def _check_invariants(text: str, got: list[DateMention]) -> None:
    assert [m.start for m in got] == sorted(m.start for m in got)
    for a, b in itertools.pairwise(got):
        assert a.end <= b.start
    for m in got:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


_VOCABULARY = (
    "on", "the", "Monday", "may", "May", "3", "21st", "of", "March", "2022", "/", "-", ".", ",", "last",
    "next", "week", "days", "ago", "in", "two", "a", "second", "tomorrow", "Christmas", "will", "met",
    "Easter", "day", "invasion", "seventh", "12/03", "Feb.", "tonight", "morning", "from", "after", "before",
    "this",
)  # fmt: skip
WORDS = st.sampled_from(_VOCABULARY)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(WORDS, max_size=14), reference=DATES, prefer=st.sampled_from(("auto", "past", "future"))
)
def test_invariants_on_date_like_text(words: list[str], reference: dt.date, prefer: str) -> None:
    text = " ".join(words)
    got = resolve_dates(text, reference, prefer=prefer, day_one=D(2022, 2, 24))  # type: ignore[arg-type]
    _check_invariants(text, got)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=80), reference=DATES)
def test_never_raises_on_arbitrary_text(text: str, reference: dt.date) -> None:
    _check_invariants(text, resolve_dates(text, reference))


@pytest.mark.parametrize("text", NOT_A_DAY)
def test_an_ordinal_compound_is_no_day(text: str) -> None:
    assert resolve_dates(text, D(2021, 6, 10)) == []
