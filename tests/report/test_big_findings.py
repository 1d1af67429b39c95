"""A finding that holds thousands of claims stays readable and small in every format.

In an archive of thousands of articles one contradiction can hold thousands of figures. Messages
name at most MAX_LISTED of them, the terminal table shows MAX_ROWS rows, and a GitHub annotation
goes to at most MAX_PLACES places (changed articles first); JSON and SARIF still list every claim.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from discrep.checks import tally
from discrep.checks.base import MAX_LISTED, CheckContext, listing
from discrep.gate import GatedReport
from discrep.model import Claim, FileStatus, Report
from discrep.report import github, render, table
from discrep.ruleset import RuleSet, load_rules

COUNT = 40


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


def _claims() -> list[Claim]:
    # forty sources give forty different death tolls for the same day: one contradiction
    return [
        Claim(
            path=f"a{i:02d}.md", line=3, column=1, quote=f"{100 + 10 * i} people were killed.",
            kind="quantity", metric="killed", value=float(100 + 10 * i), low=float(100 + 10 * i),
            high=float(100 + 10 * i), subject="civilians", as_of=dt.date(2022, 3, 1), outlet=f"Outlet {i}",
            claimant=f"source {i}",
        )
        for i in range(COUNT)
    ]  # fmt: skip


@pytest.fixture(scope="module")
def report(rules: RuleSet) -> Report:
    claims = _claims()
    findings = tally.check(claims, CheckContext(rules))
    statuses = tuple(FileStatus(c.path, "checked", claims=1) for c in claims)
    return Report(articles=statuses, claims=tuple(claims), findings=tuple(findings))


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, ""), (3, "0; 1; 2"), (MAX_LISTED, "; ".join(map(str, range(MAX_LISTED))))],
)
def test_short_lists_are_shown_whole(count: int, expected: str) -> None:
    assert listing(list(range(count)), str) == expected


def test_long_lists_say_how_many_more() -> None:
    assert (
        listing(list(range(1234)), str, ", ") == ", ".join(map(str, range(MAX_LISTED))) + ", and 1,224 more"
    )


def test_the_message_names_ten_figures_and_the_finding_keeps_all(report: Report) -> None:
    (finding,) = [f for f in report.findings if f.kind == "contradiction"]
    assert len(finding.claims) == COUNT
    assert finding.message.count("Outlet ") == MAX_LISTED
    assert finding.message.endswith(f"and {COUNT - MAX_LISTED} more")


def test_json_and_sarif_still_list_every_claim(report: Report, rules: RuleSet) -> None:
    data = json.loads(render(report, "json", rules))
    assert len(data["findings"][0]["claims"]) == COUNT
    sarif = json.loads(render(report, "sarif", rules))
    assert len(sarif["runs"][0]["results"][0]["locations"]) == COUNT


def test_the_table_shows_the_first_rows_and_counts_the_rest(report: Report, rules: RuleSet) -> None:
    text = render(report, "table", rules)
    assert f"and {COUNT - table.MAX_ROWS} more claims" in text
    assert "a19.md:3" in text and "a20.md:3" not in text


def test_github_marks_ten_places_changed_articles_first(report: Report, rules: RuleSet) -> None:
    lines = render(report, "github", rules).splitlines()
    assert len(lines) == github.MAX_PLACES
    assert all(line.endswith(f"(marked at {github.MAX_PLACES} of {COUNT} places)") for line in lines)
    assert "file=a00.md" in lines[0]
    gated = GatedReport(
        articles=report.articles,
        claims=report.claims,
        findings=report.findings,
        changed_since="HEAD~1",
        changed_articles=("a33.md",),
    )
    first = render(gated, "github", rules).splitlines()[0]
    assert "file=a33.md" in first


def test_findings_after_the_first_tables_are_one_line_each(
    report: Report, rules: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table, "MAX_TABLES", 0)
    text = render(report, "table", rules)
    lines = text.splitlines()
    at = lines.index(f"… and {len(report.findings)} more findings, one line each:")
    finding = report.findings[0]
    assert lines[at + 1] == f"ERROR contradiction  killed · civilians: {finding.message}"
    assert "┃" not in text  # no table drawn


def test_a_path_that_looks_like_markup_is_printed_as_it_is(rules: RuleSet) -> None:
    status = FileStatus("news/[bold]draft[/bold].md", "skipped", "not an article: .md~")
    text = render(Report(articles=(status,), claims=(), findings=()), "table", rules)
    assert "skipped news/[bold]draft[/bold].md: not an article: .md~" in text
