"""Counts of things split by place in one sentence: the parts of a total, not totals.

"Near Landiras, some 6,800 hectares have gone up in smoke, while around La Teste-de-Buch the flames
have destroyed about 3,700 hectares": two figures of one noun metric, each tied to a place of its
own, are the fires' parts of the area burned, which the article totals elsewhere (10,000 hectares).
Told as claims they would sit in the total's running count as if it had fallen. A count of people
split so ("3,000 killed in Turkey and 1,000 in Syria") is scoped to its places instead
(tally_scope.py); a thing counted has no place scope, so its split figures make no claim.

So too a count of people split among places the rules do not know (people_by_place): "30 died in
Kano, 12 in Kaduna and four in Zaria" gives each figure its place's scope ('in:kano'), as a place
the rules know would; "88 bodies lay at a trauma centre, 27 at Etah Hospital and one at a clinic"
splits one count among facilities, whose figures make no claim.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from discrep.extract.tally_bare_names import unit_name
from discrep.extract.tally_clauses import NAME_OPENING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon
    from discrep.extract.tallies import Tally

# a place just before the figure's words: "Near Landiras, some", "while around La Teste-de-Buch the
# flames have destroyed about"
_PLACE_BEFORE = re.compile(r"\b(?i:near|around|in|at|outside)\s+(?:the\s+)?[A-Z][\w'’-]+")


def split_by_place(sentence: str, tallies: list[Tally], nouns: frozenset[str]) -> list[Tally]:
    """The tallies, less the figures of a noun metric that the sentence splits by place."""
    per_metric = Counter(t.metric for t in tallies if t.metric in nouns)
    split = {metric for metric, n in per_metric.items() if n >= 2}
    if not split:
        return tallies
    placed: dict[str, int] = Counter()
    previous_end = 0
    spans: list[tuple[Tally, bool]] = []
    for t in tallies:
        has_place = (
            t.metric in split and _PLACE_BEFORE.search(sentence, previous_end, t.mention.start) is not None
        )
        spans.append((t, has_place))
        if has_place:
            placed[t.metric] += 1
        previous_end = t.mention.end
    apart = {metric for metric in split if placed[metric] == per_metric[metric]}
    return [t for t, _ in spans if t.metric not in apart]


# "Balochistan: 336 deaths, 187 injuries": a list's line headed by a proper name and a colon, the
# name's figures. A heading that names the list ("Fast Facts:", "Latest:", "Total:") is no place.
_HEADING = re.compile(r"^\W*([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|and|of)){0,3})\s*:\s*(?=\d)")
_NOT_A_PLACE = frozenset(
    (
        *("facts", "fact", "numbers", "number", "total", "totals", "update", "updates", "summary"),
        *("highlights", "overall", "nationwide", "key", "figures", "figure", "casualties", "deaths"),
        *("death", "toll", "latest", "breaking", "dead", "injured", "wounded", "missing", "statistics"),
        *("data", "glance", "brief", "note", "source", "sources", "photo", "confirmed", "cases", "killed"),
        *("fatalities", "people", "children", "today", "yesterday", "day", "week", "month", "year"),
        *("earlier", "previously", "now", "update", "officials", "police", "ministry", "government"),
        *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
        *("october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday"),
        *("saturday", "sunday", "in", "the", "at", "as", "by", "on", "and", "of", "all", "affected"),
        # a fact box's labels: "Damage: 3,328 structures destroyed", "Homes: 2,400 destroyed"
        *("damage", "damages", "homes", "houses", "buildings", "structures", "injuries", "losses"),
        *("evacuations", "evacuated", "evacuees", "displaced", "rescued", "arrests", "arrested", "acres"),
        *("area", "containment", "contained", "outages", "power", "aftershocks", "magnitude", "shelters"),
        *("hospitalised", "hospitalized", "survivors", "victims", "bodies", "hostages", "refugees", "aid"),
    )
)


def heading_place(sentence: str, figure_start: int) -> tuple[str, int] | None:
    """(the heading's name, where it ends) for a figure of a line "Name: 336 deaths, 187 injuries"."""
    if ":" not in sentence[:figure_start]:
        return None
    found = _HEADING.match(sentence)
    if found is None or found.end() > figure_start:
        return None
    name = found.group(1)
    if any(word.lower() in _NOT_A_PLACE for word in name.split() if word[0].isupper()):
        return None
    return " ".join(name.lower().split()), found.end(1)


def heading_subject(sentence: str, figure_start: int, places: Lexicon | None) -> str | None:
    """The place scope of a figure on a line headed by a name: 'in:<key>' for a place the rules
    know, else 'in:<name>'."""
    heading = heading_place(sentence, figure_start)
    if heading is None:
        return None
    known = places.find(sentence, 0, heading[1]) if places is not None else []
    return f"in:{known[0].key}" if len(known) == 1 else f"in:{heading[0]}"


# a place right after a figure, before the next: "in Kano", "at Etah Hospital", "at a local trauma
# centre" (a facility or an area named in lower case)
_PLACE_AFTER = re.compile(
    r"\b(?:in|at)\s+(?:(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){0,3}(?P<facility>hospitals?|cent(?:er|re)s?|"
    r"morgues?|mortuar(?:y|ies)|clinics?|camps?|shelters?)\b|"
    r"(?P<name>" + NAME_OPENING + r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))"
)
_NOT_NAMES = frozenset(
    (
        *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
        *("October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        *("Saturday", "Sunday", "The", "This", "That", "Total", "All"),
    )
)


def people_by_place(sentence: str, tallies: list[Tally], nouns: frozenset[str]) -> list[Tally]:
    """The tallies, with a count of people split among places the rules do not know scoped to each
    place, or, split among facilities, left out."""
    if len(tallies) < 2 or (" in " not in sentence and " at " not in sentence):
        return tallies
    placed: dict[int, tuple[str, bool]] = {}  # index -> (the place, whether a facility)
    for index, t in enumerate(tallies):
        if t.metric in nouns or t.part:
            continue
        end = tallies[index + 1].mention.start if index + 1 < len(tallies) else len(sentence)
        found = _PLACE_AFTER.search(sentence, t.mention.end, min(end, t.mention.end + 60))
        if found is None or found.group("name") in _NOT_NAMES:
            continue
        # (a count already placed by its own words, "30 died in Kano", is the split's first part)
        own = "in:" + unit_name(found.group("name") or found.group(0))
        if t.subject not in (None, "people", own):
            continue
        if found.group("name") and sentence[t.mention.end : found.start()].count(",") > 0:
            continue  # "12 died, said officials in Kano": not where the 12 are
        place = found.group("name") or found.group(0)
        placed[index] = (unit_name(place), found.group("facility") is not None)
    per_metric: dict[str, list[int]] = {}
    for index in placed:
        per_metric.setdefault(tallies[index].metric, []).append(index)
    out = list(tallies)
    gone: set[int] = set()
    for indexes in per_metric.values():
        if len(indexes) < 2 or len({placed[i][0] for i in indexes}) < len(indexes):
            continue  # one place, or the same place twice: no split
        for i in indexes:
            name, facility = placed[i]
            if facility or any(placed[j][1] for j in indexes):
                gone.add(i)
            else:
                out[i] = replace(out[i], subject=f"in:{name}")
    return [t for i, t in enumerate(out) if i not in gone]
