"""The tense of the clause around a date: see "How tense resolves" in :mod:`discrep.text.dates`."""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future"]


_FUTURE_CUES = (
    r"will|won't|would(?:n't)?|shall|gonna|upcoming|awaited|tomorrow|next|may|might"
    r"|(?:is|are|was|were)\s+(?:set|due|scheduled|expected|slated|poised|going|planned|supposed|to)\s+to"
    r"|(?:set|due|expected|slated|poised|going|plans?|planning|intends?|hopes?|agreed|aims?|wants?)\s+to"
    r"|(?:set|due|slated|pencil(?:l)?ed\s+in)\s+for"
    r"|scheduled|planned|(?:could|may|might)\s+(?:take\s+place|be\s+held|resume|meet|begin|start)"
    r"|be\s+held|to\s+(?:take\s+place|be\s+held|meet|resume|begin|start|hold|visit|travel|sign|discuss"
    r"|continue|return|vote|convene|gather|talk|negotiate|arrive|attend|host|launch|announce|open|end)"
    # a schedule told in the present is to come: "the summit opens on Monday", "talks resume Friday"
    r"|opens|begins|starts|resumes|reconvenes|convenes|kicks\s+off|gets\s+under\s+way|takes\s+place"
    r"|(?<!did\s)(?<!not\s)(?<!n't\s)(?:begin|start|resume|reconvene|convene|kick\s+off|take\s+place)"
)
_PAST_CUES = (
    # "was ready to start talks on Thursday morning": the plan of a past day, read before "to start"
    r"(?:was|were)\s+(?:ready|prepared|willing|unable|able|eager)\s+to\s+\w+"
    r"|was|were|had|did(?:n't)?|has\s+been|have\s+been|met|held|said|told|began|begun|took\s+place|came"
    r"|went|saw|left|spoke|gave|made|got|fell|struck|broke|sent|won|lost|ran|shot|flew|found|brought"
    r"|wrote|ago|since|earlier|yesterday|last|[a-z]{2,}ed"
)
_CUE = re.compile(
    rf"(?<![\w'])(?:(?P<fut>{_FUTURE_CUES})|(?P<past>{_PAST_CUES}))(?![\w'])|(?P<ll>(?<=\w)'ll)\b"
)
_NOT_PAST_ED = frozenset((
    "need", "needed", "indeed", "speed", "feed", "seed", "proceed", "succeed", "exceed", "embed", "wed",
    "shed", "red", "bed", "hundred", "united", "based", "alleged", "armed", "advanced", "limited", "related",
    "detailed", "concerned", "interested", "supposed",
))  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[.!?;](?=\s+[\"'“(]?[A-Z0-9])|[.!?;]\s*$|\n")
_WINDOW = 240
# a plan told by a bare participle, the last cue before the date: "scheduled for Wednesday"
_BARE_PLAN = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\b(?:scheduled|planned|slated)\s+(?:for\s+)?(?:(?:this|next|last|coming)\s+)?$",
    re.IGNORECASE,
)
_FINITE = re.compile(r"\b(?:(?P<past>was|were|had)|will|would|shall|is|are)\b", re.IGNORECASE)


def tense_of(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]``: the nearest cue before it, else after it."""
    lo = max(0, start - _WINDOW)
    left = text[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    left_start = lo + breaks[-1].end() if breaks else lo
    right = text[end : end + _WINDOW]
    brk = _CLAUSE_BREAK.search(right)
    right_end = end + (brk.start() if brk else len(right))
    before = _cues(text, left_start, start)
    if before:
        if before[-1] == "future" and _BARE_PLAN.search(text, left_start, start):
            # "the talks, scheduled for Wednesday ..., were intended to": a participle has no tense
            # of its own; the clause's finite verb after it tells whether the plan is past
            finite = _FINITE.search(text, end, right_end)
            if finite is not None:
                return "past" if finite.group("past") else "future"
        return before[-1]
    after = _cues(text, end, right_end)
    return after[0] if after else None


def _cues(text: str, lo: int, hi: int) -> list[Tense]:
    out: list[Tense] = []
    for m in _CUE.finditer(text, lo, hi):
        if m.group("past"):
            word = m.group("past")
            if word.endswith("ed") and (word.lower() in _NOT_PAST_ED or word[0].isupper()):
                continue
            out.append("past")
        else:
            out.append("future")
    return out
