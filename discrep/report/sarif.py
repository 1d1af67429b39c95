"""The SARIF report (`--format sarif`): SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

    discrep check articles/ --format sarif -o discrep.sarif

One run, tool `discrep` with its version. Each finding is one result:

- `ruleId` is `<check>/<finding kind>`, e.g. `tally/contradiction`, `venue/venue_conflict`,
  `date/date_conflict`, `tally/evolving_tally`, `tally/agreement`; the run's `tool.driver.rules`
  describes each rule id that occurs, its help being the check's documentation.
- `level` is `error`, `warning` or `note` (from the finding's severity error, warning, info).
- `message.text` is the finding's message, as in the other formats.
- `locations` has one entry per claim of the finding: the article's path as printed by the other
  formats (relative to the folder checked), the claim's line and column, the sentence quoted as
  the snippet, and a short message with the value and who gave it. GitHub shows the first.
- `partialFingerprints["discrepFindingId/v1"]` is the finding id, a hash of its content, so code
  scanning recognises the same finding across runs instead of opening a new alert each time.
- `properties` carries the finding id, metric, subject, event and claim ids.

With `--baseline`, results carry `baselineState` (`new`, or `updated` for a finding changed since
the baseline), the ids of the hidden findings are listed in the run's `properties.baselined` and the
stale baseline entries in `properties.staleBaseline`. A finding accepted in an article's front matter
is still a result, with a `suppressions` entry (`inSource`, the reason as `justification`, the
suppression's line as location), so code scanning shows it as dismissed. With `--changed-since`,
`properties.changedSince` has the revision, the changed articles and the ids not shown. Files that
were skipped appear as notifications of the run's invocation (`note`), and so do stale baseline
entries and unused or faulty suppressions (`warning`). Output is identical from run to run.
"""

from __future__ import annotations

import inspect
import re
from typing import Any
from urllib.parse import quote

import orjson

from discrep import __version__
from discrep.baseline import BaselinedReport, entry_dict
from discrep.checks import REGISTRY
from discrep.checks.base import CheckContext
from discrep.gate import GatedReport, Placed, baseline_applied, warnings
from discrep.model import Claim, Finding, Report
from discrep.ruleset import RuleSet

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "discrepFindingId/v1"

LEVELS = {"error": "error", "warning": "warning", "info": "note"}

KIND_DESCRIPTIONS = {
    "contradiction": "Sources give figures for the same tally that cannot all be true",
    "evolving_tally": "A running tally changes from one report to the next",
    "venue_conflict": "Sources disagree on where an event takes place",
    "date_conflict": "Sources disagree on when an event takes place",
    "agreement": "Figures from different sources agree",
}


def rule_id(finding: Finding) -> str:
    return f"{finding.rule}/{finding.kind}"


def _rule_name(rid: str) -> str:
    """'tally/evolving_tally' -> 'TallyEvolvingTally': SARIF names are meant to be identifiers."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", rid) if part)


def _descriptor(finding: Finding) -> dict[str, Any]:
    rid = rule_id(finding)
    descriptor: dict[str, Any] = {
        "id": rid,
        "name": _rule_name(rid),
        "shortDescription": {
            "text": KIND_DESCRIPTIONS.get(finding.kind, finding.kind.replace("_", " ").capitalize())
        },
    }
    check = REGISTRY.get(finding.rule)
    module = inspect.getmodule(check) if check is not None else None
    if module is not None and module.__doc__:
        descriptor["help"] = {"text": inspect.cleandoc(module.__doc__)}
    descriptor["properties"] = {"tags": ["discrep", finding.rule, finding.kind]}
    return descriptor


def _uri(path: str) -> str:
    # A SARIF artifact location is a URI reference, not a file name: spaces, '#', '%'... are encoded.
    return quote(path, safe="/")


def _location(claim: Claim, ctx: CheckContext) -> dict[str, Any]:
    who = ctx.claimant_label(claim.claimant) + (f", {claim.outlet}" if claim.outlet else "")
    as_of = f", as of {claim.as_of.isoformat()}" if claim.as_of else ""
    denied = "denied: " if claim.negated else ""
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(claim.path)},
            "region": {
                # SARIF lines and columns start at 1; never emit 0 even for a claim without a position.
                "startLine": max(1, claim.line),
                "startColumn": max(1, claim.column),
                "snippet": {"text": claim.quote},
            },
        },
        "message": {"text": f"{denied}{ctx.value_label(claim)} ({who}{as_of}; {claim.modality})"},
    }


def _result(
    finding: Finding,
    index: int,
    claims: dict[str, Claim],
    ctx: CheckContext,
    report: Report,
    suppressed_by: Placed | None = None,
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": rule_id(finding),
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(claims[c], ctx) for c in finding.claims if c in claims],
        "partialFingerprints": {FINGERPRINT: finding.id},
        "properties": {
            "findingId": finding.id,
            "metric": finding.metric,
            "subject": finding.subject,
            "event": finding.event,
            "claims": list(finding.claims),
        },
    }
    if isinstance(report, BaselinedReport) and baseline_applied(report):
        result["baselineState"] = "updated" if finding.id in report.changed else "new"
    if suppressed_by is not None:
        suppression: dict[str, Any] = {"kind": "inSource"}
        if suppressed_by.suppression.reason:
            suppression["justification"] = suppressed_by.suppression.reason
        suppression["location"] = _place(suppressed_by.path, suppressed_by.suppression.line)
        result["suppressions"] = [suppression]
    return result


def _place(path: str, line: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if line is not None:
        physical["region"] = {"startLine": max(1, line)}
    return {"physicalLocation": physical}


def sarif_dict(report: Report, rules: RuleSet) -> dict[str, Any]:
    ctx = CheckContext(rules)
    claims = {c.id: c for c in report.claims}
    suppressed = report.suppressed if isinstance(report, GatedReport) else ()
    first_of_rule: dict[str, Finding] = {}
    for finding in (*report.findings, *(s.finding for s in suppressed)):
        first_of_rule.setdefault(rule_id(finding), finding)
    rule_ids = sorted(first_of_rule)
    descriptors = [_descriptor(first_of_rule[rid]) for rid in rule_ids]
    index = {rid: i for i, rid in enumerate(rule_ids)}
    notifications = [
        {
            "level": "note",
            "message": {"text": f"skipped: {status.reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(status.path)}}}],
        }
        for status in report.articles
        if status.status == "skipped"
    ]
    for note in warnings(report):
        notification: dict[str, Any] = {"level": "warning", "message": {"text": note.text}}
        if note.path is not None:
            notification["locations"] = [_place(note.path, note.line)]
        notifications.append(notification)
    results = [_result(f, index[rule_id(f)], claims, ctx, report) for f in report.findings]
    results += [_result(s.finding, index[rule_id(s.finding)], claims, ctx, report, s.by) for s in suppressed]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "discrep",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": descriptors,
            }
        },
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    properties: dict[str, Any] = {}
    if isinstance(report, BaselinedReport) and baseline_applied(report):
        properties["baselined"] = list(report.baselined)
        properties["staleBaseline"] = [entry_dict(e) for e in report.stale]
    if isinstance(report, GatedReport) and report.changed_since is not None:
        properties["changedSince"] = {
            "revision": report.changed_since,
            "articles": list(report.changed_articles),
            "notShown": list(report.unchanged),
        }
    if properties:
        run["properties"] = properties
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(report: Report, rules: RuleSet) -> str:
    # orjson: the standard library's indenting encoder is pure Python (see json.py); same text
    return orjson.dumps(
        sarif_dict(report, rules), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
    ).decode()
