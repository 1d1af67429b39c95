"""Tally extraction: sentence -> (value, metric, subject, qualifier) for every count it holds."""

from __future__ import annotations

import datetime as dt

import pytest

from discrep.extract import extract
from discrep.model import Article
from tests.extract.tally_reading import FINDER, VOCAB, figure


def tallies(sentence: str) -> list[tuple[float, str, str | None, str]]:
    # earlier figures, listed for no day, are tested in test_tally_asides.py
    found = [t for t in FINDER.find(sentence) if t.aside is None]
    return [
        (
            figure(t),
            t.metric,
            t.subject,
            t.mention.qualifier,
        )
        for t in found
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministry said 498 Russian servicemen have been killed, while around 3,700 Ukrainian "
            "servicemen have been injured and 2,870 others killed.",
            [
                (498, "killed", "russian_military", "exact"),
                (3700, "wounded", "ukrainian_military", "approx"),
                (2870, "killed", "ukrainian_military", "exact"),
            ],
        ),
        (
            "Konashenkov said 1,502 Ukrainian military facilities have been destroyed.",
            [(1502, "military_facilities", "ukrainian_military", "exact")],
        ),
        (
            "The forces have destroyed 1,325 Ukrainian military infrastructure items "
            "since the operation began.",
            [(1325, "military_facilities", "ukrainian_military", "exact")],
        ),
        (
            "He said 395 tanks and other armoured combat vehicles, 59 multiple launch rocket systems, "
            "179 field artillery pieces and mortars, and 286 special military vehicle units "
            "had been destroyed.",
            [
                (395, "tanks_and_armoured_vehicles", None, "exact"),
                (59, "rocket_launchers", None, "exact"),
                (179, "artillery", None, "exact"),
                (286, "military_vehicles", None, "exact"),
            ],
        ),
        (
            "They attacked 314 tanks and other armored fighting vehicles and 274 units of military vehicles.",
            [(314, "tanks_and_armoured_vehicles", None, "exact"), (274, "military_vehicles", None, "exact")],
        ),
        (
            "According to various sources, the number of casualties in the Russian ranks on the fifth "
            "day of the invasion exceeds 5,000 soldiers.",
            [(5000, "casualties", "russian_military", "at_least")],
        ),
        (
            "A spokesman said 498 Russian troops have been killed so far and another 1,600 had been wounded.",
            [(498, "killed", "russian_military", "exact"), (1600, "wounded", "russian_military", "exact")],
        ),
        (
            "The strike on the TV tower killed five people and injured five more.",
            [(5, "killed", "people", "exact"), (5, "wounded", "people", "exact")],
        ),
        (
            "The spokesman put the number of Ukrainian military facilities destroyed at 1,502.",
            [(1502, "military_facilities", "ukrainian_military", "exact")],
        ),
        (
            "Floods left at least 12 people dead and 40 missing.",
            [(12, "killed", "people", "at_least"), (40, "missing", "people", "exact")],
        ),
        ("Police said up to 300 protesters were arrested.", [(300, "arrested", "protesters", "at_most")]),
        ("Between 7,000 and 15,000 people have been displaced.", [(7000, "displaced", "people", "range")]),
        (
            "The quake killed 3,000 in Turkey and 1,000 in Syria.",
            [(3000, "killed", "in:turkey", "exact"), (1000, "killed", "in:syria", "exact")],
        ),
        (
            "Ukraine's General Staff said Russia has lost 11,000 troops and 285 tanks.",
            [
                (11000, "casualties", "russian_military", "exact"),
                (285, "tanks", "russian_military", "exact"),
            ],
        ),
        (
            "Israel's military says more than 220 of its soldiers have been killed.",
            [(220, "killed", "military", "at_least")],
        ),
        # not tallies at all
        ("The U.N. General Assembly voted 141-5 to demand that Russia stop the invasion.", []),
        ("A column more than five kilometers long was about 65 kilometers from Kiev.", []),
        ("Troops and tanks came from three sides in an attack on February 25, 2022.", []),
        ("The operation entered its seventh day; 2022 will be remembered.", []),
        ("Sixty percent of the buildings were damaged.", []),
        # Kyiv counts tanks and armoured vehicles apart; Moscow's "tanks and other ..." is one figure
        (
            "Russia has lost about 12,000 personnel, 303 tanks, 1,036 armored combat vehicles "
            "and 48 aircraft.",
            [
                (12000, "casualties", "russian_military", "approx"),
                (303, "tanks", "russian_military", "exact"),
                (1036, "armoured_vehicles", "russian_military", "exact"),
                (48, "aircraft", "russian_military", "exact"),
            ],
        ),
        (
            "It said Russia had lost 120 artillery systems, 60 fuel tanks, 3 boats and 31 anti-aircraft "
            "warfare systems.",
            [
                (120, "artillery", "russian_military", "exact"),
                (60, "fuel_tanks", "russian_military", "exact"),
                (3, "boats", "russian_military", "exact"),
                (31, "air_defence_systems", "russian_military", "exact"),
            ],
        ),
        # a country that reports a toll, or whose office does, counts its own dead; a side or place
        # carries on to the next figure only within one statement (no "while", ";" or "but" between)
        (
            "Erdogan said 8,574 people had died in Turkey, while Syria's health ministry put the toll "
            "there at 2,662.",
            [(8574, "killed", "in:turkey", "exact"), (2662, "killed", "in:syria", "exact")],
        ),
        (
            "In Turkey alone 18,342 deaths were confirmed, the health minister said, "
            "and Syria reported 3,377.",
            [(18342, "killed", "in:turkey", "exact"), (3377, "killed", "in:syria", "exact")],
        ),
        # a part of a toll with no subject of its own is no toll
        (
            "Officials said at least 30 people had been killed, a figure that includes three who "
            "drowned in the river.",
            [(30, "killed", "people", "at_least")],
        ),
        # people trapped are counted apart from the dead and the rescued
        (
            "The collapse left 41 miners trapped underground and killed two.",
            [(41, "trapped", None, "exact"), (2, "killed", None, "exact")],
        ),
        # an outbreak's sick are cases; a part of them set apart first is no count
        (
            "Officials said two people had died and 140 had fallen ill after the banquet.",
            [(2, "killed", "people", "exact"), (140, "cases", "people", "exact")],
        ),
        ("Of those taken ill, 87 were admitted to hospital.", []),
        # the metric word governs the figure: its own verb after it does not part them
        (
            "Officials said the bodies of 320 civilians had been recovered.",
            [(320, "bodies_recovered", "civilians", "exact")],
        ),
        (
            "About 30,000 residents were ordered to evacuate.",
            [(30000, "under_evacuation_orders", "people", "approx")],
        ),
        # a correction: the figure it sets aside is no count, the one it says is
        (
            "A spokesman corrected an earlier figure, saying 12 bodies had been recovered, not 11.",
            [(12, "bodies_recovered", None, "exact")],
        ),
        # what a vehicle carried is the people on board; an age set off by commas is no count
        (
            "At least 30 people were killed when a bus carrying 48 passengers left the road.",
            [(30, "killed", "people", "at_least"), (48, "on_board", "people", "exact")],
        ),
        ("The driver, 52, was detained after the crash.", []),
        # an -ing verb right before the next figure is that figure's
        (
            "Police dispersed thousands of protesters overnight, detaining 63 people.",
            [(63, "arrested", "people", "exact")],
        ),
        # a house number is no count
        (
            "A fire at a bar at 12 Harbour Street killed 9 people on Sunday.",
            [(9, "killed", "people", "exact")],
        ),
        # a figure whose own predicate is a state ("were still in critical condition") borrows no
        # metric from the figure before it
        (
            "Officials said 12 people had died in the blaze and that about 15 people were still in "
            "intensive care.",
            [(12, "killed", "people", "exact")],
        ),
        # an area of a place set apart at the head ("In Ashby's harbour district,") counts a part
        (
            "In Ashby's harbour district, 14 children were among the dead, the mayor said.",
            [],
        ),
        # a country the gazetteer knows, set at the head of the statement, scopes the toll to itself
        # (an unknown place there would be a part of the toll and make no claim)
        (
            "In Slovenia, the fire service said on Monday that four people had drowned.",
            [(4, "killed", "in:slovenia", "exact")],
        ),
        (
            "Turkey's disaster agency said the number of dead in the country had reached 12,873.",
            [(12873, "killed", "in:turkey", "exact")],
        ),
        (
            "About 1,200 people were killed and about 240 were taken hostage.",
            [(1200, "killed", "people", "approx"), (240, "hostages", "people", "approx")],
        ),
        # a country that revises its own toll counts its own dead, wherever else the corpus is about
        (
            "Egypt revised its own toll from the border clash down to about 30.",
            [(30, "killed", "in:egypt", "approx")],
        ),
        # a figure a new one replaced is an earlier one: no claim for today
        (
            "About 105,000 people were under evacuation orders on Saturday, down from 153,000.",
            [(105000, "under_evacuation_orders", "people", "approx")],
        ),
        ("The death toll rose to 16 from 10, officials said.", [(16, "killed", None, "exact")]),
        ("An earlier estimate put the number of dead at 2,300.", []),
        # the last figure's word does not carry on to a figure of something else
        (
            "At least 288 people were killed and more than 900 injured when three trains collided.",
            [(288, "killed", "people", "at_least"), (900, "wounded", "people", "at_least")],
        ),
        # a part of a toll with a subject of its own (a nationality, children) is its own count
        (
            "Of the dead, 145 were Egyptian nationals, Egypt said.",
            [(145, "killed", "nationals/egypt", "exact")],
        ),
        (
            "More than 11,100 people have been killed, among them 4,609 children.",
            [(11100, "killed", "people", "at_least"), (4609, "killed", "children", "exact")],
        ),
        (
            "The Red Crescent said 2,000 bodies had been recovered so far.",
            [(2000, "bodies_recovered", None, "exact")],
        ),
        # buildings need a word of damage in the clause (rules/metrics.yaml: requires)
        ("At least 125 homes were destroyed by tornadoes.", [(125, "buildings", None, "at_least")]),
        ("The quake flattened about 6,000 buildings.", [(6000, "buildings", None, "approx")]),
        # ... and homes without power are no buildings destroyed, but a count of their own
        (
            "More than 3 million homes and businesses were still without power.",
            [(3000000, "without_power", None, "at_least")],
        ),
        ("Rescue crews pulled 1,000 people from flooded homes.", []),
        ("The fire destroyed about 5,300 structures.", [(5300, "buildings", None, "approx")]),
        ("Some 80,000 homes were evacuated, but 40 houses collapsed.", [(40, "buildings", None, "exact")]),
        # errors in a count are not a count; a toll revised after them is
        ("Officials said a few deaths had been counted twice.", []),
        ("Two passengers initially listed as dead were later found alive.", []),
        (
            "The toll stands at 54 after some deaths were recorded twice.",
            [(54, "killed", None, "exact")],
        ),
        # a part of a toll named after the figure, or in a part of the area no rule names
        ("Four of the injured were in a serious condition, doctors said.", []),
        ("Rebels hold 80 hostages, 12 of whom are believed dead.", [(80, "hostages", "hostages", "exact")]),
        (
            "Rebels hold 80 hostages, 12 of whom are children.",
            [(80, "hostages", "hostages", "exact"), (12, "hostages", "children", "exact")],
        ),
        ("In the northern district alone, 31 deaths were recorded.", []),
        # the toll is what rose, not a word named between it and the figure
        (
            "The death toll from the fire in a hostel packed with evacuees rose to 31 on Monday.",
            [(31, "killed", None, "exact")],
        ),
        # people waiting to be evacuated are not yet evacuated
        ("About 2,500 people were waiting to be evacuated from the port, the mayor said.", []),
        # one part of the area: "in a single district", "in one village"
        (
            "The junta said 21 people had been killed by the storm, far fewer than the 81 deaths counted "
            "by village heads in a single district.",
            [(21, "killed", "people", "exact")],
        ),
        ("In one village near the river, 18 people died when a dam burst, residents said.", []),
        (
            "At least 40 people were killed in one of the deadliest days, officials said.",
            [(40, "killed", "people", "at_least")],
        ),
        (
            "In the past week alone, 31 deaths were recorded.",
            [(31, "killed", None, "exact")],
        ),
        # a metric word of another clause with its own subject; a verb whose object the figure is
        ("The attacker fired about 40 shots before he was killed by police.", []),
        (
            "A man stabbed two people and injuring three more before he was shot dead.",
            [(3, "wounded", "people", "exact")],
        ),
        (
            "The bomber detonated his vest, killing 14 worshippers and wounding 20 others as the "
            "prayers ended, police said.",
            [(14, "killed", None, "exact"), (20, "wounded", None, "exact")],
        ),
        # a figure that describes ("a 40-year-old man") or an age is no count
        (
            "Eighteen people are confirmed dead, among them a 40-year-old man and two children aged 6 and 9.",
            [(18, "killed", "people", "exact"), (2, "killed", "children", "exact")],
        ),
        # a part does not pass its side on to the next figure of the list
        (
            "Nine people died, including two children, and 14 remain missing.",
            [
                (9, "killed", "people", "exact"),
                (2, "killed", "children", "exact"),
                (14, "missing", "people", "exact"),
            ],
        ),
        # the figure a count rose or was lowered from
        ("The number of missing has risen from 99 to 156.", [(156, "missing", None, "exact")]),
        ("Officials lowered the number of missing from 156 to 145.", [(145, "missing", None, "exact")]),
        # the day of the figure it rose from may come between
        ("The death toll rose from 24 on Thursday to 38 on Friday.", [(38, "killed", None, "exact")]),
        ("The toll rose from 99 as of Monday morning to 156.", [(156, "killed", None, "exact")]),
        # a toll that counts the attacker is not the victims' toll; the attacker before it did it
        (
            "Six people, including the shooter, died in the attack on the school.",
            [(6, "killed", "people+attackers", "exact")],
        ),
        ("The gunman shot dead four people.", [(4, "killed", "people", "exact")]),
        ("Two attackers were killed by police.", [(2, "killed", "attackers", "exact")]),
        # a metric word that names who speaks does not count the figure (survivors are not rescued)
        (
            "Survivors told reporters that up to 600 people had been on board.",
            [(600, "on_board", "people", "at_most")],
        ),
        # a metric word that goes on to the next figure is that one's, not the figure's before it
        (
            "Officials said the number of missing had fallen to 40 as the death toll stood at 90.",
            [(40, "missing", None, "exact"), (90, "killed", None, "exact")],
        ),
        (
            "The governor said the number of missing fell to 31, the confirmed toll remains at 97.",
            [(31, "missing", None, "exact"), (97, "killed", None, "exact")],
        ),
        # ... but one said of the figure itself stays its own
        (
            "At least 12 people were killed, and the death toll rose to 15 on Monday.",
            [(12, "killed", "people", "at_least"), (15, "killed", "people", "exact")],
        ),
        # ... nor does one of another clause (the search for survivors is not their rescue)
        (
            "As the hunt for survivors went on, a charity said some 600 migrants were on board.",
            [(600, "on_board", None, "approx")],
        ),
        # two places, one the rules do not know: not the toll of the one they know
        (
            "More than 900 deaths in Spain and Andorra were blamed on the heat.",
            [(900, "killed", "in:andorra+spain", "at_least")],
        ),
        # a change is not a count; the day's new ones are the day's
        (
            "The death toll rose by 368 to 1,809, an increase of 25 percent.",
            [(1809, "killed", None, "exact")],
        ),
        # a part of a whole, what befell it told after the whole
        (
            "Officials said 179 of the 181 people on board the jet had been killed.",
            [(179, "killed", None, "exact")],
        ),
        ("Three of the 12 miners were rescued alive.", [(3, "rescued", None, "exact")]),
        # a figure its source took back asserts no count
        (
            "The agency said 700 were still missing, after withdrawing the figure of 5,100.",
            [(700, "missing", None, "exact")],
        ),
        # a plan or a projection is not yet a count
        ("Under the deal, 50 hostages are to be released on Friday.", []),
        ("Officials warned the toll could rise to 100.", []),
        # a model written like a range is no figure; a range of estimates is
        ("The carrier grounded its 737-800 jets.", []),
        ("Between 120-150 people were feared dead.", [(120, "killed", "people", "range")]),
        # a place the rules do not know scopes the count all the same
        ("In Lombardy, the worst-hit region, 1,218 people have died.", []),
        # (but a unit named with its kind is scoped to it, as after the figure)
        ("In Luding county alone, 55 people died.", [(55, "killed", "in:luding county", "exact")]),
        ("In Taroudant province, 452 people died.", [(452, "killed", "in:taroudant province", "exact")]),
        (
            "Most died in Al Haouz province, where 1,293 died, and in Taroudant province, with 452 dead.",
            [
                (1293, "killed", "in:al haouz province", "exact"),
                (452, "killed", "in:taroudant province", "exact"),
            ],
        ),
        # the whole event's region named in passing scopes nothing
        (
            "The death toll from the quake in Sichuan has climbed to 74.",
            [(74, "killed", None, "exact")],
        ),
        # a place's office reports its toll; a place's province is only a part of it
        (
            "Spain's Carlos III Health Institute said 1,047 deaths were caused by the heat.",
            [(1047, "killed", "in:spain", "exact")],
        ),
        # the toll named far back is what rose
        (
            "As of Tuesday, the death toll from the 6.8-magnitude earthquake that jolted Luding County in "
            "southwest China's Sichuan Province on Monday had risen to 65.",
            [(65, "killed", "in:china", "exact")],  # a compass word before the place does not hide it
        ),
        (
            "Spain reported 9,191 new cases and 309 deaths.",
            [(9191, "cases", "in:spain", "exact"), (309, "killed", "in:spain", "exact")],
        ),
        # the noun after a figure says who; a verb before it, what befell them
        ("Hamas released 13 Israeli hostages on Friday.", [(13, "released", "hostages", "exact")]),
        ("Troops rescued four hostages in Nuseirat.", [(4, "rescued", "hostages", "exact")]),
        ("Hamas is holding 240 hostages.", [(240, "hostages", "hostages", "exact")]),
        # in an exchange, hostages and prisoners set free are two counts
        (
            "Thirteen hostages were freed and Israel released 39 Palestinian prisoners.",
            [(13, "released", "hostages", "exact"), (39, "released", "prisoners", "exact")],
        ),
        # a correction of another source's figure is an earlier figure; a size is no count
        (
            "Three people died, the firm said, correcting a police statement that put the toll at four.",
            [(3, "killed", "people", "exact")],
        ),
        (
            "About 500 refugees a day arrive in Moldova, a country of 2.6 million people.",
            [(500, "refugees", "in:moldova", "approx")],
        ),
        # where they arrive scopes the count, where they fled from does not
        (
            "More than 1.2 million people have crossed from Ukraine into Poland.",
            [(1200000, "arrivals", "in:poland", "at_least")],
        ),
        ("Another 300,000 have entered Hungary.", [(300000, "arrivals", "in:hungary", "exact")]),
        # of two places before a figure, the nearer scopes it; a rank ("the most in Europe") does not
        (
            "Officials counted 6,617 cases in the United States, with New York reporting 1,748.",
            [(6617, "cases", "in:united_states", "exact"), (1748, "cases", "in:new_york", "exact")],
        ),
        (
            "Spain has reported 4,298 cases, the most in Europe, and two deaths.",
            [(4298, "cases", "in:spain", "exact"), (2, "killed", "in:spain", "exact")],
        ),
        # the verb after a part names the whole; police are their own count, but not when they speak
        (
            "More than 500 people, including 176 police officers, have been injured.",
            [(500, "wounded", "people", "at_least"), (176, "wounded", "police", "exact")],
        ),
        ("Police said 40 protesters were arrested.", [(40, "arrested", "protesters", "exact")]),
        # a part with no subject of its own is a part of the whole, not of a place named for the whole
        (
            "Some 1,900 Ukrainian fighters surrendered in Mariupol, including 700 on Tuesday.",
            [
                (1900, "captured", "ukrainian_military", "approx"),
                (700, "captured", "ukrainian_military", "exact"),
            ],
        ),
        # a part of the area named before a figure sets it apart from the place's toll
        (
            "The storm killed at least 21 people in Florida, though the sheriff said his Lee County "
            "alone had 35 deaths.",
            [(21, "killed", "in:florida", "at_least")],
        ),
        # a place at the head of the statement scopes it across a relative clause; a part's own place
        (
            "In North Carolina, where the storm made landfall, four people died.",
            [(4, "killed", "in:north_carolina", "exact")],
        ),
        (
            "At least 105 deaths were blamed on the storm, including four in North Carolina.",
            [(105, "killed", None, "at_least"), (4, "killed", "in:north_carolina", "exact")],
        ),
        # bodies found are bodies found, not a toll; the rest of a count is no count
        (
            "Rescuers recovered 68 bodies and were searching for the remaining four.",
            [(68, "bodies_recovered", None, "exact")],
        ),
        # a model is no figure; a counted thing is named right after its figure
        ("The ATR 72 aircraft and a Boeing 737 jet were grounded.", []),
        ("Five Indians and four Russians were on board the aircraft.", []),
        # whom another clause names is not whom the figure counts
        (
            "He wounded seven others before he was shot dead by a police officer.",
            [(7, "wounded", None, "exact")],
        ),
        # new kinds of count (rules/metrics.yaml)
        (
            "Some 2,000 migrants died or went missing at sea.",
            [(2000, "dead_or_missing", None, "approx")],
        ),
        ("About 250,000 people lost their homes.", [(250000, "displaced", "people", "approx")]),
        ("Rescuers saved 96 people.", [(96, "rescued", "people", "exact")]),
        (
            "The outbreak has infected more than 3,000 people, and 41 new cases were confirmed on Monday.",
            [(3000, "cases", "people", "at_least"), (41, "cases", "people", "exact")],
        ),
        ("In 12 cases the shells hit schools.", []),
        # a count of cases told rising needs no disease named in its sentence
        ("The number of cases climbed to 3,100, the ministry said.", [(3100, "cases", None, "exact")]),
        ("Cases rose to 40 on Monday.", [(40, "cases", None, "exact")]),
        # "put the number at" gives the figure of the count before it, of the same soldiers; an earlier
        # statement does not
        (
            "The army said 40 soldiers had died, while a monitoring group put the number at 65.",
            [(40, "killed", "military", "exact"), (65, "killed", "military", "exact")],
        ),
        (
            "Nine were killed and 12 wounded, revising an earlier statement that put the number of "
            "wounded at 15.",
            [(9, "killed", None, "exact"), (12, "wounded", None, "exact")],
        ),
        # a list or a fact box labels its figures; "(+3)" is the day's increase, no count
        ("- tanks ‒ 1,379 (+3),", [(1379, "tanks", None, "exact")]),
        (
            "The General Staff said: tanks ‒ 1,379, helicopters ‒ 176.",
            [(1379, "tanks", None, "exact"), (176, "helicopters", None, "exact")],
        ),
        ("Deaths in Turkey: 24,617", [(24617, "killed", "in:turkey", "exact")]),
        # an area of a place set apart at the head is a part no rule places; a day's event is not one
        ("In Marlow's old town, 40 people died.", []),
        ("In Saturday's strike, 92 people were killed.", [(92, "killed", "people", "exact")]),
        ("In Gaza's deadliest strike, 92 people were killed.", [(92, "killed", "in:gaza", "exact")]),
        # the part of a place the compass names is a place of its own, never the only country named
        (
            "Storm Boris has killed at least 15 people across central Europe, officials said on Monday.",
            [(15, "killed", "in:central europe", "at_least")],
        ),
        # a war's displaced inside the country are a part of all who left their homes; a country that
        # took people in counts its own arrivals
        (
            "Some 6.5 million people are displaced inside Ukraine.",
            [(6.5e6, "internally_displaced", "in:ukraine", "approx")],
        ),
        ("Nearly 10 million Ukrainians have left their homes.", [(1e7, "displaced", "people", "approx")]),
        ("Poland has taken in more than 2.3 million people.", [(2.3e6, "arrivals", "in:poland", "at_least")]),
        # a place set apart from the whole ("alone") still counts its own
        ("Poland alone had taken in 787,000 people.", [(787000, "arrivals", "in:poland", "exact")]),
        ("Turkey alone reported 38,044 deaths.", [(38044, "killed", "in:turkey", "exact")]),
        # areas of both holders are the whole country, not a part of it
        (
            "In Syria, 3,162 people have been killed in both government and rebel-held areas.",
            [(3162, "killed", "in:syria", "exact")],
        ),
        # a place's own officials count its toll
        (
            "Mariupol officials said 2,187 residents had been killed.",
            [(2187, "killed", "in:mariupol", "exact")],
        ),
        # civilians of a city the rules place in a country are the city's toll, not the country's
        (
            "More than 5,000 civilians had been killed in Mariupol.",
            [(5000, "killed", "in:mariupol", "at_least")],
        ),
        ("In Mariupol, 5,000 civilians have been killed.", [(5000, "killed", "in:mariupol", "exact")]),
        ("The UN said 1,793 civilians had been killed in Ukraine.", [(1793, "killed", "civilians", "exact")]),
        # a part of the dead told by what they were is no toll; a part of a group the rules name is
        ("Four of the dead were elderly people who had collapsed.", []),
        ("Four of the dead were children.", [(4, "killed", "children", "exact")]),
        ("About 2,000 tourists were evacuated from Rhodes.", [(2000, "evacuated", "tourists", "approx")]),
        # a projection said of the toll is not said of a figure the source went on to give
        (
            "The toll may rise, the secretary said, adding that 900 people had been taken to hospitals.",
            [(900, "wounded", "people", "exact")],
        ),
        # what an earthquake or a storm struck is where its toll is, when the toll is its result
        (
            "A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 144 people.",
            [(144, "killed", "in:myanmar", "at_least")],
        ),
        (
            "The quake hit southern Turkey and northern Syria early on Monday, killing more than 2,300.",
            [(2300, "killed", "in:syria+turkey", "at_least")],
        ),
        (
            "More than 2,300 died in southern Turkey and northern Syria.",
            [(2300, "killed", "in:syria+turkey", "at_least")],
        ),
        ("The storm tore through Florida, leaving 12 people dead.", [(12, "killed", "in:florida", "exact")]),
        # not a place struck before another clause, nor one struck after the toll
        ("The quake struck Myanmar, and in Thailand 9 people died.", [(9, "killed", "in:thailand", "exact")]),
        (
            "The storm hit Cuba, then Florida, where 12 people were killed.",
            [(12, "killed", "people", "exact")],
        ),
        # an abbreviated first word is part of a place's name, and its full stop ends nothing
        (
            "Four of the deaths were in St. Lucie County, the sheriff said.",
            [(4, "killed", "in:st. lucie county", "exact")],
        ),
        ("Three people were killed in Mt. Juliet.", [(3, "killed", "in:mt. juliet", "exact")]),
        # a label's words of what befell them: the metric and the words it requires
        ("- Homes destroyed or uninhabitable: 2,400", [(2400, "buildings", None, "exact")]),
        ("Tanks destroyed: 1,379", [(1379, "tanks", None, "exact")]),
        # a fact box's label is no place: "Damage:", "Homes:"
        ("Damage: 3,328 structures destroyed", [(3328, "buildings", None, "exact")]),
        ("Homes: 2,400 destroyed", [(2400, "buildings", None, "exact")]),
        ("Balochistan: 336 deaths", [(336, "killed", "in:balochistan", "exact")]),
        # but the word right after a figure is its own, a colon before it notwithstanding
        (
            "OHCHR recorded 2,919 civilian casualties: 1,151 killed and 1,768 injured.",
            [
                (2919, "casualties", "civilians", "exact"),
                (1151, "killed", "civilians", "exact"),  # parts after the colon: the total's side
                (1768, "wounded", "civilians", "exact"),
            ],
        ),
        ("Killed: 12; wounded: 40.", [(12, "killed", None, "exact"), (40, "wounded", None, "exact")]),
        (
            "Russia has lost 285 tanks - a fifth of its force - since February.",
            [(285, "tanks", "russian_military", "exact")],
        ),
        # protests: those who took part, and protesters as whose toll
        ("Police said 48,000 people took part in the march.", [(48000, "participants", "people", "exact")]),
        ("Organisers put the crowd at 250,000.", [(250000, "participants", None, "exact")]),
        ("About 5,000 people joined the rally in the capital.", [(5000, "participants", "people", "approx")]),
        ("More than 1,000 rescuers took part in the search.", []),
        (
            "Security forces killed at least 12 protesters in Yangon.",
            [(12, "killed", "protesters", "at_least")],
        ),
        (
            "At least 23 people were killed and more than 300 injured when police opened fire on protesters.",
            [(23, "killed", "people", "at_least"), (300, "wounded", "people", "at_least")],
        ),
        # a reading on a scale is no count
        (
            "A magnitude 6.1 earthquake struck off the coast on Thursday, killing 3 people and injuring 90.",
            [(3, "killed", "people", "exact"), (90, "wounded", "people", "exact")],
        ),
        ("A 7.8-magnitude quake killed 300 people.", [(300, "killed", "people", "exact")]),
        ("The quake, measuring 6.4 on the Richter scale, killed 12.", [(12, "killed", None, "exact")]),
        ("A category 4 hurricane killed 14 people.", [(14, "killed", "people", "exact")]),
        ("Temperatures of 45 degrees killed 20 people.", [(20, "killed", "people", "exact")]),
        # whom a source speaks to is not whom the figure counts
        (
            '"Several bodies were found overnight," she told reporters.',
            [(3, "bodies_recovered", None, "range")],
        ),
        (
            "Speaking to journalists, the mayor said 12 people were killed.",
            [(12, "killed", "people", "exact")],
        ),
        (
            "The minister told reporters that 40 journalists had been detained.",
            [(40, "arrested", "journalists", "exact")],
        ),
        ("Police said 14 reporters were injured in the clashes.", [(14, "wounded", "journalists", "exact")]),
        # a bare figure in brackets after another is its value in the report before, not a count
        (
            "The toll rose to 1,081 killed (1,035) and 1,707 injured (1,650 a day earlier).",
            [(1081, "killed", None, "exact"), (1707, "wounded", None, "exact")],
        ),
        ("Officials counted 285 (255) dead in the region.", [(285, "killed", None, "exact")]),
        # the figure right after "among the" with its metric is the whole; what follows are its parts
        (
            "Among the 1,459 injured, there are 22 girls and 16 boys.",
            [
                (1459, "wounded", None, "exact"),
                (22, "wounded", "girls", "exact"),
                (16, "wounded", "boys", "exact"),
            ],
        ),
        ("Of the 1,459 injured, 22 were girls.", [(1459, "wounded", None, "exact")]),
        ("Two of the seven wounded remained in critical condition.", [(7, "wounded", None, "exact")]),
        # ... but not a count of what the metric is not
        (
            "Authorities said 71 bodies had been recovered and there were no survivors among the 72 people "
            "on board.",
            [(71, "bodies_recovered", None, "exact")],
        ),
        (
            "Ukraine said that 43 of the 83 missiles fired by Russia had been intercepted, along with "
            "13 drones.",
            [(43, "missiles", None, "exact"), (13, "drones", None, "exact")],
        ),
        # what others did meanwhile, or a clause of its own, names nothing the figure counts
        (
            "The death toll has climbed above 15,000, as rescuers raced to save survivors trapped under "
            "debris.",
            [(15000, "killed", None, "at_least")],
        ),
        (
            "Rescuers raced to pull more survivors from the rubble three days after two earthquakes struck.",
            [],
        ),
        # the place named nearest before a figure is its own, a compass word before it or not
        (
            "At least 12,391 people have been killed in Turkey, and in northern Syria the death toll "
            "climbed to 2,992.",
            [(12391, "killed", "in:turkey", "at_least"), (2992, "killed", "in:syria", "exact")],
        ),
        ("The death toll in north-western Syria rose to 5.", [(5, "killed", "in:syria", "exact")]),
        # a part of the area named after the figure, with "alone", is no toll of the whole: its own
        (
            "The death toll in southern Peru rose to 47, with 19 deaths in Cusco alone.",
            [(47, "killed", "in:peru", "exact"), (19, "killed", "in:peru/cusco", "exact")],
        ),
        # a figure the source gave before, or one it says the toll may reach, is no count of now
        ("Health authorities had previously put the death toll at 5,500.", []),
        ("The mayor said the death toll in the city may exceed 20,000.", []),
        # the part of "those who were killed": a nationality among the dead
        (
            "Of those who were killed, at least 145 were Egyptian.",
            [(145, "killed", "nationals/egypt", "at_least")],
        ),
        # the whole a figure was counted out of is no count of the metric
        ("Only 12 out of 40 miners were rescued.", [(12, "rescued", None, "exact")]),
        # whose view is not where: "in Ukraine's opinion"
        (
            "Danilov stated that, in Ukraine's opinion, only 58 Russians out of 500 were rescued.",
            [(58, "rescued", "people", "exact")],
        ),
        # an emergency telephone number is no count
        (
            # a guess at the final toll, not a count
            "Based on the amount of 911 calls, the death toll is estimated to be in the hundreds.",
            [],
        ),
        # a toll said to be in a county named before the figure is that county's
        (
            "The death toll in Charlotte County, Florida, was at least eight or nine, a commissioner said.",
            [(8, "killed", "in:charlotte county", "range")],
        ),
        (
            "Typhoon Nanmadol made landfall in Kagoshima Prefecture on Sunday evening, with evacuation "
            "instructions issued to nearly 9 million people in Kyushu and elsewhere.",
            [(9000000, "under_evacuation_orders", "people", "approx")],
        ),
        # a part named as an administrative unit the rules do not know keeps its own name
        (
            "Twenty-four deaths were recorded in Charlotte County.",
            [(24, "killed", "in:charlotte county", "exact")],
        ),
        # the dead by sex are parts of a toll told elsewhere: each its group's count
        (
            "According to UN data, 179 men, 134 women, 25 boys and 11 girls died.",
            [
                (179, "killed", "men", "exact"),
                (134, "killed", "women", "exact"),
                (25, "killed", "boys", "exact"),
                (11, "killed", "girls", "exact"),
            ],
        ),
        ("Four women were killed.", [(4, "killed", None, "exact")]),
        # one group by sex told as a part is that group's count, not the place's
        (
            "The ministry said 739 rioters, including 60 women, had been arrested in Gilan province.",
            [(739, "arrested", "in:gilan province", "exact"), (60, "arrested", "women", "exact")],
        ),
        # so are those on board by what they did there, beside the whole
        (
            "The jet was carrying 175 passengers and six crew members.",
            [(175, "on_board", "passengers", "exact"), (6, "on_board", "crew", "exact")],
        ),
        ("The jet was carrying 181 people.", [(181, "on_board", "people", "exact")]),
        ("The crash killed all 150 passengers.", [(150, "killed", "people", "exact")]),
        ("Two crew members were pulled alive from the wreckage.", [(2, "rescued", "crew", "exact")]),
        # a change told again for another count is a change too
        ("The number of dead children increased by 11, injured - by 20.", []),
        (
            "There were 285 (255) killed and 672 (646) wounded.",
            [(285, "killed", None, "exact"), (672, "wounded", None, "exact")],
        ),
    ],
)
def test_tallies_in_a_sentence(sentence: str, expected: list[tuple[float, str, str | None, str]]) -> None:
    assert tallies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "negated", "hedged"),
    [
        ("Officials denied that 300 soldiers were killed.", True, False),
        ("Some 300 soldiers were reportedly killed.", False, True),
        ("Western estimates put the number killed at 7,000.", False, True),
        ("Officials said 300 soldiers were killed.", False, False),
    ],
)
def test_polarity_and_hedging(sentence: str, negated: bool, hedged: bool) -> None:
    (tally,) = FINDER.find(sentence)
    assert (tally.negated, tally.hedged) == (negated, hedged)


@pytest.mark.parametrize(
    ("sentence", "incident"),
    [
        (
            "The agency reported a Russian strike on the TV tower that left five people dead "
            "and five injured.",
            [True, True],
        ),
        ("A missile strike on Tuesday killed nine civilians.", [True]),
        ("The explosion killed 200 people, officials said.", [False]),
        ("Officials said 498 Russian servicemen have been killed.", [False]),
        # the incident named after the figure, or the toll "from" it
        ("Israeli officials say about 1,200 people were killed in the Hamas attack on October 7.", [True]),
        ("The death toll from the Beirut explosion rose to 135 on Thursday.", [False]),
        ("About 300 people were killed in the airstrike on the drama theater.", [True]),
        ("Five people died in a drone attack overnight.", [True]),
        # an explosion on a named target, told as the cause of something else: one incident
        ("The strikes answered the explosion on the Kerch bridge on Saturday, which killed three.", [True]),
        # one barrage of missiles, told beside the corpus's own event
        ("Russia fired more than 80 missiles at cities across Ukraine, killing at least 14 people.", [True]),
        # the corpus's own event is named with "the" and no target
        ("At least 200 people were killed in the explosion, officials said.", [False]),
        ("More than 11,100 people have been killed in Gaza, the ministry said.", [False]),
        # another incident the article tells apart
        ("In a separate incident, a bus overturned on Tuesday, killing seven people.", [True]),
        ("Separately, two people died when a crane fell in the port.", [True]),
        ("Two people were hurt in a separate fire on Saturday.", [True]),
        # attacks just told of ("85 attacks on health care facilities") are not the war
        ("These attacks have resulted in at least 72 deaths and 43 injuries.", [True, True]),
        # the incident named after the last figure of a statement is every figure's
        ("At least 18 people were killed and 59 wounded when a missile struck a mall.", [True, True]),
        # one thing's mishap named after the figure: one incident, not the storm's toll
        ("In a village near the coast, 18 people died when a monastery collapsed.", [True]),
        ("Twelve passengers were killed when a crowded bus plunged into a ravine.", [True]),
        ("At least 30 people died after an overloaded ferry capsized.", [True]),
        ("At least 6 people were killed when a powerful cyclone slammed into the coast.", [False]),
        ("Nine people died when a cyclone struck the coast on Sunday.", [False]),
        # one batch of a swap, named anywhere after the figure in its statement; not "in exchange for"
        (
            "Hamas released 13 hostages late on Saturday, after a delay, in the second swap of the truce.",
            [True],
        ),
        ("Israel freed 39 prisoners in exchange for the hostages.", [False]),
        # what killed them named after the figure; a place they sheltered in is no toll
        (
            "At least 60 people were feared dead after a bomb hit a school, where about 90 people had "
            "been sheltering.",
            [True],
        ),
    ],
)
def test_one_incidents_toll_is_marked(sentence: str, incident: list[bool]) -> None:
    assert [t.incident for t in FINDER.find(sentence)] == incident


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("A massive explosion killed 78 people at a fuel depot on Monday.", "incident"),
        # set apart by the article: never the corpus's own event (checks/tally.py)
        ("In a separate incident, a bus overturned on Tuesday, killing seven people.", "separate incident"),
        ("The toll from the explosion rose to 92 on Tuesday.", None),
    ],
)
def test_the_event_of_an_incidents_toll(sentence: str, event: str | None) -> None:
    article = Article(path="a.md", text=sentence, outlet="Outlet", published=dt.date(2024, 7, 2))
    assert [c.event for c in extract(article, VOCAB) if c.kind == "quantity"] == [event]
