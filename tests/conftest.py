"""Shared fixtures: build small corpora and rule packs under tmp_path (never read ../shared)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from discrep.corpus import stamps

ROOT = Path(__file__).resolve().parent.parent

Tree = Callable[..., Path]


@pytest.fixture
def tree(tmp_path: Path) -> Tree:
    """`tree({"sub/a.md": "text", "b.pdf": b"bytes"}, root="corpus")` writes the files, returns the root."""

    def make(files: Mapping[str, str | bytes], root: str = "corpus") -> Path:
        base = tmp_path / root
        base.mkdir(parents=True, exist_ok=True)
        for rel, content in files.items():
            path = base / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return base

    return make


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the repository's corpus/ to edit (test modules may define their own)."""
    target = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", target)
    return target


@pytest.fixture
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written a moment ago get a stamp: a real corpus is older than the two-second window."""
    monkeypatch.setattr(stamps, "RACY_NS", 0)
