"""Another occasion of an event with no rounds: the summit before this one, or the one after it.

A summit, a meeting of named people or a conference recurs, and a report of one often names
another: "their first summit, in Helsinki in 2018, ended without a deal"; "the next summit could be
held in Moscow". Those places and days are another occasion's, never compared with the story's:
- a place with an earlier year than the article's beside it ("in Helsinki in 2018", "Helsinki,
  2018"), or told of "the 2018 summit", is that year's occasion: event "summit in 2018";
- a place or day whose nearest event word is told as a later occasion ("the next summit", "a
  future meeting", "a follow-up summit") is the next one: event "summit (next)";
- one whose nearest event word is told as an earlier occasion ("their previous summit", "the last
  meeting", "three years after they met in Helsinki") is an earlier one: event "summit (earlier)".
A bloc's or a forum's summit ("the G7 summit", rules: events, variant_of) is its own kind of event,
so the summit of the story's parties is not compared with it. In an article that opens on one such
summit and names no parties at all, a bare "the summit" is that one: a report of the G20 summit
calls it "the summit" in the next sentence. In a sentence that names several kinds ("for the NATO
summit on June 14 in Brussels and the G7 summit from June 11 to 13 in Britain"), a place or day is
of the kind named last before it in its clause.
Only words in the place's own clause count: in "the next summit could be in Moscow, after the
summit in Vienna" Vienna is the story's. Talks have rounds for all of this (rounds.py); a day dated
months before the article is an earlier occasion already (event_claims._earlier_occurrence).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from discrep.extract.event_venues import VENUE_BREAK
from discrep.extract.lexicon import Match
from discrep.extract.occasion_ids import EARLIER_OCCASION, NEXT_OCCASION
from discrep.extract.rounds import RoundHint

_YEAR_AFTER = re.compile(r"\s*,?\s*(?:in\s+)?((?:19|20)\d\d)\b(?!\s*(?:people|dead|killed|troops))")
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:['’]s)?\s+(?:[\w-]+\s+)?$")
_LATER = re.compile(r"\b(?:next|future|follow-up|follow-on|subsequent)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_EARLIER = re.compile(
    r"\b(?:previous|earlier|past|last|prior)\s+(?:[\w'’-]+\s+)?$"
    # "comes nearly three years after Putin met Trump in Helsinki"
    r"|\b(?:years?|months?|decades?)\s+(?:after|since)\s+(?:[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_WORD_REACH = 60  # characters before an event word that may qualify it


def other_occasion(
    text: str, start: int, end: int, kind: str, words: Sequence[Match], published: dt.date | None
) -> str:
    """The suffix of the event for the place or day at start:end ("" for the story's own occasion).

    `words` are the event words of the sentence (talks, meetings, kinds of event), in order."""
    clause = _clause_start(text, start)
    nearest = next((w for w in reversed(words) if clause <= w.start and w.end <= start), None)
    if nearest is not None:
        before = text[max(clause, nearest.start - _WORD_REACH) : nearest.start]
        if _LATER.search(before):
            return NEXT_OCCASION
        if _EARLIER.search(before):
            return EARLIER_OCCASION
    if kind == "venue" and published is not None:
        year = _YEAR_AFTER.match(text, end)
        told = int(year.group(1)) if year else None
        if told is None and nearest is not None:
            prefix = _YEAR_BEFORE.search(text[max(clause, nearest.start - 20) : nearest.start])
            told = int(prefix.group(1)) if prefix else None
        if told is not None and told < published.year:
            return f" in {told}"
    return ""


def nearest_kind(text: str, start: int, words: Sequence[Match], kinds: frozenset[str]) -> str | None:
    """The kind of event (rules: events, not talks nor meetings) named last before `start` in its
    clause, if the nearest event word is one."""
    clause = _clause_start(text, start)
    nearest = next((w for w in reversed(words) if clause <= w.start and w.end <= start), None)
    return nearest.key if nearest is not None and nearest.key in kinds else None


def _clause_start(text: str, position: int) -> int:
    start = 0
    for brk in VENUE_BREAK.finditer(text, 0, position):
        start = brk.end()
    return start


def bare_kinds_named(hints: list[RoundHint], variant_of: Mapping[str, str]) -> list[RoundHint]:
    """The article's hints with a bare kind ("summit") read as the one variant of it the article
    names ("g20_summit"), when no sentence of it names the parties of any event."""
    if not variant_of or any(h.parties for h in hints):
        return hints
    told: dict[str, set[str]] = {}
    first: dict[str, str] = {}  # the kind each base's first mention in the article names
    bases = set(variant_of.values())
    for h in hints:
        if h.named is not None and h.named in variant_of:
            told.setdefault(variant_of[h.named], set()).add(h.named)
            first.setdefault(variant_of[h.named], h.named)
        elif h.named in bases:
            first.setdefault(h.named, h.named)
    # the article must open on the bloc's summit: "arranged a summit between the two presidents ...
    # they last met at the G20 summit in Bali" is the presidents' own summit
    one = {
        base: next(iter(variants))
        for base, variants in told.items()
        if len(variants) == 1 and first[base] in variants
    }
    if not one:
        return hints
    return [replace(h, named=one[h.named]) if h.named in one else h for h in hints]
