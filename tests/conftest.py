"""Shared fixtures: build small corpora and rule packs under tmp_path (never read ../shared)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

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
