"""The checks. Each module's docstring is its user documentation; each exposes `check(claims, ctx)`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from discrep.checks import date, tally, venue
from discrep.checks.base import CheckContext
from discrep.model import Claim, Finding

CheckFunction = Callable[[Iterable[Claim], CheckContext], list[Finding]]

# check id (as in rules/checks.yaml) -> the function that runs it
REGISTRY: dict[str, CheckFunction] = {
    tally.RULE: tally.check,
    venue.RULE: venue.check,
    date.RULE: date.check,
}

__all__ = ["REGISTRY", "CheckContext", "CheckFunction"]
