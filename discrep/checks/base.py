"""What every check receives, and small helpers for wording messages."""

from __future__ import annotations

from dataclasses import dataclass

from discrep.model import Claim
from discrep.ruleset import RuleSet


@dataclass(frozen=True, slots=True)
class CheckContext:
    rules: RuleSet

    def metric_label(self, metric: str) -> str:
        found = self.rules.metrics.get(metric)
        return found.label if found else metric.replace("_", " ")

    def subject_label(self, subject: str | None) -> str:
        if subject is None:
            return "unspecified"
        found = self.rules.subjects.get(subject)
        return found.label if found else subject

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
