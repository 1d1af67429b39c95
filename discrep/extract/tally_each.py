"""One figure told for each of several places: "two each in the towns of Noto and Shika", "two
fatalities each in Noto and Anamizu", "The towns of Shika and Noto had two deaths each".

The figure is every listed place's own count, not the sum and not the first place's: each place gets
a copy of the tally scoped to it ('in:<key>' for a place the rules know, else the place's own name,
as tally_where.unit_name gives it). Without this the figure took the place of the count before it
("five in Nanao City, two each in the towns of Noto and Shika": not two in Nanao), or only the first
listed place. Only a count of people is split so; a figure with no "each" is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from discrep.extract.tally_bare_names import unit_name

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon
    from discrep.extract.tallies import Tally

_NAME = r"[A-Z][\w'’-]+(?:\s+(?:City|Town|Village|County|Prefecture|Province|District))?"
# "the towns of", "the cities of": the places' kind, before the list
_KIND_OF = (
    r"(?:[Tt]he\s+)?(?:towns?|cit(?:y|ies)|villages?|districts?|provinces?|prefectures?|counties|"
    r"municipalities|states|regions)\s+of\s+"
)
_LIST = rf"({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})"
# after the figure: "two each in ...", "two fatalities each in ..."
# ("three deaths each were confirmed in ...")
_EACH_IN = re.compile(
    rf"(?:\s+[a-z]+){{0,2}}?\s+each\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    rf"(?:(?:confirmed|reported|recorded)\s+)?in\s+(?:{_KIND_OF})?{_LIST}\b"
)
# before it: "The towns of Shika and Noto had two deaths each"
_LIST_HAD = re.compile(
    rf"(?:{_KIND_OF})?{_LIST}\s+(each\s+)?(?:had|have|has|recorded|reported|saw|counted|confirmed)\s+$"
)
_EACH_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+each\b")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s*,?\s+and\s+")
_NOT_NAMES = frozenset(
    (
        *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
        *("October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        *("Saturday", "Sunday", "The", "This", "That", "Total", "All", "They", "Both"),
    )
)


def _subjects(names: str, places: Lexicon | None) -> list[str] | None:
    """The place scope of each name of a list "Noto and Shika"; None when a name is no place."""
    out = []
    for name in _SPLIT.split(names.strip()):
        if not name or name.split()[0] in _NOT_NAMES:
            return None
        known = places.find(name) if places is not None else []
        if known and known[0].start == 0 and known[0].end == len(name):
            out.append(f"in:{known[0].key}")
        else:
            out.append("in:" + unit_name(name))
    return out if len(set(out)) == len(out) else None


def each_place(
    sentence: str, tallies: list[Tally], nouns: frozenset[str], places: Lexicon | None
) -> list[Tally]:
    """The tallies, a figure told for each of several places given once for each place."""
    if " each" not in sentence or not tallies:
        return tallies
    out: list[Tally] = []
    for t in tallies:
        subjects = None
        if t.metric not in nouns and (
            t.subject is None or t.subject == "people" or t.subject.startswith("in:")
        ):
            after = _EACH_IN.match(sentence, t.mention.end)
            if after is not None:
                subjects = _subjects(after.group(1), places)
            else:
                # "Noto and Shika each reported two deaths", "... had two deaths each"
                before = _LIST_HAD.search(sentence, max(0, t.mention.start - 120), t.mention.start)
                if before is not None and (before.group(2) or _EACH_AFTER.match(sentence, t.mention.end)):
                    subjects = _subjects(before.group(1), places)
        if subjects is None:
            out.append(t)
        else:
            out.extend(replace(t, subject=s) for s in subjects)
    return out
