"""The rule records: what a loaded rule pack holds, as frozen dataclasses.

ruleset.py reads and validates YAML into these; every other stage only reads them. They are kept
apart so a check or a report can name a RuleSet without pulling in the YAML machinery.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Metric:
    id: str
    label: str
    aliases: tuple[str, ...]
    cumulative: bool = True
    sum_of: tuple[str, ...] = ()
    noun: bool = False
    requires: tuple[str, ...] = ()  # one of these words must be in the figure's clause
    # a noun metric whose things belong to a side (tanks): with no owner named, a count is compared
    # only within its claimant's own series; false for things of no side (buildings)
    owned: bool = True
    # a count that is not cumulative but moves as one count (people missing, hostages): figures
    # moving one way over the days are its evolving tally; false for counts told anew (a crowd)
    moving: bool = False
    # a count whose figure is a floor of another metric's ("78 bodies recovered": at least 78 dead):
    # its figures are compared with that metric's as floors too
    floor_of: str | None = None
    # a state some of another metric's count are still in ("80 injured remain in hospital" is
    # in_hospital, state_of wounded): a figure of that metric told in this state counts it
    state_of: str | None = None
    # words that name the metric only as a list's label ("personnel ‒ about 31,150": casualties),
    # never next to a figure in running text ("500 personnel were deployed")
    labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Named:
    """A subject, claimant or kind of event: an id, a label and the phrases that name it."""

    id: str
    label: str
    aliases: tuple[str, ...]
    # events: who holds this kind of event ("presidents", "leaders"): their talks or meeting,
    # named so, is this event ("the two leaders will hold talks" is the summit); parties: the
    # people of the side (its leaders and negotiators), who name it as its aliases do
    participants: tuple[str, ...] = ()
    # subjects: the subject this one is a part of ("children" of "people"): a count of people
    # with no subject named is the whole's, though the corpus also counts the part; events (the
    # YAML key variant_of): the kind this one is a named variant of ("G7 summit" of "summit")
    part_of: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    label: str
    aliases: tuple[str, ...]
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Check:
    id: str
    enabled: bool
    severity: Mapping[str, str]
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RuleSet:
    metrics: Mapping[str, Metric]
    subjects: Mapping[str, Named]
    claimants: Mapping[str, Named]
    places: Mapping[str, Place]
    events: Mapping[str, Named]
    checks: Mapping[str, Check]
    timelines: Mapping[str, dt.date]
    pronouns: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    # the sides that meet in talks: who the talks are between tells two meetings apart
    parties: Mapping[str, Named] = field(default_factory=dict)

    def ancestors(self, place_id: str) -> list[str]:
        """The place and every place that contains it, innermost first."""
        chain: list[str] = []
        current: str | None = place_id
        while current and current not in chain:
            chain.append(current)
            current = self.places[current].parent if current in self.places else None
        return chain
