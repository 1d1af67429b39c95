"""The JSON report written in pieces by orjson is the same text json.dumps(indent=2) would give."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrep.model import Claim, FileStatus, Finding, Report
from discrep.report import json as json_report


def _claim(i: int, quote: str, value: float) -> Claim:
    return Claim(
        path=f"a{i % 3}.md",
        line=i + 1,
        column=1,
        quote=quote,
        kind="quantity",
        metric="killed",
        value=value,
        low=value,
        high=None if i % 2 else value,
        qualifier="at_least" if i % 2 else "exact",
        as_of=dt.date(2022, 3, 1),
        claimant="the ministry",
    )


def _report(claims: list[Claim]) -> Report:
    statuses = tuple(FileStatus(path=f"a{i}.md", status="checked", claims=1) for i in range(3))
    message = 'ни́ «498» "quoted"\n'
    findings = (
        Finding(
            rule="tally",
            kind="contradiction",
            severity="error",
            metric="killed",
            claims=tuple(c.id for c in claims[:2]),
            message=message,
        ),
    )
    return Report(articles=statuses, claims=tuple(claims), findings=findings if claims else ())


def _expected(report: Report, extras: dict[str, object]) -> str:
    return json.dumps({**json_report.report_dict(report), **extras}, indent=2, ensure_ascii=False) + "\n"


quotes = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
# below 1e-4 Python writes 1e-07 where orjson writes 1e-7: the same number (test below)
values = st.one_of(st.integers(0, 10**12).map(float), st.floats(1e-4, 1e9), st.just(0.0))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(quotes, values), max_size=12), st.integers(1, 5))
def test_chunks_match_the_standard_library(rows: list[tuple[str, float]], batch: int) -> None:
    report = _report([_claim(i, quote, value) for i, (quote, value) in enumerate(rows)])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_report, "_BATCH", batch)
        pieces = list(json_report.render_chunks(report))
    assert b"".join(pieces).decode("utf-8") == _expected(report, {})


@pytest.mark.parametrize("count", [0, 1, 7])
def test_extras_follow_the_findings(count: int) -> None:
    report = _report([_claim(i, f"{i} killed", float(i)) for i in range(count)])
    extras: dict[str, object] = {"baselined": ["f-1"], "stale_baseline": []}
    text = json_report.render(report, extras)
    assert text == _expected(report, extras)
    assert list(json.loads(text)) == [
        "version",
        "articles",
        "claims",
        "findings",
        "baselined",
        "stale_baseline",
    ]


@pytest.mark.parametrize("value", [1e30, 1.192092896e-07, 0.5])
def test_every_number_reads_back_the_same(value: float) -> None:
    report = _report([_claim(0, "a figure", value)])
    assert json.loads(json_report.render(report))["claims"][0]["value"] == value
