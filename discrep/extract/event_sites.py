"""Buildings and compounds an event sits in: "at the Capella Hotel on Sentosa island in Singapore".

Summits and talks are often told by the building that hosts them, which no gazetteer lists: a
hotel, a palace, a resort, a conference centre. A site is read when "at", "in" or "inside" leads
a name told by its kind ("the Diriyah Palace", "the Shangri-La hotel", "the Palais des Nations",
"the Palace of Nations", "the 18th-century Villa La Grange", "Hotel Adlon") or a name followed at
once by a known place ("at the Ritz-Carlton in Riyadh"). Its claim's value is the name as told,
without "the"; its note says which known place holds it, when the sentence says so ("site in
singapore"), or only "site".

How the venue check uses a site (checks/venue.py): a site lies inside its place and every place
around it, so "the Capella Hotel on Sentosa in Singapore" agrees with "Singapore"; two sites are
one when the words of one name hold the other's ("Capella" and "the Capella Hotel"), and two
different buildings are a conflict. A site whose place is not told is compared by name only, like
an unknown place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from discrep.extract.event_people import NOT_NAMES
from discrep.extract.lexicon import Match

SITE = "site"  # the note of a site claim; "site in <place id>" when the sentence names its place
_SITE_IN = SITE + " in "
_KINDS = (
    "hotel|palace|palais|resort|house|hall|centre|center|castle|villa|residence|lodge|pavilion|mansion|"
    "manor|complex|compound|chateau|château|conference centre|convention centre|convention center"
)
_NAME = r"[A-Z][\w'’.&-]*"
# "at the Capella Hotel", "in the Shangri-La hotel", "at the Palais des Nations", "at the Palace of
# Nations", "in the 18th-century Villa La Grange", "at Hotel Adlon", "at the Hôtel du Parc des Eaux-Vives"
_SITE = re.compile(
    rf"\b(?:at|in|inside)\s+(?:the\s+(?:[a-z0-9][\w-]*\s+){{0,2}}?)?(?P<site>(?:{_NAME}\s+){{1,3}}(?i:{_KINDS})\b"
    rf"|(?:Palace|Palais|Hall|House|Castle|Villa|Residence|Chateau|Château)\s+(?:of|des|de|du)\s+(?:the\s+)?"
    rf"{_NAME}(?:\s+{_NAME}){{0,2}}"
    rf"|(?:Villa|Hotel|Hôtel|Palais|Palazzo|Château|Chateau|Schloss)\s+(?:(?:La|Le|Les|Del|Della|de|des|du|di)\s+)?"
    rf"{_NAME}(?:\s+(?:(?:de|des|du|di)\s+)?{_NAME}){{0,2}})"
)
# "at the Ritz-Carlton in Riyadh": a name that only the known place after it says is a building
_BRAND = re.compile(rf"\bat\s+the\s+(?P<site>{_NAME}(?:\s+{_NAME}){{0,2}})\s*,?\s+(?:in|on)\s+(?:the\s+)?$")
# between a site and the known place that holds it: "on Sentosa island in", ", in the capital", ", "
_TO_PARENT = re.compile(
    r"\s*,?\s*(?:(?:in|on|near|outside|of)\s+(?:the\s+)?)?"
    r"(?:(?:[A-Z][\w'’-]*|island|resort|district|area|city|town|capital|outskirts|of|in|on|the)\s*,?\s*)*"
)
# "the Turkish resort of Antalya", "the Red Sea resort Sharm el-Sheikh": the kind describes the
# place named next, not a building
_DESCRIBES = re.compile(r"\s+(?:(?:city|town)\s+)?(?:of\b|[A-Z])")
_POSSESSIVE = re.compile(r"['’]s\s+")
_NAME_START = re.compile(r"[A-Z]")
_PARENT_GAP = 60  # characters: a place further on describes something else
_KIND_WORDS = frozenset(word for kind in _KINDS.split("|") for word in kind.split())


def site_name(text: str) -> str:
    """The name as a reader writes it: the lead "the" dropped, the kind with a capital ("hotel")."""
    words = text.split()
    return " ".join(w[:1].upper() + w[1:] if w.lower() in _KIND_WORDS else w for w in words)


def find_sites(text: str, places: Iterable[Match]) -> list[tuple[Match, str | None]]:
    """Each site the sentence names, with the id of the known place that holds it (or None).

    `places` are the gazetteer's matches in the sentence, in order; a name that is one of them
    ("at the Kremlin" when the rules list it) is the place, not a site."""
    known = sorted(places, key=lambda m: m.start)
    found: list[tuple[Match, str | None]] = []
    taken: list[tuple[int, int]] = []
    for m in _SITE.finditer(text):
        start, end = m.span("site")
        owner = next((k for k in known if k.start == start), None)
        whose = _POSSESSIVE.match(text, owner.end) if owner is not None else None
        if owner is not None and whose is not None:  # "at Geneva's InterContinental hotel": in Geneva
            if _NAME_START.match(text, whose.end()) is not None:
                found.append((Match(whose.end(), end, SITE, text[whose.end() : end]), owner.key))
                taken.append((whose.end(), end))
            continue
        if (
            _overlaps(start, end, known)
            or m.group("site").split()[0] in NOT_NAMES
            or (m.group("site").split()[-1].lower() in _KIND_WORDS and _DESCRIBES.match(text, end))
        ):
            continue
        found.append((Match(start, end, SITE, m.group("site")), _parent(text, end, known)))
        taken.append((start, end))
    for place in known:
        brand = _BRAND.search(text, max(0, place.start - 60), place.start)
        if brand is None:
            continue
        start, end = brand.span("site")
        name = brand.group("site")
        if (
            name.split()[0] in NOT_NAMES
            or _overlaps(start, end, known)
            or any(a < end and start < b for a, b in taken)
        ):
            continue
        found.append((Match(start, end, SITE, name), place.key))
        taken.append((start, end))
    return sorted(found, key=lambda pair: pair[0].start)


def _overlaps(start: int, end: int, known: list[Match]) -> bool:
    return any(k.start < end and start < k.end for k in known)


def _parent(text: str, end: int, known: list[Match]) -> str | None:
    """The nearest known place after the site, with only place words between: its holder."""
    for place in known:
        if place.start < end:
            continue
        if place.start - end > _PARENT_GAP:
            return None
        gap = _TO_PARENT.fullmatch(text, end, place.start)
        return place.key if gap is not None else None
    return None


def site_note(parent: str | None) -> str:
    return _SITE_IN + parent if parent else SITE


def is_site(note: str | None) -> bool:
    return note is not None and (note == SITE or note.startswith(_SITE_IN))


def site_parent(note: str | None) -> str | None:
    """The id of the known place a site claim's note says holds it, if it says."""
    if note is not None and note.startswith(_SITE_IN):
        return note[len(_SITE_IN) :]
    return None


def same_site(a: str, b: str) -> bool:
    """Two names of one building: the name words of one hold the other's ("Capella", "Capella Hotel")."""
    words_a, words_b = _name_words(a), _name_words(b)
    if not words_a or not words_b:
        return words_a == words_b
    return words_a <= words_b or words_b <= words_a


def _name_words(name: str) -> frozenset[str]:
    words = frozenset(w.casefold().strip(".,'’") for w in name.split())
    return words - _KIND_WORDS - {"the", "of", "des", "de", "du"}
