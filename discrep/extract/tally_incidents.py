"""Which figures count one incident, not the whole event: an incident's toll is listed, never compared.

A count of one strike or attack ("a missile strike killed nine", "killed in an airstrike", "injured
in a separate collapse", "died when a monastery collapsed") is an incident's toll, not the whole
event's, whose main event is named with "the" and no target ("the explosion killed 200"); the
incident named after the last figure of a statement is every figure's ("18 killed and 59 wounded
when a missile struck a mall"). The tally check may still take an incident's toll as the first
report of the corpus's own event (checks/tally.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from discrep.extract.tally_clauses import statement_start

if TYPE_CHECKING:
    from discrep.extract.tallies import Tally

# "a missile strike killed nine", "the attack on the TV tower, which killed five": one incident's
# toll. The main event of a corpus is named with "the" and no target ("the explosion killed 200").
_INCIDENT_NOUNS = (
    r"(?:strike|airstrike|attack|explosion|blast|shelling|bombing|raid|ambush|shooting|crash|stabbing|bomb|"
    r"shell|missile|rocket|drone)s?"
)

INCIDENT = re.compile(
    r"\bseparate(?:ly\b|\s+(?:incident|attack|strike|accident|crash|blast|explosion|shooting|event|collapse|"
    r"fire|flood|landslide|bombing|raid|clash|storm|quake|earthquake|collision|derailment|sinking|shipwreck|"
    r"stampede)(?:e?s)?\b)|"
    r"\b(?:an?\s+(?:[\w'’-]+\s+){0,2}(?:strike|airstrike|attack|explosion|blast|shelling|bombing|raid|ambush|"
    r"shooting|crash|missile|rocket|drone|stabbing|bomb|shell)s?\b|"
    r"\b(?:strike|airstrike|attack|raid|shelling|bombing|explosion|blast)s?\s+on\s+(?:the|a|an)\b|"
    # "these attacks have resulted in 72 deaths": the attacks just told of (on hospitals), not the war
    r"\b(?:these|those|such)\s+(?:[\w'’-]+\s+)?(?:strikes|airstrikes|attacks|raids|bombings|incidents)\b|"
    # "Russia fired more than 80 missiles at cities across Ukraine, killing at least 14": one barrage
    r"\b(?:fired|launched)\s+(?:(?:more\s+than|over|about|some|at\s+least|nearly|dozens\s+of|[\w,]+)\s+){0,3}"
    # "the regime launched 32 airstrikes on 11 locations, killing at least 50 civilians": strikes
    # told in a disaster's news, not its toll
    r"(?:missiles|rockets|drones|shells|airstrikes|air\s+strikes|strikes|raids|attacks|bombings)\b)",
    re.IGNORECASE,
)

# what befell one thing, named after the figure; not "struck" or "hit" ("when a cyclone struck" is the
# event itself)
_MISHAP = (
    r"collapsed|caved\s+in|capsized|sank|overturned|plunged|crashed|exploded|caught\s+fire|burst\s+into\s+"
    r"flames|derailed|toppled|went\s+down|veered|skidded|was\s+(?:buried|swept\s+away|engulfed)"
)

# after the figure, with the same shapes: "killed in an airstrike", "killed in the Hamas attack on
# October 7", but not "killed in the explosion", nor "the toll from the Beirut explosion" (the
# corpus's own event, whose toll is what gets compared)
IN_INCIDENT = re.compile(  # case ignored but for the capital or digit after "on"
    rf"\b(?i:in|by|from|after|when)\s+(?:(?i:an?)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_INCIDENT_NOUNS})\b|"
    rf"(?i:the)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_INCIDENT_NOUNS})\s+(?i:on)\s+(?:(?i:the|an?)\b|[A-Z0-9]))|"
    # "died when a monastery collapsed", "when a bus plunged into a gorge": one thing's mishap
    rf"\b(?i:when|after|as)\s+(?i:an?|one)\s+(?:[\w'’-]+\s+){{1,3}}(?i:{_MISHAP})\b"
)

# "injured in a separate collapse", "separately, two died": another incident than the corpus's
SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)

# "released 13 hostages ..., in the second swap of the truce": one batch of a swap, not the total
# freed (searched to the end of the figure's statement)
IN_BATCH = re.compile(
    r"\bin\s+(?:the|an?|its|their)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|latest|last|final|"
    r"next|new|fresh|another)\s+)?(?:prisoner\s+)?(?:swap|exchange|handover|hand-over|batch)\b(?!\s+for\b)",
    re.IGNORECASE,
)


def one_incident(sentence: str, tallies: list[Tally], nouns: frozenset[str]) -> list[Tally]:
    """ "18 people were killed and 59 wounded when a missile struck a mall": the incident named after
    the last figure of a statement is the incident of every figure of it."""
    if len(tallies) < 2 or not any(t.incident for t in tallies[1:]):
        return tallies
    marked = list(tallies)
    for index in range(len(marked) - 1, 0, -1):
        if not marked[index].incident:
            continue
        start = statement_start(sentence, marked[index].mention.start)
        for earlier in range(index - 1, -1, -1):
            t = marked[earlier]
            if t.mention.start < start:
                break
            if not t.incident and t.metric not in nouns:
                marked[earlier] = replace(t, incident=True)
    return marked
