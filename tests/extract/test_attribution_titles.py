"""One office holder named with or without the place and the abbreviation is one source: invented names."""

from __future__ import annotations

import pytest

from discrep.extract import compile_rules
from discrep.ruleset import load_rules

ATTRIBUTOR = compile_rules(load_rules()).attributor


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Vermont Gov. Aldo Pietersen said 14 people died.", "Governor Aldo Pietersen"),
        ("Gov. Aldo Pietersen said 14 people died.", "Governor Aldo Pietersen"),
        ("Pike County Sheriff Mara Olsen said 9 people died.", "Sheriff Mara Olsen"),
        ("Sen. Lou Brandt said 3 people died.", "Senator Lou Brandt"),
        ("The sheriff said 3 people died.", "sheriff"),
        # a body's own name is kept whole; a place before it is not its name
        ("The Federal Security Service said 12 people were detained.", "Federal Security Service"),
        ("The State Emergency Service said 12 people died.", "State Emergency Service"),
        ("The Gaza health ministry said 12 people died.", "health ministry"),
        # the end of a title before a name is no part of the name; a ministry "of" something is
        (
            "More than a million have fled, UN High Commissioner for Refugees Filippo Grandi said.",
            "Filippo Grandi",
        ),
        ("The Ministry of Foreign Affairs said 12 people died.", "Ministry of Foreign Affairs"),
        # a news agency goes by its own name
        ("Earlier, Tasman news agency had reported 28 deaths.", "Tasman"),
        # a body set off by commas before its verb
        ("The Unity Council, a rival administration, put the toll lower, at 1,900.", "Unity Council"),
        # a name's particle is part of it
        ("The mayor of Tobruk, Salem al-Mahdi, said 40 people died.", "Salem al-Mahdi"),
        ("Anna van der Berg said 40 people died.", "Anna van der Berg"),
        ("Pike County officials counted 17 deaths.", "Pike County officials"),
    ],
)
def test_titles_and_places_before_a_name(sentence: str, claimant: str) -> None:
    assert ATTRIBUTOR.attribute(sentence, None).claimant == claimant


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the National Flood Relief Directorate (NFRD), 212 people have died.",
        "The National Flood Relief Directorate (NFRD) said 212 people have died.",
    ],
)
def test_a_body_with_a_short_name_goes_by_it_after_according_to_too(sentence: str) -> None:
    assert ATTRIBUTOR.attribute(sentence, None).claimant == "NFRD"


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 29 people died, per the Pike County Medical Examiner's report.",
        "At least 29 people died, according to the Pike County Medical Examiner's office.",
        "The Pike County Medical Examiner confirmed 29 deaths.",
    ],
)
def test_a_bodys_report_or_office_is_the_body(sentence: str) -> None:
    assert ATTRIBUTOR.attribute(sentence, None).claimant == "Medical Examiner"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # a pronoun or role that speaks is the last source named
        ("He also stated that 40 people had died.", "un"),
        ("By his count, 40 people died.", "un"),
        ("Forty people died, according to the spokesman.", "un"),
        ("Forty people died, said the spokesman.", "un"),
        # one the figure's own words hold does not: the source named before the verb speaks
        ("Only 60 people survived, the harbour police said, all of them men.", "harbour police"),
    ],
)
def test_a_pronoun_speaks_only_beside_its_verb(sentence: str, claimant: str) -> None:
    assert ATTRIBUTOR.attribute(sentence, "un").claimant == claimant
