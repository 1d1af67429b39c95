"""A sentence about preliminary consultations that also names the talks they prepare: each place and
day goes to the event word nearest before it; a meeting no one is named for, right after a sentence
about a kind of event, is that event. All sentences are invented."""

from __future__ import annotations

import datetime as dt

from discrep.extract import compile_rules, extract
from discrep.extract.event_apart import talks_told_apart
from discrep.extract.lexicon import Match
from discrep.model import Article
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())
THU = dt.date(2031, 4, 17)


def events_of(text: str) -> dict[str, str | None]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=THU)
    return {str(c.value): c.event for c in extract(article, VOCAB) if c.kind in ("venue", "date")}


def test_consultations_and_the_talks_they_prepare_are_told_apart() -> None:
    found = events_of(
        "The council sent a delegation to Lisbon to consult with the mediators, and the negotiations will be "
        "held in Geneva."
    )
    assert found["lisbon"] == "consultations"
    assert found["geneva"] is not None and found["geneva"].startswith("talks")


def test_the_place_and_day_of_consultative_meetings_are_theirs() -> None:
    found = events_of("The envoy spoke after consultative meetings in Lisbon on Saturday ahead of the talks.")
    assert found["lisbon"] == "consultations"
    assert found["2031-04-12"] == "consultations"


def test_a_meeting_named_for_no_one_is_the_kind_told_just_before() -> None:
    found = events_of(
        "Both sides were open to preliminary meetings before the talks. "
        "A planned meeting in Athens was canceled last week."
    )
    assert found["athens"] == "consultations"


def test_a_span_with_no_talks_word_is_the_kind() -> None:
    own = [Match(10, 30, "consultations", "consultative meetings")]
    assert not talks_told_apart(own, [], 40, 46)
    assert talks_told_apart(own, [Match(50, 60, "talks", "negotiations")], 62, 68)
    assert not talks_told_apart(own, [Match(0, 5, "talks", "talks")], 40, 46)
    # "the Geneva negotiations": a talks word right after the place
    assert talks_told_apart(own, [Match(47, 59, "talks", "negotiations")], 40, 46)


def test_the_day_an_end_was_told_on_dates_what_ended() -> None:
    found = events_of(
        "The council's consultations with the mediators concluded without agreement on whether it will "
        "attend the negotiations in Geneva on April 20, the head of its delegation said on Wednesday."
    )
    assert found["2031-04-16"] == "consultations"
    assert found["2031-04-20"].startswith("talks")
    assert found["geneva"].startswith("talks")


def test_a_day_said_on_with_no_end_told_is_still_the_statement_day() -> None:
    found = events_of(
        "The consultations with the mediators went well, the head of the delegation said on Wednesday."
    )
    assert "2031-04-16" not in found


def test_the_day_the_end_of_talks_was_told_on_is_not_their_day() -> None:
    found = events_of(
        "The talks in Geneva ended without agreement, the head of the delegation said on Wednesday."
    )
    assert "2031-04-16" not in found


def test_a_separate_meeting_is_not_the_kind_told_just_before() -> None:
    found = events_of(
        "Both sides were open to preliminary meetings before the talks. "
        "A separate meeting in Athens was canceled."
    )
    assert found["athens"] != "consultations"


def test_a_round_of_a_vote_is_not_talks_told_apart() -> None:
    own = [Match(4, 12, "election", "election")]
    assert not talks_told_apart(own, [Match(15, 20, "talks", "round")], 30, 35)


def _notes_of(text: str) -> dict[str, str | None]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=THU)
    return {str(c.value): c.note for c in extract(article, VOCAB) if c.kind == "date"}


def test_the_day_talks_ended_on_is_their_end() -> None:
    from discrep.extract.event_telling import ENDED

    # talks may run for days: the day they ended is compared with other ends, not the day they opened
    for text in (
        "Two days of talks in Doha ended on Wednesday without a breakthrough.",
        "The talks in Doha concluded without a deal on Wednesday.",
        "The negotiations wrapped up late on Wednesday.",
    ):
        assert _notes_of(text) == {"2031-04-16": ENDED}, text
    # the day they were held, or will be, is theirs
    assert _notes_of("The talks in Doha were held on Wednesday.") == {"2031-04-16": None}
    assert _notes_of("The talks will end on Saturday.")["2031-04-19"] is None
