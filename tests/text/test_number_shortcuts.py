"""The number parser's shortcuts give what the paths they stand in for give.

The hints in front of the date, time and code regexes never turn away a text the regex would match;
the tokenizer's path for a text with no barriers gives the general path's tokens; the cached word
splitter gives what it computes.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from discrep.text import number_words, numbers
from discrep.text.number_tokens import tokenize
from tests.corpus_sentences import corpus_sentences

ROOT = Path(__file__).resolve().parents[2]
PIECES = [
    *("Jan", "January", "Feb.", "March", "May", "Sept", "Dec", "jan", "MAY", "of", "the", "on"),
    *("1", "3", "12", "24", "2022", "1,502", "10:30", "7", "a.m.", "pm", "P.M.", "o'clock", "o’clock"),
    *("GMT", "UTC", "local time", "-", "–", "/", ".", ",", ":", "+", "^", "x10^", "e5", "½", "T-72"),
    *(" ", " ", " ", "  ", "\u00a0", "\n", "A", "p", "M", "th", "st", "2nd", "one", "hundred"),
]


def _texts() -> list[str]:
    texts = list(corpus_sentences())
    rng = random.Random(17)
    for _ in range(4000):
        texts.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))))
    return texts


TEXTS = _texts()


def _hints_hold(text: str) -> None:
    separated = numbers._DIGIT_SEP_DIGIT.search(text) is not None
    if numbers._DATE_RE.search(text):
        assert separated or numbers._MONTH_START.search(text), text
    if numbers._TIME_RE.search(text):
        assert numbers._TIME_HINT.search(text), text
    if numbers._CHAIN_RE.search(text):
        assert separated, text


def test_a_text_without_the_hint_has_no_date_time_or_code() -> None:
    matched = 0
    for text in TEXTS:
        _hints_hold(text)
        matched += bool(numbers._DATE_RE.search(text) or numbers._TIME_RE.search(text))
    assert matched > 100  # the texts do exercise the regexes


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_the_hints_hold_on_generated_text(text: str) -> None:
    _hints_hold(text)


def _general_path(text: str) -> list[object]:
    # a barrier beyond the end of the text takes the general path and blocks nothing
    return list(tokenize(text, [(len(text) + 1, len(text) + 1)]))


def test_tokens_without_barriers_are_the_general_paths_tokens() -> None:
    for text in TEXTS:
        assert tokenize(text, []) == _general_path(text), text


@given(st.text(max_size=40))
def test_tokens_without_barriers_on_any_text(text: str) -> None:
    assert tokenize(text, []) == _general_path(text)


@given(st.sampled_from([*number_words.VOCAB, "twentyfirst", "ninetynine", "fortyfour", "tanks", "Twenty"]))
def test_the_cached_word_splitter_computes_as_before(word: str) -> None:
    assert number_words.split_word(word) == number_words.split_word.__wrapped__(word)


@given(st.text(alphabet="0123456789.,^eE+-x\u00a0 ½", min_size=1, max_size=12))
def test_the_cached_literal_reader_computes_as_before(literal: str) -> None:
    from discrep.text.number_tokens import _TOKEN_RE, lit_value

    token = _TOKEN_RE.match(literal)
    assume(token is not None and token.lastgroup == "lit")
    literal = token.group()  # what the tokenizer hands over
    expected = lit_value.__wrapped__(literal)
    got = lit_value(literal)
    assert got == expected or (got != got and expected != expected)  # NaN is never equal to itself
    assert type(got) is type(expected)
