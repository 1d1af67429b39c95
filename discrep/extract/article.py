"""Extract claims from one article: walk its sentences, carrying attribution and dates forward.

`extract(article, vocabulary)` is a pure function from an Article to its Claims. It reads
sentences in order because news prose leans on what came before: "He also stated that 395 tanks
..." takes its claimant from the sentence before, and "Earlier in the day, ... 1,502" its date.
Event claims need a second look at the whole article: "a new round" is numbered from the rounds
the article says were already held (see rounds.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from discrep.extract.attribution import Attribution, Attributor, clause_bounds
from discrep.extract.event_telling import date_negated, modality_of, round_of, venue_negated
from discrep.extract.events import EventFinder
from discrep.extract.lexicon import Lexicon
from discrep.extract.rounds import RoundHint, assign_rounds
from discrep.extract.superseded import drop_superseded
from discrep.extract.tallies import Tally, TallyFinder
from discrep.extract.tally_figures import open_ended
from discrep.extract.tally_incidents import SEPARATE
from discrep.extract.timing import (
    dated_across_contrast,
    of_a_past_period,
    period_of,
    refers_to_same_day,
    statement_date,
)
from discrep.model import Article, Claim, replace_claim
from discrep.ruleset import RuleSet
from discrep.text.dates import DateMention, resolve_dates
from discrep.text.sentences import Sentence, split_sentences

_QUOTE_LIMIT = 240


@dataclass(frozen=True)
class Vocabulary:
    """The rule set compiled for matching text; built once per run."""

    rules: RuleSet
    tallies: TallyFinder
    attributor: Attributor
    events: EventFinder
    timelines: tuple[dt.date, ...]  # start days from the rules, oldest first


def compile_rules(rules: RuleSet) -> Vocabulary:
    metrics = Lexicon({m.id: m.aliases for m in rules.metrics.values()})
    subjects = Lexicon({s.id: s.aliases for s in rules.subjects.values()})
    claimants = Lexicon({c.id: c.aliases for c in rules.claimants.values()})
    places = Lexicon({p.id: p.aliases for p in rules.places.values()})
    nouns = frozenset(m.id for m in rules.metrics.values() if m.noun)
    return Vocabulary(
        rules,
        TallyFinder(
            metrics,
            nouns,
            subjects,
            places,
            {m.id: Lexicon({m.id: m.requires}) for m in rules.metrics.values() if m.requires},
        ),
        Attributor(claimants, rules.pronouns),
        EventFinder(rules, places, claimants),
        tuple(sorted(rules.timelines.values())),
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
    spoke_on: dict[str, dt.date] = field(default_factory=dict)
    dated: tuple[int, int] | None = None  # (sentence, paragraph) of the last dated, sourced statement
    # "..., the General Staff reported on Monday:" then "- tanks ‒ 1,379": what the items say is its
    list_lead: tuple[Attribution, dt.date | None] | None = None


@dataclass(frozen=True)
class _Read:
    """One sentence as read in the first pass."""

    index: int
    sentence: Sentence
    dates: list[DateMention]
    attribution: Attribution
    as_of: dt.date | None
    previous_claimant: str | None  # the last known claimant named before this sentence
    tallies: list[Tally] = field(default_factory=list)
    is_event: bool = False


def day_one_for(published: dt.date | None, timelines: tuple[dt.date, ...]) -> dt.date | None:
    """The start of the story an article belongs to: the latest timeline that began within a year before it.

    An earthquake report of 2023 must not count "the third day" from an invasion of 2022.
    """
    if published is None:
        return None
    started = [day for day in timelines if day <= published and (published - day).days <= 366]
    return started[-1] if started else None


_NO_ATTRIBUTION = Attribution(None, False)
# an item of a list: "- tanks ‒ 1,379", "• 24,617 deaths", "3. helicopters ‒ 176"
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪]\s|\d{1,2}[.)]\s)")


def _read(article: Article, vocab: Vocabulary) -> list[_Read]:
    """Every sentence with its dates, claimant and as-of date, reading forward.

    Resolving dates and claimants is most of the cost, and most sentences state nothing checkable,
    so a sentence gets them only when something can use them: its own tallies (as-of date) or event
    (dates), a claimant it names (the date that claimant spoke on, used by later sentences), a later
    "earlier in the day" that takes the date of the sentences before it, or a count in the next
    sentence, which may go on from its date. The others keep an empty
    record, which no later sentence reads: the results are the same as resolving every sentence.
    """
    ctx = _Context()
    day_one = day_one_for(article.published, vocab.timelines)
    sentences = split_sentences(article.text)
    texts = [s.text for s in sentences]
    same_day = [refers_to_same_day(text) for text in texts]
    last_same_day = max((i for i, flag in enumerate(same_day) if flag), default=-1)
    found = [vocab.tallies.find(text) for text in texts]
    reads = []
    for index, sentence in enumerate(sentences):
        text = texts[index]
        tallies = found[index]
        is_event = vocab.events.is_event_sentence(text)
        previous = ctx.last_claimant
        needed = (
            bool(tallies)
            or is_event
            or index < last_same_day
            or (index + 1 < len(found) and bool(found[index + 1]))  # its date may go on to the next
            or vocab.attributor.names_claimant(text)
        )
        if not needed:
            reads.append(_Read(index, sentence, [], _NO_ATTRIBUTION, None, previous, tallies, is_event))
            continue
        dates = resolve_dates(text, article.published, day_one=day_one) if article.published else []
        attribution = vocab.attributor.attribute(text, previous)
        said_on = statement_date(text, dates, article.published)
        item = _LIST_ITEM.match(text) is not None
        if item and ctx.list_lead is not None and attribution.claimant is None:
            attribution, said_on = ctx.list_lead[0], said_on or ctx.list_lead[1]
        if text.rstrip().endswith(":") and attribution.claimant is not None:
            ctx.list_lead = (attribution, said_on)
        elif not item:
            ctx.list_lead = None
        # "Search teams recovered two more bodies on Monday, police said. Two people remain missing.":
        # a sentence with no date and no source of its own goes on from the statement just before it
        # (not from a date that only told what happened: "On February 24, Russia invaded.")
        goes_on = ctx.dated == (index - 1, sentence.paragraph) and attribution.claimant is None
        as_of = _as_of(article, ctx, attribution, said_on, same_day[index] or goes_on)
        reads.append(_Read(index, sentence, dates, attribution, as_of, previous, tallies, is_event))
        _remember(ctx, attribution, said_on, as_of)
        if said_on is not None and attribution.claimant is not None:
            ctx.dated = (index, sentence.paragraph)  # a source said it on that day
    return reads


def extract(article: Article, vocab: Vocabulary) -> list[Claim]:
    reads = _read(article, vocab)
    claims: list[Claim] = []
    for read in reads:
        if read.tallies:
            claims.extend(_tally_claims(article, vocab, read))
    claims = drop_superseded(claims)  # "earlier in the day, officials said 18": the day's older count
    claims.extend(_event_claims(article, vocab, reads))
    # a paragraph that a saved page repeats word for word says its claims once: the first time
    unique: dict[str, Claim] = {}
    for claim in claims:
        unique.setdefault(claim.id, _compact(claim))
    return list(unique.values())


_DAYS: dict[dt.date, dt.date] = {}


def _compact(claim: Claim) -> Claim:
    """The claim with an exact figure's bounds the very object of its value, and its day shared
    with every claim of that day: a corpus of 100,000 articles holds over a million claims, and
    three float objects and a date each cost it 100 MB (the cache reads its claims back so too)."""
    changes: dict[str, object] = {}
    value = claim.value
    if claim.low is not None and claim.low is not value and claim.low == value:
        changes["low"] = value
    if claim.high is not None and claim.high is not value and claim.high == value:
        changes["high"] = value
    if claim.as_of is not None and (day := _DAYS.setdefault(claim.as_of, claim.as_of)) is not claim.as_of:
        changes["as_of"] = day
    return replace_claim(claim, **changes) if changes else claim


def _base(article: Article, read: _Read, start: int, end: int) -> dict[str, object]:
    line, column = position(article, read.sentence.start + start)
    return {
        "path": article.path,
        "line": line,
        "column": column,
        "quote": quote_of(read.sentence, start, end),
        "claimant": read.attribution.claimant,
        "outlet": article.outlet,
        "sentence": read.index,
    }


def _incident(text: str, incident: bool) -> str | None:
    """The event of one incident's toll: "separate incident" when the sentence sets it apart ("In a
    separate incident, a boat sank, killing three"), which is never the corpus's own event."""
    if not incident:
        return None
    return "separate incident" if SEPARATE.search(text) else "incident"


def _as_of_without_daily_days(article: Article, read: _Read) -> dt.date | None:
    """The sentence's as-of day, leaving out the dates that follow a daily figure up to the next
    figure: those are the daily figure's own."""
    spans = []
    for index, t in enumerate(read.tallies):
        if t.daily:
            following = read.tallies[index + 1].mention.start if index + 1 < len(read.tallies) else None
            spans.append((t.mention.end, following if following is not None else len(read.sentence.text)))
    dates = [d for d in read.dates if not any(start <= d.start < end for start, end in spans)]
    if len(dates) == len(read.dates):
        return read.as_of
    return statement_date(read.sentence.text, dates, article.published) or article.published


def _tally_claims(article: Article, vocab: Vocabulary, read: _Read) -> list[Claim]:
    claims = []
    text = read.sentence.text
    others_daily = any(t.daily for t in read.tallies)  # the daily words are some figure's own
    # the day in a daily figure's own words ("including 142,000 on Tuesday alone") is that figure's;
    # the total beside it is as of the day the sentence is otherwise for
    total_as_of = _as_of_without_daily_days(article, read) if others_daily else read.as_of
    for tally in read.tallies:
        m = tally.mention
        anchor = m.value if m.value is not None else m.low if m.low is not None else m.high
        # "..., AFAD said, while Syrian state media reported 810 deaths": each clause its own source
        start, end = clause_bounds(text, m.start)
        if of_a_past_period(text, start, end, article.published):
            continue
        own = (
            vocab.attributor.attribute(text[start:end], read.previous_claimant)
            if end - start < len(text)
            else None
        )
        base = _base(article, read, m.start, m.end)
        if own is not None and own.claimant is not None:
            base["claimant"] = own.claimant
        named = vocab.attributor.figure_source(text, m.start, m.end)  # "Kyiv's estimate of 14,000"
        if named is not None:
            base["claimant"] = named
        claims.append(
            Claim(
                **base,  # type: ignore[arg-type]
                kind="quantity",
                metric=tally.metric,
                subject=tally.subject,
                event=_incident(text, tally.incident),
                value=float(anchor or 0),
                low=float(m.low) if m.low is not None else None,
                high=float(m.high) if m.high is not None and not open_ended(m) else None,
                qualifier="at_least" if open_ended(m) else m.qualifier,
                as_of=(
                    article.published  # "..., while Moscow said on March 25 that ...": not this one's day
                    if total_as_of == statement_date(text, read.dates, article.published)
                    and dated_across_contrast(text, m.start, read.dates)
                    else read.as_of
                    if tally.daily
                    else total_as_of
                ),
                period="daily" if tally.daily else period_of(read.sentence.text, others_daily),
                negated=tally.negated,
                modality="hedged" if tally.hedged else "asserted",
                note=None if article.published else "no publication date: as-of date unknown",
            )
        )
    return claims


def _event_claims(article: Article, vocab: Vocabulary, reads: list[_Read]) -> list[Claim]:
    finder = vocab.events
    hints: list[RoundHint] = []
    event_dates: dict[int, list[DateMention]] = {}
    for read in reads:
        text = read.sentence.text
        if not read.is_event:
            continue
        explicit, is_new = round_of(text)
        dates = finder.event_dates(text, read.dates)
        own_round = finder.round_kind(text)  # "the second round of the presidential election"
        if own_round is not None:
            explicit, is_new = None, False
        near = dates[0].start if dates else None
        named = (
            own_round or finder.meeting_of(text) or finder.kind_of(text, near)
            if explicit is None and not is_new
            else None
        )
        hints.append(
            RoundHint(read.index, explicit, is_new, modality_of(text), tuple(d.date for d in dates), named)
        )
        event_dates[read.index] = dates
    # where the fighting is matters only to venues, and only event sentences have venues
    theatre = set().union(*(finder.theatre(r.sentence.text) for r in reads)) if event_dates else set()
    events = assign_rounds(hints)
    claims: list[Claim] = []
    for read in reads:
        if read.index not in event_dates:
            continue
        text = read.sentence.text
        dates = event_dates[read.index]
        venues, unknown = finder.venues(text, theatre)
        event = events[read.index]
        spans: list[tuple[int, int, str, str, str | None]] = [
            (v.start, v.end, "venue", v.key, None) for v in venues
        ]
        spans += [(u.start, u.end, "venue", u.text, "unknown place") for u in unknown]
        spans += [
            (d.start, d.end, "date", _planned_day(text, d, article.published).isoformat(), None)
            for d in dates
        ]
        for start, end, kind, value, note in sorted(spans):
            claims.append(
                Claim(
                    **_base(article, read, start, end),  # type: ignore[arg-type]
                    kind=kind,  # type: ignore[arg-type]
                    metric=kind,
                    value=value,
                    event=event,
                    negated=venue_negated(text, start) if kind == "venue" else date_negated(text, start),
                    modality=modality_of(text, start, end),
                    as_of=dt.date.fromisoformat(value) if kind == "date" else None,
                    note=note,
                )
            )
    return claims


_WEEKDAY = re.compile(r"(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def _planned_day(text: str, mention: DateMention, published: dt.date | None) -> dt.date:
    """The day a plan names: "a second session is expected ... on Tuesday", said on a Sunday, is the
    coming Tuesday, though a bare weekday alone reads as the last one."""
    day = mention.date
    if (
        published is not None
        and day < published
        and _WEEKDAY.fullmatch(text, mention.start, mention.end)
        and modality_of(text, mention.start, mention.end) == "expected"
    ):
        return day + dt.timedelta(days=7)
    return day


def _as_of(
    article: Article, ctx: _Context, attribution: Attribution, said_on: dt.date | None, same_day: bool
) -> dt.date | None:
    if said_on is not None:
        return said_on
    if same_day and ctx.last_date is not None:
        return ctx.last_date
    if attribution.claimant and attribution.claimant in ctx.spoke_on:
        return ctx.spoke_on[attribution.claimant]
    return article.published


def _remember(
    ctx: _Context, attribution: Attribution, said_on: dt.date | None, as_of: dt.date | None
) -> None:
    if attribution.known:
        ctx.last_claimant = attribution.claimant
    elif attribution.mentions:
        ctx.last_claimant = attribution.mentions[-1].key
    if said_on is not None:
        ctx.last_date = said_on
        for mention in attribution.mentions:
            ctx.spoke_on[mention.key] = said_on
    elif as_of is not None and attribution.claimant:
        ctx.last_date = as_of
