"""One YAML loader for rule files, front matter and manifests.

PyYAML's safe loader raises a bare ValueError, with no line number, for an impossible date such as
`2022-02-30`. This loader turns that into a YAML error that carries the position, so every caller
can say which line is wrong instead of failing with a traceback.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml


class SafeLoader(yaml.SafeLoader):
    """yaml.SafeLoader whose bad dates are errors with a line number."""


def _timestamp(loader: SafeLoader, node: yaml.ScalarNode) -> dt.date | dt.datetime:
    try:
        value: dt.date | dt.datetime = yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as err:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a real date ({err})", node.start_mark
        ) from err
    return value


SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load(text: str) -> Any:
    """Parse YAML text; raises yaml.YAMLError (with problem_mark) on any mistake."""
    return yaml.load(text, Loader=SafeLoader)
