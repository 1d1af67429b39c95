"""Where a figure's people are, as the words around it place them: "killed in Turkey", "across Turkey
and Syria", "Syria's health ministry put the toll at 2,662", "in Lee County".

A place the rules know gives 'in:<place>' (places joined: 'in:syria+turkey'); an administrative unit
they do not know, named with its kind ("in Charlotte County"), gives its own lowercased name, which
the tally check never gives to a count that names no place. Whose view a place is ("in Ukraine's
opinion") is no place. A place named again by its kind ("in the country", "the county's death toll",
"the toll there") is the nearest such place the sentence names, a country also by its adjective
("The Syrian government ... 2,500 deaths in the country"); with none named, the figure gets no place.
"""

from __future__ import annotations

import re

from discrep.extract.lexicon import Lexicon
from discrep.extract.tally_bare_names import bare_name, unit_name
from discrep.extract.tally_where_words import (
    AGAIN_AFTER,
    AGAIN_BEFORE,
    IN_ADMIN_AREA,
    IN_PLACE,
    NAMES_THE_EVENT,
    PLACE_JOIN,
    RANKED,
    REPORTS,
    SPREAD,
    STRUCK_LEVEL,
    STRUCK_PLACE,
    STRUCK_RESULT,
    STRUCK_TOLL,
    THE_BEFORE,
    THEN_WHERE,
    THERE,
    TOLL_IN,
    UNIT_REPORTS,
    UNKNOWN_PLACE_JOIN,
    WHOSE_VIEW,
    WORLD,
    WORLDWIDE,
)

PART = "/"  # in a subject, between a place and its part: 'in:syria/northwest' (tally_areas.py)

# "in both countries", "across the two nations": the places the corpus counts together
_BOTH = re.compile(r"\b(?:in|across|throughout)\s+(?:both|the\s+two)\s+(?:countries|nations|states)\b", re.I)
BOTH = "in:both"

# an administrative unit named anywhere, as in "Lee County Sheriff ..." or "the Lee County deaths"
_ADMIN_NAMED = re.compile(
    r"\b((?:[A-Z][\w-]+\s+){1,3}(?:County|Province|District|Region|Oblast|Prefecture|Governorate|Parish))\b"
)
_KINDS_OF_UNIT = frozenset(
    ("county", "province", "district", "region", "governorate", "prefecture", "parish")
)

# a country's adjective: "Syrian" -> Syria; the regular endings are tried against the places of the
# rules, the others are listed
_ADJECTIVE = re.compile(r"\b[A-Z][a-z]+(?:an|ese|i|ish|ch|ss|k)\b")
_IRREGULAR = {
    **{"Turkish": "Turkey", "British": "Britain", "American": "United States", "French": "France"},
    **{"Dutch": "Netherlands", "Greek": "Greece", "Spanish": "Spain", "Polish": "Poland"},
    **{"Swiss": "Switzerland", "Afghan": "Afghanistan", "Danish": "Denmark", "Swedish": "Sweden"},
    **{"Finnish": "Finland", "Irish": "Ireland", "Filipino": "Philippines", "Thai": "Thailand"},
}


def _adjective_names(word: str) -> list[str]:
    """The country names an adjective may come from: Syrian -> Syria, Ukrainian -> Ukraine."""
    if word in _IRREGULAR:
        return [_IRREGULAR[word]]
    if word.endswith("ese"):  # Japanese, Chinese, Lebanese
        return [word[:-3], word[:-3] + "a", word[:-3] + "on"]
    if word.endswith("ian"):  # Ukrainian, Egyptian, Italian, Canadian, Iranian, Haitian, Peruvian
        stem = word[:-3]
        return [word[:-1], stem, stem + "e", stem + "y", stem + "a", word[:-2], word[:-4]]
    if word.endswith("an"):  # Libyan, Mexican, Chilean
        return [word[:-1], word[:-2] + "o", word[:-2]]
    if word.endswith("i"):  # Pakistani, Israeli, Iraqi
        return [word[:-1]]
    return []


_QUOTE_END = re.compile(r"[,.]?(?<=\S)[\"”](?=\s)")  # a closing quote: after a word, before a space

# where a figure's own phrase ends for its place, as tally_clauses.strong_end, but not at the comma
# of a figure ("killed and around 3,500 injured in Syria": Syria's), and at a bracket, whose words are
# its own figures' ("more than 7,000 (6,100 in Chile)": Chile's part, not the whole)
_PLACE_END = re.compile(r"[;:(]|[,.](?!\d)|\s(?:while|whereas|but)\s")


def place_end_of(sentence: str, start: int, floor: int) -> int:
    found = _PLACE_END.search(sentence, start)
    end = max(floor, found.start() if found else len(sentence))
    # '"... and 525 injured," the Monitoring Mission in Ukraine said': the quote's speaker, not where
    quote = _QUOTE_END.search(sentence, start, end)
    return quote.start() if quote else end


# ", Bangkok officials said", ", Thai authorities reported": the place whose officials give the count
_OFFICIALS_SAID = re.compile(
    r",\s+((?:[A-Z][\w'’-]+\s+){1,2}?)(?:city\s+|provincial\s+|local\s+|government\s+)?(?:officials|authorities|"
    r"police|administration|government)\s+(?:have\s+|had\s+)?(?:said|say|says|reported|confirmed|added)\b"
)

_OFFICIALS_WORD = re.compile(r"officials|authorities|police|administration|government")

# "the health ministry in Damascus", "the government in Kyiv": a national office's seat, not where the
# figure's people are (a town's "authorities in Mariupol" do count its own)
_SEAT = re.compile(
    r"\b(?:ministry|ministries|government|embassy|headquarters|correspondent)\s+in\s+(?:the\s+)?$"
)

# "the Syrian toll", "the Turkish death toll": a country's adjective before its toll, as "Syria's toll"
_ADJECTIVE_REPORTS = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:(?:official|overall|confirmed|own)\s+)?(?:death\s+)?(?:toll|tally)\b|"
    # "a Syrian health ministry official put the figure at 2,662", "Syrian state media reported 810":
    # a country's office counts its own dead, as "Syria's health ministry" does
    r"\b([A-Z][a-z]+)\s+(?:(?:state|health|interior|civil|disaster|emergency|government)\s+){0,2}"
    r"(?:ministry\s+)?(?:officials?|authorities|ministry|government|media|agency|television)\s+"
    r"(?:(?:has|have|had)\s+)?(?:said|says|reported|reports|put|puts|counted|confirmed|recorded)\b"
)


class Where:
    """The places of the rules, read around a figure."""

    def __init__(self, places: Lexicon | None, towns: frozenset[str] = frozenset()) -> None:
        self._places = places
        self._towns = towns  # places the rules put inside another: an office's seat, not its reach

    def unknown_unit(self, name: str) -> str | None:
        """'in:lang nu' for a unit the rules do not know; None for one they do (read as a place)."""
        if self._places is not None and self._places.find(name):
            return None
        return "in:" + unit_name(name)

    def admin_area(
        self,
        sentence: str,
        start: int,
        end: int,
        last: bool = False,
        toll_first: bool = False,
        bare: bool = False,
    ) -> str | None:
        """'in:lee county' for "in Lee County": an administrative unit, named with its kind, that the
        rules do not know (the checks never give its name to a count with no place); the first one
        named in the span, or with `last` the last; with `toll_first` only one a toll is said to be
        in ("the death toll in Charlotte County", "in the Valencia region, where at least 92 were
        killed", not "made landfall in Kagoshima Prefecture"); with
        `bare` also a name with no kind right after "in" ("rescued in Hatay as of Tuesday")."""
        named = [
            m
            for m in IN_ADMIN_AREA.finditer(sentence, start, end)
            if not toll_first
            or TOLL_IN.search(sentence, max(0, m.start() - 24), m.start())
            or THEN_WHERE.match(sentence, m.end())
        ]
        found = (named[-1] if last else named[0]) if named else None
        if found is None and bare:
            found = bare_name(sentence, start, end)
        if found is None or (self._places is not None and self._places.find(found.group(1))):
            return None
        if RANKED.search(sentence, start, found.start()):
            return None  # "..., the fastest-growing refugee crisis in Europe": where a rank holds
        return "in:" + unit_name(found.group(1))

    def officials_after(self, sentence: str, start: int) -> str | None:
        """'in:bangkok' for a figure the sentence closes with ", Bangkok officials said": a place the
        rules know, whose officials give the count."""
        if self._places is None or not _OFFICIALS_WORD.search(sentence, start):
            return None
        found = _OFFICIALS_SAID.search(sentence, start)
        if found is None:
            return None
        name = found.group(1).strip()
        places = self._places.find(name)
        if len(places) != 1 or places[0].start != 0 or places[0].end != len(name):
            country = self.country_of(name)  # ", Thai authorities said"
            return f"in:{country}" if country is not None else None
        return f"in:{places[0].key}"

    def town(self, sentence: str, start: int, end: int) -> str | None:
        """'in:wajima' for "in Wajima" or "in the city of Wajima" right after a figure: a town the
        rules do not know, named bare (a unit named with its kind, "in Lee County", is admin_area's)."""
        found = bare_name(sentence, start, end)
        if found is None or (self._places is not None and self._places.find(found.group(1))):
            return None
        if RANKED.search(sentence, start, found.start()):
            return None  # "..., the fastest-growing refugee crisis in Europe": where a rank holds
        return "in:" + unit_name(found.group(1))

    def country_of(self, word: str) -> str | None:
        """'syria' for "Syrian": the place of the rules a country's adjective names."""
        if self._places is None:
            return None
        for name in _adjective_names(word):
            found = self._places.find(name)
            if found and found[0].start == 0 and found[0].end == len(name):
                return found[0].key
        return None

    def named(self, name: str) -> bool:
        """Whether the rules know the place of this name."""
        return self._places is not None and bool(self._places.find(name))

    def nearest_place(self, sentence: str, start: int, end: int) -> str | None:
        """The place of the rules named from `start` to `end` ("northwest Syria"), else the nearest
        named before (a country also by its adjective: "The Syrian government"), else the first after."""
        if self._places is None:
            return None
        named = [
            (p.start, p.key) for p in self._places.find(sentence) if not WHOSE_VIEW.match(sentence, p.end)
        ]
        for m in _ADJECTIVE.finditer(sentence):
            country = self.country_of(m.group(0))
            if country is not None:
                named.append((m.start(), country))
        inside = [n for n in named if start <= n[0] < end]
        before = [n for n in named if n[0] < start]
        after = [n for n in named if n[0] >= end]
        return min(inside)[1] if inside else max(before)[1] if before else min(after)[1] if after else None

    def named_again(self, sentence: str, start: int, end: int, head: int) -> str | None:
        """The place of "deaths in the country" after a figure (from `start` to `end`) or "the county's
        death toll" before it (from `head`): the nearest such place the sentence names before, else
        the first after; None when it names none."""
        if _BOTH.search(sentence, start, end) or _BOTH.search(sentence, head, start):
            return BOTH  # "the death toll in both countries": the corpus's places together (tally_groups)
        found = AGAIN_AFTER.search(sentence, start, end)
        if found is None:
            found = AGAIN_BEFORE.search(sentence, head, start)
        if found is None:
            return None
        kind = next((g for g in found.groups() if g), "").lower()
        named: list[tuple[int, str]] = []
        if kind in _KINDS_OF_UNIT:
            named = [
                (m.start(), "in:" + unit_name(m.group(1)))
                for m in _ADMIN_NAMED.finditer(sentence)
                if m.group(1).split()[-1].lower() == kind
            ]
        elif self._places is not None:
            named = [
                (p.start, f"in:{p.key}")
                for p in self._places.find(sentence)
                if not WHOSE_VIEW.match(sentence, p.end)
            ]
            if kind in ("country", "nation"):
                for m in _ADJECTIVE.finditer(sentence):
                    country = self.country_of(m.group(0))
                    if country is not None:
                        named.append((m.start(), f"in:{country}"))
            if not kind:  # "there": a unit named by its kind too
                named += [(m.start(), "in:" + unit_name(m.group(1))) for m in _ADMIN_NAMED.finditer(sentence)]
        before = [n for n in named if n[0] < found.start()]
        if before:
            return max(before)[1]
        after = [n for n in named if n[0] >= found.end()]
        if after:
            return min(after)[1]
        # "638 died in the province", its name in an earlier sentence: a part of the country, which
        # one unknown; "the city", "the region", "the county" may be the whole story's place
        return f"in:area{PART}the {kind}" if kind in ("province", "governorate") else None

    def reporting_at(self, sentence: str, start: int, end: int) -> tuple[str, int] | None:
        """('in:syria', where) for "Syria's health ministry put the toll at 2,662" or "Syria reported
        3,377": a country or region that reports the toll, or whose office does, counts its own dead;
        so does one named by its adjective ("the Syrian toll", "Syrian state media reported 810").
        A national office's seat ("the health ministry in Damascus") is no place that reports; a
        country named so is ("the military government in Myanmar said")."""
        if self._places is None:
            return None
        places = [
            p
            for p in self._places.find(sentence, start, end)
            if REPORTS.match(sentence, p.end)
            and not WHOSE_VIEW.match(sentence, p.end)
            and not (p.key in self._towns and _SEAT.search(sentence, max(0, p.start - 40), p.start))
        ]
        adjectives = [
            (m.start(), country)
            for m in _ADJECTIVE_REPORTS.finditer(sentence, start, end)
            if (country := self.country_of(m.group(1) or m.group(2))) is not None
        ]
        if places or adjectives:
            return max(
                [
                    *((f"in:{p.key}", p.start) for p in places[-1:]),
                    *((f"in:{c}", at) for at, c in adjectives),
                ],
                key=lambda found: found[1],
            )
        # "the coastal town of Tarvo confirmed 61 deaths": a unit the rules do not know, named with
        # its kind, that reports its own dead (the checks never give its name to an unplaced count)
        units = list(UNIT_REPORTS.finditer(sentence, start, end))
        unit = units[-1] if units else None
        if unit is None or self._places.find(unit.group(1)):
            return None
        return "in:" + unit_name(unit.group(1)), unit.start(1)

    def world(self, sentence: str, start: int, end: int) -> str | None:
        """'in:world' for a figure told of the whole world ("103,000 cases in over 120 countries",
        "reported worldwide"): never one country's or region's count."""
        return WORLD if WORLDWIDE.search(sentence, start, end) else None

    def spread(self, sentence: str, start: int, end: int) -> str | None:
        """For a figure told of several places at once: "" for the whole ("killed 64 people in five
        states": not the one place the sentence names elsewhere, its landfall's), or a scope of its
        own for several countries ("517 deaths across 13 African countries": 'in:countries'), which
        is no one country's count nor the world's; None when it is told of no such places."""
        found = SPREAD.search(sentence, start, end)
        if found is None:
            return None
        return "in:countries" if found.group(1) else ""

    def there(self, sentence: str, figure_start: int, figure_end: int, place_end: int) -> str | None:
        """'in:valencia' for "the agency in the Valencia region said 202 had died there": a figure
        said to be "there" is of the place named last before it, even in its speaker's words."""
        if THERE.search(sentence, figure_end, place_end) is None:
            return None
        found = self.where_at(sentence, 0, figure_start, nearest=True)
        return found[0] if found else self.admin_area(sentence, 0, figure_start, last=True)

    def where(self, sentence: str, start: int, end: int) -> str | None:
        """'in:turkey' for "killed in Turkey", 'in:syria+turkey' for "across Turkey and Syria"."""
        found = self.where_at(sentence, start, end)
        return found[0] if found else None

    def where_at(
        self, sentence: str, start: int, end: int, nearest: bool = False, before: re.Pattern[str] = IN_PLACE
    ) -> tuple[str, int] | None:
        """The place scope of `where`, and where it is named: the first named in the span, or with
        `nearest` the last ("killed in Turkey, and in Syria the toll climbed to 2,992": Syria).
        `before` is what must lead to the place ("in", "across", ...)."""
        found = self._where_at(sentence, start, end, nearest, before)
        return (found[0], found[1]) if found is not None else None

    def struck_at(self, sentence: str, start: int, figure: int) -> str | None:
        """The place scope of what an event struck when the figure at `figure` is its result: "A
        magnitude 7.7 earthquake struck central Myanmar, killing at least 144" (in:myanmar)."""
        found = self._where_at(sentence, start, figure, True, STRUCK_PLACE)
        if found is None:
            return None
        if not STRUCK_RESULT.match(sentence[found[2] : figure]) and not (
            STRUCK_LEVEL.match(sentence[found[2] : figure]) and STRUCK_TOLL.search(sentence[start : found[1]])
        ):
            return None
        return found[0]

    def _where_at(
        self, sentence: str, start: int, end: int, nearest: bool, before: re.Pattern[str]
    ) -> tuple[str, int, int] | None:
        """where_at(), with where the list of places ends."""
        if self._places is None:
            return None
        # a list of places runs past the span's end, which an "and" sets ("in Malawi, Mozambique and
        # Madagascar"): places are looked up to the sentence's end, but the list must start in the span
        places = self._places.find(sentence, start, len(sentence))
        inside = sum(1 for p in places if p.start < end)
        order = range(inside - 1, -1, -1) if nearest else range(inside)
        for index in order:
            place = places[index]
            if not before.search(sentence[max(start, place.start - 30) : place.start]):
                continue
            if WHOSE_VIEW.match(sentence, place.end):
                continue  # "in Ukraine's opinion": whose view, not where
            if place.key in self._towns and _SEAT.search(sentence, max(0, place.start - 40), place.start):
                # "the health ministry in Damascus put the toll at 812": who counts, not where; but
                # "the military government in Myanmar said 1,644 had died" is the country's count
                continue
            if RANKED.search(sentence, start, place.start):
                continue  # "has passed 2 million, the fastest-growing refugee crisis in Europe": a rank
            if NAMES_THE_EVENT.match(sentence, place.end) and THE_BEFORE.search(sentence, 0, place.start):
                # "died in the Los Angeles wildfires": the event's name, as "in the Wayanad landslides"
                # is for a town the rules do not know, not where in it the dead were counted
                continue
            keys, last = [place.key], place
            for following in places[index + 1 :]:
                if not PLACE_JOIN.fullmatch(sentence[last.end : following.start]):
                    break
                if following.key not in keys:  # "in the Thai capital, Bangkok": one place named twice
                    keys.append(following.key)
                last = following
            list_end = last.end
            other = UNKNOWN_PLACE_JOIN.match(sentence, last.end, end)
            if other is not None and not any(p.start == other.start(1) for p in places):
                # "in Spain and Portugal", Portugal unknown to the rules: not Spain's toll alone
                keys.append(other.group(1).lower())
                list_end = other.end(1)
            return "in:" + "+".join(sorted(keys)), place.start, list_end
        return None
