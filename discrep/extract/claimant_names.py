"""How a source is named in a claim: the name as written, cleaned so that one body is one claimant.

"The Associated Press" is "Associated Press"; "the territory's health ministry" and "the Gaza health
ministry" are "health ministry"; "Maine Gov. Janet Mills" is "Governor Janet Mills"; "according to
the ministry's latest figures" is the ministry's. A side's armed body keeps its owner ("Ukraine's
defence ministry"), and a role keeps the body it belongs to ("a White House official").
attribution.py finds the sources; this module names them (source_names.py: a surname alone, a place).
"""

from __future__ import annotations

import re

# sources no rule names: "AFAD said", "Vice President Fuat Oktay said", "officials said"
# bodies and people no rule names, by what they are: "the territory's health ministry",
# "Egyptian officials", "a Turkish official", "state media", "rescue workers"
INSTITUTIONS = (
    r"ministry|agency|office|department|service|services|officials|official|authorities|government|"
    r"military|army|police|spokesman|spokeswoman|spokesperson|source|sources|media|medics|doctors|"
    r"rescuers|workers|monitors|activists|witnesses|minister|governor|mayor|committee|council|"
    r"observatory|commission|ministries|staff|command|forces|officers|residents|group|groups|organi[sz]ation|"
    r"charity|watchdog|guard|presidency|president|premier|general|prosecutor|prosecutors|coroner|examiner|examiners|"
    r"hospital|hospitals|chief|commissioner|secretary|director|administration|regulator|investigators|"
    r"firefighters|paramedics|operator|airline|company|spokespeople|board|court|tribunal|authority|"
    r"coordinator|ombudsman|envoy|representative|adviser|advisor|aide|negotiator|negotiators|mediator|"
    r"mediators|union|unions|alliance|association|federation|employers|team|teams|volunteers|organisers|"
    r"organizers|relatives|leaders|lawyers|sheriff|sheriffs|marshal|constabulary|warden|rangers|lifeguards|"
    r"crew|crews|responders|prefecture|prefect|municipality|utility|utilities|junta|regime|cabinet|"
    r"parliament|embassy|consulate|coastguard|navy|scientists|researchers|experts|analysts|"
    r"observers|inspectors|mission|judiciary|television|tv|broadcaster|radio|newspaper|outlet|"
    r"news\s+agency"
)
INSTITUTION_END = re.compile(r"\b(?:" + INSTITUTIONS + r")$", re.IGNORECASE)
# ("when authorities said 385 were missing": the conjunction is no part of the source's name)
_LEADING = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|when|after|as|while|before|since|because|where|then|and|but)\s+|"
    r"[\w-]+['’]s\s+)+",
    re.IGNORECASE,
)
# a side's armed body named by its owner: "Ukraine's military", "Russia's defence ministry"
_OWNED = re.compile(
    r"^(?:(?:the|a|an)\s+)?((?-i:[A-Z])[\w.-]*['’]s\s+(?:[\w-]+\s+){0,2}?(?:military|army|armed\s+forces|forces|"
    r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|navy|air\s+force))$",
    re.IGNORECASE,
)


# "according to figures released by the civil defence agency as of 18:00": the agency
_DOCUMENT_OF = re.compile(
    r"^(?:(?:the|a|an|latest|new|official|preliminary|updated|provisional)\s+)*(?:figures|data|numbers|"
    r"statistics|tally|count|estimates?|reports?|statement|bulletin|update)\s+(?:(?:released|published|"
    r"issued|compiled|provided|given|posted|put\s+out)\s+)?(?:by|from|of)\s+",
    re.IGNORECASE,
)
_AFTER_SOURCE = re.compile(
    r"\s+(?:as\s+of|on|at|late|early|earlier|later|in\s+(?:a|an|its|their)|released|published|issued|cited)\b.*$",
    re.IGNORECASE,
)


# "the ministry's latest figures": the document named after its owner, who is the source
_OWNERS_DOCUMENT = re.compile(
    r"(?:['’]s|(?<=s)['’])\s+(?:(?:latest|new|official|preliminary|updated|provisional|final|own|daily|weekly|most\s+recent)\s+)*"
    r"(?:figures|data|numbers|statistics|tally|count|estimates?|reports?|statement|bulletin|update|toll)$",
    re.IGNORECASE,
)


# "an AFP tally of official figures", "a Reuters count": the document after its maker's name
_MAKERS_DOCUMENT = re.compile(
    r"\s+(?:tally|count|estimate|estimates|analysis|survey|review)(?:\s+(?:of|based\s+on|from)\s+.*)?$",
    re.IGNORECASE,
)


def according_source(phrase: str) -> str:
    """Who the words after "according to" name: not the document, nor when it came out."""
    source = _AFTER_SOURCE.sub("", _DOCUMENT_OF.sub("", phrase)) or phrase
    source = _OWNERS_DOCUMENT.sub("", source) or source
    return _MAKERS_DOCUMENT.sub("", source) or source


# an office held for a place, with the place or the abbreviation before a name: "Maine Gov. Janet
# Mills", "Lee County Sheriff Carmine Marceno", "Sen. Rick Scott"
_PLACE_TITLE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){0,3}?(Gov\.|Governor|Lt\.\s+Gov\.|Lieutenant\s+Governor|Sheriff|Mayor|Sen\.|"
    r"Senator|Rep\.|Representative)\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+)$"
)
_TITLES = {"gov.": "Governor", "lt. gov.": "Lieutenant Governor", "sen.": "Senator", "rep.": "Representative"}


_WHOSE_PAPER = re.compile(r"['’]s(?:\s+(?:office|report|data|figures|statement|update|tally|count))?$")


# the words a body's own name opens with, no place's ("the Federal Security Service", "the State
# Emergency Service", "the National Disaster Management Authority"): the name is kept whole
_NAME_WORDS = frozenset(
    ("Federal", "State", "National", "Central", "General", "Supreme", "Joint", "Main", "Civil", "Royal")
)


def clean_name(name: str) -> str:
    """The name of a source as one would list it.

    'The Associated Press' -> 'Associated Press'; "the territory's health ministry" -> 'health
    ministry', so articles that describe the same body differently still share a claimant; but a
    side's armed body keeps its owner ("Ukraine's defence ministry", "Israel's military").
    """
    owned = _OWNED.match(name.strip())
    if owned is not None:
        # "Ukraine's defence ministry", "Ukraine's military": the owner tells two sides' bodies of
        # one name apart (a count of tanks with no owner is compared only within one claimant's
        # series); "Gaza's health ministry" is still the health ministry
        return " ".join(owned.group(1).split())
    cleaned = _LEADING.sub("", name.strip()).strip()
    # "the County Medical Examiner's report", "the Medical Examiner's office": the examiner
    cleaned = _WHOSE_PAPER.sub("", cleaned) or cleaned
    titled = _PLACE_TITLE.match(cleaned)
    if titled is not None:  # "Maine Gov. Janet Mills" and "Gov. Janet Mills" are one source
        title = titled.group(1)
        cleaned = f"{_TITLES.get(title.lower(), title)} {titled.group(2)}"
    words = cleaned.split()
    if len(words) > 2 and words[-2:] == ["news", "agency"] and words[-3][:1].isupper():
        return " ".join(words[:-2])  # "Yonhap news agency": the agency's own name, not a place's
    if len(words) > 2 and INSTITUTION_END.search(cleaned) and words[0] not in _NAME_WORDS:
        # "Gaza health ministry" and "health ministry" are one source, as are "the Moldovan Defence
        # Ministry" and "Defence Ministry"; but a role's body is not cut in two: "a White House
        # official" is the White House's, not a "House official"
        keep = len(words) - 2
        role = words[-1].islower()
        while role and keep > 0 and words[keep][:1].isupper() and words[keep - 1][:1].isupper():
            keep -= 1
        return " ".join(words[keep:])
    return cleaned
