"""The tally check's same-day test: figures of one day that cannot all be true at once.

Two figures of one day whose intervals do not meet contradict each other, unless they are the
count at different hours: one article updating its own count, a running count's unattributed
figures of the day, or a fast day's figures from several articles that every later day's figure
overtakes. Two named sources at odds are always reported; so are two articles that give the same
exact death toll for the day beside different figures of another count ("1,644 dead, 2,376 injured"
and "1,644 dead, 3,408 injured"): one update told two ways, not the count at two hours. `sources`
tells when two claimant names are one source ("Kyrylenko", "Governor Pavlo Kyrylenko").
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from itertools import pairwise

from discrep.checks.base import listing
from discrep.checks.falls import Emit
from discrep.model import Claim


def meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


Updates = Mapping[tuple[str, dt.date], frozenset[tuple[str, float]]]


def told_updates(
    claims: Iterable[Claim], wholes: AbstractSet[str | None]
) -> dict[tuple[str, dt.date], frozenset[tuple[str, float]]]:
    """(article, day) -> the exact death tolls of the day it gives: an update's fingerprint. Two
    articles that give the same exact toll of 50 or more for a day, of no place or of a whole
    country (`wholes`: not a town's, which two updates may share), report one update."""
    told: dict[tuple[str, dt.date], set[tuple[str, float]]] = defaultdict(set)
    for c in claims:
        if (
            c.kind == "quantity"
            and c.subject in wholes
            and c.metric == "killed"
            and c.qualifier == "exact"
            and c.as_of is not None
            and c.event is None
            and not c.negated
            and isinstance(c.value, (int, float))
            and c.value >= 50
        ):
            told[(c.path, c.as_of)].add((c.metric, float(c.value)))
    return {key: frozenset(found) for key, found in told.items()}


def _one_update(claims: list[Claim], updates: Updates | None) -> bool:
    """Figures of one day from two articles or more, each giving the same exact toll beside them
    ("1,644 dead, 2,376 injured" and "1,644 dead, 3,408 injured"): one update told two ways, not the
    count at two hours."""
    if not updates or len({c.path for c in claims}) < 2 or any(c.as_of is None for c in claims):
        return False
    # a figure of the clash is no fingerprint of it: "1,002" then "1,644" dead are two updates
    own = {(c.metric, float(c.value)) for c in claims if isinstance(c.value, (int, float))}
    shared: frozenset[tuple[str, float]] | None = None
    for c in claims:
        day = c.as_of if c.as_of is not None else dt.date.min
        told = updates.get((c.path, day), frozenset()) - own
        shared = told if shared is None else shared & told
        if not shared:
            return False
    return True


def same_day(
    members: list[Claim],
    bounds: dict[str, tuple[float, float]],
    emit: Emit,
    cumulative: bool,
    updates: Updates | None = None,
) -> set[str]:
    """Report each day's figures that clash as a contradiction; return the ids of those reported."""
    flagged: set[str] = set()
    by_day: dict[dt.date | None, list[Claim]] = defaultdict(list)
    for c in members:
        by_day[c.as_of].append(c)
    # the lowest upper end among the figures of the days after each day: a day's figures all below
    # every later figure were the count rising through that day
    lowest_later: dict[dt.date | None, float] = {}
    running = math.inf
    for dated in sorted((d for d in by_day if d is not None), reverse=True):
        lowest_later[dated] = running
        running = min(running, min(bounds[c.id][1] for c in by_day[dated]))
    for day, claims in by_day.items():
        clash = _clashing(of_one_scale(claims, bounds, emit.scale), bounds)
        if len(clash) >= 2 and (
            _set_against(clash, bounds)
            or (
                not _one_voice(clash)
                and not _one_sentence(clash)
                and (
                    not (cumulative and (_updates(clash) or _overtaken(clash, bounds, lowest_later.get(day))))
                    or _one_update(clash, updates)
                )
            )
        ):
            flagged |= {c.id for c in clash}
            sides = listing(clash, emit.describe)
            emit("contradiction", clash, f"{emit.what} on {day}: figures do not agree: {sides}")
    return flagged


def day_spread(
    claims: list[Claim], bounds: dict[str, tuple[float, float]], scale: float
) -> list[Claim] | None:
    """The figures of a running count's only day, from two articles or more, that do not all meet
    though same_day() found no contradiction among them ("1,500 dead", "at least 2,000", "more than
    5,000", none from a named source set against another): the count at different hours of the
    day, lowest first, which a reader is still told of; None when there is no such spread."""
    dated = [c for c in claims if c.as_of is not None]
    if len({c.as_of for c in dated}) != 1 or len({c.path for c in dated}) < 2:
        return None
    clash = _clashing(of_one_scale(dated, bounds, scale), bounds)
    if len({c.path for c in clash}) < 2:
        return None
    return sorted(clash, key=lambda c: bounds[c.id])


def _set_against(claims: list[Claim], bounds: dict[str, tuple[float, float]]) -> bool:
    """A lower figure an article sets against a higher one it gave before ("the toll has risen to
    406 ... However, the official death toll stands at 222"): two counts the article itself tells
    apart, never one count updated (an update rises as the text goes on)."""
    told = sorted(claims, key=lambda c: (c.path, c.line, c.column))
    return any(
        a.path == b.path and _CONTRAST.match(b.quote) is not None and bounds[b.id][1] < bounds[a.id][0]
        for a, b in pairwise(told)
    )


# a sentence that opens by setting itself against the one before
_CONTRAST = re.compile(r"\W*(?:however|but|yet|by\s+contrast|in\s+contrast)\b", re.IGNORECASE)


def _one_voice(claims: list[Claim]) -> bool:
    """Figures of one day from one article and one source at most: the article updating its own
    count ("five dead" at 14:10, "the toll rose to 10" at 18:45 in a live blog; "up from five earlier
    in the day"), not sources at odds. One source may be named two ways in an article ("the county
    sheriff", "Sheriff Robert Luna": a word in common); two sources in one article still disagree."""
    if len({c.path for c in claims}) != 1:
        return False
    named = [set(_NAME_WORD.findall(n.lower())) for n in {c.claimant for c in claims if c.claimant}]
    return not named or all(named[0] & words for words in named[1:])


def _one_sentence(claims: list[Claim]) -> bool:
    """Figures of one metric in one sentence, from one source named by name at most: the sentence
    tells two things its metric word covers ("104,072 houses destroyed and 8,252 houses damaged"),
    not one count twice; two named sources set side by side in it ("the ambassador put it at 6,000,
    while the Red Crescent said 11,300") still disagree."""
    if len({(c.path, c.line) for c in claims}) != 1:
        return False
    # "the authorities": a body no name tells apart from the one the sentence names
    named = {c.claimant for c in claims if c.claimant and not _GENERIC.match(c.claimant)}
    return len(set(sources(named).values())) < 2


def _updates(claims: list[Claim]) -> bool:
    """A running count's figures of one day, some unattributed, that no two named sources give: the
    count as it stood at different hours ("almost 3,000 dead" in the morning, "past 7,200" by the
    evening; the agency's 2,921 at noon, then "4,500 dead"), not sources at odds. Two named sources
    are at odds (one named two ways, "Kyrylenko" and "Governor Pavlo Kyrylenko", is one source); so
    are two outlets that quote one source with different figures for the day."""
    named = set(sources(c.claimant for c in claims if c.claimant).values())
    return len(named) < 2 and any(c.claimant is None for c in claims)


def _overtaken(
    claims: list[Claim], bounds: dict[str, tuple[float, float]], lowest_later: float | None
) -> bool:
    """A running count's figures of one day, each article's agreeing among themselves, that every
    figure of the later days overtakes: the toll as it stood at different hours of a fast day (26
    at noon and 31 by evening, then 42 the next day), not sources at odds. Two sources at odds in
    one article ("the ambassador put it at 6,000, while the Red Crescent said 11,300") still
    disagree, and so do a day's figures that no later one overtakes, or that nothing followed."""
    if lowest_later is None or lowest_later == math.inf:
        return False
    if lowest_later < max(bounds[c.id][0] for c in claims):
        return False
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.path].append(c)
    return len(by_article) >= 2 and all(len(_clashing(told, bounds)) < 2 for told in by_article.values())


_NAME_WORD = re.compile(r"[a-z]{4,}")
# "the authorities", "local officials": unnamed bodies, not a named role ("the ambassador")
_GENERIC = re.compile(
    r"(?:[a-z]+\s+)*(?:authorities|officials|sources|agencies|reports)$"
)  # words of a source's name, its id's parts ("russian_mod") too


def of_one_scale(claims: list[Claim], bounds: dict[str, tuple[float, float]], scale: float) -> list[Claim]:
    """The claims less those more than `scale` times below the highest: "16" beside "34,297" cases on
    one day is one country's count beside a continent's, or a week's beside a year's, not two
    figures for one count (a real disagreement, 5,000 against 2,098, is within a few times)."""
    if not claims:
        return claims
    top = max(bounds[c.id][0] for c in claims)
    return [c for c in claims if bounds[c.id][1] * scale >= top]


def _clashing(claims: list[Claim], bounds: dict[str, tuple[float, float]]) -> list[Claim]:
    """The claims whose interval misses at least one other claim's interval.

    An interval misses another exactly when the other starts above its end or ends below its
    start, so comparing with the highest start and the lowest end of the day is enough: linear,
    where comparing every pair is quadratic in a day with thousands of figures.
    """
    if any(bounds[c.id][0] > bounds[c.id][1] for c in claims):  # never built, but stay exact if so
        return [
            c for c in claims if any(not meet(bounds[c.id], bounds[o.id]) for o in claims if o.id != c.id)
        ]
    highest_low = max(bounds[c.id][0] for c in claims)
    lowest_high = min(bounds[c.id][1] for c in claims)
    return [c for c in claims if highest_low > bounds[c.id][1] or lowest_high < bounds[c.id][0]]


def sources(claimants: Iterable[str]) -> dict[str, str]:
    """Each claimant's name for its source: the longest name of the corpus that holds all the words
    of a proper name, when only one does ("Kyrylenko", "Pavlo Kyrylenko" and "Donetsk Governor Pavlo
    Kyrylenko" are one source). A name with a common word ("officials", "ministry", "Authorities" at
    the start of a sentence, as the word is written lower case elsewhere) may be anyone's."""
    names = set(claimants)
    common = {w.lower() for n in names for w in re.findall(r"\w+", n) if w.islower()}
    words = {n: set(re.findall(r"\w+", n.lower())) for n in names}
    source: dict[str, str] = {}
    for name in names:
        proper = words[name] and not words[name] & common
        holders = [o for o in names if proper and o != name and words[name] < words[o]]
        widest = [o for o in holders if not any(words[o] < words[p] for p in holders)]
        source[name] = widest[0] if len(widest) == 1 else name
    return _by_short_name(names, source)


_SHORT = re.compile(r"[A-Z]{3,8}")


def _by_short_name(names: set[str], source: dict[str, str]) -> dict[str, str]:
    """A body's name as its short name ends: "Management Authority", "disaster management
    authorities" and "NDMA" are one source (the National Disaster Management Authority, its first
    words dropped where a name is shortened), when only one short name of the corpus ends so."""
    shorts = [n for n in names if _SHORT.fullmatch(n)]
    if not shorts:
        return source
    for name in names:
        letters = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name)).upper()
        if len(letters) < 2 or name in shorts:
            continue
        ends = [s for s in shorts if s.endswith(letters)]
        if len(ends) == 1 and source[name] == name:
            source[name] = ends[0]
    return source
