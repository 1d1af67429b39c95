"""Read one rule file as YAML whose mappings remember the line of each key.

ruleset.py validates what this reads and names `file:line: key` in every error; this module gives it
the lines. Rules are read with the safe loader of yaml_loader.py (plain data, no aliases, bounded
depth), and a file over MAX_YAML_BYTES (2 MiB) is refused unread. A key given twice in one mapping
(two `killed:` under `metrics:`) is an error naming both lines, not a silent last-one-wins.

Every check reads the rules first, and the pure-Python parser took 65 ms for the shipped files:
a tenth of checking a small corpus. Where PyYAML has libyaml, a file is first parsed in C (11 ms):
its events are scanned for the aliases and the nesting that yaml_loader.py refuses, then composed
in C and constructed by the very same constructors. Anything the fast path does not accept cleanly
is read again by the pure-Python loader, which stays the one judge of errors and their lines.
tests/test_rules_yaml.py checks that both paths give the same mappings, lines and duplicates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from discrep.yaml_loader import MAX_DEPTH, MAX_YAML_BYTES, SafeLoader


class RulesError(Exception):
    """A rule file is malformed. str() is 'file:line: key: what is wrong'."""


class LineMap(dict[Any, Any]):
    """A YAML mapping that remembers the line of each key (1-based), and keys it saw twice."""

    line: int = 0
    key_lines: dict[Any, int]
    duplicates: list[tuple[Any, int]]  # (key, line of its second appearance)


class _LineLoader(SafeLoader):
    pass


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> LineMap:
    loader.flatten_mapping(node)
    result = LineMap()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    result.duplicates = []
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            repeated = key in result
        except TypeError as err:  # a list or mapping as a key
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain name, not a list or mapping", key_node.start_mark
            ) from err
        if repeated:
            result.duplicates.append((key, key_node.start_mark.line + 1))
            continue  # the first one stands; _first_duplicate() reports the second
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)

# present only where PyYAML was built with libyaml
_CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None) if yaml.__with_libyaml__ else None


class _FastLineLoader(_CParser or object, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):  # type: ignore[misc]
    """_LineLoader's constructors over libyaml's parser (yaml.CSafeLoader's make-up)."""

    def __init__(self, stream: str) -> None:
        _CParser.__init__(self, stream)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)


_FastLineLoader.yaml_constructors = dict(_LineLoader.yaml_constructors)
_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def load_with_lines(text: str) -> Any:
    """The document as _LineLoader reads it; raises yaml.YAMLError (with its mark) as it does."""
    if _CParser is not None:
        try:
            if _plain_and_shallow(text):
                return yaml.load(text, Loader=_FastLineLoader)
        except Exception:  # whatever the fast path trips on, the slow one judges and words
            pass
    return yaml.load(text, Loader=_LineLoader)


def _plain_and_shallow(text: str) -> bool:
    """No alias and no deeper than MAX_DEPTH: what yaml_loader.SafeLoader checks while composing."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif isinstance(event, _CLOSE):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            return False
    return True


def _first_duplicate(node: Any, prefix: str = "") -> tuple[int, str, int] | None:
    """(line, dotted key, line of the first) of the earliest key given twice in one mapping."""
    found: list[tuple[int, str, int]] = []
    if isinstance(node, LineMap):
        for key, line in node.duplicates:
            found.append((line, f"{prefix}{key}", node.key_lines[key]))
        for key, value in node.items():
            inner = _first_duplicate(value, f"{prefix}{key}.")
            if inner:
                found.append(inner)
    elif isinstance(node, list):
        for item in node:
            inner = _first_duplicate(item, prefix)
            if inner:
                found.append(inner)
    return min(found) if found else None


def read_rule_file(path: Path) -> LineMap:
    """The mapping of sections in one rule file, each mapping knowing its lines; a RulesError naming
    file:line for a file too big or unreadable, bad YAML, a top level that is no mapping, or a key
    given twice."""
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise RulesError(
                f"{path}:1: (file): {size:,} bytes: a rule file may hold at most {MAX_YAML_BYTES:,}"
            )
        data = load_with_lines(path.read_bytes().decode("utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise RulesError(f"{path}:{line}: (yaml): {getattr(err, 'problem', err)}") from err
    except (OSError, UnicodeDecodeError) as err:
        raise RulesError(f"{path}:1: (file): cannot read: {err}") from err
    if data is None:
        return LineMap()
    if not isinstance(data, LineMap):
        raise RulesError(f"{path}:1: (top level): expected a mapping of sections")
    duplicate = _first_duplicate(data)
    if duplicate:
        line, key, first = duplicate
        raise RulesError(f"{path}:{line}: {key}: given twice in one mapping (first at line {first})")
    return data
