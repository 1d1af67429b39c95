"""Relative days, holidays, day counts and offsets for the date resolver (:mod:`discrep.text.dates`)."""

from __future__ import annotations

import datetime as dt
import re

from discrep.text import date_calendars as cal
from discrep.text.date_patterns import (
    COUNT_WORD,
    ORDINAL,
    POD,
    WEEKDAY,
    WEEKDAY_FULL,
    YEAR,
    count_value,
    day_value,
    year_value,
)
from discrep.text.date_rules import (
    FLAGS,
    Cand,
    Ctx,
    add_months,
    ambiguous_mode,
    followed_by_word,
    pattern,
    pick,
    wd_num,
    weekday_near,
)
from discrep.text.date_tense import Tense
from discrep.text.date_weekdays import ORD5, ORD5_VALUE, PODS, part_of_day

# --- relative days -----------------------------------------------------------------------------

_RELATIVE_WORDS = {
    "the day before yesterday": -2, "day before yesterday": -2, "the day after tomorrow": 2,
    "day after tomorrow": 2, "the day after tmrw": 2, "day after tmrw": 2, "today": 0, "tonight": 0,
    "tonite": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "yesterday": -1, "otd": 0, "this day": 0,
    "at this time": 0, "the next day": 1, "the following day": 1, "the day after": 1,
    "the day before": -1, "the previous day": -1, "the last day": -1, "last day": -1, "past day": -1,
    "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
}  # fmt: skip
_NEEDS_NO_NOUN = {"the next day", "the following day", "the day after", "the day before", "the previous day",
                  "the last day", "last day", "past day", "this day"}  # fmt: skip
_REL_ALT = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_RELATIVE_WORDS, key=len, reverse=True)
)
# Each phrase's words are whole words of the text (white space between them, no \w or - around the
# phrase), and each phrase holds one that is not a common word: the gate asks for one of those.
_COMMON = {"the", "this", "at", "after", "before", "last", "past", "next", "previous", "following"}
_REL_KEYS = sorted({w for phrase in _RELATIVE_WORDS for w in phrase.split()} - _COMMON)


@pattern(
    rf"(?<![\w-])(?P<w>{_REL_ALT})(?![\w-])(?:\s+(?:in\s+the\s+)?{POD}(?![a-z]))?",
    word="|".join(_REL_KEYS),
)
def _relative_word(m: re.Match[str], ctx: Ctx) -> Cand | None:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    if word in _NEEDS_NO_NOUN and followed_by_word(ctx.text, m.end()):
        return None
    pod = (
        part_of_day(m)
        or PODS.get(word)
        or (word.split()[1] if word.startswith("this ") and word != "this day" else None)
    )
    if word == "last night":
        pod = "night"
    return Cand(m.start(), m.end(), ctx.ref + dt.timedelta(days=_RELATIVE_WORDS[word]), "relative", pod)


_COUNT = rf"(?:\d+|a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|few|several|an?|{COUNT_WORD})"
_UNIT = r"(?:(?:business|working)\s+)?(?:days?|weeks?|fortnights?|months?|years?)(?![a-z])"
DURATION = rf"(?<![\w-]){_COUNT}\s+{_UNIT}(?:(?:\s*,\s*(?=\d)|\s+and\s+|\s+){_COUNT}\s+{_UNIT})*"
_DUR_PART = re.compile(rf"(?P<n>{_COUNT})\s+(?P<u>{_UNIT})", FLAGS)


_UNIT_RANK = {"year": 4, "month": 3, "fortnight": 2, "week": 2, "day": 1}


def shift_by(base: dt.date, duration: str, sign: int) -> dt.date | None:
    months = days = business = 0
    last_rank, last_end = 99, 0
    for part in _DUR_PART.finditer(duration):
        n = count_value(part.group("n"))
        unit = part.group("u").lower()
        name = unit.split()[-1].rstrip("s")
        rank = _UNIT_RANK[name]
        # "1 month, 21 days" is one duration; "two days, a week" is a list of two.
        if n is None or ("," in duration[last_end : part.start()] and rank >= last_rank):
            return None
        last_rank, last_end = rank, part.end()
        if unit.startswith(("business", "working")):
            business += n
        else:
            months += n * {"year": 12, "month": 1}.get(name, 0)
            days += n * {"fortnight": 14, "week": 7, "day": 1}.get(name, 0)
    try:
        # Calendar units first, then days, as "1 month 21 days ago" is counted by people.
        day = add_months(base, sign * months) + dt.timedelta(days=sign * days)
    except (ValueError, OverflowError):
        return None
    while business:
        day += dt.timedelta(days=sign)
        business -= day.weekday() < 5
    return day


_SUPERLATIVE = re.compile(
    r"\b(?:first|most|least|ever|time|times|record|level|worst|best|biggest|largest|highest|lowest|strongest"
    r"|deadliest|fastest|slowest|longest|greatest|smallest|sharpest|steepest|weakest|heaviest)\b(?:\W+\w+){0,3}\W*$"
    # "the first between Russia and Ukraine in three years": further off, with no verb between that
    # could own a coming day ("the first round will be held in three days")
    r"|\b(?:first|ever)\b(?:[\s,]+(?!(?:will|would|be|is|are|was|were|to|take|held|hold|begin|start|meet|"
    r"resume|open|come|comes|due|set|expected)\b)[\w'’-]+){1,6}\s*$",
    FLAGS,
)


@pattern(
    rf"(?P<in>\bin\s+(?:the\s+next\s+)?)?(?P<dur>{DURATION})(?(in)(?:'s\s+time)?|\s+(?P<dir>ago|back|from\s+now"
    r"|from\s+today|hence|later))",
    word=r"(?:day|week|fortnight|month|year)\w*",  # the first unit, after white space
)
def _duration(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if m.group("in"):
        if _SUPERLATIVE.search(ctx.text, max(0, m.start() - 40), m.start()):
            return None
        sign = 1
    else:
        sign = -1 if (m.group("dir") or "").lower() in ("ago", "back") else 1
    date = shift_by(ctx.ref, m.group("dur"), sign)
    return Cand(m.start(), m.end(), date, "relative") if date else None


@pattern(rf"(?:upcoming\s+(?P<dur>{DURATION})|(?P<n>{_COUNT})\s+upcoming\s+(?P<u>{_UNIT}))")
def _upcoming(m: re.Match[str], ctx: Ctx) -> Cand | None:
    date = shift_by(ctx.ref, m.group("dur") or f"{m.group('n')} {m.group('u')}", 1)
    return Cand(m.start(), m.end(), date, "relative") if date else None


@pattern(
    rf"(?<![\w-])(?P<n>\d+|{COUNT_WORD})\s+(?P<wd>{WEEKDAY_FULL})s?\s+(?P<dir>from\s+now|later|hence|back|ago)"
)
def _weekday_count(m: re.Match[str], ctx: Ctx) -> Cand | None:
    n = count_value(m.group("n"))
    if not n:
        return None
    direction: Tense = "past" if m.group("dir").lower() in ("back", "ago") else "future"
    first = weekday_near(ctx.ref, wd_num(m.group("wd")), direction)
    step = 7 * (n - 1) * (1 if direction == "future" else -1)
    return Cand(m.start(), m.end(), first + dt.timedelta(days=step), "weekday")


# --- holidays ----------------------------------------------------------------------------------

_HOLIDAYS = [(re.compile(k.replace(" ", r"\s+"), FLAGS), rule) for k, rule in cal.HOLIDAY_RULES.items()]
HOLIDAY_KEYS = _HOLIDAY_KEYS = [regex.pattern for regex, _ in _HOLIDAYS]
_HOLIDAY_ANY = re.compile(
    r"(?<![\w-])(?:(?P<mod>next|last|this|the\s+next|the\s+last|the\s+coming|coming|upcoming)\s+)?(?=(?:"
    + "|".join(_HOLIDAY_KEYS)
    + r")(?![\w-]))",
    FLAGS,
)
# A cheap necessary condition for _HOLIDAY_ANY, whose optional lead makes it try every position:
# any match has a holiday name with no word character or hyphen on either side.
HOLIDAY_NAME = _HOLIDAY_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(_HOLIDAY_KEYS) + r")(?![\w-])", FLAGS)
_HOLIDAY_TAIL = re.compile(
    rf"(?:\s+of\s+(?P<rel>this|next|last)\s+year|\s*,?\s*(?:in\s+|of\s+)?{YEAR}"
    rf"|\s+in\s+(?P<indur>{DURATION})|\s+(?P<dur>{DURATION})\s+(?P<dir>hence|from\s+now|ago))",
    FLAGS,
)


def holiday_candidates(ctx: Ctx) -> list[Cand]:
    out: list[Cand] = []
    text, ref = ctx.text, ctx.ref
    if not _HOLIDAY_NAME.search(text):
        return out
    for m in _HOLIDAY_ANY.finditer(text):
        pos = m.end()
        best: tuple[int, cal.Rule] | None = None
        for regex, rule in _HOLIDAYS:
            hm = regex.match(text, pos)
            if (
                hm
                and not re.match(r"[\w-]", text[hm.end() : hm.end() + 1])
                and (best is None or hm.end() > best[0])
            ):
                best = (hm.end(), rule)
        if best is None:
            continue
        end, rule = best
        tail = _HOLIDAY_TAIL.match(text, end)
        mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower()).removeprefix("the ")
        date: dt.date | None
        anchor: dt.date | None = None
        if tail and tail.group("year") and re.fullmatch(r"\d\d", tail.group("year")):
            tail = None
        if tail:
            end = tail.end()
            if tail.group("rel"):
                year: int | None = ref.year + {"this": 0, "next": 1, "last": -1}[tail.group("rel").lower()]
            elif tail.group("year"):
                year = year_value(tail.group("year"))
            else:
                moved = shift_by(
                    ref, tail.group("indur") or tail.group("dur"), -1 if tail.group("dir") == "ago" else 1
                )
                year = moved.year if moved else None
            date = rule(year) if year else None
        else:
            options = [d for y in range(ref.year - 2, ref.year + 3) if (d := rule(y))]
            mode = {"next": "after", "coming": "after", "upcoming": "after", "last": "before"}.get(mod)
            date = rule(ref.year) if mod == "this" else pick(options, ref, mode or ambiguous_mode(ctx))
            anchor = pick(options, ref, mode or "nearest")
        start = m.start() if mod else m.end()
        out.append(Cand(start, end, date, "holiday", anchor=anchor or date))
    return out


# --- day counts --------------------------------------------------------------------------------

_EVENT = (
    r"(?:invasion|war|conflict|offensive|attacks?|fighting|assault|siege|occupation|operation|incursion"
    r"|hostilities|crisis|protests?|strike|talks|negotiations|ceasefire|truce|blockade|bombardment|shelling)"
)


@pattern(
    rf"(?:(?:on\s+)?the\s+)?(?P<ord>{ORDINAL})\s+day\s+(?:of|since|into)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?{_EVENT}"
    rf"|(?:on\s+)?day\s+(?P<n>\d+|{COUNT_WORD})\s+(?:of|since|into)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?{_EVENT}",
    word="day",  # between white space, or after the start of the match (no \w before it) and white space
)
def _day_count(m: re.Match[str], ctx: Ctx) -> Cand | None:
    n = day_value(m.group("ord")) if m.group("ord") else count_value(m.group("n"))
    if n is None or n < 1:
        return None
    date = ctx.day_one + dt.timedelta(days=n - 1) if ctx.day_one else None
    return Cand(m.start(), m.end(), date, "day_count")


# --- composition -------------------------------------------------------------------------------

_PREFIX_OFFSET = re.compile(rf"(?P<dur>{DURATION})\s+(?P<dir>from|after|before|since)\s+$", FLAGS)
_PREFIX_NTH = re.compile(rf"(?:the\s+)?{ORD5}\s+{WEEKDAY}\s+(?P<dir>after|before)\s+$", FLAGS)
_PREFIX_CLOSEST = re.compile(rf"(?:the\s+)?(?:closest|nearest)\s+{WEEKDAY}\s+to\s+$", FLAGS)


_LAST_WORD = re.compile(r"(?:from|after|before|since|to)\s+$", FLAGS)
# A day of the week pinned to a counted offset: "Monday two weeks from now", "3 weeks after
# Christmas on Friday". It is that weekday of the week (Sunday to Saturday) the offset lands in.
# Not after "on": "met on Monday two days after March 3" tells two days, the meeting's and another.
_WEEKDAY_BEFORE = re.compile(rf"(?<!\bon\s){WEEKDAY}\s+$", FLAGS)
_ON_WEEKDAY_AFTER = re.compile(rf"\s+on\s+{WEEKDAY}", FLAGS)
_COUNTED_FROM_NOW = re.compile(r"(?:from\s+now|from\s+today|hence|later)$", FLAGS)


def _of_its_week(day: dt.date, weekday: str) -> dt.date:
    sunday = day - dt.timedelta(days=(day.weekday() + 1) % 7)
    return sunday + dt.timedelta(days=(wd_num(weekday) + 1) % 7)


def _pinned_to_weekday(ctx: Ctx, offset: Cand) -> Cand | None:
    if offset.date is None:
        return None
    if before := _WEEKDAY_BEFORE.search(ctx.text, max(0, offset.start - 12), offset.start):
        return Cand(before.start(), offset.end, _of_its_week(offset.date, before.group("wd")), "weekday")
    if after := _ON_WEEKDAY_AFTER.match(ctx.text, offset.end):
        return Cand(offset.start, after.end(), _of_its_week(offset.date, after.group("wd")), "weekday")
    return None


@pattern(
    rf"(?P<in>in\s+)?(?P<dur>{DURATION})\s+since\s+(?:the\s+year\s+)?(?P<year>(?<!\d)[12]\d{{3}}(?![\d,]))",
    word="since",
)
def _since_year(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "in two years since 2011": counted from the year's first day."""
    if _SUPERLATIVE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "the first talks in eight years since 2014" tells a gap, not a day
    date = shift_by(dt.date(int(m.group("year")), 1, 1), m.group("dur"), 1)
    return Cand(m.start(), m.end(), date, "relative") if date else None


def compose(ctx: Ctx, base: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    for c in base:
        counted_from_now = c.kind == "relative" and _COUNTED_FROM_NOW.search(ctx.text, c.start, c.end)
        if counted_from_now and (pinned := _pinned_to_weekday(ctx, c)):
            out.append(pinned)
    for c in base:
        anchor = c.anchor or c.date
        if anchor is None:
            continue
        lo = max(0, c.start - 120)
        window = ctx.text[lo : c.start]
        if _LAST_WORD.search(window) is None:
            continue  # most dates follow no offset; skip the costlier searches
        if m := _PREFIX_OFFSET.search(window):
            sign = -1 if m.group("dir").lower() == "before" else 1
            if shifted := shift_by(anchor, m.group("dur"), sign):
                offset = Cand(lo + m.start(), c.end, shifted, "relative")
                out.append(_pinned_to_weekday(ctx, offset) or offset)
        elif m := _PREFIX_NTH.search(window):
            n = ORD5_VALUE[m.group("ord").lower()]
            if n > 0:
                wd = wd_num(m.group("wd"))
                before = m.group("dir").lower() == "before"
                first = weekday_near(anchor, wd, "past" if before else "future")
                day = first + dt.timedelta(days=7 * (n - 1) * (-1 if before else 1))
                out.append(Cand(lo + m.start(), c.end, day, "weekday"))
        elif m := _PREFIX_CLOSEST.search(window):
            wd = wd_num(m.group("wd"))
            back, fwd = weekday_near(anchor, wd, "past"), weekday_near(anchor, wd, "future")
            best = (
                anchor if anchor.weekday() == wd else min((back, fwd), key=lambda d: abs((d - anchor).days))
            )
            out.append(Cand(lo + m.start(), c.end, best, "weekday"))
    return out
