"""Suppressions: findings an article's front matter accepts, with a reason.

    ---
    discrep:
      accept:
        - rule: tally/contradiction     # a check, or check/kind; optionally metric, subject, event
          metric: casualties
          reason: "Western estimates against the ministry's, reviewed 2022-03-03"
        - finding: b-1f0c33d2a9         # a finding id (f-...) or baseline key (b-...)
          reason: "..."
    ---

The loader reads them with `read_suppressions` into `Article.suppressions`; gate.py applies them.
Each keeps its line in the file, so an unused or malformed one can be reported where it stands.
"""

from __future__ import annotations

import re

import yaml

from discrep import yaml_loader
from discrep.model import Suppression

# front matter: the block between two `---` lines at the top of an article (the loader uses it too)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_SUPPRESSION_KEYS = ("rule", "kind", "metric", "subject", "event", "finding", "reason")


def _get(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            found: yaml.Node = value_node
            return found
    return None


def _key_line(node: yaml.MappingNode, key: str) -> int:
    """The file line of `key` in the front matter, which starts on the file's second line."""
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return int(key_node.start_mark.line) + 2
    return 2


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _suppression(node: yaml.Node, line: int) -> Suppression:
    if not isinstance(node, yaml.MappingNode):
        return Suppression(line, problem="suppression: expected a mapping with `rule` or `finding`")
    values: dict[str, str] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in _SUPPRESSION_KEYS:
            known = ", ".join(_SUPPRESSION_KEYS)
            return Suppression(line, problem=f"suppression: unknown key {key!r} (known: {known})")
        if _is_null(value_node):
            continue
        if not isinstance(value_node, yaml.ScalarNode) or not value_node.value.strip():
            return Suppression(line, problem=f"suppression: `{key}` should be text")
        values[key] = value_node.value.strip()
    rule = values.pop("rule", None)
    if rule is not None and "/" in rule:
        rule, kind = rule.split("/", 1)
        if values.setdefault("kind", kind) != kind:
            return Suppression(line, problem=f"suppression: rule {rule}/{kind} and kind {values['kind']}")
    if rule is None and "finding" not in values:
        return Suppression(line, problem="suppression: give `rule` (e.g. tally/contradiction) or `finding`")
    return Suppression(line, rule=rule, **values)


def read_suppressions(text: str) -> tuple[Suppression, ...]:
    """The `discrep: accept:` entries of an article's front matter, each with its line in the file.

    Empty when there is no front matter, no `discrep` key, or the front matter is not valid YAML (the
    loader reports that). A malformed entry comes back with `problem` set.
    """
    match = FRONT_MATTER.match(text)
    if match is None or "discrep" not in match.group(1):
        return ()
    try:
        root = yaml.compose(match.group(1), Loader=yaml_loader.SafeLoader)
    except yaml.YAMLError:
        return ()
    if not isinstance(root, yaml.MappingNode):
        return ()
    block = _get(root, "discrep")
    if block is None or _is_null(block):
        return ()
    line = _key_line(root, "discrep")
    if not isinstance(block, yaml.MappingNode):
        return (Suppression(line, problem="discrep: expected a mapping with an `accept` list"),)
    for key_node, _ in block.value:
        if not (isinstance(key_node, yaml.ScalarNode) and key_node.value == "accept"):
            return (Suppression(line, problem=f"discrep: unknown key {key_node.value!r} (known: accept)"),)
    accept = _get(block, "accept")
    if accept is None or _is_null(accept):
        return ()
    if not isinstance(accept, yaml.SequenceNode):
        return (Suppression(_key_line(block, "accept"), problem="discrep.accept: expected a list"),)
    return tuple(_suppression(item, item.start_mark.line + 2) for item in accept.value)


def describe(suppression: Suppression) -> str:
    """'rule tally/contradiction, metric casualties' for summary lines."""
    parts = []
    if suppression.finding:
        parts.append(f"finding {suppression.finding}")
    if suppression.rule:
        parts.append(f"rule {suppression.rule}" + (f"/{suppression.kind}" if suppression.kind else ""))
    elif suppression.kind:
        parts.append(f"kind {suppression.kind}")
    parts += [f"{name} {getattr(suppression, name)}" for name in ("metric", "subject", "event")]
    return ", ".join(p for p in parts if not p.endswith(" None"))
