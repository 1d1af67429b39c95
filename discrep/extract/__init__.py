"""Extract claims from articles: see article.py for how one article is read.

`extract(article, vocabulary)`, `compile_rules(rules)`, `Vocabulary` and `day_one_for` are loaded
on first use (PEP 562): `discrep.ruleset` imports `discrep.extract.lexicon`, and that must not pull
in the date and number grammars.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from discrep.extract.article import Vocabulary, compile_rules, day_one_for, extract

_PUBLIC = ("Vocabulary", "compile_rules", "day_one_for", "extract")


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'discrep.extract' has no attribute {name!r}")
    value = getattr(import_module("discrep.extract.article"), name)
    globals()[name] = value
    return value


__all__ = ["Vocabulary", "compile_rules", "day_one_for", "extract"]
