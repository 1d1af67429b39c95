"""One sentence of an article as the extractor's first pass read it, and where a claim's words are.

Both passes of article.py use these: the tallies are made into claims there, the talks' dates and
venues in event_claims.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from discrep.extract.attribution import Attribution
from discrep.extract.tallies import Tally
from discrep.model import Article
from discrep.text.dates import DateMention
from discrep.text.sentences import Sentence

_QUOTE_LIMIT = 240


@dataclass(frozen=True)
class Read:
    """One sentence as read in the first pass."""

    index: int
    sentence: Sentence
    dates: list[DateMention]
    attribution: Attribution
    as_of: dt.date | None
    previous_claimant: str | None  # the last known claimant named before this sentence
    tallies: list[Tally] = field(default_factory=list)
    is_event: bool = False


def position(article: Article, offset: int) -> tuple[int, int]:
    """(line, column), both 1-based, in the file, of a character offset in the article body."""
    line = article.first_line + article.text.count("\n", 0, offset)
    column = offset - (article.text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def quote_of(sentence: Sentence, start: int, end: int) -> str:
    """The sentence, or a window of it around [start, end) when it is long."""
    text = sentence.text
    if len(text) <= _QUOTE_LIMIT:
        return text
    left = max(0, start - _QUOTE_LIMIT // 2)
    right = min(len(text), max(end, left + _QUOTE_LIMIT))
    return ("…" if left else "") + text[left:right].strip() + ("…" if right < len(text) else "")


def base_fields(article: Article, read: Read, start: int, end: int) -> dict[str, object]:
    line, column = position(article, read.sentence.start + start)
    return {
        "path": article.path,
        "line": line,
        "column": column,
        "quote": quote_of(read.sentence, start, end),
        "claimant": read.attribution.claimant,
        "outlet": article.outlet,
        "sentence": read.index,
    }
