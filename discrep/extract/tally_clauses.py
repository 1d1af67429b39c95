"""Where the words of a figure begin and end in its sentence: its clause, its statement, the words before it.

A clause ends at a semicolon, a colon, a bracket, an ellipsis, a full stop, or a conjunction ("and",
"while", "but", "whereas", "as well as"): the metric after a figure is read up to the end of its
clause. A statement ends only at a strong break (a semicolon, a colon, an ellipsis, "while",
"whereas", "but", ", where"): a side or a place carries on to the next figure of a list only within
one statement. The words before a figure that may name its metric go back to a strong break, or
16 words, whichever is nearer.
"""

from __future__ import annotations

import re

# The full stop of an abbreviated first word of a place ("St. Lucie County", "Mt. Juliet") ends
# nothing; a name may open on one ("St. Lucie"), but the word alone is no name ("St").
ABBREVIATED = r"(?:St|Ste|Mt|Ft|Pt)\."
NAME_OPENING = rf"(?:{ABBREVIATED}\s+|(?!{ABBREVIATED}))"
_FULL_STOP = r"(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bFt)(?<!\bPt)\."

# Where a clause ends: the words after this belong to another statement.
_CLAUSE_END = re.compile(
    # ", of whom 12 were identified": what the whole's parts are is not the whole's metric; "risen to
    # 261, adding that the rescue of injured passengers is over": what a source went on to say is not;
    # "has doubled to 183,159, as has the number of households": a likeness told of another count;
    # "rose to 96, as rescue crews dig out bodies": what else is going on
    r"[;()\u2026]|(?<!\d):|:(?!\d)|"
    + _FULL_STOP
    + r"(?:\s|$)|,\s+(?:and|while|but|whereas|(?:out\s+)?of\s+(?:whom|which)|"
    r"adding|saying|noting|explaining|stressing|as\s+(?:has|have|had|did|does|do|is|are|was|were)\b|"
    r"as\s+(?:rescue|search|emergency|relief|aid)\s+(?:workers|teams|crews|efforts)\b)\b|\s(?:while|whereas|but|and(?!\s+(?:rescue|other)\b)|as\s+well\s+as)\s"
    # ("112 homes and other structures have been destroyed": "and other" goes on with one noun)
    # "raised the toll to 205 as the government deployed more troops": what others did meanwhile
    r"|\sas\s+the\s+(?:government|authorities|army|military|police)\s",
    re.IGNORECASE,
)

# Where a statement ends: a side or a place carries on to the next figure only up to here.
# (a colon between digits is a time, "24:00", and breaks nothing)
STRONG_END = re.compile(r"[;\u2026]|(?<!\d):|:(?!\d)|\s(?:while|whereas|but)\s|,\s+where\s", re.IGNORECASE)

# Where a figure's own phrase ends, for place names ("across Turkey and Syria" runs past "and").
_PLACE_END = re.compile(r"[;:,]|" + _FULL_STOP + r"|\s(?:while|whereas|but)\s")

# A statement's head for a place set apart: like STRONG_END, but ", where" does not cut it.
_HEAD_END = re.compile(r"[;\u2026]|(?<!\d):|:(?!\d)|\s(?:while|whereas|but)\s", re.IGNORECASE)

_WORDS = re.compile(r"\S+")

_MAX_BEFORE_WORDS = 16


def first_stop(text: str, start: int) -> int:
    """The first comma, semicolon, colon or full stop after `start`: the figure's own phrase ends there."""
    m = _PLACE_END.search(text, start)
    return m.start() if m else len(text)


def statement_end(text: str, position: int) -> int:
    """Where the statement holding `position` ends: at the next strong break, else the text's end."""
    found = STRONG_END.search(text, position)
    return found.start() if found else len(text)


def statement_start(text: str, position: int) -> int:
    """Where the statement holding `position` begins: after the last strong break before it."""
    return max((m.end() for m in STRONG_END.finditer(text, 0, position)), default=0)


# what a source went on to say is a statement of its own: "The toll may rise, the secretary said,
# adding that 900 people had been taken to hospitals" (the 900 is no projection)
_WENT_ON = re.compile(r",\s+(?:adding|saying|noting|explaining|stressing|warning)\b", re.IGNORECASE)


def went_on_from(text: str, start: int, position: int) -> int:
    """Where what a source went on to say begins, when the figure at `position` is in it; else `start`."""
    return max((m.end() for m in _WENT_ON.finditer(text, start, position)), default=start)


def statement_head(sentence: str, position: int) -> int:
    """Where the statement holding `position` begins, a relative clause (", where") included."""
    return max((m.end() for m in _HEAD_END.finditer(sentence, 0, position)), default=0)


# an abbreviation in brackets is a word of the clause: "129 Ebola Virus Disease (EVD) confirmed cases"
_ABBREVIATION = re.compile(r"\([A-Z][A-Za-z0-9-]{0,9}\)")


def clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause of a figure ending at `start` ends, at `limit` (the next figure) at the latest."""
    m = _CLAUSE_END.search(text, start, limit)
    while m is not None:
        if m.group() == "(" and (abbreviation := _ABBREVIATION.match(text, m.start())):
            resume = abbreviation.end()  # "129 Ebola Virus Disease (EVD) confirmed cases"
        elif _PLACES_JOINED.match(text, m.start()) and _IN_PLACE_BEFORE.search(text, start, m.start()):
            resume = m.end()  # "100 people in Malawi and Mozambique have died": two places, one phrase
        else:
            break
        m = _CLAUSE_END.search(text, resume, limit)
    return m.start() if m else limit


_PLACES_JOINED = re.compile(
    r"\sand\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:have|has|had|were|was|are|died|\w+ed)\b"
)
_IN_PLACE_BEFORE = re.compile(r"\bin\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")


def strong_end(text: str, start: int, floor: int) -> int:
    """The end of the clause for place names: "across Turkey and Syria" runs past the "and"."""
    m = _PLACE_END.search(text, start)
    return max(floor, m.start() if m else len(text))


def before_start(text: str, floor: int, end: int) -> int:
    """Where the words that may name this number's metric begin: a strong break or N words back."""
    start = floor
    for m in STRONG_END.finditer(text, floor, end):
        start = m.end()
    words = list(_WORDS.finditer(text[start:end]))
    if len(words) > _MAX_BEFORE_WORDS:
        start += words[-_MAX_BEFORE_WORDS].start()
    return start


# "2,919 civilian casualties in the country: 1,151 killed and 1,768 injured": a total, then its parts
_BREAKDOWN = re.compile(r"[^;:.…]*:\s*")


def breaks_down(sentence: str, total_end: int, start: int) -> bool:
    """Whether the figure at `start` follows a colon after the figure that ends at `total_end`,
    with no other break between: a part of that total, whose side it shares."""
    return _BREAKDOWN.fullmatch(sentence, total_end, start) is not None


# "992,871 houses, 170 bridges and 157 shops have been destroyed": the items of a list of counted
# things, up to the verb they share
_LIST_ITEMS = re.compile(
    # "five bodies and part of a sixth had been recovered": a part of one more is an item too
    r"(?:\s*(?:(?:,\s*and|,|and)\s+)?(?:[\d][\d,.]*\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+"
    r"|(?:part|parts|the\s+remains)\s+of\s+(?:a|an|another|the)\s+[a-z]+))*"
    r"\s+(?:(?:have|has|had|were|was|are|is)\s+(?:also\s+)?(?:been\s+)?)?[a-z]+"
)


def list_end(text: str, end: int) -> int:
    """Where the verb a list of counts shares ends, when the words from `end` (a figure's clause's
    end) are the list's other items and then that verb; else `end`."""
    found = _LIST_ITEMS.match(text, end)
    return found.end() if found and found.end() > end else end


# "three in Castilla-La Mancha—where a woman missing since Tuesday was found—and one in Andalusia":
# a remark on a place or a time set off by a pair of dashes (no figure of its own) says nothing of
# the figures around it ("the four men - charged with terrorism - were held" tells of the men)
_DASH_ASIDE = re.compile(
    r"(?:\u2014|\s[\u2013-]\s)\s*(?:where|when)\b[^\u2014\u2013;.]{3,200}?(?:\u2014|\s[\u2013-]\s)",
    re.IGNORECASE,
)


# "risen from 190 (as reported in our previous update dated 14th March, 2023) to 225": where an
# earlier figure came from, in brackets
_REPORT_ASIDE = re.compile(
    r"\((?=[^()]*\b(?:previous|earlier|last|prior)\s+(?:update|report|statement|bulletin))[^()]{3,200}\)"
)


def asides(text: str, figure_starts: list[int]) -> list[tuple[int, int]]:
    """The spans of remarks on a place or time between two dashes, and of a bracket telling where an
    earlier figure came from, that hold none of the figures."""
    found = [*_DASH_ASIDE.finditer(text), *_REPORT_ASIDE.finditer(text)]
    return [
        (m.start(), m.end())
        for m in found
        if not any(m.start() <= start < m.end() for start in figure_starts)
    ]
