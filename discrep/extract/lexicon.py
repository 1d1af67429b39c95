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
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from discrep.text.words import Words, words_of

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


@lru_cache(maxsize=4096)
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


_WORD_CHAR = re.compile(r"\w")
_ASCII_LEAD = re.compile(r"[a-z0-9]*")
_PREFIX_MAX = 3


class _Gate:
    """What any match of a lexicon's regex needs among the words of the text.

    A match starts where a word starts (the regex opens with a lookbehind for no word character),
    so the text's word there begins with the alias's first word. Where that first word is spelled
    one way, the text's word equals it exactly (it ends where the alias's first word does: a space,
    hyphen, dot, apostrophe or the end of the alias follows); where a spelling variant is allowed
    ("armou?red", "conferen[cs]e") or a letter is not ASCII ("Türkiye"), it equals one of the
    spellings the first word's pattern allows ("armoured", "armored"), all of them kept. Only the
    gate is used on the lowercased text, which the lowered regex matches letter for letter. Should
    a pattern allow spellings beyond a few (none does), the text's word at least begins with the
    letters before the first choice, of which up to three are kept. A text none of whose words fits
    any alias has no match, and is not scanned. A range that ends inside a word (not at its start)
    is always scanned (Lexicon.find).
    """

    def __init__(self, aliases: Iterable[str]) -> None:
        exact: set[str] = set()
        prefixes: list[set[str]] = [set() for _ in range(_PREFIX_MAX + 1)]
        self.always = False  # an alias that opens with no plain letter: every text is scanned
        for alias in aliases:
            words = re.split(r"[\s\-]+", alias.strip().lower())
            inner = _rare_inner_word(words)
            if inner is not None:
                exact.add(inner)
                continue
            first = words[0]
            lead = re.match(r"\w*", first)
            head = lead.group() if lead else ""
            if head and head.isascii() and alias_pattern(first, bounded=False) == re.escape(first):
                exact.add(head)
                continue
            pattern = alias_pattern(first, bounded=False)
            # a prefix such as "con" (of "conferen[cs]e") lets through a sixth of all sentences
            heads = {_head(spelling) for spelling in _spellings(pattern) or ()}
            if heads and "" not in heads:
                exact |= heads
                continue
            letters = _ASCII_LEAD.match(pattern)
            known = letters.group() if letters else ""
            if pattern[len(known) : len(known) + 1] in ("?", "*", "{"):
                known = known[:-1]  # "tou?r": the u may be missing
            known = known[:_PREFIX_MAX]
            if not known:
                self.always = True
                continue
            prefixes[len(known)].add(known)
        self.exact = frozenset(exact)
        self.prefixes = tuple((size, frozenset(p)) for size, p in enumerate(prefixes) if p)

    def may_match(self, words: Words) -> bool:
        if self.always or not words.whole.isdisjoint(self.exact):
            return True
        # a loop, not any(): no generator to build for one or two sizes, on every sentence
        for size, wanted in self.prefixes:  # noqa: SIM110
            if not words.prefixes(size).isdisjoint(wanted):
                return True
        return False


# words too common to gate on: "will be signed in" is let through by "signed", not by "will"
_COMMON_FIRST_WORDS = frozenset(
    (
        "a", "an", "the", "be", "been", "being", "to", "was", "were", "will", "would", "is", "are", "am",
        "of", "in", "on", "at", "and", "or", "for", "by", "with", "has", "have", "had", "it", "its", "as",
        "from", "that", "this",
    )
)  # fmt: skip


def _rare_inner_word(words: list[str]) -> str | None:
    """For an alias that opens with a common word, a later word every match of it holds whole: a
    plain ASCII word with one spelling, not the last (whose pattern may take an ending)."""
    if len(words) < 3 or words[0] not in _COMMON_FIRST_WORDS:
        return None
    for word in words[1:-1]:
        if (
            word not in _COMMON_FIRST_WORDS
            and re.fullmatch(r"[a-z]+", word)
            and alias_pattern(word, bounded=False) == re.escape(word)
        ):
            return word
    return None


_WORD_HEAD = re.compile(r"\w*")
_SPELLINGS_MAX = 16


def _head(text: str) -> str:
    """The word characters `text` opens with."""
    found = _WORD_HEAD.match(text)
    return found.group() if found else ""


def _spellings(pattern: str) -> set[str] | None:
    """Every string a pattern of letters, classes of letters, optional letters and alternatives
    matches ("armou?red": armoured, armored), or None for any other pattern or too many strings."""
    try:
        items = sre_parse.parse(pattern)
    except re.error:
        return None
    return _spelled(list(items))


def _spelled(items: list[tuple[Any, Any]]) -> set[str] | None:
    found = {""}
    for op, arg in items:
        options: set[str] | None
        if op is sre.LITERAL:
            options = {chr(arg)}
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
            options = {chr(code) for _, code in arg}
        elif op is sre.MAX_REPEAT and arg[0] in (0, 1) and arg[1] == 1:
            options = _spelled(list(arg[2]))
            if options is not None and arg[0] == 0:
                options.add("")
        elif op is sre.BRANCH:
            options = set()
            for branch in arg[1]:
                spelled = _spelled(list(branch))
                if spelled is None:
                    return None
                options |= spelled
        elif op is sre.SUBPATTERN and not arg[1] and not arg[2]:
            options = _spelled(list(arg[3]))
        else:
            return None
        if options is None:
            return None
        found = {done + option for done in found for option in options}
        if len(found) > _SPELLINGS_MAX:
            return None
    return found


def _by_first_character(patterns: list[str]) -> str | None:
    """The alternation of `patterns` with those that open with the same character grouped under it.

    At each word start the regex engine tries every alternative in turn; grouped, it tries the
    groups (a few dozen first letters), then only the alternatives that can match there, in their
    order: the same first match, at a fraction of the cost. None when a pattern opens with anything
    but one plain character (a class, a group, an optional letter), where grouping could change it.
    """
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        size = 2 if pattern.startswith("\\") else 1
        if not _opens_with_literal(pattern, size):
            return None
        groups.setdefault(pattern[:size], []).append(pattern[size:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_SPECIAL = frozenset(".^$*+?[\\|()")  # "]" and "}" alone are plain characters


def _opens_with_literal(pattern: str, size: int) -> bool:
    """Whether the regex's first item is its first character, taken literally ("a", "\\-"); the
    parser decides the cases it alone can tell ("a{2}", "ab|ac"), the rest are read off the text:
    parsing each of thousands of aliases cost a fifth of the grammar's compile time."""
    if not pattern:
        return False
    lead, after = pattern[size - 1], pattern[size : size + 1]
    if "|" in pattern or "{" in (lead, after) or (size == 2 and (lead.isalnum() or lead == "_")):
        try:
            items = sre_parse.parse(pattern)
        except re.error:
            return False
        return bool(items.data) and items.data[0] == (sre.LITERAL, ord(lead))
    if size == 1 and lead in _SPECIAL:
        return False
    return after not in ("?", "*", "+")


class Lexicon:
    """All aliases of one family (say metrics), compiled into a single regex.

    The regex has no groups: a match is looked up by its folded spelling, which keeps one scan of
    the text cheap even with hundreds of aliases. Most sentences name no alias at all: a gate on
    their words (see _Gate) spares them the scan.
    """

    def __init__(self, entries: Mapping[str, Iterable[str]], *, case_sensitive: bool = False) -> None:
        self._alias_key: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self._fuzzy_known: dict[tuple[str, float], str | None] = {}
        aliases: list[str] = []
        for key, names in entries.items():
            for alias in names:
                self._alias_key[alias.lower()] = key
                self._folded.setdefault(fold(alias), key)
                aliases.append(alias)
        # longest first, so the alternation prefers "tanks and other armoured vehicles" over "tanks"
        aliases.sort(key=lambda a: (-len(a), a))
        body = "|".join(alias_pattern(a, bounded=False) for a in aliases)
        self._source = rf"(?<!\w)(?:{body})(?!\w)" if aliases else None
        self._flags = 0 if case_sensitive else re.IGNORECASE
        # compiled when first needed: a lexicon that ignores case scans the lowercased text (below),
        # unless lowering a text moves its letters ("İ" lowers to two characters), which few do
        self._regex: re.Pattern[str] | None = None
        self._gate = _Gate(aliases) if not case_sensitive else None
        self.aliases = tuple(aliases)
        # alias_pattern writes its patterns in lower case: the same regex without IGNORECASE finds
        # the same spans in the lowercased text, several times faster (see text/caseless.py)
        grouped = _by_first_character([alias_pattern(a, bounded=False) for a in aliases]) or body
        self._lowered_regex = (
            re.compile(rf"(?<!\w)(?:{grouped})(?!\w)") if aliases and not case_sensitive else None
        )

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Non-overlapping matches in text[start:end], leftmost-longest."""
        if self._source is None:
            return []
        stop = len(text) if end is None else end
        gate = self._gate
        words = words_of(text) if gate is not None else None
        # a match ending at `stop` inside a word would end a text's word early: no gate there. A
        # range that ends where a word starts ("talks" before a place, in events._anchored) cuts no
        # word: a match ending there ends in the non-word character before it
        at_word_end = (
            stop >= len(text)
            or not _WORD_CHAR.match(text, stop)
            or stop == 0
            or not _WORD_CHAR.match(text, stop - 1)
        )
        if gate is not None and words is not None and at_word_end and not gate.may_match(words):
            return []
        found = []
        if words is not None and self._lowered_regex is not None:
            for m in self._lowered_regex.finditer(words.lowered, start, stop):
                key = self._folded.get(fold(m.group(0)))
                if key is not None:
                    found.append(Match(m.start(), m.end(), key, text[m.start() : m.end()]))
            return found
        if self._regex is None:
            self._regex = re.compile(self._source, self._flags)
        for m in self._regex.finditer(text, start, stop):
            key = self._folded.get(fold(m.group(0)))
            if key is not None:
                found.append(Match(m.start(), m.end(), key, m.group(0)))
        return found

    def fuzzy_lookup(self, phrase: str, cutoff: float = 88.0) -> str | None:
        """The key of the alias closest to a whole phrase, if it is close enough."""
        if not self._alias_key or len(phrase) < 5:
            return None
        # noun phrases recur from article to article, and each lookup scores every alias
        if (phrase, cutoff) in self._fuzzy_known:
            return self._fuzzy_known[(phrase, cutoff)]
        from rapidfuzz import fuzz, process  # here: only a near miss pays for the import

        choices = list(self._alias_key)
        best = process.extractOne(phrase.lower(), choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        key = self._alias_key[best[0]] if best else None
        if len(self._fuzzy_known) >= _FUZZY_KEPT:
            self._fuzzy_known.clear()
        self._fuzzy_known[(phrase, cutoff)] = key
        return key


_FUZZY_KEPT = 4096


class AnyAlias:
    """Whether a text may name an alias of any of some lexicons: one test of its words (see _Gate)
    in front of their several finds, which each test them again. A text that passes may name none."""

    def __init__(self, *lexicons: Lexicon) -> None:
        # a case-sensitive lexicon has no gate: its finds scan every text
        self._open = any(lexicon._gate is None and lexicon.aliases for lexicon in lexicons)
        self._gate = _Gate(alias for lexicon in lexicons for alias in lexicon.aliases)

    def may_match(self, text: str) -> bool:
        """False only when no lexicon's find(text) finds anything (over the whole text)."""
        if self._open:
            return True
        words = words_of(text)
        return words is None or self._gate.may_match(words)
