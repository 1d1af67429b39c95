"""The files under the paths given, in the order they are reported, and the names they are shown by.

Order
    Each root's entries come in sorted path order, that is depth first with the names of each
    folder sorted (`a/x.md` before `a.md`, as comparing paths part by part gives). walk() lists
    one folder at a time as it goes, so that order costs no list of the whole tree, and the
    loader can report the first file before the last folder is listed.
What is an entry
    Everything under a root that is not a folder to walk into: files, links (a link to a folder is
    an entry and not followed, so a link loop cannot hang the walk), pipes, hidden folders (one
    entry each: `.git` is not walked) and folders that cannot be listed.
Names shown
    Relative to the working directory when every path lies under it, as linters do, so
    "corpus/a.md:7" opens in an editor; otherwise to the one folder given, or the common parent of
    several. A link keeps its own name: its folder is resolved, not the link itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing to report: its path as joined under its root, the folder it is in, and its name."""

    path: str
    folder: str
    name: str
    is_root: bool = False  # the path given itself (a file, or a folder that cannot be listed)
    is_symlink: bool = False  # as the folder listing says; the file itself is not looked at


def walk(root: Path) -> Iterator[Entry]:
    """Every entry under root in sorted order (see the module doc); a root that is a file is its one entry."""
    top = os.fspath(root)
    if not root.is_dir():
        yield Entry(top, os.fspath(root.parent), root.name, is_root=True)
        return
    listing = _listing(top)
    if listing is None:
        yield Entry(top, os.fspath(root.parent), root.name, is_root=True)
        return
    stack = [(top, iter(listing))]  # the folders being walked and what is left of their listings
    while stack:
        folder, left = stack[-1]
        entry = next(left, None)
        if entry is None:
            stack.pop()
            continue
        is_symlink = _is_symlink(entry)
        if _is_dir(entry) and not is_symlink and not entry.name.startswith("."):
            inner = _listing(entry.path)
            if inner is not None:
                stack.append((entry.path, iter(inner)))
                continue  # a folder walked into is not an entry itself; one we cannot list is
        yield Entry(entry.path, folder, entry.name, is_symlink=is_symlink)


def _listing(folder: str) -> list[os.DirEntry[str]] | None:
    """The folder's entries sorted by name, or None if it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError:
        return None


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a link, as os.walk does, so a link to a folder is one
    except OSError:
        return False


def _is_symlink(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def outermost(roots: list[Path]) -> list[Path]:
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


def display_base(roots: list[Path]) -> Path | None:
    """What displayed paths are relative to (see the module doc); None: show the bare file name."""
    cwd = Path.cwd().resolve()
    if all(cwd == r.resolve() or cwd in r.resolve().parents for r in roots):
        return cwd
    if len(roots) == 1:
        return roots[0] if roots[0].is_dir() else None
    resolved = [r.resolve() for r in roots]
    return Path(os.path.commonpath([r if r.is_dir() else r.parent for r in resolved]))


def display(path: Path, base: Path | None) -> str:
    """The path as printed: a link keeps its own name (its folder is resolved, not the link itself)."""
    if base is None:
        return path.name
    try:
        return (path.parent.resolve() / path.name).relative_to(base.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside base; a loop in a folder given
        return path.as_posix()


class Displayer:
    """display() for many files: the work on the folder (resolving it) is done once per folder."""

    def __init__(self, base: Path | None) -> None:
        self._base = base
        self._resolved_base = base.resolve() if base is not None else None
        self._prefixes: dict[str, str | None] = {}  # folder -> shown prefix; None: display() each

    def __call__(self, entry: Entry) -> str:
        if self._resolved_base is None:
            return entry.name
        if entry.folder not in self._prefixes:
            self._prefixes[entry.folder] = self._prefix(entry.folder, self._resolved_base)
        prefix = self._prefixes[entry.folder]
        if prefix is None or entry.is_root:
            return display(Path(entry.path), self._base)
        return prefix + entry.name

    @staticmethod
    def _prefix(folder: str, resolved_base: Path) -> str | None:
        """`sub/` for a folder under the base, "" for the base; None when outside it (or unresolvable)."""
        try:
            relative = Path(folder).resolve().relative_to(resolved_base)
        except (ValueError, OSError, RuntimeError):
            return None
        return relative.as_posix() + "/" if relative.parts else ""
