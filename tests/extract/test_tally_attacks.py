"""Wordings of attack and crash reports: who did it is not whom a toll counts, those still in
hospital are not the wounded's running toll, a region named with its kind in lower case, a figure
"there", a part of a toll with its own place, a remark between dashes, the day of the attack in
brackets, and a plan told in reported speech. All sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import compile_rules, extract
from discrep.extract.timing import statement_date
from discrep.model import Article
from discrep.ruleset import load_rules
from discrep.text.dates import resolve_dates
from tests.extract.tally_reading import read

VOCAB = compile_rules(load_rules())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the attackers after "by" did it: the toll is the victims'
        (
            "Officials say the toll has risen to 115 in an attack by gunmen who stormed a theatre.",
            [(115, "killed", None)],
        ),
        ("Ten civilians were killed by soldiers in the village.", [(10, "killed", "civilians")]),
        # "the seven others": the rest of a count told before, not a count of its own
        ("There is no word on the seven others the police said they had arrested.", []),
        (
            "Four gunmen were held; the seven others were arrested in Bryansk.",
            [(7, "arrested", "in:bryansk")],
        ),
        # the attacker a toll leaves out is no subject of it; one it counts makes it another toll
        (
            "The toll stood at eight on Sunday, not counting the gunman, officials said.",
            [(8, "killed", None)],
        ),
        ("Eight people died, not including the attacker.", [(8, "killed", "people")]),
        ("Nine people, including the shooter, were killed.", [(9, "killed", "people+attackers")]),
        # a hospital's patients are no arrivals; a verb that needs other words gives way to the next
        ("The hospital said it had received nine patients.", []),
        ("Over 1,500 received injuries.", [(1500, "wounded", None)]),
        # those still in hospital: a state of the wounded, which falls as patients go home
        (
            "Sixty people hurt in the blast, including four children, remain in hospital, the minister said.",
            [(60, "in_hospital", "people"), (4, "in_hospital", "children")],
        ),
        ("Some 40 people are still hospitalized, officials said.", [(40, "in_hospital", "people")]),
        (
            "The chief minister said 28 people were being treated in hospital.",
            [(28, "in_hospital", "people")],
        ),
        (
            "Some 150 people were injured and 80 remain in hospital.",
            [(150, "wounded", "people"), (80, "in_hospital", "people")],
        ),
        # some of them only: the figure is all the wounded
        (
            "At least 900 people were injured, with many of them still being treated in hospital.",
            [(900, "wounded", "people")],
        ),
        ("A total of 220 people were hospitalized.", [(220, "wounded", "people")]),
        # a region named with its kind in lower case counts its own dead
        ("At least 92 were killed in the Valencia region.", [(92, "killed", "in:valencia")]),
        (
            "Officials in the Valencia region, where at least 92 were killed, opened shelters.",
            [(92, "killed", "in:valencia")],
        ),
        # what killed them comes before where: the place after it
        (
            "At least 100 people died in the earthquake in Dorvik, the epicentre.",
            [(100, "killed", "in:dorvik")],
        ),
        (
            "Some 38 deaths were reported in the adjoining district West Dorvik.",
            [(38, "killed", "in:west dorvik")],
        ),
        # a place further on, after the incident's own words, is the building's, not the count's
        (
            "The mayor said 14 people remain unaccounted for in the collapse of the Seaview Tower, a block "
            "in Belmar.",
            [(14, "missing", "people")],
        ),
        # what a flood or landslide struck, named with its kind, is where the figures after it are
        (
            "A flash flood swept away the hamlet of Arlo, leaving 48 people dead and 39 missing.",
            [(48, "killed", "in:arlo"), (39, "missing", "in:arlo")],
        ),
        # those who survived a crash are the rescued
        (
            "The plane was carrying 181 passengers and crew; two survived.",
            [(181, "on_board", "people"), (2, "rescued", None)],
        ),
        # the dead given back to their families: no hostages released, and no families counted
        ("So far, 78 bodies have been handed over.", [(78, "bodies_handed_over", None)]),
        (
            "The remains of 200 victims have been handed over to their families.",
            [(200, "bodies_handed_over", "people")],
        ),
        ("Hamas handed over four hostages to the Red Cross.", [(4, "hostages", "hostages")]),
        # not an adjective before a unit whose name comes after it
        (
            "At least 100 people died in the central Japanese prefecture of Ishikawa.",
            [(100, "killed", "people")],
        ),
        # a figure said to be "there" is of the place named last before it, even in its speaker's words
        (
            "The agency coordinating rescues in the eastern Dorvik region said 88 people had died there.",
            [(88, "killed", "in:dorvik")],
        ),
        ("Officials in the Dorvik region said 88 people had died.", [(88, "killed", "people")]),
        # "the Dorvik region" and "the region of Dorvik" are one place
        ("At least 88 were killed in the region of Dorvik.", [(88, "killed", "in:dorvik")]),
        # who raised the toll counted it, and what others did meanwhile is no metric of the figure
        (
            "Medics on Sunday raised the death toll in the region's worst storm in decades to 140 as the "
            "government deployed more troops.",
            [(140, "killed", None)],
        ),
        # a part of a toll with a place of its own is that place's count
        (
            "At least 130 people died, with 120 of those deaths occurring in the region of Dorvik, six in "
            "Halmstad and one in Kesk.",
            [
                (130, "killed", "people"),
                (120, "killed", "in:dorvik"),
                (6, "killed", "in:halmstad"),
                (1, "killed", "in:kesk"),
            ],
        ),
        # two places joined by "and" are one phrase: the verb after them is the figure's
        (
            "More than 100 people in Malawi and Mozambique have died.",
            [(100, "killed", "in:malawi+mozambique")],
        ),
        ("Forty soldiers in Kyiv and Russian forces lost 30 tanks.", [(30, "tanks", None)]),
        # a remark between dashes says nothing of the figures around it
        (
            "Six died in Halmstad\u2014where a man missing since Monday was found\u2014and one in Kesk.",
            [(6, "killed", "in:halmstad"), (1, "killed", "in:kesk")],
        ),
    ],
)
def test_attack_and_crash_wordings(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert read(sentence) == expected


def test_the_attacks_day_in_brackets_is_not_the_tolls() -> None:
    sentence = "The toll from the attack at the theatre on Friday (March 22) night has risen to 133."
    dates = resolve_dates(sentence, dt.date(2024, 3, 23))
    assert dates  # the day is read, and names the attack
    assert statement_date(sentence, dates) is None


def test_the_hours_the_quake_struck_are_not_the_tolls_day() -> None:
    sentence = (
        "The death toll rose to 70 after a strong earthquake jolted the region in the late hours of Friday."
    )
    dates = resolve_dates(sentence, dt.date(2023, 11, 4))
    assert dates
    assert statement_date(sentence, dates) is None


def test_a_start_told_in_reported_speech_is_a_plan_for_the_coming_day() -> None:
    text = "The president said the two countries were starting direct talks on Saturday, in a surprise move."
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2031, 4, 15))  # a Tuesday
    found = [(str(c.value), c.modality) for c in extract(article, VOCAB) if c.kind == "date"]
    assert found == [("2031-04-19", "expected")]


def _events(text: str, published: dt.date) -> list[tuple[str, str, str | None]]:
    article = Article(path="a.md", text=text, outlet="Outlet", published=published)
    return [(c.kind, str(c.value), c.event) for c in extract(article, VOCAB) if c.kind in ("date", "venue")]


def test_the_day_of_another_act_set_before_its_noun_is_not_the_events() -> None:
    published = dt.date(2031, 8, 8)
    assert (
        _events("The summit plan came in the wake of an August 6 visit by the envoy to Moscow.", published)
        == []
    )
    # the same day told as the summit's is kept
    assert ("date", "2031-08-06", "summit") in _events(
        "The leaders met at a summit in Hanoi on August 6.", published
    )


def test_a_sentence_set_in_a_past_year_tells_of_an_earlier_occasion() -> None:
    text = "In 2029, the president met his counterpart at a summit in Hanoi."
    found = _events(text, dt.date(2031, 8, 8))
    assert found and all(event is not None and event.endswith("(earlier)") for _, _, event in found)


def test_an_embedded_posts_signature_date_is_not_the_events() -> None:
    text = '"The summit will take place in Hanoi on June 12th." -- Jane Doe (@janedoe) May 10, 2031'
    days = [day for kind, day, _ in _events(text, dt.date(2031, 5, 24)) if kind == "date"]
    assert days == ["2031-06-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A source said holding the summit in Rome was out of the question.",
        "A source said a summit in Rome was off the table.",
        "Officials said a summit in Rome was not an option.",
        "A source said holding the summit in Rome was never seriously discussed.",
        "A source said a summit in Rome is not being considered.",
    ],
)
def test_a_place_put_out_of_the_question_is_denied(sentence: str) -> None:
    article = Article(path="a.md", text=sentence, outlet="Outlet", published=dt.date(2031, 8, 8))
    venues = [(c.value, c.negated) for c in extract(article, VOCAB) if c.kind == "venue"]
    assert venues == [("rome", True)]


def test_a_known_places_first_words_are_no_unknown_place() -> None:
    # "Joint Base" alone is no place of its own: the base the rules know is the venue
    text = "The summit will take place at Joint Base Elmendorf-Richardson in Anchorage, an official said."
    article = Article(path="a.md", text=text, outlet="Outlet", published=dt.date(2031, 8, 8))
    venues = [(c.value, c.note) for c in extract(article, VOCAB) if c.kind == "venue"]
    assert venues == [("jber", None)]
