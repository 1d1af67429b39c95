"""A breakdown of a toll by sex ("179 men, 134 women, 25 boys and 11 girls died"), by how sure
its count is ("36 cases (18 confirmed, 18 suspected)", "60 confirmed and 20 probable cases"), or by
who was on board ("carrying 175 passengers and six crew members").

Two figures or more that count men, women, boys, girls or children, confirmed, suspected or probable
ones, or passengers and crew, are parts of a toll told elsewhere, not tolls: each is the count of its
own group, with the group as its subject ("men", "women", "boys", "girls"; "confirmed only",
"suspected", "probable"; "passengers", "crew"), so it
meets only the same group's count in a later report (179 men killed on one day, 219 on a later one,
is that group's running tally; an outbreak's confirmed cases are their own series,
tally_confirmed.py) and never the whole toll. What they count is the
metric word after the last of them ("... 11 girls died"), failing that the one before the first
("Among the 1,459 injured, there are 22 girls and 16 boys"), failing that the toll's before them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.tally_clauses import STRONG_END, statement_start
from discrep.extract.tally_confirmed import CONFIRMED

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon
    from discrep.extract.tallies import Tally
    from discrep.text.numbers import NumberMention

_SEX = re.compile(
    r"\s+(?:[a-z]+\s+)?(men|women|boys|girls|children|man|woman|boy|girl|child)\b", re.IGNORECASE
)
_SURE = re.compile(
    r"\s+(confirmed|suspected|probable)\b(?!\s+(?:and|or|&)\s+(?:confirmed|suspected|probable))", re.I
)
# "175 passengers and six crew members": who travelled and who worked on board
_ABOARD = re.compile(
    r"\s+(?:[a-z]+\s+)?(passengers|crew\s+members|crewmembers|crewmen|crew|sailors)\b", re.IGNORECASE
)
_GROUP = {
    "man": "men",
    "woman": "women",
    "boy": "boys",
    "girl": "girls",
    "child": "children",
    "confirmed": CONFIRMED,
    "crew members": "crew",
    "crewmembers": "crew",
    "crewmen": "crew",
    "sailors": "crew",
}


# the subjects a breakdown gives its figures: never a whole a count with no subject could be
BREAKDOWN_GROUPS = frozenset(
    ("men", "women", "boys", "girls", "children", CONFIRMED, "suspected", "probable", "passengers", "crew")
)


def sex_of_part(sentence: str, end: int) -> str | None:
    """The group of one figure told as a part by sex: "739 rioters, including 60 women" ('women')."""
    word = _SEX.match(sentence, end)
    return _GROUP.get(word.group(1).lower(), word.group(1).lower()) if word else None


def by_sex(sentence: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The figures of a breakdown by sex (two or more that count men, women, boys or girls), or by
    how sure the count is (confirmed, suspected, probable)."""
    for family in (_SEX, _SURE, _ABOARD):
        found = {m: word.group(1).lower() for m in mentions if (word := family.match(sentence, m.end))}
        # at least two groups: "141 confirmed cases and 55 confirmed deaths" breaks nothing down
        if len(set(found.values())) > 1:
            return list(found)
    return []


def sex_tallies(
    sentence: str,
    tallies: list[Tally],
    parts: list[NumberMention],
    metrics: Lexicon,
    nouns: frozenset[str],
    make: type[Tally],
) -> list[Tally]:
    """The tallies with those of the breakdowns added, each with its group as its subject."""
    runs: list[list[NumberMention]] = []
    for mention in parts:  # a figure between two parts starts another breakdown ("... and 23 deaths (4")
        if (
            runs
            and not _DIGIT.search(sentence, runs[-1][-1].end, mention.start)
            and not STRONG_END.search(sentence, runs[-1][-1].end, mention.start)  # ", while the sex of 39"
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    added = [t for run in runs for t in _breakdown(sentence, tallies, run, metrics, nouns, make)]
    return sorted([*tallies, *added], key=lambda t: t.mention.start) if added else tallies


_DIGIT = re.compile(r"\d")
# the victims broken down by sex are the dead ("victims" alone names no metric: "flood victims")
_VICTIMS_WERE = re.compile(
    r"\b(?:victims|deceased)\s+(?:have\s+)?(?:included|include|includes|were|are)\b", re.I
)
_VICTIMS_METRIC = "killed"


def _breakdown(
    sentence: str,
    tallies: list[Tally],
    parts: list[NumberMention],
    metrics: Lexicon,
    nouns: frozenset[str],
    make: type[Tally],
) -> list[Tally]:
    start = statement_start(sentence, parts[0].start)
    found = STRONG_END.search(sentence, parts[-1].end)
    end = found.start() if found else len(sentence)
    opened = sentence.rfind("(", start, parts[0].start)
    if opened >= 0 and ")" not in sentence[opened : parts[0].start]:
        # "227 killed (31 men, 25 women ...) and 525 injured": the breakdown of the figure before
        closed = sentence.find(")", parts[-1].end)
        start, end = max(start, opened - 80), closed if closed >= 0 else end
    after = [m for m in metrics.find(sentence, parts[-1].end, end) if m.key not in nouns]
    before = [m for m in metrics.find(sentence, start, parts[0].start) if m.key not in nouns]
    # "The fire killed 27 people; among them were 23 women and one man": the toll's metric
    whole = [t.metric for t in tallies if t.mention.end <= parts[0].start and t.metric not in nouns]
    metric = after[0].key if after else before[-1].key if before else whole[-1] if whole else None
    if metric is None and _VICTIMS_WERE.search(sentence, start, parts[0].start):
        metric = _VICTIMS_METRIC  # "The victims included 108 women and seven children": the dead
    if metric is None:
        return []
    added = []
    for mention in parts:
        word = (
            _SEX.match(sentence, mention.end)
            or _SURE.match(sentence, mention.end)
            or _ABOARD.match(sentence, mention.end)
        )
        if word is not None:
            group = word.group(1).lower()
            added.append(make(mention, metric, _GROUP.get(group, group), False, False, part=True))
    return added
