"""A caseless search answers for the text it is given, whatever texts came before it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from discrep.text.caseless import Caseless

SEARCH = Caseless(r"\bsaid\b|in kyiv")
TEXT = st.lists(st.sampled_from(["He", "SAID", "said", "ſaid", "İn", "in", "Kyiv", "KYIV", " ", "."])).map(
    "".join
)


@given(st.lists(st.tuples(TEXT, st.integers(0, 12)), max_size=12))
def test_searches_in_turn_find_what_ignorecase_finds(calls: list[tuple[str, int]]) -> None:
    for text, pos in calls:
        for same in (text, "".join(list(text))):  # the same object, then an equal copy
            found = SEARCH.search(same, pos)
            expected = SEARCH.ignoring_case.search(same, pos)
            assert (found.span() if found else None) == (expected.span() if expected else None)
            spans = [m.span() for m in SEARCH.finditer(same)]
            assert spans == [m.span() for m in SEARCH.ignoring_case.finditer(same)]
