"""Number words -> values, for :mod:`discrep.text.numbers` (which holds the user documentation).

The cardinal core ("three hundred and twelve", "two hundred and two thousand") is read by text2num
(``text_to_num.text2num``), chosen over word2number and number-parser after measuring all three on the
word phrases of the peer suites (79 spans: the phrase as written, no preprocessing):

    library        correct   speed             failure mode
    text2num 3.1   40 / 79   ~2,000,000 calls/s raises ValueError (safe)
    word2number    36 / 79   ~950,000 calls/s   silently wrong ("three billions" -> 3)
    number-parser  40 / 79   ~1,400 calls/s     returns None (safe), 1,400x slower

None of them reads fractions, ordinals, dozens, lakh/crore, "trillion", "a hundred" or vague amounts,
so those parts are written here, around text2num: this module splits a phrase at the words text2num
does not know and hands it only the pieces it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

Num = int | float

UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
# Scales text2num knows; plurals only count after a number ("three billions").
T2N_SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
# Multipliers text2num does not know: the phrase is split at them.
OUTER_SCALES: dict[str, int] = {
    "trillion": 10**12, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "lkh": 10**5,
    "crore": 10**7, "crores": 10**7, "cr": 10**7, "krore": 10**7, "krores": 10**7,
    "dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12,
}  # fmt: skip
PLURAL_SCALES: dict[str, int] = {"hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9,
                                 "trillions": 10**12}  # fmt: skip
SCALES: dict[str, int] = {**T2N_SCALES, **OUTER_SCALES, **PLURAL_SCALES}

ORDINALS: dict[str, tuple[int, str]] = {
    "first": (1, "one"), "second": (2, "two"), "third": (3, "three"), "fourth": (4, "four"),
    "fifth": (5, "five"), "sixth": (6, "six"), "seventh": (7, "seven"), "eighth": (8, "eight"),
    "ninth": (9, "nine"), "nineth": (9, "nine"), "tenth": (10, "ten"), "eleventh": (11, "eleven"),
    "twelfth": (12, "twelve"), "thirteenth": (13, "thirteen"), "fourteenth": (14, "fourteen"),
    "fifteenth": (15, "fifteen"), "sixteenth": (16, "sixteen"), "seventeenth": (17, "seventeen"),
    "eighteenth": (18, "eighteen"), "nineteenth": (19, "nineteen"), "twentieth": (20, "twenty"),
    "thirtieth": (30, "thirty"), "fortieth": (40, "forty"), "fiftieth": (50, "fifty"),
    "sixtieth": (60, "sixty"), "seventieth": (70, "seventy"), "eightieth": (80, "eighty"),
    "ninetieth": (90, "ninety"), "hundredth": (100, "hundred"), "thousandth": (1000, "thousand"),
    "millionth": (10**6, "million"), "billionth": (10**9, "billion"), "trillionth": (10**12, "trillion"),
}  # fmt: skip
# "first"/"second" never name a denominator on their own ("a second" is time, "one first" nothing).
PLURAL_DENOMINATORS: dict[str, str] = {w + "s": w for w in ORDINALS if w not in ("second",)}
HALF_QUARTER: dict[str, int] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
VAGUE_WORDS = frozenset({"several", "few", "couple", "pair", "tens", "scores"})
CONNECTORS = frozenset({"and", "a", "an", "point", "of", "negative", "minus"})

VOCAB: frozenset[str] = frozenset(
    {*UNITS, *TENS, *SCALES, *ORDINALS, *PLURAL_DENOMINATORS, *HALF_QUARTER, *VAGUE_WORDS, *CONNECTORS}
)
# Words a phrase may begin with ("and", "point", "of" only continue one).
STARTERS: frozenset[str] = VOCAB - {"and", "point", "of"} - PLURAL_SCALES.keys() - {"tens", "scores"}
STARTERS = STARTERS | {"hundreds", "thousands", "millions", "billions", "dozens", "tens", "scores"}
STARTERS = STARTERS - {"cr", "dz", "doz", "dzs", "dozs", "lkh", "lac", "lacs"}

_CONCAT = re.compile(
    r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
_ZEROS = frozenset({"zero", "nought", "naught", "nil"})
_AND_OK_AFTER = frozenset({*T2N_SCALES, *PLURAL_SCALES, *OUTER_SCALES})


@lru_cache(maxsize=8192)
def split_word(word: str) -> tuple[str, ...] | None:
    """Lowercase number word(s) in `word`, splitting run-together tens ("twentyfifth"); None if not ours."""
    if word in VOCAB:
        return (word,)
    m = _CONCAT.fullmatch(word)
    return (m.group(1), m.group(2)) if m else None


def hyphen_joins(left: str, right: str) -> tuple[bool, bool]:
    """(may join, bound) for `left`-`right`: "twenty-one" binds; "one-eighth" joins a fraction."""
    if left in TENS and (right in UNITS or right in ORDINALS or right in PLURAL_DENOMINATORS):
        return True, right not in _ZEROS
    if (left in UNITS or left in TENS or left in ("a", "an")) and (
        right in ORDINALS or right in PLURAL_DENOMINATORS or right in HALF_QUARTER
    ):
        return right not in ("first", "second"), False
    return False, False


@lru_cache(maxsize=4096)
def cardinal(words: tuple[str, ...]) -> int | None:
    """Value of a whole cardinal phrase, or None. Uses text2num below the outer scales."""
    if not words or words[0] == "and" or words[-1] == "and":
        return None
    if words[0] in ("a", "an"):
        if len(words) == 1 or words[1] not in SCALES or words[1] in PLURAL_SCALES:
            return None
        words = ("one", *words[1:])
    if words[0] in PLURAL_SCALES:
        return None
    for i, w in enumerate(words):
        if w in ("a", "an", "point", "of", "negative", "minus") or w not in VOCAB:
            return None
        if w in ORDINALS or w in PLURAL_DENOMINATORS or w in HALF_QUARTER or w in VAGUE_WORDS:
            return None
        # "twenty and three" is not a number in news ("between twenty and thirty" is a range).
        if w == "and" and words[i - 1] not in _AND_OK_AFTER:
            return None
        if w in _ZEROS and len(words) > 1:
            return None
    outer = [(OUTER_SCALES[w], i) for i, w in enumerate(words) if w in OUTER_SCALES]
    if outer:
        scale, k = max(outer)
        left, right = words[:k], words[k + 1 :]
        if right and right[0] == "and":
            right = right[1:]
            if not right:
                return None
        lv = cardinal(left) if left else 1
        rv = cardinal(right) if right else 0
        if lv is None or rv is None or rv >= scale:
            return None
        return lv * scale + rv
    try:
        value = text2num(" ".join(_T2N_NAME.get(w, w) for w in words), "en")
    except ValueError:
        return None
    return value if isinstance(value, int) else None


_T2N_NAME = {"nought": "zero", "naught": "zero", "nil": "zero", "trillions": "trillion"}


def _denominator(words: tuple[str, ...]) -> int | None:
    last = words[-1]
    if last in HALF_QUARTER:
        return HALF_QUARTER[last] if len(words) == 1 else None
    singular = PLURAL_DENOMINATORS.get(last, last)
    if singular not in ORDINALS:
        return None
    if len(words) == 1:
        return ORDINALS[singular][0]
    return cardinal((*words[:-1], ORDINALS[singular][1]))


@dataclass(slots=True)
class WordNumber:
    """A parsed word phrase: `size` words used; `form` cardinal/fraction/ordinal/vague."""

    size: int
    value: Num | None
    form: str
    low: Num | None = None
    high: Num | None = None
    scale: int = 1  # the multiplier a trailing scale word applied to a fraction ("half a million")
    den: int = 0  # a fraction's denominator
    last_scale: int = 1  # the last scale word of a cardinal ("3 million" -> 10**6)


def _trailing_scale(words: list[str], i: int) -> tuple[int, int]:
    """("of") ("a") SCALE after a fraction: returns (scale, words used)."""
    j = i
    if j < len(words) and words[j] == "of":
        j += 1
    if j < len(words) and words[j] in ("a", "an"):
        j += 1
    if j < len(words) and (words[j] in T2N_SCALES or words[j] in OUTER_SCALES or words[j] == "trillion"):
        return SCALES[words[j]], j + 1 - i
    return 1, 0


def fraction_at(words: list[str], bound: list[bool], i: int) -> WordNumber | None:
    """The longest fraction starting at words[i]: "two thirds", "a hundred trillionths", "half a dozen"."""
    best: WordNumber | None = None
    for d in range(i, min(len(words), i + 12)):
        last = words[d]
        if not (last in ORDINALS or last in PLURAL_DENOMINATORS or last in HALF_QUARTER):
            continue
        value: Num | None = None
        den: int | None = 0
        if d == i:
            if last == "half":
                value, den = 0.5, 2
            elif last == "quarter" and _trailing_scale(words, d + 1)[0] > 1:
                value, den = 0.25, 4
        else:
            for k in range(i + 1, d + 1):
                if bound[k - 1]:
                    continue
                num_words, den_words = tuple(words[i:k]), tuple(words[k : d + 1])
                if den_words[0] in SCALES or den_words[0] == "and":
                    continue
                num = 1 if num_words in (("a",), ("an",)) else cardinal(num_words)
                den = _denominator(den_words)
                if num is None or not den:
                    continue
                plural = last in PLURAL_DENOMINATORS or last in ("halves", "quarters")
                if not plural and num != 1:
                    continue
                if den_words in (("first",), ("second",)):
                    continue
                value = num / den
                break
        if value is None:
            continue
        scale, used = _trailing_scale(words, d + 1)
        if best is None or d + 1 + used - i >= best.size:
            best = WordNumber(d + 1 + used - i, value * scale, "fraction", scale=scale, den=den or 0)
    return best


def ordinal_at(words: list[str], i: int) -> WordNumber | None:
    """The longest ordinal starting at words[i]: "seventh", "twenty-first", "one hundred twenty fifth"."""
    for j in range(min(len(words), i + 16), i, -1):
        last = words[j - 1]
        if last not in ORDINALS:
            continue
        if j - 1 == i:
            return WordNumber(1, ORDINALS[last][0], "ordinal")
        value = cardinal((*words[i : j - 1], ORDINALS[last][1]))
        if value is not None:
            return WordNumber(j - i, value, "ordinal")
    return None


def cardinal_at(words: list[str], i: int) -> WordNumber | None:
    for j in range(min(len(words), i + 24), i, -1):
        value = cardinal(tuple(words[i:j]))
        if value is not None:
            scales = [SCALES[w] for w in words[i:j] if w in SCALES]
            return WordNumber(j - i, value, "cardinal", last_scale=scales[-1] if scales else 1)
    return None


_VAGUE_FEW = {"few": (2, 5, 3), "several": (3, 9, None)}


def vague_at(words: list[str], i: int) -> WordNumber | None:
    """Vague amounts; the intervals are documented in discrep.text.numbers."""
    n = len(words)
    w0 = words[i]
    w1 = words[i + 1] if i + 1 < n else ""
    if w0 in ("a", "an") and w1 in ("couple", "pair"):
        j = i + 2
        if j < n and words[j] == "of":
            j += 1
        if j < n and words[j] in T2N_SCALES:
            return WordNumber(j + 1 - i, 2 * T2N_SCALES[words[j]], "approx")
        return WordNumber(i + 2 - i, 2, "approx" if w1 == "couple" else "cardinal")
    key = "few" if w0 == "few" or (w0 == "a" and w1 == "few") else "several" if w0 == "several" else ""
    if key:
        j = i + (2 if w0 == "a" else 1)
        scale = 1
        while j < n and words[j] in T2N_SCALES:
            scale *= T2N_SCALES[words[j]]
            j += 1
        lo, hi, mid = _VAGUE_FEW[key]
        high = hi * scale if scale == 1 else (hi + 1) * scale - 1 if key == "several" else hi * scale
        return WordNumber(j - i, None if mid is None else mid * scale, "vague", lo * scale, high)
    if w0 == "dozens":
        return WordNumber(1, None, "vague", 24, 99)
    if w0 == "scores" and w1 == "of":
        return WordNumber(1, None, "vague", 40, 99)
    if w0 in PLURAL_SCALES or (w0 == "tens" and w1 == "of"):
        base = 10 if w0 == "tens" else PLURAL_SCALES[w0]
        j = i + 1
        mult = PLURAL_SCALES.get(words[j + 1], 0) if j + 1 < n and words[j] == "of" else 0
        if mult > base:
            return WordNumber(j + 2 - i, None, "vague", 2 * base * mult, 10 * base * mult - 1)
        if w0 == "tens":
            return None
        return WordNumber(1, None, "vague", 2 * base, 10 * base - 1)
    return None


def _point_digits(words: list[str], i: int) -> tuple[str, int]:
    """Digits after "point": "zero three" -> "03"; "eleven" -> "11"."""
    digits = ""
    j = i
    while j < len(words) and words[j] in UNITS and UNITS[words[j]] < 10:
        digits += str(UNITS[words[j]])
        j += 1
    if digits:
        return digits, j
    c = cardinal_at(words, i)
    if c is not None and c.value is not None:
        return str(c.value), i + c.size
    return "", i


def _is_power_of_ten(x: Num) -> bool:
    return x >= 10 and float(x).is_integer() and str(int(x)).rstrip("0") == "1"


def parse_words(words: list[str], bound: list[bool]) -> WordNumber | None:
    """The best reading of a prefix of `words` (lowercase number vocabulary), longest first."""
    if not words:
        return None
    if words[0] in ("negative", "minus"):
        inner = parse_words(words[1:], bound[1:])
        if inner is None or inner.form == "vague" or inner.value is None:
            return None
        return WordNumber(inner.size + 1, -inner.value, inner.form)
    vague = vague_at(words, 0)
    if vague is not None:
        return vague
    options: list[WordNumber] = []
    frac = fraction_at(words, bound, 0)
    ordinal = ordinal_at(words, 0)
    card = cardinal_at(words, 0)
    if card is not None and card.value is not None:
        options.append(card)
        c, j = card.value, card.size
        if j + 1 < len(words) and words[j] == "point":
            digits, k = _point_digits(words, j + 1)
            if digits:
                value: Num = float(f"{c}.{digits}")
                while k < len(words) and words[k] in T2N_SCALES | OUTER_SCALES.keys():
                    value *= SCALES[words[k]]
                    k += 1
                options.append(WordNumber(k, value, "cardinal"))
        options.extend(_mixed(words, bound))
    for other in (frac, ordinal):
        if other is not None:
            options.append(other)
    if not options:
        return None
    best = max(options, key=lambda o: o.size)
    # "one hundred and thirty-two fifths" reads as 132/5, but "... fifty-four hundredths" as 200.54
    # and "five billion and three quarters" as 5.75 billion.
    if (
        frac is not None
        and best is not frac
        and frac.size == best.size
        and best.form == "cardinal"
        and not (_is_power_of_ten(frac.den) or best.last_scale >= 1000)
    ):
        best = frac
    return best


def _mixed(words: list[str], bound: list[bool]) -> list[WordNumber]:
    """Whole number "and" fraction: "one and a half", "3 million and a half", "five and a half million",
    "twenty and three and three fifths"."""
    out: list[WordNumber] = []
    for j, w in enumerate(words):
        if w != "and" or j == 0:
            continue
        c = cardinal(tuple(words[:j]))
        if c is None:
            continue
        scales = [SCALES[x] for x in words[:j] if x in SCALES]
        last_scale = scales[-1] if scales else 1
        tail = fraction_at(words, bound, j + 1)
        extra: Num = 0
        end = j + 1
        if tail is None:
            second = cardinal_at(words, j + 1)
            if second is None or second.value is None or not second.value < c:
                continue
            k = j + 1 + second.size
            if k + 1 >= len(words) or words[k] != "and":
                continue
            tail = fraction_at(words, bound, k + 1)
            extra, end = second.value, k + 1
        if tail is None or tail.value is None:
            continue
        raw = tail.value / tail.scale
        if tail.scale > 1:
            value: Num = c + tail.value if last_scale >= 1000 else (c + extra + raw) * tail.scale
        elif last_scale >= 1000:
            value = c + raw * last_scale
        else:
            value = c + extra + raw
        out.append(WordNumber(end + tail.size, value, "cardinal", last_scale=last_scale))
    return out
