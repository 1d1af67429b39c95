"""Baselines: findings you have looked at and accepted, so CI fails only on new ones.

    discrep baseline articles/ -o discrep-baseline.json          # accept what is there now
    discrep check articles/ --baseline discrep-baseline.json     # later, in CI

`discrep baseline` (or `discrep check --write-baseline FILE`, which also prints the report) writes
every current finding to FILE, except those an article's front matter already accepts. The file is
JSON, sorted and indented, so it diffs well in review (version 2):

    {
      "version": 2,
      "findings": [
        {
          "rule": "tally",
          "kind": "contradiction",
          "metric": "killed",
          "subject": "russian_military",
          "event": null,
          "claims": [
            ["articles/a.md", 498],
            ["articles/b.md", 600]
          ],
          "key": "b-1f0c33d2a9",
          "id": "f-6f0e76cac9",
          "message": "..."
        }
      ]
    }

An entry is keyed on content, never on line numbers or claim ids: the check (`rule`), finding
`kind`, `metric`, `subject` or `event`, and the sorted, distinct (article, value) pairs of the
finding's claims. Editing an article's other paragraphs, or rewording the sentence around a figure,
leaves the entry matching; a claim with a new value, or a new article joining the finding, does not.
`key` is a short hash of those fields (what a front-matter suppression's `finding:` may name), and
`id` and `message` are the finding as it was; all three are for the reader and are recomputed or
ignored on reading.

`--baseline FILE` then hides every finding an entry matches: it is not printed and does not count
toward the exit status, but the summary says how many were baselined. A finding that is not matched
while an entry with the same rule, kind, metric, subject and event matches nothing is the accepted
disagreement, grown: it is reported again, its message prefixed "changed since baseline: ". An entry
that matches nothing and was not replaced so is *stale*: every format lists it, and rewriting the
baseline drops it. Stale entries never change the exit status.

Version 1 files (entries keyed on the finding id alone) are still read: such an entry matches the
finding with that id. Write the baseline again to get version 2.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from discrep.atomic import write_text_atomic
from discrep.model import Claim, Finding, Report, stable_id

BASELINE_VERSION = 2
READABLE_VERSIONS = (1, 2)
CHANGED_PREFIX = "changed since baseline: "

Value = int | float | str
Pair = tuple[str, Value]  # (article path, claim value)
# What makes two findings "the same disagreement" across runs, whatever claims they hold.
Group = tuple[str | None, str | None, str | None, str | None, str | None]

_TEXT_KEYS = ("rule", "kind", "metric", "subject", "event")


class BaselineError(Exception):
    """A baseline file is missing, unreadable or malformed. str() names the file and the problem."""


def _value(value: object) -> Value:
    """A claim value as it is keyed and written: whole floats as ints (498.0 and 498 are one value)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"not a claim value: {value!r}")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _pair_order(pair: Pair) -> tuple[str, int, float, str]:
    path, value = pair
    if isinstance(value, str):
        return (path, 1, 0.0, value)
    return (path, 0, float(value), "")


def content_key(group: Group, pairs: Iterable[Pair]) -> str:
    """The baseline key: a hash of rule, kind, metric, subject, event and the sorted pairs."""
    return stable_id("b", *group, sorted(set(pairs), key=_pair_order))


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding. `claims` is None for a version 1 entry, which matches by `id` only."""

    rule: str | None = None
    kind: str | None = None
    metric: str | None = None
    subject: str | None = None
    event: str | None = None
    claims: tuple[Pair, ...] | None = None
    id: str | None = None
    message: str | None = None

    @property
    def group(self) -> Group:
        return (self.rule, self.kind, self.metric, self.subject, self.event)

    @property
    def key(self) -> str | None:
        return None if self.claims is None else content_key(self.group, self.claims)


@dataclass(frozen=True, slots=True)
class Baseline:
    entries: tuple[BaselineEntry, ...]


@dataclass(frozen=True, slots=True)
class BaselinedReport(Report):
    """A Report after a baseline was applied: `findings` holds only what is new or changed.

    A subclass rather than a wrapper so that every formatter, and anything else typed `Report`,
    takes it unchanged; formatters that know about baselines read the extra fields.
    """

    baselined: tuple[str, ...] = ()  # ids of the findings the baseline hid, in report order
    changed: tuple[str, ...] = ()  # ids of findings reported as "changed since baseline"
    stale: tuple[BaselineEntry, ...] = ()  # entries that match nothing any more


def finding_group(finding: Finding) -> Group:
    return (finding.rule, finding.kind, finding.metric, finding.subject, finding.event)


def finding_pairs(finding: Finding, claims: Mapping[str, Claim]) -> tuple[Pair, ...]:
    """The sorted, distinct (article path, value) pairs of the finding's claims."""
    pairs = {(claims[c].path, _value(claims[c].value)) for c in finding.claims if c in claims}
    return tuple(sorted(pairs, key=_pair_order))


def finding_key(finding: Finding, claims: Mapping[str, Claim]) -> str:
    """The finding's baseline key, as written in the file and accepted by a suppression's `finding:`."""
    return content_key(finding_group(finding), finding_pairs(finding, claims))


def _entry_order(entry: BaselineEntry) -> tuple[Any, ...]:
    pairs = [_pair_order(p) for p in entry.claims or ()]
    return (*(part or "" for part in entry.group), pairs, entry.id or "")


def baseline_of(report: Report) -> Baseline:
    """Every finding of `report`, as a baseline that accepts them all."""
    claims = {c.id: c for c in report.claims}
    entries: dict[str, BaselineEntry] = {}
    for f in report.findings:
        pairs = finding_pairs(f, claims)
        entry = BaselineEntry(f.rule, f.kind, f.metric, f.subject, f.event, pairs, f.id, f.message)
        entries.setdefault(content_key(entry.group, pairs), entry)
    return Baseline(tuple(sorted(entries.values(), key=_entry_order)))


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def entry_dict(entry: BaselineEntry) -> dict[str, Any]:
    """An entry as the file and the JSON report (`stale_baseline`) show it."""
    data: dict[str, Any] = {name: getattr(entry, name) for name in _TEXT_KEYS}
    if entry.claims is not None:
        data["claims"] = [list(pair) for pair in entry.claims]
        data["key"] = entry.key
    data["id"] = entry.id
    data["message"] = entry.message
    return data


def dumps(baseline: Baseline) -> str:
    """The baseline file's text: sorted entries, one key order, one claim a line; the same bytes each run."""
    blocks: list[str] = []
    for entry in sorted(baseline.entries, key=_entry_order):
        lines = []
        for name, value in entry_dict(entry).items():
            if name == "claims":
                claims = ",\n".join(f"        {_dump(pair)}" for pair in value)
                lines.append(f'      "claims": [\n{claims}\n      ]' if value else '      "claims": []')
            else:
                lines.append(f"      {_dump(name)}: {_dump(value)}")
        blocks.append("    {\n" + ",\n".join(lines) + "\n    }")
    findings = "[\n" + ",\n".join(blocks) + "\n  ]" if blocks else "[]"
    return f'{{\n  "version": {BASELINE_VERSION},\n  "findings": {findings}\n}}\n'


def _pairs(value: object, where: str) -> tuple[Pair, ...]:
    if not isinstance(value, list):
        raise BaselineError(f"{where}: expected a list of [article, value] pairs")
    pairs: list[Pair] = []
    for index, item in enumerate(value):
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not isinstance(item[0], str)
            or isinstance(item[1], bool)
            or not isinstance(item[1], int | float | str)
        ):
            raise BaselineError(f"{where}[{index}]: expected an [article, value] pair")
        pairs.append((item[0], _value(item[1])))
    return tuple(sorted(set(pairs), key=_pair_order))


def _entry(
    texts: list[Any], claims: tuple[Pair, ...] | None, entry_id: str | None, message: str | None
) -> BaselineEntry:
    rule, kind, metric, subject, event = texts
    return BaselineEntry(rule, kind, metric, subject, event, claims, entry_id, message)


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
    version = data.get("version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise BaselineError(
            f"{source}: unsupported baseline version {version!r} (expected {BASELINE_VERSION}, or 1)"
        )
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{source}: findings: expected a list")
    entries: list[BaselineEntry] = []
    for index, item in enumerate(findings):
        where = f"{source}: findings[{index}]"
        if not isinstance(item, dict):
            raise BaselineError(f"{where}: expected an object")
        for name in (*_TEXT_KEYS, "id", "message"):
            if item.get(name) is not None and not isinstance(item[name], str):
                raise BaselineError(f"{where}.{name}: expected a string or null")
        texts = [item.get(name) for name in _TEXT_KEYS]
        if version == 1:
            if not item.get("id"):
                raise BaselineError(f"{where}.id: expected a finding id (a string)")
            entries.append(_entry(texts, None, item["id"], item.get("message")))
            continue
        for name in ("rule", "kind", "metric"):
            if not item.get(name):
                raise BaselineError(f"{where}.{name}: expected a string")
        pairs = _pairs(item.get("claims"), f"{where}.claims")
        entries.append(_entry(texts, pairs, item.get("id"), item.get("message")))
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
        write_text_atomic(path, dumps(baseline))  # an interrupted run leaves the old baseline whole
    except OSError as err:
        raise BaselineError(f"{path}: cannot write baseline: {err.strerror}") from None
    return baseline


def apply_baseline(report: Report, baseline: Baseline) -> BaselinedReport:
    """The report without the findings `baseline` accepts; changed ones get the message prefix.

    "Changed" is judged against entries that match nothing in this report only: if an accepted
    finding is still here, a second one with the same rule, kind, metric, subject and event is a
    new disagreement, not it.
    """
    claims = {c.id: c for c in report.claims}
    keys = {f.id: finding_key(f, claims) for f in report.findings}
    entry_keys = {e.key for e in baseline.entries if e.key is not None}
    entry_ids = {e.id for e in baseline.entries if e.key is None and e.id}
    accepted = {f.id for f in report.findings if keys[f.id] in entry_keys or f.id in entry_ids}
    found_keys = {keys[f] for f in accepted}

    def matches_nothing(entry: BaselineEntry) -> bool:
        return entry.id not in accepted if entry.key is None else entry.key not in found_keys

    vanished = [e for e in baseline.entries if matches_nothing(e)]
    vanished_groups = {e.group for e in vanished}
    kept: list[Finding] = []
    hidden: list[str] = []
    changed: list[str] = []
    for finding in report.findings:
        if finding.id in accepted:
            hidden.append(finding.id)
        elif finding_group(finding) in vanished_groups:
            # replace() passes the id through, so the finding keeps its identity under the new message
            kept.append(replace(finding, message=CHANGED_PREFIX + finding.message))
            changed.append(finding.id)
        else:
            kept.append(finding)
    grown = {finding_group(f) for f in kept if f.id in set(changed)}
    stale = tuple(sorted((e for e in vanished if e.group not in grown), key=_entry_order))
    return BaselinedReport(
        articles=report.articles,
        claims=report.claims,
        findings=tuple(kept),
        version=report.version,
        baselined=tuple(hidden),
        changed=tuple(changed),
        stale=stale,
    )


def describe_entry(entry: BaselineEntry) -> str:
    """'tally/contradiction killed (russian_military): a.md 498, b.md 600' for summary lines."""
    what = entry.event or entry.metric or "?"
    if entry.subject:
        what += f" ({entry.subject})"
    if entry.claims is None:
        return f"{entry.rule or '?'}/{entry.kind or '?'} {what}: finding {entry.id}"
    values = ", ".join(f"{path} {value}" for path, value in entry.claims)
    return f"{entry.rule}/{entry.kind} {what}: {values}"


__all__ = [
    "BASELINE_VERSION",
    "CHANGED_PREFIX",
    "Baseline",
    "BaselineEntry",
    "BaselineError",
    "BaselinedReport",
    "apply_baseline",
    "baseline_of",
    "content_key",
    "describe_entry",
    "dumps",
    "entry_dict",
    "finding_group",
    "finding_key",
    "finding_pairs",
    "loads",
    "read_baseline",
    "write_baseline",
]
