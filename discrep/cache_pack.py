"""The pack: the claims of every article a corpus's last check knew, in one file of the cache.

Why
    A warm re-check of 10,000 articles otherwise opens, hashes and parses 10,000 cache entries, a
    third of its time. The pack holds the same claims a column at a time, so a re-check reads one
    file and builds the claims with one `map(Claim, ...)` per segment. Entries stay the truth: an
    article the pack lacks is read from its entry, and a pack that cannot be trusted is ignored.

Format
    A header line (`discrep-pack`, the pack format, the Python version, since marshal's format is
    that Python's), then segments of up to SEGMENT articles. A segment is a line holding the
    SHA-256 digest and length of its body, then the body: `marshal` of (cache keys, claims per
    key, one column per Claim field). Dates are day ordinals. marshal is used because it reads a
    segment ten times faster than JSON and keeps shared strings shared; it is never given bytes
    whose digest does not match, so a torn or edited pack is refused, not trusted.

When it is written
    By the check that opened the index, when the articles it knew by stamp were not all in the
    pack: when there was no pack, or when more than one in REWRITE_SHARE of them came from
    entries instead, or more than one in REWRITE_SHARE of the pack's articles are no longer in the
    corpus. So one article added to a corpus of 10,000 does not rewrite 20 MB on every run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import marshal
import sys
from collections.abc import Iterable, Iterator
from dataclasses import fields
from typing import Any, BinaryIO

from discrep.model import Claim, claim_from_values

PACK_FORMAT = 1
SEGMENT = 2000  # articles per segment: a 100,000-article pack never sits in memory whole
REWRITE_SHARE = 50
_HEADER = f"discrep-pack {PACK_FORMAT} py{sys.version_info[0]}.{sys.version_info[1]}\n".encode("ascii")
_FIELDS = [f.name for f in fields(Claim)]
_AS_OF = _FIELDS.index("as_of")
_QUOTE = _FIELDS.index("quote")
_VALUE, _LOW, _HIGH = (_FIELDS.index(name) for name in ("value", "low", "high"))
# fields whose few distinct values repeat over thousands of claims: one string object each
TEXT_FIELDS = (
    "path", "kind", "metric", "subject", "event", "qualifier", "period", "claimant", "outlet", "modality",
    "note",
)  # fmt: skip
_TEXT = [_FIELDS.index(name) for name in TEXT_FIELDS]


class PackError(ValueError):
    """The pack cannot be trusted: it is ignored, and the entries read instead."""


def _segment(keys: list[str], claims: list[list[Claim]]) -> bytes:
    flat = [c for group in claims for c in group]
    columns: list[list[Any]] = [[getattr(c, name) for c in flat] for name in _FIELDS]
    # one object per distinct string: marshal then writes each once and reads it back shared
    strings: dict[Any, Any] = {}
    for i in (*_TEXT, _QUOTE, _VALUE):
        columns[i] = [strings.setdefault(v, v) if v.__class__ is str else v for v in columns[i]]
    values = columns[_VALUE]
    for i in (_LOW, _HIGH):  # an exact figure's bounds are its value: one number object, not three
        columns[i] = [v if bound == v else bound for bound, v in zip(columns[i], values, strict=True)]
    columns[_AS_OF] = [None if day is None else day.toordinal() for day in columns[_AS_OF]]
    return marshal.dumps((keys, [len(group) for group in claims], columns))


def write(keyed: Iterable[tuple[str, list[Claim]]]) -> Iterator[bytes]:
    """The pack of these articles' claims, a segment at a time (the cache writes it atomically)."""
    yield _HEADER
    batch: list[tuple[str, list[Claim]]] = []
    for item in keyed:
        batch.append(item)
        if len(batch) >= SEGMENT:
            yield _framed(batch)
            batch = []
    if batch:
        yield _framed(batch)


def _framed(batch: list[tuple[str, list[Claim]]]) -> bytes:
    body = _segment([key for key, _ in batch], [claims for _, claims in batch])
    return b"%s %d\n" % (hashlib.sha256(body).hexdigest().encode("ascii"), len(body)) + body


def _bodies(handle: BinaryIO) -> Iterator[bytes]:
    if handle.readline() != _HEADER:
        raise PackError("another pack format or Python version")
    while line := handle.readline():
        digest, _, size = line.rstrip(b"\n").partition(b" ")
        body = handle.read(int(size))
        if len(body) != int(size) or hashlib.sha256(body).hexdigest().encode("ascii") != digest:
            raise PackError("a segment does not match its digest")
        yield body


def read(handle: BinaryIO, days: dict[int, dt.date]) -> dict[str, list[Claim]]:
    """The claims of each cache key in a pack. Raises PackError when any part cannot be trusted.

    Equal strings within a segment are one object, as marshal wrote them; between segments only
    a few hundred short ones repeat (metrics, outlets), too few to be worth a lookup per claim.
    `days` is shared with the rest of the cache: each day read is one date object.
    """
    keyed: dict[str, list[Claim]] = {}
    try:
        for body in _bodies(handle):
            keys, counts, columns = marshal.loads(body)
            if len(columns) != len(_FIELDS) or len(keys) != len(counts):
                raise PackError("segment shape")
            columns[_AS_OF] = [
                None if day is None else days.get(day) or days.setdefault(day, dt.date.fromordinal(day))
                for day in columns[_AS_OF]
            ]
            claims = list(map(claim_from_values, zip(*columns, strict=True)))
            if claims and claims[0].content_id() != claims[0].id:
                raise PackError("claim ids are computed another way")
            at = 0
            for key, count in zip(keys, counts, strict=True):
                keyed[key] = claims[at : at + count]
                at += count
            if at != len(claims):
                raise PackError("segment counts")
    except (EOFError, TypeError, ValueError, IndexError, OverflowError) as error:
        raise PackError(str(error)) from error
    return keyed
