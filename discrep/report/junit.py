"""The JUnit XML report (`--format junit`): for GitLab, Jenkins and other CI test report views.

    discrep check articles/ --format junit -o discrep-junit.xml

    # .gitlab-ci.yml
    discrep:
      script: discrep check articles/ --format junit -o discrep-junit.xml
      artifacts: {when: always, reports: {junit: discrep-junit.xml}}

One `<testsuite>` per rule id (`tally/contradiction`, `venue/venue_conflict`, ...), one `<testcase>`
per finding. Error and warning findings carry a `<failure>` whose `type` is the severity and whose
`message` is the finding's message; its text lists every claim as `file:line: value (who, as of)`.
Info findings pass, and findings suppressed in an article's front matter are `<skipped>` with the
reason. The testcase's `file` and `line` are those of the finding's first claim, its `classname`
`discrep.<check>.<kind>`, its name the metric or event (and subject) with the finding id.

A last suite, `discrep`, holds one passing testcase whose `<system-out>` is the summary (articles,
claims, counts, baselined and suppressed findings, stale baseline entries, unused suppressions), so a
clean run is still a report with a test in it. Output is identical from run to run.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from discrep.checks.base import CheckContext
from discrep.gate import GatedReport, warning_lines
from discrep.model import Claim, Finding, Report
from discrep.report.github import summary
from discrep.report.sarif import rule_id
from discrep.ruleset import RuleSet

FAILING = ("error", "warning")
# XML 1.0 cannot hold these characters at all, escaped or not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _where(claim: Claim, ctx: CheckContext) -> str:
    who = ctx.claimant_label(claim.claimant) + (f", {claim.outlet}" if claim.outlet else "")
    as_of = f", as of {claim.as_of.isoformat()}" if claim.as_of else ""
    denied = "denied: " if claim.negated else ""
    return f"{claim.path}:{claim.line}: {denied}{ctx.value_label(claim)} ({who}{as_of}; {claim.modality})"


def _name(finding: Finding, ctx: CheckContext) -> str:
    what = ctx.event_label(finding.event) or ctx.metric_label(finding.metric)
    if finding.subject:
        what += f" · {ctx.subject_label(finding.subject)}"
    return f"{what} [{finding.id}]"


def _testcase(
    suite: ET.Element, finding: Finding, claims: dict[str, Claim], ctx: CheckContext, skipped: str | None
) -> None:
    located = [claims[c] for c in finding.claims if c in claims]
    case = ET.SubElement(
        suite,
        "testcase",
        {"name": _text(_name(finding, ctx)), "classname": f"discrep.{finding.rule}.{finding.kind}"},
    )
    if located:
        case.set("file", _text(located[0].path))
        case.set("line", str(located[0].line))
    details = "\n".join(_where(c, ctx) for c in located)
    if skipped is not None:
        ET.SubElement(case, "skipped", {"message": _text(skipped)})
    elif finding.severity in FAILING:
        failure = ET.SubElement(
            case, "failure", {"type": finding.severity, "message": _text(finding.message)}
        )
        failure.text = _text(f"{finding.message}\n{details}")
    else:
        ET.SubElement(case, "system-out").text = _text(f"{finding.message}\n{details}")


def render(report: Report, rules: RuleSet) -> str:
    ctx = CheckContext(rules)
    claims = {c.id: c for c in report.claims}
    suppressed = report.suppressed if isinstance(report, GatedReport) else ()
    entries: list[tuple[Finding, str | None]] = [(f, None) for f in report.findings]
    entries += [
        (s.finding, f"suppressed: {s.by.suppression.reason or 'no reason given'}") for s in suppressed
    ]
    suites: dict[str, list[tuple[Finding, str | None]]] = {}
    for finding, skipped in entries:
        suites.setdefault(rule_id(finding), []).append((finding, skipped))
    root = ET.Element("testsuites", {"name": "discrep"})
    total = failures = skips = 0
    for rid in sorted(suites):
        cases = suites[rid]
        failed = sum(f.severity in FAILING and s is None for f, s in cases)
        skipped_here = sum(s is not None for _, s in cases)
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": rid,
                "tests": str(len(cases)),
                "failures": str(failed),
                "errors": "0",
                "skipped": str(skipped_here),
            },
        )
        for finding, skipped in cases:
            _testcase(suite, finding, claims, ctx, skipped)
        total, failures, skips = total + len(cases), failures + failed, skips + skipped_here
    summary_suite = ET.SubElement(
        root, "testsuite", {"name": "discrep", "tests": "1", "failures": "0", "errors": "0", "skipped": "0"}
    )
    case = ET.SubElement(summary_suite, "testcase", {"name": "summary", "classname": "discrep"})
    ET.SubElement(case, "system-out").text = _text("\n".join([summary(report), *warning_lines(report)]))
    root.set("tests", str(total + 1))
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("skipped", str(skips))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
