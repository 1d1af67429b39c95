"""Numbers led by digits: signs, scale words and suffixes, groups after a scale, slash fractions.

:func:`read_literal` is called by :mod:`discrep.text.number_scan` at each digit token and returns the
:class:`~discrep.text.number_tokens.Atom` it reads from there: "-504", "1.5 million", "$3m", "2.5k",
"30 lakh", "4 thousand 3 hundred and 21", "2 and a half", "2 1/4", "21st", "the 1990s", "1/2" or the
date "after 9/11". Number words after the digits are read with :mod:`discrep.text.number_words`.
"""

from __future__ import annotations

import re

from discrep.text.number_tokens import Atom, TokenStream, capped_int, lit_value, tidy
from discrep.text.number_units import CURRENCY_BEFORE
from discrep.text.number_words import fraction_at, parse_words

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
# "1.5m people", "2m refugees": a glued "m" before a count's noun is million, as British papers write
# it ("1.5m tall", "rose 1.5m across the valley": metres)
_IRREGULAR_PLURALS = frozenset(
    {"people", "persons", "children", "women", "men", "cattle", "livestock", "sheep"}
)
_NOT_PLURALS = frozenset(
    {"this", "its", "his", "hers", "thus", "plus", "towards", "afterwards", "as", "is", "was", "has", "does",
     "yes", "across", "unless", "less", "always", "perhaps", "whereas", "downstairs", "upstairs", "overseas"}
)  # fmt: skip


# "the number of refugees has passed 2m,": a count named before a figure that ends its clause
_COUNT_NAMED_BEFORE = re.compile(r"\b(?:number|toll|total|tally|count)\b[^.;:]{0,60}$", re.IGNORECASE)
_THEM = frozenset({"them", "those", "whom", "these"})


def _million(ts: TokenStream, k: int, text: str, start: int) -> bool:
    """Whether a glued "m" whose next token is k is million: before a count's noun ("1.5m
    people"), "of them" ("1.2m of them have crossed"), or ending the clause of a count named
    before it ("the number of refugees has passed 2m,")."""
    word = ts.word(k)
    if word == "of":
        return ts.word(k + 1) in _THEM
    if not word:
        return _COUNT_NAMED_BEFORE.search(text, max(0, start - 80), start) is not None
    return _counts_things(word)


def _counts_things(word: str) -> bool:
    """Whether a (lowercased) word after "2m" is the noun of a count of things or people."""
    if word in _IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURALS


# Words after which a slash pair is a date ("on 3/3", "after 9/11") even when it reads as a fraction.
_DATE_CONTEXT_RE = re.compile(
    r"(?<!\w)(?:on|since|until|till|by|before|after|from|dated|post|pre)[\s-]+$", re.IGNORECASE
)


def read_literal(ts: TokenStream, i: int) -> Atom | None:
    """The number whose digits are token i, with the sign, scale and fraction that belong to it."""
    t = ts.toks[i]
    text = ts.text
    start = t.start
    if "/" in t.text:
        if not all(part.isdecimal() for part in t.text.split("/")):
            return None  # "3/1e08", "1/2^3": no number we can read (found by fuzzing)
        return _read_slash(ts, i)
    value = lit_value(t.text)
    if value is None:
        return None
    plain = t.text.isdigit()
    # a sign glued to the digits, itself after a space, bracket or comparison sign
    if i > 0 and ts.toks[i - 1].text in ("-", "−") and ts.adjacent(i - 1, i):
        before = text[ts.toks[i - 1].start - 1] if ts.toks[i - 1].start > 0 else " "
        if before.isspace() or before in "([{=:<>~/" or ts.toks[i - 1].start == 0:
            value = -value
            start = ts.toks[i - 1].start
            plain = False
        elif before.isalpha():
            return Atom(t.start, t.end, value, "code", i, i, kind="measure", unit="code")
    elif ts.word(i - 1) in ("minus", "negative") and ts.spaced(i - 1, i):
        value, start, plain = -value, ts.toks[i - 1].start, False
    currency = bool(CURRENCY_BEFORE.search(text, max(0, start - 6), start))
    j = i  # last token used
    scale_used = 1
    last_scale = 1
    nxt = ts.toks[j + 1] if j + 1 < ts.n else None
    if nxt is not None and nxt.kind == "word" and ts.adjacent(j, j + 1):
        suf = nxt.low
        if suf in _ORD_SUFFIX and isinstance(value, int) and value >= 0:
            return Atom(start, nxt.end, value, "ordinal", i, j + 1)
        if suf == "s" and plain and 1800 <= value <= 2100:
            return Atom(start, nxt.end, value, "year", i, j + 1, kind="year")
        if suf in _LIT_SUFFIX_SCALE and (nxt.text != "m" or currency or _million(ts, j + 2, text, start)):
            scale_used = last_scale = _LIT_SUFFIX_SCALE[suf]
            value *= scale_used
            j += 1
            plain = False
    while scale_used == 1 or last_scale > 1:
        nxt = ts.toks[j + 1] if j + 1 < ts.n else None
        if nxt is None or nxt.kind != "word" or not ts.spaced(j, j + 1):
            break
        mult = _SPACED_CASED.get(nxt.text) or _SPACED_SCALE.get(nxt.low)
        if nxt.text in ("m", "L", "b", "g", "G") or not mult:
            break
        if nxt.low in ("l", "k") and ts.word(j + 2):  # "30 l" is lakh, "5 l of water" is not
            break
        value *= mult
        scale_used *= mult
        last_scale = mult
        j += 1
        plain = False
    atom = Atom(start, ts.toks[j].end, tidy(value), "cardinal", i, j, plain_int=plain, lit=True)
    if currency:
        atom.unit = "currency"
    if last_scale > 1:
        _continue_groups(ts, atom, last_scale)
    else:
        _and_fraction(ts, atom)
        _mixed_slash(ts, atom)
    return atom


def _continue_groups(ts: TokenStream, atom: Atom, last_scale: int) -> None:
    """Add smaller groups after a scale: "4 thousand 3 hundred and 21", "3 million and a half"."""
    while atom.value is not None:
        j = atom.t1 + 1
        if ts.word(j) == "and" and ts.spaced(atom.t1, j):
            j += 1
        if j >= ts.n or not ts.spaced(j - 1, j):
            return
        t = ts.toks[j]
        if t.kind == "lit":
            sub = read_literal(ts, j)
            if sub is None or sub.value is None or sub.form != "cardinal" or not sub.value:
                return
            if sub.value >= last_scale or sub.unit:
                return
            atom.value, atom.end, atom.t1 = tidy(atom.value + sub.value), sub.end, sub.t1
            continue
        words, bound, ends = ts.gather(j)
        if not words:
            return
        if j > atom.t1 + 1:
            frac = fraction_at(words, bound, 0)
            if frac is not None and frac.value is not None and frac.scale == 1:
                atom.value = tidy(atom.value + frac.value * (last_scale if last_scale >= 1000 else 1))
                atom.end, atom.t1 = ts.toks[ends[frac.size - 1]].end, ends[frac.size - 1]
                return
        res = parse_words(words, bound)
        if res is None or res.form != "cardinal" or res.value is None or not 0 < res.value < last_scale:
            return
        atom.value = tidy(atom.value + res.value)
        atom.end, atom.t1 = ts.toks[ends[res.size - 1]].end, ends[res.size - 1]
        return


def _and_fraction(ts: TokenStream, atom: Atom) -> None:
    """Digits and a fraction: "2 and a half", "5 and a half million"."""
    j = atom.t1 + 1
    if atom.value is None or ts.word(j) != "and" or not ts.spaced(atom.t1, j):
        return
    words, bound, ends = ts.gather(j + 1)
    frac = fraction_at(words, bound, 0) if words else None
    if frac is None or frac.value is None or words[0] not in ("a", "an", "one"):
        return
    raw = frac.value / frac.scale
    atom.value = tidy((atom.value + raw) * frac.scale)
    atom.end, atom.t1 = ts.toks[ends[frac.size - 1]].end, ends[frac.size - 1]
    atom.plain_int = False


def _mixed_slash(ts: TokenStream, atom: Atom) -> None:
    """A whole number and a slash fraction: "2 1/4"."""
    j = atom.t1 + 1
    if not isinstance(atom.value, int) or j >= ts.n or not ts.spaced(atom.t1, j):
        return
    t = ts.toks[j]
    if t.kind == "lit" and "/" in t.text and all(part.isdecimal() for part in t.text.split("/")):
        # "2 1/4"; not "12 05/1e08", which is no fraction (found by fuzzing)
        a, b = (capped_int(x) for x in t.text.split("/"))
        if 0 < a < b:
            atom.value = atom.value + a / b
            atom.end, atom.t1, atom.plain_int = t.end, j, False


def _read_slash(ts: TokenStream, i: int) -> Atom:
    """ "A/B": a date after "on", "since"... or when it cannot be a fraction, else a fraction."""
    t = ts.toks[i]
    a, b = (capped_int(x) for x in t.text.split("/"))
    start = t.start
    sign = 1
    if i > 0 and ts.toks[i - 1].text == "-" and ts.adjacent(i - 1, i):
        before = ts.text[ts.toks[i - 1].start - 1] if ts.toks[i - 1].start > 0 else " "
        if before.isspace() or before in "([{=:<>~" or ts.toks[i - 1].start == 0:
            sign, start = -1, ts.toks[i - 1].start
    date_like = sign == 1 and 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
    if date_like and _DATE_CONTEXT_RE.search(ts.text, max(0, start - 12), start):
        return Atom(start, t.end, None, "slash_date", i, i, kind="date")
    if b and a < b:
        return Atom(start, t.end, sign * a / b, "fraction", i, i)
    if (a, b) == (24, 7):  # the idiom "24/7", neither a date nor a count
        return Atom(start, t.end, None, "code", i, i, kind="measure", unit="code")
    if date_like:
        return Atom(start, t.end, None, "slash_date", i, i, kind="date")
    if b == 0:
        return Atom(start, t.end, None, "code", i, i, kind="measure", unit="code")
    return Atom(start, t.end, sign * a / b, "fraction", i, i)
