"""A place set apart at the head of a statement: "In Lombardy, ...", "In Marlow's old town, ...".

A place the rules do not know, set apart so by its bare name ("In Lombardy, the worst-hit region,
1,218 people have died"), or an area of a place ("In Turkey's south, ..."), makes the figures of its
statement a part of the whole that the checks could not place: they make no claim
(tally_scope.PART_OF_AREA). An administrative unit named with its kind ("In Luding county alone, 55
died", "In Taroudant province, 452 people died") is scoped to it, as it is after a figure. A day's
event is no area ("In Saturday's strike, 92 people were killed"), nor is a place the rules know.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.tally_bare_names import unit_name

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon

PART_OF_AREA = "part-of-area"  # a place no rule names sets the figure apart: it makes no claim

# "In Lombardy, 1,218 people have died": a place the rules do not know scopes the count too
_IN_UNKNOWN = re.compile(
    r"(?<!most\s)(?<!highest\s)(?<!largest\s)(?<!worst\s)(?<!biggest\s)"  # "the most in Europe": a rank
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b"
)

_LEADING_GAP = re.compile(r"\s*(?:(?:and|but|meanwhile|elsewhere)\s*,?\s*)?", re.IGNORECASE)

_AFTER_LEADING = re.compile(
    r"(?:\s+(?:(county|province|region|district|oblast|prefecture|governorate)|city|state|capital|town|"
    r"village|port))?\s*(?:,|\s+alone\b)",
    re.IGNORECASE,
)

_UNIT_KINDS = frozenset(
    ("city", "county", "province", "region", "district", "oblast", "prefecture", "governorate", "parish")
)

# "In Marlow's old town,": an area of a place, set apart at the head of the statement
_OWNED_AREA = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+),")
# "In Gaza's deadliest strike,": what happened there, not an area of it
_EVENT_NOUN = re.compile(
    r"\b(?:strikes?|attacks?|blasts?|raids?|bombings?|shelling|explosions?|shootings?|crash|collapse|"
    r"quake|earthquake|floods?|fires?|storm|stampede|clashes|fighting)$",
    re.IGNORECASE,
)

_NOT_PLACES = frozenset(
    (
        *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
        *("October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        *("Saturday", "Sunday", "The", "This", "That", "Total", "All", "Addition", "Fact", "Response"),
        *("Contrast", "Particular", "General", "Short", "Brief", "Turn"),
    )
)


def unknown_place(
    places: Lexicon | None, subjects: Lexicon, sentence: str, start: int, end: int
) -> str | None:
    """PART_OF_AREA for "In Lombardy, the worst-hit region, 1,218 people have died": a place the
    rules do not know, set apart at the head of the statement, is a part of the whole, whose toll is
    another count. Scoped to a bare name the checks could not place, it would be the only place of
    its metric and draw the whole's tolls to it. An administrative unit named with its kind ("In
    Luding county alone, 55 died") is scoped to it ('in:luding county'), as after a figure."""
    for found in _IN_UNKNOWN.finditer(sentence, start, end):
        name = found.group(1)
        leading = _AFTER_LEADING.match(sentence, found.end())
        if not (_LEADING_GAP.fullmatch(sentence, start, found.start()) and leading):
            continue  # "the quake in Sichuan": the whole event's region, not a part set apart
        if name.split()[0] in _NOT_PLACES or (places is not None and places.find(name)):
            continue
        if subjects.find(name):
            continue
        if leading.group(1):
            # "In Taroudant province, 452 people died": a unit named with its kind is named as it is
            # after a figure ("1,293 died in Al Haouz province"), a part the checks keep apart
            return "in:" + unit_name(f"{name} {leading.group(1)}")
        if name.split()[-1].lower() in _UNIT_KINDS:
            # "In Naga City, ...", "In Lee County, ...": the kind is part of the name, as after a figure
            return "in:" + unit_name(name)
        return PART_OF_AREA
    return None


def owned_area(places: Lexicon | None, sentence: str, start: int, end: int) -> bool:
    """True for "In Marlow's old town," or "In Turkey's south," at the head of the statement: an
    area of a place, set apart, whose count is a part of the place's (unless the rules know the
    area: "In Ukraine's Kharkiv region")."""
    gap = _LEADING_GAP.match(sentence, start, end)  # it may match nothing, never fail
    found = _IN_UNKNOWN.match(sentence, gap.end() if gap else start, end)
    if found is None or found.group(1).split()[0] in _NOT_PLACES:
        return False  # "In Saturday's strike, 92 people were killed": a day's event, not an area
    area = _OWNED_AREA.match(sentence, found.end(), end)
    return (
        area is not None
        and not _EVENT_NOUN.search(area.group(1))
        and not (places is not None and places.find(area.group(1)))
    )
