"""A span of time is no count: "in one or two days", "for 72 hours" name no figure of anything."""

from __future__ import annotations

import pytest

from tests.extract.tally_reading import read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the span's figure is not taken, even where a metric word follows in the sentence
        # one quote of several sentences is read as one
        (
            "Some 98 people went to hospitals. In one or two days, other victims will come forward.",
            [(98, "wounded")],
        ),
        ("They were trapped for two or three days before 12 were rescued.", [(12, "rescued")]),
        ("Crews worked for 72 hours, and 14 people died.", [(14, "killed")]),
        ("At least 40 people died in three days of fighting.", [(40, "killed")]),
        ("For three more weeks, five people a day died.", [(5, "killed")]),
    ],
)
def test_a_span_of_time_is_no_count(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(value, metric) for value, metric, _ in read(sentence)] == expected
