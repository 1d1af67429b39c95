"""Every output format on one small hand-built Report, then end to end through the CLI.

The hand-built report has text that needs escaping in every format: a `|`, a `%`, a newline, a comma
and a colon in the message, and a file name with a comma, a colon, a space and a percent sign.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner, Result

from discrep import __version__
from discrep.baseline import BaselinedReport, BaselineEntry
from discrep.cli import cli
from discrep.gate import GatedReport, Placed, Suppressed
from discrep.model import Claim, FileStatus, Finding, Report, Suppression
from discrep.report import FORMATS, render
from discrep.report.github import escape_data, escape_property, summary_lines
from discrep.report.markdown import escape_cell, escape_paragraph
from discrep.ruleset import RuleSet, load_rules

ODD_PATH = "news/odd, name: 100%.md"
NASTY = "498 | 600 differ by 20%\nsecond line, with: colon"

CLAIMS = (
    Claim(
        path="a.md", line=5, column=27, quote="The ministry said 498 soldiers were killed.",
        kind="quantity", metric="killed", value=498.0, low=498.0, high=498.0, subject="russian_military",
        as_of=dt.date(2022, 3, 2), claimant="russia_mod", outlet="Outlet | One",
    ),
    Claim(
        path=ODD_PATH, line=7, column=3, quote="Officials said 600 soldiers died.",
        kind="quantity", metric="killed", value=600.0, low=600.0, high=600.0, subject="russian_military",
        as_of=dt.date(2022, 3, 2), claimant=None, outlet="Two",
    ),
    Claim(
        path=ODD_PATH, line=7, column=40, quote="Officials said 600 soldiers died, and 5,000 wounded.",
        kind="quantity", metric="wounded", value=5000.0, low=5000.0, high=None, qualifier="at_least",
        subject="russian_military", as_of=dt.date(2022, 3, 2), outlet="Two",
    ),
    Claim(
        path="c.md", line=2, column=1, quote="The talks will not be in Gomel.", kind="venue",
        metric="venue", value="gomel", event="talks/round-2", negated=True, outlet="Three",
    ),
    Claim(
        path="c.md", line=9, column=12, quote="Talks are expected in Gomel.", kind="venue", metric="venue",
        value="gomel", event="talks/round-2", modality="expected", outlet="Three",
    ),
)  # fmt: skip
C1, C2, C3, C4, C5 = (c.id for c in CLAIMS)

FINDINGS = (
    Finding(
        rule="tally", kind="contradiction", severity="error", metric="killed", subject="russian_military",
        claims=(C1, C2, C3), message=NASTY,
    ),
    Finding(
        rule="venue", kind="venue_conflict", severity="warning", metric="venue", event="talks/round-2",
        claims=(C4, C5), message="talks, round 2: denied and expected",
    ),
    Finding(
        rule="tally", kind="agreement", severity="info", metric="killed", subject="russian_military",
        claims=(C1,), message="- sources agree: 498",
    ),
)  # fmt: skip

REPORT = Report(
    articles=(
        FileStatus("a.md", "checked", outlet="Outlet | One", claims=1),
        FileStatus("c.md", "checked", outlet="Three", claims=2),
        FileStatus(ODD_PATH, "checked", outlet="Two", claims=2),
        FileStatus("scan.pdf", "skipped", reason="not an article: .pdf"),
    ),
    claims=CLAIMS,
    findings=FINDINGS,
)

ALL_FORMATS = ["table", "json", "sarif", "github", "markdown", "junit"]
SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


def test_every_format_is_registered() -> None:
    assert set(ALL_FORMATS) <= set(FORMATS)  # other formats (html) are tested on their own


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_every_format_is_deterministic(rules: RuleSet, fmt: str) -> None:
    first = render(REPORT, fmt, rules)
    assert first == render(REPORT, fmt, rules)
    assert first.endswith("\n") and not first.endswith("\n\n")


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_every_format_handles_an_empty_report(rules: RuleSet, fmt: str) -> None:
    text = render(Report(articles=(), claims=(), findings=()), fmt, rules)
    if fmt == "github":  # workflow commands only; the summary goes to stderr
        assert text == ""
    else:
        assert "0 error(s)" in text or json.loads(text)


# --- table and json: unchanged by this work, but on the same report ---------------------------------


def test_table_lists_every_finding_and_the_summary(rules: RuleSet) -> None:
    text = render(REPORT, "table", rules)
    assert "ERROR contradiction" in text and "WARNING venue_conflict" in text and "INFO agreement" in text
    assert "skipped scan.pdf: not an article: .pdf" in text
    assert (
        text.splitlines()[-1] == "3 article(s) checked, 1 skipped, 5 claims; 1 error(s), 1 warning(s), 1 info"
    )


def test_json_keeps_its_keys_and_messages_verbatim(rules: RuleSet) -> None:
    data = json.loads(render(REPORT, "json", rules))
    assert set(data) == {"version", "articles", "claims", "findings"}
    assert [f["message"] for f in data["findings"]] == [NASTY, FINDINGS[1].message, FINDINGS[2].message]


# --- sarif -----------------------------------------------------------------------------------------

SARIF_LEVELS = {"none", "note", "warning", "error"}


@cache
def sarif_validator() -> jsonschema.Draft7Validator:
    """The official SARIF 2.1.0 schema (tests/schemas/README.md says where it comes from)."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["$id"].endswith("/sarif-schema-2.1.0.json")
    # This copy keeps the log object itself under definitions/Root: validate against that.
    return jsonschema.Draft7Validator({"$ref": "#/definitions/Root", "definitions": schema["definitions"]})


def test_the_schema_rejects_what_is_not_sarif() -> None:
    good = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "discrep"}}, "results": []}]}
    assert not list(sarif_validator().iter_errors(good))
    for bad in (
        {"version": "2.1.0"},
        {"version": "2.0.0", "runs": []},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]},
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "d"}}, "results": [{"level": "fatal"}]}]},
        {"version": "2.1.0", "runs": [], "extra": 1},
    ):
        assert list(sarif_validator().iter_errors(bad)), bad


def assert_valid_sarif(doc: Any) -> None:
    """Valid against the SARIF 2.1.0 schema, and the parts GitHub's reading of it relies on."""
    errors = sorted(sarif_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    assert isinstance(doc, dict)
    assert doc["version"] == "2.1.0"
    assert isinstance(doc["$schema"], str) and doc["$schema"].startswith("https://")
    assert isinstance(doc["runs"], list) and doc["runs"]
    for run in doc["runs"]:
        driver = run["tool"]["driver"]
        assert isinstance(driver["name"], str) and driver["name"]
        rules = driver.get("rules", [])
        ids = [r["id"] for r in rules]
        assert len(ids) == len(set(ids)), "reportingDescriptor ids must be unique"
        for rule in rules:
            assert isinstance(rule["id"], str) and isinstance(rule["shortDescription"]["text"], str)
        for result in run["results"]:
            assert isinstance(result["message"]["text"], str)
            assert isinstance(result["ruleId"], str)
            assert result["level"] in SARIF_LEVELS
            if "ruleIndex" in result:
                assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
            for key, value in result.get("partialFingerprints", {}).items():
                assert isinstance(key, str) and isinstance(value, str)
            assert result.get("baselineState", "new") in {"new", "unchanged", "updated", "absent"}
            for location in result["locations"]:
                physical = location["physicalLocation"]
                uri = physical["artifactLocation"]["uri"]
                # a relative URI reference: no raw space or comma, no ':' to pass for a scheme, only %XX
                assert isinstance(uri, str) and uri and not re.search(r"[ ,:]|%(?![0-9A-F]{2})", uri)
                region = physical["region"]
                assert isinstance(region["startLine"], int) and region["startLine"] >= 1
                assert isinstance(region["startColumn"], int) and region["startColumn"] >= 1
                assert isinstance(region["snippet"]["text"], str)


def sarif(report: Report, rules: RuleSet) -> dict[str, Any]:
    doc = json.loads(render(report, "sarif", rules))
    assert_valid_sarif(doc)
    assert isinstance(doc, dict)
    return doc


def test_sarif_is_one_run_of_discrep_with_the_rules_used(rules: RuleSet) -> None:
    (run,) = sarif(REPORT, rules)["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("discrep", __version__)
    assert [r["id"] for r in driver["rules"]] == [
        "tally/agreement",
        "tally/contradiction",
        "venue/venue_conflict",
    ]
    assert all(r["shortDescription"]["text"] for r in driver["rules"])


def test_sarif_results_carry_rule_level_message_and_fingerprint(rules: RuleSet) -> None:
    results = sarif(REPORT, rules)["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("tally/contradiction", "error"),
        ("venue/venue_conflict", "warning"),
        ("tally/agreement", "note"),
    ]
    assert results[0]["message"]["text"] == NASTY  # JSON escapes it; nothing else should
    assert [r["partialFingerprints"]["discrepFindingId/v1"] for r in results] == [f.id for f in FINDINGS]
    assert "baselineState" not in results[0]


def test_sarif_has_one_location_per_claim(rules: RuleSet) -> None:
    results = sarif(REPORT, rules)["runs"][0]["results"]
    locations = [loc["physicalLocation"] for loc in results[0]["locations"]]
    where = [
        (p["artifactLocation"]["uri"], p["region"]["startLine"], p["region"]["startColumn"])
        for p in locations
    ]
    assert where == [
        ("a.md", 5, 27),
        ("news/odd%2C%20name%3A%20100%25.md", 7, 3),
        ("news/odd%2C%20name%3A%20100%25.md", 7, 40),
    ]
    assert [p["region"]["snippet"]["text"] for p in locations] == [c.quote for c in CLAIMS[:3]]
    assert "denied" in results[1]["locations"][0]["message"]["text"]


def test_sarif_lists_skipped_files_as_notifications(rules: RuleSet) -> None:
    (invocation,) = sarif(REPORT, rules)["runs"][0]["invocations"]
    (note,) = invocation["toolExecutionNotifications"]
    assert note["message"]["text"] == "skipped: not an article: .pdf"


def test_sarif_marks_new_and_changed_results_after_a_baseline(rules: RuleSet) -> None:
    changed = FINDINGS[0]
    report = BaselinedReport(
        articles=REPORT.articles, claims=REPORT.claims, findings=FINDINGS[:2],
        baselined=(FINDINGS[2].id,), changed=(changed.id,),
    )  # fmt: skip
    (run,) = sarif(report, rules)["runs"]
    assert [r["baselineState"] for r in run["results"]] == ["updated", "new"]
    assert run["properties"]["baselined"] == [FINDINGS[2].id]


# --- github ----------------------------------------------------------------------------------------

COMMAND = re.compile(r"^::(error|warning|notice) ((?:[a-z]+=[^,:]*,?)*)::(.*)$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse_commands(text: str) -> list[tuple[str, dict[str, str], str]]:
    commands = []
    for line in text.splitlines():
        match = COMMAND.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in match.group(2).split(","))
        commands.append(
            (match.group(1), {k: unescape(v) for k, v in props.items()}, unescape(match.group(3)))
        )
    return commands


def test_github_escapes_data_and_properties() -> None:
    assert escape_data("100% | a\r\nb") == "100%25 | a%0D%0Ab"
    assert escape_property("a,b: 5%") == "a%2Cb%3A 5%25"
    assert escape_data("%0A") == "%250A"  # a literal escape sequence stays literal


def test_github_prints_one_command_per_finding_and_claim_line(rules: RuleSet) -> None:
    text = render(REPORT, "github", rules)
    commands = parse_commands(text)
    # C2 and C3 share a line of one file: one annotation, not two
    assert [(cmd, props["file"], props["line"], props["col"]) for cmd, props, _ in commands] == [
        ("error", "a.md", "5", "27"),
        ("error", ODD_PATH, "7", "3"),
        ("warning", "c.md", "2", "1"),
        ("warning", "c.md", "9", "12"),
        ("notice", "a.md", "5", "27"),
    ]
    assert {props["title"] for _, props, _ in commands} == {
        "discrep tally/contradiction",
        "discrep venue/venue_conflict",
        "discrep tally/agreement",
    }
    assert commands[0][2] == NASTY
    assert "\n" not in text.split("\n")[0] and "%0A" in text


def test_github_prints_only_workflow_commands_and_the_summary_apart(rules: RuleSet) -> None:
    assert all(line.startswith("::") for line in render(REPORT, "github", rules).splitlines())
    assert summary_lines(REPORT) == [
        "discrep: 3 article(s) checked, 1 skipped, 5 claims; 1 error(s), 1 warning(s), 1 info"
    ]


# --- junit ---------------------------------------------------------------------------------------


def junit(report: Report, rules: RuleSet) -> ET.Element:
    text = render(report, "junit", rules)
    assert text.startswith("<?xml ")
    return ET.fromstring(text)


def test_junit_has_a_suite_per_rule_and_a_case_per_finding(rules: RuleSet) -> None:
    root = junit(REPORT, rules)
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["tally/agreement", "tally/contradiction", "venue/venue_conflict", "discrep"]
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("4", "2", "0")
    (error,) = suites["tally/contradiction"].findall("testcase")
    failure = error.find("failure")
    assert failure is not None and failure.get("type") == "error" and failure.get("message") == NASTY
    assert failure.text is not None and f"{ODD_PATH}:7: ≥ 5,000" in failure.text
    assert (error.get("file"), error.get("line"), error.get("classname")) == (
        "a.md",
        "5",
        "discrep.tally.contradiction",
    )
    (warning,) = suites["venue/venue_conflict"].findall("testcase")
    assert warning.find("failure") is not None and warning.get("name") == f"talks, round 2 [{FINDINGS[1].id}]"
    (info,) = suites["tally/agreement"].findall("testcase")
    assert info.find("failure") is None and info.find("system-out") is not None
    summary = suites["discrep"].find("testcase/system-out")
    assert summary is not None and summary.text is not None
    assert summary.text.startswith("3 article(s) checked, 1 skipped, 5 claims; 1 error(s)")


def test_junit_survives_characters_xml_cannot_hold(rules: RuleSet) -> None:
    odd = Finding(rule="tally", kind="contradiction", severity="error", metric="killed", claims=(C1,),
                  message="bell \x07 and <tag> & \"quotes\"")  # fmt: skip
    root = junit(Report(articles=REPORT.articles, claims=CLAIMS, findings=(odd,)), rules)
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == 'bell \ufffd and <tag> & "quotes"'


def test_junit_of_an_empty_report_still_holds_one_passing_test(rules: RuleSet) -> None:
    root = junit(Report(articles=(), claims=(), findings=()), rules)
    assert (root.get("tests"), root.get("failures")) == ("1", "0")


# --- gated reports: suppressions, stale baseline entries, --changed-since -----------------------------

ACCEPT = Placed("a.md", Suppression(3, rule="tally", kind="contradiction", reason="reviewed"))
UNUSED = Placed("c.md", Suppression(4, rule="date", reason="never fires"))
NO_REASON = Placed("c.md", Suppression(6, metric="venue", finding=FINDINGS[1].id))
BROKEN = Placed("c.md", Suppression(8, problem="suppression: unknown key 'rules' (known: rule)"))
STALE = BaselineEntry("tally", "contradiction", "wounded", "russian_military", None, (("a.md", 3),), "f-old")

GATED = GatedReport(
    articles=REPORT.articles, claims=CLAIMS, findings=FINDINGS[2:], baselined=(), changed=(), stale=(STALE,),
    baseline_applied=True, suppressions=(ACCEPT, UNUSED, NO_REASON, BROKEN),
    suppressed=(Suppressed(FINDINGS[0], ACCEPT), Suppressed(FINDINGS[1], NO_REASON)),
    unused_suppressions=(UNUSED,), changed_since="HEAD~1", changed_articles=("a.md",), unchanged=(),
)  # fmt: skip
WARNINGS = [
    "warning: stale baseline entry, no longer found: tally/contradiction wounded (russian_military): a.md 3 "
    "(write it again)",
    "warning: c.md:4: unused suppression (rule date): it matches no finding",
    f"warning: c.md:6: suppression without a reason (finding {FINDINGS[1].id}, metric venue)",
    "warning: c.md:8: suppression: unknown key 'rules' (known: rule) (ignored)",
]


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_every_format_is_deterministic_on_a_gated_report(rules: RuleSet, fmt: str) -> None:
    first = render(GATED, fmt, rules)
    assert first == render(GATED, fmt, rules)
    assert first.endswith("\n") and not first.endswith("\n\n")


def test_table_and_markdown_list_the_counts_and_the_warnings(rules: RuleSet) -> None:
    table = render(GATED, "table", rules).splitlines()
    assert table[-7:] == [
        "0 finding(s) baselined (accepted in the baseline file, not shown)",
        "2 finding(s) suppressed (accepted in an article's front matter, not shown)",
        "0 finding(s) not in articles changed since HEAD~1 (not shown)",
        *WARNINGS,
    ]
    markdown = render(GATED, "markdown", rules).splitlines()
    assert markdown[0].endswith(r"; 0 baselined; 2 suppressed; 0 not in articles changed since HEAD\~1")
    assert markdown[2:6] == [f"- {escape_paragraph(w)}" for w in WARNINGS]


def test_json_lists_suppressed_unused_and_stale(rules: RuleSet) -> None:
    data = json.loads(render(GATED, "json", rules))
    assert data["baselined"] == []
    (stale,) = data["stale_baseline"]
    assert (stale["metric"], stale["claims"], stale["id"]) == ("wounded", [["a.md", 3]], "f-old")
    assert [(s["id"], s["path"], s["line"], s["reason"]) for s in data["suppressed"]] == [
        (FINDINGS[0].id, "a.md", 3, "reviewed"),
        (FINDINGS[1].id, "c.md", 6, None),
    ]
    (unused,) = data["unused_suppressions"]
    assert (unused["path"], unused["line"], unused["rule"], unused["reason"]) == (
        "c.md",
        4,
        "date",
        "never fires",
    )
    assert [w["line"] for w in data["suppression_warnings"]] == [4, 6, 8]
    assert data["changed_since"] == {"revision": "HEAD~1", "articles": ["a.md"], "not_shown": []}


def test_github_annotates_suppression_warnings_and_prints_the_rest_to_stderr(rules: RuleSet) -> None:
    commands = parse_commands(render(GATED, "github", rules))
    assert [(c, p["file"], p["line"]) for c, p, _ in commands] == [
        ("notice", "a.md", "5"), ("warning", "c.md", "4"), ("warning", "c.md", "6"), ("warning", "c.md", "8"),
    ]  # fmt: skip
    assert summary_lines(GATED) == [
        "discrep: 3 article(s) checked, 1 skipped, 5 claims; 0 error(s), 0 warning(s), 1 info; 0 baselined; "
        "2 suppressed; 0 not in articles changed since HEAD~1",
        *(f"discrep: {w}" for w in WARNINGS),
    ]


def test_sarif_marks_suppressed_results_and_lists_warnings(rules: RuleSet) -> None:
    (run,) = sarif(GATED, rules)["runs"]
    states = [(r["ruleId"], r.get("suppressions")) for r in run["results"]]
    assert states[0] == ("tally/agreement", None)
    assert states[1][1] == [{
        "kind": "inSource", "justification": "reviewed",
        "location": {"physicalLocation": {"artifactLocation": {"uri": "a.md"}, "region": {"startLine": 3}}},
    }]  # fmt: skip
    assert states[2][1] is not None and "justification" not in states[2][1][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["note", "warning", "warning", "warning", "warning"]
    assert run["properties"]["staleBaseline"][0]["id"] == "f-old"
    assert run["properties"]["changedSince"]["revision"] == "HEAD~1"


def test_junit_skips_suppressed_findings_with_the_reason(rules: RuleSet) -> None:
    root = junit(GATED, rules)
    skipped = root.findall("testsuite/testcase/skipped")
    assert [s.get("message") for s in skipped] == ["suppressed: reviewed", "suppressed: no reason given"]
    assert root.get("skipped") == "2" and root.get("failures") == "0"
    out = root.find("testsuite[@name='discrep']/testcase/system-out")
    assert out is not None and out.text is not None and WARNINGS[1] in out.text


# --- markdown --------------------------------------------------------------------------------------


def split_row(row: str) -> list[str]:
    """A GFM table row into cells: split on pipes that are not escaped."""
    assert row.startswith("| ") and row.endswith(" |")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row[1:-1])]


def test_markdown_escaping() -> None:
    assert escape_cell("a | b\nc") == r"a \| b<br>c"
    assert (
        escape_cell("<img src=x> *bold* [link](u) `code`") == r"\<img src=x\> \*bold\* \[link\](u) \`code\`"
    )
    assert escape_paragraph("- not a list\nnor two lines") == r"\- not a list nor two lines"
    assert escape_paragraph("# not a heading") == r"\# not a heading"
    assert escape_paragraph("1. not a list") == r"1\. not a list"
    assert escape_paragraph("1,000 killed") == "1,000 killed"


def test_markdown_has_a_summary_then_a_heading_and_table_per_finding(rules: RuleSet) -> None:
    lines = render(REPORT, "markdown", rules).splitlines()
    assert (
        lines[0] == "**discrep**: 3 article(s) checked, 1 skipped, 5 claims; 1 error(s), 1 warning(s), 1 info"
    )
    headings = [line for line in lines if line.startswith("### ")]
    assert headings == [
        r"### ERROR · contradiction · killed · Russian military",
        r"### WARNING · venue\_conflict · talks, round 2",
        r"### INFO · agreement · killed · Russian military",
    ]
    rows = [split_row(line) for line in lines if line.startswith("| ")]
    assert all(len(row) == 6 for row in rows), rows
    header = ["value", "outlet", "claimant", "as of", "modality", "where"]
    assert rows.count(header) == 3
    data = [row for row in rows if row != header]
    assert ["498", r"Outlet \| One", r"russia\_mod", "2022-03-02", "asserted", "a.md:5"] in data
    assert ["≥ 5,000", "Two", "unattributed", "2022-03-02", "asserted", f"{ODD_PATH}:7"] in data
    assert ["Gomel", "Three", "unattributed", "—", "denied, asserted", "c.md:2"] in data
    assert len(data) == 3 + 2 + 1  # one row per claim of each finding


def test_markdown_message_stays_one_paragraph(rules: RuleSet) -> None:
    lines = render(REPORT, "markdown", rules).splitlines()
    assert r"498 \| 600 differ by 20% second line, with: colon" in lines
    assert r"\- sources agree: 498" in lines  # not a list item
    assert lines[-3:] == ["Skipped:", "", "- scan.pdf: not an article: .pdf"]


# --- the CLI, every format, on tiny corpora --------------------------------------------------------

CLAIM = "The Defence Ministry said {n} Russian servicemen have been killed.\n"


def article(outlet: str, published: str, n: int) -> str:
    return f"---\noutlet: {outlet}\npublished: {published}\n---\n{CLAIM.format(n=n)}"


CONTRADICTION = {"a.md": article("A", "2022-03-02", 498), "b.md": article("B", "2022-03-02", 600)}
CLEAN = {"a.md": "---\noutlet: A\npublished: 2022-03-02\n---\nTalks are expected on Thursday.\n"}


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env={"COLUMNS": "120"})


def assert_exit(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


@pytest.mark.parametrize("fmt", ALL_FORMATS)
@pytest.mark.parametrize(("files", "code"), [(CONTRADICTION, 1), (CLEAN, 0)])
def test_cli_exit_codes_do_not_depend_on_the_format(tree, fmt: str, files: dict[str, str], code: int) -> None:
    root = tree(files)
    result = run("check", root, "--format", fmt)
    assert_exit(result, code)
    assert result.stdout == run("check", root, "--format", fmt).stdout
    assert_exit(run("check", root, "--format", fmt, "--fail-on", "never"), 0)


def test_cli_sarif(tree) -> None:
    result = run("check", tree(CONTRADICTION), "--format", "sarif")
    doc = json.loads(result.stdout)
    assert_valid_sarif(doc)
    (finding,) = doc["runs"][0]["results"]
    assert (finding["ruleId"], finding["level"]) == ("tally/contradiction", "error")
    assert [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in finding["locations"]] == [
        "a.md",
        "b.md",
    ]


def test_cli_github(tree) -> None:
    result = run("check", tree(CONTRADICTION), "--format", "github")
    lines = result.stdout.splitlines()
    assert [line.split("::")[1] for line in lines] == [
        "error file=a.md,line=5,col=27,title=discrep tally/contradiction",
        "error file=b.md,line=5,col=27,title=discrep tally/contradiction",
    ]
    assert result.stderr.startswith("discrep: 2 article(s) checked, 0 skipped, 2 claims; 1 error(s)")


def test_cli_github_with_output_file_keeps_the_summary_on_stderr(tree, tmp_path: Path) -> None:
    out = tmp_path / "annotations.txt"
    result = run("check", tree(CONTRADICTION), "--format", "github", "-o", out)
    assert_exit(result, 1)
    assert result.stdout == ""
    assert result.stderr.startswith("discrep: 2 article(s) checked")
    assert all(line.startswith("::error ") for line in out.read_text(encoding="utf-8").splitlines())


def test_cli_junit(tree) -> None:
    result = run("check", tree(CONTRADICTION), "--format", "junit")
    assert_exit(result, 1)
    root = ET.fromstring(result.stdout)
    (suite, summary_suite) = root.findall("testsuite")
    assert suite.get("name") == "tally/contradiction" and summary_suite.get("name") == "discrep"
    (case,) = suite.findall("testcase")
    assert (case.get("file"), case.get("line")) == ("a.md", "5")
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert failure.text is not None and "b.md:5: 600" in failure.text


def test_cli_markdown(tree) -> None:
    text = run("check", tree(CONTRADICTION), "--format", "markdown").stdout
    assert "### ERROR · contradiction · killed · Russian military" in text
    assert "| 498 | A | Russian Defence Ministry | 2022-03-02 | asserted | a.md:5 |" in text


@pytest.mark.parametrize("fmt", ["sarif", "github", "markdown", "junit"])
def test_cli_output_option_writes_the_new_formats(tree, tmp_path: Path, fmt: str) -> None:
    root = tree(CONTRADICTION)
    out = tmp_path / f"report.{fmt}"
    result = run("check", root, "--format", fmt, "--output", out)
    assert_exit(result, 1)
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == run("check", root, "--format", fmt).stdout
