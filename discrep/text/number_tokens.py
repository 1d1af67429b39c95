"""Tokens, digit literals and atoms: the shared ground of the number parser's stages.

:mod:`discrep.text.numbers` (which holds the user documentation) cuts the text into tokens here,
:mod:`discrep.text.number_scan` walks them with a :class:`TokenStream` and reads each number it finds
into an :class:`Atom`, and :mod:`discrep.text.number_context` reads the words around the atoms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from discrep.text.number_words import Num, hyphen_joins, split_word

NumberKind = Literal["number", "range", "ordinal", "percent", "year", "date", "time", "score", "measure"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]

VULGAR = _VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
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
class Tok:
    kind: str  # lit, word, punct, barrier
    text: str
    low: str
    start: int
    end: int


def tokenize(text: str, blocked: list[tuple[int, int]]) -> list[Tok]:
    """Tokens of `text`; the tokens inside a blocked span (a date, time or code found before) become one
    barrier, so that no number is read across it."""
    if not blocked:  # the usual case: no barriers to look for
        return [
            Tok(m.lastgroup or "punct", (g := m.group()), g.lower(), *m.span())
            for m in _TOKEN_RE.finditer(text)
        ]
    toks: list[Tok] = []
    b = 0
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        while b < len(blocked) and blocked[b][1] <= s:
            b += 1
        if b < len(blocked) and blocked[b][0] < e:
            if not toks or toks[-1].kind != "barrier":
                toks.append(Tok("barrier", "", "", s, e))
            continue
        kind = m.lastgroup or "punct"
        token = m.group()
        toks.append(Tok(kind, token, token.lower(), s, e))
    return toks


@lru_cache(maxsize=4096)
def lit_value(s: str) -> Num | None:
    """Value of a digit literal as matched by _TOKEN_RE; None when it cannot be represented."""
    try:
        return _lit_value_unsafe(s)
    except (OverflowError, ValueError, ZeroDivisionError):  # "1e999", "9^99999", "0^-1", 5,000 digits
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
        if abs(int(e)) > 400:  # beyond any float; 10 ** 6666666 alone takes seconds (found by fuzzing)
            raise OverflowError(e)
        return tidy(float(mant.replace(",", "")) * 10 ** int(e))
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        s = s.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", s) else s.replace(",", ".")
    value: Num = float(s) if "." in s else int(s)
    if power:
        value = value * 10.0**exp if base10 else float(value) ** exp
    return tidy(value)


def capped_int(digits: str) -> int:
    """int() that caps absurd digit runs (Python refuses > 4300 digits; floats overflow)."""
    return int(digits) if len(digits) <= 18 else 10**18


def tidy(v: Num) -> Num:
    """Whole floats as ints ("1.5 million" is 1500000, not 1500000.0) while a float is still exact."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


@dataclass(slots=True)
class Atom:
    """One number being read, before it becomes a mention; `form` says how it was written."""

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


_DASHES = "-–—"


class TokenStream:
    """The tokens of one text, with the spacing tests every reader needs."""

    def __init__(self, text: str, toks: list[Tok]) -> None:
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

    def gather(self, i: int) -> tuple[list[str], list[bool], list[int]]:
        """The number words from token i on, as (words, bound, ends): bound[k] ties word k to the next
        ("twenty-one" is one number, "one-eighth" may split), ends[k] is the token word k came from."""
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
