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

Fast for the common shape
    Front matter is mostly a few `key: value` lines, and the pure-Python parser takes about 0.2 ms
    for them: two seconds for 10,000 articles. load() reads that shape itself (simple_mapping below)
    and gives the very same values, resolved and constructed by SafeLoader's own resolvers and
    constructors; anything else (nesting, lists, comments after a value, tabs, escapes, a
    value that fails to construct) goes to SafeLoader, which stays the one judge of errors.
    libyaml (yaml.CSafeLoader) was measured too: 30 us a document with the alias and depth checks
    on its events, against 4 us here, and its parser is not the pure-Python one whose errors and
    edge cases the rest of discrep is tested against.
"""

from __future__ import annotations

import datetime as dt
import re
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
    simple = simple_mapping(text)
    if simple is not NOT_SIMPLE:
        return simple
    return yaml.load(text, Loader=SafeLoader)


# --- the common shape, without the parser ------------------------------------------------------------

NOT_SIMPLE: Any = object()  # simple_mapping's answer for text it leaves to the parser
# Characters the parser reads as anything but themselves (tab, \r, \x85, \u2028, \u2029 and a
# byte-order mark) or refuses (its Reader.NON_PRINTABLE): text with any of them goes to the parser
_SPECIAL_CHARACTER = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# `key: value` at the start of a line; a key of at most 100 characters is far from the parser's
# 1,024-character limit on keys; the value has no trailing spaces (the lazy group leaves them out)
_KEY_VALUE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*?))? *")
_DOUBLE_QUOTED = re.compile(r'"([^"\\]*)"')  # no escapes
_SINGLE_QUOTED = re.compile(r"'([^']*)'")  # no '' escapes
_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")  # indicators: a plain scalar cannot start with one
_STR = "tag:yaml.org,2002:str"
_SIMPLE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp")
)
_CONSTRUCTOR = SafeLoader("")  # its scalar constructors keep no state between calls
# SafeLoader's implicit resolvers by first character, with those for any character after them,
# in the order Resolver.resolve tries them
_WILDCARD = tuple(SafeLoader.yaml_implicit_resolvers.get(None, []))
_RESOLVERS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: (*resolvers, *_WILDCARD)
    for first, resolvers in SafeLoader.yaml_implicit_resolvers.items()
    if first is not None
}
# Dates and numbers repeat across a corpus (one date a day): a value constructed once is reused.
# Dates, numbers, true/false and None cannot be changed, so sharing them is safe.
_CONSTRUCTED: dict[tuple[str, str], Any] = {}
_CONSTRUCTED_MAX = 4096


def simple_mapping(text: str) -> Any:
    """What load() gives for text of `key: value` lines (blank and `#` lines allowed), or NOT_SIMPLE.

    Keys are plain words that resolve to text; each value is a one-line plain scalar with no
    comment, or a quoted string without escapes. The result is identical to the parser's: each
    plain value is resolved (date, number, true/false, null, text) and constructed by SafeLoader's
    own tables. Text of any other shape, or a value whose constructor fails (2022-02-30), is
    NOT_SIMPLE, and load() leaves it to the parser, which reports the error with its line.
    """
    if _SPECIAL_CHARACTER.search(text):
        return NOT_SIMPLE
    mapping: dict[str, Any] = {}
    for line in text.split("\n"):
        match = _KEY_VALUE_LINE.fullmatch(line)
        if match is None:
            if line.startswith("#") or not line.strip(" "):
                continue  # a comment, a blank line
            return NOT_SIMPLE
        key, value = match.group(1), match.group(2) or ""
        if _resolve(key) != _STR:  # `yes:` is the key True, `null:` None
            return NOT_SIMPLE
        if value[:1] == '"' or value[:1] == "'":
            quoted = (_DOUBLE_QUOTED if value[0] == '"' else _SINGLE_QUOTED).fullmatch(value)
            if quoted is None:
                return NOT_SIMPLE
            mapping[key] = quoted.group(1)
            continue
        if value[:1] in _NOT_PLAIN_START or ": " in value or value.endswith(":") or " #" in value:
            return NOT_SIMPLE  # (an empty value is fine: value[:1] is "", in no set; it is null)
        tag = _resolve(value)
        if tag == _STR:
            mapping[key] = value
        elif tag not in _SIMPLE_TAGS:
            return NOT_SIMPLE  # `=` and `<<` have tags of their own
        else:
            constructed = _construct(tag, value)
            if constructed is NOT_SIMPLE:
                return NOT_SIMPLE  # the parser says where and why
            mapping[key] = constructed
    return mapping or None  # nothing but blank lines and comments: an empty document


def _resolve(plain: str) -> str:
    """The tag the parser gives a plain scalar, as Resolver.resolve finds it."""
    for tag, pattern in _RESOLVERS.get(plain[:1], _WILDCARD):
        if pattern.match(plain):
            return str(tag)
    return _STR


def _construct(tag: str, plain: str) -> Any:
    """The value SafeLoader constructs for a plain scalar with this tag, or NOT_SIMPLE if it fails."""
    key = (tag, plain)
    if key in _CONSTRUCTED:
        return _CONSTRUCTED[key]
    try:
        value = SafeLoader.yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, plain))
    except (ValueError, OverflowError, yaml.YAMLError):
        return NOT_SIMPLE
    if len(_CONSTRUCTED) < _CONSTRUCTED_MAX:
        _CONSTRUCTED[key] = value
    return value
