"""Whose count a figure is, and where: its subject, its place, a part of a toll.

The subject comes from the words around the figure (rules: subjects). For things counted (noun
metrics such as tanks) only the words between the number and the noun count, so that "Ukrainian"
in an earlier item of a list does not leak into "314 tanks". A count of people with no side named
takes the side of the count before it in the same sentence ("498 Russian ... and 2,870 others",
"another 1,600 wounded"). Soldiers of a side the rules do not list ("Israeli soldiers") are
`israeli_military`. A toll that counts the attackers too ("nine people, including the gunman") is
`people+attackers`, not the victims' toll; an attacker named before the figure did it ("the gunman
killed eight"). Whom another clause names ("before he was shot dead by a police officer") is not
whom a figure counts.

A count of people in a place ("1,500 killed in Turkey", "across Turkey and Syria") is scoped to it
(`in:turkey`, `in:syria+turkey`): tolls for different places are different counts. So is a toll a
place reports, or its office does ("Syria reported 3,377", "Syria's health ministry put the toll at
2,662"), the nearer of the two when both are named ("6,617 in the United States, with New York
reporting 1,748"). A place no rule names that sets a figure apart at the head of a statement by its
bare name ("In Lombardy, ...") makes it a part the checks could not place: no claim (an
administrative unit named with its kind, "In Luding county alone, ...", is scoped to it:
tally_head_areas.py);
so does a part of the area named in the figure's own words ("his Lee County alone had hundreds"). A
side or place carries on to the next figure of a list only within one statement: not across
"while", "whereas", "but", ", where" or a semicolon, and never from a part ("including two children,
and 145 remain missing").

A part of a toll with no subject of its own makes no claim ("of the dead, 145 were Egyptian
nationals", "three of the wounded", "in the capital alone, 19 deaths"). Which figures count one
incident rather than the whole event is tally_incidents.py's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discrep.extract.tally_agents import acts_or_speaks, did_the_work, done_by, given_to
from discrep.extract.tally_areas import (
    ALONE,
    NOT_AN_AREA,
    area_part,
    head_area,
    one_site,
    part_of_toll,
    struck_place,
)
from discrep.extract.tally_clauses import first_stop, statement_head, statement_start
from discrep.extract.tally_head_areas import PART_OF_AREA as PART_OF_AREA  # re-exported
from discrep.extract.tally_head_areas import owned_area, unknown_place
from discrep.extract.tally_named_fires import named_fire
from discrep.extract.tally_part_words import (  # re-exported: the finder's modules name them from here
    AMONG_AFTER as AMONG_AFTER,
)
from discrep.extract.tally_part_words import PART_COUNTS as PART_COUNTS
from discrep.extract.tally_part_words import PART_LEAD as PART_LEAD
from discrep.extract.tally_part_words import PART_ON_A_DAY as PART_ON_A_DAY
from discrep.extract.tally_part_words import SUBSET as SUBSET
from discrep.extract.tally_part_words import SUBSET_AFTER as SUBSET_AFTER
from discrep.extract.tally_part_words import WHOLE_LEAD as WHOLE_LEAD
from discrep.extract.tally_part_words import WHOLE_TO_PART as WHOLE_TO_PART
from discrep.extract.tally_sexes import sex_of_part
from discrep.extract.tally_side import MILITARY, speakers_side
from discrep.extract.tally_where import PART, Where, place_end_of

if TYPE_CHECKING:
    from discrep.extract.lexicon import Lexicon, Match
    from discrep.text.numbers import NumberMention


GENERIC_PEOPLE = "people"  # the subject id of people with no side said
CIVILIANS = "civilians"  # no side said; but a city's civilians are the city's toll (Scope._town)


ATTACKERS = "attackers"  # the subject id of the perpetrators, whom a victims' toll leaves out

# "nine people, including the gunman, died": a toll that counts the attackers too
_WITH_ATTACKER = re.compile(
    r"\b(?<!not\s)(?:including|counting|along\s+with|as\s+well\s+as|plus)\s+(?:the\s+|a\s+|an\s+|both\s+|all\s+)?"
    r"(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
# "eight, not counting the gunman": the attacker left out of the toll, who is no subject of it
_WITHOUT_ATTACKER = re.compile(
    r"\b(?:not\s+(?:counting|including)|excluding|except(?:\s+for)?|apart\s+from|other\s+than|besides)\s+"
    r"(?:the\s+|a\s+|an\s+|both\s+|all\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)

_MILITARY = re.compile(
    r"(?:\b([A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ch|ic))\s+)?"
    r"\b(?:soldiers|troops|servicemen|service\s+members|fighters|militants|combatants|personnel)\b"
)


def _military_of(text: str, start: int, end: int) -> str | None:
    """'israeli_military' for "Israeli soldiers", 'military' for "its soldiers": sides the rules lack."""
    m = _MILITARY.search(text, start, end)
    if m is None:
        return None
    return f"{m.group(1).lower()}_military" if m.group(1) else MILITARY


# a metric word after the figure that belongs to another clause with its own subject: "fired more
# than 30 rounds before he was killed", "wounding seven others before he was shot dead"
OTHER_CLAUSE = re.compile(
    r"\b(?:before|after|when|until|once|because)\s+(?:he|she|it|they|we|the\s+[\w-]+|an?\s+[\w-]+|"
    r"police|troops|soldiers|gunmen|forces|officers|protesters)\s|"
    # "climbed above 15,000, as rescuers raced to save survivors": what others were doing meanwhile
    r",\s+(?:as|while)\s+(?:rescuers|rescue\s+teams|crews|teams|workers|officials|authorities|emergency\s+"
    r"services|volunteers|troops|soldiers|police|residents|families|survivors|people|they|he|she|we)\s|"
    # "killed 217 people, with the Maradi region the worst affected": a place's own clause ranks it
    r",\s+with\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}?\s+the\s+"
    r"(?:(?:worst|hardest|badly|severely|heavily|least)[\s-]+)?$",
    re.IGNORECASE,
)

# a clause with a toll of its own between a subject and the figure: ", when the toll stood at 93"
_OWN_TOLL_CLAUSE = re.compile(
    r",\s+(?:when|as|while|after|by\s+which\s+time)\s+(?:the\s+|its\s+)?(?:death\s+)?(?:toll|tally|count)\b",
    re.IGNORECASE,
)

# a word right after a part's figure ("including two children"): that part's noun, not this figure's
_JUST_AFTER_FIGURE = re.compile(r"\s*(?:[a-z][\w-]*\s+)?")


# a side's losses named by the rules' subjects ("Russian losses", "Russia has lost")
_LOSSES = re.compile(r"\b(?:losses|lost)\b", re.IGNORECASE)


class Scope:
    """Whose count a figure is, and where, from the subjects and places of the rules."""

    def __init__(
        self,
        subjects: Lexicon,
        places: Lexicon | None,
        noun_metrics: frozenset[str],
        towns: frozenset[str] = frozenset(),
    ) -> None:
        self._subjects = subjects
        self._places = places
        self._nouns = noun_metrics
        self._towns = towns  # places the rules put inside another: a city's toll is a part
        self._where = Where(places, towns)

    def subject(
        self,
        sentence: str,
        mention: NumberMention,
        metric: str,
        metric_match: Match | None,
        after_end: int,
        before_from: int,
        after_part: bool = False,
        reporting_from: int | None = None,
    ) -> str | None:
        """Whose count the figure is: a subject id ('russian_military', GENERIC_PEOPLE, with
        '+attackers' for a toll that counts them), a place scope ('in:turkey'), PART_OF_AREA, or None
        when the words name no one; `reporting_from` is where a place that reports it may be named."""
        if metric in self._nouns:
            # whose tanks: only the words of the noun phrase ("1,502 Ukrainian military facilities",
            # "the number of Ukrainian military facilities ... at 1,502")
            if metric_match is not None and metric_match.start < mention.start:
                start, stop = max(before_from, metric_match.start - 30), metric_match.end
            else:
                start = mention.end
                stop = metric_match.end if metric_match and metric_match.start >= mention.end else after_end
            owners = self._subjects.find(sentence, start, stop)
            if owners:
                return owners[-1].key
            # "Ukrainian losses ... amounted to 261 aircraft and 4,580 tanks": whose losses the
            # statement lists
            head = statement_start(sentence, mention.start)
            losses = [m for m in self._subjects.find(sentence, head, mention.start) if _LOSSES.search(m.text)]
            if losses:
                return losses[-1].key
            if fire := named_fire(
                self._places, sentence, mention.start, mention.end, first_stop(sentence, mention.end)
            ):
                return fire  # "the Palisades Fire consumed 23,448 acres"
            # "In Hatay province, officials said 1,500 buildings had been destroyed": that part's count
            return head_area(self._where, sentence, statement_head(sentence, mention.start), mention.start)
        # who speaks or acts is not whom the figure counts: "Police said 300 were arrested", "the
        # bomber detonated his vest, killing 14", "wounding 20 others ..., police said"
        other = OTHER_CLAUSE.search(sentence, mention.end, after_end)  # "... before he was shot by police"
        after = [
            m
            for m in self._subjects.find(sentence, mention.end, other.start() if other else after_end)
            if not acts_or_speaks(sentence, m)
            and not done_by(sentence, m.start)
            and not given_to(sentence, m.start)
            and not (m.key == ATTACKERS and _WITHOUT_ATTACKER.search(sentence, mention.end, m.start))
        ]
        if len(after) > 1 and any(
            m.key == ATTACKERS and _WITH_ATTACKER.search(sentence, mention.end, m.start) for m in after[1:]
        ):
            return f"{after[0].key}+{ATTACKERS}"  # "nine people, including the gunman": not the victims
        # not the noun of a part before ("including two children, and 14 remain missing"), nor the
        # attacker who did it ("the gunman killed eight")
        before = [
            m
            for m in self._subjects.find(sentence, before_from, mention.start)
            if m.key != ATTACKERS
            # "227 killed (31 men, ... 156 adults) and 525 injured": the bracket's words are its own
            and ")" not in sentence[m.end : mention.start]
            and not acts_or_speaks(sentence, m)
            and not did_the_work(sentence, m.end)
            and not (after_part and _JUST_AFTER_FIGURE.fullmatch(sentence, before_from, m.start))
            # "searched by cadaver dogs, the chief said, when the toll stood at 93": the clause's toll
            and not _OWN_TOLL_CLAUSE.search(sentence, m.end, mention.start)
        ]
        found = after[0].key if after else before[-1].key if before else None
        if (
            found is None
            and PART_LEAD.search(sentence, max(0, mention.start - 40), mention.start)
            and (group := sex_of_part(sentence, mention.end))
        ):
            return group  # "739 rioters, including 60 women, had been arrested": the women's count
        if found not in (None, GENERIC_PEOPLE) and PART_LEAD.search(
            sentence, max(0, mention.start - 40), mention.start
        ):
            # "638 died in the province, including 274 children": the part's children, not all
            head = statement_head(sentence, mention.start)
            area = self._where.named_again(sentence, head, mention.start, head)
            if area is not None and PART in area:
                return f"{area}{PART}{found}"
        if found == CIVILIANS and (town := self._town(sentence, mention.start, mention.end)):
            return town  # "more than 5,000 civilians had been killed in Mariupol": the city's toll
        if found in (None, GENERIC_PEOPLE) and (
            part := part_of_toll(self._where, sentence, mention.end, found, metric == "on_board")
        ):
            return part  # "38 people died right at the station", "145 were Egyptian": a part of the toll
        if owned_area(self._places, sentence, statement_head(sentence, mention.start), mention.start):
            return PART_OF_AREA  # "In Marlow's old town, 14 children were among the dead"
        if site := one_site(metric, sentence, mention.end, after_end):
            return site  # "only 12 took shelter at the facility": one shelter among many
        if found is None:
            # only after the number: words before it may belong to the previous figure in a list
            found = _military_of(sentence, mention.end, after_end)
        if found == MILITARY:  # "Moscow admits to 1,351 deaths among its troops": Russia's
            head = statement_start(sentence, mention.start)
            # the pronoun may come with the noun right after the figure ("1,351 of its servicemen")
            noun = _MILITARY.search(sentence, mention.end, after_end)
            noun_end = noun.end() if noun is not None else after_end
            found = (
                speakers_side(self._subjects, sentence, head, noun_end)
                or speakers_side(self._subjects, sentence, head, after_end)
                or found
            )
        if found is None or found == GENERIC_PEOPLE:
            # "1,500 people were killed in Turkey": a toll for a place is its own count
            place_end = place_end_of(sentence, mention.end, after_end)
            # "in opposition-held enclaves of northwest Syria": a part of the place, not its whole
            head = reporting_from if reporting_from is not None else before_from
            if head == statement_start(sentence, mention.start):
                head = statement_head(sentence, mention.start)
            part = area_part(
                self._where,
                sentence,
                head,
                mention.start,
                mention.end,
                first_stop(sentence, mention.end),
                before=False,
            )
            if part is not None:
                return part
            if struck := struck_place(self._where, sentence, mention.start):
                return struck  # "swept away the hamlet of Lang Nu, leaving 48 people dead"
            alone = self._alone_part(sentence, mention.end, first_stop(sentence, mention.end))
            if alone is not None:
                return alone  # "1,647 were killed in Hatay alone": that part's count
            after_place = self._where.where_at(sentence, mention.end, place_end)
            if after_place is not None:
                return after_place[0]
            if world := self._where.world(sentence, mention.end, place_end):
                return world  # "103,000 cases in over 120 countries": the world's, not Africa's
            spread = self._where.spread(sentence, mention.end, place_end)
            if spread is not None:
                return spread or found  # "killed 64 people in five states": the whole's, not Florida's
            if fire := named_fire(
                self._places, sentence, mention.start, mention.end, first_stop(sentence, mention.end)
            ):
                return fire  # "17 died in the Eaton fire": one fire's, of several
            # "24 deaths were recorded in Charlotte County": a county the rules do not know is still
            # a part of the area, with a count of its own
            area = self._where.admin_area(sentence, mention.end, place_end, bare=True)
            if area is not None:
                return area
            # "2,500 deaths in the country" after "The Syrian government", "the county's death toll"
            again = self._where.named_again(
                sentence, mention.end, place_end, statement_head(sentence, mention.start)
            )
            if again is not None:
                return again
            part = area_part(self._where, sentence, head, mention.start, mention.end, place_end, before=True)
            if part is not None:
                return part
            if there := self._where.there(sentence, mention.start, mention.end, place_end):
                return there
            struck = self._where.struck_at(sentence, statement_head(sentence, mention.start), mention.start)
            if struck is not None:
                return struck  # "struck central Myanmar on Friday, killing at least 144"
            # before the figure, the nearest: "6,617 in the United States, with New York reporting 1,748"
            statement = statement_start(sentence, mention.start)
            from_ = before_from if reporting_from is None else reporting_from
            scopes = [
                s
                for s in (
                    self._where.where_at(
                        sentence,
                        before_from if from_ != statement else statement_head(sentence, mention.start),
                        mention.start,
                        nearest=True,
                    ),
                    self._where.reporting_at(sentence, from_, mention.start),
                )
                if s is not None
            ]
            if scopes:
                return max(scopes, key=lambda s: s[1])[0]
            # "The toll in Charlotte County, Florida, was at least eight", "is in Charlotte County,
            # where the sheriff's office has confirmed 24": a county named before the figure
            head = statement_head(sentence, mention.start)
            area = self._where.admin_area(sentence, head, mention.start, last=True, toll_first=True)
            if area is not None:
                return area
            if from_ == statement:  # not after a count of this statement, whose scope carries on
                # "In North Carolina, where Ian made a second landfall, four died": the head of the
                # statement lies before the relative clause
                unknown = unknown_place(
                    self._places,
                    self._subjects,
                    sentence,
                    statement_head(sentence, mention.start),
                    first_stop(sentence, mention.end),
                )
                if unknown is not None:
                    return unknown
            # "... the 72 people reported missing, Bangkok officials said": a place's officials count
            # its own (as "Syria's health ministry put the toll at" before the figure does)
            return self._where.officials_after(sentence, mention.end) or found
        return found

    def _town(self, sentence: str, start: int, end: int) -> str | None:
        """'in:mariupol' for a count of civilians in a city or region the rules place inside a
        country, named after the figure or at the head of its statement; None for a country."""
        found = self._where.where_at(sentence, end, place_end_of(sentence, end, end)) or self._where.where_at(
            sentence, statement_head(sentence, start), start, nearest=True
        )
        return found[0] if found is not None and found[0][3:] in self._towns else None

    def _alone_part(self, sentence: str, start: int, stop: int) -> str | None:
        """'in:turkey/hatay' for "1,647 were killed in Hatay alone, the most of any Turkish
        province", 'in:lee county' for "54 died in Lee County alone" (the county's, as wherever it is
        named); None for a time ("in March alone") or a place of the rules ("in Turkey alone")."""
        alone = ALONE.search(sentence, start, stop)
        if alone is None:
            return None
        name = alone.group(1) or alone.group(2)
        if (
            not name[:1].isupper()
            or NOT_AN_AREA.search(name)
            or self._where.named(name)
            or any(ch.isdigit() for ch in sentence[start : alone.start()])
        ):
            return None
        area = self._where.admin_area(sentence, alone.start(), alone.end())
        if area is not None:
            return area
        whole = self._where.nearest_place(sentence, alone.start(), alone.end())
        return f"in:{whole or 'area'}{PART}{' '.join(name.lower().split())}"

    def apart(self, sentence: str, start: int, end: int, subject: str | None) -> bool:
        """A part of the area named in the figure's own words, other than the place it is scoped to:
        "21 in Florida, though the sheriff said his Lee County alone had hundreds"."""
        if (
            subject is None
            or not subject.startswith("in:")
            or PART in subject
            or "alone" not in sentence[start:end].lower()
        ):
            return False
        found = ALONE.search(sentence, start, end)
        if found is None or NOT_AN_AREA.search(found.group(1) or found.group(2)):
            return False
        if any(ch.isdigit() for ch in sentence[start : found.start()]):
            return False  # "99 in Florida, including 54 in Lee County alone": the other figure's part
        if self._where.admin_area(sentence, found.start(), found.end()) == subject:
            return False  # "54 died in Lee County alone": the county's own count
        named = {m.key for m in self._places.find(found.group(0))} if self._places is not None else set()
        return not named & set(subject[3:].split("+"))

    @property
    def subjects(self) -> Lexicon:
        """The vocabulary of whose counts there are."""
        return self._subjects

    def where(self, sentence: str, start: int, end: int) -> str | None:
        """'in:turkey' for "killed in Turkey", 'in:syria+turkey' for "across Turkey and Syria"."""
        return self._where.where(sentence, start, end)

    def own_place(self, sentence: str, start: int, end: int) -> str | None:
        """The place a figure's own words name after it: one the rules know ("including four in Ohio"),
        else a town they do not ("including about 10,000 in the city of Wajima"), or a named fire
        ("including 16 in the Eaton Fire")."""
        return (
            self._where.where(sentence, start, end)
            or self._where.town(sentence, start, end)
            or named_fire(self._places, sentence, start, start, end)
        )
