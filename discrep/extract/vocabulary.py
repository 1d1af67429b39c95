"""The rule set compiled once per run into the finders that read articles (article.py uses it).

Each section of the rules becomes a Lexicon, and the finders of tallies, sources and events are
built from them; the compiled whole is a Vocabulary, shared by every article of the run (and
rebuilt in each worker process).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from discrep.extract.attribution import Attributor
from discrep.extract.events import EventFinder
from discrep.extract.lexicon import Lexicon
from discrep.extract.tallies import TallyFinder
from discrep.extract.tally_state import states_of
from discrep.ruleset import RuleSet


@dataclass(frozen=True)
class Vocabulary:
    """The rule set compiled for matching text; built once per run."""

    rules: RuleSet
    tallies: TallyFinder
    attributor: Attributor
    events: EventFinder
    timelines: tuple[dt.date, ...]  # start days from the rules, oldest first
    places: Lexicon | None = None  # the rules' places, as the finders match them


def compile_rules(rules: RuleSet) -> Vocabulary:
    metrics = Lexicon({m.id: m.aliases for m in rules.metrics.values()})
    subjects = Lexicon({s.id: s.aliases for s in rules.subjects.values()})
    claimants = Lexicon({c.id: c.aliases for c in rules.claimants.values()})
    places = Lexicon({p.id: p.aliases for p in rules.places.values()})
    nouns = frozenset(m.id for m in rules.metrics.values() if m.noun)
    return Vocabulary(
        rules,
        TallyFinder(
            metrics,
            nouns,
            subjects,
            places,
            {m.id: Lexicon({m.id: m.requires}) for m in rules.metrics.values() if m.requires},
            states_of(rules),
            frozenset(p.id for p in rules.places.values() if p.parent),
            frozenset(m.id for m in rules.metrics.values() if m.noun and m.owned),
            Lexicon({m.id: m.aliases + m.labels for m in rules.metrics.values()}),
        ),
        Attributor(claimants, rules.pronouns, _initials(rules)),
        EventFinder(rules, places, claimants),
        tuple(sorted(rules.timelines.values())),
        places,
    )


def _initials(rules: RuleSet) -> frozenset[str]:
    """The claimants' aliases that are initials ("WHO", "UN"), lower-cased."""
    aliases = (a for c in rules.claimants.values() for a in c.aliases)
    return frozenset(a.lower() for a in aliases if a.isupper() and a.isalpha())
