"""When a figure is for, and whether it is a running total or a one-day count.

The as-of date of a figure is, in order:
1. a date in the same sentence that is not the start of a period ("announced Wednesday that ..."),
   where "since the military action began on Thursday" or "since ... invaded last Thursday" only
   mark the figure as cumulative, and "Saturday's shooting", "the quake that struck on Monday" or
   "the accident Friday night killed 261" only name the incident (its toll is counted later);
2. "earlier in the day", "on the same day", "later that day": the date of the sentence before;
3. the last date on which the same claimant was said to speak in this article ("Konashenkov told a
   briefing on Tuesday ... According to Konashenkov, 1,325 ..." is Tuesday's figure);
4. the article's publication date.
Without a publication date, relative dates cannot be resolved and as_of stays empty.

Period: "in the past 24 hours", "overnight", "on Monday alone" mark a daily figure, unless they
only describe the day's change beside a total ("reached 2,503, an increase of 345 in a single day");
"since ...",
"so far", "in total", "to date", "in the course of" a cumulative one; otherwise it is unknown and
the metric's rule decides.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from discrep.model import Period
from discrep.text.caseless import Caseless
from discrep.text.dateline import dateline_end

if TYPE_CHECKING:  # the date grammar is heavy: tallies import this module, and a cached run reads no dates
    from collections.abc import Sequence

    from discrep.extract.tallies import Tally
    from discrep.text.dates import DateMention

_EARLIER_FIGURE = (
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?(?:\d[\d,.]*(?:\s+(?:million|thousand|hundred))?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+(?:dozen|hundred))"
)
# "since the invasion began on Thursday", "from February 24", "between July 7 and": when counting
# began. Also a day that belongs to an earlier figure: "down from 70 on Monday". Not "the toll
# from the landslides rose to 47 on Tuesday", where "from" names the cause, nor a day across a
# comma ("Since the war began, the toll rose to 47 on Tuesday").
_PERIOD_START = re.compile(
    r"(?:\b(?:since|began|begun|started|start of|beginning of|launched|invaded|invasion)\b[^.;:,]{0,50}|"
    r"\bfrom\s+(?:(?:the\s+)?(?:start|beginning|night|morning|evening|dawn)\s+of\s+)?|\bbetween\s+|"
    r"\bfrom\s+" + _EARLIER_FIGURE + r"(?:\s+[\w-]+){0,2}?\s+(?:on|at|in)\s+)$",
    re.IGNORECASE,
)
# asked of every sentence: searched in the lowercased text, which is faster (see Caseless), and
# only where the word "day" is, as it is in every match (744 of c1k's 47k sentences match)
_SAME_DAY = Caseless(
    r"\b(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day\b|\b(?:on\s+)?the\s+same\s+day\b|\bthat\s+same\s+day\b",
    word="day",
)
_DAILY = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four)\s+hours\b|"
    r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+day\b|\bovernight\b|\b\w+day\s+alone\b|"
    # "lost 150 tanks in the past week alone": a span's own count, as a day's is, not the running total
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:week|month|fortnight|"
    r"(?:\w+\s+)?(?:days|weeks|hours))\s+alone\b|\b(?:this|last)\s+(?:week|month)\s+alone\b|"
    # "daily", not a name: "(Sahel Daily)", "the Daily Telegraph reported", "China Daily said"
    r"\bper\s+day\b|(?-i:\bdaily\b|^Daily\b(?!\s+[A-Z]))|\bin\s+a\s+single\s+day\b|"
    r"\bcompared\s+(?:with|to)\s+the\s+(?:previous|prior)\s+day\b|"
    # "the most were held on the first day, when police detained 1,383": that day's count ("on the
    # fifth day of the invasion, losses exceed 5,000" dates a running total)
    r"\bon\s+the\s+(?:first|opening)\s+day\b(?!\s+of\b)|"
    r"\b(?:a|each|every)\s+day\b(?!\s+(?:later|earlier|after|before|ago|or|and|of|when))",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(
    r"\bsince\b|\bso\s+far\b|\bin\s+total\b|\bto\s+date\b|\bin\s+all\b|\bin\s+the\s+course\s+of\b|"
    r"\btotal(?:led|ed|ling|ing)?\b|\boverall\b|\baltogether\b|\bcumulative\b|\bthus\s+far\b|\bup\s+to\s+now\b",
    re.IGNORECASE,
)


# the day's change beside a running total: "reached 2,503, an increase of 345 in a single day",
# "rose by 368 to 1,809, the largest daily increase": the total is not a daily figure
_DAILY_CHANGE = re.compile(
    r"\b(?:increase|rise|jump|gain|climb|drop|fall)s?\s+of\s+[\d,.]+(?:\s+[\w-]+){0,3}?\s+"
    r"(?:in\s+a\s+single\s+day|overnight|in\s+(?:the\s+)?(?:past|last)\s+(?:24|twenty-four)\s+hours)|"
    r"\b(?:daily|single-day|one-day)\s+(?:increase|rise|jump|gain|climb|drop|fall|record)s?\b|"
    r"\b(?:rose|risen|increased|climbed|jumped|grew|fell|dropped)\s+by\s+[\d,.]+\s+"
    r"(?:in\s+a\s+single\s+day|overnight|in\s+(?:the\s+)?(?:past|last)\s+(?:24|twenty-four)\s+hours)|"
    # "killed 10 as it tore across Florida overnight": when a storm passed, not a day's new count
    r"\b(?:tore|swept|ripped|barrell?ed|roared|churned|raged|plowed|ploughed|moved|passed)\s+"
    r"(?:across|through|over|into)\b[^,;.]{0,60}?\bovernight\b",
    re.IGNORECASE,
)


def daily_marker(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] (one figure's words) marks a daily figure."""
    if not _DAILY.search(sentence, start, end):
        return False
    return bool(_DAILY.search(_DAILY_CHANGE.sub(" ", sentence[start:end])))


# a part's own words, to the end of its clause: "959 have surrendered since Monday, including 694 in
# the past 24 hours" (the daily words are the part's, though no tally was made of it)
_PART_CLAUSE = re.compile(
    r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+[^,;:]*\d[^,;:]*", re.IGNORECASE
)


# "the death toll rose to 40 overnight": the daily words say when the running total rose, and the
# figure is the total ("rose by 12 overnight to 312" is a change, read by _DAILY_CHANGE)
_TOLL_RISE = (
    r"\b(?:toll|death\s+count|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|victims|fatalities))\b"
    r"[^.;]{0,80}?\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|reached|reaches|hit|stood|stands|"
    r"surpassed|passed|topped|exceeded)\s+(?:to|at)\s+"
)
_TOLL_TO = re.compile(
    _TOLL_RISE + r"(?:(?:about|around|nearly|almost|some|more\s+than|over|at\s+least)\s+)?\d", re.I
)
_TOLL_TO_HERE = re.compile(_TOLL_RISE + r"$", re.IGNORECASE)


def toll_rose_to(sentence: str, start: int) -> bool:
    """Whether the figure at `start` is what a toll rose to ("the death toll rose to 40 overnight"):
    a running total, whatever daily words follow it."""
    return _TOLL_TO_HERE.search(sentence, max(0, start - 120), start) is not None


def period_of(sentence: str, others_daily: bool = False) -> Period:
    """The period of a figure in `sentence`. `others_daily`: the sentence's daily words belong to
    another figure's own phrase ("1.33 million arrived, including 142,000 on Tuesday alone")."""
    if (
        not others_daily
        and _DAILY.search(sentence)
        and _DAILY.search(_DAILY_CHANGE.sub(" ", _PART_CLAUSE.sub(" ", sentence)))
        and not _TOLL_TO.search(sentence)
    ):
        return "daily"
    if _CUMULATIVE.search(sentence):
        return "cumulative"
    return "unknown"


def is_period_start(sentence: str, mention: DateMention) -> bool:
    """True when the date marks when counting began, not the day the figure is for; but "has not
    updated its figure since March 2, when it said 498 had died" dates the 498."""
    if _THEN_WHEN.match(sentence, mention.end):
        return False
    return bool(_PERIOD_START.search(sentence[max(0, mention.start - 60) : mention.start]))


# "..., when it said", "..., when the toll stood at": the day a figure was told (not "when the war began")
_THEN_WHEN = re.compile(
    r",?\s+when\s+(?:[\w'’-]+\s+){0,4}?(?:said|reported|announced|confirmed|put|gave|counted|stood)\b"
)


def refers_to_same_day(sentence: str) -> bool:
    return bool(_SAME_DAY.search(sentence))


# "Saturday's shooting", "Saturday's Russian shelling": the day names the incident
_POSSESSIVE = re.compile(r"['’]s?\s+(?:[A-Z][a-z]+\s+)?[a-z]")


# the incident's own verb before the date: "the earthquake that struck Sichuan on Monday"
_STRUCK_ON = re.compile(
    r"\b(?:struck|hit|jolted|rocked|shook|erupted|occurred|happened|broke\s+out|made\s+landfall|collapsed|"
    r"capsized|sank|crashed|exploded|derailed|began|started)\b[^,;.]{0,50}?\s(?:on|early\s+on|late\s+on|last|"
    # "jolted Nepal in the late hours of Friday", "late on Friday"
    r"in\s+the\s+(?:late|early|small|wee)\s+hours\s+of|late|early)\s+$",
    re.IGNORECASE,
)


# the incident's own noun before the date, in the same clause: "the accident Friday night killed
# 261", "the attack on Friday (March 22) night", "the crash that killed more than 200 people in
# Balasore on Friday evening": the day the crash happened, while its toll is counted until the
# story is filed. Not where a count moves or is told in between: "the toll from the earthquake
# rose to 2,000 on Monday" is Monday's count
_INCIDENT_ON = re.compile(
    r"\b(?:accident|crash|collision|derailment|disaster|tragedy|earthquake|quake|attack|shooting|"
    r"bombing|blast|explosion|stampede|cyclone|hurricane|typhoon|landslide|mishap|collapse|sinking|"
    r"shipwreck|mudslide|flood|wildfire)s?\b(?P<gap>[^,;.]{0,90}?)\s(?:on\s+|early\s+|late\s+|last\s+)?\(?$",
    re.IGNORECASE,
)
_COUNT_MOVES = re.compile(
    r"\b(?:rose|risen|rises|rising|climb\w*|reach\w*|stood|stands|jump\w*|increas\w*|surpass\w*|"
    r"pass\w*|topp\w*|said|says|report\w*|announc\w*|confirm\w*|put|updat\w*|revis\w*|toll|figure)\b",
    re.IGNORECASE,
)


# the date set before the incident's noun: "the June 24 partial collapse", "the July 30 landslides"
_DAY_OF_INCIDENT = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:accident|crash|collision|derailment|disaster|tragedy|earthquake|quake|attack|"
    r"shooting|bombing|blast|explosion|stampede|landslide|mudslide|flood|collapse|implosion|sinking|"
    r"shipwreck|fire|wildfire)s?\b"
)


def names_an_event(sentence: str, mention: DateMention) -> bool:
    """True for a date that names the incident ("Saturday's shooting", "Sunday's ferry disaster",
    "the quake that struck Sichuan on Monday", "the accident Friday night killed 261"), not the day
    a figure is for."""
    if _POSSESSIVE.match(sentence, mention.end) or _DAY_OF_INCIDENT.match(sentence, mention.end):
        return True
    window = max(0, mention.start - 120)
    if _STRUCK_ON.search(sentence, max(0, mention.start - 80), mention.start):
        return True
    incident = _INCIDENT_ON.search(sentence, window, mention.start)
    return incident is not None and not _COUNT_MOVES.search(incident.group("gap"))


# the day of an earlier report, told in brackets beside the figure it gave
_EARLIER_UPDATE = re.compile(
    r"\((?:[^()]*\b(?:previous|earlier|last|prior)\s+(?:update|report|statement|bulletin|tally|count))"
    r"[^()]*$",
    re.IGNORECASE,
)


# "38 treated, up from the 24 reported on Thursday", "rose from 190 on Monday to 225": the day of
# the figure it moved from (a "to" between ends that figure: "rose from 24 to 38 on Friday")
_FROM_EARLIER_FIGURE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|risen|fallen|climbed|dropped|increased|decreased)\s+from\s+"
    r"(?:(?!to\b)[\w,.%]+\s+){1,6}?(?:on\s+|as\s+of\s+|by\s+)?$",
    re.IGNORECASE,
)


def statement_date(
    sentence: str, mentions: list[DateMention], published: dt.date | None = None
) -> dt.date | None:
    """The date a sentence's statement is for: its first date that is not a period start, nor the
    name of the incident ("Nine people died in Saturday's shooting, officials said on Sunday"), nor
    after `published` ("are to meet on Tuesday to free 50 hostages, an official said on Monday": a
    figure is never as of a day still to come)."""
    # "NAIROBI, April 2 (Reuters) - A convoy ... arrived on Friday": the dateline is when the story
    # was filed; a day the sentence itself gives comes first
    filed = dateline_end(sentence)
    ordered = [m for m in mentions if m.start >= filed] + [m for m in mentions if m.start < filed]
    for mention in ordered:
        if published is not None and mention.date > published:
            continue
        if _ROLLING.fullmatch(sentence, mention.start, mention.end):
            continue  # "over the past day": the span of a daily figure, which is for the report's day
        if _EARLIER_UPDATE.search(sentence, max(0, mention.start - 60), mention.start):
            continue  # "risen from 190 (as reported in our previous update dated 14th March) to 225"
        if _FROM_EARLIER_FIGURE.search(sentence, max(0, mention.start - 80), mention.start):
            continue  # "up from the 24 reported on Thursday": the earlier figure's day
        if not is_period_start(sentence, mention) and not names_an_event(sentence, mention):
            return mention.date
    return None


_ROLLING = re.compile(r"(?:the\s+)?(?:past|last)\s+(?:day|24\s+hours|twenty-four\s+hours)", re.IGNORECASE)


# "Ukraine says Russia has lost 19,300 troops, while Moscow said on March 25 that ...": a source of
# its own across "while", "whereas" or a semicolon, whose day is not the first figure's
_CONTRAST = re.compile(r"\s(?:while|whereas)\s|;", re.IGNORECASE)


def dated_across_contrast(text: str, position: int, dates: Sequence[DateMention]) -> bool:
    """True when every date of the sentence lies after a contrast ("while", "whereas", ";") that
    follows the figure at `position`: those days are the later statement's. A day said before the
    figure ("The army said on Monday that 300 had died, while 12 were missing") governs both."""
    if not dates or ("while" not in text and "whereas" not in text and ";" not in text):
        return False
    breaks = [b.start() for b in _CONTRAST.finditer(text)]
    return bool(breaks) and all(any(position < b < d.start for b in breaks) for d in dates)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # fmt: skip
_IN_PAST_PERIOD = re.compile(
    r"\b(?:[Ii]n\s+(?:((?:19|20)\d\d)\b|(" + "|".join(_MONTH_NAMES) + r")\b(?!\s+\d))|"
    r"[Ss]ince\s+((?:19|20)\d\d),?\s+when\b)"  # "since 2013, when 196 people died": then, not now
)


_COUNTING_SINCE = re.compile(
    r"\b(?:since|began|begun|started|start|beginning|launched|invaded|invasion|broke\s+out|erupted)\b[^.;:]*$",
    re.IGNORECASE,
)


def of_a_past_period(text: str, start: int, end: int, published: dt.date | None) -> bool:
    """A figure for a year or a month before the article's: "a fire at another port killed two workers
    in 2015", "in January, five people were killed at a bar" (in a report from May)."""
    if published is None or (
        "in " not in text[start:end].lower() and "since " not in text[start:end].lower()
    ):
        return False
    for found in _IN_PAST_PERIOD.finditer(text, start, end):
        if not found.group(3) and _COUNTING_SINCE.search(text, max(0, found.start() - 50), found.start()):
            continue  # "since Russia invaded in February": when counting began
        if found.group(1) and int(found.group(1)) < published.year:
            return True
        if found.group(3) and int(found.group(3)) < published.year:
            return True
        if found.group(2) and _MONTH_NAMES.index(found.group(2)) + 1 < published.month:
            return True
    return False


# "killed eight civilians and injured 23 over the past day": two counts of one span, joined by a
# plain "and" (no comma: "312 dead, with 12 in the past 24 hours" is a total and the day's part)
_PLAIN_AND = re.compile(r"[^,;:()]*\band\b[^,;:()]*")
_SPAN = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four)\s+hours\b|"
    r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+day\b",
    re.IGNORECASE,
)


def shared_daily(sentence: str, tallies: list[Tally]) -> list[Tally]:
    """The tallies, with a count joined by "and" to a daily one whose span follows it ("killed eight
    and injured 23 over the past day") or opens the sentence before it ("Over the past day, 24 died
    and 115 were injured") daily too; a part ("including 142,000 on Tuesday alone") hands nothing
    on, nor does the span hand on past a comma ("..., bringing the total to 1,314")."""
    from dataclasses import replace

    out = list(tallies)
    for index in range(len(out) - 1, 0, -1):
        later, earlier = out[index], out[index - 1]
        if (
            later.daily
            and not later.part
            and not earlier.daily
            and _SPAN.search(sentence, later.mention.end)
            and _PLAIN_AND.fullmatch(sentence, earlier.mention.end, later.mention.start)
        ):
            out[index - 1] = replace(earlier, daily=True)
    opening = _SPAN.search(sentence, 0, out[0].mention.start) if out else None
    if (
        opening is not None
        and not _CUMULATIVE.search(sentence, opening.end(), out[0].mention.start)
        and not toll_rose_to(sentence, out[0].mention.start)
    ):
        # the span opens the sentence: it is the first figure's and the counts "and" joins to it
        # ("Over the past day, 24 died and 115 were injured"), not a total after a comma
        for index in range(1, len(out)):
            earlier, later = out[index - 1], out[index]
            if later.part or not _PLAIN_AND.fullmatch(sentence, earlier.mention.end, later.mention.start):
                break
            out[index - 1] = replace(earlier, daily=True)
            out[index] = replace(later, daily=True)
    return out


# "121 people were killed in a stampede here on Tuesday": the day tells when they died
_DIED_ON = re.compile(
    r"[^;.]{0,160}?\b(?:killed|died|dead|perished|drowned|suffocated|crushed|trampled|injured|wounded|hurt)\b"
    r"[^;.]{0,120}?\b(?:on|early|late|last)\s+$",
    re.IGNORECASE,
)
_STRUCK_BEFORE_DAY = re.compile(
    r"\b(?:that|which|when|after)\s+(?:[\w'’-]+\s+){0,6}?(?:struck|hit|rocked|shook|jolted|began|started|"
    r"happened|occurred|erupted|swept|tore|devastated|ravaged|collapsed|capsized|sank|crashed)\b[^;.]{0,60}?"
    r"\b(?:on|early|late|last)\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$",
    re.IGNORECASE,
)
_SAYING = re.compile(
    r"\b(?:said|says|say|reported|reports|told|confirmed|announced|according)\b", re.IGNORECASE
)


_EVENT_CLAUSE = re.compile(r"\b(?:when|after|as)\s", re.IGNORECASE)  # "killed when police fired ..."
_SAID_DAY_GAP = 30  # "said early on Saturday", "reported late on Friday": the saying's own day


def event_day_only(
    text: str, end: int, dates: list[DateMention], published: dt.date | None, as_of: dt.date | None
) -> bool:
    """Whether a toll's only day is the day the deaths happened ("121 people were killed in a
    stampede on Tuesday" in Wednesday's paper), no one saying it on a day: the count is the one known
    when the article was published, not one of the day of the deaths."""
    if published is None or as_of is None or as_of >= published:
        return False
    day = next((d for d in dates if d.date == as_of), None)
    if day is None:
        return False
    # "officials said on Saturday": the day someone told it (the saying's day is the count's); but
    # "... killed when police fired tear gas late on Saturday, officials said" is the deaths' day
    sayings = list(_SAYING.finditer(text))
    if any(0 <= day.start - said.end() <= _SAID_DAY_GAP for said in sayings):
        return False
    if sayings and not _EVENT_CLAUSE.search(text, end, day.start):
        return False  # "Five people died on Sunday, according to Dr. Smith": Sunday's count
    if day.start >= end and _DIED_ON.fullmatch(text, end, day.start) is not None:
        return True
    # "the earthquake that rocked Turkey and Syria on the night of February 6 ... have risen to 50,000"
    return _STRUCK_BEFORE_DAY.search(text, max(0, day.start - 120), day.start) is not None


# a toll's level told with its own day: "stood at 35 on Monday", "rose to 42 on Tuesday"
_LEVEL_BEFORE = re.compile(
    r"\b(?:stood|stands|stand|rose|risen|climbed|jumped|increased|reached|hit|was|were|is|had\s+been)\s+"
    r"(?:at|to)?\s*$",
    re.IGNORECASE,
)
_ON_DAY = re.compile(r"\s*(?:on|by|as\s+of)?\s*", re.IGNORECASE)


def level_day(text: str, start: int, end: int, dates: Sequence[DateMention]) -> dt.date | None:
    """The day a toll's level is told for, right after the figure, in a sentence that tells it on
    several days: "The toll stood at 35 on Monday and rose to 42 on Tuesday" (42 is Tuesday's).
    None when the sentence has one day only (the statement's day then dates every figure)."""
    if len({d.date for d in dates}) < 2 or not _LEVEL_BEFORE.search(text, max(0, start - 24), start):
        return None
    day = next((d for d in dates if d.start >= end), None)
    if day is None or _ON_DAY.fullmatch(text, end, day.start) is None:
        return None
    return day.date
