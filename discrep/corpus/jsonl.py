"""Read a JSON-lines feed (`.jsonl`): one article per line, as a news API or a scraper dumps them.

Each line is a JSON object. The fields read, and the names looked for when no mapping is given
(the first one present wins; a dotted name reaches into an object, `source.name`):

    text        text, body, content, article          required: a record without it is skipped
    outlet      outlet, source.name, source, publisher, site_name
    published   published, date, published_at, publishedAt, pubDate     (ISO date or date-time)
    title       title, headline
    url         url, link

A feed with other names says so in its manifest entry, with a `fields` mapping from our names to
its own (in manifest.yaml a mapping or a string; in manifest.csv a string):

    feed.jsonl:
      outlet: Wire One                       # a default for records that name no outlet
      fields: {text: story, published: meta.date}
    # or: fields: "text=story,published=meta.date"

Each record is its own article, named `feed.jsonl:record N`, where N is the line the record is on;
its claims' line numbers count lines in its text. A record that cannot be used (not JSON, not an
object, no text) is listed as skipped with the reason; the other records are read as usual. Blank
lines are allowed and ignored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SUFFIXES = (".jsonl",)
FIELDS = ("text", "outlet", "published", "title", "url")
DEFAULT_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article"),
    "outlet": ("outlet", "source.name", "source", "publisher", "site_name"),
    "published": ("published", "date", "published_at", "publishedAt", "pubDate"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
}


class FieldsError(Exception):
    """A `fields` mapping that cannot be used; the message says which part."""


@dataclass(frozen=True, slots=True)
class Record:
    """One line of a feed: its line number, and either its text and metadata or why it was skipped."""

    number: int
    text: str | None
    meta: dict[str, Any]
    problem: str | None = None


def parse_fields(value: object) -> dict[str, str]:
    """`{text: body}` or "text=body,published=date" -> {"text": "body", "published": "date"}."""
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        pairs: list[tuple[str, str]] = []
        for part in value.split(","):
            if not part.strip():
                continue
            ours, sep, theirs = part.partition("=")
            if not sep:
                raise FieldsError(f"fields: {part.strip()!r} is not of the form ours=theirs")
            pairs.append((ours.strip(), theirs.strip()))
    elif isinstance(value, Mapping):
        pairs = [(str(k), str(v)) for k, v in value.items()]
    else:
        raise FieldsError("fields: expected a mapping or a string like text=body,published=date")
    for ours, theirs in pairs:
        if ours not in FIELDS:
            raise FieldsError(f"fields: unknown field {ours!r} (expected one of: {', '.join(FIELDS)})")
        if not theirs:
            raise FieldsError(f"fields: no name given for {ours!r}")
    return dict(pairs)


def _lookup(data: Mapping[str, Any], dotted: str) -> object:
    value: object = data
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _field(data: Mapping[str, Any], ours: str, fields: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(value, name it was found under); a value that is not a string or number is ignored."""
    names = (fields[ours],) if ours in fields else DEFAULT_NAMES[ours]
    for name in names:
        value = _lookup(data, name)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, (str, int, float)):
            return str(value), name
    return None, None


def read_jsonl(raw: bytes, fields: Mapping[str, str] | None = None) -> tuple[list[Record], str | None]:
    """The records of one feed, or no records and the reason the whole file cannot be read."""
    if not raw.strip():
        return [], "empty file"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return [], f"not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start})"
    mapping = dict(fields or {})
    records: list[Record] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            records.append(Record(number, None, {}, f"not valid JSON: {err.msg} (column {err.colno})"))
            continue
        if not isinstance(data, dict):
            records.append(Record(number, None, {}, f"not a JSON object but {type(data).__name__}"))
            continue
        body, found_as = _field(data, "text", mapping)
        if body is None or not body.strip():
            names = mapping.get("text") or " or ".join(DEFAULT_NAMES["text"])
            problem = "empty text" if found_as else f"no text (looked for {names})"
            records.append(Record(number, None, {}, problem))
            continue
        meta: dict[str, Any] = {}
        for ours in FIELDS[1:]:
            value, _ = _field(data, ours, mapping)
            if value is not None and value.strip():
                meta[ours] = value.strip()
        records.append(Record(number, body.replace("\r\n", "\n"), meta))
    if not records:
        return [], "no records"
    return records, None
