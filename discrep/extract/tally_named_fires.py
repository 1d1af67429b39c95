"""One named fire among several: "17 died in the Eaton fire", "the Palisades Fire consumed 23,448
acres".

A wildfire season's coverage counts each named fire apart and all of them together ("at least 25
killed in the Los Angeles fires"). A figure told of one fire by its name, in the singular, is that
fire's: its subject is the fire's name as a place ('in:palisades fire'), a part of the whole toll
that is compared only with the same fire's figures. A name the rules know as a place ("the Los
Angeles wildfires") stays the event's name, and the plural ("the Palisades and Eaton fires") is
the whole. Where a corpus names only one fire, the checks take its figures as the corpus's own
toll again (checks/tally_unplaced.lone_named_fire).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon

_NAME = r"((?:[A-Z][\w'’-]+\s+){1,3}?)"
_FIRE = r"(?:[Ff]ire|[Bb]laze|[Ww]ildfire)\b"
# after the figure: "died in the Eaton fire", "structures in the Palisades fire"
_AFTER = re.compile(r"\b(?:in|from|by|of|at|to)\s+the\s+" + _NAME + _FIRE)
# another figure between: "at least 29 people died, 17 in the Eaton Fire and 12 in the Palisades Fire"
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b",
    re.IGNORECASE,
)
# the statement's own subject before the figure: "The Palisades Fire consumed 23,448 acres",
# "Meanwhile, the Eaton Fire, driven by strong winds, engulfed 14,021 acres"
_HEAD = re.compile(r"(?:^|[;:]\s*|\b(?:Meanwhile|However|Separately),\s+)[Tt]he\s+" + _NAME + _FIRE)
_MARK = " fire"  # the end of a named fire's subject: 'in:palisades fire'


def named_fire(places: Lexicon | None, sentence: str, start: int, end: int, stop: int) -> str | None:
    """'in:palisades fire' for a figure [start, end) told of one named fire, or None; `stop` ends
    the figure's phrase."""
    found = _AFTER.search(sentence, end, stop)
    if found is not None and _FIGURE.search(sentence, end, found.start()):
        return None  # the fire named is another figure's
    if found is None:
        head = [
            m
            for m in _HEAD.finditer(sentence, 0, start)
            if not re.search(r"[.!?]\s", sentence[m.end() : start])
        ]
        found = head[-1] if head else None
    if found is None:
        return None
    name = found.group(1).strip()
    if name.lower() in ("the", "a", "this", "that") or (places is not None and places.find(name)):
        return None  # "the Los Angeles fire": the event's name
    if found.group().startswith("of") and _PART_OF_IT.match(sentence, found.end()):
        # "approximately 4,000 acres of the Eaton Fire affected urban areas": a part of its area
        return f"in:{name.lower()}{_MARK}/{_PART_NAME}"
    return f"in:{name.lower()}{_MARK}"


_PART_OF_IT = re.compile(
    r"\s+(?:affected|hit|reached|touched|spread\s+into|burned\s+through|were|was|lay|lie)\b"
)
_PART_NAME = "part"


def is_named_fire(subject: str | None) -> bool:
    return subject is not None and subject.startswith("in:") and subject.endswith(_MARK)


# a fact box's heading line over the items it scopes: "Palisades fire", then "- Damage: Officials
# have confirmed 3,328 structures destroyed"
_HEADING = re.compile(r"(?:[Tt]he\s+)?" + _NAME + _FIRE + r"\s*:?")


def under_heading(
    places: Lexicon | None, text: str, paragraph: int, is_item: bool, headed: tuple[str, int] | None
) -> tuple[str, int] | None:
    """(subject, paragraph) of the heading a sentence is under: a named fire's line starts one; its
    list items (`is_item`), and the sentences of each item's paragraph, go on under it; anything
    else ends it."""
    if len(text) < 60 and (subject := heading_fire(places, text)) is not None:
        return (subject, paragraph)
    if headed is not None and (is_item or paragraph == headed[1]):
        return (headed[0], paragraph)
    return None


def heading_fire(places: Lexicon | None, line: str) -> str | None:
    """'in:palisades fire' for a heading line that is one named fire, or None."""
    found = _HEADING.fullmatch(line.strip())
    if found is None:
        return None
    name = found.group(1).strip()
    if places is not None and places.find(name):
        return None  # "Los Angeles fires": the event's name
    return f"in:{name.lower()}{_MARK}"
