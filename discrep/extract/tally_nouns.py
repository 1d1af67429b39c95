"""What a figure counts when the words around it are unusual: models named before the noun, people on board.

"killing at least eight", "wounding seven": an -ing verb right before a figure takes it as its
object (verb_before); a noun phrase no alias names is compared with the aliases (fuzzy_metric).

"119 S-300, Buk-M1 and Osa air defence systems": the models between the figure and its noun are
skipped to the noun. "Two on board were injured", "killed all 150 on board": a figure of people on
board counts what befell them when its clause says; "four Russians were on board" is a part by
nationality and no count; otherwise it is the people on board ("181 passengers and crew").
"More than 500 people, including 176 police officers, have been injured": the verb after the parts
is the whole's. "Forty soldiers and 300 civilians were killed": two subjects of one verb share it
(shared_verb).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.tally_asides import ON_BOARD
from discrep.extract.tally_clauses import before_start, clause_end
from discrep.extract.tally_scope import PART_COUNTS, PART_LEAD
from discrep.extract.tally_words import MODELS, NATIONALS, NOUN_PHRASE, SPEAKS, TOLL_RISE, VERB_GAP

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon, Match
    from discrep.text.numbers import NumberMention


def after_models(metrics: Lexicon, sentence: str, mention: NumberMention, limit: int) -> Match | None:
    """The metric right after a list of models that follows the figure, if there is one."""
    models = MODELS.match(sentence, mention.end)
    if models is None:
        return None
    found = next(iter(metrics.find(sentence, models.end(), limit)), None)
    return found if found is not None and found.start == models.end() else None


def on_board(
    metrics: Lexicon,
    nouns: frozenset[str],
    sentence: str,
    prev_end: int,
    mention: NumberMention,
    after_end: int,
    found: Match,
) -> Match | None:
    """What a figure of people on board (`found`) counts: what befell them, if its clause says;
    nothing for a group of them by nationality; else the people on board."""
    if NATIONALS.match(sentence, mention.end):
        return None
    after = [m for m in metrics.find(sentence, mention.end, after_end) if m.key not in nouns]
    before = [
        m
        for m in metrics.find(sentence, before_start(sentence, prev_end, mention.start), mention.start)
        # "killed all 150 on board", not "as the search for survivors went on, 750 were on board"
        if m.key not in nouns
        and not SPEAKS.match(sentence, m.end)
        and "," not in sentence[m.end : mention.start]
    ]
    befell = [m for m in after if m.key != ON_BOARD] or [m for m in before if m.key != ON_BOARD][-1:]
    return befell[0] if befell else found


# a figure's parts set off by dashes: "121 people - 113 women, seven children and a man - were"
_DASHED = re.compile(r"(?:\s+[\w'’-]+){0,2}\s+[-–—]\s+[^-–—.;:()]{1,120}?\s+[-–—]\s+")


def after_parts(
    metrics: Lexicon, sentence: str, mention: NumberMention, limit: int
) -> tuple[Match, int] | None:
    """The metric after the parts that follow a figure ("500 people, including 176 police officers,
    have been injured"), and where its clause ends; `limit` is the start of the next figure."""
    dashed = _DASHED.match(sentence, mention.end)
    if dashed is not None:
        # "121 people - 113 women, seven children and a man - were killed": the verb after the dashes
        end = clause_end(sentence, dashed.end(), len(sentence))
        found = next(iter(metrics.find(sentence, dashed.end(), end)), None)
        return (found, end) if found is not None else None
    if limit >= len(sentence):
        return None
    lead = PART_LEAD.search(sentence, mention.end, limit)
    # "casualties ... amounted to 2,361, including 902 dead": the toll named before
    if lead is None or TOLL_RISE.search(sentence, max(0, mention.start - 40), mention.start):
        return None
    end = clause_end(sentence, lead.end(), len(sentence))
    found = next(iter(metrics.find(sentence, lead.end(), end)), None)
    closed = sentence.find(",", lead.end())
    if found is None and closed > 0:
        # "28 people, including 11 children and three women, were killed": after the list
        end = clause_end(sentence, closed + 1, len(sentence))
        found = next(iter(metrics.find(sentence, closed, end)), None)
    if found is None or found.key in PART_COUNTS:  # "40, of whom 12 have been identified"
        return None
    return found, end


# "handed over the bodies of": a verb and its object, ending in "of" (not "remains of" alone)
_VERB_OF = re.compile(r"\S\s+the\s+\w+\s+of$")


def verb_before(metrics: Lexicon, nouns: frozenset[str], sentence: str, start: int, end: int) -> Match | None:
    """A metric verb in -ing whose object the figure is: "killing at least eight", "wounding seven";
    or a metric phrase that ends in "of" ("handed over the bodies of 6,000 soldiers")."""
    gap_start = end - 40
    if (
        sentence.find("ing", max(start, gap_start), end) < 0
        and sentence.find(" of", max(start, gap_start), end) < 0
    ):
        return None  # no -ing word or "of" in reach: spare the lexicon scan
    found = [
        m
        for m in metrics.find(sentence, max(start, gap_start), end)
        if m.key not in nouns and (m.text.lower().endswith("ing") or _VERB_OF.search(m.text))
    ]
    if found and VERB_GAP.fullmatch(sentence, found[-1].end, end):
        return found[-1]
    return None


def verb_over_noun(
    metrics: Lexicon,
    nouns: frozenset[str],
    subjects: Lexicon,
    sentence: str,
    span: tuple[int, int],
    mention: NumberMention,
    word: Match,
) -> Match | None:
    """The metric verb right before a figure, in any tense, when the metric word after it only names
    whom it counts, as a subject of the rules does: "released 13 Israeli hostages" is 13 released,
    "rescued four hostages" four rescued (not 13 or four held)."""
    if word.start < mention.end or not any(
        s.start == word.start and s.end == word.end for s in subjects.find(sentence, word.start, word.end)
    ):
        return None
    start, end = span
    found = [m for m in metrics.find(sentence, max(start, end - 40), end) if m.key not in nouns]
    done = found[-1] if found and VERB_GAP.fullmatch(sentence, found[-1].end, end) else None
    return done if done is not None and done.key != word.key else None


def fuzzy_metric(metrics: Lexicon, sentence: str, start: int, end: int) -> str | None:
    """The metric an alias near the noun phrase after a figure names (rapidfuzz), if any."""
    phrase = NOUN_PHRASE.match(sentence[start:end])
    return metrics.fuzzy_lookup(phrase.group(1)) if phrase else None


# "Forty soldiers and 300 civilians": a figure's noun (a few words, no verb), then "and" the next figure
_AND_NEXT = re.compile(
    r"\s+(?:[a-z][\w'’-]*\s+){1,3}and\s+(?:(?:another|some|about|around|nearly|more\s+than|at\s+least)\s+)?$"
)
_HAS_VERB = re.compile(r"\b(?:were|was|is|are|had|have|has|been|said|says)\b", re.IGNORECASE)


def shared_verb(
    metrics: Lexicon, nouns: frozenset[str], sentence: str, mention: NumberMention, following: NumberMention
) -> Match | None:
    """The verb a figure shares with the next one, both subjects of it: "Forty soldiers and 300
    civilians were killed" (the first figure's own clause ends at "and", before the verb)."""
    gap = _AND_NEXT.fullmatch(sentence, mention.end, following.start)
    if gap is None or _HAS_VERB.search(sentence, mention.end, following.start):
        return None
    end = clause_end(sentence, following.end, len(sentence))
    found = [m for m in metrics.find(sentence, following.end, end) if m.key not in nouns]
    return found[0] if found else None


# "209 Pakistanis were on an overloaded boat", "between 400 and 750 people had crammed onto the trawler"
_ON_A_VESSEL = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|had\s+been|are)\s+(?:(?:on|aboard|onboard|in)|"
    r"(?:crammed|packed|squeezed|crowded|loaded|piled)\s+(?:on|onto|into|aboard|on\s+board))\s+"
    r"(?:an?|the|one|that|this)\s+(?:[^.;:]{0,60}?\s)?(?:boat|vessel|ship|trawler|ferry|dinghy|raft|"
    r"plane|aircraft|airliner|jet|flight|helicopter|bus|minibus|train|truck|lorry)s?\b|"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+)?(?:crammed|packed|squeezed|crowded|piled)\s+(?:on|onto|into|aboard)\s+"
    r"(?:an?|the|one|that|this)\s+(?:[^.;:]{0,60}?\s)?(?:boat|vessel|ship|trawler|ferry|dinghy|raft|"
    r"bus|minibus|train|truck|lorry)s?\b",
    re.IGNORECASE,
)


def on_a_vessel(sentence: str, mention: NumberMention, end: int) -> bool:
    """Whether a figure with no metric word counts the people a vessel carried, said with the vessel
    ("209 Pakistanis were on an overloaded boat"); `end` is where the figure's clause ends."""
    found = _ON_A_VESSEL.match(sentence, mention.end)
    return found is not None and found.start() < end
