"""Kinds of event counted in units (hectares burned, barrels spilled, km² retaken, customers without
power), and the figures that are no tally of their own: a fear, a part of the same count, a place set
apart at the head of a statement, whose wish a meeting answers."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import extract
from discrep.extract.rounds import resolve_by_date
from discrep.model import Article, Claim
from tests.extract.tally_reading import VOCAB, figure


def tallies(sentence: str) -> list[tuple[float, str, str | None, str]]:
    return [
        (
            figure(t),
            t.metric,
            t.subject,
            t.mention.qualifier,
        )
        for t in VOCAB.tallies.find(sentence)
        if t.aside is None  # earlier figures and projections, listed for no day: test_tally_asides.py
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a measure whose unit the rules count is a tally in that unit
        (
            "The two fires had burned more than 10,000 hectares by Friday morning, the prefecture said.",
            [(10000, "area_burned_hectares", None, "at_least")],
        ),
        (
            "The fire has burned 15,832 acres and is 0% contained.",
            [(15832, "area_burned_acres", None, "exact")],
        ),
        (
            "Some 6,000 barrels of crude oil spilled into the sea off the coast.",
            [(6000, "spilled_barrels", None, "approx")],
        ),
        (
            "Ukrainian forces have recaptured more than 3,000 square km of territory this month.",
            [(3000, "territory_retaken", None, "at_least")],
        ),
        (
            "Ukraine has liberated 388 settlements in the region, the minister said.",
            [(388, "settlements_retaken", None, "exact")],
        ),
        # the alias runs past the clause ("homes and businesses"): so may the words it requires
        (
            "The storm left more than 2.6 million homes and businesses in Florida without power.",
            [(2600000, "without_power", None, "at_least")],
        ),
        (
            "About 1.9 million customers were still without electricity.",
            [(1900000, "without_power", None, "approx")],
        ),
        # an alias that starts with the unit names what is measured: aid, not oil
        (
            "The trucks had delivered over 50,000 tonnes of food and other supplies.",
            [(50000, "aid_tonnes", None, "at_least")],
        ),
        (
            "About 2,000 tonnes of fuel oil leaked from the tanker.",
            [(2000, "spilled_tonnes", None, "approx")],
        ),
        (
            "More than 1,200 trucks loaded with humanitarian aid have entered the region.",
            [(1200, "aid_trucks", None, "at_least")],
        ),
        # a thing counted split by place in one sentence: the parts of a total elsewhere
        (
            "Near Landiras, some 6,800 hectares have gone up in smoke, while around La Teste-de-Buch the "
            "flames have destroyed about 3,700 hectares, the prefecture added.",
            [],
        ),
        (
            "Ukraine's forces have destroyed 1,704 tanks and 3,954 armored fighting vehicles.",
            [(1704, "tanks", None, "exact"), (3954, "armoured_vehicles", None, "exact")],
        ),
        # the same units of another thing count nothing: a distance, a cargo, a farm, a stadium
        ("The front line is 50 km from the border.", []),
        ("The tank held about 25 tonnes of chlorine.", []),
        ("Some 7,100 barrels have been recovered so far.", []),
        ("The farm covers 300 hectares of wheat.", []),
        ("The stadium has 40,000 customers a season.", []),
        # a fear is no count; "feared dead" is
        ('The sheriff said he feared fatalities "in the hundreds."', []),
        ("Officials fear the death toll of 40 will rise.", []),
        ("At least 100 people are feared dead after the landslide.", [(100, "killed", "people", "at_least")]),
        ("The number of people feared dead rose to 50.", [(50, "killed", "people", "exact")]),
        # a part of the same count, with its own noun, is not another figure of it
        (
            "Some 36,750 people have been evacuated in total, including 8,000 residents of Cazaux.",
            [(36750, "evacuated", "people", "approx")],
        ),
        (
            "At least 900 people were killed, including 120 children.",
            [(900, "killed", "people", "at_least"), (120, "killed", "children", "exact")],
        ),
        # a place set apart at the head of the statement, named by what it is
        ("In the Dagestani capital, Makhachkala, about 100 people were detained on Sunday.", []),
        ("In the Ukrainian capital, five people were killed.", [(5, "killed", "in:kyiv", "exact")]),
        ("County officials said at least 35 people had died there alone.", []),
        # an ordinal that numbers the dead is the toll; one that numbers something else is not
        ("A fifth patient died on Sunday night, the minister said.", [(5, "killed", None, "exact")]),
        ("A third person has died after the shooting.", [(3, "killed", None, "exact")]),
        ("The second round of talks will be held on Monday.", []),
        ("He lives on the fifth floor.", []),
        # a list of parts goes on after "two of the freed men"; a figure with its own metric word does
        # not; a nationality is a part with a subject of its own, never the whole's count
        (
            "Two of the freed men are American veterans, and five are British nationals.",
            [(5, "released", "nationals/united_kingdom", "exact")],
        ),
        (
            "Three of the wounded are in critical condition, and 40 people were killed.",
            [(40, "killed", "people", "exact")],
        ),
        # bodies moved are no count of bodies found; bodies a hospital received are
        ("Air Force helicopters ferried four bodies to Matli helipad on Thursday.", []),
        ("Ten bodies have been recovered so far.", [(10, "bodies_recovered", None, "exact")]),
        (
            "A hospital in the capital said it had received 10 bodies.",
            [(10, "bodies_recovered", None, "exact")],
        ),
        # "among the dead are two instructors": a part of the toll
        ("Among the dead are two instructors, including an Everest summiteer.", []),
        ("Among the dead were 12 children.", [(12, "killed", "children", "exact")]),
        # evacuation instructions are orders, not people moved
        (
            "Evacuation instructions were issued to nearly 9 million people in Kyushu.",
            [(9000000, "under_evacuation_orders", "in:kyushu", "approx")],
        ),
        # sent or treated at hospitals are the hurt; a figure's own other state is not the toll before it
        (
            "A chemical leak sent more than two dozen workers to hospitals.",
            [(24, "wounded", None, "at_least")],
        ),
        (
            "One worker has died and 31 others were treated at hospitals.",
            [(1, "killed", None, "exact"), (31, "wounded", None, "exact")],
        ),
        ("Five people died and 241 were poisoned.", [(5, "killed", "people", "exact")]),
        (
            "Two people died and 12 were rescued.",
            [(2, "killed", "people", "exact"), (12, "rescued", "people", "exact")],
        ),
        # a prisoner swap: who came home from captivity, who was handed over
        (
            "Ukraine has brought home 215 of its defenders from Russian captivity, Zelensky said.",
            [(215, "released", None, "exact")],
        ),
        (
            "In exchange, 215 people were handed over to the Ukrainian side.",
            [(215, "released", "people", "exact")],
        ),
        (
            "Fifty-five soldiers have been returned from Ukrainian captivity.",
            [(55, "released", "military", "exact")],
        ),
    ],
)
def test_tallies(sentence: str, expected: list[tuple[float, str, str | None, str]]) -> None:
    assert tallies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 16,000 people had been evacuated, the Gironde prefecture said.", "Gironde prefecture"),
        ("About 1.9 million customers lost power, the utility said.", "utility"),
        # a source after its verb, or before an apposition
        (
            "The toll has risen to 25, Kyrylo Tymoshenko, deputy head of the President's Office, "
            "said on Thursday.",
            "Kyrylo Tymoshenko",
        ),
        (
            "Five people died, said Serhiy Bratchuk, a spokesman for the regional administration.",
            "Serhiy Bratchuk",
        ),
        ("Five people died, said the regional governor.", "regional governor"),
        ("Five people died, said police.", "police"),
    ],
)
def test_who_speaks(sentence: str, expected: str) -> None:
    assert VOCAB.attributor.attribute(sentence, None).claimant == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # the first day's count is that day's, not a running total
        ("The most were held on the first day, when police detained 1,383 people.", "daily"),
        # "on the fifth day of the invasion" dates a running total
        ("On the fifth day of the invasion, Russian losses exceed 5,000 soldiers.", "unknown"),
        # the daily words of a part no tally was made of are not the total's
        (
            "A total of 959 fighters have surrendered since Monday, the ministry said on Wednesday, "
            "including 694 in the past 24 hours.",
            "cumulative",
        ),
        ("In the past 24 hours, 40 people were killed, including five in Kharkiv.", "daily"),
        # what a toll rose to is its running total, whenever it rose
        ("The death toll rose to 40 overnight, officials said.", "unknown"),
        ("The death toll has risen to 5,300 in the past 24 hours.", "unknown"),
        ("Twelve people died overnight, bringing the death toll to 312.", "daily"),
        # two counts of one span, joined by "and"
        ("Russian attacks killed eight civilians and injured 23 over the past day.", "daily"),
        # a total beside the day's part is no daily figure
        ("The toll rose to 312, with 12 deaths in the past 24 hours.", "unknown"),
    ],
)
def test_the_period_of_a_total(text: str, period: str) -> None:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 9, 26))
    assert next(c.period for c in extract(article, VOCAB) if c.kind == "quantity") == period


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a span that opens the sentence is the counts' that "and" joins, not the total after a comma
        (
            "Over the past day, 24 people died and 115 were injured, bringing the total to 1,314 dead.",
            ["daily", "daily", "cumulative"],
        ),
        ("In the last 24 hours, 30 people died and 12 were injured.", ["daily", "daily"]),
    ],
)
def test_the_periods_of_counts_a_span_opens(text: str, periods: list[str]) -> None:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 9, 26))
    assert [c.period for c in extract(article, VOCAB) if c.kind == "quantity"] == periods


def event_claims(text: str, published: dt.date) -> list[tuple[str, str | None, object]]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=published)
    claims = [c for c in extract(article, VOCAB) if c.kind in ("venue", "date")]
    # a venue denied is marked so in the value: what the check sees
    return [(c.kind, c.event, f"not {c.value}" if c.negated else c.value) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose wish a meeting answers is not where it is
        (
            "The UN Security Council will meet on Tuesday at Ukraine's request, diplomats said.",
            [("date", "talks", "2022-07-05")],
        ),
        # a signing is an event with a venue and a date
        (
            "The grain deal will be signed in Istanbul on Thursday, a Turkish official said.",
            [("venue", "signing", "istanbul"), ("date", "signing", "2022-06-30")],
        ),
        # a denial that talks are planned denies their venue
        (
            "Peskov said no talks with the Ukrainian delegation were planned in Istanbul this week.",
            [("venue", "talks", "not istanbul")],
        ),
        # a venue named in place of a proposed one is a venue; the proposed one is not
        (
            "The talks would take place in Turkey, not in Belarus as Moscow had proposed, she said.",
            [("venue", "talks", "turkey")],
        ),
        ("Minsk was proposed as a venue for the talks.", []),
        # a decree or a law signed is no event of the story
        ("Putin signed a decree on partial mobilisation on Wednesday.", []),
        ("The law was signed on Friday by the president.", []),
    ],
)
def test_events(text: str, expected: list[tuple[str, str | None, object]]) -> None:
    got = event_claims(text, dt.date(2022, 6, 29))
    assert [(k, e, str(v)) for k, e, v in got] == expected


def _toll(path: str, text: str, published: dt.date) -> list[Claim]:
    return [c for c in extract(Article(path=path, text=text, outlet="O", published=published), VOCAB)]


STRIKE_16 = "A missile strike on a mall in Kremenchuk killed at least 16 people, officials said."
STRIKE_20 = "The death toll from Monday's strike on a mall in Kremenchuk has risen to 20, officials said."
WAR_TOLL = "The UN said 4,700 people have been killed in the war since February 24."


@pytest.mark.parametrize(
    ("texts", "own"),
    [
        # every article counts the strike and nothing else: the strike is what the corpus follows
        ([STRIKE_16, STRIKE_20], [True, True]),
        # beside a war's toll, a strike's toll stays one incident's
        ([STRIKE_16, STRIKE_20 + " " + WAR_TOLL], [False, False, True]),
        # one article alone tells no running count
        ([STRIKE_16], [False]),
    ],
)
def test_a_corpus_about_one_incident_follows_its_toll(texts: list[str], own: list[bool]) -> None:
    claims = [c for i, t in enumerate(texts) for c in _toll(f"{i}.md", t, dt.date(2022, 6, 27 + i))]
    resolved = [c for c in resolve_by_date(claims) if c.metric == "killed"]
    assert [c.event is None for c in resolved] == own


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the day's earlier report, beside the count that replaced it, is listed for no day (never compared)
        (
            "The death toll in Odesa Oblast has risen to 21, the emergency service said. "
            "Earlier in the day, the regional administration said 18 people had been killed.",
            [21.0],
        ),
        # its comma may be left out after the time
        (
            "The death toll in Odesa Oblast has risen to 21, the emergency service said. "
            "Earlier on Friday the service had given a toll of 18.",
            [21.0],
        ),
        # so is a figure told before a later report of the day
        (
            "By early afternoon the fire service said 47 people had died. "
            "Later in the day, the interior ministry said the death toll had reached 120.",
            [120.0],
        ),
        (
            "The fire service said 47 people had died. "
            "Late on Friday, the interior ministry said the death toll had reached 120.",
            [120.0],
        ),
        # alone, an earlier report is still a claim
        ("Earlier on Friday, the ministry said 18 people had been killed.", [18.0]),
        # an earlier report of another count is another count's
        (
            "The death toll has risen to 21, officials said. "
            "Earlier, the governor said 38 people were injured.",
            [21.0, 38.0],
        ),
    ],
)
def test_an_earlier_report_of_the_day(text: str, values: list[float]) -> None:
    claims = _toll("a.md", text, dt.date(2022, 7, 1))
    assert [c.value for c in claims if c.kind == "quantity" and c.as_of is not None] == values


def test_talks_set_for_a_weekday_are_ahead() -> None:
    got = event_claims("According to Vereshchuk, the talks are set for Wednesday.", dt.date(2022, 5, 16))
    assert got == [("date", "talks", "2022-05-18")]


def test_a_new_round_dated_beside_other_reports_sitting_is_that_session() -> None:
    texts = [
        "Negotiators will meet in Istanbul on Tuesday for a new round of talks, an official said.",
        "According to Vereshchuk, the talks are set for Wednesday.",
    ]
    claims = [c for i, t in enumerate(texts) for c in _toll(f"{i}.md", t, dt.date(2022, 5, 14 + 2 * i))]
    events = {c.event for c in resolve_by_date(claims) if c.kind == "date"}
    assert events == {"talks/session-2022-05-17"}


@pytest.mark.parametrize(
    ("text", "as_of", "claimant"),
    [
        # "Saturday's Russian shelling" names the incident; the toll is as of the day it was said
        (
            "The number of people killed in Saturday's Russian shelling of Nikopol has risen to three, "
            "the governor said on Sunday.",
            dt.date(2022, 8, 21),
            "governor",
        ),
        # the period of an initialism or a title does not end the source's name
        (
            "The fire had burned 51,468 acres by Sunday, according to the U.S. Forest Service.",
            dt.date(2022, 8, 21),
            "Forest Service",
        ),
        ("Five people died on Sunday, according to Dr. Smith.", dt.date(2022, 8, 21), "Dr. Smith"),
        # a wire's dateline is when the story was filed; the sentence's own day comes first
        (
            "NAIROBI, Aug 22 (Reuters) - A convoy of 20 trucks of food aid reached Mekelle on Sunday, "
            "the WFP said.",
            dt.date(2022, 8, 21),
            "WFP",
        ),
    ],
)
def test_the_day_and_the_source_of_a_figure(text: str, as_of: dt.date, claimant: str) -> None:
    claim = next(c for c in _toll("a.md", text, dt.date(2022, 8, 22)) if c.kind == "quantity")
    assert (claim.as_of, claim.claimant) == (as_of, claimant)
