"""A toll told with the day the deaths happened is the count known when the article was published
(invented wording)."""

from __future__ import annotations

import datetime as dt

from discrep.extract.timing import event_day_only
from discrep.text.dates import resolve_dates

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def _reads_published(sentence: str, figure: str) -> bool:
    dates = resolve_dates(sentence, PUBLISHED)
    as_of = dates[0].date if dates else None
    return event_day_only(sentence, sentence.index(figure) + len(figure), dates, PUBLISHED, as_of)


def test_deaths_on_the_day_of_the_crush_are_counted_on_publication() -> None:
    assert _reads_published("At least 64 people were killed in a crush at the fairground on Tuesday.", "64")


def test_a_toll_after_the_day_the_quake_struck_is_counted_on_publication() -> None:
    sentence = "The victims of the quake that struck the region on the night of May 5 have risen to 9,000."
    assert _reads_published(sentence, "9,000")


def test_a_source_speaking_on_a_day_keeps_that_day() -> None:
    assert not _reads_published("Officials said on Tuesday that 64 people were killed.", "64")


def test_a_source_named_with_no_day_leaves_the_deaths_day_theirs() -> None:
    sentence = (
        "At least 80 people were killed when guards fired tear gas at fans who had run onto the field at "
        "the county ground late on Tuesday, triggering a crush at the gates, officials said."
    )
    assert _reads_published(sentence, "80")
