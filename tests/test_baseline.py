"""Baselines: accept today's findings, fail CI only on new or changed ones (discrep/baseline.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from discrep.baseline import (
    CHANGED_PREFIX,
    Baseline,
    BaselinedReport,
    BaselineEntry,
    BaselineError,
    apply_baseline,
    baseline_of,
    dumps,
    loads,
)
from discrep.cli import cli
from discrep.model import Finding, Report

CLAIM = "The Defence Ministry said {n} Russian servicemen have been {what}.\n"


def article(outlet: str, published: str, n: int, what: str = "killed") -> str:
    return f"---\noutlet: {outlet}\npublished: {published}\n---\n{CLAIM.format(n=n, what=what)}"


# Accepted: the killed contradiction (498 vs 600). D's wounded figure stands alone, so no finding.
ACCEPTED = {
    "a.md": article("A", "2022-03-02", 498),
    "b.md": article("B", "2022-03-02", 600),
    "d.md": article("D", "2022-03-02", 400, "wounded"),
}


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env={"COLUMNS": "120"})


def assert_exit(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def findings(result: Result) -> list[dict[str, object]]:
    data = json.loads(result.stdout)
    assert isinstance(data["findings"], list)
    return data["findings"]


@pytest.fixture
def accepted(tree, tmp_path: Path) -> tuple[Path, Path]:
    """A corpus with one error-level finding, and a baseline file that accepts it."""
    root = tree(ACCEPTED)
    baseline = tmp_path / "baseline.json"
    result = run("check", root, "--write-baseline", baseline)
    assert_exit(result, 0)
    return root, baseline


# --- writing ---------------------------------------------------------------------------------------


def test_write_baseline_exits_0_prints_the_report_and_writes_every_finding(tree, tmp_path: Path) -> None:
    root = tree(ACCEPTED)
    baseline = tmp_path / "baseline.json"
    result = run("check", root, "--write-baseline", baseline, "--format", "json")
    assert_exit(result, 0)
    (finding,) = findings(result)
    assert result.stderr == f"discrep: wrote 1 finding(s) to baseline {baseline}\n"
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "findings": [
            {key: finding[key] for key in ("id", "rule", "kind", "metric", "subject", "event", "message")}
        ],
    }


def test_the_baseline_file_is_sorted_and_identical_between_runs(tree, tmp_path: Path) -> None:
    files = {
        **ACCEPTED,
        "c.md": article("C", "2022-03-02", 300, "wounded"),
        "e.md": article("E", "2022-03-02", 498),
    }
    root = tree(files)
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    assert_exit(run("check", root, "--write-baseline", first), 0)
    assert_exit(run("check", root, "--write-baseline", second), 0)
    assert first.read_bytes() == second.read_bytes()
    entries = json.loads(first.read_text(encoding="utf-8"))["findings"]
    assert len(entries) >= 2
    keys = [
        (e["rule"], e["kind"], e["metric"], e["subject"] or "", e["event"] or "", e["id"]) for e in entries
    ]
    assert keys == sorted(keys)


def test_an_unwritable_baseline_exits_2(tree, tmp_path: Path) -> None:
    result = run("check", tree(ACCEPTED), "--write-baseline", tmp_path / "no-such-dir" / "b.json")
    assert_exit(result, 2)
    assert result.stderr.startswith("discrep: error: ") and "b.json" in result.stderr


def test_baseline_and_write_baseline_together_is_a_usage_error(accepted: tuple[Path, Path]) -> None:
    root, baseline = accepted
    result = run("check", root, "--baseline", baseline, "--write-baseline", baseline)
    assert_exit(result, 2)
    assert "cannot be used together" in result.stderr


# --- checking against a baseline -------------------------------------------------------------------


def test_accepted_findings_do_not_fail_the_check(accepted: tuple[Path, Path]) -> None:
    root, baseline = accepted
    assert_exit(run("check", root), 1)  # without the baseline it still fails
    result = run("check", root, "--baseline", baseline, "--format", "json")
    assert_exit(result, 0)
    data = json.loads(result.stdout)
    accepted_id = json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["id"]
    assert data["findings"] == [] and data["baselined"] == [accepted_id]
    assert {"version", "articles", "claims"} <= set(data)


SUMMARY = "3 article(s) checked, 0 skipped, 3 claims; 0 error(s), 0 warning(s), 0 info"


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("table", "1 finding(s) baselined (accepted in the baseline file, not shown)"),
        ("github", f"discrep: {SUMMARY}; 1 baselined"),
        ("markdown", f"**discrep**: {SUMMARY}; 1 baselined"),
    ],
)  # fmt: skip
def test_the_summary_says_how_many_were_baselined(
    accepted: tuple[Path, Path], fmt: str, expected: str
) -> None:
    root, baseline = accepted
    result = run("check", root, "--baseline", baseline, "--format", fmt)
    assert_exit(result, 0)
    assert expected in result.stdout.splitlines()
    assert "ERROR" not in result.stdout and "::error" not in result.stdout


def test_sarif_lists_baselined_ids_and_no_results(accepted: tuple[Path, Path]) -> None:
    root, baseline = accepted
    result = run("check", root, "--baseline", baseline, "--format", "sarif")
    assert_exit(result, 0)
    (run_,) = json.loads(result.stdout)["runs"]
    assert run_["results"] == [] and len(run_["properties"]["baselined"]) == 1


def test_a_new_contradicting_article_fails_with_only_the_new_finding(accepted: tuple[Path, Path]) -> None:
    root, baseline = accepted
    (root / "c.md").write_text(article("C", "2022-03-02", 300, "wounded"), encoding="utf-8")
    result = run("check", root, "--baseline", baseline, "--format", "json")
    assert_exit(result, 1)
    (finding,) = findings(result)
    assert (finding["kind"], finding["metric"], finding["severity"]) == ("contradiction", "wounded", "error")
    assert isinstance(finding["message"], str) and not finding["message"].startswith(CHANGED_PREFIX)
    assert len(json.loads(result.stdout)["baselined"]) == 1


def test_a_finding_that_grew_is_reported_as_changed(accepted: tuple[Path, Path]) -> None:
    root, baseline = accepted
    (root / "c.md").write_text(article("C", "2022-03-02", 700), encoding="utf-8")
    result = run("check", root, "--baseline", baseline, "--format", "json")
    assert_exit(result, 1)
    (finding,) = findings(result)
    assert (finding["kind"], finding["metric"]) == ("contradiction", "killed")
    assert isinstance(finding["message"], str) and finding["message"].startswith("changed since baseline: ")
    assert "700" in finding["message"]
    assert json.loads(result.stdout)["baselined"] == []
    github = run("check", root, "--baseline", baseline, "--format", "github").stdout
    assert "::changed since baseline: killed" in github


def test_a_baselined_warning_does_not_count_toward_fail_on(tree, tmp_path: Path) -> None:
    """A running tally (warning): accepted, it no longer fails --fail-on warning."""
    root = tree({"a.md": article("A", "2022-03-02", 498), "c.md": article("C", "2022-03-03", 700)})
    baseline = tmp_path / "baseline.json"
    assert_exit(run("check", root, "--fail-on", "warning"), 1)
    assert_exit(run("check", root, "--write-baseline", baseline), 0)
    assert_exit(run("check", root, "--fail-on", "warning", "--baseline", baseline), 0)


def test_an_empty_baseline_hides_nothing(tree, tmp_path: Path) -> None:
    root = tree({"a.md": article("A", "2022-03-02", 498)})
    baseline = tmp_path / "baseline.json"
    assert_exit(run("check", root, "--write-baseline", baseline), 0)
    assert json.loads(baseline.read_text(encoding="utf-8")) == {"version": 1, "findings": []}
    (root / "b.md").write_text(article("B", "2022-03-02", 600), encoding="utf-8")
    result = run("check", root, "--baseline", baseline, "--format", "json")
    assert_exit(result, 1)
    assert len(findings(result)) == 1 and json.loads(result.stdout)["baselined"] == []


# --- bad baseline files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file"),
        ("{not json", "invalid JSON at line 1, column 2"),
        ("[]", "expected a JSON object"),
        ('{"version": 2, "findings": []}', "unsupported baseline version 2"),
        ('{"findings": []}', "unsupported baseline version None"),
        ('{"version": 1, "findings": {}}', "findings: expected a list"),
        ('{"version": 1, "findings": [{"rule": "tally"}]}', "findings[0].id: expected a finding id"),
        ('{"version": 1, "findings": ["f-1"]}', "findings[0]: expected an object"),
        ('{"version": 1, "findings": [{"id": "f-1", "event": 3}]}', "findings[0].event: expected a string"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_a_bad_baseline_exits_2_with_a_message(
    tree, tmp_path: Path, content: str | bytes | None, message: str
) -> None:
    baseline = tmp_path / "baseline.json"
    if isinstance(content, bytes):
        baseline.write_bytes(content)
    elif content is not None:
        baseline.write_text(content, encoding="utf-8")
    result = run("check", tree(ACCEPTED), "--baseline", baseline)
    assert_exit(result, 2)
    assert result.stderr.startswith(f"discrep: error: {baseline}: ")
    assert message in result.stderr
    assert result.stdout == ""


# --- the pure functions ----------------------------------------------------------------------------


def finding(metric: str, claims: tuple[str, ...], severity: str = "error") -> Finding:
    return Finding(
        rule="tally", kind="contradiction", severity=severity,  # type: ignore[arg-type]
        metric=metric, claims=claims, message=f"{metric} {claims}", subject="russian_military",
    )  # fmt: skip


def report(*found: Finding) -> Report:
    return Report(articles=(), claims=(), findings=found)


def test_dumps_and_loads_round_trip() -> None:
    base = baseline_of(report(finding("killed", ("c-1", "c-2")), finding("wounded", ("c-3", "c-4"))))
    assert loads(dumps(base)) == base
    assert dumps(loads(dumps(base))) == dumps(base)


def test_loads_accepts_an_entry_with_only_an_id() -> None:
    assert loads('{"version": 1, "findings": [{"id": "f-1"}]}') == Baseline((BaselineEntry("f-1"),))
    with pytest.raises(BaselineError, match=r"^where: findings: expected a list$"):
        loads('{"version": 1}', "where")


def test_apply_baseline_returns_a_new_report_and_leaves_the_old_one_alone() -> None:
    old, new = finding("killed", ("c-1", "c-2")), finding("wounded", ("c-3", "c-4"))
    original = report(old, new)
    result = apply_baseline(original, baseline_of(report(old)))
    assert isinstance(result, BaselinedReport) and isinstance(result, Report)
    assert result.findings == (new,) and result.baselined == (old.id,) and result.changed == ()
    assert original.findings == (old, new)


def test_changed_keeps_the_id_and_prefixes_the_message() -> None:
    old, grown = finding("killed", ("c-1", "c-2")), finding("killed", ("c-1", "c-2", "c-5"))
    result = apply_baseline(report(grown), baseline_of(report(old)))
    (reported,) = result.findings
    assert reported.id == grown.id and result.changed == (grown.id,)
    assert reported.message == CHANGED_PREFIX + grown.message


def test_a_second_finding_with_the_key_of_a_still_present_one_is_new_not_changed() -> None:
    """Two disagreements about the same tally (different days): the accepted one is still there."""
    day_one, day_two = finding("killed", ("c-1", "c-2")), finding("killed", ("c-7", "c-8"))
    result = apply_baseline(report(day_one, day_two), baseline_of(report(day_one)))
    assert result.findings == (day_two,) and result.changed == ()


def test_baseline_entries_that_match_nothing_are_ignored() -> None:
    gone = finding("killed", ("c-1", "c-2"))
    other = finding("wounded", ("c-3", "c-4"))
    result = apply_baseline(report(other), baseline_of(report(gone)))
    assert result.findings == (other,) and result.baselined == ()
