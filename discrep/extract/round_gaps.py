"""The undated round whose place in the sequence a day of unnumbered talks fills (rounds.py asks).

Talks in Paris on Sunday, reported by articles that date only "a second session" on Tuesday, are
the first round (gap_round: one day, at most GAP_DAYS before the round after it); so are the days
of one spell that several articles give before an undated round's successor, up to
AGREED_GAP_DAYS before it (agreed_gap_days: the plan said Thursday, the delegations met on Friday,
the "second round" came two and a half weeks later).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from discrep.model import Claim

UNNUMBERED = "talks"  # talks whose round is not told
ROUND_PREFIX = "talks/round-"
MAX_SLIP = 3  # days: two dates of one round further apart than this are two rounds
GAP_DAYS = 14  # days: an unnumbered date this far before an undated round's successor may be that round
AGREED_GAP_DAYS = 42  # days: the same for one spell of days that several articles give


def gap_round(day: dt.date, dated: dict[int, set[dt.date]]) -> int | None:
    """The one undated round whose place in the sequence `day` fills: after every date of the
    rounds before it, and at most GAP_DAYS before the first date of the round after it. Talks in
    Paris on Sunday, reported by articles that date only "a second session" on Tuesday, are the
    first round; talks weeks earlier are not."""
    found = [
        n - 1
        for n in dated
        if n > 1
        and n - 1 not in dated
        and 0 < (min(dated[n]) - day).days <= GAP_DAYS
        and all(d < day for m, days in dated.items() if m < n - 1 for d in days)
    ]
    return found[0] if len(found) == 1 else None


def agreed_gap_days(claims: Sequence[Claim], dated: dict[int, set[dt.date]]) -> dict[str, int]:
    """Days of unnumbered talks that several articles give, all within MAX_SLIP days of one another,
    as the only talks dated in the gap of an undated round (after the rounds before it, at most
    AGREED_GAP_DAYS before the round after it): that round, though further off than GAP_DAYS. The
    delegations met on Friday, a plan said Thursday, and a "second round" came two and a half
    weeks later: Thursday and Friday are the first round."""
    days: dict[dt.date, set[str]] = defaultdict(set)
    for c in claims:
        if c.event == UNNUMBERED and c.kind == "date" and not c.negated and isinstance(c.value, str):
            days[dt.date.fromisoformat(c.value)].add(c.path)
    agreed: dict[str, int] = {}
    for n in dated:
        gap = n - 1
        if gap < 1 or gap in dated:
            continue
        earlier = [d for m, ds in dated.items() if m < gap for d in ds]
        inside = sorted(
            d for d in days if 0 < (min(dated[n]) - d).days <= AGREED_GAP_DAYS and all(e < d for e in earlier)
        )
        if (
            inside
            and (inside[-1] - inside[0]).days <= MAX_SLIP
            and len(set().union(*(days[d] for d in inside))) >= 2
        ):
            agreed.update((d.isoformat(), gap) for d in inside)
    return agreed


def later_rounds(
    days: dict[tuple[str, int], dt.date], last: int, slip: int = MAX_SLIP
) -> dict[tuple[str, int], int]:
    """Rounds after the last numbered one, for sentences dated after it: days within MAX_SLIP days
    of each other are one round (a plan and the day it was held), a longer gap starts the next.
    Talks on March 7 and on March 29 are two rounds, not one round with two dates."""
    rounds: dict[tuple[str, int], int] = {}
    number, previous = last, None
    for key, day in sorted(days.items(), key=lambda item: (item[1], item[0])):
        if previous is None or (day - previous).days > slip:
            number += 1
        rounds[key] = number
        previous = day
    return rounds


def article_rounds(
    claims: Sequence[Claim], sentence_round: dict[tuple[str, int], int]
) -> dict[tuple[str, int], int]:
    """The round of each undated plan for talks in an article whose dated plans all turned out to
    be of one round, and which tells of no other: "the talks would take place at Ciragan Palace"
    beside "would travel to Istanbul for the talks on Monday", Monday being the second round's day
    elsewhere, is the second round's too (as assign_rounds gives an unnumbered sentence the round of
    the numbered one near it). Talks told as held, and any article that numbers a round or tells
    of talks held on a day, are left as they are: they may be another sitting."""
    rounds: dict[str, set[int]] = defaultdict(set)
    for (path, _), number in sentence_round.items():
        rounds[path].add(number)
    dated = {(c.path, c.sentence) for c in claims if c.event == UNNUMBERED and c.kind == "date"}
    for c in claims:
        if c.path not in rounds or c.kind not in ("date", "venue"):
            continue
        if c.event is not None and c.event.startswith(ROUND_PREFIX):
            rounds[c.path].add(-1)  # a numbered round of its own: its other sentences may be any
        elif (
            c.event == UNNUMBERED
            and c.kind == "date"
            and (c.modality != "expected" or (c.path, c.sentence) not in sentence_round)
        ):
            rounds[c.path].add(-1)  # talks held on a day, or a day of no known round
    return {
        (c.path, c.sentence): next(iter(rounds[c.path]))
        for c in claims
        if c.event == UNNUMBERED
        and c.modality == "expected"
        and (c.path, c.sentence) not in sentence_round
        and (c.path, c.sentence) not in dated
        and len(rounds.get(c.path, ())) == 1
    }
