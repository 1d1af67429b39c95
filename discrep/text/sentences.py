"""Split article text into sentences, keeping character offsets.

Paragraph breaks (a blank line, or a single newline in plain-text articles where every paragraph is
one line) are hard boundaries: a headline never runs into the first sentence. Inside a paragraph,
pysbd does the work, because abbreviations such as "U.N.", "Feb." and "a.m." defeat a naive split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

_LINE_BREAK = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (line block) the sentence is in


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; text[s.start:s.end] == s.text, stripped of outer whitespace."""
    sentences: list[Sentence] = []
    paragraph = 0
    line_start = 0
    for line_end in [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]:
        line = text[line_start:line_end]
        if line.strip():
            cursor = 0
            for piece in _segmenter().segment(line):
                piece_text = piece.strip()
                if not piece_text:
                    continue
                # pysbd returns strings; find each in order so offsets stay exact
                found = line.find(piece_text, cursor)
                if found < 0:
                    continue
                cursor = found + len(piece_text)
                sentences.append(Sentence(line_start + found, line_start + cursor, piece_text, paragraph))
            paragraph += 1
        line_start = line_end + 1
    return sentences
