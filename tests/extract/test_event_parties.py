"""Who meets whom: the parties of talks, read from the text and the rules' `parties`, keep two
meetings apart when their parties differ and together when one report does not name them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrep.checks import date
from discrep.checks.base import CheckContext
from discrep.engine import check
from discrep.extract import compile_rules, extract
from discrep.extract.event_parties import PartyFinder, compatible, party_groups
from discrep.model import Article, Claim, Report
from discrep.ruleset import RulesError, load_rules

RULES = load_rules()
FINDER = PartyFinder(RULES.parties)
VOCAB = compile_rules(RULES)


def pairs(text: str) -> list[set[str]]:
    return [set(m.sides) for m in FINDER.mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between Armenia and Azerbaijan will resume in Vienna.", [{"armenia", "azerbaijan"}]),
        ("A Serbia-Kosovo meeting is planned for next week.", [{"serbia", "kosovo"}]),
        ("Israeli and Egyptian officials met at the crossing.", [{"israel", "egypt"}]),
        ("Representatives of China and Taiwan are going to discuss trade.", [{"china", "taiwan"}]),
        ("The US talks with Iran begin on Saturday.", [{"united_states", "iran"}]),
        ("Lavrov would meet his Ukrainian counterpart on Thursday.", [{"russia", "ukraine"}]),
        ("Lavrov and his Ukrainian counterpart Dmytro Kuleba met in Antalya.", [{"russia", "ukraine"}]),
        # who speaks is no party; mediators neither
        ("The talks went well, Saudi and US officials said.", []),
        ("The Turkish delegation arrived first.", [{"turkey"}]),
        # a war, a comma list and a place phrase name no parties of talks
        ("The Russia-Ukraine war goes on.", []),
        ("A row between Biden, Harris and Obama broke out.", []),
        ("Envoys held talks in Moscow and Kyiv last month.", []),
        # the last two of a longer list of countries are no pair of its own
        ("Negotiators from Israel, Egypt, Qatar and the US met in Doha.", []),
        # a mediator is no party
        ("The Iran talks mediated by Oman resume; Omani mediators will host them.", []),
        # "met in the Turkish resort" is where, not whom
        ("The foreign ministers of Russia and Ukraine met in the Turkish resort.", [{"russia", "ukraine"}]),
    ],
)
def test_parties_a_sentence_names(text: str, expected: list[set[str]]) -> None:
    assert pairs(text) == expected


def test_an_earlier_event_s_parties_are_an_aside() -> None:
    (mention,) = FINDER.mentions("The round, which followed U.S. talks with Iran on Friday, ended.")
    assert mention.aside and set(mention.sides) == {"united_states", "iran"}


def test_compatible_parties() -> None:
    assert compatible(None, "iran+united_states")
    assert compatible("iran", "iran+united_states")
    assert not compatible("russia+united_states", "ukraine+united_states")


def claims_of(text: str, published: dt.date) -> list[tuple[str, str | None, object, str | None]]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=published)
    return [(c.kind, c.event, c.value, c.subject) for c in extract(article, VOCAB) if c.kind != "quantity"]


def test_sentences_take_the_parties_told_before_and_in_the_lead() -> None:
    text = (
        "The first round in Vienna on Tuesday went well.\n\n"
        "It was held between Serbian and Kosovar delegations.\n\n"
        "The talks, which followed U.S. talks with Serbia on Monday, ran late.\n"
    )
    found = claims_of(text, dt.date(2025, 4, 10))
    assert ("venue", "talks/round-1", "vienna", "kosovo+serbia") in found
    assert ("date", "talks/round-1", "2025-04-08", "kosovo+serbia") in found
    # the earlier event's day is that event's, with its own parties
    assert any(k == "date" and v == "2025-04-07" and s == "serbia+united_states" for k, _, v, s in found)


def test_a_meeting_of_two_countries_is_their_talks() -> None:
    found = claims_of(
        "A Serbia-Kosovo meeting will take place in Vienna on Tuesday, said Jan Novak.", dt.date(2025, 4, 6)
    )
    assert ("venue", "talks", "vienna", "kosovo+serbia") in found


def test_a_week_after_the_first_round_is_the_next_round() -> None:
    text = (
        "Envoys said the talks would be in Geneva on 25 April, a week after the first round, "
        "which was held in Vienna on Friday."
    )
    found = {(k, e, v) for k, e, v, _ in claims_of(text, dt.date(2025, 4, 20))}
    assert ("venue", "talks/round-2", "geneva") in found
    assert ("date", "talks/round-2", "2025-04-25") in found
    assert ("date", "talks/round-1", "2025-04-18") in found
    assert ("venue", "talks/round-1", "vienna") in found


def write(folder: Path, articles: dict[str, tuple[str, str]]) -> Path:
    for name, (published, body) in articles.items():
        (folder / name).write_text(
            f"---\noutlet: {name}\npublished: {published}\n---\n{body}\n", encoding="utf-8"
        )
    return folder


def conflicts(report: Report) -> set[str]:
    return {f.kind for f in report.findings if f.kind != "agreement"}


def test_two_pairs_meeting_in_two_cities_the_same_week_do_not_conflict(tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "a.md": (
                "2025-04-07",
                "Delegations from Iran and the United States will hold talks in Muscat on Saturday.",
            ),
            "b.md": ("2025-04-08", "Israeli and Egyptian officials are set to meet in Cairo on Saturday."),
            "c.md": ("2025-04-12", "U.S. and Iranian negotiators began talks in Muscat on Saturday."),
        },
    )
    assert conflicts(check([folder])) == set()


def test_one_pair_told_in_two_cities_conflicts(tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "a.md": (
                "2025-04-07",
                "Talks between Armenia and Azerbaijan will take place in Vienna on Thursday.",
            ),
            "b.md": ("2025-04-09", "Armenian and Azerbaijani delegations will meet in Geneva on Thursday."),
        },
    )
    report = check([folder])
    (finding,) = [f for f in report.findings if f.kind == "venue_conflict"]
    assert "(Armenia and Azerbaijan)" in finding.message


def test_talks_with_no_parties_named_join_the_talks_that_name_them(tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "a.md": (
                "2025-04-07",
                "Serbian and Kosovar negotiators will meet in Brussels on Wednesday for the second round.",
            ),
            "b.md": (
                "2025-04-08",
                "The second round of talks will be held in Vienna on Wednesday, an official said.",
            ),
        },
    )
    assert conflicts(check([folder])) == {"venue_conflict"}


def _day(
    day: str, path: str, subject: str | None, *, note: str | None = None, modality: str = "expected"
) -> Claim:
    return Claim(
        path=path,
        line=1,
        column=1,
        quote=day,
        kind="date",
        metric="date",
        value=day,
        subject=subject,
        event="talks/round-3",
        modality=modality,  # type: ignore[arg-type]
        note=note,
        outlet=path,
    )


def test_the_date_check_compares_only_compatible_parties() -> None:
    claims = [
        _day("2025-03-23", "a.md", "russia+united_states"),
        _day("2025-03-24", "b.md", "russia+united_states"),
        _day("2025-03-21", "c.md", "ukraine+united_states"),
        _day("2025-03-24", "d.md", None),
    ]
    groups = party_groups(claims)
    assert [key for key, _ in groups] == ["russia+united_states", "ukraine+united_states"]
    found = date.check(claims, CheckContext(RULES))
    kinds = [(f.kind, "Russia" in f.message) for f in found]
    assert ("date_conflict", True) in kinds  # Mar 23 vs 24, and the unnamed Mar 24 with them
    assert ("date_conflict", False) in kinds  # Mar 21 vs the unnamed Mar 24


def test_an_open_choice_of_days_meets_the_day_among_them() -> None:
    note = "one of: 2025-03-21, 2025-03-22, 2025-03-23"
    claims = [
        *(
            _day(d, "a.md", None, note=note, modality="hedged")
            for d in ("2025-03-21", "2025-03-22", "2025-03-23")
        ),
        _day("2025-03-23", "b.md", None, modality="asserted"),
    ]
    assert date.check(claims, CheckContext(RULES)) == []
    # a schedule of two days is still at odds with the day it was
    two = "one of: 2025-03-22, 2025-03-23"
    claims = [_day("2025-03-22", "a.md", None, note=two), _day("2025-03-23", "a.md", None, note=two)]
    claims.append(_day("2025-03-23", "b.md", None, modality="asserted"))
    assert [f.kind for f in date.check(claims, CheckContext(RULES))] == ["date_conflict"]


def test_a_surname_on_two_sides_is_a_rules_error(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        "parties:\n  north:\n    aliases: [Northland]\n    people: [Smith]\n"
        "  south:\n    aliases: [Southland]\n    people: [Smith]\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"p\.yaml:\d+: parties\.south\.aliases: 'Smith' is already"):
        load_rules([tmp_path])


def test_a_bad_parties_key_names_file_line_and_key(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("parties:\n  north:\n    aliases: [Northland]\n    leaders: [Smith]\n")
    with pytest.raises(RulesError, match=r"p\.yaml:4: parties\.north\.leaders: unknown key"):
        load_rules([tmp_path])


def test_a_side_meeting_and_a_first_name_tell_no_parties_of_the_story_s_talks() -> None:
    (side,) = FINDER.mentions("Araghchi also held talks with the Omani minister in Muscat.")
    assert side.aside and set(side.sides) == {"iran", "oman"}
    # "Abbas" is a first name here, not the Palestinian leader
    assert pairs("Talks between Abbas Araghchi and Steve Witkoff ended.") == [{"iran", "united_states"}]


def test_the_next_round_is_the_story_s_not_a_side_meeting_s(tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "a.md": (
                "2025-04-13",
                "The Omani-mediated talks between Tehran and Washington took place in Muscat on Saturday.\n\n"
                "Araghchi also held talks with the Omani foreign minister in Muscat on Friday.\n\n"
                "The next round will be held in Rome on April 19, a spokesman said.",
            ),
            "b.md": (
                "2025-04-16",
                "The second round of talks between Iran and the US will be in Geneva on Saturday.",
            ),
        },
    )
    report = check([folder])
    (finding,) = [f for f in report.findings if f.kind == "venue_conflict"]
    assert "round 2 (Iran and United States)" in finding.message


def test_a_location_named_as_the_talks_place() -> None:
    found = claims_of("The ministry identified the location for the talks as Jeddah.", dt.date(2025, 3, 8))
    assert any(k == "venue" and v == "jeddah" for k, _, v, _ in found)


def test_the_sides_of_a_war_are_not_the_parties_of_talks() -> None:
    assert pairs("Envoys met to end the war between Armenia and Azerbaijan.") == []
    assert pairs("Talks between Armenia and Azerbaijan resumed.") == [{"armenia", "azerbaijan"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and a name between a side and the verb
        (
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev will meet.",
            [{"armenia", "azerbaijan"}],
        ),
        # one side sends a team, the other is met "for talks with": two singles
        ("Israel sent a delegation to Doha for talks with Hamas.", [{"israel"}, {"hamas"}]),
        ("Russia said the delegation would leave.", []),
    ],
)
def test_more_ways_to_name_the_parties(text: str, expected: list[set[str]]) -> None:
    assert pairs(text) == expected


def _talk(kind: str, value: str, path: str, sentence: int, subject: str | None) -> Claim:
    return Claim(
        path=path,
        line=1,
        column=1,
        quote=value,
        kind=kind,  # type: ignore[arg-type]
        metric=kind,
        value=value,
        subject=subject,
        event="talks",
        sentence=sentence,
        as_of=dt.date.fromisoformat(value) if kind == "date" else None,
    )


def test_each_pair_of_parties_is_its_own_line_of_rounds() -> None:
    from discrep.extract.rounds import resolve_by_date

    claims = [
        _talk("date", "2025-03-11", "a.md", 0, "ukraine+united_states"),
        _talk("date", "2025-03-24", "b.md", 0, "russia+united_states"),
        # a report that names no parties, dated a day off the US-Russia talks, joins them
        _talk("date", "2025-03-23", "c.md", 0, None),
        _talk("venue", "jeddah", "c.md", 0, None),
        # one side alone, and only one pair holds it
        _talk("date", "2025-03-11", "d.md", 0, "ukraine"),
    ]
    out = resolve_by_date(claims)
    assert [c.subject for c in out] == [
        "ukraine+united_states",
        "russia+united_states",
        "russia+united_states",
        "russia+united_states",
        "ukraine+united_states",
    ]
    # each line numbers its own sittings: the two US-Ukraine reports are one sitting, apart from
    # the US-Russia one
    assert out[0].event == out[4].event
    assert out[1].event == out[2].event == out[3].event


@given(
    st.dates(dt.date(2024, 1, 1), dt.date(2024, 3, 1)),
    st.lists(st.dates(dt.date(2024, 1, 1), dt.date(2024, 3, 1)), max_size=30),
)
def test_a_day_near_a_line_is_found_from_its_nearest_days_alone(day: dt.date, days: list[dt.date]) -> None:
    from discrep.extract.round_gaps import MAX_SLIP
    from discrep.extract.round_lines import _within_slip

    assert _within_slip(day, sorted(days)) == any(abs((day - e).days) <= MAX_SLIP for e in days)
