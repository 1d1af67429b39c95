"""Which round of talks a sentence is about, within one article, and across articles.

Within an article (`assign_rounds`): explicit ordinals first; "a new round" is the first numbered
round the article still expects, else the one after the last round it says was held; a sentence
"the latest round" is the last one it says was held (round unknown when it names none); a sentence
with no ordinal takes the round of the nearest numbered event sentence before it (or after it,
when none comes before; "This was the second round" numbers the talks told before it), unless it
carries its own date and that date differs from the dates the
article gives for that round, or it tells of talks held on its own day while the round is one
still to come, with no day ("offered to host the next round ... the delegations met on May 16").
Such sentences stay "talks" (round unknown).

Across articles (`resolve_by_date`): a "talks" claim whose date is a date other articles give for
a numbered round joins that round, as does one a day off the dates of one round and no other (the
plan said Monday, the round opened on Tuesday); one dated after every known round is the next round;
one dated in the gap where a round has no date (after the rounds before it, at most GAP_DAYS before
the round after it) is that round, and so are the days of one spell (within MAX_SLIP days) that
several articles give in that gap, up to AGREED_GAP_DAYS before the round after it; one that
denies the date of one round ("in Cairo on Thursday, not Tuesday") is that round, moved. Claims
that still have no round are reported but not compared.

"The next round" in an article that says nothing of the rounds before it is numbered across
articles too, by its date: a date another article gives a round, or the first round dated after
it, or the round after all known rounds. One that denies a date a round has ("in Cairo on Thursday,
not Tuesday") is that round, moved. In a later week's report, "the next round of talks in
Istanbul on March 29" is not the second round of a corpus that holds the first three. With no date
to go by, or no numbered round anywhere, it is the second round, as the first such reports meant;
but in a corpus that numbers no round, an article that says a session was held means that session
by an undated "new round" told as done, and a sitting after it by one told as a plan ("a new round
will be held in Amman shortly", written after the Doha sitting): that one is not compared.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from discrep.extract.event_parties import compatible
from discrep.extract.event_telling import EARLIER, LATEST
from discrep.extract.leaders_talks import leaders_talks
from discrep.extract.meeting_names import join_named_meetings
from discrep.extract.own_incident import own_incident

# UNNUMBERED and MAX_SLIP live with the gap rules, which need them too; the checks import them from here
from discrep.extract.round_gaps import MAX_SLIP as MAX_SLIP
from discrep.extract.round_gaps import ROUND_PREFIX, agreed_gap_days, article_rounds, gap_round, later_rounds
from discrep.extract.round_gaps import UNNUMBERED as UNNUMBERED
from discrep.extract.round_lines import talks_lines

# SESSION: the checks import it from here
from discrep.extract.round_sessions import NEXT_EVENT, next_as_sessions, next_of_held_sessions, sessions
from discrep.extract.round_sessions import SESSION as SESSION
from discrep.model import Claim, Modality, replace_claim

NEXT = 0  # "the next round", in an article that names no round before it: numbered by resolve_by_date
_DEFAULT_NEXT = 2
NEAR_SLIP = 1  # days: an unnumbered date this close to one round's date, and no other's, is that round


def round_event(number: int) -> str:
    return NEXT_EVENT if number == NEXT else f"{ROUND_PREFIX}{number}"


def round_number(event: str | None) -> int | None:
    if event and event.startswith(ROUND_PREFIX):
        return int(event.rsplit("-", 1)[1])
    return None


@dataclass(frozen=True, slots=True)
class RoundHint:
    """What pass one learned about one event sentence."""

    index: int  # sentence index in the article
    explicit: int | None
    is_new: bool
    modality: Modality
    dates: tuple[dt.date, ...]
    named: str | None  # an event the sentence names outright: "meeting/kuleba+lavrov", "summit"
    parties: str | None = None  # who the talks are between: "russia+ukraine" (event_parties.py)
    recap: bool = False  # "This was the second round ...": the ordinal of the talks told before
    told_past: bool = False  # a verb tells the talks as over or under way: "the talks lasted hours"


def assign_rounds(hints: Sequence[RoundHint]) -> dict[int, str]:
    """Sentence index -> event id, for every event sentence of one article."""
    held = {h.explicit for h in hints if h.explicit and h.explicit > 0 and h.modality == "asserted"}
    pending = {h.explicit for h in hints if h.explicit and h.explicit > 0 and h.modality != "asserted"} - held
    new_round = min(pending) if pending else (max(held) + 1 if held else NEXT)
    numbered: dict[int, int] = {}
    latest_unknown: set[int] = set()  # "the latest round", in an article that numbers none held
    for h in hints:
        if h.named is None and h.explicit == EARLIER:
            latest_unknown.add(h.index)  # earlier rounds, none in particular
        elif h.named is None and h.explicit == LATEST:
            if held:
                numbered[h.index] = max(held)
            else:
                latest_unknown.add(h.index)
        elif h.named is None and (h.explicit or h.is_new):
            numbered[h.index] = h.explicit or new_round
    round_dates: dict[int, set[dt.date]] = defaultdict(set)
    told_held: set[int] = set()  # rounds a sentence tells as held, not only as to come
    for h in hints:
        if h.index in numbered:
            round_dates[numbered[h.index]].update(h.dates)
            if h.modality == "asserted" and not h.is_new:
                told_held.add(numbered[h.index])
    events: dict[int, str] = {}
    parties = {h.index: h.parties for h in hints}
    recaps = {h.index: h.recap for h in hints}
    for h in hints:
        if h.named is not None:
            events[h.index] = h.named
            continue
        if h.index in numbered:
            events[h.index] = round_event(numbered[h.index])
            continue
        if h.index in latest_unknown:
            events[h.index] = UNNUMBERED  # held already, but which round the article does not say
            continue
        # the round of talks between other parties is not this sentence's
        fits = [i for i in numbered if compatible(parties[i], h.parties)]
        before = [i for i in fits if i < h.index]
        after = [i for i in fits if i > h.index]
        nearest = max(before) if before else (min(after) if after else None)
        if nearest is None:
            events[h.index] = UNNUMBERED
            continue
        number = numbered[nearest]
        gone_by = [n for n in told_held if n < number]
        if not h.dates and h.told_past and h.modality == "asserted" and number not in told_held and gone_by:
            # "met in Oman on April 26 for the third round. The fourth is scheduled for May 3. The
            # talks lasted several hours in Muscat": talks told as held are the last round held
            number = max(gone_by)
        known = round_dates.get(number, set())
        if h.dates and known and not set(h.dates) & known:
            events[h.index] = UNNUMBERED
        elif h.dates and not known and not before and not recaps.get(nearest, False):
            events[h.index] = UNNUMBERED  # a dated sentence before any round is named: let dates decide
        elif h.dates and not known and number not in told_held and h.modality == "asserted":
            # "the Pope offered to host the next round ... The delegations met in Istanbul on May
            # 16": talks told as held, with their day, are not the round still to come
            events[h.index] = UNNUMBERED
        else:
            events[h.index] = round_event(number)
    return events


def resolve_by_date(claims: Sequence[Claim]) -> list[Claim]:
    """Give "the next round" its number, and unnumbered talks claims the round other articles date
    the same way; a summit's parties' talks on its day are the summit (leaders_talks.py). Also the
    one pass over the whole corpus's claims before the checks: the tolls of a corpus about one
    incident become its own running total (own_incident.py)."""
    # (and a meeting told by its people is the meeting of their office, when the corpus ties them)
    claims = join_named_meetings(own_incident(claims))
    lines = talks_lines(claims)
    if lines is None:
        return list(leaders_talks(_resolve_line(claims)))
    # talks between other parties are another line of rounds, numbered by itself (round_lines.py)
    out, indices = lines
    for members in indices:
        for i, c in zip(members, _resolve_line([out[i] for i in members]), strict=True):
            out[i] = c
    return list(leaders_talks(out))


def _resolve_line(claims: Sequence[Claim]) -> list[Claim]:
    """resolve_by_date for the talks of one line (one pair of parties, or all in a corpus of one)."""
    dated = _round_dates(claims)
    if not dated:
        return list(_number_next_rounds(next_of_held_sessions(sessions(next_as_sessions(claims)))))
    # the day each unnumbered sentence is about, so its venue claim moves with its date claim
    sentence_round: dict[tuple[str, int], int] = {}
    agreed = agreed_gap_days(claims, dated)
    later: dict[tuple[str, int], dt.date] = {}  # sentences dated after every numbered round
    moved: dict[tuple[str, int], int] = {}  # "on Thursday, not Tuesday": the round dated Tuesday
    placed: dict[str, tuple[list[int], int | None, bool]] = {}  # per day: it depends on nothing else
    # a recap's days of several rounds ("the first and third in Muscat on April 12 and April 26, and
    # the second in Rome on April 19"): each day is its own round's, and its places are no one's
    own_round: dict[str, int] = {}
    guesses: dict[tuple[str, int], set[int]] = {}
    for c in claims:
        if c.event == UNNUMBERED and c.kind == "date" and isinstance(c.value, str):
            found = placed.get(c.value)
            if found is None:
                found = placed[c.value] = _place_day(dt.date.fromisoformat(c.value), dated)
            matches, guess, after_all = found
            if c.negated:
                if len(matches) == 1:
                    moved.setdefault((c.path, c.sentence), matches[0])
            elif guess is not None:
                sentence_round[(c.path, c.sentence)] = guess
                own_round[c.id] = guess
                guesses.setdefault((c.path, c.sentence), set()).add(guess)
            elif c.value in agreed:
                sentence_round[(c.path, c.sentence)] = agreed[c.value]
            elif after_all:
                later.setdefault((c.path, c.sentence), dt.date.fromisoformat(c.value))
    sentence_round.update(later_rounds(later, max(dated)))
    sentence_round.update(moved)
    recaps = {key for key, rounds in guesses.items() if len(rounds) > 1}
    for key in recaps:
        sentence_round.pop(key, None)
    sentence_round.update(article_rounds(claims, sentence_round))
    # then each article's "next round", among the rounds numbered so far
    return list(
        _number_next_rounds(
            [
                replace_claim(c, event=round_event(sentence_round[(c.path, c.sentence)]))
                if c.event == UNNUMBERED and (c.path, c.sentence) in sentence_round
                else replace_claim(c, event=round_event(own_round[c.id]))
                if c.event == UNNUMBERED and (c.path, c.sentence) in recaps and c.id in own_round
                else c
                for c in claims
            ]
        )
    )


def _place_day(day: dt.date, dated: dict[int, set[dt.date]]) -> tuple[list[int], int | None, bool]:
    """For an unnumbered talks date: the rounds dated that day; the round it is, if one can tell
    (the one round dated that day, else the one round a day off, else the undated round whose gap
    it fills); and whether it comes after every numbered round."""
    matches = [n for n, days in dated.items() if day in days]
    if len(matches) == 1:
        return matches, matches[0], False
    if matches:
        return matches, None, False
    # a day off one round's date and no other's: a plan that slipped ("Monday", held Tuesday)
    near = [n for n, days in dated.items() if any(abs((day - d).days) <= NEAR_SLIP for d in days)]
    if len(near) == 1:
        return matches, near[0], False
    gap = gap_round(day, dated)
    return matches, gap, gap is None and all(day > max(days) for days in dated.values())


def _round_dates(claims: Sequence[Claim]) -> dict[int, set[dt.date]]:
    dated: dict[int, set[dt.date]] = defaultdict(set)
    for c in claims:
        # the kind first: most claims are figures, and reading their event's number is the cost
        if (
            c.kind == "date"
            and not c.negated
            and (number := round_number(c.event)) is not None
            and isinstance(c.value, str)
        ):
            dated[number].add(dt.date.fromisoformat(c.value))
    return dated


def _number_next_rounds(claims: Sequence[Claim]) -> Sequence[Claim]:
    """Each article's "next round": the round its date points to among the numbered ones."""
    if not any(c.event == NEXT_EVENT for c in claims):
        return claims
    dated = _round_dates(claims)
    number: dict[str, int] = {}  # per article: all its "next round" sentences are one round
    moved: dict[str, int] = {}  # "on Thursday, not Tuesday": the round dated Tuesday, moved
    for c in claims:
        if c.event != NEXT_EVENT or c.kind != "date" or not isinstance(c.value, str):
            continue
        day = dt.date.fromisoformat(c.value)
        if c.negated:
            same = [n for n, days in dated.items() if day in days]
            if len(same) == 1:
                moved.setdefault(c.path, same[0])
        elif (found := _round_for(day, dated)) is not None:
            number.setdefault(c.path, found)
    number.update(moved)
    return [
        replace_claim(c, event=round_event(number.get(c.path, _DEFAULT_NEXT))) if c.event == NEXT_EVENT else c
        for c in claims
    ]


def _round_for(day: dt.date, dated: dict[int, set[dt.date]]) -> int | None:
    """The round a "next round" dated `day` is: one dated that day, else the first dated later whose
    predecessors were all held before, else the round after all of them."""
    if not dated:
        return None
    same = [n for n, days in dated.items() if day in days]
    if same:
        return min(same)
    for n in sorted(dated):
        if min(dated[n]) > day:
            earlier = [d for m, days in dated.items() if m < n for d in days]
            return n if all(d < day for d in earlier) else None
    return max(dated) + 1
