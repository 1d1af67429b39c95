"""Talks between different parties are numbered apart: the lines of talks of a corpus.

A corpus that tells of talks between two pairs of parties or more (US-Russia in Riyadh, US-Ukraine
in Jeddah the same weeks) holds one line of rounds per pair: rounds.py numbers each line by itself,
so the first US-Ukraine meeting is not the third round of the US-Russia talks, and the checks never
compare one line's venue or date with another's.

Talks claims that name one side only, or none (an article that says only "the talks"), join the
line they fit: the one pair that holds their side; else the one whose days are within MAX_SLIP days
of their sentence's day; else the one their own article tells of; else the line most articles tell
of (then the one most told of), the story's main thread. They take that line's parties as their
subject, as a reader of the corpus would. In a corpus with one pair or none, nothing moves: talks
with no parties named meet them all.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence

from discrep.extract.event_parties import compatible, sides_of
from discrep.extract.round_gaps import MAX_SLIP
from discrep.model import Claim, replace_claim


def _is_talks(claim: Claim) -> bool:
    return claim.kind != "quantity" and bool(claim.event) and str(claim.event).startswith("talks")


def talks_lines(claims: Sequence[Claim]) -> tuple[list[Claim], list[list[int]]] | None:
    """(claims, the indices of each line's talks claims), or None when the corpus has one line."""
    talks = [i for i, c in enumerate(claims) if _is_talks(c)]  # once: a corpus holds 100,000s of claims
    pairs: Counter[str] = Counter(s for i in talks if (s := claims[i].subject) and len(sides_of(s)) == 2)
    if len(pairs) < 2:
        return None
    line_days: dict[str, set[dt.date]] = defaultdict(set)  # sorted into lists below
    article_lines: dict[str, set[str]] = defaultdict(set)
    sentence_days: dict[tuple[str, int], set[dt.date]] = defaultdict(set)
    for i in talks:
        c = claims[i]
        line = c.subject if c.subject in pairs else None
        if line is not None:
            article_lines[c.path].add(line)
        if c.kind == "date" and isinstance(c.value, str) and not c.negated:
            day = dt.date.fromisoformat(c.value)
            sentence_days[(c.path, c.sentence)].add(day)
            if line is not None:
                line_days[line].add(day)
    days_of = {line: sorted(days) for line, days in line_days.items()}
    # the story's main thread: the pair most articles tell of (counted once, not per claim)
    told_by = Counter(p for told in article_lines.values() for p in told)
    out = list(claims)
    lines: dict[str, list[int]] = defaultdict(list)
    # a sentence's claims that name no pair go to one line: asked once per subject and sentence, and
    # answered once per subject, days and lines of the article (_line_for depends on nothing else)
    chosen: dict[tuple[str | None, str, int], str] = {}
    answers: dict[tuple[str | None, frozenset[dt.date], frozenset[str]], str] = {}
    for i in talks:
        c = claims[i]
        line = c.subject if c.subject in pairs else None
        if line is None:
            key = (c.subject, c.path, c.sentence)
            if key not in chosen:
                asked = (
                    c.subject,
                    frozenset(sentence_days.get((c.path, c.sentence), ())),
                    frozenset(article_lines.get(c.path, ())),
                )
                if asked not in answers:
                    answers[asked] = _line_for(c, pairs, days_of, article_lines, sentence_days, told_by)
                chosen[key] = answers[asked]
            line = chosen[key]
            out[i] = replace_claim(c, subject=line)
        lines[line].append(i)
    return out, [lines[key] for key in sorted(lines)]


def _line_for(
    claim: Claim,
    pairs: Counter[str],
    days_of: dict[str, list[dt.date]],
    article_lines: dict[str, set[str]],
    sentence_days: dict[tuple[str, int], set[dt.date]],
    told_by: Counter[str],
) -> str:
    candidates = sorted(p for p in pairs if compatible(p, claim.subject))
    if not candidates:
        candidates = sorted(pairs)
    if len(candidates) == 1:
        return candidates[0]
    days = sentence_days.get((claim.path, claim.sentence), set())
    near = [p for p in candidates if any(_within_slip(d, days_of.get(p, [])) for d in days)]
    if len(near) == 1:
        return near[0]
    own = [p for p in candidates if p in article_lines.get(claim.path, ())]
    if len(own) == 1:
        return own[0]
    # the story's main thread: the pair most articles tell of, then the most told
    return max(candidates, key=lambda p: (told_by[p], pairs[p], p))


def _within_slip(day: dt.date, days: list[dt.date]) -> bool:
    """Whether a day of the sorted `days` lies within MAX_SLIP days of `day`: the nearest ones only."""
    at = bisect.bisect_left(days, day)
    return any(abs((days[i] - day).days) <= MAX_SLIP for i in (at - 1, at) if 0 <= i < len(days))
