"""Extract claims from one article: walk its sentences, carrying attribution and dates forward.

`extract(article, vocabulary)` is a pure function from an Article to its Claims. It reads
sentences in order because news prose leans on what came before: "He also stated that 395 tanks
..." takes its claimant from the sentence before, and "Earlier in the day, ... 1,502" its date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from discrep.extract.attribution import Attribution, Attributor
from discrep.extract.lexicon import Lexicon
from discrep.extract.tallies import TallyFinder
from discrep.extract.timing import period_of, refers_to_same_day, statement_date
from discrep.model import Article, Claim
from discrep.ruleset import RuleSet
from discrep.text.dates import resolve_dates
from discrep.text.sentences import Sentence, split_sentences

_QUOTE_LIMIT = 240


@dataclass(frozen=True)
class Vocabulary:
    """The rule set compiled for matching text; built once per run."""

    rules: RuleSet
    metrics: Lexicon
    subjects: Lexicon
    claimants: Lexicon
    tallies: TallyFinder
    attributor: Attributor
    day_one: dt.date | None


def compile_rules(rules: RuleSet) -> Vocabulary:
    metrics = Lexicon({m.id: m.aliases for m in rules.metrics.values()})
    subjects = Lexicon({s.id: s.aliases for s in rules.subjects.values()})
    claimants = Lexicon({c.id: c.aliases for c in rules.claimants.values()})
    nouns = frozenset(m.id for m in rules.metrics.values() if m.noun)
    day_one = min(rules.timelines.values()) if rules.timelines else None
    return Vocabulary(
        rules,
        metrics,
        subjects,
        claimants,
        TallyFinder(metrics, nouns, subjects, rules.others),
        Attributor(claimants, rules.pronouns),
        day_one,
    )


def position(article: Article, offset: int) -> tuple[int, int]:
    """(line, column), both 1-based, in the file, of a character offset in the article body."""
    line = article.first_line + article.text.count("\n", 0, offset)
    column = offset - (article.text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def quote_of(sentence: Sentence, start: int, end: int) -> str:
    """The sentence, or a window of it around [start, end) when it is long."""
    text = sentence.text
    if len(text) <= _QUOTE_LIMIT:
        return text
    left = max(0, start - _QUOTE_LIMIT // 2)
    right = min(len(text), max(end, left + _QUOTE_LIMIT))
    return ("…" if left else "") + text[left:right].strip() + ("…" if right < len(text) else "")


@dataclass
class _Context:
    """What earlier sentences of the article established."""

    last_claimant: str | None = None
    last_date: dt.date | None = None
    spoke_on: dict[str, dt.date] | None = None


def extract(article: Article, vocab: Vocabulary) -> list[Claim]:
    claims: list[Claim] = []
    ctx = _Context(spoke_on={})
    for sentence in split_sentences(article.text):
        text = sentence.text
        dates = resolve_dates(text, article.published, day_one=vocab.day_one) if article.published else []
        attribution = vocab.attributor.attribute(text, ctx.last_claimant)
        said_on = statement_date(text, dates)
        as_of = _as_of(article, ctx, attribution, said_on, text)
        for tally in vocab.tallies.find(text):
            m = tally.mention
            line, column = position(article, sentence.start + m.start)
            claims.append(
                Claim(
                    path=article.path,
                    line=line,
                    column=column,
                    quote=quote_of(sentence, m.start, m.end),
                    kind="quantity",
                    metric=tally.metric,
                    subject=tally.subject,
                    value=_number(m.value if m.value is not None else m.low if m.low is not None else m.high),
                    low=_number(m.low) if m.low is not None else None,
                    high=_number(m.high) if m.high is not None else None,
                    qualifier=m.qualifier,
                    as_of=as_of,
                    period=period_of(text),
                    claimant=attribution.claimant,
                    outlet=article.outlet,
                    negated=tally.negated,
                    modality="hedged" if tally.hedged else "asserted",
                    note=None if article.published else "no publication date: as-of date unknown",
                )
            )
        _remember(ctx, attribution, said_on, as_of)
    return claims


def _number(value: float | int | None) -> float:
    return float(value) if value is not None else 0.0


def _as_of(
    article: Article, ctx: _Context, attribution: Attribution, said_on: dt.date | None, text: str
) -> dt.date | None:
    if said_on is not None:
        return said_on
    if refers_to_same_day(text) and ctx.last_date is not None:
        return ctx.last_date
    if attribution.claimant and ctx.spoke_on and attribution.claimant in ctx.spoke_on:
        return ctx.spoke_on[attribution.claimant]
    return article.published


def _remember(ctx: _Context, attribution: Attribution, said_on: dt.date | None, as_of: dt.date | None) -> None:
    if attribution.known:
        ctx.last_claimant = attribution.claimant
    elif attribution.mentions:
        ctx.last_claimant = attribution.mentions[-1].key
    if said_on is not None:
        ctx.last_date = said_on
        if ctx.spoke_on is not None:
            for mention in attribution.mentions:
                ctx.spoke_on[mention.key] = said_on
    elif as_of is not None and attribution.claimant:
        ctx.last_date = as_of
