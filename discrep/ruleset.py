"""Load and validate rule files (YAML) into one RuleSet.

The default pack ships inside the package (`discrep/rules/` in a wheel, `rules/` in a checkout).
`--rules DIR` adds a user's pack on top: an entry with the same id (metric `killed`, check `tally`,
place `gomel`, ...) replaces the default one; new ids add to it. Every `*.yaml`/`*.yml` file in a
pack is read, in name order, and may hold any of the sections below.

Sections
    metrics     what is counted: aliases, cumulative, sum_of, noun, requires, owned, moving, floor_of,
                state_of, labels
    subjects    whose count it is: aliases, and part_of (the subject it is a part of: children of people)
    claimants   who asserts it: aliases; `pronouns` lists words that point back to the last claimant
    places      gazetteer: aliases and parent, for venue claims
    events      kinds of event (talks, meetings) whose venue and date are compared: aliases,
                participants (who holds it: "presidents" for a summit), and variant_of (the kind
                this one is a named variant of: a G7 summit of summit)
    parties     the sides that meet in talks (countries, movements): aliases (the name, its
                adjective, its capital) and people (its leaders and negotiators, by surname)
    timelines   named start days, so "the seventh day of the invasion" can be resolved
    checks      which checks run, their severities and tolerances

A mistake in a rule file is a RulesError naming the file, the line and the key; the CLI prints it
and exits 2. A misspelt name gets a "did you mean".

Hostile rule files
    Rules are read by rules_yaml.py with the safe loader of yaml_loader.py: plain data, no tags
    that run code, no aliases (so no "billion laughs" bomb), nesting at most 64 deep. A rule file
    over 2 MiB is refused unread. A key given twice in one mapping (two `killed:` under `metrics:`)
    is an error, not a silent last-one-wins.
Patterns
    Rules hold no regular expressions: an alias is a literal phrase, matched as whole words (its
    text is escaped before it joins the one regex per family), so a rule cannot bring catastrophic
    backtracking. Aliases must be non-empty text of at most MAX_ALIAS_CHARS (200) characters, at most
    MAX_ALIASES (500) per entry; within a family (metrics, subjects, ...) one phrase may name only one
    entry, and places may not contain themselves through `parent`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from discrep.rules_model import Check as Check
from discrep.rules_model import Metric as Metric
from discrep.rules_model import Named as Named
from discrep.rules_model import Place as Place
from discrep.rules_model import RuleSet as RuleSet
from discrep.rules_references import cross_check, did_you_mean
from discrep.rules_yaml import LineMap, read_rule_file
from discrep.rules_yaml import RulesError as RulesError

MAX_ALIAS_CHARS = 200
MAX_ALIASES = 500
SEVERITIES = ("error", "warning", "info")
FINDING_KINDS = ("contradiction", "evolving_tally", "venue_conflict", "date_conflict", "agreement")
# the options each check reads (see its module docstring in discrep/checks/); a typo is an error,
# not a silently ignored key
CHECK_OPTIONS: dict[str, set[str]] = {
    "tally": {"approx_tolerance", "exact_tolerance", "scale"},
    "venue": {"unknown_place_severity"},
    "date": {"plan_vs_held_severity"},
}
_SECTIONS = (
    "metrics",
    "subjects",
    "claimants",
    "places",
    "events",
    "parties",
    "checks",
    "timelines",
    "pronouns",
)
_ENTRY_KEYS: dict[str, set[str]] = {
    "metrics": {
        "label",
        "aliases",
        "cumulative",
        "sum_of",
        "noun",
        "requires",
        "owned",
        "moving",
        "floor_of",
        "state_of",
        "labels",
    },
    "subjects": {"label", "aliases", "part_of"},
    "claimants": {"label", "aliases"},
    "places": {"label", "aliases", "parent"},
    "events": {"label", "aliases", "participants", "variant_of"},
    "parties": {"label", "aliases", "people"},
}


def default_rules_dir() -> Path:
    """The shipped pack: package data in an installed wheel, the top-level rules/ in a checkout."""
    packaged = Path(str(resources.files("discrep"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


class _Where:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, line: int, key: str, problem: str) -> RulesError:
        return RulesError(f"{self.path}:{line}: {key}: {problem}")


def _strings(where: _Where, line: int, key: str, value: Any) -> tuple[str, ...]:
    """A list of phrases (or one): text or numbers, never true/false, empty, too long or too many."""
    items = [value] if isinstance(value, (str, int, float)) and not isinstance(value, bool) else value
    if not isinstance(items, list) or not all(
        isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in items
    ):
        hint = " (quote yes, no, on, off, true and false)" if _has_bool(items) else ""
        raise where.fail(line, key, f"expected a list of strings{hint}")
    if len(items) > MAX_ALIASES:
        raise where.fail(line, key, f"{len(items)} entries: at most {MAX_ALIASES} are allowed")
    found = tuple(str(v) for v in items)
    for text in found:
        if not text.strip():
            raise where.fail(line, key, "an empty string would match everywhere")
        if len(text) > MAX_ALIAS_CHARS:
            raise where.fail(line, key, f"{text[:30]!r}... is over {MAX_ALIAS_CHARS} characters")
    return found


def _has_bool(items: Any) -> bool:
    return isinstance(items, bool) or (isinstance(items, list) and any(isinstance(v, bool) for v in items))


def _entries(where: _Where, section: str, body: Any, line: int) -> Iterable[tuple[str, LineMap, int]]:
    if not isinstance(body, LineMap):
        raise where.fail(line, section, "expected a mapping of ids to entries")
    for entry_id, entry in body.items():
        entry_line = body.key_lines[entry_id]
        if not isinstance(entry_id, (str, int)) or isinstance(entry_id, bool):
            raise where.fail(entry_line, f"{section}.{entry_id}", "expected an id (a plain name)")
        if not isinstance(entry, LineMap):
            raise where.fail(entry_line, f"{section}.{entry_id}", "expected a mapping")
        allowed = _ENTRY_KEYS.get(section)
        if allowed is not None:
            for key in entry:
                if key not in allowed:
                    raise where.fail(
                        entry.key_lines[key],
                        f"{section}.{entry_id}.{key}",
                        f"unknown key{did_you_mean(key, allowed)}"
                        f" (expected one of: {', '.join(sorted(allowed))})",
                    )
        if "label" in entry and (
            not isinstance(entry["label"], (str, int, float)) or isinstance(entry["label"], bool)
        ):
            raise where.fail(entry.key_lines["label"], f"{section}.{entry_id}.label", "expected a string")
        yield str(entry_id), entry, entry_line


def _merge_file(path: Path, acc: dict[str, Any]) -> None:
    data = read_rule_file(path)
    where = _Where(path)
    for section, body in data.items():
        line = data.key_lines[section]
        if section not in _SECTIONS:
            raise where.fail(
                line,
                str(section),
                f"unknown section{did_you_mean(section, _SECTIONS)}"
                f" (expected one of: {', '.join(_SECTIONS)})",
            )
        if section == "pronouns":
            acc[section] = _strings(where, line, section, body)
            continue
        for entry_id, entry, entry_line in (
            [] if section == "timelines" else _entries(where, section, body, line)
        ):
            built = _build(where, section, entry_id, entry, entry_line)
            if section == "checks" and entry_id in acc[section]:
                built = _merge_check(acc[section][entry_id], built, entry)
            acc[section][entry_id] = built
            acc["_origin"][(section, entry_id)] = f"{path}:{entry_line}"
            acc["_alias_origin"][(section, entry_id)] = f"{path}:{entry.key_lines.get('aliases', entry_line)}"
        if section == "timelines":
            if not isinstance(body, LineMap):
                raise where.fail(line, section, "expected a mapping of names to start dates")
            for name, start in body.items():
                day = start if isinstance(start, dt.date) else None
                if day is None:
                    raise where.fail(
                        body.key_lines[name], f"timelines.{name}", "expected a date (YYYY-MM-DD)"
                    )
                acc[section][str(name)] = day


def _build(where: _Where, section: str, entry_id: str, entry: LineMap, line: int) -> Any:
    key = f"{section}.{entry_id}"

    def aliases() -> tuple[str, ...]:
        found = _strings(
            where, entry.key_lines.get("aliases", line), f"{key}.aliases", entry.get("aliases", [])
        )
        return found or (entry_id.replace("_", " "),)

    label = str(entry.get("label", entry_id.replace("_", " ")))
    if section == "metrics":
        for flag in ("cumulative", "noun", "owned", "moving"):
            if flag in entry and not isinstance(entry[flag], bool):
                raise where.fail(entry.key_lines[flag], f"{key}.{flag}", "expected true or false")
        return Metric(
            entry_id,
            label,
            aliases(),
            bool(entry.get("cumulative", True)),
            _strings(where, entry.key_lines.get("sum_of", line), f"{key}.sum_of", entry.get("sum_of", [])),
            bool(entry.get("noun", False)),
            _strings(
                where, entry.key_lines.get("requires", line), f"{key}.requires", entry.get("requires", [])
            ),
            bool(entry.get("owned", True)),
            bool(entry.get("moving", False)),
            _metric_named(where, entry, key, line, "floor_of"),
            _metric_named(where, entry, key, line, "state_of"),
            _strings(where, entry.key_lines.get("labels", line), f"{key}.labels", entry.get("labels", [])),
        )
    if section == "places":
        parent = entry.get("parent")
        if parent is not None and not isinstance(parent, str):
            raise where.fail(entry.key_lines["parent"], f"{key}.parent", "expected a place id")
        return Place(entry_id, label, aliases(), parent)
    if section == "checks":
        if entry_id not in CHECK_OPTIONS:
            raise where.fail(
                line,
                key,
                f"unknown check{did_you_mean(entry_id, CHECK_OPTIONS)}"
                f" (expected one of: {', '.join(CHECK_OPTIONS)})",
            )
        enabled = entry.get("enabled", True)
        if not isinstance(enabled, bool):
            raise where.fail(entry.key_lines["enabled"], f"{key}.enabled", "expected true or false")
        severity = entry.get("severity", LineMap())
        if not isinstance(severity, LineMap):
            raise where.fail(entry.key_lines.get("severity", line), f"{key}.severity", "expected a mapping")
        for finding_kind, level in severity.items():
            if finding_kind not in FINDING_KINDS:
                raise where.fail(
                    severity.key_lines[finding_kind],
                    f"{key}.severity.{finding_kind}",
                    f"unknown finding kind{did_you_mean(finding_kind, FINDING_KINDS)}"
                    f" (expected one of: {', '.join(FINDING_KINDS)})",
                )
            if level not in SEVERITIES:
                raise where.fail(
                    severity.key_lines[finding_kind],
                    f"{key}.severity.{finding_kind}",
                    f"{level!r} is not a severity (expected one of: {', '.join(SEVERITIES)})",
                )
        options = {k: v for k, v in entry.items() if k not in ("enabled", "severity")}
        for option, value in options.items():
            if option not in CHECK_OPTIONS[entry_id]:
                names = sorted({"enabled", "severity", *CHECK_OPTIONS[entry_id]})
                raise where.fail(
                    entry.key_lines[option],
                    f"{key}.{option}",
                    f"unknown option{did_you_mean(option, names)} (expected: {', '.join(names)})",
                )
            if option == "scale" and not (
                isinstance(value, (int, float)) and not isinstance(value, bool) and value > 1
            ):
                raise where.fail(entry.key_lines[option], f"{key}.{option}", "expected a number above 1")
            if option.endswith("tolerance") and not (isinstance(value, (int, float)) and 0 <= value < 1):
                raise where.fail(
                    entry.key_lines[option], f"{key}.{option}", "expected a fraction, at least 0 and below 1"
                )
            if option.endswith("_severity") and value not in SEVERITIES:
                raise where.fail(
                    entry.key_lines[option], f"{key}.{option}", f"expected one of: {', '.join(SEVERITIES)}"
                )
        return Check(entry_id, enabled, dict(severity), options)
    if section == "events":
        participants = _strings(
            where,
            entry.key_lines.get("participants", line),
            f"{key}.participants",
            entry.get("participants", []),
        )
        variant_of = entry.get("variant_of")
        if variant_of is not None and not isinstance(variant_of, str):
            raise where.fail(entry.key_lines["variant_of"], f"{key}.variant_of", "expected an event id")
        return Named(entry_id, label, aliases(), participants, part_of=variant_of)
    if section == "parties":
        people = _strings(
            where, entry.key_lines.get("people", line), f"{key}.people", entry.get("people", [])
        )
        return Named(entry_id, label, aliases(), people)
    if section == "subjects":
        part_of = entry.get("part_of")
        if part_of is not None and not isinstance(part_of, str):
            raise where.fail(entry.key_lines["part_of"], f"{key}.part_of", "expected a subject id")
        return Named(entry_id, label, aliases(), part_of=part_of)
    return Named(entry_id, label, aliases())


def _merge_check(base: Check, override: Check, entry: Mapping[str, Any]) -> Check:
    """A user's check entry changes only the keys it names; the rest keep the defaults."""
    return Check(
        base.id,
        override.enabled if "enabled" in entry else base.enabled,
        {**base.severity, **override.severity},
        {**base.options, **override.options},
    )


def _pack_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise RulesError(f"{folder}:1: (rules): not a folder of rule files")
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_rules(extra: Iterable[str | Path] = (), *, defaults: bool = True) -> RuleSet:
    """The default pack, then each folder in `extra` on top of it."""
    acc: dict[str, Any] = {s: {} for s in _SECTIONS if s != "pronouns"}
    acc["pronouns"] = ()
    acc["_origin"] = {}
    acc["_alias_origin"] = {}
    folders = ([default_rules_dir()] if defaults else []) + [Path(p) for p in extra]
    files: list[str] = []
    for folder in folders:
        for path in _pack_files(folder):
            _merge_file(path, acc)
            files.append(str(path))
    cross_check(acc)
    return RuleSet(
        metrics=acc["metrics"],
        subjects=acc["subjects"],
        claimants=acc["claimants"],
        places=acc["places"],
        events=acc["events"],
        parties=acc["parties"],
        checks=acc["checks"],
        timelines=acc["timelines"],
        pronouns=acc["pronouns"],
        sources=tuple(files),
    )


def _metric_named(where: Any, entry: Any, key: str, line: int, field: str) -> str | None:
    """The metric a metric's `floor_of` or `state_of` names, or None."""
    named = entry.get(field)
    if named is not None and not isinstance(named, str):
        raise where.fail(entry.key_lines.get(field, line), f"{key}.{field}", "expected a metric id")
    return named
