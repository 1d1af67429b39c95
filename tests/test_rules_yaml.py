"""The libyaml fast path of rules_yaml.py reads rule files exactly as the pure-Python loader does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from discrep import rules_yaml
from discrep.rules_yaml import LineMap, load_with_lines
from discrep.ruleset import default_rules_dir

SHIPPED = sorted(default_rules_dir().glob("*.yaml"))


def _slow(text: str) -> Any:
    return yaml.load(text, Loader=rules_yaml._LineLoader)


def _same(a: Any, b: Any) -> bool:
    """Equal values, and for mappings equal lines and duplicates all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, LineMap):
        return (
            a.keys() == b.keys()
            and (a.line, a.key_lines, a.duplicates) == (b.line, b.key_lines, b.duplicates)
            and all(_same(a[k], b[k]) for k in a)
        )
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return bool(a == b)


def test_libyaml_is_used_where_present() -> None:
    assert (rules_yaml._CParser is not None) == yaml.__with_libyaml__


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_rule_files_read_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _same(load_with_lines(text), _slow(text))


@pytest.mark.parametrize(
    "text",
    [
        "metrics:\n  killed:\n    label: killed\n  killed:\n    label: again\n",  # a key twice
        "a: 1\nb: [1, 2, {c: 3}]\nd: 2022-03-02\ne: ~\nf: yes\ng: 1.5\nh: '0x1f'\n",
        "# only a comment\n",
        "",
        "list:\n  - one\n  - two: 2\n    three: 3\n",
    ],
)
def test_documents_read_the_same(text: str) -> None:
    assert _same(load_with_lines(text), _slow(text))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a: &x [1]\nb: *x\n", "aliases (*x) are not accepted"),
        ("a: " + "[" * 70 + "]" * 70 + "\n", "nested more than 64 levels deep"),
        ("day: 2022-02-30\n", "is not a real date"),
        ("a: [1, 2\n", "expected ',' or ']'"),
        ("a: 1\n b: 2\n", "mapping values are not allowed here"),
        ("? [1]\n: x\n", "a key must be a plain name"),
    ],
)
def test_errors_are_the_pure_python_loaders(text: str, problem: str) -> None:
    with pytest.raises(yaml.YAMLError) as fast:
        load_with_lines(text)
    with pytest.raises(yaml.YAMLError) as slow:
        _slow(text)
    assert str(fast.value) == str(slow.value)
    assert problem in str(fast.value)
