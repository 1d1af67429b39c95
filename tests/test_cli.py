"""The `discrep` command: options, output formats, exit codes (0 clean, 1 findings, 2 errors)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import discrep.cli as cli_module
from discrep import __version__
from discrep.cli import cli
from discrep.model import Finding, Report

CLAIM = "The Defence Ministry said {n} Russian servicemen have been killed.\n"


def article(outlet: str, published: str, n: int) -> str:
    return f"---\noutlet: {outlet}\npublished: {published}\n---\n{CLAIM.format(n=n)}"


# Four tiny corpora, one per worst finding: none, info (agreement), warning (a running tally), error.
CORPORA: dict[str, dict[str, str | bytes]] = {
    "clean": {"a.md": "---\noutlet: A\npublished: 2022-03-02\n---\nTalks are expected on Thursday.\n"},
    "agreement": {"a.md": article("A", "2022-03-02", 498), "b.md": article("B", "2022-03-02", 498)},
    "evolving": {"a.md": article("A", "2022-03-01", 498), "b.md": article("B", "2022-03-02", 600)},
    "contradiction": {"a.md": article("A", "2022-03-02", 498), "b.md": article("B", "2022-03-02", 600)},
}


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env={"COLUMNS": "120"})


def assert_exit(result: Result, code: int) -> None:
    """The exit code, and no Python exception (a traceback) behind it."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def json_report(result: Result) -> dict[str, object]:
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


# --- version, usage ------------------------------------------------------------------------------


def test_version_option() -> None:
    result = run("--version")
    assert_exit(result, 0)
    assert result.stdout == f"discrep, version {__version__}\n"


def test_python_dash_m_discrep_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "discrep", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"discrep, version {__version__}"


def test_check_without_paths_is_a_usage_error() -> None:
    result = run("check")
    assert_exit(result, 2)
    assert "Missing argument 'PATHS...'" in result.stderr


@pytest.mark.parametrize("option", [["--format", "xml"], ["--fail-on", "fatal"]])
def test_a_bad_choice_is_a_usage_error(tree, option: list[str]) -> None:
    result = run("check", tree(CORPORA["clean"]), *option)
    assert_exit(result, 2)
    assert "Invalid value" in result.stderr


def test_a_missing_path_exits_2_with_a_message_on_stderr(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = run("check", missing)
    assert_exit(result, 2)
    assert result.stderr == f"discrep: error: {missing}: no such file or folder\n"
    assert result.stdout == ""


def test_a_bad_rule_file_exits_2_naming_file_line_and_key(tree, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "metrics.yaml").write_text("metrics:\n  killed:\n    cumulative: sometimes\n", encoding="utf-8")
    result = run("check", tree(CORPORA["clean"]), "--rules", rules)
    assert_exit(result, 2)
    assert result.stderr == (
        f"discrep: error: {rules / 'metrics.yaml'}:3: metrics.killed.cumulative: expected true or false\n"
    )
    assert result.stdout == ""


def test_a_missing_rules_folder_exits_2(tree, tmp_path: Path) -> None:
    result = run("check", tree(CORPORA["clean"]), "--rules", tmp_path / "nowhere")
    assert_exit(result, 2)
    assert "not a folder of rule files" in result.stderr


def test_an_unwritable_output_path_exits_2_without_a_traceback(tree, tmp_path: Path) -> None:
    result = run("check", tree(CORPORA["clean"]), "--output", tmp_path / "no-such-dir" / "report.json")
    assert_exit(result, 2)
    assert "report.json" in result.stderr


# --- output --------------------------------------------------------------------------------------

ARTICLE_KEYS = {"path": str, "outlet": (str, type(None)), "published": (str, type(None)), "status": str,
                "reason": (str, type(None)), "claims": int}  # fmt: skip
CLAIM_KEYS = {"id", "path", "line", "column", "quote", "kind", "metric", "subject", "event", "value", "low",
              "high", "qualifier", "as_of", "claimant", "negated", "modality"}  # fmt: skip
FINDING_KEYS = {"id", "rule", "kind", "severity", "claims", "message"}


def test_json_output_has_the_documented_shape(tree) -> None:
    files: dict[str, str | bytes] = {
        **CORPORA["contradiction"],
        "scan.pdf": b"%PDF",
        "bare.txt": "5 killed.\n",
    }
    data = json_report(run("check", tree(files), "--format", "json"))
    assert {"version", "articles", "claims", "findings"} <= set(data)
    assert data["version"] == 1
    articles, claims, findings = data["articles"], data["claims"], data["findings"]
    assert isinstance(articles, list) and isinstance(claims, list) and isinstance(findings, list)
    assert [a["path"] for a in articles] == ["a.md", "b.md", "bare.txt", "scan.pdf"]
    for entry in articles:
        assert all(isinstance(entry[key], kind) for key, kind in ARTICLE_KEYS.items()), entry
    by_path = {a["path"]: a for a in articles}
    assert (by_path["a.md"]["outlet"], by_path["a.md"]["published"]) == ("A", "2022-03-02")
    assert (by_path["scan.pdf"]["status"], by_path["scan.pdf"]["reason"]) == (
        "skipped",
        "not an article: .pdf",
    )
    assert by_path["bare.txt"]["status"] == "checked"
    assert "no publication date" in by_path["bare.txt"]["reason"]
    assert sum(a["claims"] for a in articles) == len(claims) >= 2
    for claim in claims:
        assert set(claim) >= CLAIM_KEYS, claim
        assert isinstance(claim["line"], int) and isinstance(claim["negated"], bool)
    claim_ids = {c["id"] for c in claims}
    assert findings
    for finding in findings:
        assert set(finding) >= FINDING_KEYS and finding["severity"] in ("error", "warning", "info")
        assert set(finding["claims"]) <= claim_ids


def test_table_output_ends_with_a_summary(tree) -> None:
    root = tree({**CORPORA["clean"], "b.md": CORPORA["clean"]["a.md"], "scan.pdf": b"%PDF"})
    result = run("check", root, "--format", "table")
    assert_exit(result, 0)
    lines = result.stdout.splitlines()
    assert "skipped scan.pdf: not an article: .pdf" in lines
    assert lines[-1].startswith("2 article(s) checked, 1 skipped, ")


def test_table_is_the_default_format(tree) -> None:
    root = tree(CORPORA["clean"])
    assert run("check", root).stdout == run("check", root, "--format", "table").stdout


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_output_option_writes_the_report_to_the_file(tree, tmp_path: Path, fmt: str) -> None:
    root = tree(CORPORA["contradiction"])
    out = tmp_path / "report.out"
    result = run("check", root, "--format", fmt, "--output", out)
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == run("check", root, "--format", fmt).stdout
    assert result.exit_code == run("check", root).exit_code


def test_json_output_is_identical_between_runs_and_file_orders(tree) -> None:
    files = {**CORPORA["contradiction"], "c.md": article("C", "2022-03-01", 300), "sub/d.txt": "7 killed.\n"}
    forward = tree(files, root="forward")
    backward = tree(dict(reversed(files.items())), root="backward")
    first, second = run("check", forward, "-f", "json"), run("check", forward, "-f", "json")
    assert first.stdout == second.stdout
    assert run("check", backward, "-f", "json").stdout == first.stdout
    assert json_report(first)["articles"]


# --- exit codes ----------------------------------------------------------------------------------


def fake_report(*severities: str) -> Report:
    findings = tuple(
        Finding(rule="tally", kind="contradiction", severity=s, metric="killed", claims=(), message=s)
        for s in severities
    )
    return Report(articles=(), claims=(), findings=findings)


@pytest.mark.parametrize(
    ("severities", "fail_on", "code"),
    [
        ((), None, 0),
        ((), "info", 0),
        (("info",), None, 0),
        (("warning",), None, 0),
        (("error",), None, 1),
        (("info",), "error", 0),
        (("warning", "info"), "error", 0),
        (("error", "info"), "error", 1),
        (("info",), "warning", 0),
        (("warning",), "warning", 1),
        (("error",), "warning", 1),
        (("info",), "info", 1),
        (("warning",), "info", 1),
        (("error", "warning", "info"), "never", 0),
    ],
)
def test_fail_on_sets_the_exit_code(
    tree, monkeypatch: pytest.MonkeyPatch, severities: tuple[str, ...], fail_on: str | None, code: int
) -> None:
    """The CLI's own logic, on made-up findings: 1 when any finding is at or above --fail-on."""
    monkeypatch.setattr(cli_module, "run_check", lambda paths, rules, **_: fake_report(*severities))
    options = ["--fail-on", fail_on] if fail_on else []
    result = run("check", tree(CORPORA["clean"]), "--format", "json", *options)
    assert_exit(result, code)
    assert [f["severity"] for f in json_report(result)["findings"]] == list(severities)


@pytest.mark.parametrize(
    ("corpus", "worst"),
    [("clean", None), ("agreement", "info"), ("evolving", "warning"), ("contradiction", "error")],
)
def test_each_tiny_corpus_has_the_expected_worst_finding(tree, corpus: str, worst: str | None) -> None:
    result = run("check", tree(CORPORA[corpus]), "--format", "json", "--fail-on", "never")
    assert_exit(result, 0)
    severities = {f["severity"] for f in json_report(result)["findings"]}
    rank = ["info", "warning", "error"]
    assert max(severities, key=rank.index, default=None) == worst


def test_two_outlets_giving_different_figures_for_one_day_is_an_error(tree) -> None:
    result = run("check", tree(CORPORA["contradiction"]), "--format", "json")
    assert_exit(result, 1)
    (finding,) = json_report(result)["findings"]
    assert (finding["kind"], finding["severity"], finding["metric"]) == ("contradiction", "error", "killed")
    assert "498" in finding["message"] and "600" in finding["message"]


@pytest.mark.parametrize(
    ("corpus", "fail_on", "code"),
    [
        ("clean", "info", 0),
        ("agreement", "error", 0),
        ("agreement", "warning", 0),
        ("agreement", "info", 1),
        ("evolving", "error", 0),
        ("evolving", "warning", 1),
        ("contradiction", "error", 1),
        ("contradiction", "never", 0),
    ],
)
def test_fail_on_end_to_end(tree, corpus: str, fail_on: str, code: int) -> None:
    assert_exit(run("check", tree(CORPORA[corpus]), "--fail-on", fail_on), code)


@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_input_errors_exit_2_whatever_fail_on_says(tmp_path: Path, fail_on: str) -> None:
    assert_exit(run("check", tmp_path / "missing", "--fail-on", fail_on), 2)
