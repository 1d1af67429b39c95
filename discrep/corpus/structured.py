"""Articles from files that are not plain text: saved web pages (html.py) and JSON-lines feeds (jsonl.py).

Metadata precedence
    HTML: the manifest entry for the page wins over what is extracted from it, since the page's
    markup is read by heuristics and a manifest is written by a person.
    JSONL: a record's own fields win; the manifest entry for the feed gives defaults for every
    record (an outlet, say) and may map field names (`fields`, see jsonl.py).

Status
    A page is one file and one status. A feed gets one status per record, named like the record's
    claims (`feed.jsonl:record 3`), so the per-article claim counts and skip reasons line up; a feed
    that cannot be read at all (empty, not UTF-8, a bad `fields` mapping) gets one status for the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from discrep.corpus import html, jsonl
from discrep.corpus.front_matter import parse_published
from discrep.corpus.furniture import blank_teasers, ignored_note
from discrep.model import Article, FileStatus

SUFFIXES = html.SUFFIXES + jsonl.SUFFIXES


def _article(display: str, text: str, meta: Mapping[str, Any]) -> tuple[Article, FileStatus]:
    published = parse_published(meta.get("published") or meta.get("date"))
    notes = []
    if published is None and (meta.get("published") or meta.get("date")):
        notes.append(f"publication date {meta.get('published') or meta.get('date')!r} not understood")
    if published is None:
        notes.append("no publication date: relative dates left unresolved")
    text, teasers = blank_teasers(text)
    if teasers:
        notes.append(ignored_note(1 + index for index in teasers))
    article = Article(
        path=display,
        text=text,
        outlet=str(meta["outlet"]) if meta.get("outlet") else None,
        published=published,
        title=str(meta["title"]) if meta.get("title") else None,
        url=str(meta["url"]) if meta.get("url") else None,
    )
    status = FileStatus(
        display, "checked", "; ".join(notes) or None, outlet=article.outlet, published=published
    )
    return article, status


def load_structured(
    path: Path, display: str, entry: Mapping[str, Any]
) -> list[tuple[FileStatus, Article | None]]:
    """A status for each article in one page or feed (or one for the file, when it is unreadable).

    Each comes with its article when it is checked. `entry` is the file's manifest entry, if any.
    """
    try:
        raw = path.read_bytes()
    except OSError as err:
        return [(FileStatus(display, "skipped", f"cannot read: {err.strerror}"), None)]
    given = {k: v for k, v in entry.items() if v not in (None, "")}
    if path.suffix.lower() in jsonl.SUFFIXES:
        return _feed(raw, display, given)
    if not raw.strip():
        return [(FileStatus(display, "skipped", "empty file"), None)]
    if b"\x00" in raw[:4096]:
        return [(FileStatus(display, "skipped", "binary file"), None)]
    text, extracted, problem = html.extract_html(raw)
    if text is None:
        return [(FileStatus(display, "skipped", problem), None)]
    article, status = _article(display, text, {**extracted, **given})
    return [(status, article)]


def _feed(raw: bytes, display: str, entry: dict[str, Any]) -> list[tuple[FileStatus, Article | None]]:
    try:
        fields = jsonl.parse_fields(entry.pop("fields", None))
    except jsonl.FieldsError as err:
        return [(FileStatus(display, "skipped", f"manifest entry: {err}"), None)]
    records, problem = jsonl.read_jsonl(raw, fields)
    if problem is not None:
        return [(FileStatus(display, "skipped", problem), None)]
    found: list[tuple[FileStatus, Article | None]] = []
    for record in records:
        where = f"{display}:record {record.number}"
        if record.text is None:
            found.append((FileStatus(where, "skipped", record.problem), None))
            continue
        article, status = _article(where, record.text, {**entry, **record.meta})
        found.append((status, article))
    return found
