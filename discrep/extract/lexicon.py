"""Find rule aliases (metrics, subjects, claimants, places) in text.

Aliases match whole words, case-insensitively, with the usual spelling variants folded (armoured and
armored, defence and defense, -ise and -ize, centre and center) and any run of spaces or hyphens
treated alike. Where two aliases overlap, the longer one wins, so "military infrastructure
facilities" is one match, not "military" plus "facilities". For multi-word noun phrases that no
alias matches exactly, `fuzzy_lookup` asks rapidfuzz for a close alias; it is used only where a
near miss cannot join two different things (metrics, not places).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_VARIANTS = (
    (re.compile(r"ou?r(?=ed\b|s?\b|ing\b)"), "ou?r"),  # armour/armor, harbour
    (re.compile(r"en[cs]e\b"), "en[cs]e"),  # defence/defense, licence
    (re.compile(r"i[sz](?=e|ed|es|ing|ation)"), "i[sz]"),  # hospitalised/hospitalized
    (re.compile(r"(?<=cent)re\b|(?<=cent)er\b"), "(?:re|er)"),
)


def alias_pattern(alias: str, *, bounded: bool = True) -> str:
    """A regex source for one alias, tolerant of spelling variants and spacing."""
    words = re.split(r"[\s\-]+", alias.strip())
    parts = []
    for word in words:
        escaped = re.escape(word.lower())
        for pattern, replacement in _VARIANTS:
            escaped = pattern.sub(replacement, escaped)
        parts.append(escaped)
    body = r"[\s\-]+".join(parts)
    if not bounded:
        return body
    # abbreviations like "U.N." end in a dot, which is not a word character
    tail = r"(?!\w)" if alias.strip()[-1:].isalnum() else ""
    head = r"(?<!\w)" if alias.strip()[:1].isalnum() else ""
    return head + body + tail


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    key: str
    text: str


def fold(text: str) -> str:
    """A spelling-neutral key: lower case, one space between words, US spelling of the variants."""
    words = re.split(r"[\s\-]+", text.strip().lower())
    key = " ".join(words)
    for pattern, canonical in _FOLDS:
        key = pattern.sub(canonical, key)
    return key


_FOLDS = (
    (re.compile(r"ou?r(?=ed\b|s?\b|ing\b)"), "or"),
    (re.compile(r"en[cs]e\b"), "ense"),
    (re.compile(r"i[sz](?=e|ed|es|ing|ation)"), "iz"),
    (re.compile(r"(?<=cent)(?:re|er)\b"), "er"),
)


class Lexicon:
    """All aliases of one family (say metrics), compiled into a single regex.

    The regex has no groups: a match is looked up by its folded spelling, which keeps one scan of
    the text cheap even with hundreds of aliases.
    """

    def __init__(self, entries: Mapping[str, Iterable[str]], *, case_sensitive: bool = False) -> None:
        self._alias_key: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        aliases: list[str] = []
        for key, names in entries.items():
            for alias in names:
                self._alias_key[alias.lower()] = key
                self._folded.setdefault(fold(alias), key)
                aliases.append(alias)
        # longest first, so the alternation prefers "tanks and other armoured vehicles" over "tanks"
        aliases.sort(key=lambda a: (-len(a), a))
        body = "|".join(alias_pattern(a, bounded=False) for a in aliases)
        flags = 0 if case_sensitive else re.IGNORECASE
        self._regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags) if aliases else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Non-overlapping matches in text[start:end], leftmost-longest."""
        if self._regex is None:
            return []
        stop = len(text) if end is None else end
        found = []
        for m in self._regex.finditer(text, start, stop):
            key = self._folded.get(fold(m.group(0)))
            if key is not None:
                found.append(Match(m.start(), m.end(), key, m.group(0)))
        return found

    def fuzzy_lookup(self, phrase: str, cutoff: float = 88.0) -> str | None:
        """The key of the alias closest to a whole phrase, if it is close enough."""
        if not self._alias_key or len(phrase) < 5:
            return None
        from rapidfuzz import fuzz, process  # here: only a near miss pays for the import

        choices = list(self._alias_key)
        best = process.extractOne(phrase.lower(), choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self._alias_key[best[0]] if best else None
