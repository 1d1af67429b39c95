"""discrep: find where news sources disagree.

Public API:
    parse_numbers(text)                      -> list[NumberMention]
    resolve_dates(text, reference, prefer=)  -> list[DateMention]
    check(paths, rules_dirs=())              -> Report

The names are imported on first use (PEP 562), so that `import discrep` and `discrep --help` stay
fast: the date and number grammars compile hundreds of regexes.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "check": "discrep.engine",
    "Claim": "discrep.model",
    "Finding": "discrep.model",
    "Report": "discrep.model",
    "DateMention": "discrep.text.dates",
    "resolve_dates": "discrep.text.dates",
    "NumberMention": "discrep.text.numbers",
    "parse_numbers": "discrep.text.numbers",
}

if TYPE_CHECKING:
    from discrep.engine import check
    from discrep.model import Claim, Finding, Report
    from discrep.text.dates import DateMention, resolve_dates
    from discrep.text.numbers import NumberMention, parse_numbers


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'discrep' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
