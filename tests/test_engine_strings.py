"""Claims read afresh share their repeated strings (engine._one_copy): the same claims, less memory."""

from __future__ import annotations

from discrep.engine import _one_copy
from discrep.model import Claim


def claim(value: float, *, quote: str, subject: str, path: str = "a.md") -> Claim:
    return Claim(
        path=path,
        line=1,
        column=1,
        quote=quote,
        kind="quantity",
        metric="killed",
        value=value,
        low=value,
        high=value,
        subject=subject,
        claimant="ministry",
        outlet="Wire",
    )


def test_equal_strings_become_one_object_and_the_claims_stay_equal() -> None:
    # strings built at run time, as a worker's unpickled claims bring them: equal, not the same object
    first = [
        claim(3, quote="".join(["Three died, ", "five were hurt."]), subject="".join(["peo", "ple"])),
        claim(5, quote="".join(["Three died, ", "five were hurt."]), subject="".join(["peo", "ple"])),
    ]
    assert first[0].quote is not first[1].quote and first[0].subject is not first[1].subject
    shared: dict[str, str] = {}
    kept = _one_copy(first, shared)
    assert kept == first and [c.id for c in kept] == [c.id for c in first]
    assert kept[0].quote is kept[1].quote and kept[0].subject is kept[1].subject
    # across articles the vocabulary is shared; a quote is shared within its article only
    other = _one_copy(
        [claim(7, quote="".join(["Seven ", "died."]), subject="".join(["peo", "ple"]), path="b.md")], shared
    )
    assert other[0].subject is kept[0].subject


def test_claims_with_nothing_to_share_are_returned_as_they_are() -> None:
    alone = [claim(1, quote="One died.", subject="people")]
    assert _one_copy(alone, {})[0] is alone[0]
