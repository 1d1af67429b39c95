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
    finding_key,
    loads,
)
from discrep.cli import cli
from discrep.model import Claim, Finding, Report
from discrep.report.markdown import escape

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
    (entry,) = data["findings"]
    assert data["version"] == 2
    assert list(entry) == ["rule", "kind", "metric", "subject", "event", "claims", "key", "id", "message"]
    assert {key: entry[key] for key in ("id", "rule", "kind", "metric", "subject", "event", "message")} == {
        key: finding[key] for key in ("id", "rule", "kind", "metric", "subject", "event", "message")
    }
    assert entry["claims"] == [["a.md", 498], ["b.md", 600]]
    assert entry["key"].startswith("b-")


def test_the_baseline_command_writes_the_same_file_and_prints_no_report(tree, tmp_path: Path) -> None:
    root = tree(ACCEPTED)
    alias, command = tmp_path / "alias.json", tmp_path / "command.json"
    assert_exit(run("check", root, "--write-baseline", alias), 0)
    result = run("baseline", root, "-o", command)
    assert_exit(result, 0)
    assert result.stdout == "" and result.stderr == f"discrep: wrote 1 finding(s) to baseline {command}\n"
    assert command.read_bytes() == alias.read_bytes()
    assert "Missing option '--output'" in run("baseline", root).stderr
    assert run("baseline", root).exit_code == 2


def test_the_file_is_indented_with_one_claim_a_line(accepted: tuple[Path, Path]) -> None:
    _, baseline = accepted
    lines = baseline.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["{", '  "version": 2,', '  "findings": [']
    assert '        ["a.md", 498],' in lines and '        ["b.md", 600]' in lines


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
    keys = [(e["rule"], e["kind"], e["metric"], e["subject"] or "", e["event"] or "") for e in entries]
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
    # --format github prints workflow commands only; its summary goes to stderr
    assert expected in (result.stderr if fmt == "github" else result.stdout).splitlines()
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
    assert json.loads(baseline.read_text(encoding="utf-8")) == {"version": 2, "findings": []}
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
        ('{"version": 3, "findings": []}', "unsupported baseline version 3"),
        ('{"version": true, "findings": []}', "unsupported baseline version True"),
        ('{"findings": []}', "unsupported baseline version None"),
        ('{"version": 1, "findings": {}}', "findings: expected a list"),
        ('{"version": 2, "findings": [{"rule": "tally", "kind": "contradiction"}]}', "findings[0].metric"),
        (
            '{"version": 2, "findings": [{"rule": "t", "kind": "k", "metric": "m"}]}',
            "findings[0].claims: expected",
        ),
        (
            '{"version": 2, "findings": [{"rule": "t", "kind": "k", "metric": "m", "claims": [["a.md"]]}]}',
            "findings[0].claims[0]: expected an [article, value] pair",
        ),
        (
            '{"version": 2, "findings": [{"rule": "t", "kind": "k", "metric": "m", "claims": [[1, 2]]}]}',
            "findings[0].claims[0]: expected an [article, value] pair",
        ),
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


def claim(path: str, value: float, line: int = 5, quote: str = "") -> Claim:
    return Claim(
        path=path, line=line, column=1, quote=quote or f"{value} killed", kind="quantity", metric="killed",
        value=value, low=value, high=value, subject="russian_military",
    )  # fmt: skip


def finding(metric: str, claims: tuple[Claim, ...], severity: str = "error") -> Finding:
    return Finding(
        rule="tally", kind="contradiction", severity=severity,  # type: ignore[arg-type]
        metric=metric, claims=tuple(c.id for c in claims), message=f"{metric} {len(claims)}",
        subject="russian_military",
    )  # fmt: skip


def report(*found: tuple[Finding, tuple[Claim, ...]]) -> Report:
    claims = {c.id: c for _, cs in found for c in cs}
    return Report(articles=(), claims=tuple(claims.values()), findings=tuple(f for f, _ in found))


A498, B600, C700, C600 = claim("a.md", 498), claim("b.md", 600), claim("c.md", 700), claim("c.md", 600)
D300, E400 = claim("d.md", 300), claim("e.md", 400)


def pair(metric: str, *claims: Claim) -> tuple[Finding, tuple[Claim, ...]]:
    return finding(metric, claims), claims


def test_dumps_and_loads_round_trip() -> None:
    base = baseline_of(report(pair("killed", A498, B600), pair("wounded", D300, E400)))
    assert loads(dumps(base)) == base
    assert dumps(loads(dumps(base))) == dumps(base)
    assert [e.claims for e in base.entries] == [
        (("a.md", 498), ("b.md", 600)),
        (("d.md", 300), ("e.md", 400)),
    ]


def test_loads_reads_a_version_1_file_and_matches_by_finding_id() -> None:
    old = pair("killed", A498, B600)
    assert loads('{"version": 1, "findings": [{"id": "f-1"}]}') == Baseline((BaselineEntry(id="f-1"),))
    with pytest.raises(BaselineError, match=r"^where: findings: expected a list$"):
        loads('{"version": 1}', "where")
    v1 = loads(json.dumps({"version": 1, "findings": [{"id": old[0].id, "rule": "tally"}]}))
    result = apply_baseline(report(old), v1)
    assert result.findings == () and result.baselined == (old[0].id,) and result.stale == ()


def test_apply_baseline_returns_a_new_report_and_leaves_the_old_one_alone() -> None:
    old, new = pair("killed", A498, B600), pair("wounded", D300, E400)
    original = report(old, new)
    result = apply_baseline(original, baseline_of(report(old)))
    assert isinstance(result, BaselinedReport) and isinstance(result, Report)
    assert result.findings == (new[0],) and result.baselined == (old[0].id,) and result.changed == ()
    assert original.findings == (old[0], new[0])


def test_an_entry_is_keyed_on_content_not_on_claim_ids_or_lines() -> None:
    """The same article and value, from a reworded sentence further down: still the accepted finding."""
    moved = (claim("a.md", 498.0, line=40, quote="Later: 498 soldiers killed."), B600)
    assert moved[0].id != A498.id
    accepted = pair("killed", A498, B600)
    again = pair("killed", *moved)
    assert again[0].id != accepted[0].id
    assert finding_key(again[0], {c.id: c for c in moved}) == finding_key(
        accepted[0], {c.id: c for c in accepted[1]}
    )
    result = apply_baseline(report(again), baseline_of(report(accepted)))
    assert result.findings == () and result.baselined == (again[0].id,)


def test_changed_keeps_the_id_and_prefixes_the_message() -> None:
    old, grown = pair("killed", A498, B600), pair("killed", A498, B600, C700)
    result = apply_baseline(report(grown), baseline_of(report(old)))
    (reported,) = result.findings
    assert reported.id == grown[0].id and result.changed == (grown[0].id,)
    assert reported.message == CHANGED_PREFIX + grown[0].message
    assert result.stale == ()  # the entry grew into the changed finding: not stale as well


def test_a_new_article_repeating_a_figure_also_changes_the_finding() -> None:
    old, joined = pair("killed", A498, B600), pair("killed", A498, B600, C600)
    result = apply_baseline(report(joined), baseline_of(report(old)))
    assert result.changed == (joined[0].id,)


def test_a_second_finding_with_the_key_of_a_still_present_one_is_new_not_changed() -> None:
    """Two disagreements about the same tally (different days): the accepted one is still there."""
    day_one, day_two = pair("killed", A498, B600), pair("killed", D300, E400)
    result = apply_baseline(report(day_one, day_two), baseline_of(report(day_one)))
    assert result.findings == (day_two[0],) and result.changed == ()


def test_baseline_entries_that_match_nothing_are_stale() -> None:
    gone, other = pair("killed", A498, B600), pair("wounded", D300, E400)
    result = apply_baseline(report(other), baseline_of(report(gone)))
    assert result.findings == (other[0],) and result.baselined == ()
    (stale,) = result.stale
    assert stale.claims == (("a.md", 498), ("b.md", 600)) and stale.id == gone[0].id


# --- stale entries end to end ----------------------------------------------------------------------


def test_a_stale_entry_is_listed_in_every_format(accepted: tuple[Path, Path]) -> None:
    root, baseline = accepted
    (root / "b.md").unlink()  # the 600 is gone: the accepted contradiction no longer occurs
    data = json.loads(run("check", root, "--baseline", baseline, "--format", "json").stdout)
    (stale,) = data["stale_baseline"]
    assert stale["claims"] == [["a.md", 498], ["b.md", 600]] and data["findings"] == []
    line = (
        "warning: stale baseline entry, no longer found: tally/contradiction killed (russian_military): "
        "a.md 498, b.md 600 (write it again)"
    )
    table = run("check", root, "--baseline", baseline)
    assert_exit(table, 0)  # stale entries never fail the check
    assert line in table.stdout.splitlines()
    assert f"- {escape(line)}" in run("check", root, "--baseline", baseline, "--format", "markdown").stdout
    assert f"discrep: {line}" in run("check", root, "--baseline", baseline, "--format", "github").stderr
    sarif = json.loads(run("check", root, "--baseline", baseline, "--format", "sarif").stdout)
    assert sarif["runs"][0]["properties"]["staleBaseline"] == [stale]
    assert line in run("check", root, "--baseline", baseline, "--format", "junit").stdout
    assert_exit(run("baseline", root, "-o", baseline), 0)
    assert "stale" not in run("check", root, "--baseline", baseline).stdout
