"""What each number atom is, from the words around it: unit, year, range or score, qualifier.

:func:`classify` takes the atoms :mod:`discrep.text.number_scan` read and, in this order, joins
"1,000 (1000)" and "2000 over 3", attaches units (:mod:`discrep.text.number_units`), marks years,
pairs atoms into ranges, year spans and scores, reads qualifiers ("more than", "about", "or more")
and joins an at-least to an at-most. The rules themselves are documented for users in
:mod:`discrep.text.numbers`.
"""

from __future__ import annotations

import re

from discrep.text.number_tokens import Atom, NumberKind, Qualifier
from discrep.text.number_units import attach_unit
from discrep.text.number_words import Num

_AT_LEAST = (
    r"more\s+than(?:\s+or\s+equal\s+to)?|greater\s+than(?:\s+or\s+equal\s+to)?|larger\s+than|bigger\s+than"
    r"|higher\s+than|well\s+over|just\s+over|well\s+above|above|at\s+least|in\s+excess\s+of"
    # "handed over 55 prisoners", "turned over 12 suspects": a verb's particle, not "more than"
    r"|(?<!handed\s)(?<!turned\s)(?<!hand\s)(?<!hands\s)(?<!handing\s)(?<!turn\s)(?<!turns\s)(?<!turning\s)over"
    r"|upwards?\s+of|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than|a\s+minimum\s+of|minimum\s+of"
    r"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing)|tops"
    # "the toll has passed 20,000" (a bare "passed 20 checkpoints" is no comparison)
    r"|(?:has|have|had)\s+(?:now\s+|already\s+)?passed"
    r"|(?:rose|risen|rising|climbed|climbing|jumped|went|gone|moved)\s+(?:past|beyond)"
    r"|equal\s+to\s+or\s+(?:more|greater)\s+than|>=|=>|≥|>"
)
# "the toll has gone up to 2,497", "rose up to 40": the new figure of a rise, not a ceiling
_ROSE_UP = "".join(
    rf"(?<!{verb}\s)"
    for verb in (
        "gone",
        "went",
        "go",
        "goes",
        "going",
        "rose",
        "risen",
        "rise",
        "rises",
        "rising",
        "climbed",
        "jumped",
        "shot",
        "moved",
        "soared",
        "crept",
        "edged",
        "ticked",
    )
)
_AT_MOST = (
    rf"{_ROSE_UP}up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than(?:\s+or\s+equal\s+to)?"
    r"|less\s+or\s+equal\s+(?:than|to)|lower\s+than|smaller\s+than|no\s+(?:more|greater)\s+than"
    r"|not\s+more\s+than|at\s+most|a\s+maximum\s+of|maximum\s+of|well\s+(?:under|below)|just\s+under"
    r"|under|below|equal\s+to\s+or\s+(?:less|fewer)\s+than|<=|=<|≤|<"
)
_APPROX = (
    r"about|around|some|nearly|almost|roughly|approximately|approx\.|an\s+estimated|estimated"
    r"|close\s+to|circa|ca\.|c\.|more\s+or\s+less|~"
)
_EQUAL = r"equal(?:s|ling|ing)?(?:\s+to)?|is\s+equal\s+to"
_PREFIX_RE = re.compile(
    rf"(?<![\w])(?:(?P<least>{_AT_LEAST})|(?P<most>{_AT_MOST})|(?P<approx>{_APPROX})|(?P<equal>{_EQUAL}))"
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(
    r"(?P<least>\s*(?:or|and)\s+(?:more|greater|higher|above|over|upwards)(?:\s+than)?(?:\s+or\s+equal(?:\s+to)?)?"
    r"|-?\s?plus\b|\+(?!\s*\d))"
    r"|(?P<most>\s*or\s+(?:less|fewer|lower|below|under|smaller)(?:\s+than)?)"
    r"|(?P<equal>\s*or\s+equal(?:\s+to)?)"
    r"|(?P<approx>\s*or\s+so\b|-odd\b)",
    re.IGNORECASE,
)
_RANGE_GAP_RE = re.compile(r"\s*(?:[-–—~]|to|through|thru)\s*$|\s+or\s+$", re.IGNORECASE)
# "between 300 and 400", "between about 95 and 101"
_BETWEEN_RE = re.compile(
    r"(?<!\w)between\s+(?:the\s+)?(?:(?:about|around|some|roughly|approximately|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_FROM_RE = re.compile(r"(?<!\w)from\s+(?:the\s+)?$", re.IGNORECASE)
_SUSPENDED_RE = re.compile(r"-\s*(?:to|or|and)\s+", re.IGNORECASE)
_AND_GAP_RE = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)
_TO_GAP_RE = re.compile(r"\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_PAIR_GAP_RE = re.compile(r"\s*,?\s*(?:and|but)\s+$", re.IGNORECASE)
_CHANGE_RE = re.compile(
    r"(?<!\w)(?:ris(?:e|es|ing)|rose|risen|increas\w*|gr[eo]w\w*|climb\w*|jump\w*|fell|fall\w*|drop\w*"
    r"|decreas\w*|declin\w*|reduc\w*|cut|rais\w*|lower\w*|revis\w*|doubl\w*|soar\w*|surg\w*|went|gone"
    r"|chang\w*|updat\w*|up|down|mov\w*|bring\w*|brought|push\w*|took|tak\w*|lift\w*)(?:\s+\S+){0,3}\s+$",
    re.IGNORECASE,
)
_VOTE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:vot\w*|won|wins?|winning|lost|los(?:e|es|ing)|beat(?:s|en|ing)?|defeat\w*|dr[ae]w\w*"
    r"|tied|scor\w*|margin|tally|final)(?:\s+\S+){0,3}\s+$",
    re.IGNORECASE,
)
_VOTE_AFTER_RE = re.compile(
    r"\s*(?:vote|votes|victory|win|defeat|loss|draw|decision|majority|ruling|verdict|in\s+favou?r|scoreline)\b",
    re.IGNORECASE,
)
_YEAR_BEFORE_RE = re.compile(
    r"(?<!\w)(?:in|since|during|by|until|till|before|after|from|of|through|year|early|late|mid|mid-"
    r"|spring|summer|autumn|fall|winter|circa|and|to|between)\s*-?\s*$",
    re.IGNORECASE,
)
_YEAR_AFTER_RE = re.compile(r"\s*(?:$|[^\w\s%$€£]|(?:elections?|census|invasion|war|season|budget)\b)")
# "the 1999 earthquake", "the 2013 Kumbh stampede": a year naming a past event, never its toll. A
# determiner before and an event's noun after (a name of two words at most between) are both needed: "2000
# flood victims" and "the 2000 wounded" are counts.
_DETERMINER_BEFORE_RE = re.compile(r"(?<!\w)(?:the|a|an|its|this|that|their)\s+$", re.IGNORECASE)
# (case ignored but for the name's capitals: scoped flags, as the pattern is also used inside others)
EVENT_NOUN_AFTER = (
    r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?i:earthquakes?|quakes?|tsunamis?|floods?|flooding|fires?|wildfires?|bushfires?"
    r"|outbreaks?|epidemics?|pandemics?|stampedes?|explosions?|blasts?|bombings?|attacks?|crash(?:es)?"
    r"|disasters?|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:es)?|eruptions?|landslides?|mudslides?"
    r"|avalanches?|heatwaves?|droughts?|famines?|collapses?|sinking|shootings?|massacres?|genocide|riots?"
    r"|conflicts?|uprisings?|revolutions?|coups?|sieges?|offensives?|talks|summits?|agreements?|accords?"
    r"|ceasefires?|truces?|deals?|treaty|treaties|crisis|tragedy|incidents?|games|olympics|tournaments?)\b"
)
_EVENT_NOUN_AFTER_RE = re.compile(EVENT_NOUN_AFTER)


_QUALIFIER_GROUPS: tuple[tuple[str, Qualifier], ...] = (
    ("least", "at_least"),
    ("most", "at_most"),
    ("approx", "approx"),
)


def _set_qualifier(a: Atom, m: re.Match[str]) -> None:
    """The qualifier a _PREFIX_RE or _SUFFIX_RE match names; "equal to" names none (still exact)."""
    for group, qualifier in _QUALIFIER_GROUPS:
        if m.group(group):
            a.qualifier = qualifier
            return


def _is_yearish(a: Atom) -> bool:
    v = a.value
    return a.plain_int and a.kind in ("number", "year") and isinstance(v, int) and 1800 <= v <= 2100


class _Context:
    """The steps of :func:`classify`, in order, over one text's atoms."""

    def __init__(self, text: str, atoms: list[Atom]) -> None:
        self.text = text
        self.atoms = atoms

    def run(self) -> list[Atom]:
        self.merge_paren_and_over()
        for a in self.atoms:
            attach_unit(self.text, a)
        self.years()
        self.pairs()
        for a in self.atoms:
            self.qualify(a)
        self.join_bounds()
        return self.atoms

    def merge_paren_and_over(self) -> None:
        out: list[Atom] = []
        text = self.text
        for a in self.atoms:
            if out:
                p = out[-1]
                gap = text[p.end : a.start]
                if (
                    re.fullmatch(r"\s*\(\s*", gap)
                    and p.value == a.value
                    and re.match(r"\s*\)", text[a.end :])
                    and p.form == a.form == "cardinal"
                ):
                    p.end = a.end + text[a.end :].index(")") + 1
                    continue
                if (
                    re.fullmatch(r"\s+over\s+", gap, re.IGNORECASE)
                    and p.form == a.form == "cardinal"
                    and p.value is not None
                    and a.value
                    and not re.match(r"\s*[^\W\d_]", text[a.end :])
                ):
                    p.value, p.end, p.form, p.plain_int = p.value / a.value, a.end, "fraction", False
                    continue
            out.append(a)
        self.atoms = out

    def years(self) -> None:
        text = self.text
        for a in self.atoms:
            if not _is_yearish(a):
                continue
            if self._names_an_event(a):
                a.kind = "year"  # "surpassed the 2018 Camp Fire": a comparison word before names no count
                continue
            if _PREFIX_RE.search(text, max(0, a.start - 40), a.start):
                continue
            before = _YEAR_BEFORE_RE.search(text, max(0, a.start - 12), a.start)
            after = _YEAR_AFTER_RE.match(text, a.end)
            if before or after or self._names_an_event(a):
                a.kind = "year"

    def _names_an_event(self, a: Atom) -> bool:
        return (
            _DETERMINER_BEFORE_RE.search(self.text, max(0, a.start - 8), a.start) is not None
            and _EVENT_NOUN_AFTER_RE.match(self.text, a.end) is not None
        )

    def pairs(self) -> None:
        """Ranges ("7,000 to 15,000", "between 300 and 400") and scores ("voted 141-5")."""
        text = self.text
        out: list[Atom] = []
        i = 0
        atoms = self.atoms
        while i < len(atoms):
            a = atoms[i]
            b = atoms[i + 1] if i + 1 < len(atoms) else None
            merged = self._pair(a, b, text) if b is not None else None
            if merged is not None:
                out.append(merged)
                i += 2
            else:
                out.append(a)
                i += 1
        self.atoms = out

    def _pair(self, a: Atom, b: Atom, text: str) -> Atom | None:
        if a.value is None or b.value is None or a.form == "code" or b.form == "code":
            return None
        if a.form == "vague" or b.form == "vague":
            return None
        gap = text[a.end : b.start]
        if len(gap) > 12:
            return None
        ordinal = a.form == b.form == "ordinal"
        if (a.form == "ordinal") != (b.form == "ordinal"):
            return None
        if a.kind not in ("number", "year") and a.kind != b.kind:
            return None
        between = _BETWEEN_RE.search(text, max(0, a.start - 30), a.start)
        frm = _FROM_RE.search(text, max(0, a.start - 10), a.start)
        dash = re.fullmatch(r"\s*[-–—:]\s*", gap) is not None
        digits = a.lit and b.lit and a.t0 == a.t1 and b.t0 == b.t1 and a.form == b.form == "cardinal"
        if dash and digits and isinstance(a.value, int) and isinstance(b.value, int):
            if _is_yearish(a) and re.fullmatch(r"\d{2}|\d{4}", text[b.start : b.end]):
                end_year = b.value if b.value > 100 else a.value // 100 * 100 + b.value
                if end_year > a.value:
                    return self._merged(a, b, a.value, end_year, "year")
            score = (
                a.value >= b.value
                or _VOTE_BEFORE_RE.search(text, max(0, a.start - 40), a.start)
                or _VOTE_AFTER_RE.match(text, b.end)
                or ":" in gap
            )
            if score and b.kind == "number":
                m = Atom(a.start, b.end, None, "score", a.t0, b.t1, kind="score")
                return m
        if _SUSPENDED_RE.fullmatch(gap) and b.kind == "measure" and a.kind == "number":
            # "a 20- to 30-metre-long boat": the first figure is the same measure, not a count
            lo, hi = sorted((a.value, b.value))
            return self._merged(a, b, lo, hi, None)
        if between and _AND_GAP_RE.fullmatch(gap):
            lo, hi = sorted((a.value, b.value))
            return self._merged(a, b, lo, hi, None, start=between.start())
        if _VOTE_BEFORE_RE.search(text, max(0, a.start - 40), a.start) and _TO_GAP_RE.fullmatch(gap):
            return Atom(a.start, b.end, None, "score", a.t0, b.t1, kind="score")
        if frm and _TO_GAP_RE.fullmatch(gap):
            if _CHANGE_RE.search(text, max(0, frm.start() - 40), frm.start()) or a.value >= b.value:
                return None
            return self._merged(a, b, a.value, b.value, None, start=frm.start())
        if _RANGE_GAP_RE.fullmatch(gap) and not ordinal:
            if a.value >= b.value or _CHANGE_RE.search(text, max(0, a.start - 40), a.start):
                return None
            if "or" in gap.lower() and (a.form != "cardinal" or b.form != "cardinal"):
                return None
            if re.fullmatch(r"\s*[-–—~]\s*", gap) and not (a.lit and b.lit):
                return None
            if a.kind == "year" and b.kind == "year":
                return self._merged(a, b, a.value, b.value, "year")
            return self._merged(a, b, a.value, b.value, None)
        return None

    def _merged(
        self, a: Atom, b: Atom, lo: Num, hi: Num, kind: NumberKind | None, start: int | None = None
    ) -> Atom:
        m = Atom(start if start is not None else a.start, b.end, None, "range", a.t0, b.t1)
        m.low, m.high, m.qualifier = lo, hi, "range"
        if kind:
            m.kind = kind
        elif a.kind == b.kind == "year":
            m.kind = "year"
        elif a.form == "ordinal":
            m.kind = "ordinal"
        elif b.kind in ("percent", "measure") or a.kind in ("percent", "measure"):
            m.kind = b.kind if b.kind in ("percent", "measure") else a.kind
            m.unit = b.unit or a.unit
        else:
            m.kind = "range"
            m.unit = a.unit or b.unit
        return m

    def qualify(self, a: Atom) -> None:
        if a.form in ("range", "score", "year", "code", "slash_date") or a.kind in ("year", "date"):
            if a.form == "range" and a.kind != "year":
                m = _PREFIX_RE.search(self.text, max(0, a.start - 40), a.start)
                if m and m.group("approx"):
                    a.start = m.start()
            return
        text = self.text
        m = _PREFIX_RE.search(text, max(0, a.start - 40), a.start)
        if m and (a.form == "ordinal" or not re.search(r"\bthe\s*$", m.group(), re.IGNORECASE)):
            _set_qualifier(a, m)
            a.start = m.start()
        s = _SUFFIX_RE.match(text, a.end)
        if s and a.qualifier in ("exact", "approx"):
            _set_qualifier(a, s)
            a.end = s.end()
            than = re.search(r"\s+than$", text[a.start : a.end])
            if than and re.match(r"\s*\w", text[a.end :]):
                a.end -= len(than.group())
        elif s and s.group("equal"):
            a.end = s.end()

    def join_bounds(self) -> None:
        """Join an at-least and an at-most: "more than 10 and less than 20" -> [10, 20]."""
        out: list[Atom] = []
        for a in self.atoms:
            if out:
                p = out[-1]
                quals = {p.qualifier, a.qualifier}
                if quals == {"at_least", "at_most"} and _PAIR_GAP_RE.fullmatch(self.text[p.end : a.start]):
                    lo_atom, hi_atom = (p, a) if p.qualifier == "at_least" else (a, p)
                    if (
                        lo_atom.value is not None
                        and hi_atom.value is not None
                        and lo_atom.value <= hi_atom.value
                        and (p.form == "ordinal") == (a.form == "ordinal")
                    ):
                        m = self._merged(p, a, lo_atom.value, hi_atom.value, None)
                        out[-1] = m
                        continue
            out.append(a)
        self.atoms = out


def classify(text: str, atoms: list[Atom]) -> list[Atom]:
    """The atoms of `text` with kind, qualifier, unit and interval set; ranges and scores merged."""
    return _Context(text, atoms).run()
