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
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from discrep.text.number_words import (
    ORDINALS,
    STARTERS,
    Num,
    WordNumber,
    fraction_at,
    hyphen_joins,
    parse_words,
    split_word,
)

NumberKind = Literal["number", "range", "ordinal", "percent", "year", "date", "time", "score", "measure"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]


@dataclass(frozen=True, slots=True)
class NumberMention:
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


# --------------------------------------------------------------------------- dates, times, codes

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NOT_MORE = r"(?![\w]|[.,]\d)"
_DATE_RE = re.compile(
    rf"\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*{_DAY})?(?:,?\s+\d{{4}})?{_NOT_MORE}"
    rf"|\b{_DAY}(?:\s*[-–]\s*{_DAY})?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?{_NOT_MORE}"
    rf"|\b{_MONTH},?\s+\d{{4}}{_NOT_MORE}"
    r"|(?<![\w.,/-])\d{4}-\d{2}-\d{2}(?![\w-])"
    r"|(?<![\w.,/-])\d{1,2}([/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/.-]|[.,]\d)"
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

# --------------------------------------------------------------------------- tokens

_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_TOKEN_RE = re.compile(
    r"""
    (?P<lit>(?<!\w)
      (?: \d{1,3}(?:\.\d{3})+,\d+(?![\d.,]\d)
        | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)
        | \d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:\.\d+)?(?!\d|[.,]\d)
        | \d+,\d{1,2}(?!\d|,\d)
        | \d+/\d+(?!\d)
        | \d*["""
    + _VULGAR
    + r"""]
        | \d*\.\d+ | \d+ )
      (?: [eE][-+]?\d+(?!\w) | \^[-+]*\d+ | x10\^[-+]*\d+ )?)
    | (?P<word>[^\W\d_]+)
    | (?P<punct>\S)
    """,
    re.VERBOSE,
)


@dataclass(slots=True)
class _Tok:
    kind: str  # lit, word, punct, barrier
    text: str
    low: str
    start: int
    end: int


def _tokenize(text: str, blocked: list[tuple[int, int]]) -> list[_Tok]:
    toks: list[_Tok] = []
    b = 0
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        while b < len(blocked) and blocked[b][1] <= s:
            b += 1
        if b < len(blocked) and blocked[b][0] < e:
            if not toks or toks[-1].kind != "barrier":
                toks.append(_Tok("barrier", "", "", s, e))
            continue
        kind = m.lastgroup or "punct"
        toks.append(_Tok(kind, m.group(), m.group().lower(), s, e))
    return toks


def _lit_value(s: str) -> Num | None:
    """Value of a digit literal as matched by _TOKEN_RE; None when it cannot be represented."""
    try:
        return _lit_value_unsafe(s)
    except (OverflowError, ValueError):  # "1e999", "9^99999", a 5,000-digit run
        return None


def _lit_value_unsafe(s: str) -> Num:
    s = re.sub(r"[\u00a0\u202f\u2009 ]", "", s)
    if s[-1] in _VULGAR:
        whole = int(s[:-1]) if len(s) > 1 else 0
        return whole + unicodedata.numeric(s[-1])
    power = re.search(r"(x10)?\^([-+]*)(\d+)$", s)
    exp = 0
    base10 = False
    if power:
        sign = -1 if power.group(2).count("-") % 2 else 1
        exp = sign * int(power.group(3))
        base10 = power.group(1) is not None
        s = s[: power.start()]
    elif re.search(r"[eE][-+]?\d+$", s):
        mant, _, e = s.replace("E", "e").partition("e")
        return _tidy(float(mant.replace(",", "")) * 10 ** int(e))
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        s = s.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", s) else s.replace(",", ".")
    value: Num = float(s) if "." in s else int(s)
    if power:
        value = value * 10.0**exp if base10 else float(value) ** exp
    return _tidy(value)


def _int(digits: str) -> int:
    """int() that caps absurd digit runs (Python refuses > 4300 digits; floats overflow)."""
    return int(digits) if len(digits) <= 18 else 10**18


def _tidy(v: Num) -> Num:
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


# --------------------------------------------------------------------------- atoms


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: Num | None
    form: str  # cardinal, fraction, ordinal, vague, approx, year, code, slash_date, score
    t0: int  # first token
    t1: int  # last token
    low: Num | None = None
    high: Num | None = None
    kind: NumberKind = "number"
    qualifier: Qualifier = "exact"
    unit: str | None = None
    plain_int: bool = False  # digits only, no separators, decimals or scale: a year candidate
    lit: bool = False  # written in digits
    extra: dict[str, object] = field(default_factory=dict)


_LIT_SUFFIX_SCALE: dict[str, int] = {
    "k": 10**3, "m": 10**6, "mm": 10**6, "mil": 10**6, "mln": 10**6, "mn": 10**6, "b": 10**9,
    "bn": 10**9, "bln": 10**9, "g": 10**9, "tn": 10**12, "trn": 10**12, "l": 10**5, "lakh": 10**5,
    "lakhs": 10**5, "lkh": 10**5, "lac": 10**5, "cr": 10**7, "crore": 10**7, "crores": 10**7,
    "dz": 12, "dzs": 12, "doz": 12, "dozs": 12,
}  # fmt: skip
_SPACED_SCALE: dict[str, int] = {
    "hundred": 100, "hundreds": 100, "thousand": 10**3, "thousands": 10**3, "million": 10**6,
    "millions": 10**6, "billion": 10**9, "billions": 10**9, "trillion": 10**12, "trillions": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lkh": 10**5, "lac": 10**5, "crore": 10**7, "crores": 10**7,
    "krore": 10**7, "krores": 10**7, "cr": 10**7, "dozen": 12, "dozens": 12, "dozs": 12, "dzs": 12,
    "doz": 12, "bn": 10**9, "mn": 10**6, "mln": 10**6, "mil": 10**6, "k": 10**3, "l": 10**5,
}  # fmt: skip
_SPACED_CASED = {"M": 10**6, "MM": 10**6, "B": 10**9, "K": 10**3}
_ORD_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_CURRENCY_BEFORE = re.compile(r"(US\$|A\$|C\$|\$|€|£|¥|₹|₴|\bUSD|\bEUR|\bGBP|\bRs\.?|\bINR)\s*$")
_DASHES = "-–—"
_DATE_CONTEXT_RE = re.compile(
    r"(?<!\w)(?:on|since|until|till|by|before|after|from|dated|post|pre)[\s-]+$", re.IGNORECASE
)


class _Scanner:
    def __init__(self, text: str, toks: list[_Tok]) -> None:
        self.text = text
        self.toks = toks
        self.n = len(toks)

    def adjacent(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.toks[i].end == self.toks[j].start

    def spaced(self, i: int, j: int) -> bool:
        """toks i and j separated by plain spaces only (no line break)."""
        if not (0 <= i < self.n and 0 <= j < self.n):
            return False
        gap = self.text[self.toks[i].end : self.toks[j].start]
        return "\n" not in gap and gap.strip() == ""

    def word(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n and self.toks[i].kind == "word" else ""

    # --- word phrases

    def gather(self, i: int) -> tuple[list[str], list[bool], list[int]]:
        words: list[str] = []
        bound: list[bool] = []
        ends: list[int] = []
        j = i
        while j < self.n:
            t = self.toks[j]
            if t.kind == "punct" and t.text in _DASHES and words and self.word(j + 1):
                nxt = split_word(self.toks[j + 1].low)
                ok, tie = hyphen_joins(words[-1], nxt[0]) if nxt else (False, False)
                if ok and self.spaced(j - 1, j) and self.spaced(j, j + 1):
                    bound[-1] = tie
                    j += 1
                    continue
                break
            if t.kind != "word" or (words and not self.spaced(j - 1, j)):
                break
            parts = split_word(t.low)
            if parts is None:
                break
            for k, p in enumerate(parts):
                words.append(p)
                bound.append(k < len(parts) - 1)
                ends.append(j)
            j += 1
        return words, bound, ends

    def word_phrase(self, i: int) -> _Atom | None:
        words, bound, ends = self.gather(i)
        if not words:
            return None
        res = parse_words(words, bound)
        if res is None:
            return None
        t1 = ends[res.size - 1]
        atom = self._from_words(res, words, i, t1)
        if atom.form == "fraction" and words[0] in ("a", "an") and res.size == 2 and words[1] in ORDINALS:
            # "a third time": an ordinal, unless "of" follows ("a third of the city").
            nxt = self.word(t1 + 1)
            if nxt and nxt not in ("of", "and", "or", "but"):
                return _Atom(self.toks[t1].start, self.toks[t1].end, ORDINALS[words[1]][0], "ordinal", t1, t1)
        return atom

    def _from_words(self, res: WordNumber, words: list[str], t0: int, t1: int) -> _Atom:
        start, end = self.toks[t0].start, self.toks[t1].end
        atom = _Atom(start, end, res.value, res.form, t0, t1)
        if res.form == "vague":
            atom.low, atom.high = res.low, res.high
        atom.extra["words"] = words[: res.size]
        return atom

    # --- digit-led

    def literal(self, i: int) -> _Atom | None:
        t = self.toks[i]
        text = self.text
        start = t.start
        if "/" in t.text:
            return self._slash(i)
        value = _lit_value(t.text)
        if value is None:
            return None
        plain = t.text.isdigit()
        # a sign glued to the digits, itself after a space, bracket or comparison sign
        if i > 0 and self.toks[i - 1].text in ("-", "−") and self.adjacent(i - 1, i):
            before = text[self.toks[i - 1].start - 1] if self.toks[i - 1].start > 0 else " "
            if before.isspace() or before in "([{=:<>~/" or self.toks[i - 1].start == 0:
                value = -value
                start = self.toks[i - 1].start
                plain = False
            elif before.isalpha():
                return _Atom(t.start, t.end, value, "code", i, i, kind="measure", unit="code")
        elif self.word(i - 1) in ("minus", "negative") and self.spaced(i - 1, i):
            value, start, plain = -value, self.toks[i - 1].start, False
        currency = bool(_CURRENCY_BEFORE.search(text, max(0, start - 6), start))
        j = i  # last token used
        scale_used = 1
        last_scale = 1
        nxt = self.toks[j + 1] if j + 1 < self.n else None
        if nxt is not None and nxt.kind == "word" and self.adjacent(j, j + 1):
            suf = nxt.low
            if suf in _ORD_SUFFIX and isinstance(value, int) and value >= 0:
                return _Atom(start, nxt.end, value, "ordinal", i, j + 1)
            if suf == "s" and plain and 1800 <= value <= 2100:
                return _Atom(start, nxt.end, value, "year", i, j + 1, kind="year")
            if suf in _LIT_SUFFIX_SCALE and (nxt.text != "m" or currency):
                scale_used = last_scale = _LIT_SUFFIX_SCALE[suf]
                value *= scale_used
                j += 1
                plain = False
        while scale_used == 1 or last_scale > 1:
            nxt = self.toks[j + 1] if j + 1 < self.n else None
            if nxt is None or nxt.kind != "word" or not self.spaced(j, j + 1):
                break
            mult = _SPACED_CASED.get(nxt.text) or _SPACED_SCALE.get(nxt.low)
            if nxt.text in ("m", "L", "b", "g", "G") or not mult:
                break
            if nxt.low in ("l", "k") and self.word(j + 2):  # "30 l" is lakh, "5 l of water" is not
                break
            value *= mult
            scale_used *= mult
            last_scale = mult
            j += 1
            plain = False
        atom = _Atom(start, self.toks[j].end, _tidy(value), "cardinal", i, j, plain_int=plain, lit=True)
        if currency:
            atom.unit = "currency"
        if last_scale > 1:
            self._continue_groups(atom, last_scale)
        else:
            self._and_fraction(atom)
            self._mixed_slash(atom)
        return atom

    def _continue_groups(self, atom: _Atom, last_scale: int) -> None:
        """Add smaller groups after a scale: "4 thousand 3 hundred and 21", "3 million and a half"."""
        while atom.value is not None:
            j = atom.t1 + 1
            if self.word(j) == "and" and self.spaced(atom.t1, j):
                j += 1
            if j >= self.n or not self.spaced(j - 1, j):
                return
            t = self.toks[j]
            if t.kind == "lit":
                sub = self.literal(j)
                if sub is None or sub.value is None or sub.form != "cardinal" or not sub.value:
                    return
                if sub.value >= last_scale or sub.unit:
                    return
                atom.value, atom.end, atom.t1 = _tidy(atom.value + sub.value), sub.end, sub.t1
                continue
            words, bound, ends = self.gather(j)
            if not words:
                return
            if j > atom.t1 + 1:
                frac = fraction_at(words, bound, 0)
                if frac is not None and frac.value is not None and frac.scale == 1:
                    atom.value = _tidy(atom.value + frac.value * (last_scale if last_scale >= 1000 else 1))
                    atom.end, atom.t1 = self.toks[ends[frac.size - 1]].end, ends[frac.size - 1]
                    return
            res = parse_words(words, bound)
            if res is None or res.form != "cardinal" or res.value is None or not 0 < res.value < last_scale:
                return
            atom.value = _tidy(atom.value + res.value)
            atom.end, atom.t1 = self.toks[ends[res.size - 1]].end, ends[res.size - 1]
            return

    def _and_fraction(self, atom: _Atom) -> None:
        """Digits and a fraction: "2 and a half", "5 and a half million"."""
        j = atom.t1 + 1
        if atom.value is None or self.word(j) != "and" or not self.spaced(atom.t1, j):
            return
        words, bound, ends = self.gather(j + 1)
        frac = fraction_at(words, bound, 0) if words else None
        if frac is None or frac.value is None or words[0] not in ("a", "an", "one"):
            return
        raw = frac.value / frac.scale
        atom.value = _tidy((atom.value + raw) * frac.scale)
        atom.end, atom.t1 = self.toks[ends[frac.size - 1]].end, ends[frac.size - 1]
        atom.plain_int = False

    def _mixed_slash(self, atom: _Atom) -> None:
        """A whole number and a slash fraction: "2 1/4"."""
        j = atom.t1 + 1
        if not isinstance(atom.value, int) or j >= self.n or not self.spaced(atom.t1, j):
            return
        t = self.toks[j]
        if t.kind == "lit" and "/" in t.text:
            a, b = (_int(x) for x in t.text.split("/"))
            if 0 < a < b:
                atom.value = atom.value + a / b
                atom.end, atom.t1, atom.plain_int = t.end, j, False

    def _slash(self, i: int) -> _Atom:
        t = self.toks[i]
        a, b = (_int(x) for x in t.text.split("/"))
        start = t.start
        sign = 1
        if i > 0 and self.toks[i - 1].text == "-" and self.adjacent(i - 1, i):
            before = self.text[self.toks[i - 1].start - 1] if self.toks[i - 1].start > 0 else " "
            if before.isspace() or before in "([{=:<>~" or self.toks[i - 1].start == 0:
                sign, start = -1, self.toks[i - 1].start
        date_like = sign == 1 and 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
        if date_like and _DATE_CONTEXT_RE.search(self.text, max(0, start - 12), start):
            return _Atom(start, t.end, None, "slash_date", i, i, kind="date")
        if b and a < b:
            return _Atom(start, t.end, sign * a / b, "fraction", i, i)
        if (a, b) == (24, 7):  # the idiom "24/7", neither a date nor a count
            return _Atom(start, t.end, None, "code", i, i, kind="measure", unit="code")
        if date_like:
            return _Atom(start, t.end, None, "slash_date", i, i, kind="date")
        if b == 0:
            return _Atom(start, t.end, None, "code", i, i, kind="measure", unit="code")
        return _Atom(start, t.end, sign * a / b, "fraction", i, i)

    def scan(self) -> list[_Atom]:
        atoms: list[_Atom] = []
        i = 0
        while i < self.n:
            t = self.toks[i]
            atom: _Atom | None = None
            if t.kind == "lit":
                atom = self.literal(i)
            elif t.kind == "word":
                first = split_word(t.low)
                if first and (first[0] in STARTERS or first[0] in ("a", "an", "negative", "minus")):
                    atom = self.word_phrase(i)
                    if atom is not None and self._pronoun_one(atom):
                        atom = None
            if atom is None:
                i += 1
                continue
            atoms.append(atom)
            i = atom.t1 + 1
        return atoms

    def _pronoun_one(self, atom: _Atom) -> bool:
        if atom.extra.get("words") != ["one"]:
            return False
        prev, nxt = self.word(atom.t0 - 1), self.word(atom.t1 + 1)
        if prev in _PRONOUN_BEFORE or nxt in _PRONOUN_AFTER:
            return True
        nt = self.toks[atom.t1 + 1] if atom.t1 + 1 < self.n else None
        return nt is not None and nt.text in ("'", "’") and self.word(atom.t1 + 2) == "s"


_PRONOUN_BEFORE = frozenset(
    {"no", "the", "every", "any", "each", "this", "that", "which", "little", "someone"}
)
_PRONOUN_AFTER = frozenset({"of", "another", "who", "whose", "which", "else", "by"})

# --------------------------------------------------------------------------- context

_UNITS: dict[str, str] = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "mi": "mile", "m": "m", "metre": "m", "metres": "m", "meter": "m",
    "meters": "m", "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "ft": "ft", "feet": "ft", "foot": "ft", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard", "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilo": "kg", "kilos": "kg", "g": "g", "gram": "g", "grams": "g", "lb": "lb", "lbs": "lb",
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "t": "tonne",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre", "gallon": "gallon",
    "gallons": "gallon", "barrel": "barrel", "barrels": "barrel", "bpd": "barrel/day", "ha": "ha",
    "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre", "sq km": "km2",
    "square kilometres": "km2", "square kilometers": "km2", "square miles": "mile2", "km2": "km2",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "knot", "mw": "MW", "megawatts": "MW",
    "gw": "GW", "gigawatts": "GW", "kw": "kW", "kwh": "kWh", "kilowatts": "kW", "°c": "°C", "°f": "°F",
    "degrees": "degree", "degree": "degree", "second": "second", "seconds": "second", "sec": "second",
    "secs": "second", "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year", "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "calories": "calorie", "mb": "MB", "gb": "GB",
    "nautical miles": "nautical mile", "light years": "light year",
}  # fmt: skip
_CURRENCY_WORDS: dict[str, str] = {
    "dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro", "pound": "pound",
    "pounds": "pound", "yuan": "yuan", "yen": "yen", "rubles": "ruble", "roubles": "ruble",
    "hryvnias": "hryvnia", "hryvnia": "hryvnia", "rupees": "rupee", "usd": "$", "eur": "€", "gbp": "£",
}  # fmt: skip
_UNIT_RE = re.compile(
    r"(?:\s*-\s*|\s*)(?P<u>"
    + "|".join(sorted((re.escape(u).replace(r"\ ", r"\s+") for u in _UNITS), key=len, reverse=True))
    + r")(?![\w/]|\.\w)",
    re.IGNORECASE,
)
_CURRENCY_WORD_RE = re.compile(
    r"\s*(?P<u>" + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_PERCENT_RE = re.compile(
    r"\s*(?:%|per\s*cent(?:age)?s?\b|percent(?:age)?s?\b|pct\b)(?:\s+points?\b)?"
    r"|pc\b",
    re.IGNORECASE,
)
_PERCENT_OF_RE = re.compile(r"(?:per\s*cents?|percents?|percentage)\s+of\s+$", re.IGNORECASE)
# Units that are a single letter or clash with words need the number glued to them ("5t", "10m").
_GLUED_ONLY = frozenset({"m", "t", "g", "mi", "min", "sec", "ha", "in"})

_AT_LEAST = (
    r"more\s+than(?:\s+or\s+equal\s+to)?|greater\s+than(?:\s+or\s+equal\s+to)?|larger\s+than|bigger\s+than"
    r"|higher\s+than|well\s+over|just\s+over|well\s+above|over|above|at\s+least|in\s+excess\s+of"
    r"|upwards?\s+of|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than|a\s+minimum\s+of|minimum\s+of"
    r"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing)|tops"
    r"|equal\s+to\s+or\s+(?:more|greater)\s+than|>=|=>|≥|>"
)
_AT_MOST = (
    r"up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than(?:\s+or\s+equal\s+to)?"
    r"|less\s+or\s+equal\s+(?:than|to)|lower\s+than|smaller\s+than|no\s+(?:more|greater)\s+than"
    r"|not\s+more\s+than|at\s+most|a\s+maximum\s+of|maximum\s+of|well\s+(?:under|below)|just\s+under"
    r"|under|below|equal\s+to\s+or\s+(?:less|fewer)\s+than|<=|=<|≤|<"
)
_APPROX = (
    r"about|around|some|nearly|almost|roughly|approximately|approx\.|an\s+estimated|estimated"
    r"|close\s+to|circa|ca\.|c\.|more\s+or\s+less|~"
)
_EQUAL = r"equal(?:s|ling|ing)?(?:\s+to)?|is\s+equal\s+to"
_PREFIX_RE = re.compile(
    rf"(?<![\w])(?:(?P<least>{_AT_LEAST})|(?P<most>{_AT_MOST})|(?P<approx>{_APPROX})|(?P<equal>{_EQUAL}))"
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(
    r"(?P<least>\s*(?:or|and)\s+(?:more|greater|higher|above|over|upwards)(?:\s+than)?(?:\s+or\s+equal(?:\s+to)?)?"
    r"|-?\s?plus\b|\+(?!\s*\d))"
    r"|(?P<most>\s*or\s+(?:less|fewer|lower|below|under|smaller)(?:\s+than)?)"
    r"|(?P<equal>\s*or\s+equal(?:\s+to)?)"
    r"|(?P<approx>\s*or\s+so\b|-odd\b)",
    re.IGNORECASE,
)
_RANGE_GAP_RE = re.compile(r"\s*(?:[-–—~]|to|through|thru)\s*$|\s+or\s+$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"(?<!\w)between\s+(?:the\s+)?$", re.IGNORECASE)
_FROM_RE = re.compile(r"(?<!\w)from\s+(?:the\s+)?$", re.IGNORECASE)
_AND_GAP_RE = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)
_TO_GAP_RE = re.compile(r"\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_PAIR_GAP_RE = re.compile(r"\s*,?\s*(?:and|but)\s+$", re.IGNORECASE)
_CHANGE_RE = re.compile(
    r"(?<!\w)(?:ris(?:e|es|ing)|rose|risen|increas\w*|gr[eo]w\w*|climb\w*|jump\w*|fell|fall\w*|drop\w*"
    r"|decreas\w*|declin\w*|reduc\w*|cut|rais\w*|lower\w*|revis\w*|doubl\w*|soar\w*|surg\w*|went|gone"
    r"|chang\w*|updat\w*|up|down|mov\w*)(?:\s+\S+){0,3}\s+$",
    re.IGNORECASE,
)
_VOTE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:vot\w*|won|wins?|winning|lost|los(?:e|es|ing)|beat(?:s|en|ing)?|defeat\w*|dr[ae]w\w*"
    r"|tied|scor\w*|margin|tally|final)(?:\s+\S+){0,3}\s+$",
    re.IGNORECASE,
)
_VOTE_AFTER_RE = re.compile(
    r"\s*(?:vote|votes|victory|win|defeat|loss|draw|decision|majority|ruling|verdict|in\s+favou?r|scoreline)\b",
    re.IGNORECASE,
)
_YEAR_BEFORE_RE = re.compile(
    r"(?<!\w)(?:in|since|during|by|until|till|before|after|from|of|through|year|early|late|mid|mid-"
    r"|spring|summer|autumn|fall|winter|circa|and|to|between)\s*-?\s*$",
    re.IGNORECASE,
)
_YEAR_AFTER_RE = re.compile(r"\s*(?:$|[^\w\s%$€£]|(?:elections?|census|invasion|war|season|budget)\b)")


def _is_yearish(a: _Atom) -> bool:
    v = a.value
    return a.plain_int and a.kind in ("number", "year") and isinstance(v, int) and 1800 <= v <= 2100


class _Context:
    def __init__(self, text: str, atoms: list[_Atom]) -> None:
        self.text = text
        self.atoms = atoms

    def run(self) -> list[_Atom]:
        self.merge_paren_and_over()
        for a in self.atoms:
            self.units(a)
        self.years()
        self.pairs()
        for a in self.atoms:
            self.qualify(a)
        self.join_bounds()
        return self.atoms

    def merge_paren_and_over(self) -> None:
        out: list[_Atom] = []
        text = self.text
        for a in self.atoms:
            if out:
                p = out[-1]
                gap = text[p.end : a.start]
                if (
                    re.fullmatch(r"\s*\(\s*", gap)
                    and p.value == a.value
                    and re.match(r"\s*\)", text[a.end :])
                    and p.form == a.form == "cardinal"
                ):
                    p.end = a.end + text[a.end :].index(")") + 1
                    continue
                if (
                    re.fullmatch(r"\s+over\s+", gap, re.IGNORECASE)
                    and p.form == a.form == "cardinal"
                    and p.value is not None
                    and a.value
                    and not re.match(r"\s*[^\W\d_]", text[a.end :])
                ):
                    p.value, p.end, p.form, p.plain_int = p.value / a.value, a.end, "fraction", False
                    continue
            out.append(a)
        self.atoms = out

    def units(self, a: _Atom) -> None:
        text = self.text
        if a.form in ("ordinal", "year", "code", "slash_date", "date"):
            return
        if a.value is not None and a.kind == "number":
            m = _PERCENT_OF_RE.search(text, max(0, a.start - 30), a.start)
            if m:
                a.kind, a.unit, a.start = "percent", "%", m.start()
                return
        m = _PERCENT_RE.match(text, a.end)
        if m and (m.group().strip() != "pc" or m.start() == a.end):
            a.kind, a.unit, a.end = "percent", "%", m.end()
            return
        m = _UNIT_RE.match(text, a.end)
        if m:
            u = m.group("u").lower()
            u = re.sub(r"\s+", " ", u)
            glued = m.start("u") == a.end
            if (u not in _GLUED_ONLY or glued) and not (u == "m" and a.unit == "currency"):
                a.kind, a.unit, a.end = "measure", _UNITS[u], m.end()
                old = re.match(r"\s*old\b", text[a.end :])
                if a.unit == "year" and old:
                    a.end += old.end()
                elif a.unit == "year" and re.match(r"-old\b", text[a.end :]):
                    a.end += 4
                return
        m = _CURRENCY_WORD_RE.match(text, a.end)
        if m and a.kind == "number":
            a.unit, a.end = _CURRENCY_WORDS[m.group("u").lower()], m.end()
            return
        if a.unit == "currency":
            m = _CURRENCY_BEFORE.search(text, max(0, a.start - 6), a.start)
            if m:
                a.unit = m.group(1).strip()
                a.start = m.start(1)
        if a.form == "fraction" and a.value is not None and abs(a.value) < 1:
            a.kind, a.unit = "measure", "fraction"

    def years(self) -> None:
        text = self.text
        for a in self.atoms:
            if not _is_yearish(a):
                continue
            if _PREFIX_RE.search(text, max(0, a.start - 40), a.start):
                continue
            before = _YEAR_BEFORE_RE.search(text, max(0, a.start - 12), a.start)
            after = _YEAR_AFTER_RE.match(text, a.end)
            if before or after:
                a.kind = "year"

    def pairs(self) -> None:
        """Ranges ("7,000 to 15,000", "between 300 and 400") and scores ("voted 141-5")."""
        text = self.text
        out: list[_Atom] = []
        i = 0
        atoms = self.atoms
        while i < len(atoms):
            a = atoms[i]
            b = atoms[i + 1] if i + 1 < len(atoms) else None
            merged = self._pair(a, b, text) if b is not None else None
            if merged is not None:
                out.append(merged)
                i += 2
            else:
                out.append(a)
                i += 1
        self.atoms = out

    def _pair(self, a: _Atom, b: _Atom, text: str) -> _Atom | None:
        if a.value is None or b.value is None or a.form == "code" or b.form == "code":
            return None
        if a.form == "vague" or b.form == "vague":
            return None
        gap = text[a.end : b.start]
        if len(gap) > 12:
            return None
        ordinal = a.form == b.form == "ordinal"
        if (a.form == "ordinal") != (b.form == "ordinal"):
            return None
        if a.kind not in ("number", "year") and a.kind != b.kind:
            return None
        between = _BETWEEN_RE.search(text, max(0, a.start - 14), a.start)
        frm = _FROM_RE.search(text, max(0, a.start - 10), a.start)
        dash = re.fullmatch(r"\s*[-–—:]\s*", gap) is not None
        digits = a.lit and b.lit and a.t0 == a.t1 and b.t0 == b.t1 and a.form == b.form == "cardinal"
        if dash and digits and isinstance(a.value, int) and isinstance(b.value, int):
            if _is_yearish(a) and re.fullmatch(r"\d{2}|\d{4}", text[b.start : b.end]):
                end_year = b.value if b.value > 100 else a.value // 100 * 100 + b.value
                if end_year > a.value:
                    return self._merged(a, b, a.value, end_year, "year")
            score = (
                a.value >= b.value
                or _VOTE_BEFORE_RE.search(text, max(0, a.start - 40), a.start)
                or _VOTE_AFTER_RE.match(text, b.end)
                or ":" in gap
            )
            if score and b.kind == "number":
                m = _Atom(a.start, b.end, None, "score", a.t0, b.t1, kind="score")
                return m
        if between and _AND_GAP_RE.fullmatch(gap):
            lo, hi = sorted((a.value, b.value))
            return self._merged(a, b, lo, hi, None, start=between.start())
        if _VOTE_BEFORE_RE.search(text, max(0, a.start - 40), a.start) and _TO_GAP_RE.fullmatch(gap):
            return _Atom(a.start, b.end, None, "score", a.t0, b.t1, kind="score")
        if frm and _TO_GAP_RE.fullmatch(gap):
            if _CHANGE_RE.search(text, max(0, frm.start() - 40), frm.start()) or a.value >= b.value:
                return None
            return self._merged(a, b, a.value, b.value, None, start=frm.start())
        if _RANGE_GAP_RE.fullmatch(gap) and not ordinal:
            if a.value >= b.value or _CHANGE_RE.search(text, max(0, a.start - 40), a.start):
                return None
            if "or" in gap.lower() and (a.form != "cardinal" or b.form != "cardinal"):
                return None
            if re.fullmatch(r"\s*[-–—~]\s*", gap) and not (a.lit and b.lit):
                return None
            if a.kind == "year" and b.kind == "year":
                return self._merged(a, b, a.value, b.value, "year")
            return self._merged(a, b, a.value, b.value, None)
        return None

    def _merged(
        self, a: _Atom, b: _Atom, lo: Num, hi: Num, kind: NumberKind | None, start: int | None = None
    ) -> _Atom:
        m = _Atom(start if start is not None else a.start, b.end, None, "range", a.t0, b.t1)
        m.low, m.high, m.qualifier = lo, hi, "range"
        if kind:
            m.kind = kind
        elif a.kind == b.kind == "year":
            m.kind = "year"
        elif a.form == "ordinal":
            m.kind = "ordinal"
        elif b.kind in ("percent", "measure") or a.kind in ("percent", "measure"):
            m.kind = b.kind if b.kind in ("percent", "measure") else a.kind
            m.unit = b.unit or a.unit
        else:
            m.kind = "range"
            m.unit = a.unit or b.unit
        return m

    def qualify(self, a: _Atom) -> None:
        if a.form in ("range", "score", "year", "code", "slash_date") or a.kind in ("year", "date"):
            if a.form == "range" and a.kind != "year":
                m = _PREFIX_RE.search(self.text, max(0, a.start - 40), a.start)
                if m and m.group("approx"):
                    a.start = m.start()
            return
        text = self.text
        m = _PREFIX_RE.search(text, max(0, a.start - 40), a.start)
        if m and (a.form == "ordinal" or not re.search(r"\bthe\s*$", m.group(), re.IGNORECASE)):
            if m.group("least"):
                a.qualifier = "at_least"
            elif m.group("most"):
                a.qualifier = "at_most"
            elif m.group("approx"):
                a.qualifier = "approx"
            a.start = m.start()
        s = _SUFFIX_RE.match(text, a.end)
        if s and a.qualifier in ("exact", "approx"):
            if s.group("least"):
                a.qualifier = "at_least"
            elif s.group("most"):
                a.qualifier = "at_most"
            elif s.group("approx"):
                a.qualifier = "approx"
            a.end = s.end()
            than = re.search(r"\s+than$", text[a.start : a.end])
            if than and re.match(r"\s*\w", text[a.end :]):
                a.end -= len(than.group())
        elif s and s.group("equal"):
            a.end = s.end()

    def join_bounds(self) -> None:
        """Join an at-least and an at-most: "more than 10 and less than 20" -> [10, 20]."""
        out: list[_Atom] = []
        for a in self.atoms:
            if out:
                p = out[-1]
                quals = {p.qualifier, a.qualifier}
                if quals == {"at_least", "at_most"} and _PAIR_GAP_RE.fullmatch(self.text[p.end : a.start]):
                    lo_atom, hi_atom = (p, a) if p.qualifier == "at_least" else (a, p)
                    if (
                        lo_atom.value is not None
                        and hi_atom.value is not None
                        and lo_atom.value <= hi_atom.value
                        and (p.form == "ordinal") == (a.form == "ordinal")
                    ):
                        m = self._merged(p, a, lo_atom.value, hi_atom.value, None)
                        out[-1] = m
                        continue
            out.append(a)
        self.atoms = out


# --------------------------------------------------------------------------- output


def _specials(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    pairs: tuple[tuple[re.Pattern[str], NumberKind], ...] = ((_DATE_RE, "date"), (_TIME_RE, "time"))
    for rx, kind in pairs:
        for m in rx.finditer(text):
            found.append(NumberMention(m.start(), m.end(), m.group(), None, None, None, kind))
    taken = sorted((f.start, f.end) for f in found)
    for m in _CHAIN_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        for d in _DIGITS_RE.finditer(m.group()):
            v = _int(d.group())
            s = m.start() + d.start()
            found.append(NumberMention(s, s + len(d.group()), d.group(), v, v, v, "measure", unit="code"))
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[NumberMention] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def _mention(text: str, a: _Atom) -> NumberMention:
    value = _tidy(a.value) if a.value is not None else None
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
    toks = _tokenize(text, [(s.start, s.end) for s in specials])
    atoms = _Context(text, _Scanner(text, toks).scan()).run()
    mentions = [_mention(text, a) for a in atoms] + specials
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[NumberMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


__all__ = ["NumberKind", "NumberMention", "Qualifier", "parse_numbers"]
