"""The JSON report: one object, the format ../eval and CI tools read (version 1).

Keys and meanings are fixed by the report format (see README): `articles`, `claims`, `findings`.
Numbers that are whole print as integers; dates as YYYY-MM-DD. Output is byte-identical between
runs on the same input.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from discrep.model import Claim, FileStatus, Finding, Report


def _num(value: object) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def article_dict(status: FileStatus) -> dict[str, Any]:
    return {
        "path": status.path,
        "outlet": status.outlet,
        "published": _day(status.published),
        "status": status.status,
        "reason": status.reason,
        "claims": status.claims,
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "path": claim.path,
        "line": claim.line,
        "column": claim.column,
        "quote": claim.quote,
        "kind": claim.kind,
        "metric": claim.metric,
        "subject": claim.subject,
        "event": claim.event,
        "value": _num(claim.value),
        "low": _num(claim.low),
        "high": _num(claim.high),
        "qualifier": claim.qualifier,
        "as_of": _day(claim.as_of),
        "period": claim.period,
        "claimant": claim.claimant,
        "outlet": claim.outlet,
        "negated": claim.negated,
        "modality": claim.modality,
        "note": claim.note,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "rule": finding.rule,
        "kind": finding.kind,
        "severity": finding.severity,
        "metric": finding.metric,
        "subject": finding.subject,
        "event": finding.event,
        "claims": list(finding.claims),
        "message": finding.message,
    }


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "version": report.version,
        "articles": [article_dict(a) for a in report.articles],
        "claims": [claim_dict(c) for c in report.claims],
        "findings": [finding_dict(f) for f in report.findings],
    }


def render(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"
