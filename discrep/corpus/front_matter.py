"""An article's metadata: its YAML front matter, merged with its manifest entry, checked for types and dates.

Front matter is the block between two `---` lines at the top of a file. It is read with
yaml_loader (safe, no aliases, bounded nesting, fast for the common `key: value` lines); front
matter over MAX_FRONT_MATTER_CHARS (64 KiB) is not parsed. What is wrong with it (not valid YAML,
not closed, not a mapping) comes back as a note for the file's status, never as an exception.

Keys read: `outlet`, `published` (or `date`), `title` and `url`; `discrep` holds suppressions
(suppressions.py). A key close to one of these ("publshed") is reported as a likely typo; other
keys are ignored silently.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from discrep import yaml_loader
from discrep.corpus.suppressions import FRONT_MATTER

_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\r?\n")
MAX_FRONT_MATTER_CHARS = 64 * 1024
FUTURE_SLACK = dt.timedelta(days=1)  # an article dated tomorrow is in another time zone, not the future
TEXT_KEYS = ("outlet", "title", "url")
KNOWN_META_KEYS = ("outlet", "published", "date", "title", "url", "discrep")  # discrep: see gate.py


def parse_published(value: object) -> dt.date | None:
    """A publication date from front matter or a manifest: a YAML date, or an ISO string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int, str | None]:
    """(metadata, body, line number of the body's first line, error) for one article's text."""
    match = FRONT_MATTER.match(text)
    if not match:
        if _FRONT_MATTER_OPEN.match(text):
            return {}, text, 1, "front matter not closed (no second `---` line): read as article text"
        return {}, text, 1, None
    body_line = text.count("\n", 0, match.end()) + 1
    if len(match.group(1)) > MAX_FRONT_MATTER_CHARS:
        return (
            {},
            text[match.end() :],
            body_line,
            f"front matter over {MAX_FRONT_MATTER_CHARS:,} characters: not read",
        )
    try:
        meta = yaml_loader.load(match.group(1)) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        # "title: Peru earthquake: what we know": strict YAML refuses a second ": " in a plain
        # value, which titles often hold; the `key: value` lines still say what they mean
        lines = _key_value_lines(match.group(1)) if getattr(err, "problem", "") == _A_COLON_IN_A_VALUE else {}
        if lines:
            note = f"front matter is not valid YAML{where}: read as `key: value` lines"
            return lines, text[match.end() :], body_line, note + " (quote a value that holds ': ')"
        return {}, text[match.end() :], body_line, f"front matter is not valid YAML{where}"
    if not isinstance(meta, dict):
        return {}, text[match.end() :], body_line, "front matter is not a mapping of keys to values"
    return meta, text[match.end() :], body_line, None


_A_COLON_IN_A_VALUE = "mapping values are not allowed here"  # PyYAML's words for it
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]+(.*?)[ \t]*\r?")


def _key_value_lines(block: str) -> dict[str, Any]:
    """The top-level `key: value` lines of front matter YAML could not read, the known keys only,
    each value as text: what its writer meant, when a value holds ': ' unquoted."""
    found: dict[str, Any] = {}
    for line in block.split("\n"):
        pair = _KEY_VALUE.fullmatch(line)
        if pair is None or pair.group(1) not in KNOWN_META_KEYS or pair.group(1) == "discrep":
            continue
        value = pair.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        found.setdefault(pair.group(1), value)
    return found


@dataclass(frozen=True, slots=True)
class Metadata:
    """An article's metadata once checked, and what was wrong with what was given."""

    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    problems: tuple[str, ...] = ()


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple, set)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def metadata_of(merged: Mapping[Any, Any], today: dt.date | None = None) -> Metadata:
    """Check the types and dates of merged front matter and manifest values (keys already normalised).

    Text fields take text or a number; anything else (a list, a mapping, true/false) is ignored
    with a note. `published` takes a date or an ISO date string; a date later than tomorrow (UTC)
    is kept, with a note that it lies in the future.
    """
    problems: list[str] = []
    text: dict[str, str | None] = {}
    for key in TEXT_KEYS:
        value = merged.get(key)
        if value is None:
            text[key] = None
        elif isinstance(value, str):
            text[key] = value.strip() or None
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            text[key] = str(value)
        else:
            text[key] = None
            problems.append(f"`{key}`: expected text, not {_kind(value)}; ignored")
    for key in merged:
        if key in KNOWN_META_KEYS:
            continue  # (difflib is slow: asked only about keys we do not know)
        close = difflib.get_close_matches(str(key), KNOWN_META_KEYS, n=1, cutoff=0.8)
        if close:
            problems.append(f"`{key}`: unknown key, ignored (did you mean `{close[0]}`?)")
    given = merged.get("published")
    published = parse_published(given)
    if published is None and given is not None:
        shown = repr(given) if isinstance(given, str) else _kind(given)
        problems.append(f"`published`: {shown[:80]} is not a date (YYYY-MM-DD)")
    if published is not None:
        now = today or dt.datetime.now(dt.timezone.utc).date()
        if published > now + FUTURE_SLACK:
            problems.append(f"publication date {published.isoformat()} is in the future")
    return Metadata(text["outlet"], published, text["title"], text["url"], tuple(problems))


def normalised(meta: Mapping[str, Any]) -> dict[str, Any]:
    """Drop empty values; `date` is another name for `published`."""
    out = {k: v for k, v in meta.items() if v not in (None, "")}
    if "date" in out:
        out.setdefault("published", out.pop("date"))
    return out
