"""When the corpus is about one incident, that incident's toll is the corpus's running total.

A figure told as one incident's toll ("a missile strike on a mall killed at least 16", "the toll from
Monday's strike on a shopping centre has risen to 20") is kept apart from the event's totals by the
tally check: beside a war's toll it is one strike among many. But when no article gives a total of
that metric and every article that counts it counts the incident, the incident is what the corpus
follows, and its tolls are compared with one another like any running total.

This is the one pass over the corpus's tallies, so it also sets the confirmed-only counts of an
outbreak apart from the confirmed-and-probable ones (tally_confirmed.py), and reads a source's
"tanks" as its "tanks and other armoured vehicles" where it counts those as one (tally_shorthand.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from discrep.extract.tally_confirmed import confirmed_apart
from discrep.extract.tally_shorthand import broader_counts
from discrep.model import Claim, replace_claim

INCIDENT = "incident"  # the event of one incident's toll (tally_incidents.py); "separate incident" stays


def own_incident(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, with the incident tolls of metrics the corpus counts only as one incident's made
    the corpus's own (event None), and the confirmed-only counts set apart where the corpus also
    counts probable ones."""
    claims = broader_counts(confirmed_apart(claims))
    paths: dict[str, set[str]] = defaultdict(set)  # metric -> the articles that count it
    incident_paths: dict[str, set[str]] = defaultdict(set)
    totals: set[str] = set()  # metrics some figure counts as no incident's
    for c in claims:
        if c.kind != "quantity" or c.negated:
            continue
        paths[c.metric].add(c.path)
        if c.event == INCIDENT:
            incident_paths[c.metric].add(c.path)
        else:
            totals.add(c.metric)
    own = {
        metric
        for metric, found in incident_paths.items()
        if metric not in totals and len(found) >= 2 and found == paths[metric]
    }
    if not own:
        return list(claims)
    return [
        replace_claim(c, event=None)
        if c.kind == "quantity" and c.event == INCIDENT and c.metric in own
        else c
        for c in claims
    ]
