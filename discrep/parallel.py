"""Extract claims from many articles over several processes.

`iter_extract(articles, rules, jobs)` yields one list of claims per article, in the order given,
so the report is byte-identical whatever the number of jobs. Below MIN_ARTICLES articles, or with
jobs=1, it runs in this process: starting workers costs more than it saves on a small corpus.
Workers are started with the platform's default method; each compiles the rules once. The
extractor is imported on first use, so a run served from the cache never compiles its grammars.

Articles are taken from the iterable as the workers need them: at most IN_FLIGHT chunks per
worker are out at once, so a corpus streamed from disk is never held in memory whole.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import TYPE_CHECKING

from discrep.model import Article, Claim
from discrep.ruleset import RuleSet

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from discrep.extract import Vocabulary

MIN_ARTICLES = 50  # fewer than this: one process
WARM_MIN_ARTICLES = 1000  # a corpus the cache knows this well: a warm worker is started (WarmWorker)
CHUNK = 16  # articles per task: large enough to amortise pickling, small enough to balance load
IN_FLIGHT = 4  # chunks per worker submitted ahead: keeps workers busy, bounds memory

_vocab: Vocabulary | None = None


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init(rules: RuleSet, regex_cache_on: bool = False) -> None:
    from discrep import regex_cache

    global _vocab
    if regex_cache_on:  # the command's own worker: a forked one has it already, a spawned one not
        regex_cache.install()
    from discrep.extract import compile_rules  # after: importing it compiles the grammars' patterns

    _vocab = compile_rules(rules)
    regex_cache.save()  # a worker ends without atexit: what it compiled is kept now


def _regex_cache_on() -> bool:
    from discrep import regex_cache

    return regex_cache.installed()


def _extract_chunk(articles: list[Article]) -> list[list[Claim]]:
    from discrep.extract import extract

    assert _vocab is not None
    return [extract(article, _vocab) for article in articles]


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class WarmWorker:
    """One process that imports and compiles the extractor while this one reads the cache.

    A re-check of a big corpus after an article or two was added spends a third of a second
    reading the cache, then as long again importing and compiling the grammars for the new
    articles. Started before the cache is read, a worker does the second on another core during
    the first; the few new articles are then sent to it. A worker never used (nothing new) is
    stopped. Should it fail, the articles are read in this process, as without it.
    """

    def __init__(self, rules: RuleSet) -> None:
        import multiprocessing  # here: only re-checks of big corpora pay for it

        context = multiprocessing.get_context()
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, rules, _regex_cache_on()), daemon=True)
        self._process.start()
        child.close()

    def extract(self, articles: list[Article]) -> list[list[Claim]] | None:
        """The claims of each article, or None when the worker could not give them."""
        try:
            self._connection.send(articles)
            done, claims = self._connection.recv()
        except (EOFError, OSError):
            return None
        return claims if done else None

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()  # it may still be compiling: nothing of it is needed
        self._process.join(timeout=5)
        self._connection.close()


def _serve(connection: Connection, rules: RuleSet, regex_cache_on: bool = False) -> None:
    """The warm worker: compile, then extract each batch of articles sent until the pipe closes."""
    from discrep.extract import extract

    _init(rules, regex_cache_on)
    assert _vocab is not None
    while True:
        try:
            articles = connection.recv()
        except EOFError:
            return
        try:
            connection.send((True, [extract(article, _vocab) for article in articles]))
        except Exception:  # any failure: the caller reads them itself, and sees it
            connection.send((False, None))


def iter_extract(
    articles: Iterable[Article], rules: RuleSet, jobs: int = 1, warm: WarmWorker | None = None
) -> Iterator[list[Claim]]:
    """Claims of each article, in order; over `jobs` processes when there are enough articles, and
    by `warm` (already compiled) when it is given and there are few."""
    iterator = iter(articles)
    head = list(islice(iterator, MIN_ARTICLES))
    if not head:
        return  # all from the cache: the grammars need not even be imported
    if warm is not None and len(head) < MIN_ARTICLES:
        claims = warm.extract(head)
        if claims is not None:
            yield from claims
            return
    if jobs <= 1 or len(head) < MIN_ARTICLES:
        from discrep.extract import compile_rules, extract  # here: a cached run needs neither

        vocab = compile_rules(rules)
        for article in chain(head, iterator):
            yield extract(article, vocab)
        return
    from concurrent.futures import Future, ProcessPoolExecutor  # here: only big corpora pay for it

    pending: deque[Future[list[list[Claim]]]] = deque()
    setup = (rules, _regex_cache_on())
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=setup) as pool:
        for chunk in _chunks(chain(head, iterator), CHUNK):
            pending.append(pool.submit(_extract_chunk, chunk))
            if len(pending) >= jobs * IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def extract_many(articles: Iterable[Article], rules: RuleSet, jobs: int = 1) -> list[list[Claim]]:
    """The claims of each article, in order (see iter_extract)."""
    return list(iter_extract(articles, rules, jobs))
