"""Baselines: findings you have looked at and accepted, so CI fails only on new ones.

    discrep check articles/ --write-baseline discrep-baseline.json   # accept what is there now
    discrep check articles/ --baseline discrep-baseline.json         # later, in CI

`--write-baseline FILE` writes every current finding to FILE, prints the report as usual and exits 0.
The file is JSON, sorted and stable, so it diffs well in review:

    {"version": 1, "findings": [{"id": "f-6f0e76cac9", "rule": "tally", "kind": "contradiction",
      "metric": "killed", "subject": "russian_military", "event": null, "message": "..."}]}

`--baseline FILE` then hides every finding whose id is in FILE: it is not printed and does not count
toward the exit status, but the summary says how many were baselined (the JSON report lists their
ids under `baselined`). A finding id is a hash of the rule, kind, metric, subject, event and the
claims behind it, so a finding keeps its id while its articles stay as they are, and gets a new one
when an article adds a claim to it. Such a finding is reported again, its message prefixed
"changed since baseline: ", when a baselined finding with the same rule, kind, metric, subject and
event has gone from the report: it is the accepted disagreement, grown. Everything else is new.

Only `id` is required in an entry; the other keys are for the reader of the file and for spotting
changed findings. Entries that no longer match anything are ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from discrep.model import Finding, Report

BASELINE_VERSION = 1
CHANGED_PREFIX = "changed since baseline: "

# What makes two findings "the same disagreement" across runs, whatever claims they hold.
Key = tuple[str | None, str | None, str | None, str | None, str | None]

_OPTIONAL_KEYS = ("rule", "kind", "metric", "subject", "event", "message")


class BaselineError(Exception):
    """A baseline file is missing, unreadable or malformed. str() names the file and the problem."""


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding, as written to the baseline file."""

    id: str
    rule: str | None = None
    kind: str | None = None
    metric: str | None = None
    subject: str | None = None
    event: str | None = None
    message: str | None = None

    @property
    def key(self) -> Key:
        return (self.rule, self.kind, self.metric, self.subject, self.event)


@dataclass(frozen=True, slots=True)
class Baseline:
    entries: tuple[BaselineEntry, ...]

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(e.id for e in self.entries)


@dataclass(frozen=True, slots=True)
class BaselinedReport(Report):
    """A Report after a baseline was applied: `findings` holds only what is new or changed.

    A subclass rather than a wrapper so that every formatter, and anything else typed `Report`,
    takes it unchanged; formatters that know about baselines read the two extra fields.
    """

    baselined: tuple[str, ...] = ()  # ids of the findings the baseline hid, in report order
    changed: tuple[str, ...] = ()  # ids of findings reported as "changed since baseline"


def finding_key(finding: Finding) -> Key:
    return (finding.rule, finding.kind, finding.metric, finding.subject, finding.event)


def _entry_order(entry: BaselineEntry) -> tuple[str, ...]:
    return (*(part or "" for part in entry.key), entry.id)


def baseline_of(report: Report) -> Baseline:
    """Every finding of `report`, as a baseline that accepts them all."""
    entries = {
        f.id: BaselineEntry(f.id, f.rule, f.kind, f.metric, f.subject, f.event, f.message)
        for f in report.findings
    }
    return Baseline(tuple(sorted(entries.values(), key=_entry_order)))


def dumps(baseline: Baseline) -> str:
    """The baseline file's text: sorted entries, one key order, so reruns give identical bytes."""
    data = {
        "version": BASELINE_VERSION,
        "findings": [
            {
                "id": e.id,
                "rule": e.rule,
                "kind": e.kind,
                "metric": e.metric,
                "subject": e.subject,
                "event": e.event,
                "message": e.message,
            }
            for e in sorted(baseline.entries, key=_entry_order)
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def loads(text: str, source: str = "baseline") -> Baseline:
    """Parse a baseline file's text; BaselineError says what is wrong and where."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as err:
        raise BaselineError(
            f"{source}: not a baseline file: invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}"
        ) from None
    if not isinstance(data, dict):
        raise BaselineError(f"{source}: not a baseline file: expected a JSON object")
    if data.get("version") != BASELINE_VERSION:
        raise BaselineError(
            f"{source}: unsupported baseline version {data.get('version')!r} (expected {BASELINE_VERSION})"
        )
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{source}: findings: expected a list")
    entries: list[BaselineEntry] = []
    for index, item in enumerate(findings):
        where = f"{source}: findings[{index}]"
        if not isinstance(item, dict):
            raise BaselineError(f"{where}: expected an object")
        if not isinstance(item.get("id"), str) or not item["id"]:
            raise BaselineError(f"{where}.id: expected a finding id (a string)")
        for name in _OPTIONAL_KEYS:
            if item.get(name) is not None and not isinstance(item[name], str):
                raise BaselineError(f"{where}.{name}: expected a string or null")
        entries.append(BaselineEntry(item["id"], *(item.get(name) for name in _OPTIONAL_KEYS)))
    return Baseline(tuple(entries))


def read_baseline(path: Path) -> Baseline:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not a baseline file: not UTF-8 text") from None
    except OSError as err:
        raise BaselineError(f"{path}: cannot read baseline: {err.strerror}") from None
    return loads(text, str(path))


def write_baseline(path: Path, report: Report) -> Baseline:
    """Write every finding of `report` to `path` as a baseline; returns what was written."""
    baseline = baseline_of(report)
    try:
        path.write_text(dumps(baseline), encoding="utf-8")
    except OSError as err:
        raise BaselineError(f"{path}: cannot write baseline: {err.strerror}") from None
    return baseline


def apply_baseline(report: Report, baseline: Baseline) -> BaselinedReport:
    """The report without the findings `baseline` accepts; changed ones get the message prefix.

    "Changed" is judged against baselined findings that have gone from this report only: if an
    accepted finding is still here, a second one with the same key is a new disagreement, not it.
    """
    accepted = baseline.ids
    present = {f.id for f in report.findings}
    vanished = {e.key for e in baseline.entries if e.id not in present}
    kept: list[Finding] = []
    hidden: list[str] = []
    changed: list[str] = []
    for finding in report.findings:
        if finding.id in accepted:
            hidden.append(finding.id)
        elif finding_key(finding) in vanished:
            # replace() passes the id through, so the finding keeps its identity under the new message
            kept.append(replace(finding, message=CHANGED_PREFIX + finding.message))
            changed.append(finding.id)
        else:
            kept.append(finding)
    return BaselinedReport(
        articles=report.articles,
        claims=report.claims,
        findings=tuple(kept),
        version=report.version,
        baselined=tuple(hidden),
        changed=tuple(changed),
    )


__all__ = [
    "CHANGED_PREFIX",
    "Baseline",
    "BaselineEntry",
    "BaselineError",
    "BaselinedReport",
    "apply_baseline",
    "baseline_of",
    "dumps",
    "finding_key",
    "loads",
    "read_baseline",
    "write_baseline",
]
