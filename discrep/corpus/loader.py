"""Turn paths on disk into Articles, and say for every file whether it was checked or skipped.

What is read
    A path may be a file or a folder; folders are walked recursively in sorted order. Files ending in
    `.md`, `.markdown` or `.txt` are articles; so are saved web pages (`.html`, `.htm`) and every
    record of a JSON-lines feed (`.jsonl`), read by structured.py. Anything else is reported as
    skipped ("not an article: .pdf"), and so are hidden files and folders (a name starting with a
    dot, as linters do), empty files, binary files, and anything that is not a regular file (a named
    pipe, a device). Symbolic links to files are read; symbolic links to folders are listed as
    skipped and not followed, so a link loop cannot hang the walk (give the target as a PATH to check
    it). A file reached twice (two PATHs, or a link to a file already read) is read once; a second
    name for it is listed as skipped. A folder that cannot be listed is listed with the reason.

Text
    Bytes become text in decode.py: UTF-8, UTF-8/16/32 with a byte-order mark, UTF-16 without one,
    and legacy cp1252, cp1251 and KOI8-R text are read, and the status names any encoding other
    than UTF-8. Invalid bytes and control characters (NUL) become U+FFFD, counted in the status.

Limits
    An article over MAX_ARTICLE_BYTES (10 MiB) is skipped unread, with its size: news articles are
    well under 1 MB, and at the pipeline's speed (about 120 KB/s on a 2-core machine) 10 MB is a
    minute and a half. Front matter over MAX_FRONT_MATTER_CHARS (64 KiB) is not parsed, and no YAML
    we read may use aliases (see yaml_loader.py).

Status reasons of checked files
    A checked file's status carries notes, never silently: the encoding if not UTF-8, replaced
    bytes, front matter that is malformed or not closed, metadata of the wrong type ("`outlet`:
    expected text, not a list; ignored"), a publication date that cannot be read or lies in the
    future, and "no publication date: relative dates left unresolved".

Metadata
    An article's outlet, publication date, title and URL come from, in order of precedence:
    1. YAML front matter at the top of the file, between two `---` lines
       (keys: `outlet`, `published`, `title`, `url`; `date` is accepted for `published`);
    2. a manifest in the same folder or any parent folder up to the corpus root (see manifest.py);
    3. nothing: the article is still checked, but its relative dates ("on Tuesday") stay unresolved,
       and its status says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from discrep import yaml_loader
from discrep.corpus.decode import decode
from discrep.corpus.manifest import MANIFEST_NAMES, ManifestError, read_manifest
from discrep.corpus.suppressions import FRONT_MATTER, read_suppressions
from discrep.model import Article, FileStatus

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
STRUCTURED_SUFFIXES = (".html", ".htm", ".jsonl")  # saved web pages and JSON-lines feeds: structured.py
_FRONT_MATTER = FRONT_MATTER
_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\r?\n")
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
MAX_FRONT_MATTER_CHARS = 64 * 1024
FUTURE_SLACK = dt.timedelta(days=1)  # an article dated tomorrow is in another time zone, not the future
TEXT_KEYS = ("outlet", "title", "url")
KNOWN_META_KEYS = ("outlet", "published", "date", "title", "url", "discrep")  # discrep: see gate.py
MANIFEST_READ = "manifest: metadata for "


class LoadError(Exception):
    """A path given on the command line does not exist or cannot be read."""


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


def _display_base(roots: list[Path]) -> Path | None:
    """What displayed paths are relative to.

    The working directory when every path lies under it, as linters do, so "corpus/a.md:7" opens
    in an editor and GitHub annotations land on the file; otherwise the one folder given, or the
    common parent of several.
    """
    cwd = Path.cwd().resolve()
    if all(cwd == r.resolve() or cwd in r.resolve().parents for r in roots):
        return cwd
    if len(roots) == 1:
        return roots[0] if roots[0].is_dir() else None
    resolved = [r.resolve() for r in roots]
    return Path(os.path.commonpath([r if r.is_dir() else r.parent for r in resolved]))


def _display(path: Path, base: Path | None) -> str:
    """The path as printed: a link keeps its own name (its folder is resolved, not the link itself)."""
    if base is None:
        return path.name
    try:
        return (path.parent.resolve() / path.name).relative_to(base.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside base; a loop in a folder given
        return path.as_posix()


def _files_under(root: Path) -> list[Path]:
    """Every entry under root that is not a real folder: files, links, pipes; and unlistable folders.

    os.walk does not follow links to folders (so a loop cannot hang it); such a link is returned
    as an entry, and load() lists it as skipped. A folder that cannot be listed is returned too.
    """
    if not root.is_dir():
        return [root]
    found: list[Path] = []

    def unlistable(err: OSError) -> None:
        if err.filename is not None:
            found.append(Path(err.filename))

    for folder, dirs, files in os.walk(root, onerror=unlistable, followlinks=False):
        here = Path(folder)
        found.extend(here / name for name in files)
        found.extend(here / name for name in dirs if (here / name).is_symlink())
        # a hidden folder (.git, .cache) is one skipped entry, not thousands: do not walk into it
        hidden = [name for name in dirs if name.startswith(".")]
        found.extend(here / name for name in hidden if not (here / name).is_symlink())
        dirs[:] = [name for name in dirs if not name.startswith(".")]
    return sorted(found)


def counts_as_skipped(status: FileStatus) -> bool:
    """A file that was not read as an article, other than a manifest that was read (for --strict)."""
    return status.status == "skipped" and not (status.reason or "").startswith(MANIFEST_READ)


def _outermost(roots: list[Path]) -> list[Path]:
    """The roots, less any that another folder given contains (or that repeats an earlier one).

    `discrep check corpus/sub corpus` reads each file once, with the manifests of the outer
    folder, whatever the order of the paths.
    """
    real = [Path(os.path.realpath(r)) for r in roots]
    kept = []
    for i, root in enumerate(roots):
        covered = any(
            (real[j] in real[i].parents and real[j].is_dir()) or (real[j] == real[i] and j < i)
            for j in range(len(roots))
        )
        if not covered:
            kept.append(root)
    return kept


def _hidden(path: Path, root: Path) -> str | None:
    """Why the file counts as hidden (its name, or a folder's below root, starts with a dot), or None."""
    if path == root:
        return None
    parts = path.relative_to(root).parts
    if parts[-1].startswith("."):
        return "hidden file"
    folders = [part for part in parts[:-1] if part.startswith(".")]
    return f"hidden file (in the hidden folder {folders[0]})" if folders else None


def _not_readable(path: Path) -> str | None:
    """Why `path` is not read as a file at all (a link to a folder, a pipe, too big), or None."""
    try:
        info = path.stat()
    except OSError as err:
        if path.is_symlink():
            return f"broken symbolic link ({err.strerror})"
        return f"cannot read: {err.strerror}"
    if stat.S_ISDIR(info.st_mode):
        if path.is_symlink():
            return "symbolic link to a folder: not followed (give the folder as a PATH to check it)"
        try:
            next(os.scandir(path), None)
        except OSError as err:
            return f"cannot read folder: {err.strerror}"
        return "folder not read"
    if not stat.S_ISREG(info.st_mode):
        kind = "a named pipe" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
        return f"not a regular file ({kind})"
    if info.st_size > MAX_ARTICLE_BYTES:
        return f"too large: {info.st_size:,} bytes (the limit is {MAX_ARTICLE_BYTES:,})"
    return None


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int, str | None]:
    """(metadata, body, line number of the body's first line, error) for one article's text."""
    match = _FRONT_MATTER.match(text)
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
        return {}, text[match.end() :], body_line, f"front matter is not valid YAML{where}"
    if not isinstance(meta, dict):
        return {}, text[match.end() :], body_line, "front matter is not a mapping of keys to values"
    return meta, text[match.end() :], body_line, None


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
        close = difflib.get_close_matches(str(key), KNOWN_META_KEYS, n=1, cutoff=0.8)
        if key not in KNOWN_META_KEYS and close:
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


def _normalised(meta: Mapping[str, Any]) -> dict[str, Any]:
    """Drop empty values; `date` is another name for `published`."""
    out = {k: v for k, v in meta.items() if v not in (None, "")}
    if "date" in out:
        out.setdefault("published", out.pop("date"))
    return out


def _article(
    path: Path, display: str, text: str, manifest: Mapping[str, Mapping[str, Any]]
) -> tuple[Article, str | None]:
    meta, body, body_line, problem = split_front_matter(text)
    merged: dict[str, Any] = {**_normalised(manifest.get(path.name, {})), **_normalised(meta)}
    found = metadata_of(merged)
    published = found.published
    notes = [problem] if problem else []
    notes.extend(found.problems)
    if not body.strip():
        notes.append("no article text after the front matter")
    if published is None:
        notes.append("no publication date: relative dates left unresolved")
    article = Article(
        path=display,
        text=body,
        outlet=found.outlet,
        published=published,
        title=found.title,
        url=found.url,
        first_line=body_line,
        suppressions=read_suppressions(text),
    )
    return article, "; ".join(notes) or None


def load(paths: Iterable[str | Path]) -> tuple[list[Article], list[FileStatus]]:
    """Read every file under `paths`. Raises LoadError only for a path that does not exist."""
    articles: list[Article] = []
    statuses: list[FileStatus] = []
    manifests: dict[tuple[Path, Path], dict[str, dict[str, Any]]] = {}
    roots = [Path(given) for given in paths]
    for root in roots:
        if not root.exists():
            raise LoadError(f"{root}: no such file or folder")
    base = _display_base(roots)
    seen: dict[str, str] = {}  # real path -> display path of every regular file met so far
    for root in _outermost(roots):
        for path in _files_under(root):
            display = _display(path, base)
            hidden = _hidden(path, root)
            if hidden:
                is_folder = path.is_dir() and not path.is_symlink()
                reason = "hidden folder: not read" if is_folder else hidden
                statuses.append(FileStatus(display + ("/" if is_folder else ""), "skipped", reason))
                continue
            unread = _not_readable(path)
            if unread:
                statuses.append(FileStatus(display, "skipped", unread))
                continue
            real = os.path.realpath(path)
            if real in seen:
                if seen[real] != display:
                    statuses.append(FileStatus(display, "skipped", f"same file as {seen[real]}: read once"))
                continue  # the same path met twice is one file, listed once
            seen[real] = display
            if path.name in MANIFEST_NAMES:
                try:
                    entries = read_manifest(path)
                    statuses.append(FileStatus(display, "skipped", f"{MANIFEST_READ}{len(entries)} files"))
                except ManifestError as err:
                    statuses.append(FileStatus(display, "skipped", f"manifest not read: {err}"))
                continue
            if path.suffix.lower() in STRUCTURED_SUFFIXES:
                from discrep.corpus.structured import load_structured  # here: HTML pulls in trafilatura

                entry = _manifest_for(path.parent, root, manifests).get(path.name, {})
                found, found_statuses = load_structured(path, display, entry)
                articles.extend(found)
                statuses.extend(found_statuses)
                continue
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                statuses.append(
                    FileStatus(display, "skipped", f"not an article: {path.suffix or 'no suffix'}")
                )
                continue
            try:
                with path.open("rb") as handle:
                    raw = handle.read(MAX_ARTICLE_BYTES + 1)
            except OSError as err:
                statuses.append(FileStatus(display, "skipped", f"cannot read: {err.strerror}"))
                continue
            if len(raw) > MAX_ARTICLE_BYTES:  # it grew since it was measured
                statuses.append(
                    FileStatus(display, "skipped", f"too large: over {MAX_ARTICLE_BYTES:,} bytes")
                )
                continue
            decoded = decode(raw)
            if decoded.text is None:
                statuses.append(FileStatus(display, "skipped", decoded.skip))
                continue
            manifest = _manifest_for(path.parent, root, manifests)
            article, note = _article(path, display, decoded.text, manifest)
            note = "; ".join([*decoded.notes, *([note] if note else [])]) or None
            articles.append(article)
            statuses.append(
                FileStatus(
                    display,
                    "checked",
                    note,
                    outlet=article.outlet,
                    published=article.published,
                    suppressions=article.suppressions,
                )
            )
    return articles, statuses


def _manifest_for(
    folder: Path, root: Path, cache: dict[tuple[Path, Path], dict[str, dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    """Manifest entries that apply in `folder`: its own manifest over those of its parents up to root."""
    if (root, folder) in cache:
        return cache[(root, folder)]
    entries: dict[str, dict[str, Any]] = {}
    top = root if root.is_dir() else root.parent
    if folder != top and top in folder.parents:
        entries.update(_manifest_for(folder.parent, root, cache))
    for name in MANIFEST_NAMES:
        candidate = folder / name
        if candidate.is_file():
            with contextlib.suppress(ManifestError):  # reported once, as a skipped file, by load()
                entries.update(read_manifest(candidate))
    cache[(root, folder)] = entries
    return entries
