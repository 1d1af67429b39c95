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
    well under 1 MB, and at the pipeline's speed (about 0.6 MB/s per core) 10 MB of one article,
    read by one process, is already a quarter of a minute. Front matter over
    MAX_FRONT_MATTER_CHARS (64 KiB) is not parsed, and no YAML we read may use aliases (see
    yaml_loader.py).

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
    Front matter is read and checked in front_matter.py.

Order, and streaming
    load() returns every article and every file's status at once. iter_load() gives the same, one
    status at a time (each with its article when it is checked), in the same order, and holds only
    what it must between files: the real path and shown name of each file read (to read a file
    reached twice once), the manifests of the folders met, and the listings of the folders being
    walked. So a corpus of 100,000 articles need not be in memory at once. The order: the paths
    given, less those inside another (walk.outermost), each walked in sorted path order (walk.py);
    a feed's records in the order of its lines.

Files not read
    iter_stamped() is iter_load() with each Markdown or text article's stamp (stamps.py). Given a
    `recall` function, it asks it about each stamp before reading the file: a status it knows is
    taken, the file is not opened, and the caller (the claim cache) supplies the claims.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from discrep.corpus.decode import decode
from discrep.corpus.front_matter import MAX_FRONT_MATTER_CHARS as MAX_FRONT_MATTER_CHARS
from discrep.corpus.front_matter import Metadata as Metadata
from discrep.corpus.front_matter import metadata_of, normalised, split_front_matter
from discrep.corpus.front_matter import parse_published as parse_published
from discrep.corpus.furniture import blank_teasers, ignored_note
from discrep.corpus.manifest import MANIFEST_NAMES, ManifestError, read_manifest
from discrep.corpus.stamps import stamp
from discrep.corpus.suppressions import read_suppressions
from discrep.corpus.walk import Displayer, Entry, display, display_base, outermost, walk
from discrep.model import Article, FileStatus

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
STRUCTURED_SUFFIXES = (".html", ".htm", ".jsonl")  # saved web pages and JSON-lines feeds: structured.py
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
MANIFEST_READ = "manifest: metadata for "
_READ_CHUNK = 1024 * 1024  # a file that grew after it was measured is read on in pieces of this size

# the old names of walk.display and walk.display_base, which changed.py uses
_display = display
_display_base = display_base


class LoadError(Exception):
    """A path given on the command line does not exist or cannot be read."""


class Loaded(NamedTuple):
    """One status from iter_load(), with its article when the status is "checked" (else None)."""

    status: FileStatus
    article: Article | None = None


class Stamped(NamedTuple):
    """One status from iter_stamped(): Loaded's, with the file's stamp (stamps.py) when it is a
    Markdown or text article old enough to have one. A file that `recall` knew by its stamp is not
    read: its status is the one recalled, and its article is None."""

    status: FileStatus
    article: Article | None = None
    stamp: str | None = None


Recall = Callable[[str], "FileStatus | None"]


def counts_as_skipped(status: FileStatus) -> bool:
    """A file that was not read as an article, other than a manifest that was read (for --strict)."""
    return status.status == "skipped" and not (status.reason or "").startswith(MANIFEST_READ)


def load(paths: Iterable[str | Path]) -> tuple[list[Article], list[FileStatus]]:
    """Read every file under `paths`. Raises LoadError only for a path that does not exist."""
    articles: list[Article] = []
    statuses: list[FileStatus] = []
    for status, article in iter_load(paths):
        statuses.append(status)
        if article is not None:
            articles.append(article)
    return articles, statuses


def iter_load(paths: Iterable[str | Path]) -> Iterator[Loaded]:
    """What load() returns, one status at a time (see "Order, and streaming" in the module doc).

    Each item is Loaded(status, article): the article is there exactly when the status is "checked",
    so the statuses are load()'s statuses and the articles, in their order, load()'s articles. A
    file is read when its status is asked for, not before; names are shown relative to what the
    working directory is at this call. Raises LoadError at once, before anything is read, for a
    path that does not exist.
    """
    return (Loaded(status, article) for status, article, _ in iter_stamped(paths))


def iter_stamped(paths: Iterable[str | Path], recall: Recall | None = None) -> Iterator[Stamped]:
    """iter_load() with each article's stamp. `recall(stamp)`, when given, is asked before an
    article with a stamp is read: a status it returns is taken as that file's, and the file is not
    read (the claim cache's index of stamps). Raises LoadError as iter_load() does."""
    roots = [Path(given) for given in paths]
    for root in roots:
        if not root.exists():
            raise LoadError(f"{root}: no such file or folder")
    return _Run(roots, recall).statuses()


class _Run:
    """One pass over the paths given, and what it must remember from one file to the next."""

    def __init__(self, roots: list[Path], recall: Recall | None = None) -> None:
        self.roots = roots
        self.recall = recall
        self.started_ns = time.time_ns()
        self.today = dt.datetime.now(dt.timezone.utc).date().isoformat()  # as metadata_of's
        self.shown = Displayer(display_base(roots))  # fixed now: it depends on the working directory
        self.seen: dict[str, str] = {}  # real path -> shown name of every regular file met so far
        self.manifests: dict[tuple[Path, Path], dict[str, dict[str, Any]]] = {}
        self.real_folders: dict[str, str] = {}
        self.folder_manifests: dict[str, dict[str, dict[str, Any]]] = {}  # the current root's, by folder

    def statuses(self) -> Iterator[Stamped]:
        for root in outermost(self.roots):
            self.folder_manifests = {}
            for entry in walk(root):
                yield from self._read(entry, root)

    def _read(self, entry: Entry, root: Path) -> Iterator[Stamped]:
        """The status of one entry (or of each record of a feed), with the article when read."""
        shown = self.shown(entry)
        if entry.name.startswith(".") and not entry.is_root:
            # only a name can be hidden: walk() does not go into hidden folders
            is_folder = os.path.isdir(entry.path) and not os.path.islink(entry.path)
            reason = "hidden folder: not read" if is_folder else "hidden file"
            yield Stamped(FileStatus(shown + ("/" if is_folder else ""), "skipped", reason))
            return
        unread, info = _not_readable(entry.path)
        if unread or info is None:
            yield Stamped(FileStatus(shown, "skipped", unread or "cannot read"))
            return
        real = self._real_path(entry)
        if real in self.seen:
            if self.seen[real] != shown:
                yield Stamped(FileStatus(shown, "skipped", f"same file as {self.seen[real]}: read once"))
            return  # the same path met twice is one file, listed once
        self.seen[real] = shown
        suffix = _suffix(entry.name)
        if entry.name in MANIFEST_NAMES:
            try:
                entries = read_manifest(Path(entry.path))
                yield Stamped(FileStatus(shown, "skipped", f"{MANIFEST_READ}{len(entries)} files"))
            except ManifestError as err:
                yield Stamped(FileStatus(shown, "skipped", f"manifest not read: {err}"))
        elif suffix.lower() in STRUCTURED_SUFFIXES:
            from discrep.corpus.structured import load_structured  # here: HTML pulls in trafilatura

            given = self._manifest(entry, root).get(entry.name, {})
            for status, article in load_structured(Path(entry.path), shown, given):
                yield Stamped(status, article)
        elif suffix.lower() not in ARTICLE_SUFFIXES:
            yield Stamped(FileStatus(shown, "skipped", f"not an article: {suffix or 'no suffix'}"))
        else:
            manifest = self._manifest(entry, root)
            known = stamp(real, shown, info, manifest.get(entry.name, {}), self.started_ns, self.today)
            recalled = self.recall(known) if known is not None and self.recall is not None else None
            if recalled is not None:
                yield Stamped(recalled, None, known)
            else:
                yield self._article(entry, shown, info.st_size, manifest)._replace(stamp=known)

    def _article(self, entry: Entry, shown: str, size: int, manifest: dict[str, dict[str, Any]]) -> Stamped:
        """A Markdown or text article: read, decoded, its metadata merged with its manifest entry."""
        try:
            raw = _read_bytes(entry.path, size, MAX_ARTICLE_BYTES + 1)
        except OSError as err:
            return Stamped(FileStatus(shown, "skipped", f"cannot read: {err.strerror}"))
        if len(raw) > MAX_ARTICLE_BYTES:  # it grew since it was measured
            return Stamped(FileStatus(shown, "skipped", f"too large: over {MAX_ARTICLE_BYTES:,} bytes"))
        decoded = decode(raw)
        if decoded.text is None:
            return Stamped(FileStatus(shown, "skipped", decoded.skip))
        article, note = _article(entry.name, shown, decoded.text, manifest)
        note = "; ".join([*decoded.notes, *([note] if note else [])]) or None
        status = FileStatus(
            shown,
            "checked",
            note,
            outlet=article.outlet,
            published=article.published,
            suppressions=article.suppressions,
        )
        return Stamped(status, article)

    def _real_path(self, entry: Entry) -> str:
        """os.path.realpath(entry.path), resolving each folder once rather than once per file."""
        if entry.is_root or entry.is_symlink:
            return os.path.realpath(entry.path)
        if entry.folder not in self.real_folders:
            self.real_folders[entry.folder] = os.path.realpath(entry.folder)
        # what realpath does too: resolve the folder, then add a name that is not a link
        return os.path.join(self.real_folders[entry.folder], entry.name)

    def _manifest(self, entry: Entry, root: Path) -> dict[str, dict[str, Any]]:
        """The manifest entries for the entry's folder (a root that is a file has a folder too)."""
        if entry.is_root:
            return _manifest_for(Path(entry.folder), root, self.manifests)
        if entry.folder not in self.folder_manifests:
            self.folder_manifests[entry.folder] = _manifest_for(Path(entry.folder), root, self.manifests)
        return self.folder_manifests[entry.folder]


def _suffix(name: str) -> str:
    """Path(name).suffix: from the last dot, unless the name starts or ends with it."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _not_readable(path: str) -> tuple[str | None, os.stat_result | None]:
    """(why `path` is not read as a file at all, e.g. a link to a folder, a pipe, too big; its stat)."""
    try:
        info = os.stat(path)
    except OSError as err:
        if os.path.islink(path):
            return f"broken symbolic link ({err.strerror})", None
        return f"cannot read: {err.strerror}", None
    if stat.S_ISDIR(info.st_mode):
        if os.path.islink(path):
            return "symbolic link to a folder: not followed (give the folder as a PATH to check it)", info
        try:
            with os.scandir(path) as listing:
                next(listing, None)
        except OSError as err:
            return f"cannot read folder: {err.strerror}", info
        return "folder not read", info
    if not stat.S_ISREG(info.st_mode):
        kind = "a named pipe" if stat.S_ISFIFO(info.st_mode) else "a device or socket"
        return f"not a regular file ({kind})", info
    if info.st_size > MAX_ARTICLE_BYTES:
        return f"too large: {info.st_size:,} bytes (the limit is {MAX_ARTICLE_BYTES:,})", info
    return None, info


def _read_bytes(path: str, size: int, limit: int) -> bytes:
    """At most `limit` bytes of the file, which measured `size` bytes.

    Asking for `limit` bytes at once would allocate that much (10 MiB) for every article; asking
    for one byte more than the size tells, in one call, whether the file grew since.
    """
    handle = os.open(path, os.O_RDONLY)
    try:
        data = os.read(handle, min(size + 1, limit))
        if len(data) <= size:  # a short read is the end of a regular file
            return data
        pieces = [data]
        got = len(data)
        while got < limit:
            piece = os.read(handle, min(_READ_CHUNK, limit - got))
            if not piece:
                break
            pieces.append(piece)
            got += len(piece)
        return b"".join(pieces)
    finally:
        os.close(handle)


def _article(
    name: str, shown: str, text: str, manifest: dict[str, dict[str, Any]]
) -> tuple[Article, str | None]:
    meta, body, body_line, problem = split_front_matter(text)
    merged: dict[str, Any] = {**normalised(manifest.get(name, {})), **normalised(meta)}
    found = metadata_of(merged)
    published = found.published
    notes = [problem] if problem else []
    notes.extend(found.problems)
    if not body.strip():
        notes.append("no article text after the front matter")
    if published is None:
        notes.append("no publication date: relative dates left unresolved")
    body, teasers = blank_teasers(body)
    if teasers:
        notes.append(ignored_note(body_line + index for index in teasers))
    article = Article(
        path=shown,
        text=body,
        outlet=found.outlet,
        published=published,
        title=found.title,
        url=found.url,
        first_line=body_line,
        suppressions=read_suppressions(text),
    )
    return article, "; ".join(notes) or None


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
