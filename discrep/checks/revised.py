"""A figure its own source revised down: "revised the death toll down to 125 from 174, saying some
victims had been counted twice".

The 174 that other articles gave on or before the day of the revision is the figure the revision
withdrew, not a rival count. It is left out of the tally's comparisons, though it is still listed
among the claims, so neither "174, then 125" nor "174, then 131" is reported as a count that fell.
Only a revision down counts: a toll that rose "to 131 from 125" withdraws nothing, as its earlier
figure was right when it was given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable

from discrep.extract.superseded import counts_the_whole as _whole
from discrep.extract.tally_asides import EARLIER_NOTE
from discrep.model import Claim

# the words of a revision down: "revised ... down to 125 from 174", "lowered the toll to 97, from 115"
_REVISED_DOWN = re.compile(
    r"\b(?:revis(?:ed|es|ing)|lower(?:ed|s|ing)|cut|reduc(?:ed|es|ing)|correct(?:ed|s|ing)|adjust(?:ed|s|ing))\b"
    r"[^.;]{0,80}?\b(?:down|to)\b",
    re.IGNORECASE,
)


def _earlier(claim: Claim) -> bool:
    return claim.note is not None and EARLIER_NOTE in claim.note


def withdrawn(claims: Iterable[Claim]) -> set[str]:
    """The ids of the claims whose figure a later revision down withdrew (see the module's text)."""
    figures = [
        (c, float(c.value)) for c in claims if c.kind == "quantity" and isinstance(c.value, (int, float))
    ]
    by_sentence: dict[tuple[str, int, str], list[tuple[Claim, float]]] = defaultdict(list)
    for c, figure in figures:
        by_sentence[(c.path, c.line, c.quote)].append((c, figure))
    revisions: dict[tuple[str, float], dt.date] = {}  # (metric, withdrawn figure) -> day of the revision
    for (_, _, quote), told in by_sentence.items():
        if not _REVISED_DOWN.search(quote):
            continue
        for old, was in told:
            if not _earlier(old) or not _whole(old):
                continue
            for new, now in told:
                if new.metric != old.metric or new.as_of is None or _earlier(new) or not _whole(new):
                    continue
                if now < was:
                    key = (old.metric, was)
                    revisions[key] = max(revisions.get(key, new.as_of), new.as_of)
    if not revisions:
        return set()
    gone = set()
    for c, figure in figures:
        day = revisions.get((c.metric, figure))
        if day is not None and c.as_of is not None and c.as_of <= day and not _earlier(c) and _whole(c):
            gone.add(c.id)
    return gone
