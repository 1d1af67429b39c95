"""A figure an article tells as the day's earlier report, beside the one that replaced it.

"The death toll ... has risen to 21, the emergency service said. Earlier in the day, the regional
administration said 18 people had been killed." The 18 is the article telling how the count grew
that day, not a second source at odds with the first: when the same article gives another figure of
the same count for the same day, it is listed for no day and never compared; so is "The toll
reported by the ministry earlier today stated that 2,497 were killed", whose subject is the earlier
report. Alone, an "earlier" figure is still a claim ("Earlier on Friday, the ministry said it had
shot down five drones").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from discrep.extract.tally_asides import EARLIER_NOTE
from discrep.extract.tally_scope import GENERIC_PEOPLE
from discrep.model import Claim, replace_claim

# the statement opens by saying it is the earlier report (a quote cut at its start opens with "…")
_EARLIER_OPENING = re.compile(
    r"^\W*(?:Earlier|Previously|Initially|At\s+first)"
    # the comma may be left out after a time ("Earlier on Saturday it had given a toll of 1,002")
    r"(?:\s+(?:in\s+the\s+day|today|that\s+day|this\s+morning|on\s+\w+(?:\s+(?:morning|afternoon|evening))?)\s*,?"
    r"|\s*,)",
    re.IGNORECASE,
)

# the statement's subject is the earlier report: "The toll reported by the ministry earlier today ..."
_EARLIER_REPORT = re.compile(
    r"^\W*(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:toll|figure|count|tally|report|number|update|statement)s?\s+"
    r"(?:[\w'’,-]+\s+){0,8}?earlier\s+(?:today|in\s+the\s+day|this\s+(?:morning|afternoon)|on\s+\w+)\b",
    re.IGNORECASE,
)


# the statement opens by saying it is a later report of the day: "Later on Sunday, the ministry said"
_LATER_OPENING = re.compile(
    r"^\W*(?:Later|Late|By\s+(?:the\s+)?(?:evening|nightfall|late\s+afternoon))"
    r"(?:\s+(?:in\s+the\s+day|that\s+day|today|on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?))?\s*,",
    re.IGNORECASE,
)


def _told_as_earlier(quote: str) -> bool:
    return bool(_EARLIER_OPENING.match(quote) or _EARLIER_REPORT.match(quote))


def counts_the_whole(claim: Claim) -> bool:
    """A count of the whole: no subject, people, or a place ("18 people" and "the toll in Odesa
    Oblast has risen to 21" count the same dead)."""
    return claim.subject is None or claim.subject == GENERIC_PEOPLE or claim.subject.startswith("in:")


def drop_superseded(claims: Sequence[Claim]) -> list[Claim]:
    """One article's claims, less the earlier reports of a count it also gives anew for the day."""

    def key(c: Claim) -> tuple[object, ...]:
        # "18 people" and "the toll in Odesa Oblast has risen to 21" count the same dead
        whole = counts_the_whole(c)
        # a running total said "in total" and one with no such word are one count; a daily one is not
        return (c.metric, "whole" if whole else c.subject, c.as_of, c.period == "daily", c.event)

    earlier = [c for c in claims if c.kind == "quantity" and _told_as_earlier(c.quote)]
    # "By early afternoon 47 had died. ... Later on Sunday, the ministry said 120": the figures of the
    # count told before a later report of the day are the day's earlier ones
    later = [c for c in claims if c.kind == "quantity" and _LATER_OPENING.match(c.quote)]
    if not earlier and not later:
        return list(claims)
    latest = {key(c) for c in claims if c.kind == "quantity" and not _told_as_earlier(c.quote)}
    gone = {id(c) for c in earlier if key(c) in latest}
    for report in later:
        gone |= {
            id(c)
            for c in claims
            if c.kind == "quantity"
            and (c.line, c.column) < (report.line, report.column)
            and key(c) == key(report)
        }
    # still told, for no day ("Previously, there were 102 people accounted for"): listed, never compared
    return [
        c
        if id(c) not in gone
        else replace_claim(c, as_of=None, note=f"{c.note}; {EARLIER_NOTE}" if c.note else EARLIER_NOTE)
        for c in claims
    ]


# "Earlier on Sunday, the ministry said more than 9,000 were injured but later retracted and said over
# 2,000": the figure after "but later" is the later statement's, not the earlier day's
_LATER = re.compile(r"\b(?:but|and|then)\s+(?:then\s+)?later\b", re.IGNORECASE)


def said_later(text: str, figure_start: int, dates_end: Sequence[int]) -> bool:
    """Whether the figure at `figure_start` follows a "but later" that comes after every date the
    sentence names (those at `dates_end`): the later statement's figure, for the article's day."""
    if "later" not in text or not dates_end:
        return False
    later = [m.start() for m in _LATER.finditer(text, 0, figure_start)]
    return bool(later) and all(end <= later[-1] for end in dates_end)
