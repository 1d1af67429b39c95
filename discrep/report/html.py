"""The HTML report: one self-contained page to read in a browser or attach to a ticket.

    discrep check articles/ --format html -o report.html

Sections, in order: a summary; the findings table (severity, kind, what, the message, the figures
and where each was found, the finding id for `discrep explain`); a timeline chart for every tally
(metric and subject) with at least two dated figures, one series per claimant, drawn by svg.py;
for every event, each source's venue and date side by side, conflicting ones marked; and every file
with its status.

Self-contained: the styles are inline, there is no script, and a Content-Security-Policy forbids the
page to load anything at all, so opening it makes no network request. Every piece of text from an
article or a rule file is escaped. Output is byte-identical between runs on the same input.
"""

from __future__ import annotations

import math
from collections import defaultdict
from html import escape

from discrep import gate
from discrep.checks import tally, tally_groups
from discrep.checks.base import CheckContext, fmt_number
from discrep.extract.rounds import UNNUMBERED
from discrep.model import Claim, Finding, Report
from discrep.report import svg
from discrep.ruleset import RuleSet

_CSS = """
:root { --error: #b00020; --warning: #a15c00; --info: #1d5fa8; --muted: #666; --line: #ddd; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #1b1b1b; margin: 0 auto; max-width: 1180px; padding: 24px 28px 64px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #222; }
h3 { font-size: 16px; margin: 22px 0 6px; }
nav a { margin-right: 14px; }
.summary { color: var(--muted); margin: 0 0 12px; }
.counts span { display: inline-block; margin-right: 10px; padding: 2px 10px; border-radius: 12px;
               font-weight: 600; font-size: 13px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .where { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.sev { display: inline-block; min-width: 62px; text-align: center; border-radius: 10px; padding: 1px 8px;
       font-size: 12px; font-weight: 700; color: #fff; }
.sev-error { background: var(--error); } .sev-warning { background: var(--warning); }
.sev-info { background: var(--info); }
.counts .sev-error, .counts .sev-warning, .counts .sev-info { color: #fff; }
ul.figures { margin: 0; padding-left: 16px; }
ul.figures li { margin: 1px 0; }
table.findings { table-layout: fixed; }
table.findings .where, table.findings .message { overflow-wrap: anywhere; }
.sev, td.id code { white-space: nowrap; }
td.id code { font-size: 11.5px; }
table.findings .message { font-size: 13px; color: #333; }
.conflict { background: #fde8eb; font-weight: 600; }
.denied { text-decoration: line-through; }
.muted { color: var(--muted); }
figure { margin: 8px 0 22px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(540px, 1fr)); gap: 8px 24px; }
svg.timeline { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg .tick { fill: #555; } svg .axis { fill: #333; } svg .legend { fill: #222; }
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _where(claim: Claim) -> str:
    return f"{claim.path}:{claim.line}"


def _what(finding: Finding, ctx: CheckContext) -> str:
    label = ctx.event_label(finding.event) or ctx.metric_label(finding.metric)
    if finding.subject:
        label += f" · {ctx.subject_label(finding.subject)}"
    return label


def _figure_line(claim: Claim, ctx: CheckContext) -> str:
    value = ("not " if claim.negated else "") + ctx.value_label(claim)
    parts = [f"<b>{_e(value)}</b>", _e(claim.outlet or "—"), _e(ctx.claimant_label(claim.claimant))]
    if claim.as_of:
        parts.append(_e(claim.as_of.isoformat()))
    if claim.modality != "asserted":
        parts.append(_e(claim.modality))
    return " · ".join(parts) + f' <span class="where">{_e(_where(claim))}</span>'


def _findings(report: Report, ctx: CheckContext) -> list[str]:
    out = ['<section id="findings">', "<h2>Findings</h2>"]
    if not report.findings:
        out.append('<p class="muted">No findings: the sources do not disagree.</p>')
        out.append("</section>")
        return out
    claims = {c.id: c for c in report.claims}
    out.append(
        '<table class="findings"><colgroup><col style="width:8%"><col style="width:10%">'
        '<col style="width:12%"><col style="width:37%"><col style="width:23%"><col style="width:10%">'
        "</colgroup><thead><tr><th>severity</th><th>kind</th><th>what</th><th>figures</th>"
        "<th>message</th><th>id</th></tr></thead><tbody>"
    )
    for f in report.findings:
        figures = "".join(f"<li>{_figure_line(claims[i], ctx)}</li>" for i in f.claims if i in claims)
        out.append(
            f'<tr id="{_e(f.id)}"><td><span class="sev sev-{_e(f.severity)}">{_e(f.severity)}</span></td>'
            f"<td>{_e(f.kind.replace('_', ' '))}</td><td>{_e(_what(f, ctx))}</td>"
            f'<td><ul class="figures">{figures}</ul></td><td class="message">{_e(f.message)}</td>'
            f'<td class="id"><code>{_e(f.id)}</code></td></tr>'
        )
    out.append("</tbody></table></section>")
    return out


def _point(claim: Claim, approx: float, tooltip: str, flagged: bool) -> svg.Point:
    """A figure as the tally check sees it: its interval, with the rule's tolerance for "about"."""
    low, high = tally_groups.interval(claim, approx, 0.0)
    if claim.qualifier == "at_least":
        value = low
    elif claim.qualifier == "at_most":
        value = high
    else:
        value = float(claim.value) if isinstance(claim.value, (int, float)) else low
    assert claim.as_of is not None  # the tally groups hold dated figures only
    return svg.Point(claim.as_of, value, low, None if math.isinf(high) else high, tooltip, flagged)


def _series_name(claim: Claim, ctx: CheckContext) -> str:
    if claim.claimant is None:
        return f"unattributed ({claim.outlet or claim.path})"
    return ctx.claimant_label(claim.claimant)


_KEY = (
    "One line per claimant, by the day each figure is for. A band is an approximate figure or a "
    "range; a dashed whisker with an arrow is open-ended (“more than …”); a red ring marks a figure "
    "that is part of a contradiction. Sums implied by their parts (killed + wounded) are drawn too. "
    "Hover over a marker for the figure, who said it and where."
)


def _timelines(report: Report, ctx: CheckContext, rules: RuleSet) -> list[str]:
    out = ['<section id="timelines">', "<h2>Timelines</h2>"]
    groups = sorted(
        (
            (key, members)
            for key, members in tally_groups.tally_groups(report.claims, ctx).items()
            if len(members) >= 2
        ),
        key=lambda item: str(item[0]),
    )
    if not groups:
        out.append('<p class="muted">No tally has two dated figures.</p></section>')
        return out
    out.append(f'<p class="muted">{_e(_KEY)}</p>')
    settings = rules.checks.get(tally.RULE)
    approx = float(settings.options.get("approx_tolerance", 0.1)) if settings else 0.1
    flagged = {i for f in report.findings if f.kind == "contradiction" for i in f.claims}
    out.append('<div class="charts">')
    for (metric, subject, daily, owner), members in groups:
        by_series: dict[str, list[svg.Point]] = defaultdict(list)
        for c in members:
            name = _series_name(c, ctx)
            as_of = c.as_of.isoformat() if c.as_of else "?"
            tooltip = f"{ctx.value_label(c)} as of {as_of}: {name}, {c.outlet or 'no outlet'} ({_where(c)})"
            hit = c.id in flagged or any(d in flagged for d in c.derived_from)
            by_series[name].append(_point(c, approx, tooltip, hit))
        series = [svg.Series(name, tuple(points)) for name, points in sorted(by_series.items())]
        title = ctx.metric_label(metric) + (f" · {ctx.subject_label(subject)}" if subject else "")
        if owner:
            title += f" (as counted by {ctx.claimant_label(owner)})"
        if daily:
            title += " (daily figures)"
        anchor = "timeline-" + "-".join(p for p in (metric, subject, owner, "daily" if daily else "") if p)
        out.append(f'<figure id="{_e(anchor)}"><figcaption>{_e(title)}</figcaption>')
        out.append(svg.timeline(series, title=title, y_label=ctx.metric_label(metric)))
        out.append("</figure>")
    out.append("</div></section>")
    return out


def _events(report: Report, ctx: CheckContext) -> list[str]:
    out = ['<section id="events">', "<h2>Events</h2>"]
    by_event: dict[str, list[Claim]] = defaultdict(list)
    for c in report.claims:
        if c.kind in ("venue", "date") and c.event and c.event != UNNUMBERED:
            by_event[c.event].append(c)
    if not by_event:
        out.append('<p class="muted">No event with a venue or a date.</p></section>')
        return out
    conflicting = {
        i for f in report.findings if f.kind in ("venue_conflict", "date_conflict") for i in f.claims
    }
    for event, claims in sorted(by_event.items()):
        out.append(f"<h3>{_e(ctx.event_label(event))}</h3>")
        out.append(
            "<table><thead><tr><th>outlet</th><th>claimant</th><th>venue</th><th>date</th>"
            "<th>modality</th><th>where</th></tr></thead><tbody>"
        )
        rows: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
        for c in claims:
            rows[(c.path, c.claimant)].append(c)
        for (path, _), row in sorted(rows.items(), key=lambda item: (item[0][0], item[0][1] or "")):
            first = row[0]
            cells = []
            for kind in ("venue", "date"):
                parts = []
                for c in sorted((c for c in row if c.kind == kind), key=lambda c: (c.line, c.column)):
                    text = ctx.value_label(c)
                    classes = ["denied"] if c.negated else []
                    if c.id in conflicting:
                        classes.append("conflict")
                    title = f"{'denied: ' if c.negated else ''}{text} ({_where(c)}): {c.quote}"
                    parts.append(f'<span class="{" ".join(classes)}" title="{_e(title)}">{_e(text)}</span>')
                cells.append(", ".join(parts) or '<span class="muted">—</span>')
            modalities = sorted({("denied, " if c.negated else "") + c.modality for c in row})
            lines = ", ".join(str(n) for n in sorted({c.line for c in row}))
            out.append(
                f"<tr><td>{_e(first.outlet or '—')}</td><td>{_e(ctx.claimant_label(first.claimant))}</td>"
                f"<td>{cells[0]}</td><td>{cells[1]}</td><td>{_e('; '.join(modalities))}</td>"
                f'<td class="where">{_e(path)}:{_e(lines)}</td></tr>'
            )
        out.append("</tbody></table>")
    out.append("</section>")
    return out


def _files(report: Report) -> list[str]:
    out = [
        '<section id="files">',
        "<h2>Files</h2>",
        "<table><thead><tr><th>path</th><th>status</th><th>outlet</th><th>published</th>"
        "<th>claims</th><th>note</th></tr></thead><tbody>",
    ]
    for a in report.articles:
        out.append(
            f'<tr><td class="where">{_e(a.path)}</td><td>{_e(a.status)}</td><td>{_e(a.outlet or "—")}</td>'
            f"<td>{_e(a.published.isoformat() if a.published else '—')}</td>"
            f'<td class="num">{a.claims}</td><td>{_e(a.reason or "")}</td></tr>'
        )
    out.append("</tbody></table></section>")
    return out


def render(report: Report, rules: RuleSet) -> str:
    ctx = CheckContext(rules)
    counts = {
        level: sum(f.severity == level for f in report.findings) for level in ("error", "warning", "info")
    }
    skipped = sum(a.status == "skipped" for a in report.articles)
    checked = len(report.articles) - skipped
    # what the CI gate hid (baselined, suppressed, unchanged) and what the user should act on
    summary = (
        f"{checked} article(s) checked, {skipped} skipped, {fmt_number(len(report.claims))} claims"
        + gate.summary_suffix(report)
    )
    notes = "".join(f"<li>{_e(line)}</li>" for line in gate.warning_lines(report))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        # nothing may be fetched: no stylesheet, font, image or script from anywhere
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="discrep">',
        "<title>discrep report</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        '<body id="discrep-report">',
        "<header>",
        "<h1>Where the sources disagree</h1>",
        f'<p class="summary">{_e(summary)}</p>',
        f'<ul class="notes">{notes}</ul>' if notes else "",
        '<p class="counts">'
        + "".join(f'<span class="sev-{level}">{counts[level]} {level}</span>' for level in counts)
        + "</p>",
        '<nav><a href="#findings">Findings</a><a href="#timelines">Timelines</a>'
        '<a href="#events">Events</a><a href="#files">Files</a></nav>',
        "</header>",
        "<main>",
        *_findings(report, ctx),
        *_timelines(report, ctx, rules),
        *_events(report, ctx),
        *_files(report),
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"
