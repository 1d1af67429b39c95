"""The pack (discrep/cache_pack.py): one file with the claims of every article a corpus's last
check knew. A re-check with it gives the report a check without the cache gives; a pack that
cannot be trusted is ignored and written afresh, and one that still serves is not rewritten."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import marshal
import shutil
from pathlib import Path

import pytest

from discrep import cache_pack
from discrep.corpus import loader
from discrep.model import Claim
from tests.cache_runs import json_report

pytestmark = pytest.mark.usefixtures("no_racy_window")


def _pack(cache_dir: Path) -> Path:
    (pack,) = (cache_dir / "index").glob("*.pack")
    return pack


def _claims(n: int) -> list[tuple[str, list[Claim]]]:
    """Articles' claims as the cache keys them: quantities, a venue, a derived sum, no claims."""
    keyed = []
    for i in range(n):
        day = dt.date(2022, 3, 1 + i % 28)
        claims = [
            Claim(f"a{i}.md", 3, 1, f"{i} killed", "quantity", "killed", float(i), "civilians", low=float(i),
                  high=float(i), as_of=day, claimant="un", outlet="Wire"),
            Claim(f"a{i}.md", 4, 9, "more than 5,000", "quantity", "killed", 5000.0, low=5000.0, high=None,
                  qualifier="at_least", derived_from=("c-1", "c-2"), sentence=2),
            Claim(f"a{i}.md", 5, 1, "in Gomel", "venue", "venue", "gomel", event="talks/round-1",
                  negated=True),
        ]  # fmt: skip
        keyed.append((f"key{i}", claims if i % 3 else []))
    return keyed


@pytest.mark.parametrize("segment", [1, 2, 1000])
def test_a_pack_reads_back_the_claims_it_was_written_with(
    monkeypatch: pytest.MonkeyPatch, segment: int
) -> None:
    monkeypatch.setattr(cache_pack, "SEGMENT", segment)
    keyed = _claims(7)
    data = b"".join(cache_pack.write(iter(keyed)))
    assert cache_pack.read(io.BytesIO(data), {}) == dict(keyed)


def _segments(data: bytes) -> tuple[bytes, list[bytes]]:
    handle = io.BytesIO(data)
    header, bodies = handle.readline(), []
    while line := handle.readline():
        bodies.append(handle.read(int(line.split()[1])))
    return header, bodies


def _framed(body: bytes) -> bytes:
    return hashlib.sha256(body).hexdigest().encode("ascii") + b" %d\n" % len(body) + body


def _with_first_claim_edited(data: bytes) -> bytes:
    """The pack with the first claim's value changed and the digest made to match: its stored id no
    longer is the one its content gives."""
    header, bodies = _segments(data)
    keys, counts, columns = marshal.loads(bodies[0])
    columns[6][0] = columns[6][0] + 1000 if isinstance(columns[6][0], float) else columns[6][0] + "x"
    return header + _framed(marshal.dumps((keys, counts, columns))) + b"".join(map(_framed, bodies[1:]))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: b"",
        lambda data: b"discrep-pack 0 py0.0\n" + data.split(b"\n", 1)[1],  # another format or Python
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # a flipped bit
        lambda data: data[: len(data) // 2],  # torn
        lambda data: data.split(b"\n", 1)[0] + b"\nnot a segment header\n",
        lambda data: data.split(b"\n", 1)[0] + b"\n" + _framed(marshal.dumps((["k"], [1], [[1]]))),  # shape
        lambda data: data.split(b"\n", 1)[0] + b"\n" + _framed(b"\x00not marshal"),
        _with_first_claim_edited,
    ],
    ids=["empty", "header", "bit", "torn", "segment-header", "shape", "not-marshal", "ids"],
)
def test_a_pack_that_cannot_be_trusted_is_ignored_and_written_afresh(
    corpus: Path, tmp_path: Path, spoil
) -> None:
    plain = json_report(corpus, None)
    cache_dir = tmp_path / "cache"
    json_report(corpus, cache_dir)
    pack = _pack(cache_dir)
    good = pack.read_bytes()
    pack.write_bytes(spoil(good))
    assert json_report(corpus, cache_dir) == plain
    assert _read(pack) == cache_pack.read(io.BytesIO(good), {})  # written afresh, holding the same


def _read(pack: Path) -> dict[str, list[Claim]]:
    with pack.open("rb") as handle:
        return cache_pack.read(handle, {})


def test_a_re_check_takes_every_claim_from_the_pack(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    plain = json_report(corpus, None)
    cache_dir = tmp_path / "cache"
    json_report(corpus, cache_dir)
    shutil.rmtree(cache_dir / "claims")  # the entries: only the pack is left
    read: list[str] = []
    monkeypatch.setattr(loader, "_read_bytes", lambda path, size, limit: read.append(path) or b"")
    assert json_report(corpus, cache_dir) == plain
    assert read == []


def test_a_pack_that_serves_is_not_rewritten(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    json_report(corpus, cache_dir)
    before = _pack(cache_dir).stat()
    json_report(corpus, cache_dir)
    after = _pack(cache_dir).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


@pytest.mark.parametrize(("share", "rewritten"), [(cache_pack.REWRITE_SHARE, True), (3, False)])
def test_the_pack_is_rewritten_once_it_lacks_more_than_a_share_of_the_articles(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, share: int, rewritten: bool
) -> None:
    # one article added to five: 1 in 6 lacking; rewritten when the share allows fewer than that
    monkeypatch.setattr(cache_pack, "REWRITE_SHARE", share)
    cache_dir = tmp_path / "cache"
    json_report(corpus, cache_dir)
    before = _pack(cache_dir).read_bytes()
    (corpus / "added.md").write_text("Officials said 12 people were killed on Tuesday.\n", encoding="utf-8")
    plain = json_report(corpus, None)
    assert json_report(corpus, cache_dir) == plain
    assert (_pack(cache_dir).read_bytes() != before) is rewritten
    assert json_report(corpus, cache_dir) == plain  # the added article from its entry, or from the pack
