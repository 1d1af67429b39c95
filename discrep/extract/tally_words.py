"""The words around a figure that tell the tally finder what it counts, and how it is told.

Each pattern is tried at one place near a figure (tallies.py says where): what stands between a
figure and its noun, what makes a figure another clause's, what a rising toll says on its way to
its figure, and the words of denial and hedging.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.tally_clauses import statement_start

if TYPE_CHECKING:
    from discrep.text.numbers import NumberMention

NOUN_PHRASE = re.compile(r"^\s*((?:[\w'’-]+\s+){0,5}[\w'’-]+)")

ELLIPSIS = re.compile(
    # ("killed eight people in Collier County, five in Volusia County": the noun may come first)
    r"^\W*(?:(?:people|persons)\s+)?(?:(?:in|across|at|on|(?:attributed|linked|related)\s+to)\s+(?:the\s+)?"
    # "17 in the Eaton fire and 12 in the Palisades fire": a named fire is a place too
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:fire|blaze|wildfire))?\W*)?"
    r"(?:and|or|plus|,)\W*$|"
    r"^\s*\(\s*$"  # "more than 50,000 (45,000 in Turkey)": a part of the figure before, by place
)

# "put the number of Ukrainian military facilities destroyed at 1,502": the noun before the number
NUMBER_OF = re.compile(
    r"\b(?:number|tally|count|total|toll|figure)s?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)

# a plain word right after a figure: what it counts, when no rule names it ("three trains")
OWN_NOUN = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?!(?:and|or|but|yet|in|at|on|of|from|to|by|more|others|other|were|was|are|is|have|has|"
    r"had|people|persons|each|so|according|as|since|during|after|before|while|when)\b)[a-z][a-z-]*\b"
)

# a figure with a predicate of its own that is no metric: "and between 20 and 30 people were still
# in critical condition" says where they are, "and 241 had been treated" what was done, not how
# many died
OWN_STATE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:were|was|are|is|remain|remains|remained)\s+(?:still\s+)?"
    r"(?:in|on|at|under|being)\b|(?:had|have|has)\s+(?:been\s+)?(?!been\b)[a-z]+(?:ed|en)\b|"
    r"(?:were|was)\s+(?!(?:in|on|at|among|still|also|not|being|reported|said|believed|feared|found|"
    r"confirmed|later|then)\b)[a-z]+(?:ed|en)\b)",
    re.IGNORECASE,
)
# what parts the metric word's clause from the figure's: "died, ... and 241", not "the bodies of 320"
CLAUSE_GAP = re.compile(r"\b(?:and|but|while|whereas)\b|[,;]", re.IGNORECASE)

# between a metric word and a figure of its own noun, the figure counts where: "cases in 7 districts"
# a figure of places, not of what happened in them: "in five provinces", "across 12 districts"
PLACE_UNITS = re.compile(
    # (also "35 of its 49 districts affected": districts, not cases)
    r"\s+(?:of\s+(?:its|the|their|all)\s+[\d,]+\s+)?(?:[a-z]+\s+)?(?:provinces|districts|regions|countries|states|counties|cities|municipalities|"
    r"governorates|prefectures|oblasts|neighbou?rhoods|communities|islands)\b"
)

PLACES_OF = re.compile(
    r"(?:\s+(?:people|persons))?\s+(?:in|across|from|among)\s+(?:(?:the|some|about|over)\s+)?",
    re.IGNORECASE,
)

# a sentence that opens with a clause of time or cause: "As crews searched ..., 40,000 workers began"
LEAD_CLAUSE = re.compile(r"\W*(?:As|When|While|After|Before|Since|Because|Although|Though|Once|Until)\s")

# models named between a figure and what it counts, one with a code ("S-300", "Buk-M1", "Su-25"):
# "119 S-300, Buk-M1 and Osa air defence systems"
MODELS = re.compile(
    r"(?=\s+(?:[A-Z][\w]*(?:\s*,\s*|\s+and\s+|\s+))*[A-Z][A-Za-z]*-[A-Z]*\d)"
    r"(?:\s*(?:,|and)?\s*[A-Z][\w]*(?:-[\w]+)?){1,5}\s+"
)

# a figure of a nationality or a group named by a capitalised plural: "four Russians", "two Britons"
NATIONALS = re.compile(r"\s+[A-Z][a-z]+(?:s|ese)\b")

# a figure in a clause of its own after the metric word: "survivors ... after two earthquakes hit"
SUBORDINATE = re.compile(
    r"\b(?:after|before|when|since|until|because|as)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)

# a figure told of by a relative clause: "two soldiers who drowned"
WHO = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:who|that|which)\b", re.IGNORECASE)

# what a toll does on its way to the figure: "had risen to 65", "climbed to 74", "stood at 82"
TOLL_RISE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|reached|reaches|hit|stood|stands|"
    r"surpassed|passed|topped|exceeded|amounted|amounts|totalled|totaled|numbered)\s+(?:to\s+|at\s+)?(?:(?:about|around|nearly|almost|some|more\s+than|"
    r"over|at\s+least)\s+)?$",
    re.IGNORECASE,
)

# what a metric word says of the figure after it: "the death toll stood at 115", "deaths have risen to"
NEXT_ONES = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|now\s+)?(?:been\s+)?(?:(?:remains|remained|stays|stayed)\s+at\s+$|"
    + TOLL_RISE.pattern
    + ")",
    re.IGNORECASE,
)

# a metric word after a figure that belongs to a phrase of its own: "37 with a fatality ratio among
# confirmed cases of 29%"
FAR_AFTER = re.compile(r"\s+(?:with|among|amid|in|of)\s+(?:\S+\s+){2,}", re.IGNORECASE)

# what cannot stand between a figure and the thing it counts ("1,502 Ukrainian military facilities")
NOT_NOUN_PHRASE = re.compile(r"\b(?:were|was|is|are|had|have|has|on|in|at|by|from|board|aboard|with)\b")

# a metric word that names who speaks: "Survivors told UN officials that up to 750 were on board"
SPEAKS = re.compile(r"\s+(?:told|said|say|says|recalled|described|recounted|reported)\b", re.IGNORECASE)

# what may stand between a verb and its object figure: "killing at least eight", "wounding seven"
# "the toll has reached 1,545, injuries tally 12,850": a metric word after a comma, a few words before
# the next figure, is that figure's label, not this one's ("livestock losses 935,795", "the number of
# people displaced has more than doubled to 183,159")
LABEL_OF_NEXT = re.compile(r"\s+(?!(?:and|or|but|while|with|including|plus|also)\b)(?:[\w-]+\s+){0,5}")

VERB_GAP = re.compile(r"\s*(?:(?:another|a\s+further|an\s+additional|some|an\s+estimated)\s+)?")

# "while a rights group put the number at 16": the figure of the count the sentence gave before
SAME_COUNT = re.compile(
    r"\b(?:put|puts|putting|placed|places|gave|gives|estimated|estimates|set|sets)\s+"
    r"(?:the|that|this|its|their)\s+(?:own\s+)?(?:number|figure|count|tally|total)\s+at\s+$|"
    # "12,391 died in Turkey and 2,992 in Syria, bringing the confirmed total to 15,383"
    r"\b(?:bringing|raising|taking|pushing)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:total|toll|tally|count|number)\s+(?:to|at)\s+(?:(?:about|around|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)

NEGATION = re.compile(r"\b(?:denied|denies|deny|not\s+true|false|untrue|rejected|refuted)\b", re.IGNORECASE)

HEDGE = re.compile(
    r"\b(?:reportedly|may\s+have|might\s+have|could\s+have|possibly|perhaps|unconfirmed|allegedly|"
    r"estimated?|estimates|projections?)\b",
    re.IGNORECASE,
)


_TAKEN_TO = re.compile(
    r"\b(?:taken|brought|sent|moved|transferred|rushed|carried|ferried|shifted|admitted)\s+(?:in)?to\s+$",
    re.IGNORECASE,
)


def counts_other_thing(sentence: str, word_end: int, mention: NumberMention) -> bool:
    """Whether a figure with a plain noun of its own counts that, not the metric word before it that
    ends at `word_end`: "129 cases in 7 districts" (where the count was), "As crews searched for
    people trapped in homes, 40,000 utility workers began ..." (the word is the leading clause's)."""
    if not OWN_NOUN.match(sentence, mention.end):
        return False
    if PLACES_OF.fullmatch(sentence, word_end, mention.start):
        return True
    if _TAKEN_TO.search(sentence, max(word_end, mention.start - 30), mention.start):
        return True  # "the bodies were taken to three hospitals": the figure counts where they went
    start = statement_start(sentence, mention.start)
    return (
        "," in sentence[word_end : mention.start]
        and LEAD_CLAUSE.match(sentence, start) is not None
        and "," not in sentence[start:word_end]
    )
