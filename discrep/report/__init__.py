"""Formatters: each turns one Report into text. Nothing else in discrep renders output.

    table     the terminal report (default)          table.py
    json      one object for tools (version 1)       json.py
    sarif     SARIF 2.1.0 for code scanning           sarif.py
    github    GitHub Actions annotations             github.py
    markdown  a PR comment or job summary            markdown.py
    junit     JUnit XML for GitLab and Jenkins       junit.py
    html      one self-contained page with charts    html.py (charts: svg.py)

After `--baseline`, front-matter suppressions or `--changed-since` the report is a
`discrep.gate.GatedReport` (a `discrep.baseline.BaselinedReport`): its findings are the ones shown,
and it knows what was hidden and why. The sarif, github, markdown and junit formatters read that
themselves; for table and json it is added here (`discrep.gate.count_lines` and `warning_lines`
after the summary line, `discrep.gate.json_extras` as keys such as `baselined`, `stale_baseline`
and `unused_suppressions`), so their output without any of these stays exactly as it was.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from discrep import gate
from discrep.model import Report
from discrep.ruleset import RuleSet

Formatter = Callable[[Report, RuleSet], str]


def _table(report: Report, rules: RuleSet) -> str:
    from discrep.report import table

    text = table.render(report, rules)
    return text + "".join(line + "\n" for line in gate.count_lines(report) + gate.warning_lines(report))


def _json(report: Report, rules: RuleSet) -> str:
    from discrep.report import json as json_report

    return json_report.render(report, gate.json_extras(report))


def _imported(module: str) -> Formatter:
    """The module's render(), imported when first called: a JSON run never loads rich or XML."""

    def formatter(report: Report, rules: RuleSet) -> str:
        render: Formatter = importlib.import_module(f"discrep.report.{module}").render
        return render(report, rules)

    formatter.__name__ = formatter.__qualname__ = f"{module}.render"
    return formatter


FORMATS: dict[str, Formatter] = {
    "table": _table,
    "json": _json,
    "sarif": _imported("sarif"),
    "github": _imported("github"),
    "markdown": _imported("markdown"),
    "junit": _imported("junit"),
    "html": _imported("html"),
}


def render(report: Report, output_format: str, rules: RuleSet) -> str:
    return FORMATS[output_format](report, rules)


def render_chunks(report: Report, output_format: str, rules: RuleSet) -> Iterator[bytes]:
    """The report as UTF-8 in pieces, for writing: the JSON report of a big corpus is never whole."""
    if output_format == "json":
        from discrep.report import json as json_report

        yield from json_report.render_chunks(report, gate.json_extras(report))
    else:
        yield render(report, output_format, rules).encode("utf-8")


__all__ = ["FORMATS", "Formatter", "render", "render_chunks"]
