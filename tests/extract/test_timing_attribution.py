"""When a figure is for, and who says it: sentence -> as-of date, sentence -> claimant."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.extract.article import PAST_EVENT, PAST_EVENT_NOTE
from discrep.extract.tally_figures import VAGUE_COUNT
from discrep.extract.timing import period_of, statement_date
from discrep.model import Article
from discrep.ruleset import load_rules
from discrep.text.dates import resolve_dates

VOCAB = compile_rules(load_rules())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said on Tuesday that 40 people had died.", dt.date(2024, 6, 4)),
        # the day that names the incident is not the day the figure is for
        ("Six people died in Saturday's fire, officials said on Monday.", dt.date(2024, 6, 3)),
        ("The toll from Sunday’s landslide reached 70, police said.", None),
        ("Since the war began on Thursday, 40 people have died.", None),
        # "from" names a cause, or an earlier figure's day, or when counting began
        ("The death toll from the landslides rose to 47 on Tuesday, the agency said.", dt.date(2024, 6, 4)),
        ("Forty-three people are still missing, officials said, down from 70 on Monday.", None),
        ("Hospitals said 38 people had been treated, up from the 24 reported on Thursday.", None),
        ("On Tuesday, 38 were treated, up from the 24 counted on Monday.", dt.date(2024, 6, 4)),
        ("Since the war began, the toll rose to 47 on Tuesday.", dt.date(2024, 6, 4)),
        ("From Monday, 40 people have died.", None),
        ("In all, 659 people died between June 1 and June 4.", dt.date(2024, 6, 4)),
        # "the past day" is the span of a daily figure, not a day before the report
        ("Over the past day, air defences shot down 11 drones.", None),
        # the day the quake struck names it; the day the source spoke is the figure's
        (
            "At least 82 people were killed by the quake that struck the province on Monday, "
            "state television said on Wednesday.",
            dt.date(2024, 6, 5),
        ),
        # the incident's own noun before the day: the crash happened then, its toll is counted later
        ("The accident Monday night killed at least 61 people.", None),
        ("The crash that killed more than 20 people and injured 90 in the valley on Monday evening.", None),
        ("At least 28 people died in a train accident on Monday, 3 June.", None),
        # unless the toll moves, or is told, in between: then the day is the count's
        ("The death toll from the earthquake rose to 2,000 on Monday.", dt.date(2024, 6, 3)),
        ("The toll in the blast reached 30 on Tuesday.", dt.date(2024, 6, 4)),
        ("The quake killed 40, officials said on Tuesday.", dt.date(2024, 6, 4)),
    ],
)
def test_statement_date(sentence: str, expected: dt.date | None) -> None:
    dates = resolve_dates(sentence, dt.date(2024, 6, 5))
    assert statement_date(sentence, dates) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day between the source and its verb is when it spoke, not who
        ("Police on Monday said 12 people were hurt.", "Police"),
        ("The regional health ministry on Friday morning put the toll at 30.", "health ministry"),
        # bodies and offices no rule names, by what they are
        ("At least 20 people were killed, a human rights group said.", "rights group"),
        ("The coast guard said 19 bodies had been recovered.", "coast guard"),
        ("The attorney general put the number killed at 23.", "attorney general"),
        ("The county sheriff said the number of people killed had risen to 10.", "county sheriff"),
        ("Emergency crews said they had pulled 14 people from the rubble.", "Emergency crews"),
        # the present tense of news copy: "officials say"
        ("Israeli officials say about 1,200 people were killed.", "Israeli officials"),
        ("Police say 12 people were hurt.", "Police"),
        ("Some say 40 people died.", None),
        # an estimate of no one named
        ("An estimated 750 people have died.", None),
        # "according to" names the source, not its document nor when it came out
        (
            "Forty died, according to figures released by the civil defence agency as of 18:00.",
            "defence agency",
        ),
        ("Forty died, according to data from the Johns Hopkins University.", "Johns Hopkins University"),
        ("Forty died, according to the regional health office on Monday.", "health office"),
        ("Forty died, according to official figures.", "official figures"),
        # the document named after its owner: the owner is the source
        ("Some 350,000 were affected, according to the ministry's latest figures.", "ministry"),
        ("Forty died, according to the agency's count.", "agency"),
        ("Some 200 people died, according to Reuters' tally.", "Reuters"),
        ("Nothing here, only Monday said nothing.", None),
        # unions, mediators and services speak too; "say", "report", "added" and "denied" report
        ("Talks will resume next week, federal mediators said.", "federal mediators"),
        ("Six miners have died, the mineworkers' union said.", "mineworkers' union"),
        ("Emergency services report at least eight dead.", "Emergency services"),
        ("Forty people were injured, the government added.", "government"),
        # a name is not cut in two: the White House's official, not a "House official"
        ("The summit will be in Anchorage, a White House official said.", "White House official"),
        ("Forty died, an Israel Defense Forces spokesman said.", "Israel Defense Forces spokesman"),
        # bodies no rule names, by what they are
        ("The quake killed at least 144 people, the junta said.", "junta"),
        ("At least 50 people died, the embassy said.", "embassy"),
        ("Police have arrested more than 1,200 protesters, the judiciary said.", "judiciary"),
        # a count or a tally after its maker's name is the maker's
        ("Some 1,139 people were killed, according to an AFP tally of official figures.", "AFP"),
        ("Some 1,139 people were killed, according to a Reuters count.", "Reuters"),
        # a short name in brackets is the one other reports reuse
        ("Six people died, the National Disaster Agency (NDA) said.", "NDA"),
        # where a source is does not stop it being the source
        ("A local official in Lower Vale district said nine people had died.", "local official"),
        # another's body of a known body's bare name is not that body
        ("Georgia's defence ministry said 40 soldiers had been wounded.", "Georgia's defence ministry"),
        # a side's armed body keeps its owner; another body of a place is still that body
        ("Chile's military said 40 trucks had been lost.", "Chile's military"),
        ("Peru's health ministry said 12 people had died.", "health ministry"),
        ("The Moldovan Defence Ministry said it had counted 12 drones.", "Defence Ministry"),
        # a known body's office named with it is that body
        ("About 2,000 people have crossed, the UN refugee agency said.", "un"),
        ("About 2,000 people have been displaced, the U.N. migration agency said.", "iom"),
    ],
)
def test_unknown_sources(sentence: str, expected: str | None) -> None:
    assert VOCAB.attributor.attribute(sentence, None).claimant == expected


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("A fire at another plant killed two workers in 2015.", []),
        ("Three workers were killed in the blast in 2020, the company said.", [3.0]),
        ("Since 2014, some 14,000 people have been killed.", [14000.0]),
        ("It was the deadliest blast since 2013, when 196 people died.", []),
        ("In March, four people died in a similar blast.", []),
        ("Since the war began in February, 516 civilians have been killed.", [516.0]),
        ("In August, four people died in the blast.", [4.0]),
        ("Four people died in the blast on August 4.", [4.0]),
        ("About 224 pilgrims died in a 2008 stampede at a temple.", []),
        ("The 1999 earthquake in the same region killed about 17,000 people.", []),
        ("The 2020 floods killed 41 people, officials said.", [41.0]),  # this year's: the event itself
    ],
)
def test_a_figure_for_a_past_period_is_another_events(sentence: str, values: list[float]) -> None:
    """Listed (a reader may check it) but never compared: no as-of day, the event of another incident."""
    article = Article(path="a.md", text=sentence, outlet="Outlet", published=dt.date(2020, 8, 8))
    quantities = [c for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert [c.value for c in quantities if c.event != PAST_EVENT] == values
    for past in (c for c in quantities if c.event == PAST_EVENT):
        assert past.as_of is None and past.note == PAST_EVENT_NOTE


def test_the_days_new_cases_are_a_daily_figure() -> None:
    text = (
        "Italy reported 3,590 new coronavirus cases on Sunday, bringing the number of infections to 24,747."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2020, 3, 16))
    found = [(c.value, c.period) for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert found == [(3590.0, "daily"), (24747.0, "unknown")]  # the sentence's own period: none said


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Eleven people were killed in the past 24 hours.", "daily"),
        ("The toll reached 2,503 on Tuesday, an increase of 345 in a single day.", "unknown"),
        ("The toll rose by 368 to 1,809, the largest daily increase so far.", "cumulative"),
        ("Deaths rose by 40 overnight to 930.", "unknown"),
        # what changed since the report before: the day's figure
        ("Compared to the previous day, three children were killed and two were wounded.", "daily"),
        ("Daily deaths rose to 40, officials said.", "daily"),
        # a paper named Daily is no daily figure
        ("NIAMEY, Sept 9 (Sahel Daily) - Floods have killed 217 people since June.", "cumulative"),
        ("The Daily Telegraph reported that 40 people had died.", "unknown"),
        ("China Daily said 12 people were killed.", "unknown"),
        # a span's own count, set apart by "alone", is no running total; a week's toll is
        ("The enemy lost 150 tanks in the past week alone.", "daily"),
        ("More than 40 people died in the last three days alone.", "daily"),
        ("The heat wave has killed 12 people this week.", "unknown"),
        # "overnight" told of a storm's passage dates the storm, not a day's new count
        ("Hurricane Milton killed 10 people as it tore across Florida overnight.", "unknown"),
        ("Russian drones killed three people overnight.", "daily"),
    ],
)
def test_period_of(sentence: str, period: str) -> None:
    assert period_of(sentence) == period


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # the daily words after a figure are its own; the total beside it is not daily
        (
            "The border guard said 1.33 million people had arrived, including 142,000 on Tuesday alone.",
            ["unknown", "daily"],
        ),
        # daily words before the figures hold for them all
        ("In the past 24 hours, 40 people were killed and 80 wounded.", ["daily", "daily"]),
        ("About 1,000 refugees a day are arriving in Moldova.", ["daily"]),
        ("A day later, 1,000 refugees had arrived in Moldova.", ["unknown"]),
        ("Up to 100 soldiers are killed every day in the east.", ["daily"]),
        # "two more bodies" are the day's
        ("Divers recovered two more bodies, bringing the number of dead to 70.", ["daily", "unknown"]),
        # the figure before "raising the toll to" is the day's addition, not the total
        (
            "Clashes left 17 people dead on Monday, raising the toll from a month of unrest to 46.",
            ["daily", "unknown"],
        ),
    ],
)
def test_the_period_of_each_figure(text: str, periods: list[str]) -> None:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 3, 9))
    assert [c.period for c in extract(article, VOCAB) if c.kind == "quantity"] == periods


def test_the_day_in_a_daily_figures_words_is_its_own() -> None:
    text = "The border guard said 1.33 million people had arrived, including 142,000 on Tuesday alone."
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 3, 10))
    found = [(c.value, c.as_of, c.period) for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert found == [(1330000.0, dt.date(2022, 3, 10), "unknown"), (142000.0, dt.date(2022, 3, 8), "daily")]


def test_a_sentence_with_no_date_or_source_goes_on_from_the_one_before() -> None:
    text = (
        "Floods hit the valley.\n\n"
        "Divers recovered two more bodies on Monday, police said. Two people remain missing.\n\n"
        "Three people were injured."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2023, 1, 17))
    found = [(c.value, c.as_of) for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert found == [(2.0, dt.date(2023, 1, 16)), (2.0, dt.date(2023, 1, 16)), (3.0, dt.date(2023, 1, 17))]


def test_a_sources_report_goes_on_across_paragraphs_while_it_is_told() -> None:
    # wire copy puts each sentence in a paragraph of its own; the report's day holds while the source
    # goes on being quoted, and for the unattributed sentence right after it
    text = (
        "Civilian deaths reached 902 by midnight on March 19, the UN human rights office said.\n\n"
        "According to UN data, 64 children were killed.\n\n"
        "Among the 1,459 injured, 22 were girls.\n\n"
        "Rescuers found 12 more bodies."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 3, 21))
    found = [(c.value, c.as_of) for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert found == [
        (902.0, dt.date(2022, 3, 19)),
        (64.0, dt.date(2022, 3, 19)),
        (1459.0, dt.date(2022, 3, 19)),
        (12.0, dt.date(2022, 3, 21)),
    ]


def test_a_date_that_only_told_what_happened_does_not_go_on() -> None:
    text = "On February 24, Russia invaded. More than 2 million people have fled since."
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 3, 8))
    assert [c.as_of for c in extract(article, VOCAB) if c.kind == "quantity"] == [dt.date(2022, 3, 8)]


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        # a source named in a figure's own words outranks the sentence's speaker
        (
            "A NATO official said on Monday that 5,000 soldiers had died, well short of Warsaw's estimate "
            "of 9,000.",
            ["NATO official", "Warsaw"],
        ),
        (
            "The governor said 12 people had died, fewer than the 30 deaths reported by aid workers.",
            ["governor", "aid workers"],
        ),
        ("The army has not revised its own tally of 300 soldiers killed.", ["army"]),
        # a known claimant keeps its id
        (
            "The UN said 40 civilians had been killed, below the Ukrainian General Staff's count of 55.",
            ["un", "ukrainian_general_staff"],
        ),
        # the speaker named first, a known body's count named after the figure
        (
            "A local official said 40 had died, below the UN's count of 55.",
            ["local official", "un"],
        ),
        # "by" that names no source
        ("Officials said 20 people were hurt by falling debris.", ["Officials"]),
    ],
)
def test_a_figures_own_source(text: str, claimants: list[str]) -> None:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 3, 8))
    assert [c.claimant for c in extract(article, VOCAB) if c.kind == "quantity"] == claimants


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        # a pronoun or a role after a named source points back to it
        (
            "Konashenkov said 314 tanks had been destroyed. According to him, 59 multiple rocket launchers "
            "were destroyed too.",
            ["russian_mod", "russian_mod"],
        ),
        (
            "Konashenkov said 314 tanks had been destroyed. 603 special military vehicles were also "
            "destroyed, the general said.",
            ["russian_mod", "russian_mod"],
        ),
        (
            '"We have destroyed 1,325 military infrastructure facilities," Konashenkov specified.',
            ["russian_mod"],
        ),
        # a broadcaster is a source; the source of a figure after "while" is not the one before's
        (
            "At least 41 people have been killed, state television said, while a rights group put the "
            "toll at 76.",
            ["state television", "rights group"],
        ),
        # a source that closed its statement does not speak for what the writer adds after "while"
        (
            "In Turkey, the number of dead reached 8,574, Vice President Fuat Oktay said, while 2,662 "
            "people have died in Syria.",
            ["Vice President Fuat Oktay", None],
        ),
        ("Oktay said 8,574 had died in Turkey, while 2,662 died in Syria.", ["Oktay", "Oktay"]),
        # Ukraine's military speaking is its General Staff; as whom a figure counts, it speaks for no one
        ("Russia has lost 18,900 troops, Ukraine's military said.", ["ukrainian_general_staff"]),
        ("Ukraine's military lost 2,000 troops in the battle.", [None]),
        # the Russian General Staff's briefer speaks for the ministry, not for Ukraine's General Staff
        (
            "Colonel-General Sergei Rudskoi of the Russian General Staff said 14,000 Ukrainian servicemen "
            "had been killed.",
            ["russian_mod"],
        ),
        # "It said" opening a sentence goes on quoting the source just named, known to the rules or not
        (
            "The interior ministry said 48,000 people joined the march. It said 41 people had been detained.",
            ["interior ministry", "interior ministry"],
        ),
        # so does "it" after a time that opens the sentence
        (
            "The interior ministry said 48,000 people joined the march. Earlier on Friday it had given a "
            "toll of 30 people detained.",
            ["interior ministry", "interior ministry"],
        ),
        # "according to what ..." names no source: the speaker is
        (
            "The Libyan Red Crescent said 10,000 people were missing, according to what was reported by "
            "the AP.",
            ["Libyan Red Crescent"],
        ),
        # the UN rights office by its full name is the UN, not "Human Rights"
        (
            "Civilian casualties reached 2,361, including 902 dead, the Office of the United Nations High "
            "Commissioner for Human Rights reports.",
            ["un", "un"],
        ),
    ],
)
def test_who_a_pronoun_a_role_or_a_full_name_is(text: str, claimants: list[str]) -> None:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 3, 8))
    assert [c.claimant for c in extract(article, VOCAB) if c.kind == "quantity"] == claimants


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # the day of another source's statement across "while" is not this figure's
        (
            "Kyiv says 300 soldiers have died, while Minsk said on Monday that 12 had been killed.",
            [dt.date(2022, 3, 10), dt.date(2022, 3, 7)],
        ),
        (
            "The army said on Monday that 300 soldiers had died, while 12 were missing.",
            [dt.date(2022, 3, 7)] * 2,
        ),
        # "since" a day on which the figure was told dates it; not a day counting began
        (
            "The ministry has not updated its figure since March 2, when it said 498 soldiers had died.",
            [dt.date(2022, 3, 2)],
        ),
        ("Since March 2, when the offensive began, 300 civilians have been killed.", [dt.date(2022, 3, 10)]),
    ],
)
def test_a_day_across_a_contrast_is_the_other_statements(text: str, as_of: list[dt.date]) -> None:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 3, 10))
    assert [c.as_of for c in extract(article, VOCAB) if c.kind == "quantity"] == as_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a vague plural counts at least its smallest reading: no upper end to clash with
        (
            "Floods killed 23 people and thousands were evacuated.",
            [(23.0, 23.0, "exact"), (2000.0, None, "at_least")],
        ),
        ("Dozens of people are still missing, police said.", [(24.0, None, "at_least")]),
        ("Tens of thousands of people fled their homes.", [(20000.0, None, "at_least")]),
        # counts with ends of their own keep them
        ("Between 20 and 30 people were killed.", [(20.0, 30.0, "range")]),
        ("Several hundred people were evacuated.", [(300.0, 999.0, "range")]),
    ],
)
def test_how_far_a_vague_count_reaches(
    sentence: str, expected: list[tuple[float, float | None, str]]
) -> None:
    article = Article(path="a.md", text=sentence, outlet="Outlet", published=dt.date(2024, 9, 16))
    found = [(c.low, c.high, c.qualifier) for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert found == expected


def test_a_paragraph_repeated_word_for_word_gives_its_claims_once() -> None:
    paragraph = "Officials said 23 people were killed and talks would be held in Minsk on Thursday."
    text = f"{paragraph}\n\n{paragraph}\n\nLater, 31 people were reported killed."
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 3, 1))
    claims = extract(article, VOCAB)
    assert len({c.id for c in claims}) == len(claims)
    assert [(c.line, c.value) for c in claims if c.kind == "quantity"] == [(1, 23.0), (5, 31.0)]


def test_a_figure_is_never_as_of_a_day_still_to_come() -> None:
    sentence = "Negotiators will meet on Tuesday to free 50 hostages, an official said on Monday."
    dates = resolve_dates(sentence, dt.date(2024, 6, 3))  # a Monday
    assert statement_date(sentence, dates) == dt.date(2024, 6, 4)
    assert statement_date(sentence, dates, dt.date(2024, 6, 3)) == dt.date(2024, 6, 3)


def test_the_items_of_a_list_say_what_its_lead_says() -> None:
    text = (
        "The enemy's losses so far, the General Staff of the Armed Forces of Ukraine reported on Monday:\n\n"
        "- tanks ‒ 1,379 (+3),\n- helicopters ‒ 176 (+1).\n\n"
        "Elsewhere, 12 people were killed in shelling."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2022, 6, 7))
    found = [
        (c.value, c.metric, c.claimant, c.as_of) for c in extract(article, VOCAB) if c.kind == "quantity"
    ]
    monday = dt.date(2022, 6, 6)
    assert found == [
        (1379.0, "tanks", "ukrainian_general_staff", monday),
        (176.0, "helicopters", "ukrainian_general_staff", monday),
        (12.0, "killed", None, dt.date(2022, 6, 7)),  # not an item: the list has ended
    ]


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("Thousands of buildings collapsed, officials said.", [VAGUE_COUNT]),
        ("About 1,500 buildings collapsed, officials said.", [None]),
        ("Several people died, officials said.", [VAGUE_COUNT]),
    ],
)
def test_a_vague_plural_says_it_is_not_compared(text: str, notes: list[str | None]) -> None:
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2023, 2, 7))
    assert [c.note for c in extract(article, VOCAB) if c.kind == "quantity"] == notes


def test_the_day_of_an_earlier_update_in_brackets_is_not_the_figures() -> None:
    text = (
        "The toll has risen from 190 (as reported in our previous update dated 14th March, 2023) to 225, "
        "with 707 injured, the department said."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2023, 3, 15))
    found = [(c.value, c.as_of) for c in extract(article, VOCAB) if c.kind == "quantity" and c.as_of]
    assert found == [(225.0, dt.date(2023, 3, 15)), (707.0, dt.date(2023, 3, 15))]


def test_a_wire_storys_lead_day_holds_for_its_undated_figures() -> None:
    # filed on Monday, published on Tuesday: the news is Monday's
    text = (
        "More than 100 people in Malawi and Mozambique have died, authorities said Monday.\n\n"
        "Mudslides swept houses away overnight.\n\n"
        "134 people were injured and 16 are reported missing."
    )
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2023, 3, 14))
    found = [(c.value, c.as_of) for c in extract(article, VOCAB) if c.kind == "quantity"]
    monday = dt.date(2023, 3, 13)
    assert found == [(100.0, monday), (134.0, monday), (16.0, monday)]


MON, TUE = "2022-03-28", "2022-03-29"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a toll's level told on two days: each figure is its own day's
        (
            "The toll stood at 35 on Monday and rose to 42 on Tuesday.",
            [(35, "2022-03-28"), (42, "2022-03-29")],
        ),
        (
            "The toll, which stood at 35 on Monday, rose to 42 on Tuesday.",
            [(35, "2022-03-28"), (42, "2022-03-29")],
        ),
        # one day only: the statement's day dates every figure
        ("The ministry said on Monday that the toll was 42.", [(42, MON)]),
    ],
)
def test_a_level_told_with_its_own_day(sentence: str, expected: list[tuple[float, str]]) -> None:
    article = Article(path="a.md", text=sentence, outlet="Outlet", published=dt.date(2022, 3, 30))
    got = [(c.value, str(c.as_of)) for c in extract(article, VOCAB) if c.kind == "quantity"]
    assert got == expected
