"""Who speaks or acts in a tally's sentence is not whom its figure counts.

"Police said 300 were arrested", "the bomber detonated his vest, killing 14", "she told reporters",
"Rescuers recovered 68 bodies", "115 killed in an attack by assailants", "70 bodies handed over to
families": the police, the bomber, the reporters, the rescuers, the assailants and the families are
named beside the figure, but the figure counts others.
The scope reader (tally_scope.py) leaves such words out when it looks for the counted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrep.extract.lexicon import Match

# who speaks or acts: "police said", "the gunman opened fire"
_AGENT = re.compile(
    r"\s+(?:on\s+\w+day\s+)?(?:(?:also|later|then|had|have|has)\s+)?(?:said|says|say|told|reported|reports|announced|"
    r"arrested|detained|opened|fired|detonated|attacked|stabbed|raided|dispersed|used|"
    # who counts: "Rescuers on Friday raised the death toll to 205"
    r"raised|revised|updated|put)\b",
    re.IGNORECASE,
)

# who did the work a figure before it counts: "Rescuers recovered 68 bodies", "police pulled 12
# people from the water" (only before the figure: "12 children rescued" are the children)
_ACTED = re.compile(
    r"\s+(?:(?:also|later|then|had|have|has)\s+)?(?:recovered|retrieved|pulled|found|rescued|saved|"
    r"evacuated|treated|brought|carried|took|dug|plucked|located|searched)\b",
    re.IGNORECASE,
)

# whom a source speaks to: "she told reporters", "speaking to journalists": not whom a figure counts
_AUDIENCE = re.compile(
    r"\b(?:told|tells|telling|briefed|briefing|informed|addressed|warned|(?:said|speaking|talking)\s+to)"
    r"\s+(?:the\s+|a\s+|local\s+|foreign\s+|visiting\s+)?$",
    re.IGNORECASE,
)


def _spoken_to(sentence: str, start: int) -> bool:
    return _AUDIENCE.search(sentence, max(0, start - 30), start) is not None


# who did it, after the figure: "115 killed in an attack by assailants", "wounded by Russian troops"
_DONE_BY = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+|armed\s+|suspected\s+)*(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def done_by(sentence: str, start: int) -> bool:
    return _DONE_BY.search(sentence, max(0, start - 40), start) is not None


def acts_or_speaks(sentence: str, named: Match) -> bool:
    """The words `named` name someone who speaks or acts ("police said"), or whom a source speaks
    to ("told reporters")."""
    return _AGENT.match(sentence, named.end) is not None or _spoken_to(sentence, named.start)


def did_the_work(sentence: str, end: int) -> bool:
    """The words ending at `end` name who did the work a figure after them counts ("Rescuers
    recovered 68 bodies")."""
    return _ACTED.match(sentence, end) is not None


# whom something went to: "70 bodies have been handed over to families" counts no families
_TO_WHOM = re.compile(r"\bto\s+(?:the\s+|their\s+|grieving\s+)?$", re.IGNORECASE)


def given_to(sentence: str, start: int) -> bool:
    """The words at `start` name whom something went to ("handed over to families")."""
    return _TO_WHOM.search(sentence, max(0, start - 12), start) is not None
