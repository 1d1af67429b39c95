"""A content-hash cache of the claims extracted from each article, for fast re-checks.

Where
    `.discrep_cache/` in the current directory (as pytest, mypy and ruff keep theirs), or the folder
    given with `--cache-dir`; `--no-cache` turns it off. Files under a folder named `.discrep_cache`
    are never articles, so a check of `.` does not list them.

Key
    A SHA-256 of the discrep version, the cache format, a hash of the rule set, a hash of discrep's
    own source files (an edited checkout, at the same version, never reuses what older code
    extracted; an installed copy's files change only with it), and everything the loader knows
    about the article but its path (text, outlet, publication date, title, URL, first line, ...).
    Change any of them and the article is read again; nothing is ever invalidated by time. The
    path is left out because it is displayed relative to where discrep runs: claims cached under
    another path (a check run from another directory, a file moved or copied) are given the path
    of the file asked for, and the ids it gives them, when they are read. Old entries are not
    removed: delete the folder to reclaim the space.

Trust
    An entry is a small file: the SHA-256 digest of what follows, a newline, then JSON holding its
    own key and the claims. One that cannot be read, does not match its digest, does not parse,
    holds another key, or whose first claim does not rebuild to its stored id (ids computed
    another way) is ignored and written afresh: a corrupt cache costs time, never a wrong report.
    Writes go to a temporary file first and are moved into place with os.replace, so a crash or
    two runs at once never leave half an entry.

Files not read at all
    Besides the claims, the cache keeps an index per corpus checked (`index/`): for each article
    file, its stamp (discrep/corpus/stamps.py: path, size, inode, modification and change times,
    manifest entry, ...) with its status and the key of its claims. A re-check reads only the
    files whose stamps it does not know; the others are not even opened. The index carries a
    digest as the entries do, and one that does not match is ignored. Beside the index lies the
    pack of those claims (cache_pack.py): one file, so a re-check does not open an entry per article.

Speed and memory
    Entries are read and written with orjson, and decoded a column at a time. Repeated strings
    (paths, outlets, metrics, claimants) and dates are shared between the claims read, so the
    claims of a 100,000-article corpus fit in memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from discrep import __version__, cache_pack
from discrep.model import Article, Claim, FileStatus, Suppression, claim_from_values, replace_claim
from discrep.ruleset import RuleSet

CACHE_DIR_NAME = ".discrep_cache"
FORMAT = 4
_FIELDS = [f.name for f in fields(Claim)]
_KEYED_FIELDS = [f.name for f in fields(Article) if f.name != "path"]  # see "Key" above
_AS_OF = _FIELDS.index("as_of")
_VALUE, _LOW, _HIGH = (_FIELDS.index(name) for name in ("value", "low", "high"))
_DERIVED = _FIELDS.index("derived_from")
_QUOTE = _FIELDS.index("quote")
_SHARED = [_FIELDS.index(name) for name in cache_pack.TEXT_FIELDS]


def rules_hash(rules: RuleSet) -> str:
    """A stable hash of every part of a rule set but the checks' settings (a new severity needs no
    re-read): a section added to the rules later is in the key without anyone remembering to add
    it. Frozen dataclasses and dicts in file order: their repr is their content."""
    parts = [(f.name, getattr(rules, f.name)) for f in fields(rules) if f.name != "checks"]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_hash() -> str:
    """A SHA-256 of the package's Python files, by name and content (not modification time: a fresh
    virtual environment in CI installs the same files at other times, and must reuse the cache)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\x1f")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def article_key(article: Article, rules_digest: str) -> str:
    digest = hashlib.sha256("\x1f".join((__version__, str(FORMAT), rules_digest)).encode("utf-8"))
    for name in _KEYED_FIELDS:
        value = getattr(article, name)
        # text as it is (repr of 4 KB escapes every character), the rest by repr; "s"/"r" tell
        # the outlet "None" from no outlet
        text = isinstance(value, str)
        part = value if text else repr(value)
        digest.update(b"\x1f%s=%s%d:" % (name.encode("ascii"), b"s" if text else b"r", len(part)))
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _moved(claim: Claim, path: str) -> Claim:
    """The claim as read from the file at `path`: its path, and the id its content now gives it."""
    moved = replace_claim(claim, path=path)
    return replace_claim(moved, id=moved.content_id())


def _signed(payload: bytes) -> bytes:
    """An entry or index as written: the digest of the payload on a line of its own, then it."""
    return hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def _encode(claim: Claim) -> list[Any]:
    row: list[Any] = []
    for name in _FIELDS:
        value = getattr(claim, name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        row.append(value)
    return row


class ClaimCache:
    """Claims per article, on disk, keyed by content."""

    def __init__(self, folder: Path, rules: RuleSet) -> None:
        self.folder = Path(folder)
        self._claims = os.fspath(self.folder / "claims")
        # the rules and the code that read the articles: either changed, every article is read again
        self._rules = hashlib.sha256(f"{rules_hash(rules)}\x1f{code_hash()}".encode("ascii")).hexdigest()
        self.hits = 0
        self.misses = 0
        self._strings: dict[str, str] = {}
        self._days: dict[str, dt.date] = {}
        self._ordinals: dict[int, dt.date] = {}
        self._index_path: str | None = None
        self._known: dict[str, Any] = {}  # stamp -> row, as the index read says
        self._stamps: dict[str, Any] = {}  # stamp -> row, for the index this run writes
        self._recalled: dict[str, list[Claim]] = {}
        self._pack_path: str | None = None
        # cache key -> claims, as the pack says; read on the first file known by its stamp, so that a
        # run that knows none (from another directory, or after every file changed) never holds it
        self._packed: dict[str, list[Claim]] | None = None
        self._seen: dict[str, list[Claim]] = {}  # cache key -> claims, for every article of this run
        self._last: tuple[Article, str] | None = None

    def key(self, article: Article) -> str:
        if self._last is None or self._last[0] is not article:  # remember() then get() ask for it twice
            self._last = (article, article_key(article, self._rules))
        return self._last[1]

    def _entry(self, key: str) -> str:
        # strings and os calls, not pathlib: a warm run of 10,000 articles reads 10,000 entries
        return os.path.join(self._claims, key[:2], key + ".json")

    def _read(self, key: str) -> bytes:
        fd = os.open(self._entry(key), os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            size = os.fstat(fd).st_size
            data = os.read(fd, size + 1)
            if len(data) <= size:  # a short read is the end of a regular file: one call, mostly
                return data
            chunks = [data]  # it grew since fstat
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
            return b"".join(chunks)
        finally:
            os.close(fd)

    def get(self, key: str, path: str | None = None) -> list[Claim] | None:
        """The cached claims, or None when there are none (or none that can be trusted); with `path`,
        given that path (and the ids it gives them) when they were cached under another."""
        try:
            raw = self._read(key)
            header, _, payload = raw.partition(b"\n")
            if hashlib.sha256(payload).hexdigest().encode("ascii") != header:
                raise ValueError("the entry does not match its digest")
            data = orjson.loads(payload)
            if not isinstance(data, dict) or data.get("key") != key or data.get("format") != FORMAT:
                raise ValueError("not this entry")
            claims = self._decode(data["claims"])
            if claims and claims[0].content_id() != claims[0].id:
                raise ValueError("claim ids are computed another way")
            if path is not None and claims and claims[0].path != path:
                claims = [_moved(c, path) for c in claims]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        self._note(key, claims)
        return claims

    def _decode(self, rows: list[Any]) -> list[Claim]:
        """Claims from their rows, a column at a time: the per-value work runs in map() and
        comprehensions rather than a Python loop over every field of every claim."""
        if not isinstance(rows, list) or not all(
            isinstance(r, list) and len(r) == len(_FIELDS) for r in rows
        ):
            raise ValueError("bad claim rows")
        if not rows:
            return []
        columns: list[Any] = list(zip(*rows, strict=True))
        shared = self._strings.setdefault
        for i in _SHARED:  # text or None: None is shared too, harmlessly
            columns[i] = list(map(shared, columns[i], columns[i]))
        quotes: dict[str, str] = {}  # claims of one sentence quote it once, not once each
        columns[_QUOTE] = list(map(quotes.setdefault, columns[_QUOTE], columns[_QUOTE]))
        values = columns[_VALUE] = [shared(v, v) if v.__class__ is str else v for v in columns[_VALUE]]
        days = self._days
        columns[_AS_OF] = [
            None if day is None else days.get(day) or days.setdefault(day, dt.date.fromisoformat(day))
            for day in columns[_AS_OF]
        ]
        columns[_DERIVED] = map(tuple, columns[_DERIVED])
        # an exact figure's bounds are its value: one float object, not three
        columns[_LOW] = [v if low == v else low for low, v in zip(columns[_LOW], values, strict=True)]
        columns[_HIGH] = [v if high == v else high for high, v in zip(columns[_HIGH], values, strict=True)]
        return list(map(claim_from_values, zip(*columns, strict=True)))

    # --- the index of stamps: which files are known unchanged, without reading them ----------------

    def open_index(
        self, roots: Iterable[str | Path], before_claims: Callable[[int], None] | None = None
    ) -> None:
        """Read the index of stamps (discrep/corpus/stamps.py) kept for a check of these paths,
        then the pack of their claims; `before_claims` hears how many files the index knows first.

        Each corpus checked (the real paths given, the rules) has its own index, so checking two
        corpora in turn does not make each forget the other. An index that cannot be read, or does
        not match its digest, is ignored: every file is read again, and the index written afresh.
        """
        given = sorted(os.path.realpath(root) for root in roots)
        name = hashlib.sha256(
            "\x1f".join((__version__, str(FORMAT), self._rules, *given)).encode()
        ).hexdigest()
        self._index_path = os.path.join(self.folder, "index", name[:32] + ".json")
        self._known = {}
        self._stamps = {}
        with contextlib.suppress(OSError, ValueError, TypeError):
            with open(self._index_path, "rb") as handle:
                header, _, payload = handle.read().partition(b"\n")
            if hashlib.sha256(payload).hexdigest().encode("ascii") == header:
                known = orjson.loads(payload)
                if isinstance(known, dict):
                    self._known = known
        if before_claims is not None:
            before_claims(len(self._known))
        self._pack_path = self._index_path[: -len(".json")] + ".pack"
        self._packed = None

    def _pack(self) -> dict[str, list[Claim]]:
        """The claims of the pack beside the index, read once, when first needed."""
        if self._packed is None:
            self._packed = {}
            if self._pack_path is not None:
                with (
                    contextlib.suppress(OSError, cache_pack.PackError),
                    open(self._pack_path, "rb") as handle,
                ):
                    self._packed = cache_pack.read(handle, self._ordinals)
        return self._packed

    def recall(self, stamp: str) -> FileStatus | None:
        """The status of a file known by its stamp, when its claims are in the cache too (take()
        gives them); None: the file must be read."""
        row = self._known.get(stamp)
        try:
            key, shown, reason, outlet, published, suppressions = row  # type: ignore[misc]
            claims = self._pack().get(key)
            if claims is not None:
                self._note(key, claims)
            else:
                claims = self.get(key)
            if claims is None:
                return None
            if claims and claims[0].path != shown:  # two files of one text share an entry
                claims = [_moved(c, shown) for c in claims]
            status = FileStatus(
                shown,
                "checked",
                reason,
                outlet=outlet,
                published=None if published is None else dt.date.fromisoformat(published),
                suppressions=tuple(Suppression(*entry) for entry in suppressions),
            )
        except (TypeError, ValueError):
            return None
        self._recalled[stamp] = claims
        self._stamps[stamp] = row
        return status

    def take(self, stamp: str) -> list[Claim]:
        """The claims of the file recall() just knew by this stamp."""
        return self._recalled.pop(stamp)

    def remember(self, stamp: str, status: FileStatus, article: Article) -> None:
        """Note a file read in this run under its stamp, for the next run's index."""
        published = None if status.published is None else status.published.isoformat()
        suppressions = [[getattr(s, f.name) for f in fields(s)] for s in status.suppressions]
        row = [self.key(article), status.path, status.reason, status.outlet, published, suppressions]
        self._stamps[stamp] = row

    def _note(self, key: str, claims: list[Claim]) -> None:
        """Keep an article's claims for the pack save_index() may write (only once an index is open)."""
        if self._index_path is not None:
            self._seen[key] = claims

    def save_index(self) -> None:
        """Write the stamps of this run's files, if they are not those already written, and the
        pack of their claims when the one read lacks too many of them (see cache_pack.py)."""
        if self._index_path is None:
            return
        if self._stamps.keys() != self._known.keys():
            self._write(self._index_path, _signed(orjson.dumps(self._stamps)))
        keys = list(dict.fromkeys(row[0] for row in self._stamps.values()))
        if self._pack_path is not None and self._pack_is_stale(keys) and all(k in self._seen for k in keys):
            self._write_chunks(self._pack_path, cache_pack.write((key, self._seen[key]) for key in keys))
        # the run holds the claims on; the stamps and these lists of claims are not needed again
        # (at 100,000 articles, 60 MB that would stay through the checks and the report)
        self._seen, self._packed, self._known, self._stamps = {}, {}, {}, {}

    def _pack_is_stale(self, keys: list[str]) -> bool:
        """No pack, or one that lacks, or holds beyond, more than 1 in REWRITE_SHARE articles."""
        if not self._packed:
            return bool(keys)
        packed = sum(key in self._packed for key in keys)
        lacking, unused = len(keys) - packed, len(self._packed) - packed
        share = cache_pack.REWRITE_SHARE
        return lacking * share > len(keys) or unused * share > len(self._packed)

    def put(self, key: str, claims: list[Claim]) -> None:
        """Store atomically; a cache that cannot be written is skipped, not an error."""
        self._note(key, claims)
        payload = orjson.dumps({"format": FORMAT, "key": key, "claims": [_encode(c) for c in claims]})
        self._write(self._entry(key), _signed(payload))

    def _write(self, path: str, payload: bytes) -> None:
        self._write_chunks(path, (payload,))

    def _write_chunks(self, path: str, chunks: Iterable[bytes]) -> None:
        """Write atomically; a cache that cannot be written is skipped, not an error."""
        target = Path(path)
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "wb") as handle:
                    for chunk in chunks:
                        handle.write(chunk)
                os.replace(tmp, target)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
