"""The lexicon's caches give what computing afresh gives, whatever order texts come in."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from discrep.extract import lexicon
from discrep.extract.lexicon import Lexicon
from discrep.text import words

ENTRIES = {
    "armour": ["armoured vehicles", "tanks"],
    "ministry": ["Defence Ministry", "Ministry of Defence"],
    "place": ["Kyiv", "Türkiye", "centre"],
}
WORDS = [
    *("the", "Armored", "vehicles", "TANKS", "defense", "ministry", "Kyiv", "TÜRKIYE"),
    *("center", "centre", "said", "ſaid", "İn", "300"),
]


def _fresh_words(text: str) -> words.Words | None:
    return words._cached_words_of.__wrapped__(text)


@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join), min_size=1, max_size=20))
def test_the_last_words_kept_are_those_of_the_text_asked(texts: list[str]) -> None:
    for text in texts:
        for same in (text, "".join(list(text))):  # the same object, then an equal copy
            kept = words.words_of(same)
            fresh = _fresh_words(same)
            assert (kept is None) == (fresh is None)
            if kept is not None and fresh is not None:
                assert (kept.lowered, kept.whole) == (fresh.lowered, fresh.whole)


def test_finds_agree_with_a_fresh_lexicon_when_texts_alternate() -> None:
    rng = random.Random(5)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 10))) for _ in range(300)]
    shared = Lexicon(ENTRIES)
    for _ in range(3):
        rng.shuffle(texts)
        for text in texts:
            words._last = (None, None)
            words._cached_words_of.cache_clear()
            lexicon.fold.cache_clear()
            expected = Lexicon(ENTRIES).find(text)
            assert shared.find(text) == expected, text
            assert shared.find(text, 0, len(text) // 2) == Lexicon(ENTRIES).find(text, 0, len(text) // 2)


@given(st.text(alphabet="aAoOuUrRsScCeEnNiIzZdDfF- \u017f\u0130", max_size=30))
def test_fold_cached_is_fold(text: str) -> None:
    assert lexicon.fold(text) == lexicon.fold.__wrapped__(text)


@given(
    st.lists(st.sampled_from(["armored vehicle", "armoured vehicles", "defense ministry", "tankss", "kyiv"]))
)
def test_a_fuzzy_lookup_answers_as_a_fresh_lexicon_does(phrases: list[str]) -> None:
    shared = Lexicon(ENTRIES)
    for phrase in phrases:
        for cutoff in (88.0, 60.0):
            assert shared.fuzzy_lookup(phrase, cutoff) == Lexicon(ENTRIES).fuzzy_lookup(phrase, cutoff)
