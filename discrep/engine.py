"""Wire the stages together: load -> extract -> check -> Report. No I/O beyond loading files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from discrep.checks import REGISTRY, CheckContext
from discrep.corpus import load
from discrep.extract import compile_rules, extract
from discrep.extract.rounds import resolve_by_date
from discrep.model import SEVERITY_RANK, Article, Claim, FileStatus, Finding, Report
from discrep.ruleset import RuleSet, load_rules


def extract_all(articles: Iterable[Article], rules: RuleSet) -> list[Claim]:
    vocab = compile_rules(rules)
    claims: list[Claim] = []
    for article in articles:
        claims.extend(extract(article, vocab))
    return resolve_by_date(claims)


def run_checks(claims: list[Claim], rules: RuleSet) -> list[Finding]:
    ctx = CheckContext(rules)
    findings: list[Finding] = []
    for check_id, check in REGISTRY.items():
        settings = rules.checks.get(check_id)
        if settings is not None and settings.enabled:
            findings.extend(check(claims, ctx))
    return findings


def claim_order(claim: Claim) -> tuple[str, int, int, str]:
    return (claim.path, claim.line, claim.column, claim.id)


def finding_order(finding: Finding) -> tuple[int, str, str, str, str, str]:
    return (
        -SEVERITY_RANK[finding.severity],
        finding.kind,
        finding.metric,
        finding.subject or "",
        finding.event or "",
        finding.id,
    )


def build_report(statuses: list[FileStatus], claims: list[Claim], findings: list[Finding]) -> Report:
    per_file: dict[str, int] = {}
    for c in claims:
        per_file[c.path] = per_file.get(c.path, 0) + 1
    articles = tuple(
        replace(s, claims=per_file.get(s.path, 0)) if s.status == "checked" else s
        for s in sorted(statuses, key=lambda s: s.path)
    )
    unique: dict[str, Finding] = {f.id: f for f in findings}
    return Report(
        articles=articles,
        claims=tuple(sorted(claims, key=claim_order)),
        findings=tuple(sorted(unique.values(), key=finding_order)),
    )


def check(paths: Iterable[str | Path], rules: RuleSet | None = None) -> Report:
    """The whole pipeline over files or folders. Raises LoadError for a missing path."""
    ruleset = rules if rules is not None else load_rules()
    articles, statuses = load(paths)
    claims = extract_all(articles, ruleset)
    return build_report(statuses, claims, run_checks(claims, ruleset))
