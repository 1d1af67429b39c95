"""Which round of talks a sentence is about, within one article, and across articles.

Within an article (`assign_rounds`): explicit ordinals first; "a new round" is the first numbered
round the article still expects, else the one after the last round it says was held; a sentence
with no ordinal takes the round of the nearest numbered event sentence before it (or after it,
when none comes before), unless it carries its own date and that date differs from the dates the
article gives for that round. Such sentences stay "talks" (round unknown).

Across articles (`resolve_by_date`): a "talks" claim whose date is a date other articles give for
a numbered round joins that round; one dated after every known round is the next round. Claims
that still have no round are reported but not compared.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from discrep.model import Claim, Modality

UNNUMBERED = "talks"


def round_event(number: int) -> str:
    return f"talks/round-{number}"


def round_number(event: str | None) -> int | None:
    if event and event.startswith("talks/round-"):
        return int(event.rsplit("-", 1)[1])
    return None


@dataclass(frozen=True, slots=True)
class RoundHint:
    """What pass one learned about one event sentence."""

    index: int  # sentence index in the article
    explicit: int | None
    is_new: bool
    modality: Modality
    dates: tuple[dt.date, ...]
    named: str | None  # an event the sentence names outright: "meeting/kuleba+lavrov", "summit"


def assign_rounds(hints: Sequence[RoundHint]) -> dict[int, str]:
    """Sentence index -> event id, for every event sentence of one article."""
    held = {h.explicit for h in hints if h.explicit and h.modality == "asserted"}
    pending = {h.explicit for h in hints if h.explicit and h.modality != "asserted"} - held
    new_round = min(pending) if pending else (max(held) + 1 if held else 2)
    numbered: dict[int, int] = {}
    for h in hints:
        if h.named is None and (h.explicit or h.is_new):
            numbered[h.index] = h.explicit or new_round
    round_dates: dict[int, set[dt.date]] = defaultdict(set)
    for h in hints:
        if h.index in numbered:
            round_dates[numbered[h.index]].update(h.dates)
    events: dict[int, str] = {}
    for h in hints:
        if h.named is not None:
            events[h.index] = h.named
            continue
        if h.index in numbered:
            events[h.index] = round_event(numbered[h.index])
            continue
        before = [i for i in numbered if i < h.index]
        after = [i for i in numbered if i > h.index]
        nearest = max(before) if before else (min(after) if after else None)
        if nearest is None:
            events[h.index] = UNNUMBERED
            continue
        number = numbered[nearest]
        known = round_dates.get(number, set())
        if h.dates and known and not set(h.dates) & known:
            events[h.index] = UNNUMBERED
        elif h.dates and not known and not before:
            events[h.index] = UNNUMBERED  # a dated sentence before any round is named: let dates decide
        else:
            events[h.index] = round_event(number)
    return events


def resolve_by_date(claims: Sequence[Claim]) -> list[Claim]:
    """Give unnumbered talks claims the round other articles date the same way."""
    dated: dict[int, set[dt.date]] = defaultdict(set)
    for c in claims:
        number = round_number(c.event)
        if number is not None and c.kind == "date" and not c.negated and isinstance(c.value, str):
            dated[number].add(dt.date.fromisoformat(c.value))
    if not dated:
        return list(claims)
    # the day each unnumbered sentence is about, so its venue claim moves with its date claim
    sentence_round: dict[tuple[str, int], int] = {}
    for c in claims:
        if c.event == UNNUMBERED and c.kind == "date" and isinstance(c.value, str):
            day = dt.date.fromisoformat(c.value)
            matches = [n for n, days in dated.items() if day in days]
            if len(matches) == 1:
                sentence_round[(c.path, c.sentence)] = matches[0]
            elif not matches and all(day > max(days) for days in dated.values()):
                sentence_round[(c.path, c.sentence)] = max(dated) + 1
    return [
        replace(c, event=round_event(sentence_round[(c.path, c.sentence)]), id=c.id)
        if c.event == UNNUMBERED and (c.path, c.sentence) in sentence_round
        else c
        for c in claims
    ]
