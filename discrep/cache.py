"""A content-hash cache of the claims extracted from each article, for fast re-checks.

Where
    `.discrep_cache/` in the current directory (as pytest, mypy and ruff keep theirs), or the folder
    given with `--cache-dir`; `--no-cache` turns it off. Files under a folder named `.discrep_cache`
    are never articles, so a check of `.` does not list them.

Key
    A SHA-256 of the discrep version, the cache format, a hash of the rule set, and everything the
    loader knows about the article (its path as displayed, text, outlet, publication date, title,
    URL, first line, ...). Change any of them and the article is read again; nothing is ever
    invalidated by time. Old entries are not removed: delete the folder to reclaim the space.

Trust
    An entry is a small JSON file holding its own key, the claims and a SHA-256 digest of them.
    One that cannot be read, does not parse, holds another key, whose claims do not hash to the
    digest, or whose first claim does not rebuild to its stored id (ids computed another way) is
    ignored and written afresh: a corrupt cache costs time, never a wrong report. Writes go to a
    temporary file first and are moved into place with os.replace, so a crash or two runs at once
    never leave half an entry.

Speed and memory
    Entries are read and written with orjson. Repeated strings (paths, outlets, metrics, claimants)
    and dates are shared between the claims read, so the claims of a 100,000-article corpus fit in
    memory; a warm run of 10,000 articles reads its 116,000 claims in well under a second.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any

import orjson

from discrep import __version__
from discrep.model import Article, Claim
from discrep.ruleset import RuleSet

CACHE_DIR_NAME = ".discrep_cache"
FORMAT = 2
_FIELDS = [f.name for f in fields(Claim)]
_ARTICLE_FIELDS = [f.name for f in fields(Article)]
_AS_OF = _FIELDS.index("as_of")
_VALUE, _LOW, _HIGH = (_FIELDS.index(name) for name in ("value", "low", "high"))
_DERIVED = _FIELDS.index("derived_from")
# fields whose few distinct values repeat over thousands of claims: one string object each
_SHARED_FIELDS = "path kind metric value subject event qualifier period claimant outlet modality note"
_SHARED = [_FIELDS.index(name) for name in _SHARED_FIELDS.split()]


def rules_hash(rules: RuleSet) -> str:
    """A stable hash of the parts of a rule set that extraction reads (not checks: a new severity
    needs no re-read). Frozen dataclasses and dicts in file order: their repr is their content."""
    parts = (rules.metrics, rules.subjects, rules.claimants, rules.places, rules.events, rules.timelines)
    return hashlib.sha256(repr((*parts, rules.pronouns)).encode("utf-8")).hexdigest()


def article_key(article: Article, rules_digest: str) -> str:
    digest = hashlib.sha256("\x1f".join((__version__, str(FORMAT), rules_digest)).encode("utf-8"))
    for name in _ARTICLE_FIELDS:
        value = getattr(article, name)
        # text as it is (repr of 4 KB escapes every character), the rest by repr; "s"/"r" tell
        # the outlet "None" from no outlet
        text = isinstance(value, str)
        part = value if text else repr(value)
        digest.update(b"\x1f%s=%s%d:" % (name.encode("ascii"), b"s" if text else b"r", len(part)))
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


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
        self._rules = rules_hash(rules)
        self.hits = 0
        self.misses = 0
        self._strings: dict[str, str] = {}
        self._days: dict[str, dt.date] = {}

    def key(self, article: Article) -> str:
        return article_key(article, self._rules)

    def _path(self, key: str) -> Path:
        return Path(self._entry(key))

    def _entry(self, key: str) -> str:
        # strings and os calls, not pathlib: a warm run of 10,000 articles reads 10,000 entries
        return os.path.join(self._claims, key[:2], key + ".json")

    def _read(self, key: str) -> bytes:
        fd = os.open(self._entry(key), os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            size = os.fstat(fd).st_size
            chunks = [os.read(fd, size + 1)]  # one call for a file that did not change meanwhile
            while chunks[-1]:
                chunks.append(os.read(fd, 1 << 20))
            return b"".join(chunks)
        finally:
            os.close(fd)

    def get(self, key: str) -> list[Claim] | None:
        """The cached claims, or None when there are none (or none that can be trusted)."""
        try:
            data = orjson.loads(self._read(key))
            if not isinstance(data, dict) or data.get("key") != key or data.get("format") != FORMAT:
                raise ValueError("not this entry")
            rows = data["claims"]
            if hashlib.sha256(orjson.dumps(rows)).hexdigest() != data.get("digest"):
                raise ValueError("claims do not match their digest")
            claims = [self._decode(row) for row in rows]
            if claims and claims[0].content_id() != claims[0].id:
                raise ValueError("claim ids are computed another way")
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return claims

    def _decode(self, row: list[Any]) -> Claim:
        if not isinstance(row, list) or len(row) != len(_FIELDS):
            raise ValueError("bad claim row")
        for i in _SHARED:
            value = row[i]
            if isinstance(value, str):
                row[i] = self._strings.setdefault(value, value)
        day = row[_AS_OF]
        if day is not None:
            row[_AS_OF] = self._days.get(day) or self._days.setdefault(day, dt.date.fromisoformat(day))
        row[_DERIVED] = tuple(row[_DERIVED])
        value = row[_VALUE]  # an exact figure's bounds are its value: one float object, not three
        if row[_LOW] == value:
            row[_LOW] = value
        if row[_HIGH] == value:
            row[_HIGH] = value
        return Claim(*row)

    def put(self, key: str, claims: list[Claim]) -> None:
        """Store atomically; a cache that cannot be written is skipped, not an error."""
        target = self._path(key)
        rows = [_encode(c) for c in claims]
        payload = orjson.dumps(
            {
                "format": FORMAT,
                "key": key,
                "digest": hashlib.sha256(orjson.dumps(rows)).hexdigest(),
                "claims": rows,
            }
        )
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(payload)
                os.replace(tmp, target)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
