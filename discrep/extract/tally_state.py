"""A count told in a state it is still in: "80 people injured in the attack remain in hospital".

A metric with `state_of` in the rules (`in_hospital: state_of: wounded`) names a state that some of
another metric's count are still in. A figure read as that other metric, whose statement goes on to
name the state with no other count between them but the figure's own parts ("including six
children"), counts those still in it. Such a count falls as patients go home: it is neither the
wounded's running toll nor a contradiction of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from discrep.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from discrep.ruleset import RuleSet
    from discrep.text.numbers import NumberMention

# ", including six children,": the figure's own part, which the state's words may follow
_OWN_PART = re.compile(r",\s*(?:including|among\s+them|of\s+whom)\b[^,;]*,", re.IGNORECASE)
_REACH = 80  # how far after the figure, its parts left out, the state's words may begin
# "1,175 were injured, with many of them still being treated": the state is of some of them only
_SOME_OF_THEM = re.compile(
    r"\b(?:of\s+(?:them|whom|those)|many|some|most|several|others?|few|half)\b", re.IGNORECASE
)


def in_state(
    metrics: Lexicon,
    states: Mapping[str, frozenset[str]],
    sentence: str,
    figure: NumberMention,
    metric: str,
    counts: Sequence[NumberMention],
) -> str:
    """The state metric the figure's statement puts it in, or `metric` unchanged."""
    wanted = states.get(metric)
    if not wanted:
        return metric
    start, end = figure.start, figure.end
    for match in metrics.find(sentence, end, min(len(sentence), end + 3 * _REACH)):
        if match.key not in wanted:
            continue
        parts = [(m.start(), m.end()) for m in _OWN_PART.finditer(sentence, end, match.start)]
        between = _OWN_PART.sub("", sentence[end : match.start])
        if len(between) > _REACH or re.search(r"[;.:]", between) or _SOME_OF_THEM.search(between):
            return metric
        if any(
            end < other.start < match.start and not any(a <= other.start < b for a, b in parts)
            for other in counts
            if other.start != start
        ):
            return metric  # "150 were injured and 80 remain in hospital": the state is the 80's
        return match.key
    return metric


def states_of(rules: RuleSet) -> dict[str, frozenset[str]]:
    """Metric -> the metrics of the states its count may be told in (rules: state_of)."""
    states: dict[str, set[str]] = {}
    for m in rules.metrics.values():
        if m.state_of is not None:
            states.setdefault(m.state_of, set()).add(m.id)
    return {k: frozenset(v) for k, v in states.items()}
