"""Who asserts what: find the claimant of a sentence.

A sentence's claimant is, in order:
1. the source after "according to" ("according to Konashenkov", "according to various sources");
2. a known claimant (rules: claimants) in a sentence with a reporting verb ("said", "announced",
   "told", "stated", "reported", "acknowledged", ...): the one nearest before the verb, else the first;
3. a pronoun or role ("he also stated", "the spokesman said", "by his count") resolved to the last
   known claimant named earlier in the article;
4. an unknown source named before a reporting verb ("Belta reported", "Russia says"), kept as written.
A sentence with none of these has no claimant of its own; the extractor may carry one over from the
sentence before (a figure in a list that continues the previous sentence's statement).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from discrep.extract.claimant_names import INSTITUTION_END, according_source, clean_name
from discrep.extract.claimant_names import INSTITUTIONS as _INSTITUTIONS
from discrep.extract.figure_source import figure_source
from discrep.extract.lexicon import Lexicon, Match, _by_first_character
from discrep.extract.source_names import a_place
from discrep.text.caseless import Caseless

# searched in the lowercased sentence: several times faster than re.IGNORECASE (see Caseless)
REPORTING_VERBS = Caseless(
    r"\b(?:said|says|say|told|tells|stated|states|announced|announces|reported|reports|acknowledged|admitted|"
    r"acknowledges|admits|concedes|conceded|"
    r"claimed|claims|estimated|estimates|estimate|confirmed|confirms|declared|declares|added|noted|"
    r"according|cited|citing|wrote|writes|quoted|put|puts|insisted|denied|denies|briefed|counted|"
    r"count|tally|figures|briefing|statement|report|specified|stressed|emphasi[sz]ed|underlined|explained)\b"
)
# every match holds the word "according": a sentence without it is not searched (see Caseless)
_ACCORDING = Caseless(r"\baccording\s+to\s+", word="according")
_ACCORDING_TO_WHAT = re.compile(r"what\b", re.IGNORECASE)
# "Police on Monday said", "the ministry on Saturday put": when it was said, between source and verb
_WHEN_SAID = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"earlier|later|late|overnight)(?:\s+(?:night|morning|evening|afternoon))?)?"
)
# the regex tries these words at every position it scans: grouped under their first letters, it
# tries only those that can open there, in the same order, and finds the same (lexicon.py does so too)
_INSTITUTION_WORDS = _by_first_character(_INSTITUTIONS.split("|")) or _INSTITUTIONS
_GENERIC_SOURCE = r"(?:[\w'’-]+\s+){0,3}?(?:" + _INSTITUTION_WORDS + r")"
# the verbs an unknown source's name ends at ("Moscow admits", "the agency reported")
_SOURCE_VERBS = (
    r"(?:said|says|say|reported|reports|report|announced|told|claims|claimed|estimated|estimates|confirmed|stated|put|"
    r"puts|added|denied|admits|admitted|acknowledges|acknowledged|concedes|conceded|"
    # "the Taliban government on Wednesday lowered the death toll to about 1,000"
    r"revised|raised|lowered|updated|counted)\b"
)
# a name's last word, with the particle some names carry: "Abdulmenam al-Ghaithi", "Ursula von der Leyen"
_LAST_NAME = (
    r"(?:(?:al|el|ad|as|ash|ar|az|an|at)-|(?:bin|ibn|de|da|di|du|del|van|von|van\s+der|von\s+der)\s+)?"
    r"[A-Z][\w.'’-]*"
)
_UNKNOWN_SOURCE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,3}"
    + _LAST_NAME
    + r"|"
    + _GENERIC_SOURCE
    + r"(?:\s+and\s+"
    + _GENERIC_SOURCE
    + r")?)"
    # "a local official in East Flores district said", "doctors at the Lagos hospital said": where
    # the source is, not who ("observers from the OSCE" are the OSCE's)
    + r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*"
    + r"(?:\s+(?:district|province|county|region|state|city|town|village|hospital))?)?"
    # "the National Disaster Mitigation Agency (BNPB) said": the short name is the one reused
    + r"(?:\s*\(([A-Z][A-Za-z.&-]{1,11})\))?"
    + _WHEN_SAID
    + r"\s+(?:(?:had|has|have)\s+)?"
    + _SOURCE_VERBS
)
# Every match of _UNKNOWN_SOURCE ends in one of its verbs, after white space, with at most this many
# runs of white space between the start of the match and the verb: four words of a name, or two
# generic sources of four words joined by "and" (nine words), where the source is ("in the East
# Flores district": six words), a short name in brackets, then a time
# of up to three words ("on Monday morning") and "had"/"has"/"have". No match
# starts further back, so the (costly) search may start there; and none ends after the last verb,
# so it stops there instead of trying every position to the end of the sentence.
# "The regional governor, Andrei Vorobyov, said": a name set off by commas before its verb
_APPOSED_SOURCE = re.compile(
    r",\s+((?:[A-Z][\w.'’-]*\s+){1,3}"
    + _LAST_NAME
    + r"),"
    + _WHEN_SAID
    + r"\s+(?:(?:had|has|have)\s+)?"
    + _SOURCE_VERBS
)
_SOURCE_VERB = re.compile(r"(?<=\s)" + _SOURCE_VERBS)
_SOURCE_GAPS = 21
_GAP = re.compile(r"\s+")
_ACCORDING_PHRASE = re.compile(
    # the period of an initialism is no end: "according to the U.S. Forest Service."
    r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?((?:[^,.;:()]|(?<=\b[A-Z])\.|(?<=\b(?:Dr|Mr|Ms|St))\.|(?<=\b(?:Mrs|Gen|Col|Gov|Sen))\.){2,60}?)\s*(?=[,;:()]|\.\s*$|\.\s+[^A-Z]|$)",
    re.I,
)
_SHORT_NAME = re.compile(r"\s*\(([A-Z][A-Z.&-]{1,11})\)")
_NOT_A_SOURCE = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "the",
    # "An estimated 750 people died": an estimate of no one named
    "a",
    "an",
    "this",
    "that",
    "there",
    "but",
    "and",
    "however",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "earlier",
    "later",
    # "Some say 40 died": no one in particular; "Initial reports suggested": which report, not whose
    "some",
    "initial",
    "preliminary",
    "early",
    "first",
    "unconfirmed",
    "previous",
    "recent",
    "several",
    "many",
    "others",
    "most",
    "few",
    "all",
    "both",
    "people",
    "you",
    "these",
    "those",
}


# where one statement ends and another, perhaps from another source, begins
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+and\s|\s(?:while|whereas|but)\s", re.IGNORECASE)


def _unknown_sources(sentence: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """_UNKNOWN_SOURCE.finditer(sentence, pos), skipping the stretch before its first verb's reach
    and the one after its last verb.

    Every match ends in a verb that _SOURCE_VERB finds, so none ends past the last one; and a match
    that ends there is a match of the text cut there, for the \\b after its verb holds at the end of
    a text as it holds before the non-word character that follows the verb in the sentence.
    """
    verbs = list(_SOURCE_VERB.finditer(sentence, pos))
    if not verbs:
        return iter(())
    gaps = [gap.end() for gap in _GAP.finditer(sentence, pos, verbs[0].start())]
    start = gaps[-_SOURCE_GAPS - 1] if len(gaps) > _SOURCE_GAPS else pos
    return _UNKNOWN_SOURCE.finditer(sentence, start, verbs[-1].end())


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The stretch of `sentence` around `position` between two clause breaks."""
    start, end = 0, len(sentence)
    for brk in _CLAUSE_BREAK.finditer(sentence):
        if brk.end() <= position:
            start = brk.end()
        elif brk.start() >= position:
            end = brk.start()
            break
    return start, end


@dataclass(frozen=True, slots=True)
class Attribution:
    claimant: str | None  # a claimant id from the rules, or the source's name as written
    known: bool  # True when the claimant is in the rules
    via_pronoun: bool = False
    mentions: tuple[Match, ...] = ()  # every known claimant named in the sentence


class Attributor:
    def __init__(
        self, claimants: Lexicon, pronouns: tuple[str, ...], acronyms: frozenset[str] = frozenset()
    ) -> None:
        self._claimants = claimants
        # "WHO", "UN": a source's initials, lower-cased, which name it only in capitals ("who heads")
        self._acronyms = acronyms
        # "he", "his" stand alone; a role keeps its article ("the spokesman"), or "a Turkish official"
        # would point back to the last named source
        words = sorted({w.strip() for w in (*pronouns, "his", "her", "their")}, key=len, reverse=True)
        self._pronoun = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)

    def names_claimant(self, sentence: str) -> bool:
        """Whether a known claimant is named in the sentence (cheaper than attribute)."""
        return bool(self._named(sentence))

    def _named(self, sentence: str) -> list[Match]:
        """The known claimants a sentence names: initials count in capitals only ("WHO", not "who")."""
        found = self._claimants.find(sentence)
        if not self._acronyms:
            return found
        return [m for m in found if m.text.isupper() or m.text.lower() not in self._acronyms]

    def _speaking_pronoun(self, sentence: str, verbs: list[re.Match[str]]) -> bool:
        """A pronoun or role that speaks: just before a reporting verb ("he also stated", "by his
        count") or just after it ("said the spokesman"); not one the figure's words hold ("104
        survived, all of them men, the coast guard said")."""
        for pronoun in self._pronoun.finditer(sentence):
            for verb in verbs:
                if 0 <= verb.start() - pronoun.end() <= _SPEAKER_REACH or (
                    verb.end() <= pronoun.start()
                    and _VERB_TO_SPEAKER.fullmatch(sentence, verb.end(), pronoun.start())
                ):
                    return True
        return False

    def figure_source(self, sentence: str, start: int, end: int) -> str | None:
        """The source a figure's own words name ("Kyiv's estimate of 14,000", "81 deaths reported
        by local leaders"), which outranks the sentence's speaker; None when they name none."""
        found = figure_source(self._claimants, sentence, start, end)
        return found[0] if found is not None else None

    def attribute(self, sentence: str, previous: str | None, just_said: str | None = None) -> Attribution:
        """The claimant of one sentence; `previous` is the last known claimant named before it,
        `just_said` the source of the sentence just before, known to the rules or not."""
        mentions = tuple(m for m in self._named(sentence) if not _anothers(sentence, m))
        according = _ACCORDING.search(sentence)
        if according and _ACCORDING_TO_WHAT.match(sentence, according.end()):
            according = (
                None  # "according to what was reported by the AP", "according to what had been planned"
            )
        if according:
            phrase = _ACCORDING_PHRASE.search(sentence, according.start())
            limit = phrase.end() if phrase else according.end() + 4
            after = [m for m in mentions if according.end() <= m.start <= limit]
            if after:
                return Attribution(after[0].key, True, mentions=mentions)
            if phrase and not self._pronoun.fullmatch(phrase.group(0)[len("according to ") :].strip()):
                # "according to the National Disaster Management Authority (NDMA)": the short name, as
                # the body is named where it speaks ("the ... (NDMA) said")
                short = _SHORT_NAME.match(sentence, phrase.end())
                name = short.group(1) if short else clean_name(according_source(phrase.group(1)))
                return Attribution(name, False, mentions=mentions)
        verbs = list(REPORTING_VERBS.finditer(sentence))
        if mentions and verbs:
            before_verb = [m for m in mentions if m.end <= verbs[0].start()]
            opening = next(_unknown_sources(sentence), None) if not before_verb else None
            if (
                opening is not None
                and opening.end() == verbs[0].end()
                and opening.end() <= mentions[0].start
                and _a_source(_source_name(opening))
            ):
                # "A local official said 40 had died, below the UN's count of 55": the speaker comes
                # first; the body named later is whose count the other figure is
                return Attribution(_source_name(opening), False, mentions=mentions)
            chosen = before_verb[-1] if before_verb else mentions[0]
            # "..., Lavrov and Kuleba will meet, Turkey's foreign minister said": the speaker is the
            # unnamed source right before the verb, not a name further back; but "the UN refugee
            # agency said" is the UN's
            speaker = next(_unknown_sources(sentence, chosen.end), None)
            first_verb = next((v for v in verbs if v.start() >= chosen.end), None)
            if (
                speaker is not None
                and first_verb is not None
                and speaker.end() == first_verb.end()
                and sentence[chosen.end : speaker.start()].strip() != ""
                and _a_source(_source_name(speaker))
            ):
                return Attribution(_source_name(speaker), False, mentions=mentions)
            return Attribution(chosen.key, True, mentions=mentions)
        if just_said and not mentions and _IT_SAID.match(sentence):
            return Attribution(just_said, just_said == previous, via_pronoun=True, mentions=mentions)
        if verbs and previous and self._speaking_pronoun(sentence, verbs):
            return Attribution(previous, True, via_pronoun=True, mentions=mentions)
        # "The NDRRMC, which counts only deaths it has verified, put the toll at 81": the source's
        # verb comes after the clause that describes it
        plain = _RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence) if "," in sentence else sentence
        for unknown in _unknown_sources(plain):
            name = _source_name(unknown)
            if name and _a_source(name) and not a_place(plain, unknown):
                return Attribution(name, False, mentions=mentions)
        apposed = _APPOSED_SOURCE.search(sentence) if "," in sentence else None
        if apposed is not None and _a_source(apposed.group(1)) and not a_place(sentence, apposed):
            return Attribution(apposed.group(1), False, mentions=mentions)
        return Attribution(_named_elsewhere(sentence), False, mentions=mentions)


# how far before its verb a pronoun or role may stand and still be who speaks ("he on Monday also said")
_SPEAKER_REACH = 30
_VERB_TO_SPEAKER = re.compile(r"\s*(?:to\s+)?")  # "said he", "according to the spokesman"

# ", which counts only deaths it has verified,": a clause set off by commas that describes a name
_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;:]{3,80},")

# "It said 41 people had been detained": a sentence opened by "it" and a reporting verb goes on
# quoting the body just named; "it" elsewhere is too often another thing ("Russia, which it says")
_IT_SAID = re.compile(
    # "Earlier on Saturday it had given a toll of 1,002": a time may open the sentence
    r"\s*(?:(?:Earlier|Later|Previously|Initially|At\s+first)(?:\s+(?:on\s+\w+|in\s+the\s+day|that\s+day|today))?"
    r"\s*,?\s+it|It)\s+(?:also\s+|later\s+|further\s+)?(?:had\s+|has\s+)?(?:said|says|added|adds|reported|"
    r"reports|noted|notes|stated|states|announced|estimated|estimates|confirmed|confirms|given|gave|put)\b"
)

# "Ukraine's defence ministry", "the Belarusian Defence Ministry": another's body of the same name
_ANOTHERS = re.compile(r"\b[A-Z][\w-]*(?:['’]s|ian|ean|ese|ish|an|i)\s+$")


def _anothers(sentence: str, mention: Match) -> bool:
    """True when a known body's bare name is owned by another ("Ukraine's defence ministry" is not
    the Russian Defence Ministry): the rules list the owned names they mean ("Russia's defence
    ministry"), and the longest name is matched first."""
    return bool(
        INSTITUTION_END.search(mention.text)
        and _ANOTHERS.search(sentence, max(0, mention.start - 30), mention.start)
    )


# where the patterns above do not look: after the verb ("..., said police", "said Serhiy Bratchuk, a
# spokesman for ..."), and before an apposition ("Kyrylo Tymoshenko, deputy head of the President's
# Office, said on Thursday")
_SAID_THEN = re.compile(
    r"(?:^|[,;]\s*|\s)(?:said|says|told\s+reporters|added|announced)\s+"
    r"((?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*|"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _INSTITUTION_WORDS + r"))(?=\s*(?:[,.;]|$))"
)
_APPOSED = re.compile(
    r"(?:^|,\s+)((?:[A-Z][\w'’.-]+\s+){1,3}" + _LAST_NAME + r"),\s+[^,]{3,80}?,\s+"
    r"(?:said|says|told|reported|added|announced|confirmed|put|puts|estimated|estimates)\b"
)


def _named_elsewhere(sentence: str) -> str | None:
    """A source after its verb or before an apposition, for a sentence no other pattern attributes."""
    for pattern in (_APPOSED, _SAID_THEN):
        found = pattern.search(sentence)
        if found is not None:
            name = clean_name(found.group(1))
            if name and _a_source(name) and name.split()[0].lower() not in _NOT_A_SOURCE:
                return name
    return None


# "Sixty-three cases have been reported", "Four confirmed cases were recorded": a count opening the
# sentence is what was reported, not who reported it
_COUNT_WORD = re.compile(
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|"
    r"thousands|dozens|scores)\b)",
    re.IGNORECASE,
)


def _a_source(name: str) -> bool:
    """Whether a name found before a reporting verb can be a source: not a pronoun, day or count."""
    return name.lower() not in _NOT_A_SOURCE and _COUNT_WORD.match(name) is None


def _source_name(found: re.Match[str]) -> str:
    """The name of an unknown source as one would list it: its short name when it gives one."""
    if found.group(2):
        return found.group(2)
    name = found.group(1)
    words = name.split()
    if (
        len(words) >= 3
        and _TITLE_TAIL.search(found.string, max(0, found.start(1) - 6), found.start(1))
        and all(w[:1].isupper() for w in words)
    ):
        # "UN High Commissioner for Refugees Filippo Grandi said": the end of a title, then the name
        name = " ".join(words[-2:])
    elif (body := _BODY_OF.search(found.string, max(0, found.start(1) - 30), found.start(1))) is not None:
        name = f"{body.group(1)} of {name}"  # "the Ministry of Foreign Affairs said": the ministry's name
    return clean_name(name)


# a title that runs on into the capitalised words before a name ("High Commissioner for Refugees")
_TITLE_TAIL = re.compile(r"\s(?:for|of)\s+$")
_BODY_OF = re.compile(
    r"\b(Ministry|Department|Office|Bureau|Directorate|Commission|Agency|Institute|Council)\s+of\s+(?:the\s+)?$"
)
