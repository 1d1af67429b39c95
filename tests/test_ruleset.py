"""discrep.ruleset.load_rules: the default pack, user packs on top, and errors that name file:line: key.

Bad rule files are data: each `tests/rule_cases/*.yaml` holds

    rules:    the text of one rule file (written to a fresh pack as rules.yaml)
    error:    a regex that the RulesError message must match (re.search), e.g.
              ':3: metrics\\.killed\\.cumulative: expected true or false$'
    defaults: false to load the case without the default pack (optional, default true)
    xfail:    the reason, when the case shows a known bug (optional; strict)
    raises:   with xfail, the builtin exception the bug raises today (optional), e.g. ValueError

A comment at the top of a case says what it shows. Add a case by adding a file.
"""

from __future__ import annotations

import builtins
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from discrep.ruleset import Check, Metric, Place, RulesError, default_rules_dir, load_rules

CASES_DIR = Path(__file__).resolve().parent / "rule_cases"
CASE_KEYS = {"rules", "error", "defaults", "xfail", "raises"}
MESSAGE_SHAPE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<key>\([a-z ]+\)|[^\s:]+): \S.*$", re.DOTALL)


def load_case(path: Path) -> Any:
    """One case file as a pytest param, checked for shape so a typo in a case fails loudly."""
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(case, dict), f"{path.name}: a case is a mapping"
    assert {"rules", "error"} <= set(case) <= CASE_KEYS, f"{path.name}: keys must be {sorted(CASE_KEYS)}"
    re.compile(case["error"])
    assert "raises" not in case or "xfail" in case, f"{path.name}: `raises` goes with `xfail`"
    raises = getattr(builtins, case["raises"]) if "raises" in case else None
    marks = [pytest.mark.xfail(strict=True, raises=raises, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, id=path.stem, marks=marks)


CASES = [load_case(p) for p in sorted(CASES_DIR.glob("*.yaml"))]


def pack(root: Path, files: dict[str, str], name: str = "pack") -> Path:
    folder = root / name
    folder.mkdir()
    for file_name, text in files.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    return folder


def rules_error(*folders: Path, defaults: bool = True) -> str:
    with pytest.raises(RulesError) as caught:
        load_rules(folders, defaults=defaults)
    return str(caught.value)


# --- bad rule files, data-driven -----------------------------------------------------------------


def test_there_are_rule_cases() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES)
def test_bad_rule_file_is_a_rules_error_naming_file_line_and_key(
    tmp_path: Path, case: dict[str, Any]
) -> None:
    folder = pack(tmp_path, {"rules.yaml": case["rules"]})
    message = rules_error(folder, defaults=case.get("defaults", True))
    shape = MESSAGE_SHAPE.match(message)
    assert shape is not None, f"not 'file:line: key: problem': {message!r}"
    assert shape["file"] == str(folder / "rules.yaml")
    assert int(shape["line"]) >= 1
    assert re.search(case["error"], message), f"{case['error']!r} not found in {message!r}"


def test_the_error_names_the_file_of_the_pack_that_holds_the_mistake(tmp_path: Path) -> None:
    good = "metrics:\n  trapped: {aliases: [trapped]}\n"
    bad = "subjects:\n  survivors:\n    aliasses: [survivors]\n"
    folder = pack(tmp_path, {"a.yaml": good, "b.yml": bad})
    message = rules_error(folder)
    assert message.startswith(f"{folder / 'b.yml'}:3: subjects.survivors.aliasses: unknown key")


def test_a_rule_file_that_is_not_utf8_is_a_rules_error(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "rules.yaml").write_bytes("metrics:\n  d\xe9c\xe8s: {}\n".encode("latin-1"))
    assert rules_error(folder).startswith(f"{folder / 'rules.yaml'}:1: (file): cannot read")


def test_a_rule_file_over_2_mib_is_refused_unread(tmp_path: Path) -> None:
    folder = pack(tmp_path, {"big.yaml": "metrics:\n" + "  # padding\n" * 200_000})
    message = rules_error(folder)
    assert re.fullmatch(
        r".*big\.yaml:1: \(file\): [\d,]+ bytes: a rule file may hold at most 2,097,152", message
    )


def test_over_500_aliases_in_one_entry_are_refused(tmp_path: Path) -> None:
    aliases = ", ".join(f"word{i}" for i in range(501))
    folder = pack(tmp_path, {"r.yaml": f"metrics:\n  many:\n    aliases: [{aliases}]\n"})
    assert rules_error(folder).endswith(":3: metrics.many.aliases: 501 entries: at most 500 are allowed")


def test_a_billion_laughs_is_refused_fast(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol"]'] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    folder = pack(tmp_path, {"bomb.yaml": "\n".join(lines) + "\nmetrics:\n  killed: {label: *a9}\n"})
    assert "(yaml): aliases (*a0) are not accepted" in rules_error(folder)


def test_a_user_pack_may_override_an_id_with_its_own_aliases(tmp_path: Path) -> None:
    rules = load_rules([pack(tmp_path, {"r.yaml": "metrics:\n  killed: {aliases: [killed, perished]}\n"})])
    assert rules.metrics["killed"].aliases == ("killed", "perished")


def test_rules_with_no_traceback_on_the_command_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from discrep.cli import cli

    folder = pack(tmp_path, {"r.yaml": "metrics:\n  killed: {aliases: [killed]}\n  killed: {}\n"})
    (tmp_path / "a.md").write_text("498 killed.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "a.md"), "--rules", str(folder)])
    assert result.exit_code == 2
    assert "r.yaml:3: metrics.killed: given twice in one mapping (first at line 2)" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("make", [lambda p: p / "missing", lambda p: p / "file.yaml"])
def test_a_rules_path_that_is_not_a_folder_is_a_rules_error(tmp_path: Path, make: Any) -> None:
    (tmp_path / "file.yaml").write_text("metrics: {}\n", encoding="utf-8")
    path = make(tmp_path)
    assert rules_error(path) == f"{path}:1: (rules): not a folder of rule files"


# --- the default pack ----------------------------------------------------------------------------


DEFAULT = load_rules()


def test_default_pack_is_read_from_the_shipped_folder() -> None:
    assert DEFAULT.sources
    assert all(Path(s).parent == default_rules_dir() for s in DEFAULT.sources)
    assert list(DEFAULT.sources) == sorted(DEFAULT.sources)
    assert {Path(s).name for s in DEFAULT.sources} >= {"metrics.yaml", "places.yaml", "checks.yaml"}


def test_default_metrics_include_killed_wounded_and_casualties_as_their_sum() -> None:
    assert {"killed", "wounded", "casualties"} <= set(DEFAULT.metrics)
    casualties = DEFAULT.metrics["casualties"]
    assert casualties.sum_of == ("killed", "wounded")
    assert casualties.cumulative is True
    assert "killed" in DEFAULT.metrics["killed"].aliases
    assert DEFAULT.metrics["missing"].cumulative is False, "people missing can go down"
    assert all(part in DEFAULT.metrics for m in DEFAULT.metrics.values() for part in m.sum_of)


@pytest.mark.parametrize(
    ("place", "chain"),
    [
        ("belovezhskaya_pushcha", ["belovezhskaya_pushcha", "brest_region", "belarus"]),
        ("gomel", ["gomel", "gomel_region", "belarus"]),
        ("istanbul", ["istanbul", "turkey"]),
        ("belarus", ["belarus"]),
        ("atlantis", ["atlantis"]),  # not in the gazetteer: only itself
    ],
)
def test_default_places_nest_through_their_parents(place: str, chain: list[str]) -> None:
    assert DEFAULT.ancestors(place) == chain


def test_every_default_parent_is_a_known_place() -> None:
    assert all(p.parent in DEFAULT.places for p in DEFAULT.places.values() if p.parent)


def test_default_checks_and_timelines() -> None:
    assert {"tally", "venue", "date"} <= set(DEFAULT.checks)
    assert all(c.enabled for c in DEFAULT.checks.values())
    assert DEFAULT.checks["tally"].severity["contradiction"] == "error"
    assert DEFAULT.checks["tally"].options["approx_tolerance"] == pytest.approx(0.10)
    assert DEFAULT.timelines["russia_ukraine_2022"] == dt.date(2022, 2, 24)


# --- user packs on top ---------------------------------------------------------------------------


USER_PACK = """\
metrics:
  casualties:
    aliases: [casualties, victims]
  quarantined:
    aliases: [quarantined, in quarantine]
    cumulative: false
places:
  antakya: {label: Antakya, aliases: [Antakya, Antioch], parent: turkey}
  gomel: {label: Gomel, aliases: [Gomel]}
timelines:
  turkey_syria_quake: 2023-02-06
"""


def test_a_user_entry_replaces_the_default_with_the_same_id(tmp_path: Path) -> None:
    rules = load_rules([pack(tmp_path, {"quake.yaml": USER_PACK})])
    # the whole entry is replaced: no label given, so it is the id; no sum_of given, so none
    assert rules.metrics["casualties"] == Metric("casualties", "casualties", ("casualties", "victims"))
    assert rules.places["gomel"] == Place("gomel", "Gomel", ("Gomel",), None)
    assert rules.ancestors("gomel") == ["gomel"]


def test_new_user_ids_add_to_the_default_pack(tmp_path: Path) -> None:
    rules = load_rules([pack(tmp_path, {"quake.yaml": USER_PACK})])
    assert rules.metrics["quarantined"] == Metric(
        "quarantined", "quarantined", ("quarantined", "in quarantine"), cumulative=False
    )
    assert rules.ancestors("antakya") == ["antakya", "turkey"]
    assert rules.timelines["turkey_syria_quake"] == dt.date(2023, 2, 6)
    # the rest of the default pack is untouched
    assert rules.metrics["killed"] == DEFAULT.metrics["killed"]
    assert rules.ancestors("belovezhskaya_pushcha") == DEFAULT.ancestors("belovezhskaya_pushcha")
    assert rules.timelines["russia_ukraine_2022"] == dt.date(2022, 2, 24)
    assert rules.sources[-1].endswith("quake.yaml")


def test_an_alias_may_be_one_string_and_defaults_to_the_id(tmp_path: Path) -> None:
    text = "claimants:\n  afad: {aliases: AFAD}\n  disaster_agency: {}\n"
    rules = load_rules([pack(tmp_path, {"c.yaml": text})], defaults=False)
    assert rules.claimants["afad"].aliases == ("AFAD",)
    assert rules.claimants["disaster_agency"].aliases == ("disaster agency",)
    assert rules.claimants["disaster_agency"].label == "disaster agency"


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        (
            "checks:\n  tally:\n    approx_tolerance: 0.05\n",
            Check(
                "tally",
                True,
                {"contradiction": "error", "evolving_tally": "warning", "agreement": "info"},
                {"approx_tolerance": 0.05, "exact_tolerance": 0.0, "scale": 10},
            ),
        ),
        (
            "checks:\n  tally:\n    severity:\n      evolving_tally: info\n",
            Check(
                "tally",
                True,
                {"contradiction": "error", "evolving_tally": "info", "agreement": "info"},
                {"approx_tolerance": 0.10, "exact_tolerance": 0.0, "scale": 10},
            ),
        ),
        (
            "checks:\n  tally:\n    enabled: false\n",
            Check(
                "tally",
                False,
                {"contradiction": "error", "evolving_tally": "warning", "agreement": "info"},
                {"approx_tolerance": 0.10, "exact_tolerance": 0.0, "scale": 10},
            ),
        ),
    ],
    ids=["tolerance", "severity", "enabled"],
)
def test_a_user_check_entry_changes_only_the_keys_it_names(
    tmp_path: Path, user: str, expected: Check
) -> None:
    rules = load_rules([pack(tmp_path, {"checks.yaml": user})])
    assert rules.checks["tally"] == expected
    assert rules.checks["venue"] == DEFAULT.checks["venue"]


def test_later_folders_and_later_files_win(tmp_path: Path) -> None:
    first = pack(
        tmp_path,
        {"b.yaml": "metrics:\n  x: {label: first b}\n", "a.yml": "metrics:\n  x: {label: first a}\n"},
    )
    second = pack(tmp_path, {"m.yaml": "metrics:\n  y: {label: second}\n"}, name="second")
    third = pack(tmp_path, {"m.yaml": "metrics:\n  y: {label: third}\n"}, name="third")
    rules = load_rules([first, second, third], defaults=False)
    assert rules.metrics["x"].label == "first b", "files in a pack are read in name order"
    assert rules.metrics["y"].label == "third", "a later --rules folder wins"
    assert [Path(s).relative_to(tmp_path).as_posix() for s in rules.sources] == [
        "pack/a.yml",
        "pack/b.yaml",
        "second/m.yaml",
        "third/m.yaml",
    ]


def test_only_yaml_files_in_a_pack_are_read(tmp_path: Path) -> None:
    folder = pack(tmp_path, {"README.md": "not: [yaml", "rules.json": "{", "ok.yaml": "metrics:\n  x: {}\n"})
    (folder / "sub.yaml").mkdir()
    rules = load_rules([folder], defaults=False)
    assert set(rules.metrics) == {"x"}
    assert [Path(s).name for s in rules.sources] == ["ok.yaml"]


def test_an_empty_rule_file_adds_nothing(tmp_path: Path) -> None:
    rules = load_rules([pack(tmp_path, {"empty.yaml": "# nothing yet\n"})])
    assert rules.metrics == DEFAULT.metrics and rules.places == DEFAULT.places


def test_without_defaults_only_the_user_pack_is_loaded(tmp_path: Path) -> None:
    rules = load_rules(
        [pack(tmp_path, {"quake.yaml": "metrics:\n  trapped: {aliases: [trapped]}\n"})], defaults=False
    )
    assert set(rules.metrics) == {"trapped"}
    assert not rules.places and not rules.checks and not rules.timelines
    assert len(rules.sources) == 1


def test_without_defaults_and_without_folders_the_rules_are_empty() -> None:
    rules = load_rules(defaults=False)
    assert (rules.metrics, rules.places, rules.checks, rules.sources) == ({}, {}, {}, ())
