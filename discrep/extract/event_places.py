"""Words around a place that say it is not where the talks are, or that it is, with no "in" or "at".

What talks are about ("talks in Cairo on a truce in Gaza"), where a truce holds or captives are
held ("children held in Gaza"), where something was said ("a speech at the academy in Moscow",
"speaking in Ankara", "according to the embassy in Ankara"), whose wish ("at Ukraine's request"):
no venue; nor is a proposal ("there was talk of Minsk", "offered to host the talks in Rome"), unless
the event is told past it ("the talks, which Moscow proposed, will open in Istanbul"). A place named
as the venue ("the palace the hosts had specified as the talks venue") or moved to ("the summit
was relocated to Vienna") is one, though no "in" or "at" leads it. events.py asks these of each
place in an event sentence.
"""

from __future__ import annotations

import re

# what the talks are about, not where: "talks in Cairo on a truce in Gaza", "about the war in Sudan"
TOPIC = re.compile(
    r"\b(?:on|about|over|regarding|concerning)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,3}in\s+(?:the\s+)?$"
    r"|\b(?:situation|crisis|tensions?|escalation)\s+(?:in|around)\s+(?:the\s+)?$"  # "the crisis in Yemen"
)
# where a truce or an evacuation is, not where talks are: "a ceasefire in Kyiv, Kharkiv and Sumy to
# open humanitarian corridors", "corridors from Mariupol"; but "the ceasefire summit in Cairo" is held there
TRUCE_IN = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|peace|corridors?|evacuations?|pause|blockade|siege|encirclement|"
    r"exchanges?|swaps?)\s+"
    r"(?:(?!(?:summit|talks|negotiations|meeting|conference|round|session|deal|agreement)\b)[\w-]+\s+){0,2}?"
    r"(?:in|for|from|around|of|near|out\s+of)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
# "children held in Gaza": held as captives, not an event held there (no "be" before it, no event
# word just before it as in "talks held in Doha")
_NOT_CAPTOR = (
    r"\b(?!(?:be|been|being|was|were|is|are|will|'ll|had|has|have|talks|negotiations|meeting|summit|"
    r"round|session|conference|sessions|meetings|rounds|consultations)\b)[a-z]+\s+"
)
HELD_CAPTIVE = re.compile(_NOT_CAPTOR + "$")
HELD_THERE = re.compile(
    _NOT_CAPTOR
    + r"held\s+(?:captive\s+|hostage\s+)?(?:by\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:in|at)\s+(?:the\s+)?$"
    # "the release of hostages in Gaza": where the captives are
    r"|\b(?:hostages|captives|detainees)\s+(?:still\s+)?in\s+(?:the\s+)?$"
)
# where something was said, not where the event is: "told journalists during a briefing in Washington"
# ("a speech at the Diplomatic Academy in Moscow": the hall and its city), where someone spoke
# ("speaking in Moscow", "told reporters in Ankara") and where someone lives or works ("based in
# London"): no venue of the talks
SAID_AT = re.compile(
    r"\b(?:(?:briefing|press\s+conference|news\s+conference|interview|speech|address|remarks|lecture)\s+"
    r"(?:[\w'’-]+\s+){0,5}?|(?:speaking|spoke|said|says|(?:told|telling|tells)\s+(?:reporters|journalists|the\s+press)|"
    r"addressing|lives|living|lived|based|resides|residing|exiled)\s+)"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# whose words, not where the talks are: "according to sources from the Ukrainian embassy in Ankara"
SOURCE_PLACE = re.compile(
    r"\b(?:from|according\s+to|quoting|cited|citing)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:embassy|consulate|mission|ministry|office|sources?|officials?)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "will meet at Ukraine's request": whose wish, not where ("at Istanbul's Dolmabahce Palace" is where)
WHOSE_WISH = re.compile(
    r"['’]s?\s+(?:request|requests|behest|invitation|initiative|urging|insistence|demand|proposal|suggestion)\b",
    re.IGNORECASE,
)
# where the event is not: "a private meeting away from the main summit venue in San Francisco",
# "far from the capital", "outside of Geneva" is a place near it (not "outside Geneva", which is)
AWAY_FROM = re.compile(
    r"\b(?:away|far)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:(?:in|at)\s+(?:the\s+)?)?$", re.IGNORECASE
)
# a place named as the venue, with no "in" or "at": "the palace that the hosts had specified as
# the talks venue", "Geneva, the venue of the talks"
NAMED_VENUE = re.compile(
    # ("as a possible venue", "imagine Rome as a venue": a thought, not the place chosen)
    r"(?:\s+[a-z]+)?[^.;:,]{0,60}?\b(?:as|is|was|will\s+be|would\s+be)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:venue|host\s+city)\b|,\s+(?:the\s+)?(?:chosen\s+|planned\s+|agreed\s+)?venue\s+(?:of|for)\b"
    # a place put out as a venue: "Rome as a venue was out of the question"
    r"|\s+as\s+a\s+venue\b(?=[^.;]{0,40}\b(?:out\s+of\s+the\s+question|ruled\s+out|off\s+the\s+table|not\s+an\s+option))",
    re.IGNORECASE,
)
# a place turned down as a venue: "Zelensky rejected Minsk as a venue for talks" (the verb before it)
REJECTED_AS_VENUE = re.compile(
    r"\b(?:rejected|rejects|ruled\s+out|rules\s+out|refused|refuses|dismissed|dismisses|turned\s+down)\s+"
    r"(?:the\s+)?$"
)
AS_A_VENUE = re.compile(
    r"\s+as\s+(?:a|the)\s+(?:possible\s+|proposed\s+)?(?:venue|location|host)\b", re.IGNORECASE
)


# the place named after "as": "identified the location for the talks as Jeddah"
NAMED_AS = re.compile(
    r"\b(?:location|venue|site|host\s+city)\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?as\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a proposal is no venue claim ("there was talk of Minsk"; "the proposed talks" are the talks)
_PROPOSAL = re.compile(  # "the proposed negotiations are set for ...": the talks, not a place
    # an offer to host is a proposal too: "the Pope expressed his willingness to host the talks"
    r"\b(?:(?:willingness|readiness|ready|willing|offers?|offering|prepared)\s+to\s+host|talk\s+of|"
    r"proposed(?!\s+(?:talks|meeting|round|summit|negotiations)\b)|proposal|suggested|offer|offered|"
    r"mentioned|floated|declined|turned\s+down)\b",
    re.IGNORECASE,
)


# past a proposal's own clause, the event told as it will be: "The talks, which Moscow proposed on
# May 11, will open in Istanbul on May 15" (the place after a comma and the event's own verb)
_PLAN_AFTER = re.compile(
    r",\s+(?:[\w-]+\s+){0,3}?(?:will|would|are\s+to|is\s+to|were|was)\s+(?:now\s+)?(?:be\s+)?"
    r"(?:open|begin|start|held|take\s+place|resume|convene|meet|opened|began|started)\b[^,;]*$",
    re.IGNORECASE,
)


# "..., the envoy suggested on Sunday": who reported it, at the sentence's end, not a proposal
_REPORT_TAIL_WORD = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}$")
_TAIL_END = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+(?:\s+\d+)?)?\s*[.\"”]*\s*$")


def proposes(text: str) -> bool:
    """A proposal word in the sentence, other than a "suggested" that only tells who reported it."""
    return any(
        not (
            m.group(0).lower() in ("suggested", "mentioned")
            and _REPORT_TAIL_WORD.search(text, max(0, m.start() - 60), m.start())
            and _TAIL_END.match(text, m.end())
        )
        for m in _PROPOSAL.finditer(text)
    )


def told_after_proposal(text: str, position: int) -> bool:
    """The place comes after every proposal word, in a clause of the event's own that follows it."""
    ends = [m.end() for m in _PROPOSAL.finditer(text, 0, position)]
    return bool(ends) and _PLAN_AFTER.search(text, ends[-1], position) is not None


# where the event moves: "the talks could move to the Vatican", "the summit was relocated to Vienna"
# a delegation sent or gone to a place for the talks: "sent a delegation to Cairo for discussions",
# "travelled to Jeddah, Saudi Arabia, on Friday to consult with the US"; the purpose must follow
# the place (TRIP_FOR), or it is only a journey ("the envoy flew to Cairo")
TRIP_TO = re.compile(
    r"\b(?:(?:send|sends|sent|sending|dispatch(?:es|ed|ing)?)\s+(?:a|an|its|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:delegation|team|negotiators|envoys?)|travel(?:l)?ed|travels|headed|flew|went)"
    r"\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
TRIP_FOR = re.compile(
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?)?(?:\s+on\s+[A-Z]\w+,?)?\s+(?:to\s+(?:consult|attend|join|take\s+part|"
    r"participate|negotiate|hold\s+talks|meet)|for\s+(?:talks|discussions|negotiations|consultations|a\s+meeting|"
    r"meetings|the\s+talks))\b",
)
MOVED_TO = re.compile(
    r"\b(?:move[sd]?|moving|relocated?|relocating|shift(?:ed|s)?|switch(?:ed|es)?)\s+"
    r"(?:from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?to\s+(?:the\s+)?$"
    # talks that go back to a place: "announced plans to return to Oman", "the talks will return to
    # Geneva" (a delegation that "returned to Moscow" went home, and no event word leads it)
    r"|\b(?:plans?|talks|round|negotiations|meeting)\s+(?:\w+\s+){0,2}?return(?:s|ed|ing)?\s+to\s+$",
    re.IGNORECASE,
)
