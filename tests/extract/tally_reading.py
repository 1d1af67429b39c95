"""What the tally tests read of a sentence: one compiled vocabulary, and each figure as a number.

A figure with no single value ("more than 5,000", "between 300 and 400") is read by its lower end,
so the tables can name it by one number.
"""

from __future__ import annotations

from discrep.extract import compile_rules
from discrep.extract.tallies import Tally
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())
FINDER = VOCAB.tallies


def figure(tally: Tally) -> float | None:
    return tally.mention.value if tally.mention.value is not None else tally.mention.low


def read(sentence: str) -> list[tuple[float | None, str, str | None]]:
    """(figure, metric, subject) of each tally the finder takes in the sentence."""
    return [(figure(t), t.metric, t.subject) for t in FINDER.find(sentence)]
