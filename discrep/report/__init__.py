"""Formatters: each turns one Report into text. Nothing else in discrep renders output."""

from __future__ import annotations

from collections.abc import Callable

from discrep.model import Report
from discrep.report import json as json_report
from discrep.report import table
from discrep.ruleset import RuleSet

Formatter = Callable[[Report, RuleSet], str]

FORMATS: dict[str, Formatter] = {
    "table": table.render,
    "json": lambda report, rules: json_report.render(report),
}


def render(report: Report, output_format: str, rules: RuleSet) -> str:
    return FORMATS[output_format](report, rules)


__all__ = ["FORMATS", "render"]
