"""Candidate finders for the date resolver: shared types, calendar helpers, explicit and numeric dates.

Each finder is a compiled regex plus a handler registered with :func:`pattern`; the handler turns a
match into a :class:`Cand` (or declines). :mod:`discrep.text.dates` runs them all and keeps the
longest non-overlapping candidates. Weekday and relative finders register themselves from
:mod:`discrep.text.date_weekdays` and :mod:`discrep.text.date_relative`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from discrep.text.date_patterns import (
    CARDINALS,
    DAY,
    DAY_NUM,
    MONTH,
    MONTHS,
    WEEKDAY,
    WEEKDAY_FULL,
    WEEKDAYS,
    YEAR_TAIL,
    day_value,
    year_value,
)
from discrep.text.date_tense import Tense, tense_of

Prefer = Literal["auto", "past", "future"]
Kind = Literal["explicit", "weekday", "relative", "day_count", "holiday"]

FLAGS = re.IGNORECASE
ONE_DAY = dt.timedelta(days=1)


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    date: dt.date | None  # None: a span that is not a date but must not be read as one either
    kind: Kind = "explicit"
    pod: str | None = None
    anchor: dt.date | None = None  # the date to count from when an offset is prefixed


@dataclass(slots=True)
class Ctx:
    text: str
    ref: dt.date
    prefer: Prefer
    day_one: dt.date | None

    def direction(self, start: int, end: int) -> Tense:
        if self.prefer != "auto":
            return self.prefer
        return tense_of(self.text, start, end) or "past"


def month_num(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def wd_num(token: str) -> int:
    return WEEKDAYS[token.lower().rstrip(".")]


# --- calendar helpers --------------------------------------------------------------------------


def weekday_near(ref: dt.date, wd: int, direction: Tense) -> dt.date:
    if direction == "future":
        return ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    return ref - dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)


def week_of(ref: dt.date, weeks: int, wd: int) -> dt.date:
    return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * weeks + wd)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of a shorter month (31 Jan + 1 month = 28 Feb)."""
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = (dt.date(y + (m == 11), (m + 1) % 12 + 1, 1) - ONE_DAY).day
    return dt.date(y, m + 1, min(day.day, last))


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def pick(options: list[dt.date], ref: dt.date, mode: str) -> dt.date | None:
    """mode: past (latest <= ref), future (earliest >= ref), after/before (strict), nearest."""
    if mode == "past":
        pool = [d for d in options if d <= ref]
        return max(pool) if pool else None
    if mode == "future":
        pool = [d for d in options if d >= ref]
        return min(pool) if pool else None
    if mode == "after":
        pool = [d for d in options if d > ref]
        return min(pool) if pool else None
    if mode == "before":
        pool = [d for d in options if d < ref]
        return max(pool) if pool else None
    return min(options, key=lambda d: (abs((d - ref).days), d > ref)) if options else None


def month_day(ref: dt.date, month: int, day: int, mode: str) -> dt.date | None:
    years = (
        range(ref.year - 4, ref.year + 5) if (month, day) == (2, 29) else range(ref.year - 1, ref.year + 2)
    )
    return pick([d for y in years if (d := safe_date(y, month, day))], ref, mode)


def ambiguous_mode(ctx: Ctx) -> str:
    return "nearest" if ctx.prefer == "auto" else ctx.prefer


# --- patterns ----------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], Ctx], "Cand | None"]
PATTERNS: list[tuple[re.Pattern[str], Handler]] = []
# For a handler that declines every match unless the text holds something its regex does not
# require (see _loose): a search for that, which text without it need not pass the regex.
NEEDS: dict[Handler, re.Pattern[str]] = {}
# For a handler whose every match holds a word of a certain shape: a regex that one word (run of \w)
# of the lowercased text matches whole. "day" as a word is far rarer than the string "day", which
# "today" and "Monday" hold: the gate in discrep.text.dates tests it once per distinct word.
WORDS: dict[Handler, str] = {}


def pattern(regex: str, *, needs: str | None = None, word: str | None = None) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        # Every date starts at a word start; saying so lets the engine skip most positions quickly.
        PATTERNS.append((re.compile(rf"(?<!\w)(?:{regex})", FLAGS), fn))
        if needs is not None:
            NEEDS[fn] = re.compile(needs)
        if word is not None:
            WORDS[fn] = word
        return fn

    return register


_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")


_CONNECTIVES = frozenset({"and", "or", "at", "in", "to", "when", "until", "from"})


def followed_by_word(text: str, pos: int) -> bool:
    m = _WORD_AFTER.match(text, pos)
    return m is not None and m.group(1).lower() not in _CONNECTIVES


def is_ordinal(token: str) -> bool:
    t = token.lower()
    return bool(re.search(r"\d(?:st|nd|rd|th)$", t)) or (
        not t[:1].isdigit()
        and day_value(t) is not None
        and (re.sub(r"[\s-]+", " ", t) not in _CARDINAL_DAY_WORDS)
    )


_CARDINAL_DAY_WORDS = frozenset(CARDINALS)


def _may_ok(m: re.Match[str], text: str, day_token: str) -> bool:
    """The modal "may" is not a month: lowercase "may" needs a digit day and no verb after it."""
    raw = m.group("month")
    if raw.lower() != "may" or raw[0] == "M":
        return True
    return day_token[:1].isdigit() and not followed_by_word(text, m.end())


def _year_ok(m: re.Match[str], text: str, day_token: str) -> bool:
    token = m.group("year")
    if token is None or not re.fullmatch(r"\d\d", token):
        return True
    # A bare two-digit number after a date is a year only when it closes the phrase or the day is
    # an ordinal ("14th April 15"); "March 3, 15 people" is a count.
    return not followed_by_word(text, m.end("year")) or is_ordinal(day_token)


def _explicit(m: re.Match[str], ctx: Ctx, month: int, day_token: str, end: int | None = None) -> Cand | None:
    day = day_value(day_token)
    if day is None or not 1 <= day <= 31:
        return None
    stop = m.end() if end is None else end
    year_tok = m.groupdict().get("year")
    if year_tok and not _year_ok(m, ctx.text, day_token):
        year_tok = None
        stop = m.end("day")
    wd_tok = m.groupdict().get("wd") or m.groupdict().get("wd2")
    wd = wd_num(wd_tok) if wd_tok else None
    if year_tok:
        year = year_value(year_tok)
        date = safe_date(year, month, day) if year else None
        return Cand(m.start(), stop, date)
    mod = (m.groupdict().get("mod") or "").lower()
    if mod and wd is None:
        mode = {"next": "after", "last": "before", "this": "this"}[mod]
        date = safe_date(ctx.ref.year, month, day) if mode == "this" else month_day(ctx.ref, month, day, mode)
        return Cand(m.start(), stop, date)
    date = month_day(ctx.ref, month, day, ambiguous_mode(ctx))
    if date is not None and wd is not None and date.weekday() != wd:
        matches = [d for y in range(ctx.ref.year - 1, ctx.ref.year + 2) if (d := safe_date(y, month, day))]
        matches = [d for d in matches if d.weekday() == wd]
        if matches:
            date = pick(matches, ctx.ref, "nearest")
    return Cand(m.start(), stop, date)


_MOD = r"(?:(?P<mod>next|this|last)\s+)?"
_WD_PREFIX = rf"(?:{WEEKDAY}\s*,?\s*(?:the\s+)?)?"


@pattern(
    rf"{_MOD}{_WD_PREFIX}(?:the\s+)?{MONTH}(?:\s*[,./-]\s*|\s+the\s+|\s*){DAY}(?!\s*[/.-]\s*\d){YEAR_TAIL}?"
    rf"(?:\s*,\s*(?P<wd2>{WEEKDAY_FULL}|mon|tue|wed|thu|fri|sat|sun)\.?(?![a-z]))?"
)
def _month_first(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if not _may_ok(m, ctx.text, m.group("day")):
        return None
    if "," in ctx.text[m.end("month") : m.start("day")] and followed_by_word(ctx.text, m.end("day")):
        return None  # "By mid-September, 12 had died": a count after the month, not its day
    return _explicit(m, ctx, month_num(m.group("month")), m.group("day"))


@pattern(rf"{_MOD}{_WD_PREFIX}(?:the\s+)?{DAY}(?:\s+of\s+|\s*[./-]\s*|\s*)(?:the\s+)?{MONTH}{YEAR_TAIL}?")
def _day_first(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if re.search(r"[$€£]\s*$", ctx.text[max(0, m.start("day") - 3) : m.start("day")]):
        return None  # "$12 December 27" is a price, then a date
    if not _may_ok(m, ctx.text, m.group("day")):
        return None
    return _explicit(m, ctx, month_num(m.group("month")), m.group("day"))


# a span of days told once: "Aug. 15-16", "15-16 August", "August 15 to 17, 2025": its first day
_DAY_SPAN = r"\s*(?:-|–|—|to|through)\s*(?P<day2>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)(?![\d/.:])"


@pattern(rf"{_WD_PREFIX}(?:the\s+)?{MONTH}\s*{DAY}{_DAY_SPAN}(?:\s*,\s*(?P<year>[12]\d{{3}}))?(?!\d)")
def _month_day_span(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if not _first_of_span(m) or not _may_ok(m, ctx.text, m.group("day")):
        return None
    return _explicit(m, ctx, month_num(m.group("month")), m.group("day"))


@pattern(
    rf"{_WD_PREFIX}(?:the\s+)?{DAY}{_DAY_SPAN}\s+(?:of\s+)?{MONTH}(?:\s*,?\s*(?P<year>[12]\d{{3}}))?(?!\d)"
)
def _day_span_month(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if not _first_of_span(m) or not _may_ok(m, ctx.text, m.group("day")):
        return None
    return _explicit(m, ctx, month_num(m.group("month")), m.group("day"))


def _first_of_span(m: re.Match[str]) -> bool:
    """Digits on both sides, the second day after the first: "15-16", not "16-15" nor "fifteen to 16"."""
    first, last = m.group("day"), m.group("day2")
    if not first[:1].isdigit():
        return False
    one, two = day_value(first), day_value(last)
    return one is not None and two is not None and one < two


_PART_OF_MONTH = {"early": 5, "mid": 15, "late": 25}


@pattern(
    rf"(?P<part>early|mid|late)(?:-|\s+)(?:in\s+)?{MONTH}(?:,?\s+(?P<year>[12]\d{{3}}))?(?!\s*\d)",
    word="early|mid|late",
)
def _part_of_month(m: re.Match[str], ctx: Ctx) -> Cand | None:
    """ "In late September", "by mid-October", "early March 2022": the 5th, 15th or 25th of the month,
    for a figure told as of then (a day is needed to compare it with others; that one is near)."""
    day = _PART_OF_MONTH[m.group("part").lower()]
    month = month_num(m.group("month"))
    if m.group("year"):
        return Cand(m.start(), m.end(), safe_date(int(m.group("year")), month, day))
    return Cand(m.start(), m.end(), month_day(ctx.ref, month, day, ambiguous_mode(ctx)))


@pattern(rf"(?<!\d)(?P<year>[12]\d{{3}})\s*[-/]\s*{MONTH}\s*[-/]\s*(?P<day>{DAY_NUM})")
def _year_month_day(m: re.Match[str], ctx: Ctx) -> Cand | None:
    return _explicit(m, ctx, month_num(m.group("month")), m.group("day"))


@pattern(
    r"(?<![\d.])(?P<y>[12]\d{3})(?P<s>[-/. ])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d|[-/.]\d)",
    needs=r"\d{4}[-/. ]\d",  # y, s and m
)
def _iso(m: re.Match[str], ctx: Ctx) -> Cand | None:
    return Cand(m.start(), m.end(), safe_date(int(m["y"]), int(m["m"]), int(m["d"])))


@pattern(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
def _compact(m: re.Match[str], ctx: Ctx) -> Cand | None:
    return Cand(m.start(), m.end(), safe_date(int(m["y"]), int(m["m"]), int(m["d"])))


def _numeric_md(a: int, b: int) -> tuple[int, int]:
    return (b, a) if a > 12 else (a, b)


def _dotted_md(m: re.Match[str]) -> tuple[int, int]:
    """(month, day): month first, as English writes "4.22", unless the parts are dotted and
    zero-padded, as a day comes first in Europe's "08.03" (8 March) and "01.12.2022"."""
    a, b = m["a"], m["b"]
    if m["s"] == "." and (a.startswith("0") or b.startswith("0")) and int(b) <= 12:
        return int(b), int(a)
    return _numeric_md(int(a), int(b))


@pattern(
    r"(?<![\d/.,-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?:(?P=s)|,)(?P<y>\d{4}|\d{2})(?!\d|%|[/.,-]\d)",
    needs=r"\d[/.-]\d",  # a, s and b
)
def _numeric_mdy(m: re.Match[str], ctx: Ctx) -> Cand | None:
    month, day = _dotted_md(m)
    year = year_value(m["y"])
    return Cand(m.start(), m.end(), safe_date(year, month, day) if year else None)


_NOT_DATES = frozenset({"24/7", "9/11", "1/2", "1/3", "1/4", "2/3", "3/4"})
_MODIFIER = re.compile(r"this|next|last", re.IGNORECASE)


@pattern(
    # ("from 24.02 to 08.03", "as of 08.03": the end of a range and a day as of which are days too)
    rf"(?:(?P<ctx>(?:(?:this|next|last)\s+)?{WEEKDAY}|on|by|until|till|from|since|this|next|last|as\s+(?:of|at)|"
    r"(?<=\d\.\d\d\s)to)\s*,?\s+)?"
    r"(?<![\d/.,-])(?P<a>\d{1,2})(?P<sp>\s*)(?P<s>[/.-])\s*(?P<b>\d{1,2})(?![\d/]|[.,-]\d)",
    needs=r"\d\s*[/.-]\s*\d",  # a, s and b
)
def _numeric_md_only(m: re.Match[str], ctx: Ctx) -> Cand | None:
    body = f"{m['a']}{m['s']}{m['b']}"
    # a weekday or "next" is part of the date; "from", "since" or "on" only lead it, and stay outside
    # the span for what reads them ("from 24.02": when counting began)
    leads_only = m["ctx"] is None or (m["wd"] is None and not _MODIFIER.match(m["ctx"]))
    start = m.start("a") if leads_only else m.start()
    if body in _NOT_DATES:
        return Cand(m.start("a"), m.end(), None)
    if m["ctx"] is None:
        rest = ctx.text[m.end() :].lstrip()
        if m["s"] != "/" or not (rest == "" or (rest[0] in ".!?;" and rest[1:].strip() == "")):
            return None
    elif m["s"] != "/" and m["sp"]:
        return None
    month, day = _dotted_md(m)
    mod = (m["ctx"] or "").lower().split()[0] if m["ctx"] else ""
    if mod in ("next", "last") and not m["wd"]:
        return Cand(start, m.end(), month_day(ctx.ref, month, day, "after" if mod == "next" else "before"))
    if mod == "this":
        return Cand(start, m.end(), safe_date(ctx.ref.year, month, day))
    return Cand(start, m.end(), month_day(ctx.ref, month, day, ambiguous_mode(ctx)))


_LOOSE_TOKEN = r"(?:[A-Za-z]{3,9}\.?|\d{1,4})"


# the handler wants a part that is a year: a text with no such run of digits has no loose date
@pattern(rf"(?<![\w/.-]){_LOOSE_TOKEN}(?:\s*[-/.]\s*{_LOOSE_TOKEN}){{2}}(?![\w/-]|\.\w)", needs=r"[12]\d{3}")
def _loose(m: re.Match[str], ctx: Ctx) -> Cand | None:
    parts = re.split(r"\s*[-/.]\s*", m.group().rstrip("."))
    parts = [p for p in parts if p]
    if not any(p.lower() in MONTHS for p in parts) or not any(re.fullmatch(r"[12]\d{3}", p) for p in parts):
        return None
    date = _dateparser(m.group(), ctx.ref, ctx.prefer)
    return Cand(m.start(), m.end(), date) if date else None


@functools.lru_cache(maxsize=4096)
def _dateparser(span: str, reference: dt.date, prefer: Prefer) -> dt.date | None:
    import dateparser  # imported on first use: it takes a second to load its locale data

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(reference, dt.time()),
        "PREFER_DATES_FROM": "current_period" if prefer == "auto" else prefer,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
    }
    try:
        parsed = dateparser.parse(span, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    day: dt.date = parsed.date()
    return day
