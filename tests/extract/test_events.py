"""Event claims: which event a sentence is about, its venue and date, polarity and modality."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from discrep.extract import compile_rules, day_one_for, extract
from discrep.extract.rounds import RoundHint, assign_rounds, resolve_by_date
from discrep.model import Article, Claim
from discrep.ruleset import load_rules

VOCAB = compile_rules(load_rules())


def event_claims(text: str, published: dt.date = dt.date(2022, 3, 2)) -> list[tuple]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=published)
    return [
        (c.kind, c.event, c.value, c.negated, c.modality)
        for c in extract(article, VOCAB)
        if c.kind in ("venue", "date")
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "A new round of talks was expected to take place Thursday morning in Belovezhskaya Pushcha "
            "on the Belarus-Poland border. The first round of negotiations concluded on Monday.",
            dt.date(2022, 3, 3),
            [
                ("date", "talks/round-2", "2022-03-03", False, "expected"),
                ("venue", "talks/round-2", "belovezhskaya_pushcha", False, "expected"),
                ("date", "talks/round-1", "2022-02-28", False, "asserted"),
            ],
        ),
        (
            "The second round of talks will be held in Belovezhskaya Pushcha. "
            "Arakhamia said information that the talks will be held in Belovezhskaya Pushcha is not true.",
            dt.date(2022, 3, 2),
            [
                ("venue", "talks/round-2", "belovezhskaya_pushcha", False, "expected"),
                ("venue", "talks/round-2", "belovezhskaya_pushcha", True, "expected"),
            ],
        ),
        (
            "Media reports suggested a second round of peace talks might be held on Wednesday.",
            dt.date(2022, 3, 2),
            [("date", "talks/round-2", "2022-03-02", False, "hedged")],
        ),
        (
            "Delegations held their first meeting on Monday in the town of Homel, "
            "near the border with Ukraine.",
            dt.date(2022, 3, 2),
            [
                ("date", "talks/round-1", "2022-02-28", False, "asserted"),
                ("venue", "talks/round-1", "gomel", False, "asserted"),
            ],
        ),
        (
            "Lavrov would meet his Ukrainian counterpart, Dmytro Kuleba, in Turkey on Thursday.",
            dt.date(2022, 3, 7),
            [
                ("venue", "meeting/kuleba+lavrov", "turkey", False, "expected"),
                ("date", "meeting/kuleba+lavrov", "2022-03-10", False, "expected"),
            ],
        ),
        # two surnames meeting, in a place named through a longer description
        (
            "Lavrov and Kuleba met in the Turkish resort city of Antalya on Thursday.",
            dt.date(2022, 3, 10),
            [
                ("venue", "meeting/kuleba+lavrov", "antalya", False, "asserted"),
                ("date", "meeting/kuleba+lavrov", "2022-03-10", False, "asserted"),
            ],
        ),
        # a proposal that was declined is not a venue claim
        ("First there was talk of holding the talks in Minsk, but Kiev declined.", dt.date(2022, 2, 28), []),
        # the war's theatre, an arrival and a statement date are not the event's venue or date
        (
            "Fighting continues in Ukraine as the second round of talks nears. The delegation arrived on "
            "Wednesday evening, Medinsky said on Thursday.",
            dt.date(2022, 3, 3),
            [],
        ),
        # a denial binds to the place it names, not to the one offered instead
        (
            "The second round of talks will take place in Doha on Monday, not in Cairo.",
            dt.date(2024, 2, 3),
            [
                ("venue", "talks/round-2", "doha", False, "expected"),
                ("date", "talks/round-2", "2024-02-05", False, "expected"),
                ("venue", "talks/round-2", "cairo", True, "expected"),
            ],
        ),
        # a kind of event with no rounds is one event: its venue is compared across articles
        (
            "The summit will be held in Geneva on June 16.",
            dt.date(2021, 6, 1),
            [
                ("venue", "summit", "geneva", False, "expected"),
                ("date", "summit", "2021-06-16", False, "expected"),
            ],
        ),
        # who holds a summit (rules: participants): their meeting or talks is the summit
        (
            "The prime minister said she would meet the French President in Paris on Tuesday.",
            dt.date(2021, 6, 5),
            [
                ("venue", "summit", "paris", False, "expected"),
                ("date", "summit", "2021-06-08", False, "expected"),
            ],
        ),
        (
            "The two leaders held talks in Vienna on Monday, their spokesmen said.",
            dt.date(2021, 6, 9),
            [
                ("venue", "summit", "vienna", False, "asserted"),
                ("date", "summit", "2021-06-07", False, "asserted"),
            ],
        ),
        # leaders who only urge talks do not hold them; delegations hold talks, not a summit
        (
            "European leaders urged both sides to return to talks in Geneva.",
            dt.date(2021, 6, 9),
            [("venue", "talks", "geneva", False, "asserted")],
        ),
        # a summit's date is anchored by the word summit; a report's tail is not the date's verb
        (
            "Kenya will host a summit in Nairobi on Friday, officials said on Tuesday.",
            dt.date(2021, 6, 8),
            [
                ("venue", "summit", "nairobi", False, "expected"),
                ("date", "summit", "2021-06-11", False, "expected"),
            ],
        ),
        # what the talks are about is not where they are
        (
            "Mediators held a round of talks in Doha on a truce in Gaza on Sunday.",
            dt.date(2024, 2, 5),
            [
                ("venue", "talks", "doha", False, "asserted"),
                ("date", "talks", "2024-02-04", False, "asserted"),
            ],
        ),
        # "May" is a month, not a hedge; the kind nearest the date is the event, not "the election board"
        (
            "The presidential election will go to a runoff on May 28, the election board said.",
            dt.date(2023, 5, 15),
            [("date", "runoff", "2023-05-28", False, "expected")],
        ),
        # a kind whose name holds the round is not a round of talks
        (
            "The second round of the presidential election will take place on May 28.",
            dt.date(2023, 5, 15),
            [("date", "runoff", "2023-05-28", False, "expected")],
        ),
        # a capital named by its country is that capital (rules/places.yaml)
        (
            "Negotiators met in the French capital on Sunday for a second round of talks.",
            dt.date(2024, 1, 29),
            [
                ("venue", "talks/round-2", "paris", False, "asserted"),
                ("date", "talks/round-2", "2024-01-28", False, "asserted"),
            ],
        ),
        # a plan's bare weekday is the coming one
        (
            "A second round of talks is expected in Cairo on Tuesday.",
            dt.date(2024, 1, 28),
            [
                ("venue", "talks/round-2", "cairo", False, "expected"),
                ("date", "talks/round-2", "2024-01-30", False, "expected"),
            ],
        ),
        # a press conference is how something was said, not an event of the story
        (
            "Officials said at a press conference on Wednesday that 74 people had died.",
            dt.date(2022, 9, 7),
            [],
        ),
        # a leader who meets survivors, patients or the victims' families is on a visit, not at talks
        (
            "Modi visited the site on Saturday and met some of the 900 people being treated in hospital.",
            dt.date(2023, 6, 4),
            [],
        ),
        ("The governor met with families of the victims in Lahaina on Tuesday.", dt.date(2023, 8, 16), []),
        (
            "The two leaders met in Anchorage with troops on Friday.",
            dt.date(2025, 8, 17),
            [
                ("venue", "summit", "anchorage", False, "asserted"),
                ("date", "summit", "2025-08-15", False, "asserted"),
            ],
        ),
        (
            "The two sides met with mediators in Doha on Monday.",
            dt.date(2024, 1, 24),
            [
                ("venue", "talks", "doha", False, "asserted"),
                ("date", "talks", "2024-01-22", False, "asserted"),
            ],
        ),
        # a building the rules know, named with the city that holds it, is one venue
        (
            "The talks were held at Istanbul's Dolmabahce Palace on Friday.",
            dt.date(2025, 5, 17),
            [
                ("venue", "talks", "dolmabahce_palace", False, "asserted"),
                ("date", "talks", "2025-05-16", False, "asserted"),
            ],
        ),
        # a place turned down as a venue is a venue denied
        (
            "Zelensky rejected Minsk as a venue for talks.",
            dt.date(2022, 2, 27),
            [("venue", "talks", "minsk", True, "asserted")],
        ),
        # a day pencilled in is a plan
        (
            "The third round of talks has been pencilled in for March 14.",
            dt.date(2022, 3, 6),
            [("date", "talks/round-3", "2022-03-14", False, "expected")],
        ),
        # a date asked for is not the event's date
        ("Opposition figures called for the runoff to be postponed to June 4.", dt.date(2023, 5, 18), []),
        # a two-day event starts on its first day; a day denied is denied, the one offered is not
        (
            "Negotiators will hold talks in Istanbul on Monday and Tuesday.",
            dt.date(2022, 3, 27),
            [
                ("venue", "talks", "istanbul", False, "expected"),
                ("date", "talks", "2022-03-28", False, "expected"),
            ],
        ),
        (
            "The delegations will meet in Istanbul on Tuesday, not Monday.",
            dt.date(2022, 3, 27),
            [
                ("venue", "talks", "istanbul", False, "expected"),
                ("date", "talks", "2022-03-29", False, "expected"),
                ("date", "talks", "2022-03-28", True, "expected"),
            ],
        ),
        # where captives are held is not where the talks are
        (
            "Negotiators are close to a deal to free 50 children held in Gaza, a source said.",
            dt.date(2023, 11, 20),
            [],
        ),
        # a verb after "and" has its own modal verb: the talks held on Monday are no plan
        (
            "The delegations held talks on Monday and were due to meet again on Wednesday, an aide said.",
            dt.date(2023, 6, 13),
            [
                ("date", "talks", "2023-06-12", False, "asserted"),
                ("date", "talks", "2023-06-14", False, "expected"),
            ],
        ),
        # a meeting told as past in the place's own clause is no plan
        (
            "The envoys will talk again by phone on Friday, a day after they met in Vienna.",
            dt.date(2023, 6, 13),
            [
                ("date", "talks", "2023-06-16", False, "expected"),
                ("venue", "talks", "vienna", False, "asserted"),
            ],
        ),
        # "later than planned" compares: it names no day and makes no plan
        (
            "The talks resumed on Friday, two days later than planned, the mediator said.",
            dt.date(2023, 6, 17),
            [("date", "talks", "2023-06-16", False, "asserted")],
        ),
        # opposition leaders are no heads of state, and a lone name (the speaker's) tells no meeting
        # of named people: these are talks
        (
            "The ruling party and opposition leaders will meet in Geneva on May 28, speaker Anna Berg said.",
            dt.date(2024, 5, 22),
            [
                ("venue", "talks", "geneva", False, "expected"),
                ("date", "talks", "2024-05-28", False, "expected"),
            ],
        ),
        # a wire dateline's date is the day the story was filed, not the day of the talks
        (
            "CAIRO, Oct 2 (Wire) - The talks will resume in Geneva on October 8, mediators said.",
            dt.date(2024, 10, 2),
            [
                ("venue", "talks", "geneva", False, "expected"),
                ("date", "talks", "2024-10-08", False, "expected"),
            ],
        ),
        # what a denier says instead is no denial
        (
            "The employers denied that the talks would be held in Cairo, saying the sides would meet "
            "in Geneva as planned.",
            dt.date(2024, 10, 6),
            [
                ("venue", "talks", "cairo", True, "expected"),
                ("venue", "talks", "geneva", False, "expected"),
            ],
        ),
        # Pinsk is not Minsk: places are matched by name, never by similarity
        (
            "The second round of talks will be held in Pinsk.",
            dt.date(2022, 3, 2),
            [("venue", "talks/round-2", "pinsk", False, "expected")],
        ),
        # two rounds in one sentence: each date is of the round named last before it
        (
            "The first round of talks had taken place on 28 February, and the second round on 3 March.",
            dt.date(2022, 3, 8),
            [
                ("date", "talks/round-1", "2022-02-28", False, "asserted"),
                ("date", "talks/round-2", "2022-03-03", False, "asserted"),
            ],
        ),
        # the mediators' countries are no people meeting
        (
            "Envoys of the army and the RSF met in Jeddah on Saturday for talks brokered by Saudi Arabia "
            "and the United States.",
            dt.date(2023, 5, 6),
            [
                ("venue", "talks", "jeddah", False, "asserted"),
                ("date", "talks", "2023-05-06", False, "asserted"),
            ],
        ),
        # talks between office holders are their meeting
        (
            "Thursday's talks between the foreign ministers in Antalya failed to secure a ceasefire.",
            dt.date(2022, 3, 11),
            [
                ("date", "meeting/foreign ministers", "2022-03-10", False, "asserted"),
                ("venue", "meeting/foreign ministers", "antalya", False, "asserted"),
            ],
        ),
        # an office holder hosting his counterparts: their meeting
        (
            "Turkey's foreign minister said he would host his Russian and Ukrainian counterparts in Antalya "
            "on Thursday.",
            dt.date(2022, 3, 9),
            [
                ("venue", "meeting/foreign ministers", "antalya", False, "expected"),
                ("date", "meeting/foreign ministers", "2022-03-10", False, "expected"),
            ],
        ),
        # the day of another act, told with how long after it the event was, is not the event's
        (
            "Missiles struck the port on Saturday, less than 24 hours after the deal was signed in Istanbul.",
            dt.date(2022, 7, 23),
            [("venue", "signing", "istanbul", False, "asserted")],
        ),
        (
            "Delegations met for a second round of talks in Brest on Thursday, a week after the invasion.",
            dt.date(2022, 3, 4),
            [
                ("venue", "talks/round-2", "brest", False, "asserted"),
                ("date", "talks/round-2", "2022-03-03", False, "asserted"),
            ],
        ),
        # the colon of a time is no break between an event and its place
        (
            "The signing ceremony will take place at 16:30 local time at Istanbul's Dolmabahce Palace.",
            dt.date(2022, 7, 21),
            [("venue", "signing", "dolmabahce_palace", False, "expected")],
        ),
        (
            "Ukraine and Russia signed separate agreements with Turkey in Istanbul on Friday.",
            dt.date(2022, 7, 22),
            [
                ("venue", "signing", "istanbul", False, "asserted"),
                ("date", "signing", "2022-07-22", False, "asserted"),
            ],
        ),
        # a round named to compare with is not the round the sentence tells of
        (
            "Officials said the talks would take place at Ciragan Palace, the same venue as the first round.",
            dt.date(2025, 6, 1),
            [("venue", "talks", "ciragan_palace", False, "expected")],
        ),
        # the day the war began is not a day of the talks
        (
            "Last February 28, the delegations held a first meeting, after the Russian special military "
            "operation began on February 24.",
            dt.date(2022, 3, 3),
            [("date", "talks/round-1", "2022-02-28", False, "asserted")],
        ),
        # where a truce holds is not where the talks are; a ceasefire summit is held where it is
        (
            "The third round of talks comes after Russia announced a ceasefire in Kyiv, Kharkiv and Sumy.",
            dt.date(2022, 3, 7),
            [],
        ),
        (
            "The ceasefire summit in Cairo will now be held on Friday.",
            dt.date(2024, 10, 6),
            [
                ("venue", "summit", "cairo", False, "expected"),
                ("date", "summit", "2024-10-11", False, "expected"),
            ],
        ),
    ],
)
def test_event_claims(text: str, published: dt.date, expected: list[tuple]) -> None:
    assert event_claims(text, published) == expected


def test_an_unknown_place_is_a_claim_and_says_so() -> None:
    article = Article(
        path="a.md", text="The second round of talks will be held in Zhlobin.", published=dt.date(2022, 3, 2)
    )
    (claim,) = [c for c in extract(article, VOCAB) if c.kind == "venue"]
    assert (claim.value, claim.note) == ("Zhlobin", "unknown place")


def hint(
    index: int,
    explicit: int | None = None,
    *,
    new: bool = False,
    modality: str = "asserted",
    dates: tuple[dt.date, ...] = (),
    named: str | None = None,
) -> RoundHint:
    return RoundHint(index, explicit, new, modality, dates, named)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("hints", "expected"),
    [
        # "a new round" after the first round was held is the second
        ([hint(0, new=True, modality="expected"), hint(3, 1)], {0: "talks/round-2", 3: "talks/round-1"}),
        # ... but the first round still pending when the second is only rumoured
        (
            [hint(0, new=True), hint(2, 1), hint(4, 2, modality="hedged")],
            {0: "talks/round-2", 2: "talks/round-1", 4: "talks/round-2"},
        ),
        # after two rounds were held, a new one is the third
        (
            [hint(0, new=True), hint(2, 1), hint(3, 2)],
            {0: "talks/round-3", 2: "talks/round-1", 3: "talks/round-2"},
        ),
        # a sentence with its own, different date does not inherit the round before it
        (
            [
                hint(0, 2, modality="expected", dates=(dt.date(2022, 3, 2),)),
                hint(1, dates=(dt.date(2022, 2, 28),)),
            ],
            {0: "talks/round-2", 1: "talks"},
        ),
        ([hint(0, 2), hint(1)], {0: "talks/round-2", 1: "talks/round-2"}),
        ([hint(0, named="meeting/kuleba+lavrov")], {0: "meeting/kuleba+lavrov"}),
        # "the next round" in an article that names no earlier round: numbered across articles
        ([hint(0, new=True, dates=(dt.date(2022, 3, 29),)), hint(1)], {0: "talks/next", 1: "talks/next"}),
    ],
)
def test_assign_rounds(hints: list[RoundHint], expected: dict[int, str]) -> None:
    assert assign_rounds(hints) == expected


def claim(path: str, sentence: int, kind: str, value: str, event: str) -> Claim:
    return Claim(
        path=path,
        line=1,
        column=1,
        quote="q",
        kind=kind,
        metric=kind,
        value=value,  # type: ignore[arg-type]
        event=event,
        sentence=sentence,
    )


def test_unnumbered_talks_take_their_round_from_other_articles_dates() -> None:
    claims = [
        claim("a", 0, "date", "2022-02-28", "talks/round-1"),
        claim("a", 1, "date", "2022-03-03", "talks/round-2"),
        claim("b", 4, "date", "2022-02-28", "talks"),
        claim("b", 4, "venue", "belarus", "talks"),
        claim("c", 2, "date", "2022-03-07", "talks"),
        claim("d", 1, "venue", "gomel", "talks"),  # no date: stays unnumbered, never compared
    ]
    assert [c.event for c in resolve_by_date(claims)] == [
        "talks/round-1",
        "talks/round-2",
        "talks/round-1",
        "talks/round-1",
        "talks/round-3",
        "talks",
    ]


def test_an_articles_undated_plans_take_the_round_of_its_dated_plans() -> None:
    expected = "expected"
    claims = [
        claim("a", 0, "date", "2025-05-16", "talks/round-1"),
        claim("a", 1, "date", "2025-06-02", "talks/round-2"),
        # "would travel to Istanbul for the talks on Monday", then "would take place at Ciragan Palace"
        replace(claim("b", 3, "date", "2025-06-02", "talks"), modality=expected),
        replace(claim("b", 5, "venue", "ciragan_palace", "talks"), modality=expected),
        claim("b", 1, "venue", "istanbul", "talks"),  # told, not planned: may be another sitting
        # an article whose dated sentence tells of talks held: its undated plan may be any round
        claim("c", 0, "date", "2025-06-02", "talks"),
        replace(claim("c", 2, "venue", "ankara", "talks"), modality=expected),
    ]
    assert [c.event for c in resolve_by_date(claims)] == [
        "talks/round-1",
        "talks/round-2",
        "talks/round-2",
        "talks/round-2",
        "talks",
        "talks/round-2",
        "talks",
    ]


@pytest.mark.parametrize(
    ("claims", "events"),
    [
        # a corpus that numbers no round: days within two days of each other are one session, and
        # with one session only, its undated plans are it too; "talks are being held in Doha", with
        # no day, may be any sitting
        (
            [
                claim("a", 0, "date", "2024-10-08", "talks"),
                claim("a", 0, "venue", "washington", "talks"),
                claim("b", 0, "date", "2024-10-10", "talks"),
                replace(claim("c", 0, "venue", "new_york", "talks"), modality="expected"),
                claim("d", 0, "venue", "doha", "talks"),
            ],
            ["talks/session-2024-10-08"] * 4 + ["talks"],
        ),
        # "met in Istanbul on March 29" and "will resume on Friday" (April 1): two sessions
        (
            [
                claim("a", 0, "date", "2022-03-29", "talks"),
                claim("b", 0, "date", "2022-04-01", "talks"),
            ],
            ["talks/session-2022-03-29", "talks/session-2022-04-01"],
        ),
        # two sessions weeks apart: the undated mention could be either, and stays unnumbered
        (
            [
                claim("a", 0, "date", "2024-10-08", "talks"),
                claim("b", 0, "date", "2024-11-02", "talks"),
                claim("c", 0, "venue", "new_york", "talks"),
            ],
            ["talks/session-2024-10-08", "talks/session-2024-11-02", "talks"],
        ),
    ],
)
def test_talks_in_a_corpus_without_rounds_are_sessions(claims: list[Claim], events: list[str]) -> None:
    assert [c.event for c in resolve_by_date(claims)] == events


def test_rounds_weeks_apart_are_different_rounds() -> None:
    claims = [
        claim("a", 0, "date", "2022-02-28", "talks/round-1"),
        claim("b", 0, "date", "2022-03-07", "talks"),  # Brest, a week later: the third round
        claim("b", 0, "venue", "brest_region", "talks"),
        claim("c", 3, "date", "2022-03-28", "talks"),  # Istanbul, three weeks on: not the third
        claim("c", 3, "venue", "istanbul", "talks"),
        claim("d", 1, "date", "2022-03-29", "talks"),  # a day later: the same round, another date
    ]
    assert [c.event for c in resolve_by_date(claims)] == [
        "talks/round-1",
        "talks/round-2",
        "talks/round-2",
        "talks/round-3",
        "talks/round-3",
        "talks/round-3",
    ]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2022-03-15", "talks/round-2"),  # a day before round 2 only: a plan that slipped
        ("2022-03-17", "talks/round-2"),
        ("2022-03-13", "talks"),  # three days off: not this round, and not after every round
    ],
)
def test_a_date_a_day_off_one_round_joins_it(day: str, expected: str) -> None:
    claims = [
        claim("a", 0, "date", "2022-03-01", "talks/round-1"),
        claim("a", 1, "date", "2022-03-16", "talks/round-2"),
        claim("b", 0, "date", day, "talks"),
    ]
    assert resolve_by_date(claims)[-1].event == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2022-03-03", "talks/round-2"),  # a date another article gives round 2
        ("2022-03-02", "talks/round-2"),  # after round 1, before round 2: the round to come
        ("2022-03-29", "talks/round-3"),  # after every numbered round
    ],
)
def test_the_next_round_of_an_article_is_numbered_by_its_date(day: str, expected: str) -> None:
    claims = [
        claim("a", 0, "date", "2022-02-28", "talks/round-1"),
        claim("a", 1, "date", "2022-03-03", "talks/round-2"),
        claim("b", 0, "date", day, "talks/next"),
        claim("b", 0, "venue", "istanbul", "talks/next"),
        claim("b", 5, "venue", "istanbul", "talks/next"),  # the same article's next round, undated
    ]
    assert [c.event for c in resolve_by_date(claims)][2:] == [expected] * 3


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2022-03-12", "talks/round-1"),  # before round 2, and round 1 has no date: round 1
        ("2022-03-13", "talks/round-1"),
        ("2022-02-20", "talks"),  # three weeks before: perhaps other talks, never compared
    ],
)
def test_a_date_in_the_gap_of_an_undated_round_is_that_round(day: str, expected: str) -> None:
    claims = [
        claim("a", 0, "date", "2022-03-15", "talks/round-2"),  # "a second session on Tuesday"
        claim("b", 0, "date", day, "talks"),  # "talks in Paris on Sunday"
        claim("b", 0, "venue", "paris", "talks"),
    ]
    assert [c.event for c in resolve_by_date(claims)][1:] == [expected] * 2


def test_a_date_between_two_rounds_fills_the_undated_one_between() -> None:
    claims = [
        claim("a", 0, "date", "2022-03-15", "talks/round-2"),
        claim("a", 1, "date", "2022-03-20", "talks/round-4"),
        claim("b", 0, "date", "2022-03-17", "talks"),  # after round 2, before round 4: round 3
        claim("c", 0, "date", "2022-03-12", "talks"),  # before round 2: round 1, not round 3
    ]
    assert [c.event for c in resolve_by_date(claims)][2:] == ["talks/round-3", "talks/round-1"]


@pytest.mark.parametrize("event", ["talks", "talks/next"])
def test_talks_that_deny_a_rounds_date_are_that_round_moved(event: str) -> None:
    claims = [
        claim("a", 0, "date", "2022-03-15", "talks/round-2"),  # "a second session ... on Tuesday"
        claim("b", 0, "date", "2022-03-17", event),  # "talks in Cairo on Thursday, not Tuesday"
        replace(claim("b", 0, "date", "2022-03-15", event), negated=True),
        claim("b", 0, "venue", "cairo", event),
    ]
    assert [c.event for c in resolve_by_date(claims)][1:] == ["talks/round-2"] * 3


def test_an_undated_next_round_with_nothing_to_go_by_is_the_second() -> None:
    claims = [claim("b", 0, "venue", "gomel", "talks/next")]
    assert [c.event for c in resolve_by_date(claims)] == ["talks/round-2"]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2022, 3, 2), dt.date(2022, 2, 24)),  # a week into the invasion
        (dt.date(2022, 2, 1), None),  # before it began
        (dt.date(2023, 6, 1), None),  # more than a year on: a day count names another story
    ],
)
def test_day_counts_use_the_story_the_article_belongs_to(
    published: dt.date, expected: dt.date | None
) -> None:
    assert day_one_for(published, VOCAB.timelines) == expected
