"""Links to other stories in scraped article text, blanked before any claim is read.

A page saved as text keeps its teasers: "READ MORE: Wildfire in Portugal kills 7 firefighters", or a
"Related coverage" list ending "Earthquake in Peru: 12 dead". Read as the article's own, such a
figure is dated the day the article was published and compared with the article's event: a false
contradiction. So these lines are blanked (each stays, empty, and every claim keeps its line
number), and the file's status in the report says which lines were ignored.

What is blanked
    - A line that opens with a teaser label and a separator: "READ MORE:", "Related |", "ALSO
      READ -", "See also:", "Watch:", "Recommended:", "Don't miss:", and the like.
    - A label alone on its line ("Read more", "Related coverage", "More on this story", "Most
      read", "You may also like", "Top stories", ...), and the lines after it, up to the first
      line that reads as prose: a line that ends a sentence and has at least PROSE_WORDS words. A
      list of headlines has neither.

Nothing else is touched: a headline or subheading that states a figure of this story ("1,114
military installations attacked") is the outlet's claim and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PROSE_WORDS = 8

_LABELS = (
    r"read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:coverage|articles?|stories|"
    r"content|news|reading|links?|topics))?|more\s+on\s+this(?:\s+story)?|more\s+stories|more\s+news|"
    r"most\s+read|most\s+popular|most\s+viewed|popular(?:\s+now)?|trending(?:\s+now|\s+stories)?|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you|\s+stories)?|editor'?s\s+picks?|"
    r"top\s+stories|latest\s+(?:news|stories)|further\s+reading|must\s+read|don'?t\s+miss|"
    r"watch|listen|more"
)
# a label and a separator, then the teaser: "READ MORE: ...", "Related | ...", "ALSO READ - ..."
_LABELLED = re.compile(rf"\s*(?:{_LABELS})\s*(?::|\||[-–—]\s)", re.IGNORECASE)
# a label alone on its line, perhaps with a colon or an arrow: a list of teasers follows
_HEADING = re.compile(rf"\s*(?:{_LABELS})\s*[:»>›]?\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def _prose(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) and len(line.split()) >= PROSE_WORDS


def _labelled_teaser(line: str) -> bool:
    """ "READ MORE: Wildfire kills 7": a label, a separator, and a headline rather than a sentence."""
    label = _LABELLED.match(line)
    return label is not None and not _prose(line[label.end() :])


def teaser_lines(text: str) -> list[int]:
    """The indexes (0-based) of the lines of `text` that are links to other stories."""
    found: list[int] = []
    in_list = False  # after a heading such as "Related coverage", until a line of prose
    for index, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        heading = _HEADING.fullmatch(line) is not None
        if heading or _labelled_teaser(line) or (in_list and not _prose(line)):
            found.append(index)
            in_list = in_list or heading
        else:
            in_list = False
    return found


def blank_teasers(text: str) -> tuple[str, list[int]]:
    """`text` with its teaser lines emptied, and their indexes: line numbers do not move."""
    found = teaser_lines(text)
    if not found:
        return text, []
    lines = text.split("\n")
    for index in found:
        lines[index] = ""
    return "\n".join(lines), found


def ignored_note(lines: Iterable[int]) -> str:
    """What the file's status says of the lines blanked: "links to other stories ignored: lines 19, 20"."""
    shown = [str(line) for line in lines]
    return f"links to other stories ignored: line{'s' if len(shown) > 1 else ''} {', '.join(shown)}"
