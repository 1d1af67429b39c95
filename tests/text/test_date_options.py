"""Dates beside dates: a second day told by its number ("12 or 13 June") and a bare ordinal day
before a clause ("on the 3rd they met"). All sentences are invented."""

from __future__ import annotations

import datetime as dt

from discrep.text.dates import resolve_dates

MON = dt.date(2024, 6, 10)  # a Monday


def test_a_bare_ordinal_day_before_a_clause_is_a_date() -> None:
    found = resolve_dates("Earlier, on the 3rd they met in Rome.", MON)
    assert [(m.text, m.date) for m in found] == [("on the 3rd", dt.date(2024, 6, 3))]
    assert resolve_dates("He lives on the 3rd floor.", MON) == []


def test_second_day_of_a_month_beside_a_full_date() -> None:
    found = resolve_dates("talks on 12 or 13 June", MON)
    assert [m.date for m in found] == [dt.date(2024, 6, 12), dt.date(2024, 6, 13)]
    found = resolve_dates("talks on June 12 and 13", MON)
    assert [m.date for m in found] == [dt.date(2024, 6, 12), dt.date(2024, 6, 13)]
    assert resolve_dates("12 or 13 people were hurt", MON) == []
