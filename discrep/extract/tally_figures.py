"""Which numbers of a sentence count nothing now, and which counts are the day's, not the total.

A figure a new one replaced ("105,000, down from 153,000", "rose to 16 from 10", "an earlier
estimate put it at 2,300") is an earlier one, for a day the sentence does not give: it is listed as
such, with no day (tally_asides.py).

Other figures make no claim, each for a reason a careful reader would give: a figure that
describes (tally_describes.py); a change ("rose by
368 to 1,809"); a plan or projection ("50 hostages to be released", "the toll could rise to 100");
errors in a count ("several deaths had been counted twice", "initially listed as dead ... found
alive"); another source's figure being corrected ("correcting a police statement that put the toll
at four"). What a vehicle carried ("a bus carrying 48 passengers") is the people on board, a metric
of its own.

A figure with its own "new" ("3,590 new cases") is the day's, not the running total (and so are
the figures before "bringing the total to 2,439": tally_totals.py).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.text.numbers import NumberMention


# the figure a new one replaced: "105,000, down from 153,000", "rose to 16 from 10", "compared with"
PREVIOUS_VALUE = re.compile(
    r"(?:\b(?:down|up|higher|lower|rising|risen|rises|falling|fallen|falls|fell|rose|climbed|jumped|grew|grown|"
    r"dropped|declined|increased|decreased|revised|adjusted)\s+from|"
    # "707 injured, a rise from the last reported figure of 584"
    r"\b(?:a|an)\s+(?:rise|increase|jump|climb|drop|fall|decline|decrease)\s+from|"
    r"\b(?:lowered|lowering|raised|raising|revised|revising|reduced|reducing|cut|corrected|adjusted|updated|"
    # "the find increased the death toll from 78 to 82", "bringing the toll from 78 to 81"
    r"increased|increasing|pushed|pushing|brought|bringing|took|taking|lifted|lifting)\s+(?:the|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,4}from|\bcompared\s+(?:with|to)|\b(?:to|at)\s+[\d.,]+(?:\s+(?:million|billion|thousand))?\s+from)"
    r"\s+(?:an?\s+|the\s+)?(?:(?:previous|prior|earlier|initial|original|last)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?)?$",
    re.IGNORECASE,
)

# a change, not a count: "the toll rose by 368 to 1,809", "an increase of 345"
_INCREMENT = re.compile(
    r"(?:\b(?:rose|risen|rises|rising|increased|climbed|jumped|grew|grown|went\s+up|fell|fallen|dropped|declined|"
    r"decreased|went\s+down|up|down)\s+by|\b(?:increase|rise|jump|drop|decrease|fall)\s+of)\s+$",
    re.IGNORECASE,
)


# the same change told again for another count: "dead children increased by 11, injured - by 20"
# (also "the number of infections rose by 4,098 and the number of deaths by 156")
_ANOTHER_BY = re.compile(
    r"(?:[-‒–—,]|\band)\s*(?:the\s+(?:number|count|toll)\s+of\s+[\w-]+\s+)?by\s+$", re.IGNORECASE
)
_CHANGED = re.compile(
    r"\b(?:rose|risen|increased|climbed|jumped|grew|grown|went\s+up|fell|fallen|dropped|declined|decreased|"
    r"went\s+down)\s+by\b",
    re.IGNORECASE,
)


def replaced(sentence: str, start: int) -> bool:
    """A figure a new one replaced ("down from 153,000", "rose to 16 from 10") or a change ("rose by
    368 to 1,809"), read from the words just before it, which start at `start` in the sentence."""
    return bool(
        PREVIOUS_VALUE.search(sentence, max(0, start - 60), start)
        or _INCREMENT.search(sentence, max(0, start - 30), start)
        or (_ANOTHER_BY.search(sentence, max(0, start - 50), start) and _CHANGED.search(sentence, 0, start))
        or NOT_THIS.search(sentence, max(0, start - 20), start)
        or _WITHDRAWN.search(sentence, max(0, start - 50), start)
    )


# a figure its source took back: "after withdrawing the figure of 11,300" asserts no count, and which
# count it was is the sentence's guess to make ("said 9,000 remained missing, after withdrawing ...")
_WITHDRAWN = re.compile(
    r"\b(?:withdr(?:ew|awn|awing|aws?)|retract(?:ed|ing|s)?|disown(?:ed|ing|s)?|scrapp(?:ed|ing))\s+"
    r"(?:the|its|their|an?|that|this)\s+(?:[\w'’-]+\s+){0,2}?(?:figure|toll|count|estimate|number|tally)\s+"
    r"(?:of\s+)?$",
    re.IGNORECASE,
)


def previous_value(sentence: str, start: int) -> bool:
    """A replaced figure that is the count's earlier value ("down from 153,000"), not a change."""
    return bool(
        PREVIOUS_VALUE.search(sentence, max(0, start - 60), start)
        or NOT_THIS.search(sentence, max(0, start - 20), start)
    )


# the figure a correction sets aside: "12 bodies had been recovered, not 11"
NOT_THIS = re.compile(
    r",\s*(?:not|rather\s+than|instead\s+of)\s+$|\b(?:rather\s+than|instead\s+of)\s+$", re.I
)


# after a replaced figure, the new one: "risen from 99 to 156"
TO_NEW = re.compile(
    # "rose from 24 on Thursday to 38": the day of the figure moved from may come between
    r"(?:\s+(?:on|by|as\s+of)\s+(?:[\w.]+\s+){0,2}?[\w.]+)?"
    r"\s+to\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|at\s+least)\s+)?"
)

# "an earlier estimate put the number at 2,300", "correcting a police statement that put the toll at
# four": another source's or an older figure, not the sentence's own count
EARLIER_FIGURE = re.compile(
    r"\b(?:earlier|previous|prior|initial|original|old)\s+(?:official\s+)?"
    r"(?:estimate|figure|count|toll|tally|report|total|statement|assessment|number|account|version)s?\b|"
    r"\bcorrect(?:ing|ed|s)?\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:estimate|figure|count|toll|tally|report|total|statement|assessment|number|account)s?\b|"
    # "health authorities had previously put the death toll at 5,500"
    r"\b(?:had\s+(?:previously|earlier|initially|originally|first)|(?:previously|earlier|initially|originally|first)\s+had|previously)\s+"
    r"(?:put|reported|said|given|gave|estimated|announced|placed|set|stated|counted|cited|recorded)\b|"
    # "Previously officials said they believed at least 115 had died"
    r"^\W*previously\s+(?:[\w'’-]+\s+){1,3}?(?:put|reported|said|gave|estimated|announced|stated|counted)\b|"
    # "a drop from a week earlier, when authorities said 385 were unaccounted for"
    r"\b(?:an?|one|two|three|four|five|several|few|\d+)\s+(?:days?|weeks?|months?)\s+(?:earlier|before|ago)"
    r"\s*,?\s*when\b|\b(?:last|the\s+previous|the\s+prior)\s+(?:week|month)\s*,?\s*when\b",
    re.IGNORECASE,
)

# what the corrector says next is the new figure: "corrected an earlier figure, saying 12 bodies"
_SAYS_NEW = re.compile(r",?\s*(?:saying|and\s+said|to\s+say|adding)\b", re.IGNORECASE)


# "the spokesperson had put the death toll at about 60": a past perfect, before the latest count,
# unless the sentence gives its day ("Earlier in the day, the spokesman had put ...": superseded.py)
_HAD_PUT = re.compile(r"\bhad\s+(?:put|placed)\b", re.IGNORECASE)
_OWN_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:in\s+the\s+day|today|on)\b|\b(?:on|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\d)|\b(?:yesterday|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def earlier_figure(sentence: str, start: int, end: int) -> bool:
    """The words before a figure (from `start` to the figure at `end`) make it an earlier or another
    source's figure ("an earlier estimate put the number of dead at 2,300"), unless the corrector
    goes on to say the new one."""
    found = EARLIER_FIGURE.search(sentence, start, end)
    if found is None and _HAD_PUT.search(sentence, start, end) and not _OWN_DAY.search(sentence):
        return True
    return found is not None and not _SAYS_NEW.search(sentence, found.end(), end)


# a plan or a projection, not a count: "50 hostages to be released", "the toll could rise to 100"
PROJECTION = re.compile(
    # "agreed to exchange 1,000 prisoners", "plans to free 50 hostages": a deal's or a plan's figure
    r"\b(?:could|might|may|would|will|expected\s+to|likely\s+to|set\s+to|due\s+to|to\s+be|"
    r"(?:agreed|agrees|agree|plans?|planned|pledged|promised|vowed|offered)\s+to)\s+(?:\w+\s+)?"
    r"(?:rise|climb|reach|exceed|top|surpass|grow|increase|double|be\s+released|be\s+freed|be\s+exchanged|"
    r"be\s+swapped|free|release|exchange|released|freed|exchanged)\b|"
    # "a truce that will see 50 hostages released": what a deal is to bring about
    r"\b(?:will|would|is\s+to|are\s+to|set\s+to|expected\s+to)\s+see\b|"
    # "33 hostages returned in the first stage": what a deal's stage is to bring, not a count
    r"\bin\s+(?:the\s+|its\s+|a\s+)?(?:first|second|third|initial|next|final|later)\s+(?:stage|phase)\b|"
    # "4,000 people were waiting to be evacuated": not yet evacuated
    r"\b(?:waiting|hoping|queu(?:e)?ing)\s+to\s+be\s+\w+|\bawaiting\s+(?:evacuation|rescue)\b|"
    # "he feared fatalities in the hundreds": a fear, not a count ("50 feared dead" is a count)
    r"\b(?:feared|fears|fearing|warned\s+of)\s+(?!(?:dead|killed|drowned|trapped|lost|missing|buried)\b)"
    r"(?:that\s+)?(?:the\s+)?(?:death\s+toll|toll|fatalities|deaths|casualties|victims)\b",
    re.IGNORECASE,
)

# "97 structures had been destroyed, a figure expected to rise": a remark on the count told, which
# stands ("the toll could rise to 100" is a projection; so is "100 are expected to die")
_REMARK = re.compile(
    r",\s+(?:(?:in|with|by)\s+)?(?:(?:a|the|this|that|its|their)\s+(?:figure|number|toll|tally|count|total)|"
    r"which\s+(?:is|was))\b"
)


def before_remark(sentence: str, start: int, end: int) -> int:
    """Where a remark on the figure before `start` begins, within its clause ending at `end`."""
    remark = _REMARK.search(sentence, start, end)
    return remark.start() if remark else end


# a figure of errors in a count, not a count: "several deaths had been counted twice", "two victims
# initially listed as dead were found alive" (searched after the figure, within its clause)
_CORRECTION = re.compile(
    r"\b(?:counted|listed|recorded|registered|reported|included)\s+(?:twice|double|more\s+than\s+once)\b|"
    r"\bdouble[\s-]?count|\b(?:initially|wrongly|mistakenly|erroneously|incorrectly|falsely)\s+(?:been\s+)?"
    r"(?:listed|counted|reported|recorded|registered|identified|declared)\b|\bfound\s+alive\b",
    re.IGNORECASE,
)

# "68, after some deaths were counted twice": a clause of its own, which does not make 68 an error
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|because|as|since|following|once|until|while|though|although)\b", re.IGNORECASE
)


def corrects(sentence: str, start: int, end: int) -> bool:
    """The figure's own words say it counts errors ("counted twice", "found alive"), with no
    "after"/"when" clause between: "68, after some deaths were counted twice" is a toll."""
    found = _CORRECTION.search(sentence, start, end)
    return found is not None and not _SUBORDINATE.search(sentence, start, found.start())


# "3,590 new cases": the day's new ones, not the running total
NEW = re.compile(
    r"\s+(?:new|fresh|newly\s+(?:confirmed|reported|recorded)|more|additional|further)\b(?!\s+than)",
    re.IGNORECASE,
)

_PLURAL_SCALE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|billions)\b", re.IGNORECASE)


# the note of a vague plural's claim: listed, never compared (checks/tally.py)
VAGUE_COUNT = "vague count: not compared"


_VAGUE_WORDS = re.compile(
    r"(?:a\s+)?(?:few|several|handful|dozens|scores|hundreds|thousands|millions|many|numerous|"
    r"(?:tens|hundreds)\s+of\s+(?:thousands|millions))",
    re.IGNORECASE,
)


def vague(mention: NumberMention) -> bool:
    """A count in words that names no number ("several", "a few", "dozens", "thousands"): it
    describes, and is listed, but a tally is not held to it."""
    return open_ended(mention) or _VAGUE_WORDS.fullmatch(mention.text.strip()) is not None


def open_ended(mention: NumberMention) -> bool:
    """A vague plural ("thousands evacuated", "hundreds of thousands", "dozens killed") counts at
    least its smallest reading: a tally says "thousands" of 12,000 people as readily as of 3,000, so
    the parser's upper end (9,999) is no bound to compare other figures with."""
    return (
        mention.value is None
        and mention.qualifier == "range"
        and not any(ch.isdigit() for ch in mention.text)
        and _PLURAL_SCALE.search(mention.text) is not None
    )


_DAYS_INCREASE = re.compile(r"\(\s*[+−]\s*$")


def increment(sentence: str, start: int) -> bool:
    """ "tanks ‒ 1,379 (+3)": a figure in "(+...)" is the day's increase of the one before it."""
    return _DAYS_INCREASE.search(sentence, max(0, start - 4), start) is not None


# "1,081 killed (1,035)", "2,788 casualties (2,685 in the report a day earlier)", "285 (255) killed":
# a bare figure in brackets right after a figure and its words is that figure's earlier value
_AFTER_A_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?(?:\s+[a-z][\w-]*){0,3}\s*\(\s*$")
_EARLIER_VALUE_END = re.compile(
    r"\s*(?:(?:in\s+)?(?:the|a|its)\s+(?:previous|earlier|last|prior)\s+(?:report|update|count|tally|bulletin|"
    r"day)|(?:in\s+the\s+(?:report|update|count)\s+)?(?:a|one)\s+day\s+(?:earlier|before)|the\s+day\s+before|"
    r"the\s+previous\s+day|previously|earlier|yesterday|before)?\s*\)",
    re.IGNORECASE,
)


def earlier_values(sentence: str, mentions: list[NumberMention]) -> list[tuple[int, int]]:
    """The brackets, "(" to ")", of figures that follow another and give the same count as it stood
    before ("including 1,081 killed (1,035)"): the last report's value, not a count of its own."""
    spans: list[tuple[int, int]] = []
    for m in mentions:
        before = _AFTER_A_FIGURE.search(sentence, max(0, m.start - 60), m.start)
        after = _EARLIER_VALUE_END.match(sentence, m.end)
        if before is not None and after is not None:
            spans.append((sentence.rindex("(", before.start(), m.start), after.end()))
    return spans


# "58 Russians out of 500 were rescued", "12 out of 40 miners": the second figure is what the first
# was counted from, not a count of the metric
_OUT_OF = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+|an\s+estimated\s+)?$", re.IGNORECASE)


def bases(sentence: str, mentions: list[NumberMention]) -> list[tuple[int, int]]:
    """The spans, from "out of" to the figure's end, of figures that are the whole another figure was
    counted out of ("only 58 Russians out of 500 were rescued": 58 were rescued, not 500)."""
    spans: list[tuple[int, int]] = []
    for previous, mention in itertools.pairwise(mentions):
        found = _OUT_OF.search(sentence, previous.end, mention.start)
        if found is not None:
            spans.append((found.start(), mention.end))
    return spans
