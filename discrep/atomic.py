"""Write a file whole or not at all: a temporary file in the same folder, then one rename.

An interrupted run (Ctrl-C, a full disk, a killed CI job) leaves the previous file as it was, never
half of a new one, and no temporary file behind. The rename is os.replace, which is atomic when the
temporary file and the target are on one file system, hence the same folder. The new file gets the
mode of the file it replaces, or the usual mode for a new file (0o666 less the umask).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path


def write_text_atomic(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` atomically. Raises OSError as open() would; the target is then unchanged."""
    write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically (see the module doc)."""
    write_chunks_atomic(path, [data])


def write_chunks_atomic(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> None:
    """Write the pieces of one file to `path` atomically, as they come (see the module doc)."""
    target = Path(path)
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None  # a new file: os.open applies the umask to 0o666
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
