"""Words around a place that say it is not where the talks are, or that it is, with no "in" or "at".

What talks are about ("talks in Cairo on a truce in Gaza"), where a truce holds or captives are
held ("children held in Gaza"), where something was said ("a speech at the academy in Moscow",
"speaking in Ankara", "according to the embassy in Ankara"), whose wish ("at Ukraine's request"):
no venue. A place named as the venue ("the palace the hosts had specified as the talks venue") is
one, though no "in" or "at" leads it. events.py asks these of each place in an event sentence.
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
# a place named as the venue, with no "in" or "at": "the palace that the hosts had specified as
# the talks venue", "Geneva, the venue of the talks"
NAMED_VENUE = re.compile(
    # ("as a possible venue", "imagine Rome as a venue": a thought, not the place chosen)
    r"(?:\s+[a-z]+)?[^.;:,]{0,60}?\b(?:as|is|was|will\s+be|would\s+be)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:venue|host\s+city)\b|,\s+(?:the\s+)?(?:chosen\s+|planned\s+|agreed\s+)?venue\s+(?:of|for)\b",
    re.IGNORECASE,
)
