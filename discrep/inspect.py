"""What the inspection commands print: `discrep claims`, `discrep rules` and `discrep explain`.

    claims    every claim the parser found, as a table or JSON, filtered by metric, file or kind:
              what a rule author reads to see what a new alias or place name picked up
    rules     the rule set in force (the default pack plus any --rules folders), section by section;
              a mistake is reported as file:line: key: problem, as `check` does
    explain   one finding: why it fired (its message, and the part of its check's documentation
              for that kind of finding) and each claim behind it in context: the quote, file:line,
              claimant, outlet, as-of day and the interval the check compared

Pure functions from a Report (and the articles' text) to text; the CLI does the loading.
"""

from __future__ import annotations

import fnmatch
import io
import json
import math
import os
import sys
import textwrap
from collections.abc import Iterable, Mapping, Sequence

from rich.console import Console
from rich.table import Table

from discrep.checks import REGISTRY
from discrep.checks import tally as tally_check
from discrep.checks.base import CheckContext, fmt_number
from discrep.checks.tally_groups import interval
from discrep.model import Article, Claim, Finding, Report
from discrep.report.json import claim_dict
from discrep.ruleset import RuleSet

KINDS = ("quantity", "venue", "date")
_CONTEXT = 420  # characters of the paragraph shown around a claim


class InspectError(Exception):
    """A finding id that matches no finding, or more than one."""


def _console(buffer: io.StringIO) -> Console:
    width = int(os.environ.get("COLUMNS", "120"))
    return Console(file=buffer, width=width, force_terminal=False, no_color=True, highlight=False)


# --- claims ----------------------------------------------------------------------------------------


def _file_of(path: str) -> str:
    """'feed.jsonl:record 3' -> 'feed.jsonl': a file filter matches every record of a feed."""
    return path.split(":record ", 1)[0]


def filter_claims(
    claims: Iterable[Claim], *, metric: str | None = None, file: str | None = None, kind: str | None = None
) -> list[Claim]:
    """Claims of one metric, kind and file. `file` matches the path, its end, or a glob pattern."""

    def in_file(c: Claim) -> bool:
        if file is None:
            return True
        whole = _file_of(c.path)
        wanted = file.rstrip("/")
        return (
            c.path == wanted
            or whole == wanted
            or whole.endswith("/" + wanted)
            or whole.startswith(wanted + "/")
            or fnmatch.fnmatch(whole, wanted)
        )

    return [
        c
        for c in claims
        if (metric is None or c.metric == metric) and (kind is None or c.kind == kind) and in_file(c)
    ]


def claims_json(claims: Sequence[Claim]) -> str:
    """The claims as in the JSON report's `claims` key."""
    data = {"version": 1, "claims": [claim_dict(c) for c in claims]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _scope(claim: Claim, ctx: CheckContext) -> str:
    if claim.event:
        return ctx.event_label(claim.event)
    return ctx.subject_label(claim.subject) if claim.subject else "—"


def claims_table(claims: Sequence[Claim], rules: RuleSet) -> str:
    """One row per claim (where, what, value, as of, claimant), its quote wrapped on the lines below.

    The quote gets the whole width: it is what a rule author reads, and squeezed into a column it
    would be a word per line.
    """
    ctx = CheckContext(rules)
    width = int(os.environ.get("COLUMNS", "120"))
    rows = []
    for c in claims:
        value = ("not " if c.negated else "") + ctx.value_label(c)
        if c.modality != "asserted":
            value += f" ({c.modality})"
        rows.append(
            (
                f"{c.path}:{c.line}",
                # the metric of a venue or date claim is its kind; a quantity names its metric
                f"{c.metric} · {_scope(c, ctx)}",
                value,
                c.as_of.isoformat() if c.as_of else "—",
                ctx.claimant_label(c.claimant),
            )
        )
    header = ("where", "what", "value", "as of", "claimant")
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header), line(["─" * w for w in widths])]
    for c, row in zip(claims, rows, strict=True):
        out.append(line(row))
        out.extend(
            textwrap.wrap(
                f"“{c.quote}”", width=max(40, width - 4), initial_indent="    ", subsequent_indent="    "
            )
        )
    out.append(f"{len(claims)} claim(s)")
    return "\n".join(out) + "\n"


# --- rules -----------------------------------------------------------------------------------------


def rules_summary(rules: RuleSet) -> str:
    """One line: the files read and how many entries each section holds."""
    counts = {
        "metrics": len(rules.metrics),
        "subjects": len(rules.subjects),
        "claimants": len(rules.claimants),
        "places": len(rules.places),
        "events": len(rules.events),
        "parties": len(rules.parties),
        "checks": len(rules.checks),
        "timelines": len(rules.timelines),
    }
    sections = ", ".join(f"{n} {name}" for name, n in counts.items())
    return f"rules OK: {len(rules.sources)} file(s); {sections}\n"


def _aliases(aliases: Sequence[str], limit: int = 6) -> str:
    shown = ", ".join(aliases[:limit])
    return shown + (f" … (+{len(aliases) - limit})" if len(aliases) > limit else "")


def rules_listing(rules: RuleSet) -> str:
    buffer = io.StringIO()
    console = _console(buffer)
    console.print("files: " + ", ".join(rules.sources))
    metrics = Table(title="metrics", title_justify="left")
    for column in ("id", "label", "cumulative", "sum of", "aliases"):
        metrics.add_column(column, overflow="fold")
    for m in rules.metrics.values():
        metrics.add_row(
            m.id,
            m.label,
            "yes" if m.cumulative else "no",
            " + ".join(m.sum_of) or "—",
            _aliases(m.aliases) + (f"; only with: {_aliases(m.requires)}" if m.requires else ""),
        )
    console.print(metrics)
    for name, entries in (
        ("subjects", rules.subjects),
        ("claimants", rules.claimants),
        ("events", rules.events),
    ):
        table = Table(title=name, title_justify="left")
        for column in ("id", "label", "aliases"):
            table.add_column(column, overflow="fold")
        for entry in entries.values():
            table.add_row(entry.id, entry.label, _aliases(entry.aliases))
        console.print(table)
    parties = Table(title="parties", title_justify="left")
    for column in ("id", "label", "aliases", "people"):
        parties.add_column(column, overflow="fold")
    for party in rules.parties.values():
        parties.add_row(party.id, party.label, _aliases(party.aliases), _aliases(party.participants) or "—")
    console.print(parties)
    places = Table(title="places", title_justify="left")
    for column in ("id", "label", "inside", "aliases"):
        places.add_column(column, overflow="fold")
    for p in rules.places.values():
        places.add_row(p.id, p.label, " < ".join(rules.ancestors(p.id)[1:]) or "—", _aliases(p.aliases))
    console.print(places)
    checks = Table(title="checks", title_justify="left")
    for column in ("id", "enabled", "severity", "options"):
        checks.add_column(column, overflow="fold")
    for check in rules.checks.values():
        checks.add_row(
            check.id,
            "yes" if check.enabled else "no",
            ", ".join(f"{k}={v}" for k, v in check.severity.items()),
            ", ".join(f"{k}={v}" for k, v in check.options.items()) or "—",
        )
    console.print(checks)
    if rules.timelines:
        console.print(
            "timelines: "
            + ", ".join(f"{name} from {day.isoformat()}" for name, day in rules.timelines.items())
        )
    if rules.pronouns:
        console.print("pronouns: " + ", ".join(rules.pronouns))
    console.print(rules_summary(rules).rstrip("\n"))
    return buffer.getvalue()


# --- explain ---------------------------------------------------------------------------------------


def find_finding(report: Report, wanted: str) -> Finding:
    """The finding with this id, or the only one whose id starts with it."""
    exact = [f for f in report.findings if f.id == wanted]
    if exact:
        return exact[0]
    matches = [f for f in report.findings if f.id.startswith(wanted)] if wanted else []
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise InspectError(f"{wanted!r} matches {len(matches)} findings: {', '.join(f.id for f in matches)}")
    known = ", ".join(f.id for f in report.findings) or "none"
    raise InspectError(f"no finding {wanted!r} in these articles (findings: {known})")


def check_doc(rule: str, kind: str) -> tuple[str, str]:
    """(summary, section) of a check's module docstring: its first line, and the part for `kind`."""
    function = REGISTRY.get(rule)
    module = sys.modules.get(function.__module__) if function is not None else None
    doc = (module.__doc__ if module is not None else None) or ""
    lines = doc.strip().splitlines()
    summary = lines[0].strip() if lines else rule
    section: list[str] = []
    for line in lines:
        if section and line.strip() and not line.startswith((" ", "\t")):
            break
        if section or line.startswith(f"{kind} ("):
            section.append(line.rstrip())
    while section and not section[-1].strip():
        section.pop()
    return summary, "\n".join(section)


def _interval_text(claim: Claim, rules: RuleSet) -> str:
    """The interval the tally check compares for a figure, its tolerances applied."""
    settings = rules.checks.get(tally_check.RULE)
    approx = float(settings.options.get("approx_tolerance", 0.1)) if settings else 0.1
    exact = float(settings.options.get("exact_tolerance", 0.0)) if settings else 0.0
    low, high = interval(claim, approx, exact)
    upper = "∞)" if math.isinf(high) else f"{fmt_number(round(high, 2))}]"
    return f"[{fmt_number(round(low, 2))}, {upper}"


def _context(claim: Claim, article: Article | None) -> str | None:
    """The paragraph (line) the claim is on, cut to a window around the quote when long."""
    if article is None:
        return None
    lines = article.text.split("\n")
    index = claim.line - article.first_line
    if not 0 <= index < len(lines):
        return None
    paragraph = lines[index].strip()
    if not paragraph or paragraph == claim.quote.strip():
        return None
    if len(paragraph) <= _CONTEXT:
        return paragraph
    at = max(0, paragraph.find(claim.quote[:40].lstrip("…")))
    left = max(0, at - _CONTEXT // 3)
    right = min(len(paragraph), left + _CONTEXT)
    return ("…" if left else "") + paragraph[left:right].strip() + ("…" if right < len(paragraph) else "")


def _wrapped(label: str, text: str, width: int) -> list[str]:
    """'   label: text', continued under the text, not under the label."""
    lead = f"   {label:<10} "
    return textwrap.wrap(text, width=max(40, width), initial_indent=lead, subsequent_indent=" " * len(lead))


def explain(
    report: Report, finding: Finding, rules: RuleSet, articles: Mapping[str, Article] | None = None
) -> str:
    """A finding, why it fired, and every claim behind it with its context."""
    ctx = CheckContext(rules)
    articles = articles or {}
    claims = {c.id: c for c in report.claims}
    width = int(os.environ.get("COLUMNS", "120"))
    what = ctx.event_label(finding.event) or ctx.metric_label(finding.metric)
    if finding.subject:
        what += f" · {ctx.subject_label(finding.subject)}"
    out = [f"{finding.id}  {finding.severity.upper()} {finding.kind}  {what}", ""]
    out += textwrap.wrap(f"Why it fired: {finding.message}", width=width, subsequent_indent="  ")
    summary, section = check_doc(finding.rule, finding.kind)
    out += ["", f"Check {summary}"]
    if section:
        out += section.splitlines()
    behind = [claims[i] for i in finding.claims if i in claims]
    out += ["", f"Claims behind it ({len(behind)}):"]
    for number, c in enumerate(behind, start=1):
        value = ("not " if c.negated else "") + ctx.value_label(c)
        out += ["", f"{number}. {value}  {ctx.metric_label(c.metric)} · {_scope(c, ctx)}"]
        out += _wrapped("where:", f"{c.path}:{c.line}:{c.column}", width)
        out += _wrapped("claimant:", f"{ctx.claimant_label(c.claimant)}; outlet: {c.outlet or '—'}", width)
        as_of = c.as_of.isoformat() if c.as_of else "unknown"
        modality = ("denied, " if c.negated else "") + c.modality
        out += _wrapped("as of:", f"{as_of}; period: {c.period}; modality: {modality}", width)
        if c.kind == "quantity":
            out += _wrapped("compared:", f"{_interval_text(c, rules)} ({c.qualifier})", width)
        if c.note:
            out += _wrapped("note:", c.note, width)
        out += _wrapped("quote:", f"“{c.quote}”", width)
        around = _context(c, articles.get(c.path))
        if around:
            out += _wrapped(f"line {c.line}:", f"“{around}”", width)
        out += _wrapped("claim id:", c.id, width)
    return "\n".join(out) + "\n"
