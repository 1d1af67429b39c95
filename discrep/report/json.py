"""The JSON report: one object, the format ../eval and CI tools read (version 1).

Keys and meanings are fixed by the report format (see README): `articles`, `claims`, `findings`.
Numbers that are whole print as integers; dates as YYYY-MM-DD. Output is byte-identical between
runs on the same input, and the same text as `json.dumps(..., indent=2, ensure_ascii=False)` of
the same object (but for numbers below 0.0001: 1e-7 where Python writes 1e-07).

A 10,000-article corpus has over 100,000 claims, about 90 MB of JSON. The standard library's
encoder is pure Python once it indents (about 3 s for that report), so orjson writes it (0.1 s),
and `render_chunks` hands it out a few thousand claims at a time: a 100,000-article report never
sits in memory whole.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator, Mapping
from typing import Any

import orjson

from discrep.model import Claim, FileStatus, Finding, Report

_OPTIONS = orjson.OPT_INDENT_2
_BATCH = 5000  # claims per chunk
# stands in for the claims while the rest is dumped: random per process, so no article can hold it
_MARKER = f"\x00claims-{secrets.token_hex(8)}\x00"
_MARKER_JSON = orjson.dumps(_MARKER)
_INT_RANGE = 2**63  # orjson writes integers up to 64 bits; a larger whole number stays a float


def _num(value: object) -> Any:
    if value.__class__ is float and value.is_integer() and abs(value) < _INT_RANGE:
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
    value, low, high = claim.value, claim.low, claim.high
    shown = _num(value)
    # a hundred thousand claims per report: an exact figure's bounds are its value, converted once
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
        "value": shown,
        "low": shown if low is value else _num(low),
        "high": shown if high is value else _num(high),
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


def render(report: Report, extras: Mapping[str, Any] | None = None) -> str:
    """The whole report as text (see render_chunks)."""
    return b"".join(render_chunks(report, extras)).decode("utf-8")


def render_chunks(report: Report, extras: Mapping[str, Any] | None = None) -> Iterator[bytes]:
    """The report as UTF-8 in pieces; `extras` are keys added after `findings` (see gate.py)."""
    rest = {
        "version": report.version,
        "articles": [article_dict(a) for a in report.articles],
        "claims": [_MARKER] if report.claims else [],
        "findings": [finding_dict(f) for f in report.findings],
        **(extras or {}),
    }
    text = orjson.dumps(rest, option=_OPTIONS | orjson.OPT_APPEND_NEWLINE)
    if not report.claims:
        yield text
        return
    before, _, after = text.partition(_MARKER_JSON)
    yield before[: before.rindex(b"\n") + 1]  # up to the marker's line, whose indent the claims bring
    for start in range(0, len(report.claims), _BATCH):
        batch = orjson.dumps([claim_dict(c) for c in report.claims[start : start + _BATCH]], option=_OPTIONS)
        # "[\n  {...},\n  {...}\n]" one level deeper: drop the brackets, indent every line two more
        inner = b"  " + batch[2:-2].replace(b"\n", b"\n  ")
        yield inner if start == 0 else b",\n" + inner
    yield after
