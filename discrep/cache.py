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
    An entry is a small JSON file holding its own key and the claims. One that cannot be read,
    does not parse, holds another key, or whose claims do not rebuild to the same ids is ignored
    and written afresh: a corrupt cache costs time, never a wrong report. Writes go to a temporary
    file first and are moved into place with os.replace, so a crash or two runs at once never leave
    half an entry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import astuple, fields
from pathlib import Path
from typing import Any

from discrep import __version__
from discrep.model import Article, Claim
from discrep.ruleset import RuleSet

CACHE_DIR_NAME = ".discrep_cache"
FORMAT = 1
_FIELDS = [f.name for f in fields(Claim)]
_DATES = {"as_of"}


def rules_hash(rules: RuleSet) -> str:
    """A stable hash of the parts of a rule set that extraction reads (not checks: a new severity
    needs no re-read). Frozen dataclasses and dicts in file order: their repr is their content."""
    parts = (rules.metrics, rules.subjects, rules.claimants, rules.places, rules.events, rules.timelines)
    return hashlib.sha256(repr((*parts, rules.pronouns)).encode("utf-8")).hexdigest()


def article_key(article: Article, rules_digest: str) -> str:
    parts = [__version__, str(FORMAT), rules_digest, *(repr(v) for v in astuple(article))]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


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


def _decode(row: list[Any]) -> Claim:
    if not isinstance(row, list) or len(row) != len(_FIELDS):
        raise ValueError("bad claim row")
    values = dict(zip(_FIELDS, row, strict=True))
    for name in _DATES:
        if values[name] is not None:
            values[name] = dt.date.fromisoformat(values[name])
    values["derived_from"] = tuple(values["derived_from"])
    stored = values.pop("id")
    claim = Claim(**values)
    if claim.id != stored:  # the content hash does not hold: never trust it
        raise ValueError("claim id mismatch")
    return claim


class ClaimCache:
    """Claims per article, on disk, keyed by content."""

    def __init__(self, folder: Path, rules: RuleSet) -> None:
        self.folder = Path(folder)
        self._rules = rules_hash(rules)
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> str:
        return article_key(article, self._rules)

    def _path(self, key: str) -> Path:
        return self.folder / "claims" / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[Claim] | None:
        """The cached claims, or None when there are none (or none that can be trusted)."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("key") != key or data.get("format") != FORMAT:
                raise ValueError("not this entry")
            claims = [_decode(row) for row in data["claims"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return claims

    def put(self, key: str, claims: list[Claim]) -> None:
        """Store atomically; a cache that cannot be written is skipped, not an error."""
        target = self._path(key)
        payload = json.dumps(
            {"format": FORMAT, "key": key, "claims": [_encode(c) for c in claims]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(payload)
                os.replace(tmp, target)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
