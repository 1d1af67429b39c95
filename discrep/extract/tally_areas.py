"""A part of a place a toll is told for: "in opposition-held areas of Syria", "the northwest", "Hatay".

A count of people told for a part of a country ("in rebel-held enclaves of northwest Syria", "in
areas controlled by the government", "the government-controlled provinces ... accounting for over
800", "and the northwest accounting for 1,280") is that part's count, never the country's whole:
its subject is 'in:<place>/<part>' (the place the words or the sentence name, or 'area' when none),
so two figures for one part are compared with each other and never with the whole. A compass point
that only says where a place's whole toll is ("in northern Syria", "in southwest Florida") is no part.
Where the dead died splits one toll ("38 people died right at the station", "12 died in hospital"),
and a nationality among them ("at least 145 were Egyptian") is a part of it: subjects of their own.
A figure that one named area accounts for ("with Aleppo accounting for 400") is a part as well, and
so is a place set apart with "alone" ("1,647 were killed in Hatay alone") or at the head of the
statement with its kind ("In Hatay province, 1,500 buildings ..."). A part of the area no name
sets apart ("in the capital alone", "in a single district": part_of_area) makes no claim at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.tally_where import PART

if TYPE_CHECKING:
    from discrep.extract.tally_where import Where


# who holds the area: "opposition-held", "areas controlled by the government", "under rebel control"
_HELD = re.compile(
    # "opposition-held", "government controlled provinces" (not "state-run media", nor "the
    # government controlled the town": a verb)
    r"\b(opposition|rebel|insurgent|government|regime|militant|separatist)(?:-(?:held|controlled)\b|"
    r"\s+(?:held|controlled)[\s-]+(?=(?:areas?|parts?|regions?|territor(?:y|ies)|enclaves?|zones?|provinces?|"
    r"districts?|towns?|cities)\b))|"
    r"\b(?:areas?|parts?|regions?|territor(?:y|ies)|enclaves?|zones?|provinces?)\s+(?:controlled|held|run)\s+"
    # "territory controlled by the self-proclaimed republics": who holds it, in its last word
    r"by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\"“'‘]?(government|regime|rebels?|opposition|insurgents?|militants?|"
    r"separatists?|republics?|forces|army|troops)\b|"
    r"\bunder\s+(government|regime|rebel|opposition)\s+control\b",
    re.IGNORECASE,
)
# the other holder named before: "both government and rebel-held areas", "government- and rebel-held"
_BOTH_HOLDERS = re.compile(
    r"\b(?:both\s+(?:[\w-]+\s+){0,2}|(?:government|regime|opposition|rebel)(?:-(?:held|controlled))?-?\s+)"
    r"(?:and|or)\s+$",
    re.IGNORECASE,
)
_HOLDER = {"regime": "government", "rebel": "opposition", "rebels": "opposition", "insurgent": "opposition"}
_HOLDER |= {"insurgents": "opposition", "militant": "opposition", "militants": "opposition"}
_HOLDER |= {"separatists": "separatist", "republics": "republic", "troops": "forces", "army": "forces"}

_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
# "the northwest", "the north-east of the country": a compass point named as an area, not a place's
# adjective ("northern Syria")
_COMPASS_AREA = re.compile(
    # lower case: "the West" is a side, not an area
    rf"\bthe\s+((?-i:{_COMPASS}))(?:ern\s+(?:part|region|areas?|provinces?))?\b(?!\s+(?-i:[A-Z]))",
    re.I,
)
_COMPASS_WORD = re.compile(rf"\b({_COMPASS})(?:ern)?\b", re.IGNORECASE)

# "with Aleppo accounting for 400", "Idlib accounted for 300": a named area's share of the toll
_ACCOUNTS = re.compile(
    r"\b((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:province\s+|region\s+|county\s+)?"
    r"(?:accounting|accounted|accounts)\s+for\s+(?:[\w-]+\s+){0,3}$"
)
_NOT_NAMES = frozenset(("The", "This", "That", "It", "They", "He", "She", "Which", "Who"))


# "in the capital alone", "across the province alone": a part of the area, counted on its own
ALONE = re.compile(
    r"\b(?:(?i:in|across|throughout)\s+(?:(?i:the)\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+)|"
    r"((?:[A-Z][\w'’-]+\s+){0,2}(?:[A-Z][\w'’-]+)))\s+(?i:alone)\b"  # "his Lee County alone had hundreds"
)

_THERE_ALONE = re.compile(r"\bthere\s+alone\b", re.IGNORECASE)

NOT_AN_AREA = re.compile(
    r"\b(?:day|days|week|weeks|month|months|year|years|hours?|past|last|first|this|that|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|\d+)\b",
    re.IGNORECASE,
)


# "81 deaths in a single district", "in one village near the coast, 18 died": one part of the area
# a place set apart by what happened there: "retrieved from an area where 50 to 60 homes had been
# destroyed", "found in one area that the slide hit hardest"
_AN_AREA_WHERE = re.compile(r"\b(?:in|from)\s+(?:an|one)\s+area\s+(?:where|that|which)\b", re.IGNORECASE)
_ONE_AREA = re.compile(
    r"\b(?:in|across|from)\s+(?:a\s+single|one)\s+(?:[\w'’-]+\s+)?(?:district|village|town|city|province|"
    r"region|county|neighbou?rhood|township|municipality|suburb|camp|hospital|street|building)\b",
    re.IGNORECASE,
)


def part_of_area(sentence: str, start: int, end: int) -> bool:
    """True for "in the capital alone, 19 deaths": a part of the area no rule names, whose count is
    a part of the toll. A time ("in March alone", "in the past week alone") is not a place; a place
    the rules know ("in Turkey alone") is scoped to it before this is asked. So is one of its parts
    ("81 deaths in a single district")."""
    found = ALONE.search(sentence, start, end)
    if found is not None and not NOT_AN_AREA.search(found.group(1) or found.group(2)):
        return True
    if _THERE_ALONE.search(sentence, start, end):
        return True  # "Lee County officials said 35 had died there alone": the place named before
    if _AN_AREA_WHERE.search(sentence, start, end):
        return True  # "three bodies were retrieved from an area where 50 homes stood": one area's
    stretch = sentence[start:end].lower()
    return ("single" in stretch or "one " in stretch) and _ONE_AREA.search(sentence, start, end) is not None


def _compass(text: str) -> str | None:
    found = _COMPASS_WORD.search(text)
    return found.group(1).lower().replace("-", "") if found else None


def _cue(sentence: str, lo: int, hi: int, last: bool) -> tuple[str, tuple[int, int]] | None:
    """The part named from `lo` to `hi`, and where: the nearest to the figure (`last`: before it)."""
    found: list[tuple[int, str, tuple[int, int]]] = []
    for held in _HELD.finditer(sentence, lo, hi):
        if _BOTH_HOLDERS.search(sentence, max(0, held.start() - 40), held.start()):
            continue  # "in both government and rebel-held areas": the whole country, not a part
        holder = next(g for g in held.groups() if g).lower()
        # "opposition-held enclaves of northwest Syria": the compass point names the part
        tail = (held.start(), min(hi, held.end() + 40))
        found.append(
            (
                held.start(),
                _compass(sentence[tail[0] : tail[1]]) or f"{_HOLDER.get(holder, holder)}-held",
                tail,
            )
        )
    for area in _COMPASS_AREA.finditer(sentence, lo, hi):
        found.append((area.start(), area.group(1).lower().replace("-", ""), (area.start(), area.end())))
    if not found:
        return None
    _, part, near = max(found) if last else min(found)
    return part, near


def area_part(
    where: Where, sentence: str, head: int, start: int, end: int, after_end: int, before: bool
) -> str | None:
    """'in:<place>/<part>' when the words of a figure tell it for a part of a place: those after it
    (from `end` to `after_end`), or with `before` those before it (from `head` to `start`)."""
    cue = _cue(sentence, head, start, last=True) if before else _cue(sentence, end, after_end, last=False)
    if cue is None and before:
        found = _ACCOUNTS.search(sentence, head, start)
        if found is None or found.group(1).split()[0] in _NOT_NAMES:
            return None
        if where.where(sentence, max(0, found.start() - 3), found.end()) or where.named(found.group(1)):
            return None  # "Turkey accounting for 9,000": a place of the rules is scoped to it
        cue = " ".join(found.group(1).lower().split()), (found.start(), found.end())
    if cue is None:
        return None
    part, near = cue
    # "in Donetsk and Luhansk regions, ... in government-controlled territory": the places together
    joined = where.where_at(sentence, near[0], near[1]) or where.where_at(sentence, 0, near[0], nearest=True)
    whole = joined[0][3:] if joined else where.nearest_place(sentence, near[0], near[1])
    return f"in:{whole or 'area'}{PART}{part}"


# "In Hatay province, ...": an area named with its kind at the head of the statement
_HEAD_AREA = re.compile(
    r"\s*(?:(?:and|but|meanwhile)\s+)?(?i:in|across|throughout)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?i:province|county|district|region|state|governorate|prefecture|oblast|municipality)\b"
)


def head_area(where: Where, sentence: str, head: int, start: int) -> str | None:
    """'in:<place>/<area>' for a figure after "In Hatay province," at the head of its statement, an
    area the rules do not know: a part of whatever the corpus counts in all."""
    found = _HEAD_AREA.match(sentence, head, start)
    if found is None or where.named(found.group(1)):
        return None
    whole = where.nearest_place(sentence, found.start(), found.end())
    return f"in:{whole or 'area'}{PART}{' '.join(found.group(1).lower().split())}"


NATIONALS = "nationals"  # 'nationals/egypt': a nationality among the dead, a part of the toll

# "38 people died right at the station", "12 of them died in hospital": where they died
_DIED_WHERE = re.compile(
    r"\s+(?:people|persons|of\s+them|of\s+those)?\s*(?:had\s+|have\s+)?(?:died|were\s+killed|perished)\s+"
    r"((?:right|instantly|immediately|at\s+once|on\s+the\s+spot|at\s+the\s+scene)\b|"
    # "34 died inside the stadium and the rest in hospital": at the place it happened
    r"(?:inside|at)\s+the\s+(?:stadium|venue|arena|concert\s+hall|hall|club|nightclub|mall|ground|site)\b"
    r"(?!\s+(?:collapse|fire|blast|explosion|attack|disaster|crush))"
    # (only beside the others' place: alone, "40 died inside the concert hall" may be the whole toll)
    r"(?=[^.;]*\b(?:the\s+rest|others|hospitals?)\b)|(?:later\s+|"
    r"subsequently\s+)?(?:in\s+(?:the\s+|a\s+)?hospitals?|on\s+the\s+way\s+to\s+(?:the\s+)?hospital)\b)",
    re.IGNORECASE,
)

# "145 were Egyptian", "145 Egyptian nationals", "145 Egyptians": a nationality after the figure
_NATIONALITY = re.compile(
    r"\s+(?:(?:were|are|was)\s+(?:also\s+)?)?([A-Z][a-z]+)(\s+(?:nationals|citizens|workers|migrants))?\b"
)


def part_of_toll(
    where: Where, sentence: str, end: int, found: str | None, aboard: bool = False
) -> str | None:
    """The part of the toll the words right after a figure (from `end`) name: where they died
    ('died_in_hospital', 'died_at_scene'), for a count of people; a nationality (NATIONALS) for a
    figure with no subject. "40,005 Palestinians" in Gaza are the place's own people, no part; but
    `aboard` a vessel, "209 Pakistanis" are those of one nationality among all on board."""
    died = _DIED_WHERE.match(sentence, end)
    if died is not None and found is not None:
        return "died_in_hospital" if "hospital" in died.group(1).lower() else "died_at_scene"
    nationality = _NATIONALITY.match(sentence, end) if found is None else None
    if nationality is None:
        return None
    word = nationality.group(1)
    country = where.country_of(word[:-1] if word.endswith("s") else word)
    if country is None:
        return None
    # "145 were Egyptian", "145 Egyptian nationals"; "47 were Syrian, 43 were Egyptian": two parts
    said = (
        aboard
        or nationality.group(2) is not None
        or nationality.group(0).lstrip()[:3] in ("wer", "are", "was")
    )
    return f"{NATIONALS}{PART}{country}" if said else None


# the people sheltered at one site are a part of those a disaster drove out: "took shelter at the
# facility", "stayed at the gym" (the whole are "in evacuation centers", plural)
_SHELTERED = frozenset({"displaced", "evacuated"})
_AT_ONE_SITE = re.compile(
    r"\bat\s+((?:the|this|that|one|a)\s+(?:[\w-]+\s+){0,2}?(?:facility|centre|center|school|gym|gymnasium|"
    r"stadium|hall|shelter|site|camp|church|mosque|temple))\b",
    re.IGNORECASE,
)


def one_site(metric: str, sentence: str, start: int, end: int) -> str | None:
    """A part of the sheltered, as 'in:area/at <site>', for a count of the displaced or evacuated
    at one site (from `start` to `end`): never compared with the whole, only with the site's own."""
    found = _AT_ONE_SITE.search(sentence, start, end) if metric in _SHELTERED else None
    return f"in:area{PART}at {' '.join(found.group(1).lower().split())}" if found else None


# "the landslide engulfed the village of Lang Nu in Lao Cai province, killing at least 22 people and
# leaving another 73 missing": what it struck is where they are
_STRUCK_UNIT = re.compile(
    r"\b(?:engulfed|hit|struck|swept\s+away|buried|flattened|destroyed|ravaged|inundated|flooded|wiped\s+out)"
    r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:village|hamlet|town|commune|settlement)\s+of\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_LEAVING = re.compile(r",\s+(?:killing|leaving|burying|injuring|wounding)\b")


def struck_place(where: Where, sentence: str, start: int) -> str | None:
    """'in:lang nu' for a figure in the clause after what an incident struck, a village or town
    named with its kind ("swept away the hamlet of Lang Nu, leaving 48 people dead"), or None."""
    found = list(_STRUCK_UNIT.finditer(sentence, 0, start))
    struck = found[-1] if found else None
    if struck is None or not _LEAVING.search(sentence, struck.end(), start):
        return None
    return where.unknown_unit(struck.group(1))
