"""Lab-confirmed counts beside counts of confirmed and probable ones: two series, not one.

An outbreak's health ministry counts "36 cases, 18 confirmed and 18 probable" and "23 deaths, five
among confirmed cases"; an outlet that then writes "19 confirmed cases" or "five people are
confirmed to have died" gives the confirmed series, not a fall of the total. A figure whose own
words say it counts the confirmed only ("11 confirmed cases", "18 confirmed", "are confirmed to have
died", "confirmed deaths rose to 5"; not "63 confirmed and probable cases") is noted so at
extraction. Only in a corpus that also counts probable or suspected ones as such (the one pass over
the corpus, own_incident.py) does the note set it apart, as the subject CONFIRMED: elsewhere "officials
confirmed 97 deaths" and "116 confirmed dead" are simply the toll.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from discrep.model import Claim, replace_claim

CONFIRMED_NOTE = "confirmed only"
CONFIRMED = "confirmed only"  # the subject of the confirmed series (no rule names it: shown as is)

# after the figure: "11 confirmed cases", "18 confirmed and 18 probable", "five people are confirmed
# to have died" (not "63 confirmed and probable cases")
_AFTER = re.compile(
    # a disease's name may come first: "129 Ebola Virus Disease (EVD) confirmed cases"
    r"(?-i:(?:\s+(?:[A-Z][\w-]*|\([A-Z][\w-]*\)))*)"
    r"\s+(?:(?:people|persons|patients|more|new|other)\s+)?(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?"
    r"(?:lab(?:oratory)?[- ]?)?confirmed\b(?!\s+(?:and|or|&)\s+(?:probable|suspected))",
    re.IGNORECASE,
)
# before it: "confirmed deaths rose to", "the number of confirmed cases stood at"
_BEFORE = re.compile(
    r"\bconfirmed\s+(?-i:(?:[A-Z][\w-]*\s+)?)(?:cases|deaths|infections|fatalities)\b[^,.;:]{0,30}$",
    re.IGNORECASE,
)
# a corpus that counts probable or suspected ones as such
_OTHER_SERIES = re.compile(
    r"\b(?:probable|suspected)\s+(?:cases?|deaths?|ones|infections)\b|"
    r"\bconfirmed\s+(?:and|or|&)\s+(?:probable|suspected)\b|\b\d[\d,]*\s+(?:more\s+)?(?:probable|suspected)\b",
    re.IGNORECASE,
)


def confirmed_only(sentence: str, start: int, end: int) -> bool:
    """Whether the figure from `start` to `end` counts the confirmed only, in its own words."""
    if "onfirm" not in sentence:
        return False
    return bool(_AFTER.match(sentence, end) or _BEFORE.search(sentence, max(0, start - 60), start))


def confirmed_apart(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, with a confirmed-only count given the subject CONFIRMED in a metric the corpus
    also counts as confirmed and probable (or suspected) ones."""
    noted = [c for c in claims if c.note and CONFIRMED_NOTE in c.note]
    if not noted:
        return list(claims)
    metrics = {c.metric for c in noted}
    split = {
        c.metric
        for c in claims
        if c.kind == "quantity" and c.metric in metrics and _OTHER_SERIES.search(c.quote)
    }
    if not split:
        return list(claims)
    return [
        replace_claim(c, subject=CONFIRMED)
        if c.metric in split
        and c.note
        and CONFIRMED_NOTE in c.note
        and (c.subject is None or c.subject.startswith("in:") or c.subject == "people")
        else c
        for c in claims
    ]


# "22 probable cases were reported", "five more suspected deaths": a count of the unconfirmed ones only
_UNSURE_AFTER = re.compile(
    r"\s+(?:(?:more|new|other|additional|further)\s+)?(probable|suspected)\s+"
    r"(?:cases?|deaths?|infections?|case-patients|fatalities)\b",
    re.IGNORECASE,
)


def unsure_only(sentence: str, end: int, subject: str | None) -> str | None:
    """The subject of a figure ending at `end` that counts the probable or suspected ones only (the
    subject a breakdown gives them, tally_sexes.py), or the figure's own `subject`; a figure with a
    side or group of its own keeps it."""
    if subject is not None and subject != "people" and not subject.startswith("in:"):
        return subject
    found = _UNSURE_AFTER.match(sentence, end)
    return found.group(1).lower() if found is not None else subject
