"""A side's equipment it holds, sends or uses is no count of its losses; a part told of a whole
("266 of the 298 drones") counts what befell the part. All sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a side holds, sends or uses
        ("The United States will send 31 Abrams tanks to Ukraine, the president said.", []),
        ("Germany pledged 14 Leopard 2 tanks.", []),
        ("Russia has deployed 40 tanks near the border.", []),
        ("Ukraine received 12 aircraft from its allies.", []),
        ("The army uses 300 drones a day.", []),
        ("Russian forces have about 1,500 tanks in reserve.", []),
        ("Russia launched 298 drones at Ukraine overnight.", []),
        ("Russia hit Ukrainian cities with 367 drones and missiles overnight.", []),
        ("The port was attacked with 40 drones on Sunday.", []),
        # each item of what was sent
        ("Russia launched 472 drones and seven missiles at Ukraine overnight.", []),
        ("Russia sent 40 tanks and 12 aircraft.", []),
        # what a side lost is still its count
        ("Russia has lost 3,120 tanks since the invasion began.", [(3120, "tanks", "russian_military")]),
        ("Ukrainian forces destroyed 12 tanks near Kharkiv.", [(12, "tanks", None)]),
        ("Air defences shot down 12 of the 15 cruise missiles fired overnight.", [(12, "missiles", None)]),
        (
            "Russia has lost 285 tanks and 40 aircraft.",
            [(285, "tanks", "russian_military"), (40, "aircraft", "russian_military")],
        ),
        (
            "Russia launched 145 drones overnight, and 98 drones were shot down.",
            [(98, "drones", None)],
        ),
        # a whole a statement opens on is what was sent; a toll's whole still counts
        ("Of the 298 drones, 266 were shot down.", []),
        ("Of the 40 dead, 12 were children.", [(40, "killed", None)]),
        # a list of a side's losses: the people before are no owner of its things
        (
            "The enemy's losses were approximately: about 12,000 people, tanks - 317.",
            [(12000, "casualties", "people"), (317, "tanks", None)],
        ),
        # a count of things of no side is not held back by the verb
        ("Engineers have built 300 shelters.", [(300, "shelters", None)]),
        # a part told of a whole: the verb's metric, or the whole's owned noun
        ("The crash killed 179 of the 181 people on board.", [(179, "killed", None)]),
        ("Air defences destroyed 266 of the 298 drones.", [(266, "drones", None)]),
        # all but a part of a whole: the whole less the part
        ("The crash killed all but three of the 132 passengers.", [(129, "killed", "people")]),
        ("All but two of the 181 residents were still missing.", [(179, "missing", "people")]),
        (
            "A jet carrying 181 people crashed, killing all but two of those on board.",
            [(181, "on_board", "people"), (179, "killed", "people")],
        ),
        # camps and centres the displaced fled to count no one evacuated
        ("About 320,000 people had fled to 6,300 evacuation centres.", [(320000, "refugees", "people")]),
        # the bodies handed over are no toll
        (
            "Russia handed over the bodies of 6,000 soldiers killed in action.",
            [(6000, "bodies_handed_over", "military")],
        ),
        # what a count's people belong to is no count
        ("Twelve residents of two buildings were still missing.", [(12, "missing", "people")]),
        ("Eight members of three families were killed.", [(8, "killed", None)]),
        (
            "Air defences shot down 45 of the 69 Russian cruise missiles and 266 of the 298 drones.",
            [(45, "missiles", None), (266, "drones", None)],
        ),
    ],
)
def test_held_and_parts_of_a_whole(sentence: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert read(sentence) == expected
