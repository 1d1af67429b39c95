"""Read a corpus manifest: metadata for plain-text articles that carry no front matter.

Most articles in the wild are bare `.txt` files. Put one manifest in the folder (or a parent
folder) to say where each came from. Two formats are read, whichever you find easier:

`manifest.csv` (a spreadsheet export works), with a header row; `file` is required, the rest are
optional:

    file,outlet,published,title,url
    000_xinhua.txt,Xinhua,2022-03-03,New round of talks awaited,
    001_newstrack.txt,NewsTrack,2022-03-02,,

`manifest.yaml` (or `manifest.yml`), a mapping from file name to its metadata:

    000_xinhua.txt:
      outlet: Xinhua
      published: 2022-03-03

File names are matched by base name within the folder. Front matter in an article wins over the
manifest. A manifest that cannot be read is reported as a skipped file, with the reason: one that is
not UTF-8 is refused rather than guessed at, since a wrong guess would put wrong names on articles;
a CSV manifest over 10 MiB or a YAML one over 2 MiB is refused unread.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import yaml

from discrep import yaml_loader
from discrep.corpus.decode import decode

MANIFEST_NAMES = ("manifest.csv", "manifest.yaml", "manifest.yml")
MAX_CSV_BYTES = 10 * 1024 * 1024  # a YAML manifest is capped lower, at yaml_loader.MAX_YAML_BYTES
KNOWN_KEYS = {"outlet", "published", "date", "title", "url", "fields"}  # fields: a .jsonl feed's names


class ManifestError(Exception):
    """The manifest exists but cannot be used; the message names the line."""


def read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """Metadata keyed by file name."""
    limit = MAX_CSV_BYTES if path.suffix == ".csv" else yaml_loader.MAX_YAML_BYTES
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as err:
        raise ManifestError(f"cannot read {path.name}: {err.strerror}") from err
    if len(raw) > limit:
        raise ManifestError(f"line 1: over {limit:,} bytes, the limit for a {path.suffix} manifest")
    decoded = decode(raw)
    if decoded.skip and not decoded.skip.startswith("empty"):
        raise ManifestError(f"line 1: {decoded.skip}")
    if decoded.notes:
        raise ManifestError(f"line 1: {'; '.join(decoded.notes)}: save it as UTF-8")
    text = decoded.text or ""  # empty: a CSV manifest without its header is an error, a YAML one lists none
    if path.suffix == ".csv":
        return _read_csv(text)
    return _read_yaml(text)


def _read_csv(text: str) -> dict[str, dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        raise ManifestError("line 1: the header must have a `file` column")
    unknown = set(reader.fieldnames) - KNOWN_KEYS - {"file"}
    if unknown:
        raise ManifestError(f"line 1: unknown column(s) {', '.join(sorted(unknown))}")
    entries: dict[str, dict[str, Any]] = {}
    for row in reader:
        if None in row:
            raise ManifestError(
                f"line {reader.line_num}: more fields than columns (quote a value with a comma)"
            )
        name = (row.get("file") or "").strip()
        if not name:
            raise ManifestError(f"line {reader.line_num}: empty `file`")
        entries[name] = {k: v.strip() for k, v in row.items() if k != "file" and v and v.strip()}
    return entries


def _read_yaml(text: str) -> dict[str, dict[str, Any]]:
    try:
        data = yaml_loader.load(text) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise ManifestError(f"line {mark.line + 1 if mark else '?'}: not valid YAML") from err
    if not isinstance(data, dict):
        raise ManifestError("line 1: expected a mapping from file name to metadata")
    entries: dict[str, dict[str, Any]] = {}
    for name, meta in data.items():
        if not isinstance(meta, dict):
            raise ManifestError(f"entry {name!r}: expected a mapping of outlet, published, title, url")
        unknown = set(meta) - KNOWN_KEYS
        if unknown:
            raise ManifestError(f"entry {name!r}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        entries[str(name)] = dict(meta)
    return entries
