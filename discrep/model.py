"""The small frozen records that flow through discrep.

    path --load--> Article --extract--> Claim --group/check--> Finding --report--> text

Every stage is a plain function from these records to these records. Nothing here does I/O.
Identifiers are content hashes (never line numbers or run order) so that a baseline or a golden
file written today still matches tomorrow after an unrelated paragraph was added above a claim.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import Any, Literal

Kind = Literal["quantity", "venue", "date"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Modality = Literal["asserted", "expected", "hedged"]
Period = Literal["cumulative", "daily", "unknown"]
FindingKind = Literal["contradiction", "evolving_tally", "venue_conflict", "date_conflict", "agreement"]
Severity = Literal["error", "warning", "info"]
FileState = Literal["checked", "skipped"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


def stable_id(prefix: str, *parts: object) -> str:
    """A short hash of content, used for claim and finding ids."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:10]}"


@dataclass(frozen=True, slots=True)
class Suppression:
    """One entry of an article's front matter `discrep: accept:` list (see discrep/gate.py).

    It accepts the findings that involve a claim of its article and match every key it sets: a
    finding id or baseline key (`finding`), or the check (`rule`), finding kind, metric, subject,
    event. `line` is its line in the file; `problem` says why it cannot be used as written.
    """

    line: int
    rule: str | None = None
    kind: str | None = None
    metric: str | None = None
    subject: str | None = None
    event: str | None = None
    finding: str | None = None
    reason: str | None = None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One source text after loading: body without front matter, plus what we know about it."""

    path: str
    text: str
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    first_line: int = 1  # line number, in the file, of the first character of `text`
    suppressions: tuple[Suppression, ...] = ()  # front matter `discrep: accept:`


@dataclass(frozen=True, slots=True)
class FileStatus:
    """Whether one file under the corpus path was checked, and if not, why."""

    path: str
    status: FileState
    reason: str | None = None
    outlet: str | None = None
    published: date | None = None
    claims: int = 0
    suppressions: tuple[Suppression, ...] = ()  # the article's, carried to the report


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement found in one article.

    A quantity is an interval [low, high]; `high` is None when unbounded ("more than 5,000").
    A venue's value is a canonical place name, a date's value an ISO day.
    """

    path: str
    line: int
    column: int
    quote: str
    kind: Kind
    metric: str
    value: float | str
    subject: str | None = None
    event: str | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    as_of: date | None = None
    period: Period = "unknown"
    claimant: str | None = None
    outlet: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    note: str | None = None  # e.g. "unknown place", "relative date unresolved: no publication date"
    derived_from: tuple[str, ...] = ()  # ids of claims this one was computed from (killed + wounded)
    sentence: int = 0  # index of the sentence in its article: claims of one sentence move together
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.content_id())

    def content_id(self) -> str:
        """The id this claim's content gives it (the cache checks stored ids against it)."""
        return stable_id(
            "c",
            self.path,
            self.kind,
            self.metric,
            self.subject,
            self.event,
            self.value,
            self.qualifier,
            self.negated,
            self.quote,
            self.derived_from,
        )

    @property
    def upper(self) -> float:
        """The interval's upper end, infinity when open."""
        return math.inf if self.high is None else self.high

    @property
    def lower(self) -> float:
        return -math.inf if self.low is None else self.low


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_CLAIM_POSITION = {name: i for i, name in enumerate(_CLAIM_FIELDS)}
_claim_values = attrgetter(*_CLAIM_FIELDS)
_CLAIM_SETTERS = tuple(Claim.__dict__[name].__set__ for name in _CLAIM_FIELDS)  # the slots' own
_new = object.__new__


def _claim_builder() -> Callable[[Iterable[object]], Claim]:
    """A function that sets each slot of a new Claim in turn, written out field by field.

    Claim(*values) sets each field through object.__setattr__, as a frozen dataclass must; setting
    the slots directly takes half the time, and a loop over (setter, value) pairs half again of
    what is left: the claim cache builds a hundred thousand claims a run. Written as source, as
    dataclasses writes __init__, so the field list stays the dataclass's own.
    """
    names = [f"v{i}" for i in range(len(_CLAIM_SETTERS))]
    source = (
        "def claim_from_values(values):\n"
        f"    ({', '.join(names)},) = values\n"
        "    claim = new(Claim)\n"
        + "".join(f"    set{i}(claim, {name})\n" for i, name in enumerate(names))
        + "    return claim\n"
    )
    scope: dict[str, Any] = {"new": object.__new__, "Claim": Claim}
    scope.update((f"set{i}", setter) for i, setter in enumerate(_CLAIM_SETTERS))
    exec(source, scope)  # the source holds names and the field count only
    built: Callable[[Iterable[object]], Claim] = scope["claim_from_values"]
    built.__doc__ = "The Claim of every field's value in field order, its id included and never recomputed."
    return built


# tests/test_speed_guards.py checks that this and Claim(*values) give equal claims
claim_from_values = _claim_builder()


def replace_claim(claim: Claim, **changes: object) -> Claim:
    """dataclasses.replace(claim, **changes), three times faster: the checks and the numbering of
    rounds give thousands of claims a subject or a round. The id stays unless changed, as with
    replace (which passes the old id on)."""
    values = list(_claim_values(claim))
    for name, value in changes.items():
        values[_CLAIM_POSITION[name]] = value
    return claim_from_values(values)


@dataclass(frozen=True, slots=True)
class Finding:
    """A disagreement (or agreement) between claims, stamped with the rule that produced it."""

    rule: str
    kind: FindingKind
    severity: Severity
    metric: str
    claims: tuple[str, ...]
    message: str
    subject: str | None = None
    event: str | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(
                self,
                "id",
                stable_id(
                    "f", self.rule, self.kind, self.metric, self.subject, self.event, sorted(self.claims)
                ),
            )


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run found: per-file status, claims and findings, in a stable order."""

    articles: tuple[FileStatus, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    version: int = 1

    def claim(self, claim_id: str) -> Claim:
        for c in self.claims:
            if c.id == claim_id:
                return c
        raise KeyError(claim_id)

    def worst(self) -> str | None:
        """The highest severity among findings, or None when there are none."""
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)
