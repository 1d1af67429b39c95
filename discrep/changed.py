"""`--changed-since REV`: which articles git says were added or modified since a revision.

`git diff --name-only REV` covers commits, staged and unstaged changes; untracked files that are
not ignored are added. Files are named as the report names them, so findings can be kept to those
that involve a changed article while the whole corpus is still read as evidence.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

GIT_TIMEOUT = 60


class GateError(Exception):
    """`--changed-since` cannot be answered: not a git repository, a bad revision, no git."""


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=GIT_TIMEOUT, check=False)
    except FileNotFoundError:
        raise GateError("--changed-since needs git, and no `git` command was found") from None
    except subprocess.TimeoutExpired:
        raise GateError(f"--changed-since: git {args[0]} took more than {GIT_TIMEOUT} s in {cwd}") from None


def _names(output: bytes) -> list[str]:
    return [os.fsdecode(name) for name in output.split(b"\0") if name]


def changed_files(folder: Path, revision: str) -> tuple[Path, list[Path]]:
    """(repository root, files added or modified since `revision`, untracked ones included)."""
    top = _git(["rev-parse", "--show-toplevel"], folder)
    if top.returncode != 0:
        raise GateError(f"--changed-since: {folder} is not in a git repository")
    root = Path(os.fsdecode(top.stdout.strip()))
    if (
        revision.startswith("-")
        or _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], root).returncode
    ):
        raise GateError(f"--changed-since: {revision!r} is not a commit in the repository at {root}")
    diff = _git(["diff", "--name-only", "--no-renames", "-z", revision, "--"], root)
    if diff.returncode != 0:
        message = os.fsdecode(diff.stderr).strip().splitlines()
        raise GateError(f"--changed-since: git diff failed in {root}: {message[-1] if message else ''}")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    names = _names(diff.stdout) + (_names(untracked.stdout) if untracked.returncode == 0 else [])
    return root, [root / name for name in dict.fromkeys(names)]


def changed_articles(paths: Iterable[str | Path], revision: str) -> frozenset[str]:
    """Paths, as the report shows them, of the files under `paths` added or modified since `revision`.

    Raises GateError outside a git repository or for a revision git does not know. A PATH that does
    not exist is left to the loader, which reports it.
    """
    # the loader's own rule for displayed paths, so a changed file is named exactly as its claims are
    from discrep.corpus.loader import _display, _display_base

    roots = [Path(p) for p in paths]
    base = _display_base([r for r in roots if r.exists()] or roots)
    found: set[str] = set()
    repos: dict[Path, list[Path]] = {}
    for root in roots:
        if not root.exists():
            continue
        folder = (root if root.is_dir() else root.parent).resolve()
        top, files = changed_files(folder, revision)
        repos.setdefault(top, files)
        resolved = root.resolve()
        for file in repos[top]:
            if file == resolved or resolved in file.parents:
                found.add(_display(file, base))
    return frozenset(found)
