"""Figures a sentence gives aside from today's count: an earlier figure, and a guess at the final toll.

An earlier figure ("health authorities had previously put the toll at 5,500", "11,300, up from
5,500", "1,081 killed (1,035)") is a claim a reader would list, but it is for a day the sentence
does not give: it is listed with the note EARLIER_NOTE and no as-of day, so no check holds today's
count to it. (A change, "rose by 368", is no count and makes no claim at all.)

A guess at what the toll will turn out to be is no count either: "as many as 20,000 are believed
dead", "as many as 20,000 people might have lost their lives", "the death toll is estimated to be
in the hundreds". What makes it one is an upper bound or a vague plural together with a word of
belief or possibility in the figure's clause; "at least 3,749 people are estimated to have been
injured" is a floor someone counted, and stays a count. Nor is a plan a count ("50 hostages to be
released", "33 hostages returned in the first stage"), or a toll that "could rise to 100"
(tally_figures.PROJECTION). Guesses and plans are listed with the note of PROJECTED, for no day,
as earlier figures are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from discrep.extract.tally_figures import TO_NEW, vague

if TYPE_CHECKING:
    from discrep.extract.tallies import Tally
    from discrep.text.numbers import NumberMention

EARLIER = "earlier figure"
PROJECTED = "projection"
# the note of an aside's claim: listed, with no as-of day, so never compared
ASIDE_NOTES = {EARLIER: "earlier figure: not compared", PROJECTED: "projection or plan: not compared"}
ON_BOARD = "on_board"  # people on board: a count only when nothing befell them in the clause (tallies.py)
EARLIER_NOTE = ASIDE_NOTES[EARLIER]

# the source's belief or a possibility, not a count it made: "are believed dead", "might have lost
# their lives", "is estimated to be in the hundreds", "could be hundreds of fatalities"
_GUESS = re.compile(
    r"\b(?:believed|thought|presumed|might|may|could|would|likely|possibly|probably|perhaps|"
    r"estimated\s+to\s+(?:be|have|reach|number|exceed|top)|(?:is|are|was|were)\s+expected)\b",
    re.IGNORECASE,
)


def guessed(sentence: str, mention: NumberMention, start: int, end: int) -> bool:
    """Whether the figure, in its clause from `start` to `end`, guesses a final toll: an upper bound
    ("as many as", "up to"), a range ("between 18,000 and 20,000 ... could have been killed") or a
    vague plural ("in the hundreds"), told as a belief or a possibility."""
    if mention.qualifier not in ("at_most", "range") and not vague(mention):
        return False
    return _GUESS.search(sentence, start, end) is not None


def earlier_of(
    sentence: str, tallies: list[Tally], replaced: list[NumberMention], bracketed: list[NumberMention]
) -> list[Tally]:
    """The tallies with the earlier figures of the sentence added, each with the metric and subject
    of the count it was the earlier value of: the figure before "down from 153,000" or after "from
    99 to 156"; the figure a bracket follows ("1,081 killed (1,035)")."""
    if not tallies or not (replaced or bracketed):
        return tallies
    added: list[Tally] = []
    for mention in replaced:
        if TO_NEW.match(sentence, mention.end):  # "from 99 to 156": the next figure's earlier value
            of = next((t for t in tallies if t.mention.start >= mention.end), None)
        else:  # "105,000, down from 153,000"
            of = next((t for t in reversed(tallies) if t.mention.end <= mention.start), None)
        if of is not None and of.aside is None:
            added.append(_earlier(of, mention))
    for mention in bracketed:
        of = next((t for t in reversed(tallies) if t.mention.end <= mention.start), None)
        if of is not None and of.aside is None:
            added.append(_earlier(of, mention))
    if not added:
        return tallies
    return sorted([*tallies, *added], key=lambda t: t.mention.start)


def _earlier(of: Tally, mention: NumberMention) -> Tally:
    return replace(of, mention=mention, part=False, daily=False, aside=EARLIER)


# "adjusted the number of deaths down to at least 97", "the toll was revised downward to at least 78"
# "later retracted and said over 2,000 received injuries": a retracted count's replacement, below it
_DOWN_TO = re.compile(
    r"\b(?:down|downward|downwards|lowered|reduced|cut|revised\s+down(?:ward)?)\s+to\s+$|"
    r"\b(?:retract(?:ed|ing|s)?|withdr(?:ew|awn|awing)|correct(?:ed|ing))\b(?:\s+[\w'’]+){0,4}?\s+"
    r"(?:to|saying|said(?:\s+that)?)\s+$",
    re.IGNORECASE,
)


def revised_down(sentence: str, tallies: list[Tally]) -> list[Tally]:
    """The tallies, with a floor a count was revised down to read as the count: "down to at least 97"
    says the count is now 97, below what was said before, not that it may be anything above 97 (the
    "at least" is the source's usual hedge), so a check can see the fall the source reports."""
    out = []
    for t in tallies:
        m = t.mention
        if m.qualifier == "at_least" and m.low is not None and _DOWN_TO.search(sentence, 0, m.start):
            m = replace(m, value=m.low, high=m.low, qualifier="exact")
            t = replace(t, mention=m)
        out.append(t)
    return out
