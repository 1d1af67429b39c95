"""A place the rules do not know, named bare right after a figure: "rescued in Hatay as of Tuesday",
"100 people died in the earthquake in Jajarkot", "38 deaths in the adjoining district West Rukum".

The name must follow "in" at the end of the figure's phrase; a month, a day, a comparison ("the
most in Europe") and the incident itself ("in the earthquake") are no place. Such a place is named
in a subject as `unit_name` gives it ('in:wajima' for "Wajima City").
"""

from __future__ import annotations

import re

from discrep.extract.tally_clauses import NAME_OPENING

# "rescued in Hatay as of Tuesday": a name the rules do not know, right after "in" at the end of the
# figure's phrase, is a place too (a month, a day or a body is not)
_IN_NAME = re.compile(
    # "in the city of Wajima", "in the adjoining district West Rukum"
    r"\b(?:in|across|throughout)\s+(?:the\s+(?:[a-z]+\s+)?(?:(?:city|town|village|prefecture|municipality)\s+of|"
    r"(?:district|province|county|region|state)(?:\s+of)?)\s+)?"
    # "across central Europe": the part of a place the compass names is a place of its own
    r"((?:(?:central|eastern|western|northern|southern)\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b)"
    # "in St. Lucie County": an abbreviated first word is part of the name, never the name
    + NAME_OPENING
    + r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)(?=\s*(?:[,.;:]|$|\s+(?:as\s+of|on|since|by|so\s+far)\b|"
    # "17 in Belmar and four in Osk": the next figure's place follows
    r"\s+and\s+(?:\S+\s+){1,2}in\s))"
)
_IN_WORD = re.compile(r"\b(?:in|across|throughout)\s")
# "the most in Europe", "the highest in Asia": a comparison, not where the counted are
_RANKED = re.compile(r"\b(?:most|highest|largest|worst|biggest|deadliest|first|only)\s+$")


# "Wajima City" and "Wajima" are one town: a unit the rules do not know is named without these
_TOWN_KIND = re.compile(r"\s+(?:city|town|region|district)$")
_COMPASS_LAST = re.compile(r"^([\w'’-]+)\s+(north|south|east|west)$")


def unit_name(name: str) -> str:
    """The name of a place the rules do not know, as a subject gives it: lower case, single spaces,
    without a trailing "City", "Town", "region" or "district" ("Wajima City" is "wajima", as "in
    Wajima" is; "the Valencia region" is "valencia", as "the region of Valencia" is), and the point of
    the compass first ("Rukum West" is "west rukum")."""
    folded = " ".join(name.lower().split())
    shorter = _TOWN_KIND.sub("", folded) or folded
    # "Rukum West" is "West Rukum": the point of the compass first, as most names put it
    return _COMPASS_LAST.sub(r"\2 \1", shorter)


def bare_name(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The first "in <Name>" after a figure, when it is a name and no comparison; "in the earthquake"
    before it is what killed, not where ("died in the earthquake in Jajarkot")."""
    first = _IN_WORD.search(sentence, start, end)
    while first is not None and (incident := _IN_THE_INCIDENT.match(sentence, first.start())):
        # only a place right after it: not "in the collapse of the tower, a block in Surfside"
        first = (
            _IN_WORD.match(sentence, incident.end() + 1)
            if sentence[incident.end() : incident.end() + 1] == " "
            else None
        )
    if first is None or _RANKED.search(sentence, max(0, first.start() - 12), first.start()):
        return None
    return _IN_NAME.match(sentence, first.start(), end)


_IN_THE_INCIDENT = re.compile(
    r"in\s+the\s+(?:[\w.-]+\s+){0,3}?(?:earthquakes?|quakes?|tremors?|attacks?|blasts?|explosions?|floods?|"
    r"flooding|fires?|wildfires?|landslides?|crash|collapse|storm|cyclone|hurricane|typhoon|disaster)\b",
    re.IGNORECASE,
)
