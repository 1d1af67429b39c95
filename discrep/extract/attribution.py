"""Who asserts what: find the claimant of a sentence.

A sentence's claimant is, in order:
1. the source after "according to" ("according to Konashenkov", "according to various sources");
2. a known claimant (rules: claimants) in a sentence with a reporting verb ("said", "announced",
   "told", "stated", "reported", "acknowledged", ...): the one nearest before the verb, else the first;
3. a pronoun or role ("he also stated", "the spokesman said", "by his count") resolved to the last
   known claimant named earlier in the article;
4. an unknown source named before a reporting verb ("Belta reported", "Russia says"), kept as written.
A sentence with none of these has no claimant of its own; the extractor may carry one over from the
sentence before (a figure in a list that continues the previous sentence's statement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from discrep.extract.lexicon import Lexicon, Match

REPORTING_VERBS = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|announced|announces|reported|reports|acknowledged|admitted|"
    r"claimed|claims|estimated|estimates|estimate|confirmed|confirms|declared|declares|added|noted|"
    r"according|cited|citing|wrote|writes|quoted|put|puts|insisted|denied|denies|briefed|counted|"
    r"count|tally|figures|briefing|statement|report)\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_UNKNOWN_SOURCE = re.compile(
    r"(?:\baccording\s+to\s+(?:the\s+)?|^|[.;:]\s+)"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:said|says|reported|reports|announced|claims|claimed|estimated)\b"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    claimant: str | None  # a claimant id from the rules, or the source's name as written
    known: bool  # True when the claimant is in the rules
    via_pronoun: bool = False
    mentions: tuple[Match, ...] = ()  # every known claimant named in the sentence


class Attributor:
    def __init__(self, claimants: Lexicon, pronouns: tuple[str, ...]) -> None:
        self._claimants = claimants
        words = sorted((*pronouns, "his", "her", "their"), key=len, reverse=True)
        self._pronoun = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)

    def attribute(self, sentence: str, previous: str | None) -> Attribution:
        """The claimant of one sentence; `previous` is the last known claimant named before it."""
        mentions = tuple(self._claimants.find(sentence))
        according = _ACCORDING.search(sentence)
        if according:
            after = [m for m in mentions if 0 <= m.start - according.end() <= 4]
            if after:
                return Attribution(after[0].key, True, mentions=mentions)
        verbs = list(REPORTING_VERBS.finditer(sentence))
        if mentions and verbs:
            before_verb = [m for m in mentions if m.end <= verbs[0].start()]
            chosen = before_verb[-1] if before_verb else mentions[0]
            return Attribution(chosen.key, True, mentions=mentions)
        if verbs and previous and self._pronoun.search(sentence):
            return Attribution(previous, True, via_pronoun=True, mentions=mentions)
        unknown = _UNKNOWN_SOURCE.search(sentence)
        if unknown:
            name = unknown.group(1).strip()
            if name.lower() not in {"he", "she", "they", "it", "we", "i", "the", "this", "that"}:
                return Attribution(name, False, mentions=mentions)
        return Attribution(None, False, mentions=mentions)
