"""The terminal report: one table per finding, values side by side, then a summary.

Each finding shows its kind, severity and message, then one row per claim: the value as written,
outlet, claimant, as-of date, modality and file:line. A finding with more than MAX_ROWS claims shows
the first MAX_ROWS and a last row "… and 4,190 more claims (--format json lists them all)": in an
archive one finding can hold thousands. After MAX_TABLES findings the rest are one line each
(severity, kind, what, message): drawing thousands of tables takes rich minutes, and nobody reads
them in a terminal; `--format markdown` or `json` has them all in full. Skipped files are listed
with the reason. Colour is used only when writing to a terminal.
"""

from __future__ import annotations

import io
import os

from rich.console import Console
from rich.table import Table
from rich.text import Text

from discrep.checks.base import CheckContext
from discrep.model import Claim, Finding, Report
from discrep.ruleset import RuleSet

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
MAX_ROWS = 20
MAX_TABLES = 100


def _finding_table(finding: Finding, claims: dict[str, Claim], ctx: CheckContext) -> Table:
    title = Text()
    title.append(f"{finding.severity.upper()} ", style=_STYLE[finding.severity])
    title.append(f"{finding.kind}  ", style="bold")
    title.append(ctx.event_label(finding.event) or ctx.metric_label(finding.metric))
    if finding.subject:
        title.append(f" · {ctx.subject_label(finding.subject)}")
    table = Table(
        title=title, title_justify="left", caption=finding.message, caption_justify="left", expand=False
    )
    for column in ("value", "outlet", "claimant", "as of", "modality"):
        table.add_column(column, overflow="fold")
    table.add_column("where", no_wrap=True)  # file:line stays whole, so editors and terminals can open it
    found = [claims[claim_id] for claim_id in finding.claims if claim_id in claims]
    for c in found[:MAX_ROWS]:
        modality = ("denied, " if c.negated else "") + c.modality
        table.add_row(
            ctx.value_label(c),
            c.outlet or "—",
            ctx.claimant_label(c.claimant),
            c.as_of.isoformat() if c.as_of else "—",
            modality,
            f"{c.path}:{c.line}",
        )
    if len(found) > MAX_ROWS:
        table.add_row(f"… and {len(found) - MAX_ROWS:,} more claims (--format json lists them all)")
    return table


def render(report: Report, rules: RuleSet) -> str:
    buffer = io.StringIO()
    width = int(os.environ.get("COLUMNS", "120"))
    console = Console(file=buffer, width=width, force_terminal=False, no_color=True, highlight=False)
    ctx = CheckContext(rules)
    claims = {c.id: c for c in report.claims}
    for finding in report.findings[:MAX_TABLES]:
        console.print(_finding_table(finding, claims, ctx))
        console.print()
    rest = report.findings[MAX_TABLES:]
    if rest:
        console.print(f"… and {len(rest):,} more findings, one line each:", markup=False)
        for finding in rest:
            what = ctx.event_label(finding.event) or ctx.metric_label(finding.metric)
            if finding.subject:
                what += f" · {ctx.subject_label(finding.subject)}"
            buffer.write(f"{finding.severity.upper()} {finding.kind}  {what}: {finding.message}\n")
        console.print()
    skipped = [a for a in report.articles if a.status == "skipped"]
    for status in report.articles:
        if status.reason:  # a checked file can carry a note too: "no publication date ..."
            console.print(f"{status.status} {status.path}: {status.reason}", markup=False)
    counts = {
        level: sum(f.severity == level for f in report.findings) for level in ("error", "warning", "info")
    }
    checked = len(report.articles) - len(skipped)
    console.print(
        f"{checked} article(s) checked, {len(skipped)} skipped, {len(report.claims)} claims; "
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info"
    )
    return buffer.getvalue()
