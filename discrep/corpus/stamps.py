"""A stamp: what a re-check needs to know, without reading a file, that the file has not changed.

A stamp is a digest of everything the loader's Article for a Markdown or text file depends on,
other than the bytes themselves: the file's real path and the name it is shown by, its device,
inode, size, mode, modification and change times (in nanoseconds), the manifest entry that gives
it metadata, and today's date in UTC (a publication date in the future is noted, and tomorrow it may not
be). The claim cache (discrep/cache.py) keeps, per stamp, the file's status and the key of its
claims, so that a re-check of 10,000 articles reads only the files whose stamps it does not know.
This is what git's index and make do; the content hash stays the key of the claims themselves.

Racy files
    A file whose modification or change time lies within RACY_NS of the start of the run, or
    after it, gets no stamp: on a file system that keeps times to the second, it could be written
    again within the same second without its stamp changing. It is read every time until it is
    older.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

RACY_NS = 2_000_000_000


def stamp(
    real: str, shown: str, info: os.stat_result, manifest_entry: dict[str, Any], started_ns: int, today: str
) -> str | None:
    """The file's stamp, or None when it changed too recently to be told apart (see the module doc)."""
    if max(info.st_mtime_ns, info.st_ctime_ns) >= started_ns - RACY_NS:
        return None
    parts = (
        real,
        shown,
        info.st_dev,
        info.st_ino,
        info.st_size,
        info.st_mode,
        info.st_mtime_ns,
        info.st_ctime_ns,
        repr(manifest_entry),
        today,
    )
    text = "\x1f".join(map(str, parts))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
