"""Wire the stages together: load -> extract -> check -> Report.

No I/O beyond reading the files and the claim cache. Articles flow from the loader through the
cache to the extractor one at a time (parallel.py takes them as its workers need them), so a run
holds every claim but never the whole corpus.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from discrep.cache import CACHE_DIR_NAME
from discrep.checks import REGISTRY, CheckContext
from discrep.corpus.loader import iter_stamped
from discrep.extract.rounds import resolve_by_date
from discrep.model import SEVERITY_RANK, Article, Claim, FileStatus, Finding, Report, replace_claim
from discrep.parallel import WARM_MIN_ARTICLES, WarmWorker, iter_extract
from discrep.ruleset import RuleSet, load_rules

if TYPE_CHECKING:
    from discrep.cache import ClaimCache


def extract_all(
    articles: Iterable[Article | list[Claim]],
    rules: RuleSet,
    *,
    jobs: int = 1,
    cache: ClaimCache | None = None,
    progress: Callable[[int, int], None] | None = None,
    warm: WarmWorker | None = None,
) -> list[Claim]:
    """Claims of all articles, in article order: from the cache where it holds them, the rest read
    over `jobs` processes (see parallel.py). The result does not depend on jobs or the cache.

    `articles` may be a stream: each article is let go once its claims are known, so only claims
    stay in memory. An item that is a list of claims stands for an article whose claims are known
    already (a file the cache knew by its stamp, not read). `progress(done, seen)` hears how many
    articles have their claims so far, out of how many have been read.
    """
    per_article: list[list[Claim] | None] = []
    waiting: deque[tuple[int, str | None]] = deque()  # articles sent for extraction, in order
    done = 0

    def misses() -> Iterator[Article]:
        nonlocal done
        for article in articles:
            if isinstance(article, list):
                per_article.append(article)
                done += 1
                if progress:
                    progress(done, len(per_article))
                continue
            key = cache.key(article) if cache is not None else None
            claims = cache.get(key, article.path) if cache is not None and key is not None else None
            per_article.append(claims)
            if claims is None:
                waiting.append((len(per_article) - 1, key))
                yield article
            else:
                done += 1
                if progress:
                    progress(done, len(per_article))

    shared: dict[object, object] = {}  # one object per subject, round, claimant, day, figure: see _one_copy
    for claims in iter_extract(misses(), rules, jobs, warm):
        index, key = waiting.popleft()
        claims = _one_copy(claims, shared)
        per_article[index] = claims
        if cache is not None and key is not None:
            cache.put(key, claims)
        done += 1
        if progress:
            progress(done, len(per_article))
    return resolve_by_date([claim for claims in per_article for claim in claims or ()])


# fields whose few values repeat over a corpus's claims, and the quote, repeated within one article
_VOCABULARY = (
    "path",
    "subject",
    "event",
    "claimant",
    "outlet",
    "note",
    "metric",
    "kind",
    "qualifier",
    "period",
)
_FIGURES = ("value", "low", "high")


def _one_copy(claims: list[Claim], shared: dict[object, object]) -> list[Claim]:
    """The claims, with equal strings, days and figures one object: each claim read afresh (in a
    worker, then unpickled) brings its own copy of its subject, round, claimant, sentence, day and
    figures, about 100 MiB at 100,000 articles that the cache's pack, which reads them shared,
    never holds."""
    quotes: dict[str, str] = {}  # the article's own: a corpus-wide table would hold every sentence
    kept: list[Claim] = []
    for claim in claims:
        changes: dict[str, object] = {}
        for name in _VOCABULARY:
            value = getattr(claim, name)
            if value is not None and (same := shared.setdefault(value, value)) is not value:
                changes[name] = same
        if (day := claim.as_of) is not None and (same_day := shared.setdefault(day, day)) is not day:
            changes["as_of"] = same_day
        for name in _FIGURES:
            figure = getattr(claim, name)
            # keyed by type too: 1, 1.0 and True are equal keys; and -0.0 is not 0.0's object
            if isinstance(figure, (int, float)) and figure:
                same_figure = shared.setdefault((figure.__class__, figure), figure)
                if same_figure is not figure:
                    changes[name] = same_figure
        if (quote := quotes.setdefault(claim.quote, claim.quote)) is not claim.quote:
            changes["quote"] = quote
        kept.append(replace_claim(claim, **changes) if changes else claim)
    return kept


def run_checks(claims: list[Claim], rules: RuleSet) -> list[Finding]:
    ctx = CheckContext(rules)
    findings: list[Finding] = []
    for check_id, check in REGISTRY.items():
        settings = rules.checks.get(check_id)
        if settings is not None and settings.enabled:
            findings.extend(check(claims, ctx))
    return findings


# a report's claims in reading order: (path, line, column, id), the key built in C for 100k claims
claim_order: Callable[[Claim], tuple[str, int, int, str]] = attrgetter("path", "line", "column", "id")


def finding_order(finding: Finding) -> tuple[int, str, str, str, str, str]:
    return (
        -SEVERITY_RANK[finding.severity],
        finding.kind,
        finding.metric,
        finding.subject or "",
        finding.event or "",
        finding.id,
    )


def build_report(statuses: list[FileStatus], claims: list[Claim], findings: list[Finding]) -> Report:
    per_file: dict[str, int] = {}
    for c in claims:
        per_file[c.path] = per_file.get(c.path, 0) + 1
    articles = tuple(
        replace(s, claims=per_file.get(s.path, 0)) if s.status == "checked" else s
        for s in sorted(statuses, key=lambda s: s.path)
    )
    unique: dict[str, Finding] = {f.id: f for f in findings}
    return Report(
        articles=articles,
        claims=tuple(sorted(claims, key=claim_order)),
        findings=tuple(sorted(unique.values(), key=finding_order)),
    )


def _not_cache(status: FileStatus) -> bool:
    """False for the files of a claim cache that lies inside a checked folder: never articles."""
    return not (status.status == "skipped" and CACHE_DIR_NAME in status.path.split("/")[:-1])


def check(
    paths: Iterable[str | Path],
    rules: RuleSet | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
    cache_dir: str | Path | None = None,
) -> Report:
    """The whole pipeline over files or folders. Raises LoadError for a missing path.

    `progress(done, seen)`, when given, hears how many articles have their claims, out of how many
    have been loaded so far (the CLI's progress bar). Articles are streamed from the loader to the
    extractor, so memory holds claims, not texts. `jobs` processes share the extraction of a big
    corpus; `cache_dir` keeps each article's claims for the next run (see cache.py). The result
    depends on none of them.
    """
    ruleset = rules if rules is not None else load_rules()
    paths = list(paths)
    cache = None
    warm: WarmWorker | None = None

    def warm_up(known: int) -> None:
        # a big corpus checked before: any new article's grammars are compiled on another core
        # while the cache is read (parallel.WarmWorker)
        nonlocal warm
        if jobs >= 2 and known >= WARM_MIN_ARTICLES:
            warm = WarmWorker(ruleset)

    if cache_dir is not None:
        from discrep.cache import ClaimCache  # here: a run without a cache does not hash

        cache = ClaimCache(Path(cache_dir), ruleset)
        # the stamps of the files the last check of these paths read, then their claims
        cache.open_index(paths, before_claims=warm_up)
    try:
        return _checked(paths, ruleset, cache, jobs, progress, warm)
    finally:
        if warm is not None:
            warm.close()


def _checked(
    paths: list[str | Path],
    ruleset: RuleSet,
    cache: ClaimCache | None,
    jobs: int,
    progress: Callable[[int, int], None] | None,
    warm: WarmWorker | None,
) -> Report:
    # raises LoadError for a missing path before any article is read
    loaded = iter_stamped(paths, cache.recall if cache is not None else None)
    statuses: list[FileStatus] = []

    def articles() -> Iterator[Article | list[Claim]]:  # streamed: a text is let go once it is read
        for status, article, stamp in loaded:
            statuses.append(status)
            if article is not None:
                if cache is not None and stamp is not None:
                    cache.remember(stamp, status, article)
                yield article
            elif cache is not None and stamp is not None and status.status == "checked":
                yield cache.take(stamp)  # known by its stamp: not read

    claims = extract_all(articles(), ruleset, jobs=jobs, cache=cache, progress=progress, warm=warm)
    if cache is not None:
        cache.save_index()
    kept = [s for s in statuses if _not_cache(s)]
    return build_report(kept, claims, run_checks(claims, ruleset))
