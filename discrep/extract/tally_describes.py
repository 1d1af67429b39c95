"""Figures that describe something rather than count it: they make no claim.

"a 12-story building", "two children aged 4 and 10", "a country of 2.6 million people", "737-800
aircraft", "ATR 72", "the remaining four" (but "the remaining 396 were evacuated" counts), a house
number ("at 12 Harbour Street"), an emergency line ("a 911 call"), a reading on a scale ("a
magnitude 6.1 earthquake"), an age ("the driver, 52, was detained"), "the two fires".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.text.numbers import NumberMention

# a figure that only describes something ("a 12-story building", "a 60-year-old man"), or an age
_MODIFIER = re.compile(r"-[^\W\d_]")

_AGE = re.compile(
    r"\b(?:aged|ages|age)\s+(?:between\s+|from\s+)?(?:\d+\s*(?:,|and|or|to|-|–)\s*)*$"
    # "children under five account for 30% of cases": an age, not a count
    r"|\b(?:children|kids|babies|infants|those|people|adults)\s+(?:aged\s+)?(?:(?:under|below|over|above|younger\s+than|"
    r"older\s+than)\s+(?:the\s+age\s+of\s+)?)?$",
    re.IGNORECASE,
)
# an age by decade: "a woman in her 20s", "men in their early 30s"
_DECADE_BEFORE = re.compile(r"\bin\s+(?:his|her|their|the)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
_DECADE_AFTER = re.compile(r"['’]?s\b")

# a size, not a count: "Moldova, a country of 2.6 million people", "a city of 400,000", "home to 2,000"
_POPULATION = re.compile(
    r"\b(?:(?:country|nation|city|town|region|state|province|island|village|district|community)\s+of|"
    r"population\s+of|home\s+to|population\s+(?:is|was|stood\s+at)|inhabitants\s+of)\s+"
    r"(?:(?:about|around|some|nearly|more\s+than|over|roughly|almost|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)

# "searching for the remaining four": the rest of a count, not a count
_REMAINING = re.compile(r"\b(?:the\s+)?remaining\s+$", re.IGNORECASE)

# "the remaining 396 crew members were evacuated": the rest told of as a count of its own
_TOLD_AFTER = re.compile(
    r"\s+(?:[\w'’-]+[\"”’]?\s+){0,2}?(?:were|was|have\s+been|had\s+been|are|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en)\b"
)

# a reading on a scale, not a count: "a magnitude 6.1 earthquake", "a 7.8-magnitude quake",
# "measuring 6.4 on the Richter scale", "a category 4 hurricane", "a level 3 alert"
_SCALE_BEFORE = re.compile(
    r"\b(?:magnitude|measuring|measured|category|cat\.?|level|scale\s+of|grade)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_SCALE_AFTER = re.compile(
    r"\s*(?:-\s*|\s)?(?:magnitude\b|on\s+the\s+(?:Richter|moment\s+magnitude)|(?:Mw|ML|M)\b|"
    r"-?\s*(?:degrees?|°)|on\s+the\s+(?:Saffir|Beaufort|Fujita|EF)|-?\s*(?:km/h|mph|knots?)\b)",
    re.IGNORECASE,
)

# a maker or a code before a number names a model: "ATR 72", "Boeing 737", "Su-25", "F-16"
_MAKER = re.compile(
    r"(?:\b(Boeing|Airbus|Antonov|Tupolev|Sukhoi|Ilyushin|Embraer|Bombardier|Cessna|Lockheed|Mikoyan|Bayraktar)\s|"
    r"\b[A-Z]{2,}\s|\b(?:[A-Z]|Su|Mi|Tu|Il|An|Ka|MiG|Yak)-)$"
)

# a code names a model only before what it names: "ATR 72 aircraft", "Su-25 jets" (not "UN 2,000")
_MODEL_OF = re.compile(
    r"\s*(?:[A-Z][\w-]*\s+)?(?:aircraft|planes?|jets?|airliners?|helicopters?|tanks?|drones?|missiles?|"
    r"launchers?|systems?|fighters?|bombers?|rifles?|howitzers?|vehicles?|turboprops?)\b"
)


def _designation(sentence: str, mention: NumberMention) -> bool:
    """A model or code: one written like a range ("737-800 aircraft": ranges of counts are estimates,
    and estimates are round, "20-25", "1,200-1,500"), or a number after a maker or a code ("ATR 72",
    "Boeing 737", "Su-25", "F-16")."""
    maker = _MAKER.search(sentence, max(0, mention.start - 12), mention.start)
    if maker is not None and (maker.group(1) or _MODEL_OF.match(sentence, mention.end)):
        return True
    if _EMERGENCY_LINE.match(sentence, mention.start):
        return True  # "the amount of 911 calls": a telephone number
    if mention.qualifier != "range" or mention.low is None or mention.low < 100 or mention.low % 10 == 0:
        return False
    return bool(re.fullmatch(r"[\d,]+-[\d,]+", sentence[mention.start : mention.end]))


# an emergency telephone number: "911 calls", "a 999 call", "the 112 line"
_EMERGENCY_LINE = re.compile(
    r"(?:911|999|112|000|101|100)\s+(?:calls?|callers?|lines?|operators?|dispatch(?:ers?)?|centres?|centers?|system)\b",
    re.IGNORECASE,
)

# a house number: "at 12 Goce Delcev Street", "No. 5 Harbour Road"
_ADDRESS = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Square|Place|"
    r"Way|Highway|Ulitsa|Strasse|Straße|Calle|Rue|Via)\b"
)


# an age set off by commas after a person: "The driver, 52, was detained", "Harold Daggett, 78, has"
_AGE_APPOSITION = re.compile(r"(?:\b[a-z]{3,}(?<!s)|\b[A-Z][a-z]+),\s*$")
_AFTER_AGE = re.compile(
    r",\s+(?:was|is|had|has|who|whose|said|says|died|told|a|an|the|remains|remained|were)\b"
    # a list of the named dead: "Andres Levine, 26; Moises Rodan Brief, 28; and ..."
    r"|;\s+(?:and\s+)?(?:[A-Z]|\d)",
    re.IGNORECASE,
)


# "25 deaths connected to the two fires", "in the three provinces": which things, not how many died
_THE_FEW_THINGS = re.compile(
    r"\s+(?:fires|blazes|wildfires|quakes|earthquakes|tremors|storms|hurricanes|floods|attacks|explosions|"
    r"blasts|bombings|incidents|crashes|disasters|countries|nations|cities|provinces|states|regions)\b",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\b(?:the|both|all)\s+$", re.IGNORECASE)
_OTHERS = re.compile(r"\s+others\b", re.IGNORECASE)


def describes(sentence: str, mention: NumberMention) -> bool:
    """A figure that describes, not counts: "a 12-story building", "two children aged 4 and 10", "a
    country of 2.6 million people", "the remaining four", a model ("737-800 aircraft", "ATR 72"),
    "the two fires"."""
    return bool(
        _MODIFIER.match(sentence, mention.end)
        or _designation(sentence, mention)
        or _AGE.search(sentence, max(0, mention.start - 30), mention.start)
        or (
            _DECADE_AFTER.match(sentence, mention.end) is not None
            and _DECADE_BEFORE.search(sentence, max(0, mention.start - 20), mention.start) is not None
        )
        or _POPULATION.search(sentence, max(0, mention.start - 50), mention.start)
        or (
            _REMAINING.search(sentence, max(0, mention.start - 20), mention.start) is not None
            and _TOLD_AFTER.match(sentence, mention.end) is None
        )
        or _SCALE_BEFORE.search(sentence, max(0, mention.start - 20), mention.start)
        or _SCALE_AFTER.match(sentence, mention.end)
        or _ADDRESS.match(sentence, mention.end)
        or (
            # "no information on the seven others it had arrested": the rest of a count told before
            _OTHERS.match(sentence, mention.end) is not None
            and re.search(r"\bthe\s+$", sentence[max(0, mention.start - 5) : mention.start]) is not None
            and _TOLD_AFTER.match(sentence, mention.end) is None
        )
        or (
            _THE_FEW_THINGS.match(sentence, mention.end) is not None
            and _THE_BEFORE.search(sentence, max(0, mention.start - 6), mention.start) is not None
        )
        or (
            _AGE_APPOSITION.search(sentence, max(0, mention.start - 30), mention.start) is not None
            and _AFTER_AGE.match(sentence, mention.end) is not None
        )
    )
