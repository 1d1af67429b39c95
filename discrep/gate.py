"""The CI gate: what of a report counts, after suppressions, a baseline and `--changed-since`.

The engine stays pure: it reports every finding of the corpus. This module takes that Report and
decides what is shown and counted, in this order:

1. **Suppressions** in an article's front matter accept findings that involve one of its claims
   (their format: corpus/suppressions.py). The loader reads them into `Article.suppressions` and
   `FileStatus.suppressions`, so they reach this module on the report; nothing else looks at them. A
   suppressed finding is not shown and does not count, and the summary says how many there were. A
   suppression that matches no finding is reported as unused, one without a `reason` is warned
   about, and one that cannot be read (no `rule` or `finding`, an unknown key, a value that is not
   text) is reported and accepts nothing. None of these warnings changes the exit status.
2. **The baseline** (discrep/baseline.py) hides accepted findings and lists stale entries. Stale
   entries and unused suppressions are judged against every finding of the corpus, so neither
   depends on what the other step hid.
3. **`--changed-since REV`** keeps the findings that involve at least one claim from an article added
   or modified since REV (`git diff --name-only REV`, which covers commits, staged and unstaged
   changes, plus untracked files that are not ignored), in the repository holding each PATH. The
   whole corpus is still read, as evidence: an old article can contradict the new one.

The result is a `GatedReport`, which is a `BaselinedReport` and so a `Report`: every formatter takes
it. When nothing applies (no baseline, no `--changed-since`, no suppression in the corpus), `apply`
returns the report unchanged, so plain output stays exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from discrep.baseline import (
    Baseline,
    BaselinedReport,
    apply_baseline,
    describe_entry,
    entry_dict,
    finding_key,
)
from discrep.changed import GateError as GateError
from discrep.changed import changed_articles as changed_articles
from discrep.corpus.suppressions import describe as describe
from discrep.corpus.suppressions import read_suppressions as read_suppressions
from discrep.model import Claim, Finding, Report, Suppression

# --- the gated report ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Placed:
    """A suppression and the article whose front matter holds it."""

    path: str
    suppression: Suppression


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A finding a suppression accepted (the first that matches, in article then list order)."""

    finding: Finding
    by: Placed


@dataclass(frozen=True, slots=True)
class GatedReport(BaselinedReport):
    """A report after `apply`: `findings` are those shown and counted; the rest say what was hidden."""

    baseline_applied: bool = False
    suppressions: tuple[Placed, ...] = ()  # every suppression in the corpus
    suppressed: tuple[Suppressed, ...] = ()
    unused_suppressions: tuple[Placed, ...] = ()
    changed_since: str | None = None
    changed_articles: tuple[str, ...] = ()  # articles of the corpus added or modified since the revision
    unchanged: tuple[str, ...] = ()  # ids of findings hidden because no changed article is involved


def matches(suppression: Suppression, finding: Finding, key: str) -> bool:
    """Whether the suppression accepts the finding (whose baseline key is `key`)."""
    if suppression.problem is not None:
        return False
    if suppression.finding is not None and suppression.finding not in (finding.id, key):
        return False
    return all(
        getattr(suppression, name) in (None, getattr(finding, name))
        for name in ("rule", "kind", "metric", "subject", "event")
    )


def _paths_of(finding: Finding, claims: dict[str, Claim]) -> list[str]:
    return list(dict.fromkeys(claims[c].path for c in finding.claims if c in claims))


def _involves(paths: Iterable[str], changed: frozenset[str]) -> bool:
    # A record of a JSON-lines feed is shown as "feed.jsonl:record 3"; the file is what git sees.
    return any(p in changed or p.split(":record ", 1)[0] in changed for p in paths)


def apply(
    report: Report,
    baseline: Baseline | None = None,
    changed: frozenset[str] | None = None,
    since: str | None = None,
) -> Report:
    """The report as CI sees it: suppressed, baselined and (with `changed`) unchanged findings hidden."""
    placed = tuple(Placed(a.path, s) for a in report.articles for s in a.suppressions)
    if baseline is None and changed is None and not placed:
        return report
    claims = {c.id: c for c in report.claims}
    by_path: dict[str, list[Placed]] = {}
    for p in placed:
        by_path.setdefault(p.path, []).append(p)
    used: set[int] = set()
    accepted_by: dict[str, Placed] = {}
    for finding in report.findings:
        key = finding_key(finding, claims) if placed else ""
        for path in _paths_of(finding, claims):
            for p in by_path.get(path, ()):
                if matches(p.suppression, finding, key):
                    used.add(id(p))
                    accepted_by.setdefault(finding.id, p)
    base = apply_baseline(report, baseline) if baseline is not None else None
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    unchanged: list[str] = []
    for finding in base.findings if base is not None else report.findings:
        if finding.id in accepted_by:
            suppressed.append(Suppressed(finding, accepted_by[finding.id]))
        elif changed is not None and not _involves(_paths_of(finding, claims), changed):
            unchanged.append(finding.id)
        else:
            kept.append(finding)
    unused = tuple(p for p in placed if p.suppression.problem is None and id(p) not in used)
    changed_articles = (
        tuple(a.path for a in report.articles if _involves([a.path], changed)) if changed is not None else ()
    )
    return GatedReport(
        articles=report.articles,
        claims=report.claims,
        findings=tuple(kept),
        version=report.version,
        baselined=base.baselined if base is not None else (),
        changed=base.changed if base is not None else (),
        stale=base.stale if base is not None else (),
        baseline_applied=base is not None,
        suppressions=placed,
        suppressed=tuple(suppressed),
        unused_suppressions=unused,
        changed_since=since if changed is not None else None,
        changed_articles=changed_articles,
        unchanged=tuple(unchanged),
    )


# --- what the formatters print about it ------------------------------------------------------------


def baseline_applied(report: Report) -> bool:
    if isinstance(report, GatedReport):
        return report.baseline_applied
    return isinstance(report, BaselinedReport)


def counts(report: Report) -> list[tuple[int, str]]:
    """(number, what) for each kind of hidden finding that applies, e.g. (3, 'baselined')."""
    out: list[tuple[int, str]] = []
    if isinstance(report, BaselinedReport) and baseline_applied(report):
        out.append((len(report.baselined), "baselined"))
    if isinstance(report, GatedReport):
        if report.suppressed:
            out.append((len(report.suppressed), "suppressed"))
        if report.changed_since is not None:
            out.append((len(report.unchanged), f"not in articles changed since {report.changed_since}"))
    return out


COUNT_LINES = {
    "baselined": "{n} finding(s) baselined (accepted in the baseline file, not shown)",
    "suppressed": "{n} finding(s) suppressed (accepted in an article's front matter, not shown)",
}


def count_lines(report: Report) -> list[str]:
    """One sentence per count, for the table report."""
    lines = []
    for n, what in counts(report):
        template = COUNT_LINES.get(what, "{n} finding(s) {what} (not shown)")
        lines.append(template.format(n=n, what=what))
    return lines


def summary_suffix(report: Report) -> str:
    """'; 1 baselined; 2 suppressed' for the one-line summaries (github, markdown)."""
    return "".join(f"; {n} {what}" for n, what in counts(report))


@dataclass(frozen=True, slots=True)
class Note:
    """A line the user should act on: a stale baseline entry, an unused or faulty suppression."""

    text: str
    path: str | None = None
    line: int | None = None


def warnings(report: Report) -> list[Note]:
    out: list[Note] = []
    if isinstance(report, BaselinedReport):
        for entry in report.stale:
            out.append(
                Note(f"stale baseline entry, no longer found: {describe_entry(entry)} (write it again)")
            )
    if isinstance(report, GatedReport):
        unused = {id(p) for p in report.unused_suppressions}
        for p in report.suppressions:
            s = p.suppression
            if s.problem is not None:
                out.append(Note(f"{s.problem} (ignored)", p.path, s.line))
                continue
            if id(p) in unused:
                out.append(Note(f"unused suppression ({describe(s)}): it matches no finding", p.path, s.line))
            if s.reason is None:
                out.append(Note(f"suppression without a reason ({describe(s)})", p.path, s.line))
    return out


def warning_lines(report: Report) -> list[str]:
    """'warning: a.md:7: unused suppression (...)' lines, for every text format."""
    return [
        f"warning: {w.path}:{w.line}: {w.text}" if w.path else f"warning: {w.text}" for w in warnings(report)
    ]


def suppression_dict(placed: Placed) -> dict[str, Any]:
    data: dict[str, Any] = {"path": placed.path}
    data.update({f.name: getattr(placed.suppression, f.name) for f in fields(Suppression)})
    return data


def json_extras(report: Report) -> dict[str, Any]:
    """Keys the JSON report adds after a baseline, suppressions or --changed-since; none otherwise."""
    extras: dict[str, Any] = {}
    if isinstance(report, BaselinedReport) and baseline_applied(report):
        extras["baselined"] = list(report.baselined)
        extras["stale_baseline"] = [entry_dict(e) for e in report.stale]
    if isinstance(report, GatedReport):
        if report.suppressions:
            extras["suppressed"] = [
                {
                    "id": s.finding.id,
                    "path": s.by.path,
                    "line": s.by.suppression.line,
                    "reason": s.by.suppression.reason,
                }
                for s in report.suppressed
            ]
            extras["unused_suppressions"] = [suppression_dict(p) for p in report.unused_suppressions]
            extras["suppression_warnings"] = [
                {"path": w.path, "line": w.line, "message": w.text} for w in warnings(report) if w.path
            ]
        if report.changed_since is not None:
            extras["changed_since"] = {
                "revision": report.changed_since,
                "articles": list(report.changed_articles),
                "not_shown": list(report.unchanged),
            }
    return extras


__all__ = [
    "GateError",
    "GatedReport",
    "Placed",
    "Suppressed",
    "apply",
    "baseline_applied",
    "changed_articles",
    "count_lines",
    "describe",
    "json_extras",
    "matches",
    "read_suppressions",
    "summary_suffix",
    "warning_lines",
    "warnings",
]
