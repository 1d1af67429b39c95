"""The GitHub Actions report (`--format github`): workflow commands that annotate the articles.

    - run: discrep check articles/ --format github

Each finding prints one line per place one of its claims was found (file and line), so every article
involved is annotated where the claim is:

    ::error file=a.md,line=5,col=27,title=discrep tally/contradiction::killed (Russian military) ...

The command is `error`, `warning` or `notice` (from the finding's severity error, warning, info);
the title names the rule and finding kind as in SARIF's `ruleId`; the text is the finding's message.
Messages and file names are escaped as the runner requires (`%`, CR and LF everywhere, and `:` and
`,` inside `file=` and `title=`), so a message can never start a command of its own. An unused or
faulty suppression in an article's front matter is a `warning` annotation on its line.

Standard output holds workflow commands only. The plain summary (`discrep: 2 article(s) checked,
...`, with the findings hidden by `--baseline`, suppressions and `--changed-since`), and a line for
each stale baseline entry and suppression warning, go to standard error (`summary_lines`), so
`-o FILE` gets the commands alone.

File names are printed as in the other formats, relative to the folder checked; GitHub places an
annotation on a file only when that path is relative to the repository root. GitHub also shows at
most 10 annotations of each level per step; the rest are still in the log. So a finding is marked
at no more than MAX_PLACES places, those in the articles `--changed-since` names first; its text
then ends "(marked at 10 of 4,210 places)". In an archive one finding can hold thousands of claims,
and a line for each would be hundreds of megabytes of log.
"""

from __future__ import annotations

from operator import attrgetter

from discrep.gate import summary_suffix, warning_lines, warnings
from discrep.model import Claim, Report
from discrep.report.sarif import rule_id
from discrep.ruleset import RuleSet

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
MAX_PLACES = 10
_place = attrgetter("path", "line")  # (path, line): one annotation per line


def escape_data(text: str) -> str:
    """The message after '::'. '%' first, or the escapes themselves would be escaped again."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A `key=value` property: also ':' and ',', which would end the value early."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def summary(report: Report) -> str:
    """'2 article(s) checked, ...; 1 error(s), 0 warning(s), 0 info' (+ '; 3 baselined' and so on)."""
    skipped = sum(a.status == "skipped" for a in report.articles)
    counts = {level: sum(f.severity == level for f in report.findings) for level in COMMANDS}
    text = (
        f"{len(report.articles) - skipped} article(s) checked, {skipped} skipped, "
        f"{len(report.claims)} claims; {counts['error']} error(s), {counts['warning']} warning(s), "
        f"{counts['info']} info"
    )
    return text + summary_suffix(report)


def summary_lines(report: Report) -> list[str]:
    """What `--format github` prints to standard error: the summary, then any warnings."""
    return [f"discrep: {summary(report)}", *(f"discrep: {line}" for line in warning_lines(report))]


def render(report: Report, rules: RuleSet) -> str:
    claims = {c.id: c for c in report.claims}
    changed = set(getattr(report, "changed_articles", ()))
    lines: list[str] = []
    for finding in report.findings:
        command = COMMANDS[finding.severity]
        title = escape_property(f"discrep {rule_id(finding)}")
        # Two claims on one line (498 killed and 1,600 wounded) would be the same annotation twice,
        # and each copy counts against GitHub's per-step limit: one place per line, its first claim.
        # filter(None, ...) leaves out a claim the report does not hold, with no place to mark
        held = filter(None, map(claims.get, finding.claims))
        located: list[tuple[str, int]] = list(dict.fromkeys(map(_place, held)))
        places = _marked(located, changed)
        marked = (
            f" (marked at {len(places)} of {len(located):,} places)" if len(located) > len(places) else ""
        )
        message = escape_data(finding.message + marked)
        if not located:
            # Still worth an annotation: it lands on the run rather than on a file.
            lines.append(f"::{command} title={title}::{message}")
        first = _first_claims(finding.claims, places, claims)
        for place in places:
            claim = first[place]
            props = f"file={escape_property(claim.path)},line={claim.line},col={claim.column},title={title}"
            lines.append(f"::{command} {props}::{message}")
    for note in warnings(report):
        if note.path is not None:
            props = f"file={escape_property(note.path)},line={note.line},title=discrep suppression"
            lines.append(f"::warning {props}::{escape_data(note.text)}")
    return "".join(line + "\n" for line in lines)


def _marked(located: list[tuple[str, int]], changed: set[str]) -> list[tuple[str, int]]:
    """The first MAX_PLACES places, those in changed articles first (each group in its order)."""
    if not changed:
        return located[:MAX_PLACES]
    first = [place for place in located if place[0] in changed][:MAX_PLACES]
    return first + [place for place in located if place[0] not in changed][: MAX_PLACES - len(first)]


def _first_claims(
    ids: tuple[str, ...], places: list[tuple[str, int]], claims: dict[str, Claim]
) -> dict[tuple[str, int], Claim]:
    """The first claim of the finding at each of the places (they are few: MAX_PLACES at most)."""
    wanted = set(places)
    first: dict[tuple[str, int], Claim] = {}
    for claim_id in ids:
        claim = claims.get(claim_id)
        if claim is not None and (claim.path, claim.line) in wanted:
            first.setdefault((claim.path, claim.line), claim)
            if len(first) == len(wanted):
                break
    return first
