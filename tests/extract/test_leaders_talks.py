"""A summit told as talks or a meeting of its parties, on its day, is the summit (leaders_talks.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from discrep.extract.leaders_talks import leaders_talks
from discrep.extract.rounds import resolve_by_date
from discrep.model import Claim
from tests.extract.test_events import claim

US_RU = "russia+united_states"


def said(path: str, kind: str, value: str, event: str, subject: str | None = US_RU) -> Claim:
    """A talks claim of one sentence, with the parties it names (test_events.claim's, with a subject)."""
    return replace(claim(path, 0, kind, value, event), subject=subject)


@pytest.mark.parametrize(
    ("claims", "events"),
    [
        # "Putin and Trump will hold talks at the base in Anchorage on Friday" beside the summit set
        # for that Friday: the place and the day are the summit's
        (
            [
                said("a", "date", "2025-08-15", "summit"),
                said("c", "date", "2025-08-15", "talks"),
                said("c", "venue", "jber", "talks"),
            ],
            ["summit", "summit", "summit"],
        ),
        # a meeting of the two named leaders on that day is the summit too
        (
            [
                said("a", "date", "2025-08-15", "summit"),
                said("b", "date", "2025-08-15", "meeting/putin+trump"),
            ],
            ["summit", "summit"],
        ),
        # talks on another day, a numbered round, or talks of other parties stay as they are
        (
            [
                said("a", "date", "2025-08-15", "summit"),
                said("b", "date", "2025-08-14", "talks"),
                said("c", "date", "2025-08-15", "talks/round-2"),
                said("d", "date", "2025-08-15", "talks", subject="ukraine+united_states"),
            ],
            ["summit", "talks", "talks/round-2", "talks"],
        ),
        # a summit's other occasion ("summit in 2018") or one with no parties named draws nothing
        (
            [said("a", "date", "2025-08-15", "summit in 2018"), said("b", "date", "2025-08-15", "talks")],
            ["summit in 2018", "talks"],
        ),
        (
            [
                said("a", "date", "2025-08-15", "summit", subject=None),
                said("b", "date", "2025-08-15", "talks"),
            ],
            ["summit", "talks"],
        ),
    ],
)
def test_leaders_talks(claims: list[Claim], events: list[str]) -> None:
    assert [c.event for c in leaders_talks(claims)] == events


def test_a_denied_day_is_no_summit_day() -> None:
    claims = [
        replace(said("a", "date", "2025-08-15", "summit"), negated=True),
        said("b", "date", "2025-08-15", "talks"),
    ]
    assert [c.event for c in leaders_talks(claims)] == ["summit", "talks"]


def test_the_corpus_pass_moves_talks_into_the_summit() -> None:
    claims = [said("a", "date", "2025-08-15", "summit"), said("c", "date", "2025-08-15", "talks")]
    assert [c.event for c in resolve_by_date(claims)] == ["summit", "summit"]
