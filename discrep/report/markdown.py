"""The Markdown report (`--format markdown`): for a pull-request comment or a job summary.

    discrep check articles/ --format markdown >> "$GITHUB_STEP_SUMMARY"

A summary line first (articles checked and skipped, claims, findings per severity, and how many
findings `--baseline`, front-matter suppressions and `--changed-since` hid), then a list of warnings
(stale baseline entries, unused or faulty suppressions) if there are any, then for each finding a
heading with its severity, kind, and metric or event (and subject), its message, and a table like
the terminal report's:

    | value | outlet | claimant | as of | modality | where |

Skipped files are listed at the end. Text from the articles (quotes, outlet and claimant names,
messages) is escaped, so a `|` cannot break a table row, `*` or `_` cannot turn into emphasis and
`<` cannot open an HTML tag; a line break inside a cell becomes `<br>`. Output is identical from
run to run.
"""

from __future__ import annotations

import re

from discrep.checks.base import CheckContext
from discrep.gate import warning_lines
from discrep.model import Claim, Finding, Report
from discrep.report.github import summary
from discrep.ruleset import RuleSet

COLUMNS = ("value", "outlet", "claimant", "as of", "modality", "where")

# The characters that open inline markup anywhere in a line: code, emphasis, links and images (no
# '[' means no link), HTML, table cells, strikethrough. GFM lets any ASCII punctuation be escaped.
_MARKUP = re.compile(r"([\\`*_\[\]<>|~])")
# At the start of a paragraph these would make a heading, a list or a setext underline ('>' is above).
_BLOCK_START = re.compile(r"^(\d+(?=[.)])|[#+=-])")


def escape(text: str) -> str:
    """Inline text: markup characters escaped, line breaks folded to spaces."""
    return _MARKUP.sub(r"\\\1", " ".join(text.splitlines()))


def escape_paragraph(text: str) -> str:
    """A paragraph of its own: as `escape`, and it cannot open a heading or a list either."""
    text = escape(text)
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    if match.group(1)[0].isdigit():  # "1." opens a list, "1\." does not
        return text[: match.end()] + "\\" + text[match.end() :]
    return "\\" + text


def escape_cell(text: str) -> str:
    """A table cell: as `escape`, but a line break is kept as <br>, since a newline ends the row."""
    return "<br>".join(_MARKUP.sub(r"\\\1", line) for line in text.splitlines()) or " "


def _heading(finding: Finding, ctx: CheckContext) -> str:
    parts = [
        finding.severity.upper(),
        finding.kind,
        ctx.event_label(finding.event) or ctx.metric_label(finding.metric),
    ]
    if finding.subject:
        parts.append(ctx.subject_label(finding.subject))
    return "### " + escape(" · ".join(parts))


def _row(claim: Claim, ctx: CheckContext) -> str:
    cells = (
        ctx.value_label(claim),
        claim.outlet or "—",
        ctx.claimant_label(claim.claimant),
        claim.as_of.isoformat() if claim.as_of else "—",
        ("denied, " if claim.negated else "") + claim.modality,
        f"{claim.path}:{claim.line}",
    )
    return "| " + " | ".join(escape_cell(cell) for cell in cells) + " |"


def render(report: Report, rules: RuleSet) -> str:
    ctx = CheckContext(rules)
    claims = {c.id: c for c in report.claims}
    out = [f"**discrep**: {escape(summary(report))}", ""]
    notes = warning_lines(report)
    if notes:
        out += [f"- {escape(note)}" for note in notes] + [""]
    for finding in report.findings:
        out += [_heading(finding, ctx), "", escape_paragraph(finding.message), ""]
        rows = [_row(claims[c], ctx) for c in finding.claims if c in claims]
        if rows:
            out += ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS), *rows, ""]
    skipped = [a for a in report.articles if a.status == "skipped"]
    if skipped:
        out += ["Skipped:", ""]
        out += [f"- {escape(a.path)}: {escape(a.reason or 'skipped')}" for a in skipped]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
