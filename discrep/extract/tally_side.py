"""Whose troops "its troops" are: the side that speaks of them.

"Moscow admits to 1,351 deaths among its troops", "Russia says it has lost 1,351 soldiers": troops
told by a pronoun are the speaker's side. The side is the one whose losses the rules name with the
speaker's name ("Russia has lost", "Moscow has lost": russian_military, rules/subjects.yaml), so a new
side needs YAML only; a speaker no side's words name leaves the troops of no side (`military`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon

MILITARY = "military"  # soldiers of no side the rules know

# the pronoun that makes the troops the speaker's: "its troops", "their own soldiers", "it has lost"
_PRONOUN = re.compile(r"\b(?:its|their)\s+(?:own\s+)?[\w-]+\s*$|\b(?:it|they)\s+(?:has|have|had)\s+lost\b")
# the speaker at the head of the statement: "Russia says", "Moscow admits", "Kyiv has acknowledged"
_SPEAKER = re.compile(
    # "Russia's defence ministry said", "the Russian Defence Ministry said": its body speaks for it
    r"^\W*(?:[Tt]he\s+)?([A-Z][a-z]+)(?:['’]s|n)?(?:\s+(?:[Dd]efen[cs]e|[Mm]ilitary|[Aa]rmy|[Gg]eneral)\s+"
    r"(?:[Mm]inistry|[Ss]taff|[Cc]ommand|[Ss]pokes(?:man|woman)))?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:says|said|admits|admitted|acknowledges|"
    r"acknowledged|concedes|conceded|reports|reported|confirms|confirmed|claims|claimed|puts|put)\b"
)


def speakers_side(subjects: Lexicon, sentence: str, head: int, noun_end: int) -> str | None:
    """The side whose troops a pronoun before `noun_end` names, from the speaker at `head`."""
    if not _PRONOUN.search(sentence, max(head, noun_end - 60), noun_end):
        return None
    speaker = _SPEAKER.match(sentence, head)
    if speaker is None:
        return None
    word = speaker.group(1)
    # "the Russian Defence Ministry": the country of the adjective ("Russian" -> Russia, "Ukrainian" ->
    # Ukraine), as the rules name a side that has lost
    for name in (word, word[:-1], word[:-3] + "e") if word.endswith("n") else (word,):
        side = next(iter(subjects.find(f"{name} has lost")), None)
        if side is not None and side.key.endswith("_" + MILITARY):
            return side.key
    return None
