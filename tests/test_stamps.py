"""The cache's index of stamps: a re-check reads only the files it cannot tell are unchanged.

The report with the index must always be the report without it; these tests change a file in every
way a stamp must notice (its bytes, even at the same size and modification time; its manifest
entry; its name as shown) and check both that unchanged files are not read and that changed ones
are.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrep import cache_pack
from discrep.corpus import loader, stamps
from discrep.engine import check
from discrep.report import render
from discrep.ruleset import load_rules
from tests.cache_runs import json_report

pytestmark = pytest.mark.usefixtures("no_racy_window")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the articles the loader reads."""
    read: list[str] = []
    real = loader._read_bytes

    def counted(path: str, size: int, limit: int) -> bytes:
        read.append(Path(path).name)
        return real(path, size, limit)

    monkeypatch.setattr(loader, "_read_bytes", counted)
    return read


def test_a_re_check_reads_no_unchanged_file(corpus: Path, tmp_path: Path, reads: list[str]) -> None:
    plain = json_report(corpus, None)
    reads.clear()
    assert json_report(corpus, tmp_path / "cache") == plain
    assert len(reads) == 5
    reads.clear()
    assert json_report(corpus, tmp_path / "cache") == plain
    assert reads == []


def test_a_file_changed_at_the_same_size_and_time_is_read_again(
    corpus: Path, tmp_path: Path, reads: list[str]
) -> None:
    json_report(corpus, tmp_path / "cache")
    article = corpus / "2022-03-02-usnews.md"
    before = os.stat(article)
    text = article.read_text(encoding="utf-8")
    changed = text.replace("498", "497")
    assert changed != text and len(changed) == len(text)
    article.write_text(changed, encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time still moves
    reads.clear()
    report = json_report(corpus, tmp_path / "cache")
    assert reads == ["2022-03-02-usnews.md"]
    assert report == json_report(corpus, None)
    assert '"value": 497' in report


def test_a_changed_manifest_entry_reads_its_article_again(
    corpus: Path, tmp_path: Path, reads: list[str]
) -> None:
    bare = corpus / "bare.txt"
    bare.write_text("Officials said 12 people were killed on Tuesday.\n", encoding="utf-8")
    manifest = corpus / "manifest.csv"
    manifest.write_text("file,outlet,published\nbare.txt,Wire A,2022-03-01\n", encoding="utf-8")
    json_report(corpus, tmp_path / "cache")
    manifest.write_text("file,outlet,published\nbare.txt,Wire B,2022-03-01\n", encoding="utf-8")
    reads.clear()
    report = json_report(corpus, tmp_path / "cache")
    assert reads == ["bare.txt"]
    assert "Wire B" in report and "Wire A" not in report
    assert report == json_report(corpus, None)


def test_a_file_shown_by_another_name_is_read_again(
    corpus: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    rules = load_rules()
    first = render(check([Path("corpus")], rules, cache_dir=tmp_path / "cache"), "json", rules)
    assert '"path": "corpus/' in first
    monkeypatch.chdir(corpus)
    reads.clear()
    again = render(check([Path(".")], rules, cache_dir=tmp_path / "cache"), "json", rules)
    assert len(reads) == 5  # the names shown changed: the statuses known no longer apply
    assert again == render(check([Path(".")], rules), "json", rules)


def test_a_file_changed_within_the_racy_window_has_no_stamp(
    corpus: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stamps, "RACY_NS", 3600 * 10**9)  # everything is "just written"
    json_report(corpus, tmp_path / "cache")
    reads.clear()
    json_report(corpus, tmp_path / "cache")
    assert len(reads) == 5
    assert not (tmp_path / "cache" / "index").exists()


@pytest.mark.parametrize("garbage", [b"", b"not json", b"0" * 64 + b"\n{}", b"\xff\xfe"])
def test_a_corrupt_index_is_ignored_and_rewritten(
    corpus: Path, tmp_path: Path, reads: list[str], garbage: bytes
) -> None:
    plain = json_report(corpus, None)
    json_report(corpus, tmp_path / "cache")
    (index,) = (tmp_path / "cache" / "index").glob("*.json")
    index.write_bytes(garbage)
    reads.clear()
    assert json_report(corpus, tmp_path / "cache") == plain
    assert len(reads) == 5
    reads.clear()
    assert json_report(corpus, tmp_path / "cache") == plain
    assert reads == []


def test_a_stamp_whose_claims_are_gone_reads_its_file(corpus: Path, tmp_path: Path, reads: list[str]) -> None:
    plain = json_report(corpus, None)
    json_report(corpus, tmp_path / "cache")
    shutil.rmtree(tmp_path / "cache" / "claims")
    for pack in (tmp_path / "cache" / "index").glob("*.pack"):
        pack.unlink()
    reads.clear()
    assert json_report(corpus, tmp_path / "cache") == plain
    assert len(reads) == 5


def test_the_stamp_follows_what_the_article_depends_on(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("x", encoding="utf-8")
    info = os.stat(path)
    later = info.st_ctime_ns + 10**12
    base = stamps.stamp(str(path), "a.md", info, {}, later, "2026-01-01")
    assert base is not None
    assert stamps.stamp(str(path), "a.md", info, {}, later, "2026-01-01") == base
    assert stamps.stamp(str(path), "b/a.md", info, {}, later, "2026-01-01") != base
    assert stamps.stamp(str(path), "a.md", info, {"outlet": "X"}, later, "2026-01-01") != base
    assert stamps.stamp(str(path), "a.md", info, {}, later, "2026-01-02") != base
    assert stamps.stamp(str(path), "a.md", info, {}, info.st_mtime_ns, "2026-01-01") is None


# --- any sequence of edits: the re-check with the index is the check without it ------------------

_TEXTS = [
    "Officials said 12 people were killed on Tuesday.",
    "Officials said 21 people were killed on Tuesday.",
    "The ministry said at least 30 people had died by Wednesday.",
    "Talks will be held in Minsk on Thursday, an aide said.",
]
_EDITS = st.lists(
    st.tuples(
        st.sampled_from(["write", "same-size", "touch", "delete", "rename", "manifest"]),
        st.integers(min_value=0, max_value=3),
        st.integers(min_value=0, max_value=len(_TEXTS) - 1),
    ),
    min_size=1,
    max_size=4,
)


@pytest.mark.parametrize("pack_share", [cache_pack.REWRITE_SHARE, 0], ids=["pack-rewritten", "pack-kept"])
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=_EDITS)
def test_any_edits_give_the_report_of_a_check_without_the_cache(
    tmp_path_factory, monkeypatch, pack_share, edits
) -> None:
    # pack-kept: the pack of the first run is never rewritten, so changed files' claims come from
    # entries beside a pack that holds their old claims, or claims of files no longer there
    monkeypatch.setattr(cache_pack, "REWRITE_SHARE", pack_share)
    root = tmp_path_factory.mktemp("edits")
    corpus, cache = root / "corpus", root / "cache"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.md").write_text(_TEXTS[i], encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet,published\na0.md,Wire,2022-03-01\n", encoding="utf-8")
    json_report(corpus, cache)
    for what, which, text in edits:
        path = corpus / f"a{which}.md"
        if what == "write":
            path.write_text(_TEXTS[text], encoding="utf-8")
        elif what == "same-size" and path.exists():
            before = os.stat(path)
            old = path.read_text(encoding="utf-8")
            path.write_text(old.replace("1", "2").replace("3", "4"), encoding="utf-8")
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        elif what == "touch" and path.exists():
            os.utime(path)
        elif what == "delete" and path.exists():
            path.unlink()
        elif what == "rename" and path.exists():
            path.rename(corpus / f"renamed-{which}-{text}.md")
        elif what == "manifest":
            published = f"2022-03-0{text + 1}"
            rows = f"file,outlet,published\na{which}.md,Wire {text},{published}\n"
            (corpus / "manifest.csv").write_text(rows, encoding="utf-8")
        assert json_report(corpus, cache) == json_report(corpus, None)


def test_a_recalled_status_keeps_the_articles_metadata_and_suppressions(
    corpus: Path, tmp_path: Path, reads: list[str]
) -> None:
    (corpus / "accepts.md").write_text(
        "---\noutlet: Wire\npublished: 2022-03-09\ndiscrep:\n  accept:\n"
        "    - {rule: tally/contradiction, metric: killed, reason: a known error}\n---\n"
        "Officials said 12 people were killed on Tuesday.\n",
        encoding="utf-8",
    )
    rules = load_rules()
    plain = check([corpus], rules)
    check([corpus], rules, cache_dir=tmp_path / "cache")
    reads.clear()
    recalled = check([corpus], rules, cache_dir=tmp_path / "cache")
    assert reads == []  # every status below was recalled, none read
    assert recalled.articles == plain.articles
    (status,) = [s for s in recalled.articles if s.path.endswith("accepts.md")]
    assert (status.outlet, str(status.published), status.suppressions[0].reason) == (
        "Wire",
        "2022-03-09",
        "a known error",
    )


def test_a_run_that_knows_no_file_by_its_stamp_never_reads_the_pack(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = json_report(corpus, None)
    json_report(corpus, tmp_path / "cache")
    packs: list[object] = []
    real_read = cache_pack.read
    monkeypatch.setattr(cache_pack, "read", lambda *args: packs.append(args) or real_read(*args))
    assert json_report(corpus, tmp_path / "cache") == plain  # every file known: the pack is read
    assert len(packs) == 1
    for path in corpus.rglob("*.md"):  # every stamp changes, and no text
        info = path.stat()
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - 10**9))
    assert json_report(corpus, tmp_path / "cache") == plain  # claims from the entries alone
    assert len(packs) == 1
