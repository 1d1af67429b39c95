"""Figures of a past disaster an article recalls for comparison: not counts of the event it follows.

Reports of a quake, a crash or a stampede measure it against the last one: "the deadliest since an
earthquake in 1960 that killed more than 12,000 people", "the worst was the 2002 Air China crash,
which killed 129", "In 2013, pilgrims trampled each other and at least 115 were crushed to death".
A figure is another disaster's when a year before the article's
- opens its sentence ("In 2013, ..."; "In 2011 more than 100 died"), or
- names the thing that did the killing, joined to the figure by "that" or "which" ("an earthquake in
  1960 that killed", "the 2002 crash, which killed").
A sentence that goes on about that disaster ("The last quake of that size hit Agadir in 1960. It
killed at least 12,000 people.") opens with "it" or "that" after a sentence that dates it so.
Such a figure is listed as another event's (article.py: PAST_EVENT), never compared.
"Since 1960" alone dates nothing ("the deadliest quake since 1960 has killed 2,900"): the figure is
the event's own. timing.of_a_past_period reads a past year inside the figure's own clause.
"""

from __future__ import annotations

import datetime as dt
import re

from discrep.text.number_context import EVENT_NOUN_AFTER

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

# "In 2013, ...", "In March 2011, ...", "On January 1, 2022, ...", "Back in 2005 ...": the sentence
# is about that year
_OPENS_WITH_YEAR = re.compile(
    r"^\W*(?:back\s+)?(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"((?:1[89]|20)\d\d)\b(?!\s*[-–]\s*\d)",
    re.IGNORECASE,
)

# the year in a noun phrase whose relative clause does the killing, up to the figure: "an earthquake
# in 1960 that killed more than", "the 2002 Air China crash, which killed", "a 2015 flood which left"
_YEAR_THEN_KILLING = re.compile(
    r"\b((?:1[89]|20)\d\d)\b(?:\s+[\w'’-]+){0,4}?\s*,?\s+(?:that|which)\s+(?:had\s+|has\s+)?"
    r"(?:killed|left|claimed|took|caused|cost|drowned|injured|displaced|destroyed)\b"
    r"(?:\s+(?:the\s+lives\s+of|more\s+than|at\s+least|over|about|around|some|nearly|almost|an\s+estimated))*\s*$",
    re.IGNORECASE,
)

# "since 2013, ...", "from 2014 to 2020": when counting began or a span, handled elsewhere
_COUNTING = re.compile(r"\bsince\s+(?:then|that\s+time)\b", re.IGNORECASE)


def of_past_disaster(sentence: str, figure_start: int, published: dt.date | None) -> bool:
    """Whether the figure at `figure_start` counts a disaster of a year before the article's."""
    if published is None or _YEAR.search(sentence, 0, figure_start) is None:
        return False  # no year before the figure: the cheap test most sentences stop at
    opening = _OPENS_WITH_YEAR.match(sentence)
    if opening is not None and int(opening.group(1)) < published.year and not _COUNTING.search(sentence):
        return True
    killing = _YEAR_THEN_KILLING.search(sentence, max(0, figure_start - 120), figure_start)
    return killing is not None and int(killing.group(1)) < published.year


# a past year that dates a disaster: "in 1960", "the 2002 Air China crash", "Agadir in 1960"
_DATED_DISASTER = re.compile(
    r"\b(?:in|of)\s+((?:1[89]|20)\d\d)\b|\b((?:1[89]|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,3}[a-z]+",
)
# "It killed ...", "That quake left ...", "That one claimed ...": the sentence before's subject
_GOES_ON = re.compile(
    r"^\W*(?:it|that(?:\s+(?:one|quake|earthquake|disaster|crash|storm|flood|fire|tragedy))?)\s",
    re.IGNORECASE,
)


def goes_on_about_past_disaster(sentence: str, previous: str, published: dt.date | None) -> bool:
    """Whether the sentence opens with "it" or "that" right after one that dates a past disaster."""
    if published is None or not previous or _GOES_ON.match(sentence) is None:
        return False
    if _YEAR.search(previous) is None:
        return False
    for found in _DATED_DISASTER.finditer(previous):
        year = found.group(1) or found.group(2)
        if int(year) < published.year:
            return True
    return False


# "since the end of the truce on Friday, 240 people have been killed", "since fighting resumed": a
# count of a later stretch of the event, not its running total ("since the war began" is the total)
_SINCE_LATER = re.compile(
    r"\bsince\s+(?:the\s+)?(?:end|collapse|breakdown|expiry|expiration|resumption|renewal|breach)\s+of\b|"
    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:truce|ceasefire|cease-fire|pause|lull)\s+"
    r"(?:ended|collapsed|broke\s+down|expired|was\s+broken|lapsed)\b|"
    r"\bsince\s+(?:the\s+)?(?:fighting|hostilities|strikes|bombing|shelling|war)\s+(?:resumed|restarted)\b",
    re.IGNORECASE,
)


def of_a_later_stretch(sentence: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` count from a point after the event began."""
    return "since" in sentence[start:end].lower() and _SINCE_LATER.search(sentence, start, end) is not None


# "in a 2008 stampede", "the 1999 earthquake": a year before the article's names another event
_PAST_EVENT = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat)\s+((?:19|20)\d\d){EVENT_NOUN_AFTER}")


def names_a_past_event(text: str, start: int, end: int, published: dt.date | None) -> bool:
    """The clause names an event of an earlier year: "in a 2008 stampede", "the 1999 earthquake"."""
    if published is None:
        return False
    return any(int(m.group(1)) < published.year for m in _PAST_EVENT.finditer(text, start, end))
