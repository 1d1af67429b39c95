"""Extract claims from one article: walk its sentences, carrying attribution and dates forward.

`extract(article, vocabulary)` is a pure function from an Article to its Claims. It reads
sentences in order because news prose leans on what came before: "He also stated that 395 tanks
..." takes its claimant from the sentence before, and "Earlier in the day, ... 1,502" its date.
Event claims need a second look at the whole article: "a new round" is numbered from the rounds
the article says were already held (rounds.py); event_claims.py makes those claims.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from discrep.extract.attribution import Attribution, clause_bounds
from discrep.extract.event_claims import event_claims
from discrep.extract.reads import Read, base_fields
from discrep.extract.source_names import full_names
from discrep.extract.superseded import drop_superseded, said_later
from discrep.extract.tally_also import also_placed, one_source_place, totals_of_before
from discrep.extract.tally_another import of_another_quake
from discrep.extract.tally_asides import ASIDE_NOTES
from discrep.extract.tally_confirmed import CONFIRMED_NOTE, confirmed_only, unsure_only
from discrep.extract.tally_figures import VAGUE_COUNT, open_ended, vague
from discrep.extract.tally_incidents import SEPARATE
from discrep.extract.tally_named_fires import under_heading
from discrep.extract.tally_past import goes_on_about_past_disaster, names_a_past_event, of_past_disaster
from discrep.extract.tally_provisional import as_floor, says_toll_may_rise
from discrep.extract.timing import (
    dated_across_contrast,
    event_day_only,
    level_day,
    of_a_past_period,
    period_of,
    refers_to_same_day,
    statement_date,
)
from discrep.extract.vocabulary import Vocabulary as Vocabulary  # re-exported: discrep.extract names it
from discrep.extract.vocabulary import compile_rules as compile_rules
from discrep.model import Article, Claim, replace_claim
from discrep.text.dates import resolve_dates
from discrep.text.number_context import EVENT_NOUN_AFTER
from discrep.text.sentences import split_sentences


@dataclass
class _Context:
    """What earlier sentences of the article established."""

    last_claimant: str | None = None
    last_date: dt.date | None = None
    spoke_on: dict[str, dt.date] = field(default_factory=dict)
    dated: tuple[int, int] | None = None  # (sentence, paragraph) of the last dated, sourced statement
    just_said: tuple[int, str] | None = None  # (sentence, source) of the last sentence with a source
    # "..., the General Staff reported on Monday:" then "- tanks ‒ 1,379": what the items say is its
    list_lead: tuple[Attribution, dt.date | None] | None = None
    # "More than 100 people have died ..., authorities said Monday.": a wire story's lead tells the
    # day its news is of, filed the day before it is published; its undated figures are of that day
    lead_day: dt.date | None = None


def day_one_for(published: dt.date | None, timelines: tuple[dt.date, ...]) -> dt.date | None:
    """The start of the story an article belongs to: the latest timeline that began within a year before it.

    An earthquake report of 2023 must not count "the third day" from an invasion of 2022.
    """
    if published is None:
        return None
    started = [day for day in timelines if day <= published and (published - day).days <= 366]
    return started[-1] if started else None


_NO_ATTRIBUTION = Attribution(None, False)
_NAMES_DISASTER = re.compile(EVENT_NOUN_AFTER)
# an item of a list: "- tanks ‒ 1,379", "• 24,617 deaths", "3. helicopters ‒ 176"
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪]\s|\d{1,2}[.)]\s)")


def _read(article: Article, vocab: Vocabulary) -> list[Read]:
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
            reads.append(Read(index, sentence, [], _NO_ATTRIBUTION, None, previous, tallies, is_event))
            continue
        dates = resolve_dates(text, article.published, day_one=day_one) if article.published else []
        just_said = ctx.just_said[1] if ctx.just_said is not None and ctx.just_said[0] == index - 1 else None
        attribution = vocab.attributor.attribute(text, previous, just_said)
        if attribution.claimant is not None:
            ctx.just_said = (index, attribution.claimant)
        # "the death toll from the New Year's Day earthquake stood at 65 as of Jan. 3": a day that
        # names the disaster ("the March 3 floods") is not the day the figure is for
        said_on = statement_date(
            text, [d for d in dates if not _NAMES_DISASTER.match(text, d.end)], article.published
        )
        item = _LIST_ITEM.match(text) is not None
        if item and ctx.list_lead is not None and attribution.claimant is None:
            attribution, said_on = ctx.list_lead[0], said_on or ctx.list_lead[1]
        if text.rstrip().endswith(":") and attribution.claimant is not None:
            ctx.list_lead = (attribution, said_on)
        elif not item:
            ctx.list_lead = None
        # "Search teams recovered two more bodies on Monday, police said. Two people remain missing.":
        # a sentence with no date and no source of its own goes on from the statement just before it,
        # in its paragraph or the next (wire copy gives each sentence a paragraph); not from a date
        # that only told what happened ("On February 24, Russia invaded."), nor into other news
        # ("Elsewhere, ...")
        goes_on = (
            ctx.dated is not None
            and ctx.dated[0] == index - 1
            and attribution.claimant is None
            and not _ELSEWHERE.match(text)
        )
        if (
            index == 0
            and tallies
            and said_on is not None
            and article.published is not None
            and 0 < (article.published - said_on).days <= _LEAD_DAY_LAG
            # the day it was said ("authorities said Monday"), not the day a flood struck
            and any(d.date == said_on and _SAID_ON.search(text, max(0, d.start - 20), d.start) for d in dates)
        ):
            ctx.lead_day = said_on
        as_of = _as_of(article, ctx, attribution, said_on, same_day[index] or goes_on)
        reads.append(Read(index, sentence, dates, attribution, as_of, previous, tallies, is_event))
        _remember(ctx, attribution, said_on, as_of)
        if attribution.claimant is not None and (said_on is not None or attribution.claimant in ctx.spoke_on):
            ctx.dated = (index, sentence.paragraph)  # a source said it on that day (or goes on saying it)
    return reads


def extract(article: Article, vocab: Vocabulary) -> list[Claim]:
    reads = _read(article, vocab)
    claims: list[Claim] = []
    placed_before: list[Claim] = []  # the claims of the sentence just before, when it had figures
    headed: tuple[str, int] | None = None  # (subject, paragraph) of a fact box's heading and its last item
    for index, read in enumerate(reads):
        text, paragraph = read.sentence.text, read.sentence.paragraph
        headed = under_heading(vocab.places, text, paragraph, _LIST_ITEM.match(text) is not None, headed)
        if not read.tallies:
            placed_before = []
        else:
            # "... hit Agadir in 1960. It killed at least 12,000 people.": the past quake's toll
            previous = reads[index - 1].sentence.text if index else None
            after_past = previous is not None and goes_on_about_past_disaster(
                read.sentence.text, previous, article.published
            )
            # "Another earthquake ... struck Wednesday. Officials said one person died": its toll
            another = not after_past and of_another_quake(read.sentence.text, previous)
            found = _tally_claims(article, vocab, read, after_past or another, another)
            # "... lost in the Thai capital, Bangkok. Authorities also announced 12 injured": Bangkok's
            found = also_placed(read.sentence.text, read.tallies[0].mention.start, found, placed_before)
            found = totals_of_before(found, placed_before)  # "The new total of 1,644 is ..."
            found = one_source_place(read.sentence.text, found)  # "..., while 139 people remained missing"
            placed_before = found
            # "approximately 87 have died ... . ..., adding the death toll may rise": a floor
            if says_toll_may_rise(read.sentence.text) or (
                # (not one with figures of its own: "The toll may go up further as around 180 are
                # still missing" says why, after "However, the official toll stands at 222")
                index + 1 < len(reads)
                and not reads[index + 1].tallies
                and says_toll_may_rise(reads[index + 1].sentence.text)
            ):
                found = [c if c.period == "daily" or c.event == PAST_EVENT else as_floor(c) for c in found]
            if headed is not None:  # "Palisades fire" over "- Damage: 3,328 structures destroyed"
                found = [replace_claim(c, subject=headed[0]) if c.subject is None else c for c in found]
            claims.extend(found)
    claims = drop_superseded(claims)  # "earlier in the day, officials said 18": the day's older count
    claims = full_names(claims)
    claims.extend(event_claims(article, vocab.events, reads))
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


def _incident(text: str, incident: bool) -> str | None:
    """The event of one incident's toll: "separate incident" when the sentence sets it apart ("In a
    separate incident, a boat sank, killing three"), which is never the corpus's own event."""
    if not incident:
        return None
    return "separate incident" if SEPARATE.search(text) else "incident"


PAST_EVENT = "separate incident"  # as "in a separate incident": the checks never compare it
PAST_EVENT_NOTE = "of an earlier year's or month's event: not compared"
ANOTHER_NOTE = "of another quake or storm than the one followed: not compared"


def _as_of_without_daily_days(article: Article, read: Read) -> dt.date | None:
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


def _tally_claims(
    article: Article, vocab: Vocabulary, read: Read, after_past: bool = False, another: bool = False
) -> list[Claim]:
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
        # "killed in 2016", "in a 2008 stampede", "an earthquake in 1960 that killed 12,000", "It
        # killed ..." after a sentence dating a past quake: another event's toll, listed, never compared
        past = (
            after_past
            or of_a_past_period(text, start, end, article.published)
            or names_a_past_event(text, start, end, article.published)
            or of_past_disaster(text, m.start, article.published)
        )
        own = (
            vocab.attributor.attribute(text[start:end], read.previous_claimant)
            if end - start < len(text)
            else None
        )
        base = base_fields(article, read, m.start, m.end)
        if own is not None and own.claimant is not None:
            base["claimant"] = own.claimant
        elif _SOURCE_CLOSED.search(text, 0, start) or (
            own is not None and _OTHER_SOURCE_NEXT.match(text, end)
        ):
            # "In Turkey, 8,574 died, Vice President Fuat Oktay said, while 2,662 have died in Syria":
            # the source closed its own statement; what the writer adds after is unattributed. And
            # "At least 40 were killed, while a rights group put the number at 76": the source who
            # opens the next clause speaks for it only
            base["claimant"] = None
        named = vocab.attributor.figure_source(text, m.start, m.end)  # "Kyiv's estimate of 14,000"
        if named is not None:
            base["claimant"] = named
        claims.append(
            Claim(
                **base,  # type: ignore[arg-type]
                kind="quantity",
                metric=tally.metric,
                subject=unsure_only(text, m.end, tally.subject),  # "22 probable cases": not all cases
                event=PAST_EVENT if past else _incident(text, tally.incident),
                value=float(anchor or 0),
                low=float(m.low) if m.low is not None else None,
                high=float(m.high) if m.high is not None and not open_ended(m) else None,
                qualifier="at_least" if open_ended(m) else m.qualifier,
                # "..., while Moscow said on March 25 that ...": the article's day, not this one's
                as_of=(
                    None
                    if past or tally.aside is not None  # an earlier figure or a projection: no day's count
                    else article.published
                    if total_as_of == statement_date(text, read.dates, article.published)
                    and dated_across_contrast(text, m.start, read.dates)
                    else article.published  # "earlier on Sunday ... 9,000, but later said 2,000"
                    if said_later(text, m.start, [d.end for d in read.dates])
                    else level  # "stood at 35 on Monday and rose to 42 on Tuesday": each its day
                    if (level := level_day(text, m.start, m.end, read.dates)) is not None
                    else read.as_of
                    if tally.daily
                    else article.published
                    if event_day_only(text, m.end, read.dates, article.published, total_as_of)
                    else total_as_of
                ),
                period="daily" if tally.daily else period_of(read.sentence.text, others_daily),
                negated=tally.negated,
                modality="hedged" if tally.hedged else "asserted",
                note="; ".join(
                    ([VAGUE_COUNT] if vague(m) else [])
                    + ([CONFIRMED_NOTE] if confirmed_only(text, m.start, m.end) else [])
                    + ([ANOTHER_NOTE if another else PAST_EVENT_NOTE] if past else [])
                    + ([ASIDE_NOTES[tally.aside]] if tally.aside is not None else [])
                    + ([] if article.published else ["no publication date: as-of date unknown"])
                )
                or None,
            )
        )
    return claims


# a statement closed by its source, then another after "while": ", Fuat Oktay said, while "
_SOURCE_CLOSED = re.compile(
    r",\s+[^,;:]{1,60}?\b(?:said|says|reported|reports|told\s+[\w-]+|added|announced)\s*,\s*(?:while|whereas)\s+$",
    re.IGNORECASE,
)

# the next clause opened by its own source: " while a rights group put the number at", " but police said"
_OTHER_SOURCE_NEXT = re.compile(
    r"\s*,?\s*(?:while|whereas|but)\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|put|puts|reported|reports|estimated|"
    r"estimates|counted|claimed|claims|gave|gives|told)\b",
    re.IGNORECASE,
)

# a sentence that turns to other news does not go on from the statement before it
_ELSEWHERE = re.compile(
    r"\s*(?:elsewhere|meanwhile|separately|in\s+(?:a\s+)?separate|in\s+other|on\s+the\s+ground|"
    r"earlier|previously|last\s+(?:week|month|year))\b",
    re.IGNORECASE,
)


def _as_of(
    article: Article, ctx: _Context, attribution: Attribution, said_on: dt.date | None, same_day: bool
) -> dt.date | None:
    if said_on is not None:
        return said_on
    if same_day and ctx.last_date is not None:
        return ctx.last_date
    if attribution.claimant and attribution.claimant in ctx.spoke_on:
        return ctx.spoke_on[attribution.claimant]
    return ctx.lead_day or article.published


_SAID_ON = re.compile(r"\b(?:said|say|says|reported|announced|confirmed|told\s+\w+)\s+(?:on\s+)?$")
_LEAD_DAY_LAG = 1  # days between a wire story's news and its publication


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
