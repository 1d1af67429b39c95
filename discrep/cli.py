"""The `discrep` command line. Thin: parse options, call the engine, hand the report to a formatter.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for a usage, rules,
baseline or input error (the message says which file, line and key). Findings accepted by
--baseline do not count; --write-baseline always exits 0 once the baseline is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from discrep import __version__
from discrep.baseline import BaselineError, apply_baseline, read_baseline, write_baseline
from discrep.corpus import LoadError
from discrep.engine import check as run_check
from discrep.model import SEVERITY_RANK
from discrep.report import FORMATS, render
from discrep.ruleset import RulesError, load_rules

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="discrep")
def cli() -> None:
    """Find where news sources disagree: tallies, venues and dates across a folder of articles."""


@cli.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(sorted(FORMATS)),
    default="table",
    show_default=True,
    help="How to print the report.",
)
@click.option(
    "--rules",
    "-r",
    "rules_dirs",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="A folder of rule files added on top of the default rules (repeatable).",
)
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
    help="Accept every current finding: write them to this baseline file, print the report, exit 0.",
)
def check_command(
    paths: tuple[Path, ...],
    output_format: str,
    rules_dirs: tuple[Path, ...],
    fail_on: str,
    output: Path | None,
    baseline_file: Path | None,
    write_baseline_file: Path | None,
) -> None:
    """Check the articles under PATHS (files or folders) against each other."""
    if baseline_file is not None and write_baseline_file is not None:
        # A baseline written through another one would silently drop what the first one hid.
        raise click.UsageError("--baseline and --write-baseline cannot be used together.")
    try:
        rules = load_rules(rules_dirs)
        # Read the baseline before checking, so a typo in its name fails fast.
        baseline = read_baseline(baseline_file) if baseline_file is not None else None
        report = run_check(paths, rules)
        if write_baseline_file is not None:
            written = write_baseline(write_baseline_file, report)
            click.echo(
                f"discrep: wrote {len(written.entries)} finding(s) to baseline {write_baseline_file}",
                err=True,
            )
    except (RulesError, LoadError, BaselineError) as err:
        click.echo(f"discrep: error: {err}", err=True)
        sys.exit(EXIT_ERROR)
    if baseline is not None:
        report = apply_baseline(report, baseline)
    text = render(report, output_format, rules)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            click.echo(f"discrep: error: cannot write {output}: {err.strerror}", err=True)
            sys.exit(EXIT_ERROR)
    else:
        click.echo(text, nl=False)
    if (
        write_baseline_file is None
        and fail_on != "never"
        and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in report.findings)
    ):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def main() -> None:
    cli(prog_name="discrep")
