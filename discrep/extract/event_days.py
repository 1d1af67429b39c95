"""Which dates of an event sentence are the event's own day (events.py asks, per sentence).

A date is kept when the nearest verb is the event's own (take place, held, met, begin, host, or a
kind's name, whose positions the caller passes), never the date of a statement or a stance ("said
yesterday"; "the minister on May 4 cast doubt on talks in Rome", "dismissed", "proposed"; "on
Sunday, officials said" is the event's, "On July 23, the State Department invited ... to talks set
for August 14" is not), an arrival for it ("landed on Monday for a meeting"), the start of the war
("since Russia invaded last Thursday") or of any span ("since ..."), a date someone asks for
("called for the runoff to be postponed to June 4"), the day of something done before it ("confer on
Aug. 13 to coordinate before the summit") or of what it followed ("followed the 9 October signing",
or, past the event's own day, "following Sunday's round in Oslo"), a press conference's or a call's
day ("during a phone conversation with the envoy last Monday"; "in a call on Friday, June 7" names
one day twice), another act's day set before its noun ("an August 6 visit"), how things stood ("as
of Friday evening"), a holy month, or a day counted off the event's ("three days before Saturday's
summit") or off another day ("the second round in Rome a week later"). A two-day event ("on Monday
and Tuesday") starts on its first day; days given as options ("14 or 15 August") are both kept; the
day it was moved to ("postponed until June 20", "pushed back from June 5 to June 12") is kept. A day
told between a subject and its past verb is the day it acted ("the army on Thursday pre-empted a
topic of the talks"), unless what it did is the event ("on Monday wrapped up talks"); a trip's day
("travelled to Jeddah, Saudi Arabia, on Friday to consult") is the trip's. But in a sentence that
opens on an event's end, the day the end was told on ("the consultations concluded without
agreement, the head said on Sunday") is its end's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from discrep.text.dateline import dateline_end
from discrep.text.dates import DateMention

EVENT_VERBS = re.compile(
    r"\b(?:take\s+place|took\s+place|takes\s+place|held|hold|holds|be\s+held|met|meet|meets|meeting|meetings|begin|"
    r"began|begun|start|started|opened|open|resume|resumed|convene|convened|concluded|ended|end|go\s+ahead|"
    r"begins|starts|opens|resumes|reconvene|reconvenes|reconvened|kicks?\s+off|kicked\s+off|"
    r"host|hosts|hosted|hosting|gather|gathered|"
    r"talks|negotiations|round|session|sat\s+down|sit\s+down|(?:same|negotiating)\s+table)\b",
    re.IGNORECASE,
)
OTHER_VERBS = re.compile(
    r"\b(?:said|says|told|reported|reports|announced|confirmed|wrote|stated|added|noted|arrived|arrive|"
    r"arrives|reached|reach|get\s+there|travel|departed|left|invaded|launched|accepted|called|urged|"
    r"discussed|spoke|admitted|"
    # how a statement was made: "early on Tuesday, Iran insisted", "On July 23, the State Department
    # invited both sides to negotiations set to begin on August 14"
    r"insisted|insists|complained|complains|signal(?:l)?ed|quoted|quoting|warned|stressed|claimed|revealed|"
    r"hinted|invited|emphasi[sz]ed|indicated|tweeted|posted|"
    # "On August 9, the leaders published a statement urging both sides to resume talks": its day
    r"published|issued|urging|"
    # a stance taken on a day: "the minister on Saturday dismissed the idea of talks in Rome"
    r"cast\s+doubts?|dismissed|dismisses|rejected|rejects|questioned|commented|critici[sz]ed|welcomed|"
    r"ruled\s+out|played\s+down|downplayed|reiterated|voiced|expressed)\b",
    re.IGNORECASE,
)
# "confirmed earlier on Monday", "said yesterday", "reported Thursday": when it was said, not held
_STATEMENT_DATE = re.compile(
    r"\b(?:said|says|told|telling|tells|reported|reports|announced|confirmed|wrote|stated|added|noted|denied|admitted|"
    r"suggested|insisted|stressed|explained|revealed|indicated|hinted|claimed|argued|warned|reiterated|"
    r"remarked|replied|responded|tweeted|posted)"
    r"\s+(?:\w+\s+){0,2}$"
    # "the round set for Tuesday was cancelled on Monday": the day it was called off ("postponed to
    # Monday" is the new day)
    r"|\b(?:cancell?ed|called\s+off|postponed|delayed|suspended|scrapped)\s+(?:late\s+|early\s+)?on\s+$"
    # "said on social media on Friday", "wrote in a post on Friday": where it was said, then when
    r"|\b(?:said|says|wrote|posted|announced|told\s+\w+)\s+(?:in|on|at|via|during|through)\s+"
    r"(?:(?!talks|negotiations|meeting|summit|round|session)[\w-]+\s+){1,4}?on\s+$",
    re.IGNORECASE,
)
# the day someone spoke or took a stance, told right before the verb: "the minister on May 4 cast
# doubt on talks in Rome", "Moscow on Friday proposed talks": the talks are not said to be that day
# (no comma: "talks resume on Sunday, said an official" is the talks' day, told by whom)
_STANCE_ON_DAY = re.compile(
    r"\s+(?:also\s+|again\s+|publicly\s+|formally\s+)?(?:said|says|told|cast\s+doubts?|casts\s+doubts?|dismissed|"
    r"dismisses|rejected|rejects|proposed|proposes|suggested|suggests|offered|offers|commented|questioned|"
    r"critici[sz]ed|welcomed|ruled\s+out|denied|announced|confirmed|warned|insisted|urged|called|declared|"
    r"stated|expressed|voiced|signall?ed|hinted|accused|argued|wrote|posted|reiterated|described|"
    r"played\s+down|downplayed)\b",
    re.IGNORECASE,
)
# any other act on a day, told the same way ("the army on Thursday pre-empted ..."): a regular past
# verb right after the day, when what acted is no event ("the talks on Monday focused on ..." are)
_ACT_AFTER = re.compile(r"\s+(?:also\s+|again\s+)?(?P<verb>[a-z]+(?:-[a-z]+)?ed)\b")
_EVENT_SUBJECT = re.compile(
    r"\b(?:talks|negotiations|meetings?|summit|round|session|consultations|delegations?|negotiators|sides)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|began|met|held|hold|meet|said|says|told|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(r"[,;:(\u2013\u2014]")


def _clause_start(text: str, position: int) -> int:
    start = 0
    for m in _CLAUSE_MARK.finditer(text, 0, position):
        start = m.end()
    return start


# "Sudan's consultations with the US concluded without agreement, ..., the head of its delegation
# said on Sunday": a sentence that opens on an event's end and whose only day is the one its end was
# told on dates the end by it (the clause of the end: no comma before the verb)
_END_VERB = r"(?:concluded|ended|wrapped\s+up|broke\s+up)"
_ENDED = re.compile(r"^[^,;]{0,100}?\b(?P<verb>" + _END_VERB + r")\b", re.IGNORECASE)
_SAID_TAIL = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,8}?(?:said|told\s+[\w-]+|announced)\s+(?:on\s+)?$", re.IGNORECASE
)


# "two days of talks in Doha ended on Friday", "the talks concluded without a deal on Friday": the
# day the talks ended on, which need not be the day they opened (talks may run for days)
_ENDED_ON = re.compile(
    r"\b" + _END_VERB + r"(?:\s+(?:without|with)\s+(?:an?\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:deal|breakthrough|agreement|accord|results?|progress))?\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def ended_on(text: str, start: int) -> bool:
    """Whether the day at `start` is the one an event is told to have ended on."""
    return _ENDED_ON.search(text, max(0, start - 90), start) is not None


def ended_when_said(text: str, start: int) -> int | None:
    """Where the end verb is, when the day at `start` is the one its end was told on."""
    if not _SAID_TAIL.search(text, max(0, start - 90), start):
        return None
    ended = _ENDED.search(text, 0, start)
    return ended.start("verb") if ended else None


_EVENT_OBJECT = re.compile(
    r"(?:\s+(?:up|off|out))?\s+(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations|meetings?|round|session|summit|"
    r"consultations|conference)\b",
    re.IGNORECASE,
)


def _acted_on_day(text: str, d: DateMention, kinds: Sequence[float]) -> bool:
    act = _ACT_AFTER.match(text, d.end)
    return (
        act is not None
        and not EVENT_VERBS.fullmatch(act.group("verb"))
        # the day sits between the subject and its verb: nothing before it in the clause is a verb
        # ("began talks in Riyadh on Monday aimed at ..." is the talks' day)
        and not _VERB_BEFORE.search(text, _clause_start(text, d.start), d.start)
        and not _EVENT_SUBJECT.search(text, max(0, d.start - 40), d.start)
        # what it did is the event: "launched talks", "wrapped up negotiations", "signed the deal"
        and not _EVENT_OBJECT.match(text, act.end())
        and not any(act.start() <= k <= act.end() + 30 for k in kinds)
    )


_REPORT_TAIL = re.compile(r"[^,;.]*,\s+(?:[\w'’.-]+\s+){0,5}$")
# a date someone asks for is not a date the event has: "called for the runoff to be postponed to June 4"
_DEMAND = re.compile(
    r"\b(?:called\s+for|calls\s+for|calling\s+for|demanded|demands|demanding|urged|urges|urging|"
    # "the proposed negotiations are set for 3 May": the talks' own day
    r"proposed(?!\s+(?:talks|meeting|round|summit|negotiations)\b)|"
    r"proposes|(?:proposal|offer)s?\s+(?:for|of|to)|asked\s+for|pushed\s+for|sought|seeks)\b[^.;,]{0,60}$",
    re.IGNORECASE,
)
# what began on a day that is not the event: the war, an invasion, an offensive
_WAR_BEGAN = re.compile(
    r"\b(?:operation|war|invasion|offensive|attack|attacks|conflict|hostilities|fighting|aggression|"
    r"campaign|strikes|bombardment|siege|incursion|assault)\s+(?:[\w-]+\s+){0,2}?(?:began|begun|started|"
    r"erupted|broke\s+out|was\s+launched|were\s+launched|launched)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# a date of something done to prepare an event: "will confer with European leaders on Aug. 13 to
# coordinate positions before the summit" (unless an event word comes before the date)
_BEFORE_EVENT = re.compile(
    r"[^.;:]{0,60}?\b(?:before|ahead\s+of|in\s+preparation\s+for|to\s+prepare\s+for)\s+(?:the|a|this|their|next)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting|negotiations|round|session|conference)\b",
    re.IGNORECASE,
)
# "since the beginning of their invasion more than a month ago", "the first talks since March 7":
# the start of a span, or an earlier event's day
_SINCE = re.compile(r"\bsince\b[^,;]{0,140}$", re.IGNORECASE)
_AFTER_DAY = re.compile(r"\b(?:followed|follows|following|after)\s+(?:the\s+|a\s+|last\s+)?$", re.IGNORECASE)
# an arrival for the event: "touched down in Saudi Arabia on Monday for a meeting with the prince"
_ARRIVED = re.compile(
    # a place told with its country between ("travelled to Jeddah, Saudi Arabia, on Friday to consult")
    r"\b(?:arrived|arrives|arrive|landed|lands|touched\s+down|flew|travel(?:l)?ed|headed|left\s+for|departed\s+for)\b"
    r"(?:[^,;]|,\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+on\b)|,(?=\s+on\b)){0,50}$",
    re.IGNORECASE,
)
# what the trip is for: "for the talks", "to consult with the US on its invitation to the talks"
_FOR_EVENT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:for\s+(?:a|an|the|talks|negotiations)\b|(?:ahead\s+of|before)\s+|"
    r"to\s+(?:consult|attend|join|take\s+part|participate|prepare|coordinate)\b)",
    re.IGNORECASE,
)
# "during a phone conversation with the envoy last Monday": the call's day, not the talks'
_CALL = re.compile(
    r"\b(?:phone|telephone)\s+(?:call|conversation|talks?)\b(?:[^,;.]|(?<=\b[A-Z])\.){0,80}$", re.IGNORECASE
)
_SAID_AT_DAY = re.compile(
    r"\b(?:briefing|press\s+conference|news\s+conference|interview|speech|statement|(?:phone|telephone)?\s*call)"
    r"\s+(?:held\s+|given\s+)?"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_OFFSET_OF_EVENT = re.compile(r"\S+\s+(?:days?|weeks?)\s+(?:before|after)\s+\S+", re.IGNORECASE)
# a day, then how long after or before it the event was: "on Saturday, less than 24 hours after
# the deal was signed" (the day is the act's the sentence tells, not the event's; "on Friday, a day
# after they met" may be the talks' own next sitting)
_OFFSET_AFTER_DAY = re.compile(
    r",?\s+(?:(?:less|more)\s+than\s+|just\s+|only\s+|barely\s+|some\s+|about\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:hours?|days?|weeks?)\s+(?:after|before)\s+"
    r"(?:the|a|an|its|their)\b",
    re.IGNORECASE,
)
_DAY_OF_EVENT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:summit|talks|meeting|negotiations|round|session|conference)\b"
)
# what the talks led to, and its day: "one outcome of the talks was a prisoner exchange ... beginning
# May 23", "a ceasefire that took effect on Sunday": not the talks' day
_CONSEQUENCE = re.compile(
    r"\b(?:(?:outcome|result)s?\s+of\s+the\s+(?:talks|negotiations|meeting|summit)|"
    r"(?:prisoner|POW)\s+(?:exchange|swap)s?|exchange\s+of\s+prisoners|ceasefire\s+(?:that|which|will|would)"
    r"|truce\s+(?:that|which|will|would))\b[^;.]{0,120}$",
    re.IGNORECASE,
)
_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|until|till)\s+$", re.IGNORECASE)
# an embedded post's signature: "-- Donald J. Trump (@realDonaldTrump) May 10, 2018"
_POSTED_BY = re.compile(r"\(@\w+\)\s*$")
# the day of another act, set before its noun: "an August 6 visit by the envoy to Moscow", "Friday's
# phone call", "the May 10 tweet announcing the summit"
_OTHER_ACT = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stopover|(?:phone\s+|telephone\s+)?call|tweet|post|"
    r"announcement|statement|interview|speech|rally|briefing|(?:press|news)\s+conference|election|vote|"
    r"referendum|letter|signing|parade|ceremony)s?\b",
    re.IGNORECASE,
)
# the day an event was moved to: "postponed until June 20", "pushed back from June 5 to June 12",
# "moved forward a day, to Tuesday", "rescheduled for Thursday" (the day it was moved from is a
# plan given up: event_telling._FORMER_PLAN)
RESCHEDULED_TO = re.compile(
    r"\b(?:re-?scheduled|postponed|delayed|deferred|pushed\s+back|put\s+(?:off|back)|brought\s+forward|"
    r"pulled\s+forward|moved|shifted)\b[^.;:]{0,30}?,?\s+(?:to|until|till|for)\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_SEASON = re.compile(r"\bmonth\s+of\s+$", re.IGNORECASE)
_SPAN_JOIN = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*(?:on\s+)?", re.IGNORECASE)


def event_days(text: str, dates: Sequence[DateMention], kinds: Sequence[float]) -> list[DateMention]:
    """The dates of `text` that are the event's own day; `kinds` are the centres of the kinds of
    event the sentence names ("a summit ... in Cairo on Thursday")."""
    kept: list[DateMention] = []
    filed = dateline_end(text) if dates else 0
    skipped: DateMention | None = None
    for d in dates:
        if kept and THEN_EARLIER.search(text, kept[-1].end, d.start):
            continue  # "talks in Vienna on May 3, following Sunday's round in Oslo": what came before
        if skipped is not None and _APPOSITION.fullmatch(text, skipped.end, d.start):
            skipped = d
            continue  # "in a call on Friday, June 7": the same day told twice, not the event's
        if not _its_day(text, d, kinds, kept, filed):
            skipped = d
            continue
        kept.append(d)
    return kept


# past the event's own day, a clause of what came before it ("after which" is what came next)
# ("after a pause, resumed on March 3" is the event going on: a verb of its own after the "after")
THEN_EARLIER = re.compile(
    r"\b(?:after|following)\b(?!\s+(?:which|that)\b)"
    r"(?:(?!\b(?:resume[ds]?|held|met|meets?|beg[iau]ns?|start(?:ed|s)?|open(?:ed|s)?|(?:re)?convene[ds]?|"
    r"(?:take|took)\s+place)\b)[^;])*$",
    re.IGNORECASE,
)
# "Monday, August 5", "Thursday (March 3)": one day named twice
_APPOSITION = re.compile(r"\s*[,(]\s*")


def _its_day(text: str, d: DateMention, kinds: Sequence[float], kept: list[DateMention], filed: int) -> bool:
    """Whether `d` is the event's own day (the rest of event_days, one date at a time)."""
    if d.end <= filed:
        return False  # "NEW ORLEANS, Oct 2 (LW) - ": the day the story was filed
    if ended_when_said(text, d.start) is not None:
        return True  # "the consultations concluded without agreement, the head said on Sunday"
    if _STATEMENT_DATE.search(text[max(0, d.start - 40) : d.start]):
        return False
    if _STANCE_ON_DAY.match(text, d.end):
        return False  # "the minister on May 4 cast doubt on ...": the day she spoke
    if _acted_on_day(text, d, kinds):
        return False  # "the army on Thursday pre-empted a topic of the talks": the day it acted
    if _DEMAND.search(text[max(0, d.start - 80) : d.start]):
        return False
    if RESCHEDULED_TO.search(text, max(0, d.start - 60), d.start):
        return True  # "postponed until June 20": the day it now has
    if _WAR_BEGAN.search(text[max(0, d.start - 80) : d.start]):
        return False  # "... met after the offensive began on 2 January"
    if _SAID_AT_DAY.search(text, max(0, d.start - 50), d.start) or _CALL.search(
        text, max(0, d.start - 110), d.start
    ):
        return False  # "told reporters at a news conference on Friday": when it was said
    if _OFFSET_OF_EVENT.fullmatch(d.text) and _DAY_OF_EVENT.match(text, d.end):
        return False  # "two days before Sunday's summit, he said": a day off the event's
    if (
        _OFFSET_AFTER_DAY.match(text, d.end)
        and not EVENT_VERBS.search(text, 0, d.start)
        and not any(k < d.start for k in kinds)
    ):
        # "struck Odesa on Saturday, a day after the deal was signed": the strike's day; but "met on
        # Thursday, a week after Russia launched its invasion" is the talks'
        return False
    if _AFTER_DAY.search(text, max(0, d.start - 20), d.start):
        return False  # "the summit came after the 4 May signing": the day of what came before
    if _SINCE.search(text, max(0, d.start - 150), d.start):
        return False
    if _ARRIVED.search(text, max(0, d.start - 60), d.start) and _FOR_EVENT.match(text, d.end):
        return False  # the day someone arrived for the talks
    if _CONSEQUENCE.search(text, max(0, d.start - 160), d.start):
        return False  # the day of what the talks led to (an exchange, a truce), not theirs
    if _OTHER_ACT.match(text, d.end):
        return False  # "an August 6 visit by the envoy": the visit's day
    if _POSTED_BY.search(text, max(0, d.start - 60), d.start):
        return False  # '... -- Donald J. Trump (@realDonaldTrump) May 10, 2018': the post's day
    if _AS_OF.search(text, max(0, d.start - 10), d.start):
        return False  # "as of Friday evening nobody knew if": how things stood, not the day
    if _SEASON.search(text, max(0, d.start - 30), d.start):
        return False  # "since the start of the holy month of Ramadan": a month, not the talks' day
    if _BEFORE_EVENT.match(text, d.end) and not EVENT_VERBS.search(text, 0, d.start):
        return False  # "on May 2 to align views before the summit": not its day
    if _COUNTED_ON.search(d.text):
        return False  # "the second in Rome a week later": a week after another day, not after today
    if _THAN.match(text, d.end):
        return False  # "a day later than planned", "two days earlier than expected": no day
    if kept and _SPAN_JOIN.fullmatch(text, kept[-1].end, d.start):
        return False  # "on Monday and Tuesday", "from March 28 to 30": the event starts on the first
    event = [abs(_centre(m) - _mid(d)) for m in EVENT_VERBS.finditer(text)]
    event += [abs(k - _mid(d)) for k in kinds]
    # a report's tail after the date ("talks resume on Sunday, officials said") says who, not
    # when; but a sentence that opens on its date tells when it was said ("On July 23, the
    # State Department invited both sides to talks set to open on June 20")
    told_after = any(m.start() < d.start for m in EVENT_VERBS.finditer(text, 0, d.start))
    other = [
        abs(_centre(m) - _mid(d))
        for m in OTHER_VERBS.finditer(text)
        if m.start() < d.start or not (told_after and _REPORT_TAIL.match(text, d.end, m.start()))
    ]
    return bool(event) and (not other or min(event) < min(other))


_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
# a span counted on from some other day ("a week later", "two days earlier"): the date reader counts
# it from the report's day, which is not the day it is counted from
_COUNTED_ON = re.compile(r"\b(?:later|earlier)$", re.IGNORECASE)


def _centre(m: re.Match[str]) -> float:
    return (m.start() + m.end()) / 2


def _mid(d: DateMention) -> float:
    return (d.start + d.end) / 2
