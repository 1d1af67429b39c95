"""Vocabulary and regex fragments shared by the date resolver (:mod:`discrep.text.dates`).

Fragments are plain strings so that composite patterns can be assembled from them; every
composite is compiled once, in :mod:`discrep.text.dates`.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
              "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
_ORD_TENS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
             "ninetieth"]  # fmt: skip


def _number_words() -> tuple[dict[str, int], dict[str, int]]:
    card: dict[str, int] = {"zero": 0}
    ordi: dict[str, int] = {}
    for i, w in enumerate(_UNITS, 1):
        card[w], ordi[_ORD_UNITS[i - 1]] = i, i
    for i, w in enumerate(_TEENS, 10):
        card[w], ordi[_ORD_TEENS[i - 10]] = i, i
    for k, tens in enumerate(_TENS):
        base = 20 + 10 * k
        card[tens], ordi[_ORD_TENS[k]] = base, base
        for i, unit in enumerate(_UNITS, 1):
            card[f"{tens} {unit}"] = base + i
            ordi[f"{tens} {_ORD_UNITS[i - 1]}"] = base + i
    return card, ordi


CARDINALS, ORDINALS = _number_words()


# Number words as structured patterns rather than one alternative per number: the regex engine tries
# a pattern at every position of the text, and a 100-way alternation there is what costs.
_U, _UO = "|".join(_UNITS), "|".join(_ORD_UNITS)
_T, _TO = "|".join(_TEENS), "|".join(_ORD_TEENS)
_TENS_ALT, _TENS_O = "|".join(_TENS), "|".join(_ORD_TENS)
CARDINAL_WORD = rf"(?<![a-z])(?:(?:{_TENS_ALT})(?:[\s-]+(?:{_U}))?|{_T}|{_U})(?![a-z])"
ORDINAL_WORD = rf"(?<![a-z])(?:(?:{_TENS_ALT})[\s-]+(?:{_UO})|{_TENS_O}|{_TO}|{_UO})(?![a-z])"
DAY_WORD = (
    rf"(?<![a-z])(?:twenty[\s-]+(?:{_UO}|{_U})|thirty[\s-]+(?:first|one)|twentieth|thirtieth|twenty|thirty"
    rf"|{_TO}|{_T}|{_UO}|{_U})(?![a-z])"
)

MONTH = (
    r"(?<![a-z])(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?![a-z])\.?)(?![a-z])"
)
WEEKDAY = (
    r"(?<![a-z])(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun)(?![a-z])\.?)(?![a-z])"
)
WEEKDAY_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY_NUM = r"(?<![\d.,])(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
DAY = rf"(?P<day>{DAY_NUM}|{DAY_WORD})"
ORDINAL = rf"(?:(?<![\w.])\d{{1,3}}(?:st|nd|rd|th)(?![a-z])|{ORDINAL_WORD})"
COUNT_WORD = CARDINAL_WORD
_TEN_UP = rf"(?:(?:{_TENS_ALT})(?:[\s-]+(?:{_U}))?|{_T})"
_ONE_UP = rf"(?:{_TEN_UP}|{_U})"
YEAR_WORDS = (
    r"(?:(?:nineteen|eighteen|twenty|seventeen|sixteen)[\s-]+(?:hundred(?:[\s-]+and)?[\s-]+)?"
    rf"(?:(?:zero|oh|o)[\s-]+(?:{'|'.join(_UNITS)})|{_TEN_UP}|hundred)"
    rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_ONE_UP}))?)"
    r"(?![a-z])"
)
YEAR = rf"(?P<year>(?<!\d)[12]\d{{3}}(?!\d)|{YEAR_WORDS}|'\d\d(?!\d)|(?<![\d.])\d\d(?![\d.:%]))"
YEAR_TAIL = rf"(?:(?:\s*,\s*|\s+of\s+|\s*[/-]\s*|\s+|\s*(?='))(?:the\s+year\s+)?{YEAR})"
POD = r"(?P<pod>morning|afternoon|evening|night|overnight|midday|noon|am|pm|a\.m\.|p\.m\.)"


def day_value(token: str) -> int | None:
    """ "21st", "21", "twenty-first", "twenty one" -> 21."""
    t = token.lower().strip()
    digits = re.match(r"\d+", t)
    if digits:
        return int(digits.group())
    t = re.sub(r"[\s-]+", " ", t)
    return ORDINALS.get(t, CARDINALS.get(t))


def count_value(token: str) -> int | None:
    """Counts in durations: digits, number words, "a", "a few", "a couple of"."""
    t = re.sub(r"[\s-]+", " ", token.lower().strip())
    if t.isdigit():
        return int(t)
    if t in ("a", "an", "one"):
        return 1
    if t in ("few", "a few", "several"):
        return 3
    if t in ("couple", "a couple", "a couple of", "couple of"):
        return 2
    return CARDINALS.get(t)


def year_value(token: str) -> int | None:
    """ "2022", "'22", "22", "nineteen eighty six", "two thousand and eighteen" -> a year."""
    t = re.sub(r"[\s-]+", " ", token.lower().strip()).replace(" and ", " ")
    if t.startswith("'"):
        t = t[1:]
    if t.isdigit():
        n = int(t)
        if len(t) == 2:
            return 2000 + n if n < 40 else 1900 + n
        return n
    words = t.split()
    if words[:2] == ["two", "thousand"]:
        rest = " ".join(words[2:])
        return 2000 + (CARDINALS.get(rest, -1) if rest else 0) if (not rest or rest in CARDINALS) else None
    head = CARDINALS.get(words[0])
    if head is None or len(words) < 2:
        return None
    rest_words = words[1:]
    if rest_words[0] == "hundred":
        rest_words = rest_words[1:]
    if rest_words and rest_words[0] in ("zero", "oh", "o"):
        rest_words = rest_words[1:]
    rest = " ".join(rest_words)
    tail = CARDINALS.get(rest, 0 if not rest else -1)
    return head * 100 + tail if tail >= 0 else None
