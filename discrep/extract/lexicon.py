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

from rapidfuzz import fuzz, process

_VARIANTS = (
    (re.compile(r"ou?r(?=ed\b|s?\b|ing\b)"), "ou?r"),  # armour/armor, harbour
    (re.compile(r"en[cs]e\b"), "en[cs]e"),  # defence/defense, licence
    (re.compile(r"i[sz](?=e|ed|es|ing|ation)"), "i[sz]"),  # hospitalised/hospitalized
    (re.compile(r"(?<=cent)re\b|(?<=cent)er\b"), "(?:re|er)"),
)


def alias_pattern(alias: str) -> str:
    """A regex source for one alias, tolerant of spelling variants and spacing."""
    words = re.split(r"[\s\-]+", alias.strip())
    parts = []
    for word in words:
        escaped = re.escape(word.lower())
        for pattern, replacement in _VARIANTS:
            escaped = pattern.sub(replacement, escaped)
        parts.append(escaped)
    body = r"[\s\-]+".join(parts)
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


class Lexicon:
    """All aliases of one family (say metrics), compiled into a single regex."""

    def __init__(self, entries: Mapping[str, Iterable[str]], *, case_sensitive: bool = False) -> None:
        self._alias_key: dict[str, str] = {}
        sources: list[tuple[str, str]] = []
        for key, aliases in entries.items():
            for alias in aliases:
                self._alias_key[alias.lower()] = key
                sources.append((alias, key))
        # longest first, so the regex alternation prefers "tanks and other armoured vehicles" over "tanks"
        sources.sort(key=lambda item: -len(item[0]))
        self._groups: list[str] = []
        pieces = []
        for index, (alias, key) in enumerate(sources):
            self._groups.append(key)
            pieces.append(f"(?P<a{index}>{alias_pattern(alias)})")
        flags = 0 if case_sensitive else re.IGNORECASE
        self._regex = re.compile("|".join(pieces), flags) if pieces else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Non-overlapping matches in text[start:end], leftmost-longest."""
        if self._regex is None:
            return []
        stop = len(text) if end is None else end
        found = []
        for m in self._regex.finditer(text, start, stop):
            group = m.lastgroup
            if group is None:
                continue
            found.append(Match(m.start(), m.end(), self._groups[int(group[1:])], m.group(0)))
        return found

    def fuzzy_lookup(self, phrase: str, cutoff: float = 88.0) -> str | None:
        """The key of the alias closest to a whole phrase, if it is close enough."""
        if not self._alias_key or len(phrase) < 5:
            return None
        best = process.extractOne(
            phrase.lower(), list(self._alias_key), scorer=fuzz.ratio, score_cutoff=cutoff
        )
        return self._alias_key[best[0]] if best else None
