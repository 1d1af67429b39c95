"""discrep: find where news sources disagree.

Public API:
    parse_numbers(text)                      -> list[NumberMention]
    resolve_dates(text, reference, prefer=)  -> list[DateMention]
    check(paths, rules_dirs=())              -> Report
"""

from __future__ import annotations

from discrep.text.dates import DateMention, resolve_dates
from discrep.text.numbers import NumberMention, parse_numbers

__version__ = "0.1.0"

__all__ = ["DateMention", "NumberMention", "__version__", "parse_numbers", "resolve_dates"]
