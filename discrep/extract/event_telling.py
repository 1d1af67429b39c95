"""How a sentence tells of an event: which round, whether it denies it, and how sure it is.

Rounds: an ordinal names the round ("the second round", "for the second time", "round two"); "a
new round", "a fresh round", "another round" say a round is to come (round_of); "the latest round",
"the last round", "the previous round" are the last one held (LATEST), up to the end of their clause
(latest_clause_end); "have already met three times", "earlier rounds" are none in particular (EARLIER).

Polarity: "is not true", "denied", "in another venue", "will not" deny what the sentence reports
(negated); "will not take part in the talks in Doha" is a party staying away, no denial of Doha. A
date or a place can be denied alone: "on Tuesday, not Monday" denies Monday, "in Doha, not in
Cairo" denies Cairo (date_negated, venue_negated).

Modality: "might", "could", lower-case "may", "reportedly", "media reports suggested" are hedged;
"expected to", "set to", "will", "scheduled", "planned", "preparing for" are expected; the rest is
asserted. A modal verb binds within its own clause: "resumed talks on Monday and were due to
continue on Tuesday" held Monday and plans Tuesday (modality_of).
"""

from __future__ import annotations

import re

from discrep.extract.attribution import clause_bounds
from discrep.model import Modality

_ORDINALS = {
    "first": 1, "1st": 1, "initial": 1, "opening": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
}  # fmt: skip
ROUND = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r"|new|fresh|another|next|further)\s+(?:such\s+)?"
    r"(round|session|meeting|talks|time|negotiations|rounds)\b",
    re.IGNORECASE,
)
# the note of a place told as one of several ("in either Doha or Cairo"); the venue check reads it
ALTERNATIVES = "one of: "
# a claim's note when its sentence tells the plan was given up ("a planned meeting in Port Sudan was
# canceled but is hoped to be rescheduled"): with no day, it is no sitting in particular (rounds.py)
CALLED_OFF = "called off"
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|called\s+off|scrapped|aborted)\b", re.IGNORECASE)


# a claim's note when its sentence tells how an event ended ("the consultations concluded without
# agreement", "announced the end of the consultations"): its day is the end's, compared with other
# ends only (checks/date.py), not with the day the event opened
ENDED = "the end"
_TOLD_END = re.compile(
    r"\b(?:concluded|ended|wrapped\s+up|broke\s+up|came\s+to\s+an\s+end|"
    r"(?:announced|marked|declared)\s+the\s+end\s+of)\b",
    re.IGNORECASE,
)


def tells_end(text: str) -> bool:
    """The sentence tells an event's end: "concluded without agreement", "announced the end of"."""
    return _TOLD_END.search(text) is not None


def called_off(text: str) -> bool:
    """The sentence tells a plan given up: "the meeting ... was canceled"."""
    return _CALLED_OFF.search(text) is not None


# "the latest round of talks in Rome was productive": the round just held, not the next one
LATEST = -1
_LATEST = re.compile(
    r"\b(?:latest|last|previous|most\s+recent|recent)\s+(?:such\s+)?(?:round|session|talks|negotiations)\b"
    # "the two sides last met in Geneva in March": the round held last
    r"|\b(?:sides|delegations|negotiators|they)\s+last\s+(?:met|held\s+talks|sat\s+down)\b",
    re.IGNORECASE,
)
# rounds before this one, none in particular: "have already met three times in Belarus"
EARLIER = -2
_EARLIER = re.compile(
    r"\b(?:already|previously)\s+(?:met|held)\b|\b(?:two|three|four|five|six|several)\s+(?:times|occasions)\b|"
    r"\b(?:earlier|previous|past|prior)\s+(?:rounds|meetings|sessions)\b",
    re.IGNORECASE,
)
_SINCE_AFTER = re.compile(r"\bsince\b", re.IGNORECASE)
# "met for the first time since the start of the war": since a span began, not since another event
_SINCE_SPAN = re.compile(
    r"\s+(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\b|(?:full-scale\s+)?(?:war|invasion|conflict)\b|"
    r"(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# where the latest round's clause ends: "..., and technical negotiations are set to resume in Oman"
_CLAUSE_END = re.compile(r",\s+(?:and|but|while)\b|;|\s(?:while|whereas)\s", re.IGNORECASE)
# "a week after the first round", "following the second round": the round named is the one before
_AFTER_ROUND = re.compile(r"\b(?:after|following)\s+(?:the|a|its|their)\s+$", re.IGNORECASE)
# "at Ciragan Palace, the same venue as the first round": another round, named to compare with
_COMPARED_ROUND = re.compile(
    r"\b(?:as|than|like)\s+(?:(?:at|in|for|during)\s+)?(?:the|its|their)\s+$", re.IGNORECASE
)
ROUND_NUMBER = re.compile(r"\bround\s+(one|two|three|four|five|\d)\b", re.IGNORECASE)
_ROUND_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NEGATED = re.compile(
    r"\b(?:not\s+true|is\s+false|untrue|denied|denies|another\s+venue|different\s+venue|not\s+be\s+held|"
    # "will not take part in the talks in Doha": a party stays away; the talks are still there
    r"(?:will\s+not|won't)(?!\s+(?:participate|take\s+part|attend|join|send|be\s+(?:present|attending|"
    r"participating|joining|taking\s+part|represented)))|rejected|ruled\s+out|out\s+of\s+the\s+question|"
    r"not\s+an\s+option|off\s+the\s+table|"
    # "no talks with Kyiv were planned in Istanbul", "there are no plans to meet in Minsk"
    r"no\s+(?:talks|negotiations|meetings?|plans?|such\s+(?:talks|meeting|plans?))|"
    # ("called off the summit in Budapest" is no denial: the summit is off, its place not in doubt)
    r"(?:were|was|are|is)\s+not\s+(?:planned|scheduled)|"
    # "holding the meeting in the UAE was never seriously discussed", "is not being considered"
    r"(?:were|was|are|is|has\s+been|had\s+been)\s+(?:never|not)\s+(?:being\s+)?(?:seriously\s+|even\s+)?"
    r"(?:discussed|considered|on\s+the\s+table|on\s+the\s+agenda)|"
    # "dismissed reports that the meeting would be held in Geneva"
    r"dismiss(?:ed|es|ing)?\s+(?:as\s+[\w-]+\s+)?(?:the\s+|as\s+)?(?:reports?|claims?|suggestions?|speculation|"
    r"rumou?rs?|idea)|"
    # "a report that the summit would be held on Saturday was wrong, the Kremlin said"
    r"(?:was|were|is|are)\s+(?:wrong|incorrect|inaccurate|mistaken|false))\b|[\"“]?\s*is\s+not\s+true",
    re.IGNORECASE,
)
# "may" is a modal only in lower case: "on May 28" is a date
_HEDGED = re.compile(r"\b(?:(?i:might|could|possibly|perhaps|probably|likely)|may)\b")
_NOT_HERE = re.compile(r"\b(?:not|never|rather\s+than|instead\s+of)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_INSTEAD = re.compile(r"^[\w\s'’-]{0,40}?,?\s+(?:not|rather\s+than|instead\s+of)\s+(?:in|at)\b", re.I)
_SOURCE_HEDGE = re.compile(
    # "on Friday, Saturday, or Sunday, depending on the delegations' availability": not settled
    r"\b(?:reportedly|rumou?red|rumou?rs?|media\s+(?:reports|sources)|unconfirmed|suggested|speculation|"
    r"depending\s+on)\b",
    re.IGNORECASE,
)
_EXPECTED = re.compile(  # "a day later than planned" is no plan
    r"\b(?<!than\s)(?:will|would|shall|'ll|expected|set\s+to|slated\s+(?:to|for)|scheduled|planned|plans?\s+to|due\s+to|due\s+for|"
    # "has been pencilled in for March 14", "is set for Monday": a plan
    r"pencil(?:l)?ed\s+in|set\s+for|"
    r"going\s+to|to\s+be\s+held|to\s+take\s+place|awaited|upcoming|to\s+meet|is\s+to|are\s+to|"
    r"prepar(?:ing|e|es)\s+for|"
    # "confirmed its readiness to enter into talks in Istanbul on May 15": a plan
    r"(?:readiness|ready|willingness|willing)\s+to|"
    # "agreed to hold a summit in Budapest", "plans for a summit": not held yet
    r"agree(?:d|s)?\s+to\s+(?:hold|meet|host|resume|convene|sit)|plans\s+for|"
    # "the summit, to be hosted by the crown prince, is set for next Tuesday"
    r"set\s+for|to\s+be\s+hosted|"
    # the future of reported speech: "Trump said the United States was starting talks with Iran on
    # Saturday"
    r"(?:said|says|announced|told\s+[\w ]{1,30}?)\s+(?:that\s+)?(?:[\w-]+\s+){1,4}?(?:was|were)\s+"
    r"(?:starting|beginning|holding|hosting|opening|launching|sending)|"
    # the day an event was moved to is a plan: "postponed until June 20", "rescheduled for Thursday"
    r"re-?scheduled\s+(?:for|to)|(?:postponed|delayed|deferred|pushed\s+back|put\s+(?:off|back)|"
    r"brought\s+forward|moved\s+(?:forward|up|back))(?:\s+[\w-]+){0,3},?\s+(?:to|until|till))\b",
    re.IGNORECASE,
)


def clause_around(text: str, start: int, end: int) -> str:
    """The comma-delimited clause holding [start, end): modal verbs bind to their own clause."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
    right_candidates = [i for i in (text.find(",", end), text.find(";", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    # "resumed talks on Monday and were due to continue on Tuesday": a verb after "and" or "but"
    # opens a clause of its own, with its own modal verb
    for joint in _JOINT.finditer(text, left + 1, right):
        if joint.end() <= start:
            left = joint.start() - 1
        elif joint.start() >= end:
            right = joint.start()
            break
    return text[left + 1 : right]


_JOINT = re.compile(
    r"\s(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:were|was|is|are|will|would|had|has|have|could|may|"
    r"might)\b",
    re.IGNORECASE,
)


def modality_of(text: str, start: int = 0, end: int | None = None) -> Modality:
    """Hedged by the source anywhere in the sentence, or by a modal verb in the claim's clause."""
    if _SOURCE_HEDGE.search(text):
        return "hedged"
    if end is None:
        return _modal(text) or "asserted"
    # the comma clause first ("which was held on March 3"); failing that, what governs the claim
    # from before it in the same statement ("Lavrov would meet his counterpart, Kuleba, in Turkey")
    clause_start, _ = clause_bounds(text, start)
    around = clause_around(text, start, end)
    if (own := _modal(around)) is not None:
        return own
    if _MET.search(around):
        return "asserted"  # "Talks would resume on Friday, a day after both sides met in Istanbul"
    return _modal(text[clause_start:start]) or "asserted"


# a meeting that took place, told in the claim's own clause: a plan before it does not govern it
_MET = re.compile(r"\b(?:met|convened|gathered|took\s+place|were\s+held|was\s+held)\b", re.IGNORECASE)


def _modal(text: str) -> Modality | None:
    if _HEDGED.search(text):
        return "hedged"
    if _EXPECTED.search(text):
        return "expected"
    return None


def round_of(text: str) -> tuple[int | None, bool]:
    """(explicit round number, True when the sentence speaks of a new/next round); the number is
    LATEST when "the latest round" comes before any ordinal or "next"."""
    latest = _LATEST.search(text)
    first = ROUND.search(text)
    if latest is not None and (first is None or latest.start() < first.start()):
        return LATEST, False
    earlier = _EARLIER.search(text)
    if earlier is not None and (first is None or earlier.start() < first.start()):
        return EARLIER, False
    for m in ROUND.finditer(text):
        word = m.group(1).lower()
        since = _SINCE_AFTER.search(text, m.end()) if m.group(2).lower() == "time" else None
        if since is not None and not (word == "first" and _SINCE_SPAN.match(text, since.end())):
            continue  # "the first time officials have convened since ...": no round's number
        if _COMPARED_ROUND.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the same venue as the first round": not the round the sentence tells of
        if word in _ORDINALS:
            # "talks on 25 February, a week after the first round": the round after it
            return _ORDINALS[word] + (1 if _AFTER_ROUND.search(text, 0, m.start()) else 0), False
        return None, True
    numbered = ROUND_NUMBER.search(text)
    if numbered:
        token = numbered.group(1).lower()
        return (int(token) if token.isdigit() else _ROUND_WORDS[token]), False
    return None, False


def latest_clause_end(text: str) -> int | None:
    """Where the clause of "the latest round" ends, when the sentence goes on past it: what comes
    after ("and technical negotiations are set to resume in Oman") is not said of that round."""
    latest = _LATEST.search(text)
    if latest is None:
        return None
    end = _CLAUSE_END.search(text, latest.end())
    return end.start() if end else None


# a sitting that ended and one to come: "the talks in Doha ended on Friday and will resume in Cairo
# next week"; what follows the resumption is said of the next sitting
_RESUME_LATER = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|adjourned|broke\s+up|closed|paused)\b[^.;]{0,80}?"
    r"(?:,\s*|\s)(?:and|but|with(?:\s+[\w-]+){0,3}?|before)\s+(?:are\s+|were\s+|is\s+)?"
    r"(?:will|would|to|(?:due|set|expected|scheduled)\s+to)\s+(?:resume|reconvene|continue|meet\s+again)\b",
    re.IGNORECASE,
)


def resumption_start(text: str) -> int | None:
    """Where a sentence that ends a sitting turns to the next one ("ended on Friday and will resume in
    Cairo next week"): places and days from there on are the next sitting's."""
    found = (
        _RESUME_LATER.search(text)
        if "resume" in text or "reconvene" in text or "continue" in text or "again" in text
        else None
    )
    return found.end() - len(found.group(0).split()[-1]) if found else None


def ordinal_rounds(text: str) -> list[tuple[int, int]]:
    """(position, round number) of each ordinal round a sentence names: "The first round took place
    on 28 February, and the second round on 3 March" names rounds 1 and 2; "another round" after an
    ordinal is the one after it ("Initial talks were held, another meeting is expected in Rome")."""
    found: list[tuple[int, int]] = []
    for m in ROUND.finditer(text):
        word = m.group(1).lower()
        if _COMPARED_ROUND.search(text, max(0, m.start() - 30), m.start()):
            continue
        if word in _ORDINALS:
            if not found and _AFTER_ROUND.search(text, 0, m.start()):
                found.append((0, _ORDINALS[word] + 1))  # what the sentence tells before comes after it
            found.append((m.start(), _ORDINALS[word]))
        elif found and word in ("new", "fresh", "another", "next", "further"):
            found.append((m.start(), found[-1][1] + 1))
    if found:
        # "concluded a second round in Rome, with both sides agreeing to continue in Oman"
        after = _GO_ON.search(text, found[-1][0])
        if after is not None:
            found.append((after.start(), found[-1][1] + 1))
    return found


# a round's sides agreeing to meet again: what follows is said of the round after it
_GO_ON = re.compile(
    r"\b(?:agree(?:d|ing|s)?|decided|plan(?:s|ned|ning)?)\s+to\s+(?:continue|resume|reconvene|meet\s+again)\b",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """The sentence denies what it reports ("is not true", "denied", "in another venue")."""
    return bool(_NEGATED.search(text))


_NOT_DAY = re.compile(r"\b(?:not|never|rather\s+than|instead\s+of)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_INSTEAD_DAY = re.compile(r"^[\w\s'’-]{0,30}?,?\s+(?:not|rather\s+than|instead\s+of)\s+(?:on\s+)?[A-Z0-9]")


def date_negated(text: str, start: int) -> bool:
    """Whether the date at `start` is denied: "on Tuesday, not Monday" denies Monday, not Tuesday."""
    return _denied(text, start, _NOT_DAY, 25, _INSTEAD_DAY)


def venue_negated(text: str, start: int) -> bool:
    """Whether the place at `start` is denied: "in Doha, not in Cairo" denies Cairo, not Doha."""
    return _denied(text, start, _NOT_HERE, 30, _INSTEAD)


# a plan given up: "the talks, which had been due to take place in Riyadh, will now be held in
# Jeddah", "originally set for June 3", "postponed from Monday": the place or day no longer holds
_FORMER_PLAN = re.compile(
    r"(?:\b(?:had\s+been\s+(?:due|scheduled|planned|set|expected|slated|supposed)|"
    r"(?:originally|initially|first)\s+(?:due|scheduled|planned|set|slated|expected|meant))"
    # up to a clause of the new plan: "moved from Budapest to Vienna and would take place on March 20"
    r"(?:(?!\b(?:and|but|will|would|now|instead)\b)[^,;.()]){0,50}"
    # "moved from Budapest to Vienna": the place after "to" is the new one
    r"|\b(?:postponed|moved|relocated|shifted|switched|delayed|deferred|brought\s+forward|pulled\s+forward|"
    r"pushed\s+back|put\s+back|rescheduled|moved\s+(?:forward|up|back))\s+from"
    r"(?:(?!\b(?:and|but|will|would|now|instead|to|until)\b)[^,;.()]){0,50})$",
    re.IGNORECASE,
)


def _denied(text: str, start: int, before: re.Pattern[str], reach: int, instead: re.Pattern[str]) -> bool:
    """Denied by `before` in the `reach` characters ahead of it, or told as a plan given up; else
    not, when `instead` follows (it is what is offered in place of a denied one); else as the
    sentence says."""
    if before.search(text[max(0, start - reach) : start]):
        return True
    if _FORMER_PLAN.search(text, max(0, start - 80), start):
        return True
    if instead.match(text, start):
        return False
    denials = [m.end() for m in _NEGATED.finditer(text)]
    if denials and all(end <= start for end in denials):
        # "denied that the talks would be in New York, saying they would meet in Washington": what
        # the denier says instead is no denial
        return not _AFFIRMED.search(text, max(denials), start)
    return bool(denials)


# a clause after a denial that says what is so instead
_AFFIRMED = re.compile(
    r",\s+(?:saying|adding|insisting|stressing|and\s+said|but\s+said)\s+(?:that\s+)?", re.IGNORECASE
)
