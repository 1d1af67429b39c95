"""Whether a sentence can hold a count at all: the cheap test before the number parser reads it.

Most sentences of a news corpus count nothing; the number grammar is the costliest reader, so a
sentence with no digit, no vulgar fraction and no number word is never handed to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discrep.text.words import words_of

_LETTERS = re.compile(r"[^\W\d_]+")

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


@lru_cache(maxsize=1)
def _number_signs() -> tuple[re.Pattern[str], frozenset[str]]:
    from discrep.text.number_tokens import VULGAR
    from discrep.text.number_words import VOCAB

    connectors = {"a", "an", "and", "of", "point", "negative", "minus"}
    return re.compile(r"[\d" + VULGAR + "\u0130]"), VOCAB - connectors


def may_count(sentence: str) -> bool:
    """False when the sentence cannot hold a count, so the number parser need not read it.

    A count needs a digit, a vulgar fraction or a number word ("five", "dozens", "twentyone"):
    a word the number parser's tokens would read as one (number_words.split_word), connectors such
    as "a" and "and" aside, which start nothing alone. (U+0130 lowercases to two characters: such
    a sentence is always read.) The words are those of words_of, which the lexicons read next: with
    no digit in the sentence, its words are the runs of letters, unless an underscore joins two or
    the text holds an odd case fold, when the sentence is lowered and cut here.
    """
    signs, words = _number_signs()
    if signs.search(sentence):
        return True
    read = words_of(sentence)
    if read is None or "_" in sentence:
        return any(w in words or w.startswith(_TENS) for w in _LETTERS.findall(sentence.lower()))
    return not words.isdisjoint(read.whole) or any(w.startswith(_TENS) for w in read.whole)
