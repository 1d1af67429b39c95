"""Weekday and month-arithmetic finders for the date resolver (see :mod:`discrep.text.dates`)."""

from __future__ import annotations

import datetime as dt
import re

from discrep.text import date_calendars as cal
from discrep.text.date_patterns import (
    DAY,
    DAY_NUM,
    DAY_WORD,
    MONTH,
    ORDINAL,
    POD,
    WEEKDAY,
    WEEKDAY_FULL,
    YEAR,
    day_value,
    year_value,
)
from discrep.text.date_rules import (
    Cand,
    Ctx,
    add_months,
    ambiguous_mode,
    followed_by_word,
    is_ordinal,
    month_num,
    pattern,
    pick,
    safe_date,
    wd_num,
    week_of,
    weekday_near,
)
from discrep.text.date_tense import tense_of

# --- weekdays ----------------------------------------------------------------------------------

PODS = {"am": "morning", "a.m.": "morning", "pm": "afternoon", "p.m.": "afternoon", "overnight": "night",
         "noon": "midday", "tonight": "night", "tonite": "night"}  # fmt: skip
_ABBR_OK_CAPITALISED = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"}


def _weekday_ok(m: re.Match[str], ctx: Ctx) -> bool:
    tok = m.group("wd").rstrip(".")
    low = tok.lower()
    if len(low) >= 6:
        return True
    if ctx.text.strip().lower().rstrip(".") == low:
        return True
    # "Mon dieu", "the Sun reported", "she sat": an abbreviation stands alone only before . , or the end.
    closes = re.match(r"\.?\s*(?:[.,;]|$)", ctx.text[m.end("wd") :]) is not None or m.end() > m.end("wd")
    return tok[0].isupper() and low in _ABBR_OK_CAPITALISED and closes


def part_of_day(m: re.Match[str]) -> str | None:
    raw = (m.groupdict().get("pod") or "").lower()
    return PODS.get(raw, raw) or None


_WEEK_REL = {"this": 0, "next": 1, "last": -1, "previous": -1, "the following": 1, "following": 1}


@pattern(
    r"(?:(?P<mod>this\s+past|this\s+coming|this\s+upcoming|last|next|this|previous|past|coming|upcoming"
    r"|the\s+following|following)\s+)?"
    r"(?:(?P<wk1>this|next|last|previous|the\s+following|following)\s+week\s*(?:-\s*|on\s+|,\s*)?)?"
    rf"{WEEKDAY}"
    r"(?:\s*,?\s+(?:of\s+)?(?P<wk2>this|next|last|previous|the\s+following)\s+week)?"
    rf"(?:\s+(?:in\s+the\s+)?{POD}(?![a-z]))?"
)
def _weekday(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if not _weekday_ok(m, ctx):
        return None
    wd = wd_num(m.group("wd"))
    ref = ctx.ref
    week = m.group("wk1") or m.group("wk2")
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    if week:
        date = week_of(ref, _WEEK_REL[re.sub(r"\s+", " ", week.lower())], wd)
    elif mod in ("last", "past", "this past"):
        date = weekday_near(ref, wd, "past")
    elif mod in ("coming", "upcoming", "this coming", "this upcoming"):
        date = weekday_near(ref, wd, "future")
    elif mod:
        date = week_of(ref, _WEEK_REL[mod], wd)
    elif ctx.prefer == "auto" and wd == ref.weekday():
        date = ref
    else:
        date = weekday_near(ref, wd, ctx.direction(m.start(), m.end()))
    return Cand(m.start(), m.end(), date, "weekday", part_of_day(m))


@pattern(rf"(?:(?P<mod>next|this|last|coming)\s+)?{WEEKDAY}\s*,?\s+(?:the\s+)?{DAY}")
def _weekday_and_day(m: re.Match[str], ctx: Ctx) -> Cand | None:
    token = m.group("day")
    # "Monday 21 people", "Wednesday, the second such session": a number word or a bare count
    # before a noun is not a day of the month; "Thursday the 21st" is.
    suffixed = token[:1].isdigit() and is_ordinal(token)
    if not suffixed and followed_by_word(ctx.text, m.end()):
        return None
    # "on Tuesday, the first in more than two weeks": set off by a comma, a spelled ordinal before
    # any word, even "in", ranks the day among others; it is not the first of the month
    if "," in m.group(0) and not token[:1].isdigit() and _WORD_NEXT.match(ctx.text, m.end()):
        return None
    day = day_value(token)
    wd = wd_num(m.group("wd"))
    if day is None or not 1 <= day <= 31:
        return None
    ref = ctx.ref
    direction = ctx.direction(m.start(), m.end())
    first = ref.replace(day=1)
    found: dt.date | None = None
    for k in range(0, 25):
        for sign in (0,) if k == 0 else ((1,) if direction == "future" else (-1,)):
            month_start = add_months(first, sign * k)
            d = safe_date(month_start.year, month_start.month, day)
            if (
                d
                and d.weekday() == wd
                and (ctx.prefer == "auto" or k or (d >= ref) == (direction == "future"))
            ):
                found = d
                break
        if found:
            break
    return Cand(m.start(), m.end(), found, "weekday") if found else None


_WORD_NEXT = re.compile(r"\s+[A-Za-z]")

ORD5 = r"(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)"
ORD5_VALUE = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
               "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip
_REL_MONTH = {"this": 0, "the": 0, "current": 0, "the current": 0, "next": 1, "the next": 1, "coming": 1,
              "following": 1, "the following": 1, "last": -1, "previous": -1, "the previous": -1,
              "the last": -1}  # fmt: skip


def _target_month(m: re.Match[str], ctx: Ctx) -> tuple[int, int] | None:
    rel = m.groupdict().get("rel")
    if rel is not None or m.groupdict().get("month") is None:
        shift = _REL_MONTH.get(re.sub(r"\s+", " ", (rel or "this").lower()), 0)
        first = add_months(ctx.ref.replace(day=1), shift)
        return first.year, first.month
    month = month_num(m.group("month"))
    if m.groupdict().get("year"):
        year = year_value(m.group("year"))
        return (year, month) if year else None
    if ctx.prefer == "past":
        return (ctx.ref.year if month <= ctx.ref.month else ctx.ref.year - 1), month
    return (ctx.ref.year if month >= ctx.ref.month or ctx.prefer == "auto" else ctx.ref.year + 1), month


_MONTH_TARGET = (
    rf"(?:(?P<rel>this|next|last|previous|the\s+next|the\s+previous|the\s+last|the\s+current|the|current"
    rf"|coming|following|the\s+following)\s+month|month|(?:the\s+)?{MONTH}(?:\s*,?\s*{YEAR})?)"
)


@pattern(rf"(?:the\s+)?{ORD5}\s+{WEEKDAY}\s+(?:of|in)\s+{_MONTH_TARGET}")
def _nth_weekday(m: re.Match[str], ctx: Ctx) -> Cand | None:
    target = _target_month(m, ctx)
    if target is None:
        return None
    d = cal.nth_weekday(*target, wd_num(m.group("wd")), ORD5_VALUE[m.group("ord").lower()])
    return Cand(m.start(), m.end(), d, "weekday")


@pattern(rf"(?<![\w-]){ORD5}\s+(?P<wd>{WEEKDAY_FULL})(?=\s*(?:[.!?;,]|$))")
def _nth_weekday_this_month(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if m.group("ord").lower() == "last":
        return None
    d = cal.nth_weekday(ctx.ref.year, ctx.ref.month, wd_num(m.group("wd")),
                        ORD5_VALUE[m.group("ord").lower()])  # fmt: skip
    return Cand(m.start(), m.end(), d, "weekday") if d else None


@pattern(
    rf"(?:the\s+)?(?:(?P<ordday>{ORDINAL})(?:\s+(?P<last>last))?|(?P<lastonly>last))\s+day\s+(?:of|in)\s+"
    rf"{_MONTH_TARGET}"
)
def _nth_day_of_month(m: re.Match[str], ctx: Ctx) -> Cand | None:
    target = _target_month(m, ctx)
    n = 1 if m.group("lastonly") else day_value(m.group("ordday") or "")
    if target is None or n is None:
        return None
    year, month = target
    if m.group("last") or m.group("lastonly"):
        end = dt.date(year + (month == 12), month % 12 + 1, 1)
        return Cand(m.start(), m.end(), end - dt.timedelta(days=n))
    return Cand(m.start(), m.end(), safe_date(year, month, n))


@pattern(rf"(?:the\s+)?{DAY}\s+of\s+{_MONTH_TARGET.replace('|month|', '|')}")
def _day_of_relative_month(m: re.Match[str], ctx: Ctx) -> Cand | None:
    if m.group("rel") is None:
        return None
    target = _target_month(m, ctx)
    day = day_value(m.group("day"))
    if target is None or day is None:
        return None
    return Cand(m.start(), m.end(), safe_date(*target, day))


# "on the 10th they met": a clause opens after the day, so the number names no thing ("the 10th floor")
_CLAUSE_OPENS = re.compile(r"\s+(?:they|he|she|we|it|both|the|their|his|her)\s", re.IGNORECASE)


@pattern(
    rf"(?:(?P<prep>on|for|by|until|till|from|since|before|after)\s+)?the\s+(?P<day>{DAY_NUM}|{DAY_WORD})"
    # "the 18th-century villa": a compound before a noun, no day
    r"(?!\s*(?:of\b|[-/.]\d)|[-\u2010\u2011][A-Za-z])"
)
def _bare_day(m: re.Match[str], ctx: Ctx) -> Cand | None:
    token = m.group("day")
    has_suffix = bool(re.search(r"\d(?:st|nd|rd|th)$", token.lower()))
    if (
        followed_by_word(ctx.text, m.end()) and not (has_suffix and _CLAUSE_OPENS.match(ctx.text, m.end()))
    ) or (not has_suffix and not m.group("prep")):
        return None
    if not token[0].isdigit() and not re.match(r"\s*(?:[.!?;,]|$)", ctx.text[m.end() :]):
        return None
    day = day_value(token)
    if day is None or not 1 <= day <= 31:
        return None
    first = ctx.ref.replace(day=1)
    options = [
        d for k in (-1, 0, 1) if (f := add_months(first, k)) and (d := safe_date(f.year, f.month, day))
    ]
    mode = ambiguous_mode(ctx)
    if mode == "nearest" and has_suffix:
        # "on the 10th they met", said on the 29th: the 10th gone by, though the next is nearer
        mode = tense_of(ctx.text, m.start(), m.end()) or mode
    date = pick(options, ctx.ref, mode)
    return Cand(m.start(), m.end(), date) if date else None


@pattern(r"(?<![\w-])on\s+(?P<day>(?:3[01]|[12]\d|0?[1-9]))(?=\s*(?:[.!?]\s*$|$))")
def _on_day_number(m: re.Match[str], ctx: Ctx) -> Cand | None:
    day = int(m.group("day"))
    first = ctx.ref.replace(day=1)
    options = [
        d for k in (-1, 0, 1) if (f := add_months(first, k)) and (d := safe_date(f.year, f.month, day))
    ]
    return Cand(m.start("day"), m.end(), pick(options, ctx.ref, ambiguous_mode(ctx)))
