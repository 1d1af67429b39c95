"""Time `discrep check` end to end, as a user runs it, on synthetic corpora. Run by hand; prints figures.

    python benchmarks/bench_e2e.py [SIZES...] [--jobs 1,2] [--keep DIR] [--skip-cold]

--skip-cold leaves out the --no-cache runs and, when --keep DIR already holds the cache of that
size, the run that writes it (a 100k-article cache takes about nine minutes to write).

SIZES are numbers of articles (default: 1000 10000). For each size the seeded generator
(gen_corpus.py) writes a corpus, then each run is a fresh `discrep check CORPUS -f json` process:

    cold        --no-cache, once per --jobs value: MB/s, articles/s, peak RSS
    populate    an empty --cache-dir: a first run that also writes the cache
    warm        the same again: every article from the cache
    +1 article  one article added, then re-run with the cache
    +1 github   another article added, re-run with the cache and `-f github` (what a CI gate prints)

Wall-clock and CPU seconds (user + system, all processes) are both given: on a busy machine the
first is inflated and the second much less. Peak RSS is the largest resident set of any one
process of the run (the CLI or one of its workers; getrusage of a fresh wrapper's children).
discrep is byte-compiled first, as pip does on install. `discrep --help` and `--version` are timed
too (best of 10), and the 5-article check with and without the regex cache of an earlier run
(regex_cache.py). One cold run reads prose like real news (news_like: corpus/ copied, as the
generator's text reads faster). The figures go in the README's "### Measured" section, with the
machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import write_corpus

DISCREP = str(Path(sys.executable).with_name("discrep"))
_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "t = time.perf_counter() - t\n"
    "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(t, r.ru_utime + r.ru_stime, r.ru_maxrss, code)\n"
)


def run(args: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one `discrep` process and its workers."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, DISCREP, *args], capture_output=True, text=True)
    seconds, cpu, rss_kb, code = out.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"discrep {' '.join(args)} failed with exit status {code}")
    return float(seconds), float(cpu), int(rss_kb) / 1024


def best_of(args: list[str], n: int = 10, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run([DISCREP, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return min(times)


def as_installed() -> None:
    """Byte-compile discrep, as pip does when it installs a wheel. An editable install under
    PYTHONDONTWRITEBYTECODE (set on some CI machines) would otherwise compile every module from
    source in every process, about a tenth of a second that no installed copy pays."""
    import compileall

    import discrep

    compileall.compile_dir(str(Path(discrep.__file__).parent), quiet=1)


def add_article(corpus: Path, index: int) -> Path:
    """Article `index` of the seeded series, under a name no earlier run used: never in the cache."""
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), index + 1, start=index)
        (written,) = Path(tmp).rglob("*.md")
        target = corpus / "added" / f"{written.stem}-{os.getpid()}-{time.time_ns()}.md"
        target.parent.mkdir(exist_ok=True)
        shutil.move(written, target)
    return target


def bench(size: int, jobs: list[int], work: Path, skip_cold: bool) -> list[dict[str, object]]:
    corpus = work / f"corpus-{size}"
    if not corpus.exists():
        write_corpus(corpus, size)
    mb = sum(p.stat().st_size for p in corpus.rglob("*.md")) / 1e6
    check = ["check", str(corpus), "-f", "json", "--fail-on", "never"]
    rows: list[dict[str, object]] = []

    def row(what: str, seconds: float, cpu: float, rss: float, articles: int = size) -> None:
        rows.append(
            {
                "articles": articles,
                "MB": round(mb, 1),
                "run": what,
                "s": round(seconds, 2),
                "cpu s": round(cpu, 2),
                "MB/s": round(mb / seconds, 2),
                "MB per cpu s": round(mb / cpu, 2),
                "articles/s": round(articles / seconds),
                "peak RSS MB": round(rss),
            }
        )
        print(json.dumps(rows[-1]), flush=True)

    if not skip_cold:
        for n in jobs:
            row(f"cold, --no-cache --jobs {n}", *run([*check, "--no-cache", "--jobs", str(n)]))
    cache = work / f"cache-{size}"
    n = max(jobs)
    if not (skip_cold and cache.exists()):  # --skip-cold with --keep reuses a cache already written
        shutil.rmtree(cache, ignore_errors=True)
        row(
            f"cold, writing the cache, --jobs {n}",
            *run([*check, "--cache-dir", str(cache), "--jobs", str(n)]),
        )
    row(f"warm, all cached, --jobs {n}", *run([*check, "--cache-dir", str(cache), "--jobs", str(n)]))
    added = [add_article(corpus, size)]  # one more article, new to the cache
    row(
        f"one article added, --jobs {n}",
        *run([*check, "--cache-dir", str(cache), "--jobs", str(n)]),
        articles=size + 1,
    )
    # the CI gate's case: another new article, annotations instead of the 100-MB JSON of every claim
    added.append(add_article(corpus, size + 1))
    github = ["check", str(corpus), "-f", "github", "--fail-on", "never", "--cache-dir", str(cache)]
    row(f"one more added, -f github, --jobs {n}", *run([*github, "--jobs", str(n)]), articles=size + 2)
    for path in added:
        path.unlink()
    (corpus / "added").rmdir()
    return rows


NEWS_COPIES = 40


def news_like(work: Path, small: Path) -> None:
    """Throughput on prose like real news: corpus/'s five retold articles, each copied NEWS_COPIES
    times. The generator's articles are denser in figures but simpler in their sentences, and read
    two to three times faster per MB than real news does."""
    news = work / "news-like"
    shutil.rmtree(news, ignore_errors=True)
    for copy in range(NEWS_COPIES):
        folder = news / f"copy-{copy:02d}"
        folder.mkdir(parents=True)
        for article in sorted(small.glob("*.md")):
            shutil.copy(article, folder / article.name)
    mb = sum(p.stat().st_size for p in news.rglob("*.md")) / 1e6
    articles = len(list(news.rglob("*.md")))
    check = ["check", str(news), "-f", "json", "--fail-on", "never", "--no-cache", "--jobs", "1"]
    seconds, cpu, rss = run(check)
    print(
        f"news-like prose ({articles} articles, {mb:.2f} MB, --no-cache --jobs 1): {seconds:.2f} s, "
        f"{mb / seconds:.2f} MB/s, {mb / cpu:.2f} MB per CPU s, peak RSS {rss:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Time `discrep check` end to end on synthetic corpora (see the module docstring)."
    )
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000], help="articles per corpus")
    parser.add_argument(
        "--jobs",
        type=lambda text: [int(j) for j in text.split(",")],
        default=[1, os.cpu_count() or 1],
        help="comma-separated --jobs values for the cold runs (default: 1 and the number of cores)",
    )
    parser.add_argument("--keep", type=Path, help="keep corpora and caches in this folder")
    parser.add_argument("--skip-cold", action="store_true", help="leave out the --no-cache runs")
    options = parser.parse_args()
    sizes, keep, skip_cold = options.sizes, options.keep, options.skip_cold
    jobs = sorted(set(options.jobs))
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    as_installed()
    help_ms, version_ms = best_of(["--help"]) * 1000, best_of(["--version"]) * 1000
    print(f"discrep --help: {help_ms:.0f} ms, --version: {version_ms:.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        small = work / "five"
        shutil.copytree(Path(__file__).resolve().parent.parent / "corpus", small, dirs_exist_ok=True)
        check_small = ["check", str(small), "--no-cache"]
        first = best_of(check_small, 5, {**os.environ, "DISCREP_REGEX_CACHE": "off"})
        best_of(check_small, 1)  # fills the regex cache (regex_cache.py), as a user's first run does
        cold = best_of(check_small, 5)
        print(
            f"discrep check corpus/ (5 articles, table, --no-cache): {cold:.2f} s; "
            f"{first:.2f} s with no regex cache (a machine's first run)"
        )
        news_like(work, small)
        for size in sizes:
            bench(size, jobs, work, skip_cold)


if __name__ == "__main__":
    main()
