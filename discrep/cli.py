"""The `discrep` command line. Thin: parse options, call the engine, hand the report to a formatter.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for a usage, rules,
baseline, git or input error (the message says which file, line and key). Findings accepted by
--baseline or by a suppression in an article's front matter, and with --changed-since those that
involve no changed article, do not count (discrep/gate.py); `discrep baseline` and
--write-baseline always exit 0 once the baseline is written.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from discrep import __version__, gate
from discrep.atomic import write_chunks_atomic
from discrep.baseline import BaselineError, read_baseline, write_baseline
from discrep.corpus import LoadError
from discrep.corpus.loader import counts_as_skipped
from discrep.model import SEVERITY_RANK, Report
from discrep.ruleset import RulesError, RuleSet, load_rules

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
CACHE_DIR = Path(".discrep_cache")  # discrep/cache.py: in the current directory, as pytest's is
_own_process = False  # main() runs: the process is the `discrep` command's (see regex_cache.py)


def run_check(*args: Any, **kwargs: Any) -> Report:
    """discrep.engine.check, imported on first use: `--help` and `--version` need none of it."""
    if _own_process:  # not when a program (a test's CliRunner) calls the command in its own process
        from discrep import regex_cache

        regex_cache.install()
    from discrep.engine import check

    # A run keeps hundreds of thousands of claims alive, none in a reference cycle. At the default
    # threshold (700 allocations) the cycle collector runs thousands of times and its older
    # generations walk every claim: 20-30% of a warm run of 10,000 articles. Collect less often.
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        return check(*args, **kwargs)
    finally:
        gc.set_threshold(*threshold)


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    """What exists now out of the cycle collector's sight until the block ends (gc.freeze): rendering
    100,000 claims makes as many objects again, and each collection would walk every claim once more."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


# The names of discrep.report.FORMATS, which imports every formatter (rich among them): spelled out
# here so that `--help` imports none of them; tests/test_speed_guards.py keeps the two in step.
FORMAT_NAMES = ("github", "html", "json", "junit", "markdown", "sarif", "table")


def render(report: Report, output_format: str, rules: RuleSet) -> Iterator[bytes]:
    from discrep.report import render_chunks

    return render_chunks(report, output_format, rules)


def github_summary_lines(report: Report) -> list[str]:
    from discrep.report.github import summary_lines

    return list(summary_lines(report))


def _cores() -> int:
    from discrep.parallel import default_jobs

    return default_jobs()


F = TypeVar("F", bound=Callable[..., Any])


def _engine_options(command: F) -> F:
    """--jobs, --cache-dir and --no-cache: how every command that reads a corpus reads it. The
    command receives them as one `engine` argument, the keywords of discrep.engine.check."""

    @functools.wraps(command)
    def with_engine(*args: Any, jobs: int | None, cache_dir: Path, no_cache: bool, **kwargs: Any) -> Any:
        engine = {"jobs": jobs or _cores(), "cache_dir": None if no_cache else cache_dir}
        return command(*args, engine=engine, **kwargs)

    options = [
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=None,
            help="Processes that read articles for claims (default: the number of cores; 1: in this "
            "process). Only corpora of 50 or more articles to read are split; the report is the same.",
        ),
        click.option(
            "--cache-dir",
            type=click.Path(path_type=Path, file_okay=False),
            default=CACHE_DIR,
            show_default=True,
            help="Keep each article's claims here, keyed by its content, the rules and the discrep "
            "version, so that a re-check reads only new or changed articles.",
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the claim cache."),
    ]
    decorated: Any = with_engine
    for option in reversed(options):  # --jobs first in --help, as before
        decorated = option(decorated)
    return cast(F, decorated)


EXIT_HELP = """\b
Exit status:
  0  no finding at or above --fail-on (default: error) is shown; findings
     accepted by --baseline or in an article's front matter, and with
     --changed-since those involving no changed article, do not count
  1  at least one finding shown is at or above --fail-on
  2  usage error, a bad rule file (file, line and key are named), a missing
     path, a missing or malformed baseline, --changed-since outside a git
     repository or with an unknown revision, or --strict with a skipped file
"""


# every command that reads rules takes the same option
_RULES_OPTION = click.option(
    "--rules",
    "-r",
    "rules_dirs",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="A folder of rule files added on top of the default rules (repeatable).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="discrep")
def cli() -> None:
    """Find where news sources disagree: tallies, venues and dates across a folder of articles."""


@cli.command("check", epilog=EXIT_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(sorted(FORMAT_NAMES)),
    default="table",
    show_default=True,
    help="How to print the report.",
)
@_RULES_OPTION
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option(
    "--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write the report to a file."
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Hide the findings accepted in this baseline file; only new ones count toward the exit status.",
)
@click.option(
    "--write-baseline",
    "write_baseline_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Accept every current finding: write them to this baseline file, print the report, exit 0 "
    "(the same as `discrep baseline PATHS -o FILE`, which prints no report).",
)
@_engine_options
@click.option(
    "--changed-since",
    metavar="REV",
    help="Show only findings that involve an article added or modified since the git revision REV "
    "(committed, staged, unstaged or untracked); the whole corpus is still read as evidence.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 2, listing them, when any file under PATHS was skipped (manifests that were read aside).",
)
def check_command(
    paths: tuple[Path, ...],
    output_format: str,
    rules_dirs: tuple[Path, ...],
    fail_on: str,
    output: Path | None,
    baseline_file: Path | None,
    write_baseline_file: Path | None,
    engine: dict[str, Any],
    changed_since: str | None,
    strict: bool,
) -> None:
    """Check the articles under PATHS (files or folders) against each other."""
    if baseline_file is not None and write_baseline_file is not None:
        # A baseline written through another one would silently drop what the first one hid.
        raise click.UsageError("--baseline and --write-baseline cannot be used together.")
    try:
        rules = load_rules(rules_dirs)
        # Read the baseline before checking, so a typo in its name fails fast.
        baseline = read_baseline(baseline_file) if baseline_file is not None else None
        changed = gate.changed_articles(paths, changed_since) if changed_since is not None else None
        from discrep.progress import DelayedProgress

        with DelayedProgress() as progress:  # a bar on stderr at a terminal after a second, else nothing
            report = run_check(paths, rules, progress=progress, **engine)
        if write_baseline_file is not None:
            written = write_baseline(write_baseline_file, gate.apply(report))
            click.echo(
                f"discrep: wrote {len(written.entries)} finding(s) to baseline {write_baseline_file}",
                err=True,
            )
    except (RulesError, LoadError, BaselineError, gate.GateError) as err:
        click.echo(f"discrep: error: {err}", err=True)
        sys.exit(EXIT_ERROR)
    report = gate.apply(report, baseline, changed, changed_since)
    with frozen():
        chunks = render(report, output_format, rules)
        if output_format == "github":  # stdout (or FILE) holds workflow commands only
            for line in github_summary_lines(report):
                click.echo(line, err=True)
        if output is not None:
            try:
                write_chunks_atomic(output, chunks)
            except OSError as err:
                click.echo(f"discrep: error: cannot write {output}: {err.strerror}", err=True)
                sys.exit(EXIT_ERROR)
        else:
            for chunk in chunks:
                click.echo(chunk, nl=False)
    skipped = [s for s in report.articles if counts_as_skipped(s)]
    if strict and skipped:
        click.echo(f"discrep: error: --strict: {len(skipped)} file(s) skipped:", err=True)
        for status in skipped:
            click.echo(f"  {status.path}: {status.reason}", err=True)
        sys.exit(EXIT_ERROR)
    if (
        write_baseline_file is None
        and fail_on != "never"
        and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in report.findings)
    ):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


@cli.command("baseline", epilog="Exit status: 0 once the baseline is written; 2 for any error.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The baseline file to write (JSON, sorted; commit it).",
)
@_RULES_OPTION
@_engine_options
def baseline_command(
    paths: tuple[Path, ...],
    output: Path,
    rules_dirs: tuple[Path, ...],
    engine: dict[str, Any],
) -> None:
    """Accept every current finding under PATHS: write them to a baseline file.

    Later, `discrep check PATHS --baseline FILE` shows only findings that are not in it and lists the
    entries that no longer occur. Entries are keyed on content (rule, kind, metric, subject or event,
    and the article and value of each claim), so edits elsewhere in an article keep them; a new value
    joining an accepted finding makes it new again. Findings accepted in an article's front matter are
    left out.
    """
    try:
        rules = load_rules(rules_dirs)
        report = run_check(paths, rules, **engine)
        written = write_baseline(output, gate.apply(report))
    except (RulesError, LoadError, BaselineError) as err:
        click.echo(f"discrep: error: {err}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"discrep: wrote {len(written.entries)} finding(s) to baseline {output}", err=True)
    sys.exit(EXIT_CLEAN)


def _report_or_exit(
    paths: tuple[Path, ...], rules_dirs: tuple[Path, ...], engine: dict[str, Any]
) -> tuple[Report, RuleSet]:
    """The rules and the report for the inspection commands; errors exit 2 as `check` does."""
    try:
        rules = load_rules(rules_dirs)
        return run_check(paths, rules, **engine), rules
    except (RulesError, LoadError) as err:
        click.echo(f"discrep: error: {err}", err=True)
        sys.exit(EXIT_ERROR)


@cli.command("claims", epilog="Exit status: 0; 2 for a bad rule file or a missing path.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--metric", "-m", help="Only claims of this metric id (killed, venue, date, ...).")
@click.option("--file", "file_filter", help="Only claims from this file: its path, its name, or a glob.")
@click.option(
    "--kind", "-k", type=click.Choice(["quantity", "venue", "date"]), help="Only claims of this kind."
)
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
@_RULES_OPTION
@_engine_options
def claims_command(
    paths: tuple[Path, ...],
    metric: str | None,
    file_filter: str | None,
    kind: str | None,
    output_format: str,
    rules_dirs: tuple[Path, ...],
    engine: dict[str, Any],
) -> None:
    """List every claim found in the articles under PATHS: what a rule author reads to see what matched."""
    from discrep import inspect

    report, rules = _report_or_exit(paths, rules_dirs, engine)
    found = inspect.filter_claims(report.claims, metric=metric, file=file_filter, kind=kind)
    if output_format == "json":
        click.echo(inspect.claims_json(found), nl=False)
    else:
        click.echo(inspect.claims_table(found, rules), nl=False)


@cli.command("rules", epilog="Exit status: 0 when the rules are valid; 2 with file:line: key: problem.")
@_RULES_OPTION
@click.option("--check", "check_only", is_flag=True, help="Only validate: print one line, or the error.")
def rules_command(rules_dirs: tuple[Path, ...], check_only: bool) -> None:
    """List the rules in force (the default pack plus --rules folders) and validate them."""
    from discrep import inspect

    try:
        rules = load_rules(rules_dirs)
    except RulesError as err:
        click.echo(f"discrep: error: {err}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(inspect.rules_summary(rules) if check_only else inspect.rules_listing(rules), nl=False)


@cli.command(
    "explain", epilog="Exit status: 0; 2 for an unknown finding id, a bad rule file or a missing path."
)
@click.argument("finding_id")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_RULES_OPTION
@_engine_options
def explain_command(
    finding_id: str,
    paths: tuple[Path, ...],
    rules_dirs: tuple[Path, ...],
    engine: dict[str, Any],
) -> None:
    """Show the claims behind finding FINDING_ID (an id, or its start) in PATHS, and why it fired."""
    from discrep import inspect
    from discrep.corpus import iter_load

    report, rules = _report_or_exit(paths, rules_dirs, engine)
    try:
        finding = inspect.find_finding(report, finding_id)
    except inspect.InspectError as err:
        click.echo(f"discrep: error: {err}", err=True)
        sys.exit(EXIT_ERROR)
    # the text around each claim, from the articles the finding involves: the rest are not kept
    ids = set(finding.claims)
    involved = {c.path for c in report.claims if c.id in ids}
    articles = {s.path: a for s, a in iter_load(paths) if a is not None and s.path in involved}
    click.echo(inspect.explain(report, finding, rules, articles), nl=False)


def main() -> None:
    global _own_process
    _own_process = True
    cli(prog_name="discrep")
