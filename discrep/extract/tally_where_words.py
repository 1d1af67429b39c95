"""The phrases that tell where a figure's people are, for tally_where.py: a place that reports a
toll ("Syria reported"), a place after "in" or "across", a place named again by its kind ("in the
county"), a rank's place ("the deadliest in Syria"), what a storm struck, and the whole world.
"""

from __future__ import annotations

import re

from discrep.extract.tally_clauses import ABBREVIATED

# what a place that reports a toll does next: "Syria's health ministry", "Syria reported"
# (not "Malawi's commercial capital Blantyre recorded 85 deaths": a place inside it reports)
REPORTS = re.compile(
    r"['’]s\b(?!\s+(?:[A-Z][\w-]*\s+){1,3}(?:Province|Region|County|State|Prefecture|District|Oblast|"
    r"Governorate|City)\b)(?!\s+(?:[a-z]+\s+){0,2}(?:capital|city|town|village|port|hub|province|region|"
    r"district|state|county|island)\s+(?:of\s+)?[A-Z])|"
    # "Mariupol officials said 2,187 residents had been killed": the place's own officials count
    r"\s+(?:city\s+|local\s+|regional\s+|provincial\s+|state\s+)?(?:officials|authorities)\s+"
    r"(?=(?:(?:has|have|had)\s+)?(?:said|say|says|reported|report|counted|recorded|confirmed)\b)|"
    # ("Poland alone had taken in 787,000": the place's own count, set apart from the whole)
    r"\s+(?:alone\s+)?(?:(?:has|have|had)\s+)?(?:said|says|reported|reports|reporting|put|puts|counted|counting|"
    r"recorded|recording|confirmed|confirming|registered|revised|revises|raised|lowered|updated|updates|gave|"
    r"gives|estimated|estimates|"
    # "Poland has taken in 2.3 million people": a country counts those it received
    r"taken\s+in|took\s+in|takes\s+in|received|receives|welcomed|hosted|hosts|admitted)\b"
)

UNIT_REPORTS = re.compile(
    r"\b(?:city|town|village|region|province|prefecture|county|district|municipality)\s+of\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:has|have|had)\s+)?(?:reported|confirmed|recorded|registered)\b"
)

# a part of a place told by where it lies: "southern Turkey", "central Myanmar", "north-east Syria"
COMPASS_SIDE = r"(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|-?(?:east|west)(?:ern)?)?|[Cc]entral)"
# "in southern Turkey and northern Syria": both places, each told by its side
PLACE_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:" + COMPASS_SIDE + r"\s+)?")

UNKNOWN_PLACE_JOIN = re.compile(
    r"\s+and\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s*(?:[,.;:]|$|\s(?:on|in|since|during|over|this|last|after|before|from|by|at|have|has|had|were|was)\b))"
)

# where the counted are: "killed in Turkey", "across Turkey and Syria", "crossed into Poland",
# "have entered Hungary" (not where they came from: "fled Ukraine", "from Ukraine")
IN_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|into|entered|reached|(?:deep\s+)?inside)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?"
    # "in the capital Bangkok", "in the coastal city of Derna": the place's kind before its name
    r"(?:(?:[a-z]+\s+)?(?:capital|city|town|village|port|province|region|district|state|island)(?:\s+of)?,?\s+)?"
    # "in southwest and central Florida": the place's whole toll, told by where it fell
    r"(?:" + COMPASS_SIDE + r"\s+(?:and\s+" + COMPASS_SIDE + r"\s+)?)?"
    # "in neighbouring Syria", "in war-torn Sudan": a word that describes the place
    r"(?:(?:neighbou?ring|nearby|war[\s-]torn|quake[\s-]hit|flood[\s-]hit|storm[\s-]hit)\s+)?$"
)
# a remark that ranks the count after it: ", the fastest-growing refugee crisis in", ", the
# deadliest attack in": where the rank holds, not where the count is
RANKED = re.compile(
    r",\s+(?:(?:making|makes|made|calling|called|calls|describing|described)\s+it\s+(?:as\s+)?|becoming\s+|"
    r"which\s+(?:is|was|makes|made)\s+(?:it\s+)?)?"
    r"(?:the|a|an|its|their)\s+[^,;]*?\b(?:deadliest|bloodiest|worst|largest|biggest|greatest|highest|"
    r"fastest|heaviest|strongest|costliest|lowest|longest|most)\b[^,;]*$"
)

# what an earthquake, storm or strike struck, when the figure follows as its result: "struck central
# Myanmar on Friday, killing at least 144", "tore across Florida, leaving 10 dead" (tally_scope.py)
STRUCK_PLACE = re.compile(
    r"\b(?:struck|hit|rocked|jolted|battered|pounded|lashed|ravaged|devastated|inundated|engulfed|"
    r"(?:tore|swept|ripped|barrell?ed|roared|raged|churned)\s+(?:across|through)|slammed\s+into)\s+"
    r"(?:the\s+)?(?:" + COMPASS_SIDE + r"\s+(?:and\s+" + COMPASS_SIDE + r"\s+)?)?$"
)
# from the place struck to the figure: a time at most, then the result ("..., killing at least 144")
STRUCK_RESULT = re.compile(
    r"(?:\s+(?:on|early|late|overnight|this|last|at|before|after|in\s+the)\b[^,;.:]{0,40})?,\s+"
    r"(?:killing|leaving|injuring|wounding|burying|displacing)\b[^;:]*$"
)
# "the death toll from the earthquakes that struck Turkey and Syria rose above 11,000": from the place
# struck to the figure, the level of the toll (STRUCK_TOLL) of what struck it
STRUCK_LEVEL = re.compile(
    r"(?:\s+(?:on|early|late|overnight|this|last|in)\b[^,;.:]{0,30}?)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|stood|stands|passed|topped|surpassed|"
    r"exceeded|grew|increased|is|was)\b[^,;:]*$"
)
STRUCK_TOLL = re.compile(
    r"\b(?:toll|tally|number\s+of\s+(?:dead|deaths|victims|people\s+killed))\s+(?:from|of|in)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?[\w-]+\s+(?:that|which)\s+[^,;.:]{0,40}$",
    re.IGNORECASE,
)

# "in Lee County", "in Kherson Oblast": a place named as an administrative unit, the kind capitalised
# as a part's proper name is ("in Chitradurga district" may be the whole story's area, and stays None)
IN_ADMIN_AREA = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}?)?"
    r"((?:" + ABBREVIATED + r"\s+)?(?:[A-Z][\w-]+\s+){1,3}(?:County|"
    r"Province|District|Region|Oblast|Prefecture|Governorate|Parish|Municipality|Township|Canton|"
    # "in the hardest-hit eastern Valencia region": the kind in lower case after the name
    # (not "in the central Japanese prefecture of Ishikawa": that unit's name comes after it)
    r"(?<=[a-z]\s)(?:county|province|district|region|oblast|prefecture|governorate)(?!\s+of\b)))\b"
)
# "in the Valencia region, where at least 92 were killed", "in Taroudant province, with 452 dead"
THEN_WHERE = re.compile(
    r",?\s+(?:where\b|with\s+(?=(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?\d))"
)
# "killed 64 people in five states", "across six states": a count over several places, no one's part;
# "across 13 African countries": several countries' count, of no one of them (the group "countries")
SPREAD = re.compile(
    r"\b(?:in|across|throughout)\s+(?:(?:at\s+least|more\s+than|over|some|nearly|about)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many)\s+"
    r"(?:[A-Z][a-z]+\s+)?(?:states|provinces|regions|counties|districts|prefectures|governorates|"
    r"(countries|nations)|cities|towns)\b",
    re.IGNORECASE,
)

WORLD = "in:world"
WORLDWIDE = re.compile(
    r"\b(?:worldwide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe)"
    r"|in\s+(?:(?:over|more\s+than|some|about|nearly|at\s+least)\s+)?\d+\s+countries)\b",
    re.IGNORECASE,
)
# "202 had been confirmed dead there" (not "there were", "there is fear")
THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|may|might|could|remain|remains|seem|seems)\b)"
)  # "in the Valencia region, where 92 died": the toll's place


TOLL_IN = re.compile(r"\b(?:toll|deaths|fatalities|dead|casualties)(?:\s+(?:is|was|stood|stands))?\s+$", re.I)
# a disaster named after its place ("the Los Angeles wildfires", "the Herat earthquakes")
NAMES_THE_EVENT = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?i:earthquakes?|quakes?|floods?|flooding|fires?|wildfires?|landslides?|mudslides?|"
    r"storms?|hurricanes?|cyclones?|typhoons?|tornado(?:es)?|tsunamis?|eruptions?|stampedes?|collapses?|disasters?)\b"
)
THE_BEFORE = re.compile(r"\bthe\s+$")
WHOSE_VIEW = re.compile(
    r"['’]s?\s+(?:opinion|view|assessment|estimation|estimate|words|account|eyes|judgement|judgment)\b",
    re.IGNORECASE,
)


# a place named again by its kind, after the figure ("died in the county", "deaths in the country",
# "had died there") or before it ("the county's death toll", "the death toll there")
# ("in the most-affected province": the words between are the place's description)
AGAIN_AFTER = re.compile(
    r"\b(?:in|across|throughout)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(country|nation|county|state|province|region|district|city|"
    r"governorate|prefecture|parish)\b(?!\s+of\b)|\b(?:died|dead|killed)\s+there\b",
    re.IGNORECASE,
)
AGAIN_BEFORE = re.compile(
    r"\bthe\s+(country|nation|county|state|province|region|district|city|governorate|prefecture|parish)"
    r"['’]s\s+(?:(?:official|overall|confirmed|own)\s+)?(?:death\s+)?(?:toll|dead|deaths|fatalities)\b|"
    r"\b(?:toll|dead|deaths|fatalities)\s+there\b|"
    # "the state had recorded 25 deaths": the place named again counts them
    r"\bthe\s+(country|nation|county|state|province|region|district|city)\s+(?:(?:has|had|have)\s+)?"
    r"(?:recorded|reported|confirmed|counted|registered)\b",
    re.IGNORECASE,
)
