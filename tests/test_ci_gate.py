"""The CI gate end to end: a git repository of articles, a baseline, and a new article per pull request.

Each test builds a repository in tmp_path holding corpus/ (a Defence Ministry running tally of
facilities struck, the venue of the second round of talks, and an old dispute over a death toll),
commits it with a baseline that accepts the dispute, then adds one article the way a pull request
would and runs `discrep check` from the repository root, as CI does.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from discrep.cli import cli
from discrep.gate import read_suppressions
from discrep.model import Suppression
from tests.report.test_formats import assert_valid_sarif

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def article(outlet: str, published: str, *paragraphs: str, extra: str = "") -> str:
    return f"---\noutlet: {outlet}\npublished: {published}\n{extra}---\n" + "\n\n".join(paragraphs) + "\n"


def tally(n: str) -> str:
    return (
        "Since the beginning of the operation, according to Defence Ministry spokesman Igor Konashenkov, "
        f"Russia's armed forces have struck {n} Ukrainian military infrastructure facilities."
    )


KILLED = "The Defence Ministry said {n} Russian servicemen have been killed."
KYIV_KILLED = "Ukraine's General Staff said {n} Russian servicemen have been killed."

BASE = {
    # the running tally, day one
    "corpus/2022-02-28-wire-one.md": article(
        "Wire One", "2022-02-28", "Fighting continued around Kharkiv on Monday.", tally("1,114")
    ),
    # where round two will be
    "corpus/2022-03-02-wire-two.md": article(
        "Wire Two",
        "2022-03-02",
        "Russian and Ukrainian negotiators are expected to meet for a second round of talks on Thursday "
        "at Belovezhskaya Pushcha, near the Belarus-Poland border.",
    ),
    # an old dispute the team reviewed and accepted: 498 against 600 killed on the same day, Moscow's
    # figure against Kyiv's
    "corpus/2022-03-02-wire-a.md": article("Wire A", "2022-03-02", KILLED.format(n=498)),
    "corpus/2022-03-02-wire-b.md": article("Wire B", "2022-03-02", KYIV_KILLED.format(n=600)),
}

AGREEING = article("Wire Three", "2022-02-28", tally("1,114"))
HIGHER = article("Wire Four", "2022-03-01", tally("1,325"))
LOWER = article("Wire Five", "2022-03-02", "Kyiv was quiet overnight.", tally("900"))  # the claim: line 7
GOMEL = article(
    "Wire Six",
    "2022-03-02",
    "The second round of talks between the Russian and Ukrainian delegations will be held on Thursday "
    "in Gomel.",
)  # the claim: line 5


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.email=ci@example.org", "-c", "user.name=CI", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def write(repo: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(text, encoding="utf-8")


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "120"})


def assert_exit(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def findings(result: Result) -> list[dict[str, Any]]:
    data = json.loads(result.stdout)
    assert isinstance(data["findings"], list)
    return data["findings"]


def kinds(result: Result) -> list[tuple[str, str, str]]:
    return [(f["kind"], f["metric"], f["severity"]) for f in findings(result)]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A committed repository with corpus/ and discrep-baseline.json; the working directory is its root."""
    root = tmp_path / "newsroom"
    root.mkdir()
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    git(root, "init", "-q")
    write(root, BASE)
    monkeypatch.chdir(root)
    result = run("baseline", "corpus", "-o", "discrep-baseline.json")
    assert_exit(result, 0)
    assert result.stderr == "discrep: wrote 1 finding(s) to baseline discrep-baseline.json\n"
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "corpus and baseline")
    return root


CHECK = ("check", "corpus", "--baseline", "discrep-baseline.json", "--fail-on", "error")


def test_the_committed_corpus_passes_against_its_baseline(repo: Path) -> None:
    assert_exit(run("check", "corpus"), 1)  # the accepted dispute, without the baseline
    result = run(*CHECK, "--format", "json")
    assert_exit(result, 0)
    assert findings(result) == [] and len(json.loads(result.stdout)["baselined"]) == 1


def test_an_agreeing_article_exits_0(repo: Path) -> None:
    write(repo, {"corpus/2022-02-28-wire-three.md": AGREEING})
    result = run(*CHECK, "--format", "json")
    assert_exit(result, 0)
    assert kinds(result) == [("agreement", "military_facilities", "info")]


def test_a_newer_higher_tally_exits_0_and_warns(repo: Path) -> None:
    write(repo, {"corpus/2022-03-01-wire-four.md": HIGHER})
    result = run(*CHECK, "--format", "json")
    assert_exit(result, 0)
    assert kinds(result) == [("evolving_tally", "military_facilities", "warning")]
    table = run(*CHECK)
    assert_exit(table, 0)
    assert "WARNING evolving_tally" in table.stdout
    assert "0 error(s), 1 warning(s)" in table.stdout
    assert_exit(run(*CHECK[:-1], "warning"), 1)  # a team that wants running tallies to fail can


def test_a_lower_cumulative_figure_exits_1(repo: Path) -> None:
    write(repo, {"corpus/2022-03-01-wire-four.md": HIGHER, "corpus/2022-03-02-wire-five.md": LOWER})
    result = run(*CHECK, "--format", "json")
    assert_exit(result, 1)
    # the fall, and the running tally 1,114 -> 1,325 that rose before it
    assert kinds(result) == [
        ("contradiction", "military_facilities", "error"),
        ("evolving_tally", "military_facilities", "warning"),
    ]
    assert "cannot fall" in findings(result)[0]["message"]


def test_another_venue_for_round_two_exits_1(repo: Path) -> None:
    write(repo, {"corpus/2022-03-02-wire-six.md": GOMEL})
    result = run(*CHECK, "--format", "json")
    assert_exit(result, 1)
    assert ("venue_conflict", "venue", "error") in kinds(result)


@pytest.mark.parametrize(
    ("new_file", "text", "line"),
    [("corpus/2022-03-02-wire-five.md", LOWER, 7), ("corpus/2022-03-02-wire-six.md", GOMEL, 5)],
)
def test_github_and_sarif_point_at_the_new_file_and_its_line(
    repo: Path, new_file: str, text: str, line: int
) -> None:
    write(repo, {new_file: text})
    github = run(*CHECK, "--format", "github")
    assert_exit(github, 1)
    assert all(row.startswith("::") for row in github.stdout.splitlines())  # workflow commands only
    assert github.stderr.startswith("discrep: ") and "1 baselined" in github.stderr
    annotation = re.compile(rf"^::error file={re.escape(new_file)},line={line},col=\d+,title=discrep \S+::")
    assert any(annotation.match(row) for row in github.stdout.splitlines()), github.stdout

    sarif = run(*CHECK, "--format", "sarif")
    assert_exit(sarif, 1)
    doc = json.loads(sarif.stdout)
    assert_valid_sarif(doc)
    places = {
        (loc["physicalLocation"]["artifactLocation"]["uri"], loc["physicalLocation"]["region"]["startLine"])
        for result in doc["runs"][0]["results"]
        if result["level"] == "error"
        for loc in result["locations"]
    }
    assert (new_file, line) in places


def test_junit_fails_on_the_new_contradiction(repo: Path) -> None:
    write(repo, {"corpus/2022-03-02-wire-five.md": LOWER})
    result = run(*CHECK, "--format", "junit", "-o", "report.xml")
    assert_exit(result, 1)
    root = ET.parse(repo / "report.xml").getroot()
    failures = root.findall("testsuite/testcase/failure")
    assert [f.get("type") for f in failures] == ["error"]
    assert "corpus/2022-03-02-wire-five.md:7: 900" in (failures[0].text or "")


def test_changed_since_ignores_old_findings(repo: Path) -> None:
    # Without a baseline the old dispute fails the check, but it involves no article changed since HEAD.
    assert_exit(run("check", "corpus"), 1)
    quiet = run("check", "corpus", "--changed-since", "HEAD", "--format", "json")
    assert_exit(quiet, 0)
    data = json.loads(quiet.stdout)
    assert data["findings"] == [] and data["changed_since"]["articles"] == []
    assert len(data["changed_since"]["not_shown"]) == 1
    # A new (untracked) article: only the findings it takes part in are shown, with the old ones as evidence.
    write(repo, {"corpus/2022-03-02-wire-six.md": GOMEL})
    result = run("check", "corpus", "--changed-since", "HEAD", "--format", "json")
    assert_exit(result, 1)
    shown = findings(result)
    assert {f["kind"] for f in shown} == {"venue_conflict", "agreement"}  # the dates of round two agree
    assert json.loads(result.stdout)["changed_since"]["articles"] == ["corpus/2022-03-02-wire-six.md"]
    # Committed, it is still "changed since" the commit before.
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Gomel")
    assert_exit(run("check", "corpus", "--changed-since", "HEAD"), 0)
    assert_exit(run("check", "corpus", "--changed-since", "HEAD~1"), 1)
    table = run("check", "corpus", "--changed-since", "HEAD")
    assert "finding(s) not in articles changed since HEAD (not shown)" in table.stdout


def test_changed_since_sees_an_edited_article(repo: Path) -> None:
    path = repo / "corpus/2022-03-02-wire-a.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nA later paragraph about the weather.\n", "utf-8")
    result = run("check", "corpus", "--changed-since", "HEAD", "--format", "json")
    assert_exit(result, 1)
    assert kinds(result) == [("contradiction", "killed", "error")]


def test_changed_since_outside_git_or_with_a_bad_revision_exits_2(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = run("check", "corpus", "--changed-since", "no-such-branch")
    assert_exit(bad, 2)
    assert bad.stderr.startswith("discrep: error: --changed-since: 'no-such-branch' is not a commit")
    assert_exit(run("check", "corpus", "--changed-since", "--help"), 2)
    outside = tmp_path / "outside"
    write(outside, {"corpus/a.md": BASE["corpus/2022-03-02-wire-a.md"]})
    monkeypatch.chdir(outside)
    result = run("check", "corpus", "--changed-since", "HEAD")
    assert_exit(result, 2)
    assert (
        result.stderr == f"discrep: error: --changed-since: {outside / 'corpus'} is not in a git repository\n"
    )
    assert result.stdout == ""


def test_an_accepted_finding_stays_quiet_until_a_new_value_joins_it(repo: Path) -> None:
    a = repo / "corpus/2022-03-02-wire-a.md"
    # Editing the article elsewhere, and rewording the sentence, keep the accepted finding accepted.
    a.write_text(
        article(
            "Wire A",
            "2022-03-02",
            "Shelling was reported overnight in the outskirts of Kharkiv.",
            "On Wednesday the Defence Ministry told reporters that 498 Russian servicemen had been killed.",
        ),
        encoding="utf-8",
    )
    assert_exit(run(*CHECK), 0)
    # A new article with a new value joins the accepted dispute: it is new again, and fails.
    write(repo, {"corpus/2022-03-02-wire-c.md": article("Wire C", "2022-03-02", KILLED.format(n=700))})
    result = run(*CHECK, "--format", "json")
    assert_exit(result, 1)
    (finding,) = findings(result)
    assert finding["message"].startswith("changed since baseline: ") and "700" in finding["message"]
    data = json.loads(result.stdout)
    assert data["baselined"] == [] and data["stale_baseline"] == []
    sarif = json.loads(run(*CHECK, "--format", "sarif").stdout)
    assert [r["baselineState"] for r in sarif["runs"][0]["results"]] == ["updated"]
    # Accepting it again quiets it.
    assert_exit(run("baseline", "corpus", "-o", "discrep-baseline.json"), 0)
    assert_exit(run(*CHECK), 0)


# --- suppressions in front matter ------------------------------------------------------------------

ACCEPT_TALLY = """discrep:
  accept:
    - rule: tally/contradiction
      metric: military_facilities
      reason: "Wire Five misread the briefing; reviewed 2022-03-03"
    - rule: venue
      reason: "nothing to do with venues"
"""


def test_a_suppression_in_front_matter_accepts_the_finding_and_an_unused_one_is_reported(repo: Path) -> None:
    lower = article("Wire Five", "2022-03-02", "Kyiv was quiet overnight.", tally("900"), extra=ACCEPT_TALLY)
    write(repo, {"corpus/2022-03-02-wire-five.md": lower})
    result = run(*CHECK, "--format", "json")
    assert_exit(result, 0)
    data = json.loads(result.stdout)
    assert data["findings"] == []
    (suppressed,) = data["suppressed"]
    assert (suppressed["path"], suppressed["line"]) == ("corpus/2022-03-02-wire-five.md", 6)
    assert suppressed["reason"] == "Wire Five misread the briefing; reviewed 2022-03-03"
    (unused,) = data["unused_suppressions"]
    assert (unused["path"], unused["line"], unused["rule"]) == ("corpus/2022-03-02-wire-five.md", 9, "venue")
    table = run(*CHECK)
    lines = table.stdout.splitlines()
    assert "1 finding(s) suppressed (accepted in an article's front matter, not shown)" in lines
    assert (
        "warning: corpus/2022-03-02-wire-five.md:9: unused suppression (rule venue): it matches no finding"
        in lines
    )
    github = run(*CHECK, "--format", "github")
    assert "::warning file=corpus/2022-03-02-wire-five.md,line=9,title=discrep suppression::" in github.stdout
    # The same suppression in an article the finding does not involve accepts nothing.
    write(repo, {"corpus/2022-03-02-wire-five.md": LOWER})
    other = repo / "corpus/2022-03-02-wire-two.md"
    other.write_text(other.read_text(encoding="utf-8").replace("---\n", "---\n" + ACCEPT_TALLY, 1), "utf-8")
    # (the replace put it before `outlet:`; the front matter is still one mapping)
    assert_exit(run(*CHECK), 1)


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("discrep:\n  accept:\n    - finding: f-0123456789\n", [Suppression(5, finding="f-0123456789")]),
        (
            "discrep:\n  accept:\n    - {rule: tally/contradiction, metric: killed, reason: ok}\n",
            [Suppression(5, rule="tally", kind="contradiction", metric="killed", reason="ok")],
        ),
        (
            "discrep:\n  accept:\n    - reason: everything\n",
            [Suppression(5, problem="suppression: give `rule` (e.g. tally/contradiction) or `finding`")],
        ),
        (
            "discrep:\n  accept:\n    - rules: tally\n",
            [
                Suppression(
                    5,
                    problem="suppression: unknown key 'rules' (known: rule, kind, metric, subject, "
                    "event, finding, reason)",
                )
            ],
        ),
        ("discrep:\n  accept: tally\n", [Suppression(4, problem="discrep.accept: expected a list")]),
        ("discrep: yes\n", [Suppression(3, problem="discrep: expected a mapping with an `accept` list")]),
        (
            "discrep:\n  ignore: []\n",
            [Suppression(3, problem="discrep: unknown key 'ignore' (known: accept)")],
        ),
        ("title: no suppressions\n", []),
        ("discrep:\n", []),
    ],
)
def test_reading_suppressions(front: str, expected: list[Suppression]) -> None:
    text = f"---\noutlet: X\n{front}---\nBody.\n"
    assert list(read_suppressions(text)) == expected


def test_a_suppression_without_a_reason_is_warned_about_but_applies(repo: Path) -> None:
    no_reason = "discrep:\n  accept:\n    - rule: tally\n"
    write(
        repo,
        {"corpus/2022-03-02-wire-five.md": article("Wire Five", "2022-03-02", tally("900"), extra=no_reason)},
    )
    result = run(*CHECK)
    assert_exit(result, 0)
    assert (
        "warning: corpus/2022-03-02-wire-five.md:6: suppression without a reason (rule tally)"
        in result.stdout
    )


# --- integration files -----------------------------------------------------------------------------


def discrep_command() -> list[str]:
    script = Path(sys.executable).with_name("discrep")
    return [str(script)] if script.exists() else [sys.executable, "-m", "discrep"]


def test_the_pre_commit_hook_runs_its_entry_on_the_staged_files(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "discrep" and hook["language"] == "python" and hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    assert files.search("corpus/a.md") and files.search("b.txt") and not files.search("scan.pdf")
    entry = shlex.split(hook["entry"])
    assert entry[0] == "discrep"
    command = [*discrep_command(), *entry[1:]]
    write(
        tmp_path, {"a.md": BASE["corpus/2022-03-02-wire-a.md"], "b.md": BASE["corpus/2022-03-02-wire-b.md"]}
    )
    env = {**os.environ, "COLUMNS": "120"}
    failing = subprocess.run(
        [*command, "a.md", "b.md"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False
    )
    assert failing.returncode == 1, failing.stderr
    assert "ERROR contradiction" in failing.stdout and "a.md:5" in failing.stdout
    passing = subprocess.run(
        [*command, "a.md"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False
    )
    assert passing.returncode == 0, passing.stderr


def readme_workflow() -> dict[str, Any]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, flags=re.DOTALL)
    (block,) = [b for b in blocks if "jobs:" in b]
    workflow = yaml.safe_load(block)
    assert isinstance(workflow, dict)
    return workflow


def test_the_readme_workflow_is_valid_yaml_with_jobs_and_steps() -> None:
    workflow = readme_workflow()
    assert workflow.get("on", workflow.get(True))  # PyYAML reads a bare `on` as True
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict) and jobs
    for job in jobs.values():
        assert job["runs-on"] and isinstance(job["steps"], list) and job["steps"]
        for step in job["steps"]:
            assert "uses" in step or "run" in step, step


def test_the_readme_workflow_uses_only_options_discrep_has() -> None:
    help_text = run("check", "--help").stdout
    runs = [
        step["run"] for job in readme_workflow()["jobs"].values() for step in job["steps"] if "run" in step
    ]
    commands = [r for r in runs if "discrep check" in r]
    assert commands
    for command in commands:
        for option in re.findall(r"(?<!\S)(--[a-z-]+)", command):
            assert option in help_text, option


def test_check_help_documents_the_exit_codes() -> None:
    text = run("check", "--help").stdout
    assert "Exit status:" in text
    for code in ("  0  ", "  1  ", "  2  "):
        assert code in text
    assert "--fail-on [error|warning|info|never]" in text and "--changed-since REV" in text
