"""Names a source is given that are not a source's own: a surname alone, a place.

An article names a spokeswoman in full once ("spokeswoman Harriet Olsen said") and by surname after
("Olsen said"): one claimant. And a place that "reported" or "confirmed" a count ("the coastal town of
Tarvo confirmed 61 deaths", "Oceania has reported 3,100 cases") is where the counted are, not who
counted them.
"""

from __future__ import annotations

import re

from discrep.model import Claim, replace_claim

_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")


def full_names(claims: list[Claim]) -> list[Claim]:
    """A source the article names by surname alone ("Olsen said") is the one it names in full
    ("spokeswoman Harriet Olsen said"), before or after: one claimant, not two. Only a surname
    that ends one full name among the article's sources."""
    full: dict[str, set[str]] = {}
    for claim in claims:
        words = claim.claimant.split() if claim.claimant else []
        if 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words):
            full.setdefault(words[-1], set()).add(str(claim.claimant))
    if not full:
        return claims
    out = []
    for claim in claims:
        names = full.get(claim.claimant) if claim.claimant else None
        out.append(replace_claim(claim, claimant=next(iter(names))) if names and len(names) == 1 else claim)
    return out


# "the coastal city of Tarvo confirmed 61 deaths", "the region of Belmar reported": a place whose
# count it is, not a source; nor is a continent ("Oceania has reported 3,100 cases")
_PLACE_OF = re.compile(
    r"\b(?:city|town|village|region|province|prefecture|county|district|municipality|island|"
    r"governorate|commune|hamlet)\s+of\s+$",
    re.IGNORECASE,
)
_CONTINENTS = frozenset(
    {"africa", "asia", "europe", "latin america", "south america", "north america", "oceania"}
)


def a_place(sentence: str, found: re.Match[str]) -> bool:
    """Whether an unknown source before a reporting verb is the place the count is of."""
    name = found.group(1).strip()
    return name.lower() in _CONTINENTS or _PLACE_OF.search(sentence, 0, found.start(1)) is not None
