"""discrep: find where news sources disagree.

Public API:
    parse_numbers(text)                      -> list[NumberMention]
    resolve_dates(text, reference, prefer=)  -> list[DateMention]
    check(paths, rules_dirs=())              -> Report
"""

from __future__ import annotations

__version__ = "0.1.0"

from discrep.engine import check
from discrep.model import Claim, Finding, Report
from discrep.text.dates import DateMention, resolve_dates
from discrep.text.numbers import NumberMention, parse_numbers

__all__ = [
    "Claim",
    "DateMention",
    "Finding",
    "NumberMention",
    "Report",
    "__version__",
    "check",
    "parse_numbers",
    "resolve_dates",
]
