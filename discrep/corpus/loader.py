"""Turn paths on disk into Articles, and say for every file whether it was checked or skipped.

What is read
    A path may be a file or a folder; folders are walked recursively in sorted order. Files ending in
    `.md`, `.markdown` or `.txt` are articles. Anything else is reported as skipped ("not an article:
    .pdf"), and so are hidden files, empty files, binary files and files that are not UTF-8.

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
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from discrep import yaml_loader
from discrep.corpus.manifest import MANIFEST_NAMES, ManifestError, read_manifest
from discrep.model import Article, FileStatus

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


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
    if base is None:
        return path.name
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _files_under(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file())


def _decode(raw: bytes) -> tuple[str | None, str | None]:
    """The text, or None and the reason it cannot be read."""
    if not raw.strip():
        return None, "empty file"
    if b"\x00" in raw[:4096]:
        return None, "binary file"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        return None, f"not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start})"


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int, str | None]:
    """(metadata, body, line number of the body's first line, error) for one article's text."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1, None
    body_line = text.count("\n", 0, match.end()) + 1
    try:
        meta = yaml_loader.load(match.group(1)) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        return {}, text[match.end() :], body_line, f"front matter is not valid YAML{where}"
    if not isinstance(meta, dict):
        return {}, text[match.end() :], body_line, "front matter is not a mapping of keys to values"
    return meta, text[match.end() :], body_line, None


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
    published = parse_published(merged.get("published"))
    notes = [problem] if problem else []
    if published is None:
        notes.append("no publication date: relative dates left unresolved")
    outlet = merged.get("outlet")
    article = Article(
        path=display,
        text=body,
        outlet=str(outlet) if outlet else None,
        published=published,
        title=str(merged["title"]) if merged.get("title") else None,
        url=str(merged["url"]) if merged.get("url") else None,
        first_line=body_line,
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
    for root in roots:
        for path in _files_under(root):
            display = _display(path, base)
            if any(part.startswith(".") for part in path.relative_to(root).parts) if root.is_dir() else False:
                statuses.append(FileStatus(display, "skipped", "hidden file"))
                continue
            if path.name in MANIFEST_NAMES:
                try:
                    entries = read_manifest(path)
                    statuses.append(
                        FileStatus(display, "skipped", f"manifest: metadata for {len(entries)} files")
                    )
                except ManifestError as err:
                    statuses.append(FileStatus(display, "skipped", f"manifest not read: {err}"))
                continue
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                statuses.append(
                    FileStatus(display, "skipped", f"not an article: {path.suffix or 'no suffix'}")
                )
                continue
            try:
                raw = path.read_bytes()
            except OSError as err:
                statuses.append(FileStatus(display, "skipped", f"cannot read: {err.strerror}"))
                continue
            text, reason = _decode(raw)
            if text is None:
                statuses.append(FileStatus(display, "skipped", reason))
                continue
            manifest = _manifest_for(path.parent, root, manifests)
            article, note = _article(path, display, text, manifest)
            articles.append(article)
            statuses.append(
                FileStatus(display, "checked", note, outlet=article.outlet, published=article.published)
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
