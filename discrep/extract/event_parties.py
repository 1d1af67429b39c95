"""Who meets whom: the parties of the talks a sentence tells of, from the rules' `parties`.

A side is named by its name, its adjective or its capital ("Russia", "Russian", "Moscow") or by one
of its people ("Lavrov"), as rules/parties.yaml lists them, matched with their capitals ("US" is
not "us"). Two sides are the parties of talks when the words between or around them say so:
- "between X and Y", "delegations of X and Y", "officials from X and Y";
- "X-Y talks", "X and Y delegations", "X and Y will meet", "X and Y will discuss";
- "X talks with Y", "X's meeting with Y", "X met Y", "X would meet his Y counterpart".
One side alone ("the Russian delegation", "talks with Hamas", "Ukrainian negotiators") is half
of a pair: with another single in the sentence it makes one, or it fits the pair told before.
A side in a mediator's or a host's phrase ("mediated by Oman", "Qatari mediators", "hosted by
Turkey") is no party. Sides joined only by a comma list ("Zelensky, Trump and Vance") or by a
place phrase ("talks in Moscow and Kyiv") are not told as the parties of talks.

A mention after "following", "after", "which followed" tells an earlier event, and one that "also"
or "separately" met tells a meeting beside the story's talks: it names the parties of the dates and
places after it ("the talks, which followed U.S. talks with Ukraine on Sunday"), not those of the
sentence's own talks, nor of the sentences after.

Parties travel on venue and date claims as their `subject`: the side ids, sorted, joined by "+"
("russia+united_states"); one side alone is its id. Two subjects are compatible when one is unknown
or holds the other (`compatible`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from discrep.model import Claim
from discrep.rules_model import Named

_BETWEEN_BEFORE = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}|\b(?:delegations?|officials|representatives|negotiators|teams|"
    r"envoys|leaders|ministers|sides|diplomats)\s+(?:of|from)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_NOT_TALKS = re.compile(
    r"\b(?:war|wars|conflict|fighting|relations|border|tensions|hostilities|ties|rivalry|clashes|violence|dispute|"
    r"feud|row|trade|gap|difference|differences)\s+$",
    re.IGNORECASE,
)
_TALKS_NOUN = (
    r"(?:delegations?|officials|representatives|negotiators|negotiating\s+teams?|teams?|sides|envoys|talks|"
    r"negotiations|meetings?|consultations|summit|dialogue|leaders|presidents|foreign\s+ministers|counterparts?|"
    r"diplomats)"
)
_SPEAKERS_SAID = re.compile(
    r"(?:['’]s?)?\s+(?:officials|diplomats|sources)\s+(?:have\s+|had\s+)?(?:said|say|says|told|added)\b"
)
_NOUN_AFTER = re.compile(rf"(?:['’]s?)?\s*(?:[\w-]+\s+){{0,2}}?{_TALKS_NOUN}\b", re.IGNORECASE)
_VERB_AFTER = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?:(?:will|would|are|were|to|have|had|also|then|could|may|might|is|was|set|due|expected|going|plan|plans|"
    r"agreed|agree|have\s+agreed|finally)\s+){0,4}(?:meet|met|hold|held|holding|begin|began|start|started|sit|sat|"
    r"discuss|discussed|negotiate|negotiated|resume|resumed|convene|convened)\b"
)
_AND = re.compile(r"(?:['’]s?)?,?\s+and\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?")
_HYPHEN = re.compile(r"\s*[-–—/]\s*")
_LIST_COMMA = re.compile(r"['’]?s?\s*,\s*(?:the\s+)?")
# words between a verb and the other side, none that leads to a place ("met in the Turkish resort")
_NOT_PLACE = r"(?:(?!(?:in|at|on|near|for|during|to|from|into)\s)[a-z-]+\s+){0,2}?"
_WITH = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}?(?:talks|negotiations|meetings?|consultations|summit|dialogue)\s+with\s+"
    rf"(?:the\s+|his\s+|her\s+|their\s+|its\s+)?{_NOT_PLACE}(?:[A-Z][\w.'’-]*\s+){{0,3}}?"
)
_MEET = re.compile(
    r"(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:(?:will|would|is|are|was|were|to|set|due|expected|going|plans?|planned|"
    r"scheduled|also|then|later|has|have|had|could|may|might|separately)\s+){0,4}(?:meet|met|meets|sat\s+down|"
    r"(?:held|hold|holds|holding)\s+(?:[a-z-]+\s+)?talks)\s+(?:with\s+)?(?:(?:the|his|her|their|its)\s+)?"
    rf"{_NOT_PLACE}(?:[A-Z][\w.'’-]*\s+){{0,3}}?"
)
_SINGLE_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:sent|sends|dispatched|will\s+send)\s+(?:a|an|its|the)\s+)?(?:[a-z-]+\s+)?"
    r"(?:delegations?|negotiators|negotiating\s+team|team|side|counterparts?|envoys?)\b"
)
_SINGLE_BEFORE = re.compile(
    r"\b(?:talks|negotiations|meetings?|consultations)\s+with\s+(?:the\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE
)
# a mediator's or a host's side is no party
_MEDIATOR_AFTER = re.compile(r"(?:['’]s)?(?:\s*-\s*|\s+)(?:mediated|brokered|hosted|mediators?|mediation)\b")
_MEDIATOR_BEFORE = re.compile(
    r"(?:\b(?:mediated|brokered|hosted|facilitated)\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}|\bmediators?\s+(?:from\s+)?"
    r"(?:the\s+)?|\bmediation\s+(?:of|by)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"\b(?:follow(?:s|ed|ing)?|after|since|before|ahead\s+of|prior\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FIRST_NAME = re.compile(r"\s+[A-Z][a-z]")
# "Araghchi also held talks with the Omani minister": a meeting beside the story's talks
_SIDE_MEETING = re.compile(r"\b(?:also|separately|too)\b")
_LOOK = 60  # characters around a side read for the words that tie it to talks


@dataclass(frozen=True, slots=True)
class PartyMention:
    """Sides a sentence names as the parties of talks, from `start`; offsets within the sentence."""

    start: int
    sides: frozenset[str]
    aside: bool  # told of an earlier event: "following talks between X and Y"
    countries: bool  # named by the sides themselves, not by people ("Russia-US meeting")


@dataclass(frozen=True, slots=True)
class _Side:
    start: int
    end: int
    party: str
    person: bool


def key_of(sides: frozenset[str] | None) -> str | None:
    return "+".join(sorted(sides)) if sides else None


def sides_of(key: str | None) -> frozenset[str]:
    return frozenset(key.split("+")) if key else frozenset()


def compatible(a: str | None, b: str | None) -> bool:
    """Parties that may be the same talks: one unknown, or one side set holding the other."""
    if not a or not b or a == b:
        return True
    left, right = sides_of(a), sides_of(b)
    return left <= right or right <= left


class PartyFinder:
    """The rules' parties compiled: one case-sensitive regex of every name of every side."""

    def __init__(self, parties: Mapping[str, Named]) -> None:
        self._party: dict[str, tuple[str, bool]] = {}
        for p in parties.values():
            for alias in p.aliases:
                self._party.setdefault(alias, (p.id, False))
            for person in p.participants:
                self._party.setdefault(person, (p.id, True))
        names = sorted(self._party, key=lambda n: (-len(n), n))
        self._regex = (
            re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
            if names
            else None
        )

    def _sides(self, text: str) -> list[_Side]:
        if self._regex is None:
            return []
        found = []
        for m in self._regex.finditer(text):
            party, person = self._party[m.group(0)]
            if person and _FIRST_NAME.match(text, m.end()):
                continue  # "Abbas Araghchi": a first name, not the surname of another side's man
            if _MEDIATOR_AFTER.match(text, m.end()) or _MEDIATOR_BEFORE.search(
                text, max(0, m.start() - _LOOK), m.start()
            ):
                continue
            found.append(_Side(m.start(), m.end(), party, person))
        return found

    def mentions(self, text: str) -> list[PartyMention]:
        """The party mentions of a sentence, in order: pairs, then the singles no pair holds."""
        sides = self._sides(text)
        if not sides:
            return []
        out: list[PartyMention] = []
        paired: set[int] = set()
        for i in range(len(sides) - 1):
            a, b = sides[i], sides[i + 1]
            if a.party == b.party or i in paired:
                continue  # a side is of one pair: "Russia and Ukraine met in the Turkish resort"
            if i > 0 and _LIST_COMMA.fullmatch(text, sides[i - 1].end, a.start):
                continue  # "Israel, Egypt, Qatar and the US met": the list's last two are no pair of it
            if self._pairs(text, a, b):
                aside = bool(
                    _ASIDE.search(text, max(0, a.start - 40), a.start)
                    or _SIDE_MEETING.search(text, a.end, b.start)
                )
                out.append(
                    PartyMention(a.start, frozenset((a.party, b.party)), aside, not (a.person or b.person))
                )
                paired.update((i, i + 1))
        for i, s in enumerate(sides):
            if i in paired:
                continue
            if _SINGLE_AFTER.match(text, s.end) or _SINGLE_BEFORE.search(text, max(0, s.start - 40), s.start):
                aside = bool(_ASIDE.search(text, max(0, s.start - 40), s.start))
                out.append(PartyMention(s.start, frozenset((s.party,)), aside, not s.person))
        return sorted(out, key=lambda m: m.start)

    @staticmethod
    def _pairs(text: str, a: _Side, b: _Side) -> bool:
        between = text[a.end : b.start]
        if _WITH.fullmatch(between) or _MEET.fullmatch(between):
            return True
        if not (_AND.fullmatch(between) or _HYPHEN.fullmatch(between)):
            return False
        if _SPEAKERS_SAID.match(text, b.end):
            return False  # "Saudi and US officials said": who speaks, not who meets
        lead = _BETWEEN_BEFORE.search(text, max(0, a.start - _LOOK), a.start)
        if lead is not None and _NOT_TALKS.search(text, max(0, lead.start() - 30), lead.start()):
            lead = None  # "the war between Russia and Ukraine": the two sides of a war, not of talks
        return bool(lead or _NOUN_AFTER.match(text, b.end) or _VERB_AFTER.match(text, b.end))


def sentence_parties(
    mentions: Sequence[PartyMention], context: frozenset[str] | None
) -> frozenset[str] | None:
    """The parties of a sentence's own talks: its first pair not told as an earlier event's, else
    its singles together, else the pair told before when its single fits it."""
    own = [m for m in mentions if not m.aside]
    for m in own:
        if len(m.sides) >= 2:
            return m.sides
    singles = frozenset().union(*(m.sides for m in own)) if own else frozenset()
    if len(singles) >= 2:
        return singles
    if singles and context and singles <= context:
        return context
    return singles or context


def last_pair(mentions: Sequence[PartyMention]) -> frozenset[str] | None:
    """The last pair a sentence tells of its own talks: what "the talks" of the next sentence are."""
    pairs = [m.sides for m in mentions if len(m.sides) >= 2 and not m.aside]
    return pairs[-1] if pairs else None


def parties_at(
    mentions: Sequence[PartyMention], position: int, context: frozenset[str] | None
) -> frozenset[str] | None:
    """The parties of a date or place at `position`: the mention nearest before it, else the
    sentence's own (its first mention after it: "host talks on Tuesday between X and Y"), else those
    told before the sentence. A single side that fits the pair told before is that pair."""
    before = [m for m in mentions if m.start < position]
    if before:
        chosen = before[-1].sides
        if len(chosen) >= 2:
            return chosen
        if context and chosen <= context:
            return context
        own = sentence_parties(mentions, context)
        return own if own and chosen <= own else chosen
    return sentence_parties(mentions, context)


def party_groups(members: Sequence[Claim]) -> list[tuple[str | None, list[Claim]]]:
    """The claims of one event, by the parties they are between: one group per party set no other
    holds, each with the claims that name no parties or fewer sides that fit it. Talks between
    US and Russia and talks between US and Ukraine are two groups; "the talks" joins both."""
    keys = {c.subject for c in members if c.subject}
    widest = sorted(k for k in keys if not any(sides_of(k) < sides_of(o) for o in keys))
    if not widest:
        return [(None, list(members))]
    groups: list[tuple[str | None, list[Claim]]] = []
    seen: set[tuple[str, ...]] = set()
    for key in widest:
        group = [c for c in members if compatible(c.subject, key)]
        ids = tuple(c.id for c in group)
        if ids not in seen:
            seen.add(ids)
            groups.append((key, group))
    return groups


def parties_label(key: str | None, parties: Mapping[str, Named]) -> str:
    """' (Russia and United States)' for a finding's event, '' when its parties are not told."""
    if not key:
        return ""
    names = [parties[p].label if p in parties else p for p in sorted(sides_of(key))]
    return f" ({' and '.join(names)})"
