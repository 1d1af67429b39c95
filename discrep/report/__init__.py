"""Formatters: each turns one Report into text. Nothing else in discrep renders output.

    table     the terminal report (default)          table.py
    json      one object for tools (version 1)       json.py
    sarif     SARIF 2.1.0 for code scanning           sarif.py
    github    GitHub Actions annotations             github.py
    markdown  a PR comment or job summary            markdown.py

After `--baseline` the report is a `discrep.baseline.BaselinedReport`: its findings are the new ones
only, and it knows which were hidden. The sarif, github and markdown formatters read that
themselves; for table and json it is added here, after the summary line and as a `baselined` key,
so their output without a baseline stays exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from json import dumps  # not `import json`: this package's own json module would shadow it

from discrep.baseline import BaselinedReport
from discrep.model import Report
from discrep.report import github, markdown, sarif, table
from discrep.report import json as json_report
from discrep.ruleset import RuleSet

Formatter = Callable[[Report, RuleSet], str]


def _table(report: Report, rules: RuleSet) -> str:
    text = table.render(report, rules)
    if isinstance(report, BaselinedReport):
        text += f"{len(report.baselined)} finding(s) baselined (accepted in the baseline file, not shown)\n"
    return text


def _json(report: Report, rules: RuleSet) -> str:
    if not isinstance(report, BaselinedReport):
        return json_report.render(report)
    data = json_report.report_dict(report)
    data["baselined"] = list(report.baselined)
    # Same dumps arguments as json_report.render, so a baseline changes only the content.
    return dumps(data, indent=2, ensure_ascii=False) + "\n"


FORMATS: dict[str, Formatter] = {
    "table": _table,
    "json": _json,
    "sarif": sarif.render,
    "github": github.render,
    "markdown": markdown.render,
}


def render(report: Report, output_format: str, rules: RuleSet) -> str:
    return FORMATS[output_format](report, rules)


__all__ = ["FORMATS", "Formatter", "render"]
