"""What every check receives, and small helpers for wording messages.

A message names at most MAX_LISTED claims per list ("...; and 4,990 more"): in an archive of
thousands of articles one finding can hold thousands of figures, and a message that lists them all
is unreadable in a terminal and repeated on every line a CI annotation marks. The finding's
`claims` always holds every claim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from discrep.extract.event_sites import is_site, site_parent
from discrep.extract.occasion_ids import EARLIER_OCCASION
from discrep.extract.rounds import SESSION, UNNUMBERED
from discrep.model import SEVERITY_RANK, Claim, Finding, Severity
from discrep.ruleset import Check, RuleSet

MAX_LISTED = 10
T = TypeVar("T")


def listing(items: Sequence[T], show: Callable[[T], str], separator: str = "; ") -> str:
    """The first MAX_LISTED items shown and joined, then how many more there are."""
    shown = separator.join(show(item) for item in items[:MAX_LISTED])
    extra = len(items) - MAX_LISTED
    return shown + (f"{separator}and {extra:,} more" if extra > 0 else "")


@dataclass(frozen=True, slots=True)
class CheckContext:
    rules: RuleSet

    def metric_label(self, metric: str) -> str:
        found = self.rules.metrics.get(metric)
        return found.label if found else metric.replace("_", " ")

    def subject_label(self, subject: str | None) -> str:
        if subject is None:
            return "unspecified"
        if "/" in subject:  # a part (tally_where.PART): "in Syria (northwest)", "... of Egypt"
            return self._part_label(subject)
        if subject.startswith("in:"):
            return "in " + " and ".join(self._place_label(part) for part in subject[3:].split("+"))
        if subject.startswith("outside:"):
            return "outside " + self._place_label(subject[len("outside:") :])
        found = self.rules.subjects.get(subject)
        return found.label if found else subject

    def _part_label(self, subject: str) -> str:
        """'in:syria/northwest' -> "in Syria (northwest)", 'in:area/hatay' -> "in Hatay",
        'in:area/the province/children' -> "children in the province", 'nationals/egypt' ->
        "foreign nationals of Egypt"."""
        whole, _, part = subject.partition("/")
        if not whole.startswith("in:"):
            return f"{self.subject_label(whole)} of {self._place_label(part)}"
        if "/" in part:  # the children of a part
            area, _, who = part.rpartition("/")
            return f"{self.subject_label(who)} {self.subject_label(whole + '/' + area)}"
        if whole == "in:area":
            return "in " + (part if part.startswith("the ") else self._place_label(part))
        return f"{self.subject_label(whole)} ({part})"

    def _place_label(self, key: str) -> str:
        """A place of the rules by its label; one they do not know ("lee county", kept lower case
        in the subject so that spellings meet) with capitals, as a reader writes it."""
        place = self.rules.places.get(key)
        if place is not None:
            return place.label
        return " ".join(word[:1].upper() + word[1:] for word in key.split(" "))

    def event_label(self, event: str | None) -> str:
        """'talks/round-2' -> 'talks, round 2'; 'talks/session-2024-10-08' -> 'talks from 2024-10-08';
        'meeting/kuleba+lavrov' -> 'meeting of Kuleba and Lavrov'."""
        if not event:
            return ""
        if event.startswith("talks/round-"):
            return "talks, round " + event.rsplit("-", 1)[1]
        if event.startswith(SESSION):
            return "talks from " + event[len(SESSION) :]
        if event.startswith("meeting/"):
            who = event[len("meeting/") :]
            return "meeting of " + (
                who if " " in who else " and ".join(n.capitalize() for n in who.split("+"))
            )
        return "talks (round unknown)" if event == "talks" else event

    def value_label(self, claim: Claim, *, words: bool = False) -> str:
        """A claim's value as a reader writes it: '≥ 5,000' in a table, 'at least 5,000' in a message."""
        if claim.kind == "venue":
            place = self.rules.places.get(str(claim.value))
            if place is not None:
                return place.label
            if is_site(claim.note):  # a building: "Capella Hotel (Singapore)"
                holder = self.rules.places.get(site_parent(claim.note) or "")
                return f"{claim.value} ({holder.label})" if holder else str(claim.value)
            return f"{claim.value} (unknown place)"
        if claim.kind != "quantity":
            return str(claim.value)
        if claim.derived_from:
            return f"{fmt_number(claim.value)} [{claim.quote}]"
        at_least, at_most, about = ("at least ", "at most ", "about ") if words else ("≥ ", "≤ ", "~")
        if claim.qualifier == "at_least":
            return at_least + fmt_number(claim.low)
        if claim.qualifier == "at_most":
            return at_most + fmt_number(claim.high)
        if claim.qualifier == "range":
            return f"{fmt_number(claim.low)}–{fmt_number(claim.high)}"
        if claim.qualifier == "approx":
            return about + fmt_number(claim.value)
        return fmt_number(claim.value)

    def claimant_label(self, claimant: str | None) -> str:
        if claimant is None:
            return "unattributed"
        found = self.rules.claimants.get(claimant)
        return found.label if found else claimant


def fmt_number(value: object) -> str:
    """1502.0 -> '1,502'; 2.5 -> '2.5'."""
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            return f"{int(value):,}"
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def who(claim: Claim, ctx: CheckContext) -> str:
    """'Russian Defence Ministry, via Xinhua' — who said it and where it was reported."""
    source = ctx.claimant_label(claim.claimant)
    return f"{source}, {claim.outlet}" if claim.outlet else source


def level(settings: Check, name: str, default: Severity) -> Severity:
    """A severity from a check's rule: `severity.<finding kind>` or an option ending in `_severity`.

    The rule loader has already rejected anything but error, warning and info.
    """
    value = settings.severity.get(name, settings.options.get(name, default))
    return cast(Severity, value) if value in SEVERITY_RANK else default


def agreement(
    rule: str, settings: Check, metric: str, claims: list[Claim], message: str, event: str | None
) -> Finding:
    """The info-level finding every check gives when sources from different articles agree."""
    return Finding(
        rule,
        "agreement",
        level(settings, "agreement", "info"),
        metric,
        tuple(c.id for c in claims),
        message,
        event=event,
    )


def by_event(claims: Iterable[Claim], kind: str) -> list[tuple[str, list[Claim]]]:
    """Claims of one kind grouped by event, in event order; talks whose round is unknown are left out,
    and so are earlier occasions told with no year ("their previous meeting in Helsinki"): which
    earlier one each report means is not told."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == kind and c.event and c.event != UNNUMBERED and not c.event.endswith(EARLIER_OCCASION):
            groups[c.event].append(c)
    return sorted(groups.items())
