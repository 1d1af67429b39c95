"""What the cache tests share: a check's JSON report of a corpus, with or without a cache folder."""

from __future__ import annotations

from pathlib import Path

from discrep.engine import check
from discrep.report import render
from discrep.ruleset import load_rules


def json_report(corpus: Path, cache_dir: Path | None) -> str:
    rules = load_rules()
    return render(check([corpus], rules, cache_dir=cache_dir), "json", rules)
