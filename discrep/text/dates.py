"""Find date expressions in English news text and resolve each to a calendar day.

``resolve_dates(text, reference, prefer="auto", day_one=None)`` returns :class:`DateMention` objects,
sorted by position and never overlapping. ``reference`` is the publication date. Only expressions
that name a single day are returned (not "March 2022", not "last week", not times of day).

What is recognised
------------------
* Weekdays: "on Wednesday", "Thursday morning", "late on Monday", "Tuesday in the afternoon",
  "last/next/this/previous/coming/following Friday", "this past Wednesday", "next week on Tuesday",
  "Friday next week", "monday of this week", "Thursday the 21st", "Mon 13th", "3 fridays from now",
  "two mondays later", "2 thursdays back". Abbreviations (Mon, Tue, ...) count only when capitalised
  (Sat and Sun only beside a date) or when they are the whole text.
* Relative days: today, tonight, tomorrow, yesterday, this morning/afternoon/evening, last night,
  "the day before yesterday", "the day after tomorrow", "the next day", "three days ago", "in two
  days", "a week from tomorrow", "1 month and 21 days ago", "a fortnight later", "in four business
  days", "2 weeks before Christmas", "3 days after January 12th".
* Explicit dates: "February 28", "Feb. 25, 2022", "28 February 2022", "the 3rd of March", "March
  third", "the twenty-first of May", "January twenty five nineteen eighty six", "Tue May 9",
  "3/3/2022", "21/04/16", "13.5.2015", "2022-03-03", "20220303", "2019/aug/01", "31-Oct-74";
  month/day without a year ("on 4/22") only after on/by/this/next/a weekday or at the end of a
  sentence; "the 15th" and "Monday 21" when no noun follows ("the 21st century" is not a date;
  "on the 10th they met" is); a second day told by its number beside a full date ("14 or 15
  August", "May 14 and 15") is a date of its own.
* Month arithmetic: "the first Monday of next month", "last Friday of October", "third day of
  October", "fifth last day of May", "the 20th of next month".
* Holidays (:mod:`discrep.text.date_calendars`): fixed-date, weekday-rule (Thanksgiving, MLK Day),
  Easter-based (western and orthodox), Hebrew and Islamic, with "2019", "of this year", "next",
  "last", "in a year", "3 months ago".
* Day counts: "the seventh day of the invasion", "on day 7 of the war" resolve to
  ``day_one + (n - 1)``; without ``day_one`` they are not returned.

Never dates: the modal "may" ("talks may resume", "May the talks..."), "a second", "24/7", "9/11".

Who parses what
---------------
Candidate spans are found by regexes compiled once at import: explicit and numeric dates in
:mod:`~discrep.text.date_rules`, weekdays and month arithmetic in :mod:`~discrep.text.date_weekdays`,
relative days, holidays, day counts and offsets in :mod:`~discrep.text.date_relative`, the tense
reader in :mod:`~discrep.text.date_tense`, vocabulary in :mod:`~discrep.text.date_patterns`, holiday
rules in :mod:`~discrep.text.date_calendars` and Sun/Moon positions in :mod:`~discrep.text.date_lunar`.
All candidates are collected, then the longest non-overlapping ones are kept.
Common shapes — weekdays, relative days, month-name dates, numeric dates, holidays — are resolved
here with plain date arithmetic, which is exact and about a thousand times faster than asking
dateparser. ``dateparser.parse`` is used only for the odd explicit shapes our grammar does not
order, such as "September-2020-23" or "23-2020-September": one call per distinct
(span, reference, prefer), cached with ``functools.lru_cache``. ``dateparser.search.search_dates``
is never used (it is slow and reads "may" and "a second" as dates).

How tense resolves an ambiguous date (``prefer="auto"``)
--------------------------------------------------------
A bare weekday takes the reference day itself when it is the reference's weekday. Otherwise
:func:`tense_of` reads the clause around it (the sentence, cut at . ! ? ; and line breaks). The cue
nearest before the date wins, else the nearest after it. Future cues are will, would, 'll, shall,
set/expected/scheduled/due/planned to, going to, plans to, to be held, to take place, to meet...,
may/might. Past cues are was, were, had, did, met, held, said, announced, began, reported, other
-ed verbs, "ago", "since". "Talks will take place on Thursday" written on Wednesday 2 March 2022
is 3 March; "met on Monday" written on the same day is 28 February. With no cue, or a past cue, the
weekday is the most recent one before the reference. In reported speech ("said ... will be held on
Thursday") the nearer verb, "will be held", governs.

A month and day without a year, a holiday without a year and a bare day of the month take the
occurrence nearest the reference. ``prefer="past"`` or ``"future"`` forces the direction of all of
these (a bare weekday then never means the reference day itself).

Modifiers: "last X" is the most recent X strictly before the reference; "this X" is X of the
current Monday-to-Sunday week; "next X" and "following X" are X of the next week (as in the
Recognizers-Text and duckling suites: "next Saturday" said on a Tuesday is eleven days later);
"coming X" and "upcoming X" are the first X after the reference; "previous X" is X of the
previous week.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import or_
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from discrep.text.date_relative import HOLIDAY_KEYS, compose, holiday_candidates
from discrep.text.date_rules import FLAGS, NEEDS, PATTERNS, WORDS, Cand, Ctx, Kind, Prefer
from discrep.text.date_tense import Tense, tense_of
from discrep.text.holiday_gate import HolidayGate
from discrep.text.words import words_of

__all__ = ["DateMention", "Prefer", "Tense", "resolve_dates", "tense_of"]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date
    kind: Kind = "explicit"
    part_of_day: str | None = None


_DIGIT = "\\d"  # in a requirement: any Unicode digit, as \d matches
# Characters that IGNORECASE matches to an ASCII letter although str.lower() does not map them there
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K
_ASCII_FOLDS = str.maketrans("\u0130\u0131\u017f\u212a", "Iisk")  # what IGNORECASE reads them as


def _requirements(items: Any) -> list[frozenset[str]]:
    """Sets of strings (lowercased) such that every match of the parsed regex `items` contains one
    string of each set.

    A cheap, sound summary: literal runs, small character sets, branches (the union of each
    branch's most selective set), groups and repeats of at least one; lookarounds and anchors
    require nothing.
    """
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        found: frozenset[str] | None = None
        if op is sre.IN:
            found = _charset(av)
        elif op is sre.BRANCH:
            parts = [_requirement(branch) for branch in av[1]]
            found = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op is sre.SUBPATTERN:
            options.extend(_requirements(av[3]))
        elif op is sre.ATOMIC_GROUP:
            options.extend(_requirements(av))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            options.extend(_requirements(av[2]))
        if found:
            options.append(found)
    if run:
        options.append(frozenset({run}))
    return options


def _requirement(items: Any) -> frozenset[str] | None:
    """The most selective of _requirements(items): fewest alternatives, then the longest shortest one."""
    options = _requirements(items)
    if not options:
        return None
    return min(options, key=lambda o: (len(o), -min(len(x) for x in o)))


def _charset(av: Any) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, value in av:
        if op is sre.LITERAL:
            chars.add(chr(value).lower())
        elif op is sre.RANGE and value[1] - value[0] < 40:
            chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
        elif op is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        else:
            return None  # negated sets, \w, \s, wide ranges: no useful requirement
    return frozenset(chars) if chars else None


def _gate(regex: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Searches in lowercased text, one per set of _requirements(regex), that every match passes."""
    try:
        required = _requirements(sre_parse.parse(regex.pattern, regex.flags))
    except Exception:  # an unexpected shape: no gate, the regex always runs
        return ()
    # digits first (prose has few), then the longest strings (rarer than short ones): a text that
    # fails tends to fail at once
    unique = sorted(set(required), key=_selectivity)
    sources = ["|".join(r"\d" if s == _DIGIT else re.escape(s) for s in _fewest(o)) for o in unique]
    return tuple(re.compile(source) for source in dict.fromkeys(sources))


def _fewest(strings: frozenset[str]) -> list[str]:
    """The same condition with fewer strings: "apr" covers "april", a digit covers "1st"."""
    kept = sorted(strings, key=lambda s: (len(s), s))
    if _DIGIT in strings:
        kept = [_DIGIT] + [s for s in kept if s != _DIGIT and not any(c.isdigit() for c in s)]
    out: list[str] = []
    for s in kept:
        if not any(shorter in s for shorter in out if shorter != _DIGIT):
            out.append(s)
    return sorted(out)


def _selectivity(strings: frozenset[str]) -> tuple[bool, int, int, list[str]]:
    digits = all(s == _DIGIT or s.isdigit() for s in strings)
    return (not digits, -min(len(s) for s in strings), len(strings), sorted(strings))


def _shared_gates() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[int]]:
    """Every pattern's gate as a bit mask: over one list of distinct searches (48 searches in the
    gates, 26 of them different), then over the distinct shapes of a word some patterns need (WORDS)."""
    position: dict[str, int] = {}
    searches: list[re.Pattern[str]] = []
    each = [_gate(regex) for regex, _ in PATTERNS]  # parsing a regex is most of the import's cost: once
    for gate in each:
        for search in gate:
            if search.pattern not in position:
                position[search.pattern] = len(searches)
                searches.append(search)
    shapes = list(dict.fromkeys(WORDS[handler] for _, handler in PATTERNS if handler in WORDS))
    gates: list[int] = []
    for gate, (_, handler) in zip(each, PATTERNS, strict=True):
        need = 0
        for search in gate:
            need |= 1 << position[search.pattern]
        if handler in WORDS:
            need |= 1 << (len(searches) + shapes.index(WORDS[handler]))
        gates.append(need)
    return searches, [re.compile(shape) for shape in shapes], gates


_GATE_SEARCHES, _WORD_SHAPES, _GATES = _shared_gates()
# A search for strings of word characters only (\d is one) finds something in a text exactly when
# it finds something in one of its words: every occurrence lies inside one run of \w. Such searches,
# and the word shapes, are answered once per distinct word (words recur from sentence to sentence),
# the other searches per text.
_IN_WORDS = re.compile(r"(?:\\d|\w)+(?:\|(?:\\d|\w)+)*")
_WORD_SEARCHES = tuple(
    (1 << i, search) for i, search in enumerate(_GATE_SEARCHES) if _IN_WORDS.fullmatch(search.pattern)
)
_TEXT_SEARCHES = tuple(
    (1 << i, search) for i, search in enumerate(_GATE_SEARCHES) if not _IN_WORDS.fullmatch(search.pattern)
)
_SHAPE_BITS = tuple((1 << (len(_GATE_SEARCHES) + i), shape) for i, shape in enumerate(_WORD_SHAPES))


@lru_cache(maxsize=16384)
def _word_mask(word: str) -> int:
    """The gate searches of word characters that find something in `word`, and the shapes it has."""
    mask = 0
    for bit, search in _WORD_SEARCHES:
        if search.search(word):
            mask |= bit
    for bit, shape in _SHAPE_BITS:
        if shape.fullmatch(word):
            mask |= bit
    return mask


def _found(lowered: str, words: frozenset[str]) -> int:
    """The gate searches that find something in `lowered`, and the shapes among its words `words`."""
    mask = reduce(or_, map(_word_mask, words), 0)
    for bit, search in _TEXT_SEARCHES:
        if search.search(lowered):
            mask |= bit
    return mask


# Each pattern without IGNORECASE, for the lowercased text: it finds the same spans there, about
# twice as fast, as lower() folds every character as IGNORECASE does but the four _ODD_FOLDS (see
# discrep.text.caseless; tests/text/test_date_lowered.py checks every code point). The handlers read
# the text as written, so each span found is matched again, anchored, by the pattern in the text.
# A pattern with a capital letter of its own (outside escapes and group names) keeps to IGNORECASE.
_PATTERN_TOKEN = re.compile(r"\\.|\(\?P[<=]|.", re.DOTALL)


def _lower_case(pattern: str, flags: int) -> re.Pattern[str] | None:
    tokens = (m.group() for m in _PATTERN_TOKEN.finditer(pattern))
    return None if any(len(t) == 1 and t != t.lower() for t in tokens) else re.compile(pattern, flags)


_LOWERED = [_lower_case(regex.pattern, regex.flags & ~re.IGNORECASE) for regex, _ in PATTERNS]


def _matches(
    regex: re.Pattern[str], lowered_regex: re.Pattern[str], text: str, lowered: str
) -> list[re.Match[str]]:
    """What regex.finditer(text) gives, found by lowered_regex in `lowered`, which is text.lower()."""
    found = []
    for low in lowered_regex.finditer(lowered):
        m = regex.match(text, low.start())
        if m is None or m.end() != low.end():  # never seen: the pattern itself has the last word
            return list(regex.finditer(text))
        found.append(m)
    return found


_HOLIDAY_GATE = HolidayGate(HOLIDAY_KEYS, FLAGS)


def resolve_dates(
    text: str, reference: dt.date, *, prefer: Prefer = "auto", day_one: dt.date | None = None
) -> list[DateMention]:
    """Every single-day date expression in ``text``, resolved against ``reference``."""
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    original = text
    if _ODD_FOLDS.search(text):
        # the patterns ignore case, so "ſunday" matches as "sunday"; the handlers look words up
        # lowercased, where "ſunday" is not "sunday": read the four letters as the ASCII they match
        text = text.translate(_ASCII_FOLDS)  # one character for one: offsets stay
    ctx = Ctx(text, reference, prefer, day_one)
    cands: list[Cand] = []
    # Each pattern runs only on text that holds what all its matches hold (see _requirement and
    # WORDS): most sentences name no date, and the scans are most of the cost. The lowercased text
    # and its words come from words_of, which the lexicons have mostly asked about this sentence.
    read = words_of(text)
    gated = read is not None
    lowered = read.lowered if read is not None else text.lower()
    words = read.whole if read is not None else frozenset()
    found = _found(lowered, words) if gated else 0
    # lower() keeps every character in place but İ, which words_of turned away
    aligned = gated and len(lowered) == len(text)
    for (regex, handler), lowered_regex, need in zip(PATTERNS, _LOWERED, _GATES, strict=True):
        if gated and need & found != need:
            continue
        needs = NEEDS.get(handler)
        if needs is not None and not needs.search(text):
            continue
        if aligned and lowered_regex is not None:
            matches: Iterable[re.Match[str]] = _matches(regex, lowered_regex, text, lowered)
        else:
            matches = regex.finditer(text)
        for m in matches:
            if m.end() > m.start() and (c := handler(m, ctx)) is not None:
                cands.append(c)
    if not gated or _HOLIDAY_GATE.may_name_holiday(words):
        cands.extend(holiday_candidates(ctx))
    if not cands:  # most sentences: nothing to compose or choose among
        return []
    cands.extend(compose(ctx, [c for c in cands if c.date is not None]))
    # Longest first; a span that is not a date (date None) yields to a date of the same length.
    chosen: list[Cand] = []
    starts: list[int] = []  # starts and ends of the chosen spans, kept sorted; they never overlap
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.date is None, c.start)):
        i = bisect.bisect_right(starts, c.start)
        if (i == 0 or ends[i - 1] <= c.start) and (i == len(starts) or c.end <= starts[i]):
            starts.insert(i, c.start)
            ends.insert(i, c.end)
            chosen.append(c)
    mentions = [
        DateMention(c.start, c.end, original[c.start : c.end], c.date, c.kind, c.pod)
        for c in sorted(chosen, key=lambda c: c.start)
        if c.date is not None
    ]
    return _with_other_days(original, mentions)


# "14 or 15 August", "May 14 or 15", "on 3 and 4 March": a second day of the same month, told by
# its number alone beside a full date (a count runs on: "14 or 15 people", "15 August 2024")
_DAY_BEFORE = re.compile(r"(?<![\w.,/-])(\d{1,2})(?:st|nd|rd|th)?\s+(?:or|and)\s+$")
_DAY_AFTER = re.compile(r"\s+(?:or|and)\s+(\d{1,2})(?:st|nd|rd|th)?(?![\w/.:-]|\s*(?:[%(]|\d))")
_MONTH_FIRST = re.compile(r"[A-Za-z]{3}")


def _with_other_days(text: str, found: list[DateMention]) -> list[DateMention]:
    if not found:
        return found
    extra: list[DateMention] = []
    taken = [(m.start, m.end) for m in found]
    for m in found:
        if m.kind != "explicit":
            continue
        if m.text[:1].isdigit():
            other = _DAY_BEFORE.search(text, max(0, m.start - 14), m.start)
        elif _MONTH_FIRST.match(m.text) and m.text[-1:].isdigit():
            other = _DAY_AFTER.match(text, m.end)
        else:
            continue
        if other is None or any(a < other.end(1) and other.start(1) < b for a, b in taken):
            continue
        day = int(other.group(1))
        if 1 <= day <= 31 and (date := _same_month(m.date, day)) is not None:
            extra.append(DateMention(other.start(1), other.end(1), other.group(1), date))
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found


def _same_month(date: dt.date, day: int) -> dt.date | None:
    try:
        return date.replace(day=day)
    except ValueError:
        return None
