"""--jobs: the report is byte-identical whatever the number of processes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from discrep.corpus import load
from discrep.engine import check
from discrep.model import Article
from discrep.parallel import CHUNK, MIN_ARTICLES, default_jobs, extract_many
from discrep.report import render
from discrep.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five articles and the invented corpora, copied until there are enough to split."""
    target = tmp_path_factory.mktemp("big")
    sources = sorted((ROOT / "corpus").glob("*.md")) + sorted((ROOT / "tests" / "fixtures").glob("*/*.md"))
    count = MIN_ARTICLES + CHUNK + 3  # more than one chunk per worker, and a ragged last one
    for n in range(count):
        text = sources[n % len(sources)].read_text(encoding="utf-8")
        # figures moved a little per copy, so the copies disagree and findings are many
        text = re.sub(r"\b(\d{1,3}),(\d{3})\b", lambda m, n=n: f"{int(m[1]) + n % 5},{m[2]}", text)
        (target / f"{n:03d}-{sources[n % len(sources)].name}").write_text(text, encoding="utf-8")
    return target


def test_extraction_is_the_same_over_processes(big_corpus: Path) -> None:
    rules = load_rules()
    articles, _ = load([big_corpus])
    assert len(articles) >= MIN_ARTICLES
    assert extract_many(articles, rules, jobs=2) == extract_many(articles, rules, jobs=1)


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_reports_are_byte_identical_whatever_the_jobs(big_corpus: Path, fmt: str) -> None:
    rules = load_rules()
    one = render(check([big_corpus], rules, jobs=1), fmt, rules)
    assert render(check([big_corpus], rules, jobs=2), fmt, rules) == one
    assert render(check([big_corpus], rules, jobs=3), fmt, rules) == one


def test_small_corpora_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no pool for a small corpus")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    rules = load_rules()
    articles, _ = load([ROOT / "corpus"])
    assert extract_many(articles, rules, jobs=8) == extract_many(articles, rules, jobs=1)
    assert extract_many([], rules, jobs=8) == []


def test_default_jobs_is_at_least_one() -> None:
    assert default_jobs() >= 1


def test_cli_jobs_option(big_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from discrep.cli import cli

    monkeypatch.chdir(tmp_path)
    args = ["check", str(big_corpus), "-f", "json", "--fail-on", "never", "--no-cache"]
    one = CliRunner().invoke(cli, [*args, "--jobs", "1"])
    two = CliRunner().invoke(cli, [*args, "-j", "2"])
    assert one.exit_code == 0, one.output
    assert one.output == two.output
    bad = CliRunner().invoke(cli, [*args, "--jobs", "0"])
    assert bad.exit_code == 2


def test_articles_are_taken_as_workers_need_them(big_corpus: Path) -> None:
    """A streamed corpus is never read whole ahead of the workers: memory stays bounded."""
    from discrep.parallel import IN_FLIGHT, iter_extract

    rules = load_rules()
    articles, _ = load([big_corpus])
    many = articles * 4
    pulled = 0

    def stream() -> Iterator[Article]:
        nonlocal pulled
        for article in many:
            pulled += 1
            yield article

    results = iter_extract(stream(), rules, jobs=2)
    first = next(results)
    assert first == extract_many(many[:1], rules)[0]
    assert pulled <= MIN_ARTICLES + 2 * IN_FLIGHT * CHUNK < len(many)
    assert [first, *results] == extract_many(many, rules, jobs=1)
    assert pulled == len(many)
