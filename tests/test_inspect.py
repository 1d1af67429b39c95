"""`discrep claims`, `discrep rules`, `discrep explain`, and the progress bar of `discrep check`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from discrep.cli import cli
from discrep.engine import check
from discrep.inspect import InspectError, check_doc, find_finding
from discrep.progress import DelayedProgress, wanted
from discrep.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent
MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed" / "formats"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env={"COLUMNS": "120"})


def ok(result: Result, code: int = 0) -> Result:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


# --- claims ----------------------------------------------------------------------------------------


def test_claims_lists_every_claim_with_its_quote() -> None:
    out = ok(run("claims", ROOT / "corpus")).stdout
    report = check([ROOT / "corpus"])
    assert out.splitlines()[0].split() == ["where", "what", "value", "as", "of", "claimant"]
    assert out.endswith(f"{len(report.claims)} claim(s)\n")
    assert "killed · Russian military" in out and "498" in out
    assert "“A spokesman for the Defense Ministry put Russian losses so far at 498 troops" in out


def test_claims_as_json_with_filters() -> None:
    result = ok(run("claims", ROOT / "corpus", "--metric", "killed", "--format", "json"))
    claims = json.loads(result.stdout)["claims"]
    assert claims and {c["metric"] for c in claims} == {"killed"}
    assert {"498", "2870", "5"} <= {str(c["value"]) for c in claims}
    venues = json.loads(ok(run("claims", ROOT / "corpus", "-k", "venue", "-f", "json")).stdout)["claims"]
    assert venues and {c["kind"] for c in venues} == {"venue"}


@pytest.mark.parametrize(
    ("wanted_file", "paths"),
    [
        ("c.html", {"c.html"}),
        ("feed.jsonl", {"feed.jsonl:record 1", "feed.jsonl:record 2"}),  # every record of a feed
        ("*.txt", {"b.txt"}),
        ("nothing.md", set()),
    ],
)
def test_claims_of_one_file(wanted_file: str, paths: set[str]) -> None:
    result = ok(run("claims", MIXED, "--file", wanted_file, "--format", "json"))
    found = {c["path"].rsplit("/", 1)[-1] for c in json.loads(result.stdout)["claims"]}
    assert found == paths


def test_claims_of_a_missing_path_exit_2() -> None:
    result = ok(run("claims", "no/such/folder"), 2)
    assert "no/such/folder: no such file or folder" in result.stderr


# --- rules -----------------------------------------------------------------------------------------


def test_rules_lists_the_rules_in_force() -> None:
    out = ok(run("rules")).stdout
    for expected in (
        "metrics",
        "casualties",
        "killed + wounded",
        "places",
        "Gomel region",
        "parties",
        "checks",
    ):
        assert expected in out
    assert "approx_tolerance=0.1" in out
    shipped = len(list((Path(__file__).resolve().parent.parent / "rules").glob("*.yaml")))
    assert out.rstrip().splitlines()[-1].startswith(f"rules OK: {shipped} file(s); ")


def test_rules_check_with_a_pack_of_ones_own(tmp_path: Path) -> None:
    pack = tmp_path / "quake"
    pack.mkdir()
    (pack / "rules.yaml").write_text(
        "metrics:\n  quarantined:\n    aliases: [quarantined, in quarantine]\n    cumulative: false\n",
        encoding="utf-8",
    )
    result = ok(run("rules", "--rules", pack, "--check"))
    defaults = len(load_rules().metrics)
    shipped = len(list((Path(__file__).resolve().parent.parent / "rules").glob("*.yaml")))
    assert result.stdout.startswith(f"rules OK: {shipped + 1} file(s); {defaults + 1} metrics,")
    assert "quarantined" in ok(run("rules", "--rules", pack)).stdout


def test_the_rules_listing_shows_each_partys_people() -> None:
    wide = CliRunner().invoke(cli, ["rules"], env={"COLUMNS": "400"})
    row = next(line for line in ok(wide).stdout.splitlines() if line.startswith("│ russia "))
    assert "Russia, Russian" in row and "Putin, Lavrov" in row


def test_the_rules_listing_shows_what_a_metric_requires() -> None:
    wide = CliRunner().invoke(cli, ["rules"], env={"COLUMNS": "400"})
    row = next(line for line in ok(wide).stdout.splitlines() if line.startswith("│ buildings "))
    assert "; only with: destroyed, destroying" in row


def test_a_bad_rule_file_exits_2_naming_file_line_and_key(tmp_path: Path) -> None:
    pack = tmp_path / "bad"
    pack.mkdir()
    (pack / "rules.yaml").write_text("metrics:\n  killed:\n    cumulative: maybe\n", encoding="utf-8")
    result = ok(run("rules", "--rules", pack, "--check"), 2)
    assert result.stdout == ""
    assert f"{pack / 'rules.yaml'}:3: metrics.killed.cumulative: expected true or false" in result.stderr


# --- explain ---------------------------------------------------------------------------------------


def test_explain_shows_why_and_the_claims_in_context() -> None:
    report = check([ROOT / "corpus"])
    contradiction = next(f for f in report.findings if f.kind == "contradiction")
    out = ok(run("explain", contradiction.id, ROOT / "corpus")).stdout
    assert out.startswith(f"{contradiction.id}  ERROR contradiction  casualties (killed and wounded)")
    assert "Why it fired: casualties (killed and wounded) (Russian military): at least 5,000" in out
    # the check's own documentation for this kind of finding
    assert "Check tally: compare figures for the same metric and subject" in out
    assert "contradiction (default severity error)" in out and "A cumulative count cannot fall" in out
    assert "evolving_tally (default warning)" not in out
    # each claim: where, who, when, the interval compared, the quote and its paragraph
    assert "Claims behind it (3):" in out
    assert "corpus/2022-02-28-globe-live-media.md:19:" in out
    assert "claimant:  various sources; outlet: Globe Live Media" in out
    assert "compared:  [5,000, ∞) (at_least)" in out
    assert "quote:     “According to various sources, casualties among Russian troops" in out
    assert "line 19:   “According to various sources" in out and "air supremacy" in out


def test_explain_takes_the_start_of_an_id_and_reads_any_format() -> None:
    report = check([MIXED])
    venue = next(f for f in report.findings if f.kind == "venue_conflict")
    out = ok(run("explain", venue.id[:7], MIXED)).stdout
    assert "denied, expected" in out and "feed.jsonl:record 2:1:" in out
    assert "Check venue: where an event takes place" in out


def test_explain_an_unknown_or_ambiguous_id_exits_2() -> None:
    result = ok(run("explain", "f-0000000000", ROOT / "corpus"), 2)
    assert "no finding 'f-0000000000' in these articles (findings: f-" in result.stderr
    report = check([ROOT / "corpus"])
    with pytest.raises(InspectError, match="matches 11 findings"):
        find_finding(report, "f-")


def test_every_finding_kind_has_its_documentation() -> None:
    for rule, kind in [
        ("tally", "contradiction"),
        ("tally", "evolving_tally"),
        ("tally", "agreement"),
        ("venue", "venue_conflict"),
        ("date", "date_conflict"),
    ]:
        summary, section = check_doc(rule, kind)
        assert summary.startswith(f"{rule}: ") and section.startswith(f"{kind} (default")


# --- progress --------------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_bar_appears_after_a_second_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream, clock = Terminal(), Clock()
    with DelayedProgress(stream, clock=clock) as progress:
        progress(0, 500)
        clock.now += 0.5
        progress(10, 500)
        assert not progress.shown and stream.getvalue() == "", "quick runs never see a bar"
        clock.now += 1.0
        progress(200, 500)
        assert progress.shown
        assert "reading articles" in stream.getvalue() and "200/500" in stream.getvalue()


def test_the_bar_appears_while_articles_stream_in_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream, clock = Terminal(), Clock()
    with DelayedProgress(stream, clock=clock) as progress:
        for n in range(1, 60):  # one process: each article is read, then its claims are known
            clock.now += 0.05
            progress(n, n)
        assert progress.shown and "59/59" in stream.getvalue()


@pytest.mark.parametrize(("ci", "stream"), [("true", Terminal()), (None, io.StringIO())])
def test_no_bar_in_ci_or_into_a_pipe(monkeypatch: pytest.MonkeyPatch, ci: str | None, stream) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    clock = Clock()
    assert not wanted(stream)
    with DelayedProgress(stream, clock=clock) as progress:
        progress(0, 10)
        clock.now += 5
        progress(5, 10)
        assert not progress.shown
    assert stream.getvalue() == ""


def test_the_engine_reports_progress_per_article() -> None:
    calls: list[tuple[int, int]] = []
    plain = check([ROOT / "corpus"])
    counted = check([ROOT / "corpus"], progress=lambda done, total: calls.append((done, total)))
    # (done, seen so far): the first 50 articles are read before extraction starts (parallel.py)
    assert calls == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert counted == plain


def test_check_prints_nothing_extra_on_stderr_when_piped() -> None:
    result = run("check", ROOT / "corpus", "--format", "json")
    assert result.exit_code == 1 and result.stderr == ""


# --- shell completion (documented in the README) ---------------------------------------------------


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [("discrep ex", "1", {"explain"}), ("discrep check corpus --format h", "4", {"html"})],
)
def test_click_completes_commands_and_choices(words: str, cword: str, expected: set[str]) -> None:
    env = {"_DISCREP_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": cword}
    result = CliRunner().invoke(cli, [], env=env, prog_name="discrep")
    assert result.exit_code == 0
    assert {line.split(",", 1)[1] for line in result.stdout.splitlines()} == expected
