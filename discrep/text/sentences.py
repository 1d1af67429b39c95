"""Split article text into sentences, keeping character offsets.

Paragraph breaks (a blank line, or a single newline in plain-text articles where every paragraph is
one line) are hard boundaries: a headline never runs into the first sentence. Inside a paragraph,
pysbd does the work, because abbreviations such as "U.N.", "Feb." and "a.m." defeat a naive split.

pysbd is slow (it runs dozens of regexes per call, and thrashes the `re` module's cache), so a line
of plain prose is split here without it when every rule pysbd has would agree: only letters,
digits, spaces and `,;:%$€£/'’-—–`, no single quote opening a word, no `..` or `--`, double
quotes and brackets only around spans without a full stop (_plain_spans), and every full stop
either inside capitals' initials before a lower-case word ("the U.N. office") or ending a word of
two or more letters that is no abbreviation pysbd knows, or a figure of three digits or more
("rose to 121.", "1,300."), and followed by a space and a capital letter or a digit (pysbd reads a
number as a reference only right after the full stop), or by the end of the line. (pysbd's only
other rules about a word before a full stop are its list rules, which take one or two digits or a
lower-case single letter before a full stop, or a word in brackets: "Lviv." and "mix." end
sentences although their letters are roman numerals.) Anything else (a quote holding a full stop,
`?`, `!`, "U.N." before a capital, "1.5", "Feb.", "August 15.") goes to pysbd. In real news
almost three lines in four are plain (half were, before quotes and brackets were read here; 68%
before figures were). The tests compare both on every line of the test corpora and on generated
lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pysbd

_LINE_BREAK = re.compile(r"\n")
_PLAIN_LINE = re.compile(r"(?:[^\W_]|[ ,;:%$€£/'’.\-\"“”()—–])*")
# a character _PLAIN_LINE does not take: one scan of a character set, not an alternation per character
_NOT_PLAIN = re.compile(r"[^\w ,;:%$€£/'’.\-\"“”()—–]|_")
_QUOTE_OR_BRACKET = frozenset('"“”()')
# a quoted or bracketed span holding no other quote or bracket: its full stops are pysbd's to judge
_SPAN = re.compile(r"\"[^\"“”()]*\"|“[^\"“”()]*”|\([^\"“”()]*\)")
# what pysbd reads as a list item ("(a)", "(iv)", "(2)"), an empty pair, or one span right after another
_ODD_SPANS = re.compile(r"\(\s*(?:[a-zA-Z]|[ivxlcdmIVXLCDM]+|\d{1,3})?\s*\)|\"\"|“”|[\"”)]\s+[\"“(]")
_AWKWARD = re.compile(r"\.\.|--|(?:^|\s)['’]")
_QUOTE_OPENS = re.compile(r"(?:^|\s)['’]")
# a full stop that ends a sentence for certain: after a whole word of letters, before " A" or the end
_FULL_STOP = re.compile(r"(?<!\S)([^\W\d_]{2,}|[0-9]{3,}|[0-9]{1,3}(?:,[0-9]{3})+)\.(?= [A-Z0-9]|\s*$)")
_LETTERS = re.compile(r"[^\W\d_]+")
# a figure of three digits or more ("121", "1,300", "2024"): pysbd reads one or two digits before a
# full stop as a list item's number ("2. Talks"), never more
_FIGURE = re.compile(r"[0-9]{3,}|[0-9]{1,3}(?:,[0-9]{3})+")
_STOP_FOLLOWS = re.compile(r" [A-Z0-9]|\s*$")
_INITIALS = re.compile(r"(?<!\S)(?:[A-Z]\.){2,}(?= [a-z])")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (line block) the sentence is in


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    import pysbd  # on first use: most lines never need it

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    from pysbd.lang.english import English

    abbr = English.Abbreviation
    return frozenset(
        w.lower() for w in (*abbr.ABBREVIATIONS, *abbr.PREPOSITIVE_ABBREVIATIONS, *abbr.NUMBER_ABBREVIATIONS)
    )


def plain_split(line: str) -> list[str] | None:
    """The pieces pysbd would cut a plain line into, or None when the line is not plain enough to tell."""
    periods = line.count(".")
    if _NOT_PLAIN.search(line) or _awkward(line):
        return None
    if not _QUOTE_OR_BRACKET.isdisjoint(line) and not _plain_spans(line):
        return None
    if not periods:
        return [line]
    stops = _full_stops(line)
    if len(stops) != periods and len(stops) != periods - _initials_periods(line):
        return None
    abbreviations = _abbreviations()
    pieces = []
    start = 0
    for word, end in stops:
        if word.lower() in abbreviations:
            return None
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return pieces


def _plain_spans(line: str) -> bool:
    """Quotes and brackets that leave pysbd's splitting as it is without them: each opened one
    closed, none inside another, none holding a full stop (pysbd keeps a quoted sentence whole), no
    line opening with one (pysbd makes it a sentence of its own), no list item ("(a)", "(2)"), no
    empty pair, and no span right after another (pysbd cuts between them)."""
    if line.lstrip()[:1] in _QUOTE_OR_BRACKET or line.count('"') % 2 or _ODD_SPANS.search(line):
        return False
    rest = _SPAN.sub(lambda m: "" if "." not in m.group() else "\x00", line)
    return _QUOTE_OR_BRACKET.isdisjoint(rest) and "\x00" not in rest


def _full_stops(line: str) -> list[tuple[str, int]]:
    """_FULL_STOP's matches in a plain line, as (word, end), read back from each full stop: a plain
    line's only white space is the space, so the word is what lies between the last one and the stop.
    (A regex tries every position of the line; a line holds a few full stops.)"""
    found = []
    at = line.find(".")
    while at >= 0:
        word = line[line.rfind(" ", 0, at) + 1 : at]
        if ((len(word) >= 2 and _LETTERS.fullmatch(word)) or _FIGURE.fullmatch(word)) and _STOP_FOLLOWS.match(
            line, at + 1
        ):
            found.append((word, at + 1))
        at = line.find(".", at + 1)
    return found


def _awkward(line: str) -> bool:
    """_AWKWARD.search(line), asked of the regex only when the line holds a quote (few do)."""
    return (
        ".." in line
        or "--" in line
        or (("'" in line or "’" in line) and _QUOTE_OPENS.search(line) is not None)
    )


def _initials_periods(line: str) -> int:
    """The full stops of capitals' initials before a lower-case word ("the U.N. office"), none of which
    ends a sentence for pysbd. (Its list rules read a lower-case letter before a full stop: these are
    capitals, and every other full stop of a plain line follows a word of two letters or more.)"""
    return sum(len(m.group()) // 2 for m in _INITIALS.finditer(line))


# "as of 2 p.m. Tuesday, 91 were in Suzu": pysbd ends a sentence at "p.m." before any capital; a
# day's name right after an hour goes on with the hour ("at 4 p.m. Rescuers ..." still ends there)
_HOUR_END = re.compile(r"\d\s*[ap]\.m\.\s*$")
_DAY_NEXT = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def segment(line: str) -> list[str]:
    """Sentences of one line as pysbd returns them (whitespace around each piece aside), an hour
    kept with the day's name after it."""
    pieces = plain_split(line)
    if pieces is not None:
        return pieces
    pieces = pysbd_segment(line)
    if len(pieces) > 1 and ".m." in line:
        joined = [pieces[0]]
        for piece in pieces[1:]:
            if _HOUR_END.search(joined[-1]) and _DAY_NEXT.match(piece):
                joined[-1] += piece
            else:
                joined.append(piece)
        return joined
    return pieces


def pysbd_segment(line: str) -> list[str]:
    """What `Segmenter(clean=False).segment(line)` returns, at about half the cost.

    pysbd finds each sentence it made back in the line with a regex built from the sentence
    and the white space after it: one new pattern per sentence, which also evicts the patterns
    of the `re` cache. The same search with str.find: the first occurrence, with the white space
    after it, that ends beyond the previous one; occurrences taken in turn without overlapping, as
    finditer takes them. An empty sentence (never seen) goes to pysbd itself.
    """
    segmenter = _segmenter()
    if not line:
        return []
    found: list[str] = []
    prior_end = 0
    for sentence in segmenter.processor(line).process():
        if not sentence:
            return list(segmenter.segment(line))
        at = line.find(sentence)
        while at >= 0:
            end = at + len(sentence)
            while end < len(line) and line[end].isspace():  # \s* is str.isspace for str patterns
                end += 1
            if end > prior_end:
                found.append(line[at:end])
                prior_end = end
                break
            at = line.find(sentence, end)
    return found


_LONG_LINE = 5_000  # characters of one line handed to pysbd at a time


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; text[s.start:s.end] == s.text, stripped of outer whitespace."""
    sentences: list[Sentence] = []
    paragraph = 0
    line_start = 0
    for line_end in [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]:
        line = text[line_start:line_end]
        if line.strip():
            for chunk_start, chunk in _chunks(line):
                cursor = 0
                for piece in segment(chunk):
                    piece_text = piece.strip()
                    if not piece_text:
                        continue
                    # pysbd returns strings; find each in order so offsets stay exact
                    found = chunk.find(piece_text, cursor)
                    if found < 0:
                        continue
                    cursor = found + len(piece_text)
                    offset = line_start + chunk_start
                    sentences.append(Sentence(offset + found, offset + cursor, piece_text, paragraph))
            paragraph += 1
        line_start = line_end + 1
    return sentences


def _chunks(line: str) -> list[tuple[int, str]]:
    """A very long line cut after ". " into pieces of a few thousand characters.

    pysbd's time grows about fourfold each time a line doubles: a scraped page with no line
    breaks (1 MB on one line) would take hours. Lines of ordinary length pass through whole, so
    their sentences are exactly pysbd's.
    """
    if len(line) <= _LONG_LINE:
        return [(0, line)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(line) - start > _LONG_LINE:
        cut = line.rfind(". ", start, start + _LONG_LINE)
        end = cut + 2 if cut > start else start + _LONG_LINE
        pieces.append((start, line[start:end]))
        start = end
    pieces.append((start, line[start:]))
    return pieces
