"""The claim cache: same report cold and warm, keys that change with what matters, no trust in garbage."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from discrep import cache as cache_module
from discrep.cache import ClaimCache, article_key, rules_hash
from discrep.corpus import load
from discrep.engine import check, extract_all
from discrep.report import render
from discrep.rules_model import RuleSet
from discrep.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent


def _json(paths: list[Path], cache_dir: Path | None) -> str:
    rules = load_rules()
    return render(check(paths, rules, cache_dir=cache_dir), "json", rules)


def _entries(folder: Path) -> list[Path]:
    return sorted((folder / "claims").rglob("*.json"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", target)
    shutil.copytree(ROOT / "tests" / "fixtures" / "quake", target / "quake")
    return target


def test_cold_and_warm_runs_give_the_same_report(corpus: Path, tmp_path: Path) -> None:
    plain = _json([corpus], None)
    cache_dir = tmp_path / "cache"
    assert _json([corpus], cache_dir) == plain
    assert len(_entries(cache_dir)) == 8  # one entry per article
    assert _json([corpus], cache_dir) == plain


def test_a_warm_run_reads_every_article_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    rules = load_rules()
    articles, _ = load([corpus])
    first = ClaimCache(tmp_path / "cache", rules)
    cold = extract_all(articles, rules, cache=first)
    assert (first.hits, first.misses) == (0, len(articles))
    second = ClaimCache(tmp_path / "cache", rules)
    assert extract_all(articles, rules, cache=second) == cold
    assert (second.hits, second.misses) == (len(articles), 0)


def test_claims_cached_under_another_path_are_read_with_this_one(corpus: Path, tmp_path: Path) -> None:
    # a check run from another directory, or a corpus moved: no article is read again, and every
    # claim has the path and the id a cold run gives it
    cache_dir = tmp_path / "cache"
    _json([corpus], cache_dir)
    moved = tmp_path / "moved"
    shutil.copytree(corpus, moved)
    rules = load_rules()
    articles, _ = load([moved])
    again = ClaimCache(cache_dir, rules)
    warm = extract_all(articles, rules, cache=again)
    assert (again.hits, again.misses) == (len(articles), 0)
    assert warm == extract_all(articles, rules)
    assert _json([moved], cache_dir) == _json([moved], None)


def test_two_files_of_one_text_keep_their_own_paths(corpus: Path, tmp_path: Path) -> None:
    first = next(iter(sorted(corpus.glob("*.md"))))
    shutil.copy(first, corpus / "copy-of-first.md")
    cache_dir = tmp_path / "cache"
    plain = _json([corpus], None)
    assert _json([corpus], cache_dir) == plain
    assert _json([corpus], cache_dir) == plain  # known by their stamps, from the pack


@pytest.mark.parametrize(
    "garbage",
    [b"", b"not json", b"\x00\xff\xfe", b"[]", b'{"format": 2}', b'{"format": 2, "key": "x", "claims": []}'],
)
def test_corrupt_entries_are_rebuilt_never_trusted(corpus: Path, tmp_path: Path, garbage: bytes) -> None:
    plain = _json([corpus], None)
    cache_dir = tmp_path / "cache"
    _json([corpus], cache_dir)
    for entry in _entries(cache_dir):
        entry.write_bytes(garbage)
    assert _json([corpus], cache_dir) == plain
    rules = load_rules()
    articles, _ = load([corpus])
    again = ClaimCache(cache_dir, rules)
    extract_all(articles, rules, cache=again)
    assert again.hits == len(articles)  # rewritten good


def _edit_entries(cache_dir: Path, edit: Callable[[list[list[Any]]], None], *, redigest: bool) -> None:
    """Apply `edit` to each entry's claim rows; with `redigest`, the digest line matches the edit."""
    for entry in _entries(cache_dir):
        _, payload = entry.read_text(encoding="utf-8").split("\n", 1)
        data = json.loads(payload)
        edit(data["claims"])
        edited = json.dumps(data).encode("utf-8")
        digest = hashlib.sha256(edited if redigest else b"edited").hexdigest()
        entry.write_bytes(digest.encode("ascii") + b"\n" + edited)


def test_an_entry_whose_claims_were_edited_is_not_trusted(corpus: Path, tmp_path: Path) -> None:
    def raise_values(rows: list[list[Any]]) -> None:
        for row in rows:
            if isinstance(row[6], float):
                row[6] += 1000  # the value; the stored id still says otherwise

    plain = _json([corpus], None)
    cache_dir = tmp_path / "cache"
    _json([corpus], cache_dir)
    _edit_entries(cache_dir, raise_values, redigest=False)
    assert _json([corpus], cache_dir) == plain


def test_an_entry_whose_ids_were_computed_another_way_is_not_trusted(corpus: Path, tmp_path: Path) -> None:
    def change_first(rows: list[list[Any]]) -> None:
        rows[0][6] = rows[0][6] + 1000 if isinstance(rows[0][6], float) else rows[0][6] + "x"

    plain = _json([corpus], None)
    cache_dir = tmp_path / "cache"
    _json([corpus], cache_dir)
    _edit_entries(cache_dir, change_first, redigest=True)  # the digest matches; the first id does not
    assert _json([corpus], cache_dir) == plain


def test_the_key_follows_text_metadata_rules_and_version(
    monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    from dataclasses import replace

    rules = load_rules()
    article = load([corpus])[0][0]
    digest = rules_hash(rules)
    key = article_key(article, digest)
    assert article_key(article, digest) == key
    assert article_key(replace(article, text=article.text + " "), digest) != key
    assert article_key(replace(article, outlet="Other"), digest) != key
    assert article_key(replace(article, published=None), digest) != key
    # the path is displayed relative to where discrep runs: the claims are given it when read
    assert article_key(replace(article, path="elsewhere.md"), digest) == key
    extra = replace(rules, pronouns=(*rules.pronouns, "the envoy"))
    assert article_key(article, rules_hash(extra)) != key
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    assert article_key(article, digest) != key


@pytest.mark.parametrize("section", [f.name for f in dataclasses.fields(RuleSet) if f.name != "checks"])
def test_every_rule_section_but_the_checks_is_in_the_key(section: str) -> None:
    rules = load_rules()
    value = getattr(rules, section)
    changed = (
        {**value, "a-new-entry": next(iter(value.values()))} if isinstance(value, Mapping) else (*value, "x")
    )
    assert rules_hash(dataclasses.replace(rules, **{section: changed})) != rules_hash(rules)


def test_the_checks_settings_are_not_in_the_key() -> None:
    rules = load_rules()
    assert rules_hash(dataclasses.replace(rules, checks={})) == rules_hash(rules)


def test_writes_leave_no_temporary_files(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    _json([corpus], cache_dir)
    assert not [p for p in cache_dir.rglob("*") if p.name.startswith(".tmp-")]


def test_an_unwritable_cache_is_skipped(corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert _json([corpus], blocker) == _json([corpus], None)


def test_a_cache_inside_the_checked_folder_is_not_listed(corpus: Path) -> None:
    plain = _json([corpus], None)
    inside = corpus / ".discrep_cache"
    _json([corpus], inside)
    assert _entries(inside)
    assert _json([corpus], inside) == plain


def test_cli_cache_options(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from discrep.cli import cli

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    plain = runner.invoke(cli, ["check", str(corpus), "-f", "json", "--no-cache", "--fail-on", "never"])
    assert plain.exit_code == 0, plain.output
    assert not (tmp_path / ".discrep_cache").exists()
    default = runner.invoke(cli, ["check", str(corpus), "-f", "json", "--fail-on", "never"])
    assert default.output == plain.output
    assert _entries(tmp_path / ".discrep_cache")
    chosen = runner.invoke(
        cli, ["check", str(corpus), "-f", "json", "--fail-on", "never", "--cache-dir", str(tmp_path / "c2")]
    )
    assert chosen.output == plain.output
    assert _entries(tmp_path / "c2")


@pytest.mark.parametrize("command", [["claims"], ["baseline", "-o", "BASELINE"]])
def test_every_corpus_command_shares_the_cache_and_jobs(
    corpus: Path, tmp_path: Path, command: list[str]
) -> None:
    from click.testing import CliRunner

    from discrep.cli import cli

    runner = CliRunner()
    args = [a.replace("BASELINE", str(tmp_path / "baseline.json")) for a in command]
    plain = runner.invoke(cli, [*args, str(corpus), "--no-cache", "--jobs", "1"])
    assert plain.exit_code == 0, plain.output
    cached = runner.invoke(cli, [*args, str(corpus), "--cache-dir", str(tmp_path / "c"), "--jobs", "2"])
    assert cached.exit_code == 0, cached.output
    assert cached.stdout == plain.stdout
    assert len(_entries(tmp_path / "c")) == 8


def test_edited_code_at_the_same_version_reads_every_article_again(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, tmp_path: Path
) -> None:
    # a checkout edited between two runs keeps its version: claims extracted by the old code must
    # not be reused (the hash is of file contents, so a reinstall of the same files keeps the cache)
    real = cache_module.code_hash
    assert real.__wrapped__() == real.__wrapped__()  # type: ignore[attr-defined]
    cache_dir = tmp_path / "cache"
    rules = load_rules()
    article = load([corpus])[0][0]
    before = ClaimCache(cache_dir, rules).key(article)
    monkeypatch.setattr(cache_module, "code_hash", lambda: "edited")
    assert ClaimCache(cache_dir, rules).key(article) != before
