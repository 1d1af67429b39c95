"""Where and whose a tally is: a part of a place, a place named again, a part of the toll."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import read as tallies


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country's adjective before its toll names the place, as "Syria's toll" does
        ("The Syrian toll stood at 3,377.", [(3377, "killed", "in:syria")]),
        ("The Japanese death toll rose to 18.", [(18, "killed", "in:japan")]),
        (
            "The agency said 18,342 had died in Turkey, and the Syrian toll stood at 3,377.",
            [(18342, "killed", "in:turkey"), (3377, "killed", "in:syria")],
        ),
        (
            "AFAD said 8,574 had died in Turkey, while a Syrian ministry official put the figure at 2,662.",
            [(8574, "killed", "in:turkey"), (2662, "killed", "in:syria")],
        ),
        ("Syrian state media reported 810 deaths.", [(810, "killed", "in:syria")]),
        # a town named with its kind at the head of a statement is scoped to it
        ("In Naga City, the mayor said 14 residents had drowned.", [(14, "killed", "in:naga")]),
        ("In Pell County, 31 people have died.", [(31, "killed", "in:pell county")]),
        ("In Pell County alone, 31 people have died, the sheriff said.", [(31, "killed", "in:pell county")]),
        # a count over several places is the whole's, not the one place named for something else
        (
            "The cyclone came ashore in Florida's Gulf coast late on Monday, and by Wednesday it had killed "
            "at least 38 people in four states.",
            [(38, "killed", "people")],
        ),
        ("The quake killed 50 people across 10 provinces in southern Turkey.", [(50, "killed", "in:turkey")]),
        # a rank told after the toll ("making it the deadliest ... in Russia") is where the rank holds
        (
            "Officials said 71 people had died in the fire at the mall, making it the deadliest blaze in "
            "Russia in a decade.",
            [(71, "killed", "people")],
        ),
        # a national office's seat is who counts, not where
        (
            "In Iraq, the health ministry in Baghdad put the toll in government-held areas at 812.",
            [(812, "killed", "in:iraq/government-held")],
        ),
        ("The health ministry in Baghdad said 812 people were killed.", [(812, "killed", "people")]),
        (
            "Fires have killed at least 53 people, the governor said, calling it the largest disaster in "
            "Hawaii's history.",
            [(53, "killed", "people")],
        ),
        # several countries' count is of none of them
        (
            "The agency said 517 deaths had been reported across 13 African countries.",
            [(517, "killed", "in:countries")],
        ),
        # bare "Congo" is the Democratic Republic
        ("In Congo, the minister said 570 deaths had been recorded.", [(570, "killed", "in:congo")]),
        # a clause with its own toll: the subject of the clause before is not its
        (
            "Only a tenth of the area had been searched by sniffer dogs, the chief said on Sunday, when the "
            "toll stood at 93.",
            [(93, "killed", None)],
        ),
        # a word that describes the place does not hide it
        ("Officials said 300 people died in neighbouring Syria.", [(300, "killed", "in:syria")]),
        ("Fighting has killed 150 people in war-torn Sudan.", [(150, "killed", "in:sudan")]),
        # a country named as an office's seat is the country whose count it is
        ("The military government in Peru said 640 people had been killed.", [(640, "killed", "in:peru")]),
        # the toll of what struck a place is that place's
        (
            "The death toll from the earthquakes that struck Turkey and Syria rose above 11,000 on Monday.",
            [(11000, "killed", "in:syria+turkey")],
        ),
        (
            "The number of dead from the storm that hit Florida on Sunday has climbed to 42.",
            [(42, "killed", "in:florida")],
        ),
        # a part of a country held by one side is that part's count, never the country's
        (
            "In rebel-held pockets of northeast Iraq, a volunteer group said 310 people had died.",
            [(310, "killed", "in:iraq/northeast")],
        ),
        (
            "In Iraq, state television said 95 people died in areas controlled by the government.",
            [(95, "killed", "in:iraq/government-held")],
        ),
        # two parts held by two sides are two counts
        (
            "In Kherson and Zaporizhzhia, monitors counted 40 killed in government-controlled territory, "
            'and 12 killed in territory controlled by the self-declared "republics".',
            [
                (40, "killed", "in:kherson+zaporizhzhia/government-held"),
                (12, "killed", "in:kherson+zaporizhzhia/republic-held"),
            ],
        ),
        # a county set apart with "alone" is the county's own count; a part of another figure is not
        # that figure's place
        ("At least 31 people died in Palm Creek County alone.", [(31, "killed", "in:palm creek county")]),
        (
            "At least 70 deaths were reported in Texas, including 31 in Palm Creek County alone.",
            [(70, "killed", "in:texas")],
        ),
        (
            "Local officials say 12 deaths in north and central Texas were caused by the storm.",
            [(12, "killed", "in:texas")],
        ),
        # a compass point named as an area, in a breakdown of the country's toll
        (
            "Iraqi officials counted 700 deaths in the country, with the south accounting for 410.",
            [(700, "killed", "in:iraq"), (410, "killed", "in:iraq/south")],
        ),
        # who runs the media that report a toll, or a verb, is no part; nor is "the West"
        ("Government-run television said 40 people died in Iraq.", [(40, "killed", "in:iraq")]),
        ("The West condemned the strike, which killed 40 people in Iraq.", [(40, "killed", "in:iraq")]),
        # a compass point that says where a country's whole toll is: no part
        ("At least 120 people were killed in northern Iraq.", [(120, "killed", "in:iraq")]),
        # a place named again by its kind
        ("The Nigerian health ministry reported 64 deaths in the country.", [(64, "killed", "in:nigeria")]),
        (
            "Sheriff Ortega of Palm Creek County said the county's death toll had reached 17.",
            [(17, "killed", "in:palm creek county")],
        ),
        (
            "As of Friday, the state had recorded 31 deaths, Texas officials said.",
            [(31, "killed", "in:texas")],
        ),
        # a province whose name the sentence does not give is a part of the country, which one unknown
        ("Officials said 12 people died in the province.", [(12, "killed", "in:area/the province")]),
        # and the children among its dead are that part's
        (
            "At least 90 people died in the province, including 31 children.",
            [(90, "killed", "in:area/the province"), (31, "killed", "in:area/the province/children")],
        ),
        # the words of a bracket belong to its figures; a place in the quote's speaker is no place
        (
            'The mission said: "We counted 60 civilian casualties: 20 killed (9 men and 11 adults of unknown '
            'sex) and 40 injured," the Monitoring Mission in Iraq said.',
            [(60, "casualties", "civilians"), (20, "killed", "civilians"), (40, "wounded", "civilians")],
        ),
        # a country, a city or a county so named may be the whole: no place
        ("Officials said 12 people died in the country.", [(12, "killed", "people")]),
        ("Officials said 12 people died in the city.", [(12, "killed", "people")]),
        # the places a corpus counts together (tally_groups fills them in)
        ("The toll in both countries passed 9,000.", [(9000, "killed", "in:both")]),
        # a place set apart with "alone" or at the head of the statement is a part of the place
        (
            "The minister said 420 people died in Vantor alone, the worst of any Nigerian state.",
            [(420, "killed", "in:nigeria/vantor")],
        ),
        (
            "In Vantor province, officials said 900 buildings had collapsed.",
            [(900, "buildings", "in:area/vantor")],
        ),
        # where the dead died splits the toll; a nationality among the dead is a part of it
        (
            "Nine of them died later in hospital, and 31 people died instantly.",
            [(9, "killed", "died_in_hospital"), (31, "killed", "died_at_scene")],
        ),
        (
            "The police chief said 34 people died inside the stadium and the rest in hospital.",
            [(34, "killed", "died_at_scene")],
        ),
        # alone, where they died may be the whole toll's place
        ("Officials said 40 people died inside the concert hall.", [(40, "killed", "people")]),
        ("Of the dead, 22 were Kenyan citizens, the embassy said.", [(22, "killed", "nationals/kenya")]),
        # each nationality is a part of its own, never compared with another
        ("Of the survivors, 40 were Haitian.", [(40, "rescued", "nationals/haiti")]),
        ("Of the dead, nine were Peruvian.", [(9, "killed", "nationals/peru")]),
        # the place's own people are not a nationality among its dead
        ("At least 300 Syrians were killed in Syria.", [(300, "killed", "in:syria")]),
    ],
)
def test_scope_of_a_tally(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert tallies(sentence) == expected


def test_a_place_after_the_next_figure_of_the_statement_is_this_one_too() -> None:
    # the comma of "3,500" does not end the first figure's phrase
    assert tallies("Officials said 1,200 people were killed and around 3,500 injured in Iraq.") == [
        (1200, "killed", "in:iraq"),
        (3500, "wounded", "in:iraq"),
    ]
