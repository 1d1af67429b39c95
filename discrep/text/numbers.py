"""Find numbers in English news text and say what kind of number each one is.

``parse_numbers(text)`` returns one ``NumberMention`` per number, sorted by position and never
overlapping; ``mention.text == text[mention.start:mention.end]``. Each mention carries an interval
(``low``, ``high``; ``None`` means open on that side), a ``kind`` and a ``qualifier``. Only kinds
``number`` and ``range`` can be tallies (``mention.is_count``): years, dates, times, scores, ordinals,
percentages, measures and fractions are recognised so that they are *not* mistaken for tallies.

What is recognised
------------------
Digits
    ``498``, ``1,502``, ``1 234 567`` (space, no-break or thin-space groups of three), ``1.5``, ``.08``,
    ``4.800``, ``1.111,11`` and ``5,00`` (decimal comma), ``-504``, ``1e10``, ``1.1^23``,
    ``6.23x10^-4``, ``0033``. ``1, 234`` (comma then space) is a list of two numbers.
Scales
    ``1.5 million``, ``3 billion``, ``2.5k``, ``100K``, ``3M``, ``1MM``, ``2mil``, ``1.2b``, ``3bn``,
    ``10G`` (10**9), ``30 lakh`` / ``30 l`` (10**5), ``1 crore`` / ``Cr`` (10**7), ``3 dozens``,
    ``322 hundred``, ``4 thousand 3 hundred and 21``. A lowercase ``m`` glued to digits is million
    only after a currency sign (``$3m``); otherwise it is metres (``100m``).
Words
    ``five``, ``twenty-one``, ``fifty two``, ``three hundred``, ``one thousand and five hundred``,
    ``a hundred``, ``two dozen``, ``half a dozen``, ``twenty-one trillion``, ``nought``/``nil`` (0),
    ``two point five``, ``negative five``/``minus five``. Number words are read with text2num (see
    ``discrep.text.number_words`` for the library measurement); fractions, dozens, lakh/crore and
    trillion are handled around it.
Fractions
    ``two thirds``, ``a half``, ``one quarter``, ``one-eighth``, ``1/2``, ``½``, ``2 1/4``,
    ``one and a half``, ``three and a fifth``, ``one over twenty``, ``2000 over 3`` (only at the end
    of a clause), ``half a million``, ``two thirds of a million``, ``five and a half million``,
    ``3 million and a half``. A pure fraction (value below one, such as "two thirds" or "half") is a
    proportion, not a tally: kind ``measure`` with unit ``"fraction"``. Mixed numbers ("2 1/4",
    "1.5 million", "five and a half million") are plain numbers.
Ordinals
    ``first``, ``21st``, ``the seventh``, ``twenty-fifth``, ``one hundred twenty fifth`` -> kind
    ``ordinal``, value the position. "a third of" is a fraction, but "a third time" is an ordinal.
Percentages
    ``15%``, ``15 percent``, ``fifteen per cent``, ``15 percentage points``, ``15pc`` -> kind
    ``percent``, value in percentage points, unit ``"%"``.
Measures (kind ``measure``, ``unit`` set)
    a number followed by a unit of length, area, weight, volume, speed, power, temperature or time:
    ``10 km``, ``five kilometers long``, ``about 65 kilometres``, ``300 miles``, ``5 kg``, ``2 hours``,
    ``30 years old``, ``a 40-mile convoy``, ``three days``. Units are given canonical names (``km``,
    ``mile``, ``m``, ``kg``, ``tonne``, ``hour``, ``day``, ``year``...).
Money
    ``$20``, ``US$ 1MM``, ``€5 billion``, ``20 dollars`` stay kind ``number`` (an amount can be a
    tally) with ``unit`` the currency (``"$"``, ``"€"``, ``"£"``, ``"dollar"``...).
Years, dates and times (value ``None`` for dates and times)
    ``in 2022``, ``since 1991``, a lone ``2013``, ``the 1990s``, ``2014-15`` -> kind ``year`` (a
    four-digit number from 1800 to 2100 is a year after "in", "since", "by", "of"... or when no word
    follows it; "2000 people" stays a number). ``February 28``, ``28 February 2022``,
    ``Feb. 25, 2022``, ``February 24-28``, ``2022-02-28``, ``5/17/2018``, ``3/3`` and ``after 9/11``
    (a slash pair is a date when it reads as one and either the first number is not the smaller or
    "on", "since", "after"... comes before it; a bare ``1/5`` is a fraction) -> kind ``date``.
    ``10:30``, ``7 a.m.``, ``7pm``, ``6 o'clock``, ``1400 GMT`` -> kind ``time``.
Scores and votes (kind ``score``, value ``None``)
    ``voted 141-5``, ``won 3-1``, ``a 2-2 draw``, ``141 to 5`` after a vote/match word, and any
    ``A-B`` between digits where A >= B (a range is written low to high).
Codes (kind ``measure``, unit ``"code"``)
    designations such as ``T-72``, ``SCP-173``, ``COVID-19`` and chains of three or more digit groups
    (phone numbers, ``+1-222-2222/2222``): each group is a mention, none of them a tally.

Qualifiers and intervals
------------------------
``exact``
    ``498`` -> value 498, low 498, high 498. ``equal to 20`` / ``equals 20`` are exact too.
``approx``
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "an estimated",
    "close to", "circa", "~", "upwards of" is *not* approx (see at_least), and suffixes "or so",
    "-odd": value X, low = high = X. The tolerance is the rules' business, not this module's.
``at_least`` (kind ``range`` for counts)
    "more than", "over", "above", "at least", "exceeds"/"exceeding"/"surpassed", "upwards of",
    "in excess of", "no less/fewer than", "greater/larger/higher than", "a minimum of", ">", ">=",
    and suffixes "or more", "and more", "or greater", "-plus", "+": value X, low X, high None.
``at_most`` (kind ``range`` for counts)
    "up to", "as many as", "as much as", "fewer than", "less than", "under", "below", "at most",
    "no more than", "a maximum of", "lower/smaller than", "<", "<=", and suffixes "or less",
    "or fewer": value X, low None, high X.
``range`` (kind ``range`` for counts; percent, measure, ordinal and year ranges keep their kind)
    "between 300 and 400", "from 10 to 20", "7,000 to 15,000", "2,000-4,000", "20~100",
    "two or three", and an at-least joined to an at-most by "and"/"but" ("more than 10 and less than
    20", "at most 100 and at least 20"): value None, low and high the ends. "rose from 10 to 20" and
    "fell from 20 to 10" are two numbers (a change, not a range); so is "A to B" when A > B.

Vague amounts (kind ``range``, qualifier ``range`` unless noted)
    ====================  ==========================  ==========
    phrase                interval                    value
    ====================  ==========================  ==========
    a couple (of)         2, qualifier approx         2
    a pair (of)           2, exact                    2
    a few, few            [2, 5]                      3 (duckling)
    a few hundred         [200, 500]                  300
    several               [3, 9]                      None
    several hundred       [300, 999]                  None
    dozens                [24, 99]                    None
    scores of             [40, 99]                    None
    hundreds              [200, 999]                  None
    thousands             [2000, 9999]                None
    millions              [2,000,000, 9,999,999]      None
    tens of thousands     [20,000, 99,999]            None
    hundreds of thousands [200,000, 999,999]          None
    ====================  ==========================  ==========

Not numbers
    "one" used as a pronoun is skipped: "one of the", "no one", "the one", "every one", "one another";
    "someone" and "once" are words, not numbers.

How it is read
--------------
Dates, times and codes are found first, by pattern; the rest of the text is cut into tokens
(:mod:`discrep.text.number_tokens`), each number is read where it starts
(:mod:`discrep.text.number_scan`, with :mod:`discrep.text.number_digits` and
:mod:`discrep.text.number_words`), and the words around it decide its kind, unit, qualifier and
interval (:mod:`discrep.text.number_context`, with :mod:`discrep.text.number_units`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from discrep.text.number_context import classify
from discrep.text.number_scan import scan_atoms
from discrep.text.number_tokens import Atom, NumberKind, Qualifier, capped_int, tidy, tokenize


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number in the text: its span, interval, kind, qualifier and unit (see the module doc)."""

    start: int
    end: int
    text: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    kind: NumberKind
    qualifier: Qualifier = "exact"
    unit: str | None = None

    @property
    def is_count(self) -> bool:
        """True when this could be a tally: a plain number or a range, not a year, time, vote..."""
        return self.kind in ("number", "range")


# Dates, times and codes are matched before tokenizing so that their digits never become counts.

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NOT_MORE = r"(?![\w]|[.,]\d)"
_DAY_MONTH = r"(?:0[1-9]|[12]\d|3[01]|[1-9])\.(?:0[1-9]|1[0-2])"
_DAY_MONTH_END = r"(?![\w.%]|,\d)"
_DATE_RE = re.compile(
    rf"\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*{_DAY})?(?:,?\s+\d{{4}})?{_NOT_MORE}"
    rf"|\b{_DAY}(?:\s*[-–]\s*{_DAY})?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?{_NOT_MORE}"
    rf"|\b{_MONTH},?\s+\d{{4}}{_NOT_MORE}"
    r"|(?<![\w.,/-])\d{4}-\d{2}-\d{2}(?![\w-])"
    r"|(?<![\w.,/-])\d{1,2}([/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/.-]|[.,]\d)"
    # a day and month with no year, as in Kyiv's daily tallies ("from 24.02 to 08.03"): never a
    # decimal, when a range or a word of time leads it
    rf"|(?<![\w.,/-]){_DAY_MONTH}(?=\s*(?:-|–|to|till|until)\s*{_DAY_MONTH}{_DAY_MONTH_END})"
    r"|(?:(?<=from )|(?<=since )|(?<=until )|(?<=till )|(?<=as of )|(?<=as at )|(?<=on )|"
    r"(?<=\d to )|(?<=\d-)|(?<=\d–))"
    rf"{_DAY_MONTH}{_DAY_MONTH_END}"
)
_AMPM = r"(?:[aApP]\.\s?[mM]\.?|[aApP][mM]\b)"
_TIME_RE = re.compile(
    rf"(?<![\w:.,])\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*{_AMPM})?(?![\w:])"
    rf"|(?<![\w:.,])\d{{1,2}}(?:[.:]\d{{2}})?\s*{_AMPM}"
    r"|(?<![\w:.,])\d{1,2}\s+o['’]clock\b"
    r"|(?<![\w:.,])\d{4}\s*(?:GMT|UTC|local time)\b"
)
_CHAIN_RE = re.compile(r"(?<![\w.,])\+?\d+(?:[-/.]\d+){2,}(?![\w])")
_DIGITS_RE = re.compile(r"\d+")
# What every match holds, found far faster than the match itself (most sentences hold none). A date:
# a month's first three letters, or a digit, separator and digit. A code chain: the latter. A time:
# a colon, a digit before a or p, "clock" or a time zone.
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DIGIT_SEP_DIGIT = re.compile(r"\d[-/.]\d")
_TIME_HINT = re.compile(r":|\d\s*[aApP]|clock|GMT|UTC|local time")


def _specials(text: str) -> list[NumberMention]:
    """Dates, times and code groups (phone numbers, "+1-222-2222"), longest first where they overlap."""
    found: list[NumberMention] = []
    separated = _DIGIT_SEP_DIGIT.search(text) is not None
    pairs: tuple[tuple[re.Pattern[str], NumberKind, bool], ...] = (
        (_DATE_RE, "date", separated or _MONTH_START.search(text) is not None),
        (_TIME_RE, "time", _TIME_HINT.search(text) is not None),
    )
    for rx, kind, hinted in pairs:
        for m in rx.finditer(text) if hinted else ():
            found.append(NumberMention(m.start(), m.end(), m.group(), None, None, None, kind))
    taken = sorted((f.start, f.end) for f in found)
    for m in _CHAIN_RE.finditer(text) if separated else ():
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        for d in _DIGITS_RE.finditer(m.group()):
            v = capped_int(d.group())
            s = m.start() + d.start()
            found.append(NumberMention(s, s + len(d.group()), d.group(), v, v, v, "measure", unit="code"))
    return _first_wins(found)


def _first_wins(mentions: list[NumberMention]) -> list[NumberMention]:
    """Sorted by start, and where mentions overlap the one starting first (then the longest) wins."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[NumberMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _mention(text: str, a: Atom) -> NumberMention:
    """The public form of an atom: the interval follows from form and qualifier."""
    value = tidy(a.value) if a.value is not None else None
    low, high = a.low, a.high
    kind = a.kind
    qualifier = a.qualifier
    unit = a.unit
    if unit == "currency":
        unit = "$"
    if a.form == "ordinal":
        kind = "ordinal"
    if a.form in ("range", "score") or kind in ("date", "time"):
        pass
    elif a.form == "vague":
        kind, qualifier = ("range", "range") if kind == "number" else (kind, "range")
    elif a.form == "approx":
        low = high = value
        qualifier = "approx"
    elif qualifier == "at_least":
        low, high = value, None
        kind = "range" if kind == "number" else kind
    elif qualifier == "at_most":
        low, high = None, value
        kind = "range" if kind == "number" else kind
    else:
        low = high = value
    return NumberMention(a.start, a.end, text[a.start : a.end], value, low, high, kind, qualifier, unit)


def parse_numbers(text: str) -> list[NumberMention]:
    """Every number mention in `text`, sorted by start and non-overlapping (see the module doc)."""
    if not text:
        return []
    specials = _specials(text)
    toks = tokenize(text, [(s.start, s.end) for s in specials])
    atoms = classify(text, scan_atoms(text, toks))
    return _first_wins([_mention(text, a) for a in atoms] + specials)


__all__ = ["NumberKind", "NumberMention", "Qualifier", "parse_numbers"]
