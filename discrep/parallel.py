"""Extract claims from many articles over several processes.

`iter_extract(articles, rules, jobs)` yields one list of claims per article, in the order given,
so the report is byte-identical whatever the number of jobs. Below MIN_ARTICLES articles, or with
jobs=1, it runs in this process: starting workers costs more than it saves on a small corpus.
Workers are started with the platform's default method; each compiles the rules once. The
extractor is imported on first use, so a run served from the cache never compiles its grammars.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from discrep.model import Article, Claim
from discrep.ruleset import RuleSet

if TYPE_CHECKING:
    from discrep.extract import Vocabulary

MIN_ARTICLES = 50  # fewer than this: one process
CHUNK = 16  # articles per task: large enough to amortise pickling, small enough to balance load

_vocab: Vocabulary | None = None


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init(rules: RuleSet) -> None:
    from discrep.extract import compile_rules

    global _vocab
    _vocab = compile_rules(rules)


def _extract_chunk(articles: list[Article]) -> list[list[Claim]]:
    from discrep.extract import extract

    assert _vocab is not None
    return [extract(article, _vocab) for article in articles]


def _chunks(items: Sequence[Article], size: int) -> Iterator[list[Article]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def iter_extract(articles: Sequence[Article], rules: RuleSet, jobs: int = 1) -> Iterator[list[Claim]]:
    """Claims of each article, in order; over `jobs` processes when there are enough articles."""
    if not articles:
        return  # all from the cache: the grammars need not even be imported
    if jobs <= 1 or len(articles) < MIN_ARTICLES:
        from discrep.extract import compile_rules, extract  # here: a cached run needs neither

        vocab = compile_rules(rules)
        for article in articles:
            yield extract(article, vocab)
        return
    from concurrent.futures import ProcessPoolExecutor  # here: only big corpora pay for it

    workers = min(jobs, max(1, len(articles) // CHUNK))
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(rules,)) as pool:
        for chunk in pool.map(_extract_chunk, _chunks(articles, CHUNK)):
            yield from chunk


def extract_many(articles: Sequence[Article], rules: RuleSet, jobs: int = 1) -> list[list[Claim]]:
    """The claims of each article, in order (see iter_extract)."""
    return list(iter_extract(articles, rules, jobs))
