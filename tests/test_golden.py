"""End to end on corpus/: the JSON and table reports must match the golden files byte for byte.

After an intended change, rewrite them with `UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`
and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from discrep.cli import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"


def run(fmt: str) -> tuple[int, str]:
    """`discrep check corpus/` from the repo root, as the README runs it: paths are relative to it."""
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(cli, ["check", "corpus", "--format", fmt], env={"COLUMNS": "120"})
    finally:
        os.chdir(cwd)
    return result.exit_code, result.output


@pytest.mark.parametrize(("fmt", "name"), [("json", "corpus.json"), ("table", "corpus.txt")])
def test_report_matches_golden_file(fmt: str, name: str) -> None:
    code, output = run(fmt)
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert code == 1, "the corpus holds error-level findings, so the exit status is 1"
    assert output == golden.read_text(encoding="utf-8")


def test_corpus_findings_are_the_ones_a_careful_reader_sees() -> None:
    report = json.loads(run("json")[1])
    claims = {c["id"]: c for c in report["claims"]}

    def values(finding: dict) -> set:
        return {claims[i]["value"] for i in finding["claims"]}

    flagged = {
        (f["kind"], f["metric"], f["event"]): values(f) for f in report["findings"] if f["severity"] != "info"
    }
    assert flagged[("evolving_tally", "military_facilities", None)] == {1114, 1325, 1502}
    assert flagged[("evolving_tally", "tanks_and_armoured_vehicles", None)] == {314, 395}
    assert flagged[("evolving_tally", "rocket_launchers", None)] == {57, 59}
    assert flagged[("evolving_tally", "artillery", None)] == {121, 179}
    assert flagged[("evolving_tally", "military_vehicles", None)] == {274, 286}
    assert flagged[("contradiction", "casualties", None)] >= {5000, 498, 1600}
    assert "belovezhskaya_pushcha" in flagged[("venue_conflict", "venue", "talks/round-2")]
    assert flagged[("date_conflict", "date", "talks/round-2")] == {"2022-03-02", "2022-03-03"}
    # traps: different subjects, scopes and events are never flagged together
    for vals in flagged.values():
        assert not {498, 2870} <= vals and not {1600, 3700} <= vals and not {5, 498} <= vals
        assert not {"gomel", "brest_region"} <= vals and not {"2022-03-03", "2022-03-10"} <= vals
    assert len(flagged) == 8


def test_every_file_is_reported() -> None:
    report = json.loads(run("json")[1])
    names = sorted(a["path"] for a in report["articles"])
    assert names == sorted(f"corpus/{p.name}" for p in (ROOT / "corpus").iterdir())
    assert all(a["status"] == "checked" and a["claims"] > 0 for a in report["articles"])
