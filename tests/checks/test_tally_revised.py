"""A figure its own source revised down is no rival count (checks/revised.py): invented wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from discrep.engine import check

FIRST = "At least 180 people were killed in the crush at the stadium, officials said on Sunday."
LATER = "The toll stood at 140 on Tuesday, the disaster agency said."


def _articles(folder: Path, texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    for index, (day, text) in enumerate(texts):
        (folder / f"{index}.md").write_text(
            f"---\noutlet: Outlet {index}\npublished: {day}\ntitle: t\n---\n{text}\n", encoding="utf-8"
        )
    report = check([folder])
    return sorted((f.kind, f.severity) for f in report.findings if f.metric == "killed")


@pytest.mark.parametrize(
    ("revision", "expected"),
    [
        # revised down: the withdrawn 180 neither contradicts the 130 nor the later 140
        (
            "Officials on Sunday revised the death toll down to 130 from 180, saying some victims had "
            "been counted twice.",
            [("evolving_tally", "warning")],
        ),
        # without the revision the fall is a contradiction
        ("Officials on Sunday said 130 people had died.", [("contradiction", "error")] * 2),
    ],
)
def test_a_figure_revised_down_is_no_rival_count(
    tmp_path: Path, revision: str, expected: list[tuple[str, str]]
) -> None:
    texts = [("2030-05-05", FIRST), ("2030-05-06", revision), ("2030-05-07", LATER)]
    assert _articles(tmp_path, texts) == expected


def test_a_toll_that_rose_from_a_figure_withdraws_nothing(tmp_path: Path) -> None:
    texts = [
        ("2030-05-05", FIRST),
        ("2030-05-06", "Officials on Sunday said the toll had risen to 200 from 180."),
        ("2030-05-07", LATER),
    ]
    assert ("contradiction", "error") in _articles(tmp_path, texts)
