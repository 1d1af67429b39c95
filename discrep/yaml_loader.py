"""One YAML loader for rule files, front matter and manifests: safe, bounded, and every error has a line.

Safe
    Built on yaml.SafeLoader: plain data only; a `!!python/...` tag is an error, so no code runs
    from a rule file, an article or a manifest.
Bounded
    Aliases (`*name`) are refused: with them a few hundred bytes can stand for billions of nodes
    (the "billion laughs" bomb), and nothing we read needs them. Nesting is limited to MAX_DEPTH
    levels, so a thousand `[` cannot exhaust the stack. Callers cap the size of what they pass in
    (MAX_YAML_BYTES for a rule file or a manifest).
Errors with a line
    PyYAML's safe loader raises a bare ValueError, with no line number, for an impossible date such
    as `2022-02-30` or an integer of more than 4,300 digits. This loader turns those into YAML errors
    that carry the position, so every caller can say which line is wrong instead of failing with a
    traceback.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

MAX_DEPTH = 64
MAX_YAML_BYTES = 2 * 1024 * 1024


class SafeLoader(yaml.SafeLoader):
    """yaml.SafeLoader with no aliases, bounded nesting, and bad scalars as errors with a line number."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        mark: Any = event.start_mark
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, f"aliases (*{event.anchor}) are not accepted: write the value out", mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_DEPTH} levels deep", mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _timestamp(loader: SafeLoader, node: yaml.ScalarNode) -> dt.date | dt.datetime:
    try:
        value: dt.date | dt.datetime = yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as err:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a real date ({err})", node.start_mark
        ) from err
    return value


def _int(loader: SafeLoader, node: yaml.ScalarNode) -> int:
    try:
        value: int = yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError as err:
        raise yaml.constructor.ConstructorError(
            None, None, f"{str(node.value)[:40]!r}... is not a usable integer ({err})", node.start_mark
        ) from err
    return value


SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
SafeLoader.add_constructor("tag:yaml.org,2002:int", _int)


def load(text: str) -> Any:
    """Parse YAML text; raises yaml.YAMLError (with problem_mark where there is one) on any mistake."""
    return yaml.load(text, Loader=SafeLoader)
