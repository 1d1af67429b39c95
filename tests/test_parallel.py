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


def _recheck_with_one_added(corpus: Path, tmp_path: Path, jobs: int) -> str:
    """The JSON report of a re-check, with the cache, after one article is added to `corpus`."""
    rules = load_rules()
    cache_dir = tmp_path / f"cache-{jobs}"
    check([corpus], rules, jobs=jobs, cache_dir=cache_dir)
    added = corpus / "zz-added.md"
    source = sorted((ROOT / "corpus").glob("*.md"))[0].read_text(encoding="utf-8")
    added.write_text(source + "\nMore: 7 killed.\n", encoding="utf-8")
    try:
        return render(check([corpus], rules, jobs=jobs, cache_dir=cache_dir), "json", rules)
    finally:
        added.unlink()


@pytest.mark.parametrize("works", [True, False])
def test_a_warm_worker_reads_the_new_articles_of_a_big_recheck(
    big_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, works: bool
) -> None:
    import multiprocessing

    import discrep.engine as engine
    import discrep.parallel as parallel

    monkeypatch.setattr(engine, "WARM_MIN_ARTICLES", 10)  # the test corpus is small
    asked: list[int] = []
    real_extract = parallel.WarmWorker.extract

    def spy(self: parallel.WarmWorker, articles: list[Article]) -> object:
        asked.append(len(articles))
        return real_extract(self, articles) if works else None  # None: as a worker that failed

    monkeypatch.setattr(parallel.WarmWorker, "extract", spy)
    expected = _recheck_with_one_added(big_corpus, tmp_path, jobs=1)
    assert asked == []  # one job: no worker
    assert _recheck_with_one_added(big_corpus, tmp_path, jobs=2) == expected
    assert asked == [1]  # the first check had no cache to read; the re-check sent it the new one
    assert multiprocessing.active_children() == []  # stopped once the check is done


def test_an_unused_warm_worker_is_stopped(
    big_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    import discrep.engine as engine

    monkeypatch.setattr(engine, "WARM_MIN_ARTICLES", 10)
    rules = load_rules()
    first = render(check([big_corpus], rules, jobs=2, cache_dir=tmp_path), "json", rules)
    assert (
        render(check([big_corpus], rules, jobs=2, cache_dir=tmp_path), "json", rules) == first
    )  # nothing new
    assert multiprocessing.active_children() == []
