"""The loader's shortcuts give exactly what the slow path gives, and iter_load streams what load returns.

Checked as behaviour, never timed: the YAML shortcut against the parser, the decoder's counts
against a character-by-character count, and iter_load's order against a sort of every path.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from discrep import yaml_loader
from discrep.corpus import loader
from discrep.corpus.decode import _not_text
from discrep.corpus.loader import Loaded, LoadError, iter_load, load

DATED = "---\noutlet: Xinhua\npublished: 2022-03-02\n---\nThe ministry said 498 were killed.\n"

# --- the YAML shortcut -----------------------------------------------------------------------------

KEYS = [
    "title",
    "outlet",
    "published",
    "date",
    "url",
    "x-y",
    "_k",
    "yes",
    "null",
    "on",
    "True",
    "~",
    "k" * 101,
]
VALUES = [
    *["", "Xinhua", "Le Café “quoted”", "a   b", 'He said "yes"', "it's", "a,b", "C#", "x]", "a - b"],
    *["2022-03-02", "2022-02-30", "2022-3-2", "2022-03-02T10:00:00Z", "2022-03-02 10:00", "2022-03-02T25:00"],
    *["12", "012", "0x1F", "0o17", "1_000", "1:30", "-5", "+5", "1e3", "1.5", ".inf", ".nan", "9" * 5000],
    *["yes", "No", "on", "true", "~", "null", "a: b", "a:b", "a:", "http://x.com/a#b", "a #c", "=", "<<"],
    *['"quoted"', '"q \\" x"', "'single'", "'it''s'", '"open', "'x' y", "[a, b]", "{a: 1}", "*alias"],
    *["&anchor x", "!!str 5", "!!python/object:os.system", "|", ">", "%x", "@x", "- a", "-a", "?x", ":x"],
    *["x\u00a0y", "x\u2028y", "a\tb", "---", "...", "a\x01b", "\ufeffx", "\U0001f600", "\ud800"],
]
OTHER_LINES = [
    "",
    "  ",
    "# a comment",
    " # indented",
    "  indented: x",
    "---",
    "plain",
    "key:value",
    "- item",
    "k: v\r",
]


def _document(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(0, 5)):
        if rng.random() < 0.12:
            lines.append(rng.choice(OTHER_LINES))
        else:
            sep = rng.choice([": ", ":  ", ":"])
            lines.append(rng.choice(KEYS) + sep + rng.choice(VALUES) + rng.choice(["", " ", "  "]))
    return "\n".join(lines)


def _parsed(text: str) -> object:
    try:
        return ("value", repr(yaml.load(text, Loader=yaml_loader.SafeLoader)))  # repr: nan != nan
    except yaml.YAMLError as err:
        return ("error", str(err))


def test_the_yaml_shortcut_gives_what_the_parser_gives() -> None:
    rng = random.Random(20220302)
    taken = 0
    for _ in range(4000):
        text = _document(rng)
        simple = yaml_loader.simple_mapping(text)
        if simple is yaml_loader.NOT_SIMPLE:
            continue
        taken += 1
        assert _parsed(text) == ("value", repr(simple)), text
        assert repr(yaml_loader.load(text)) == repr(simple)
    assert taken > 500, "the shortcut should take the common shape"


@pytest.mark.parametrize(
    "text",
    [
        'title: "Day 22: talks"\noutlet: Morning Ledger\npublished: 2022-03-17',
        "outlet: A\n\n# a comment\nurl: https://example.org/a#b\npublished: 2022-03-02 10:00:00",
        "title: '1843'\nyear: 1843\nflag: yes\nnothing:\nratio: 0.5",
        "",
    ],
)
def test_the_common_shape_takes_the_shortcut(text: str) -> None:
    simple = yaml_loader.simple_mapping(text)
    assert simple is not yaml_loader.NOT_SIMPLE
    assert simple == yaml.load(text, Loader=yaml_loader.SafeLoader)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x",  # aliases: refused by the parser, with the line
        "outlet: [A, B]",
        "discrep:\n  accept:\n    - rule: tally",
        "outlet: !!python/object/apply:os.system ['echo hi']",
        "published: 2022-02-30",  # the parser names the line of an impossible date
        "outlet: A # a comment",
        "outlet:\tA",
        'title: "a \\" quote"',
        "yes: A",  # the key True
        "title: A\n  continued",
    ],
)
def test_anything_unusual_is_left_to_the_parser(text: str) -> None:
    assert yaml_loader.simple_mapping(text) is yaml_loader.NOT_SIMPLE


def test_a_bad_date_still_fails_with_its_line() -> None:
    with pytest.raises(yaml.YAMLError) as caught:
        yaml_loader.load("outlet: A\npublished: 2022-02-30")
    assert caught.value.problem_mark.line == 1  # type: ignore[attr-defined]


def test_dates_are_dates() -> None:
    assert yaml_loader.load("published: 2022-03-02") == {"published": dt.date(2022, 3, 2)}


# --- the decoder's count of characters that are not text -------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_not_text_counts_what_a_character_by_character_count_does(sample: str) -> None:
    odd = sum(1 for ch in sample if ch > "\x7f" and unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"})
    assert _not_text(sample) == odd


# --- iter_load ---------------------------------------------------------------------------------------


def test_iter_load_yields_what_load_returns_in_the_same_order(tree) -> None:
    names = [
        "a.md",
        "a/x.md",
        "a-b.md",
        "a b.md",
        "B.md",
        "b/c/d.txt",
        "b.txt",
        "z.pdf",
        ".hidden.md",
        "m.md",
    ]
    feed = '{"text": "5 were killed.", "date": "2022-03-02"}\nnot JSON\n{"text": "6 were hurt."}\n'
    files = {
        **{name: DATED for name in names},
        "manifest.csv": "file,outlet\nm.md,Reuters\n",
        "f.jsonl": feed,
    }
    root = tree(files)
    articles, statuses = load([root])
    streamed = list(iter_load([root]))
    assert [item.status for item in streamed] == statuses
    assert [item.article for item in streamed if item.article is not None] == articles
    assert all((item.article is not None) == (item.status.status == "checked") for item in streamed)
    # the order of a sort of every path, part by part: "a/x.md" before "a-b.md" and "a.md"
    expected = sorted((Path(name) for name in [*names, "manifest.csv", "f.jsonl"]), key=lambda p: p.parts)
    shown = [p.as_posix() for p in expected]
    at = shown.index("f.jsonl")
    shown[at : at + 1] = ["f.jsonl:record 1", "f.jsonl:record 2", "f.jsonl:record 3"]
    assert [s.path for s in statuses] == shown


def test_iter_load_reads_a_file_only_when_asked_for_its_status(tree, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tree({f"{n:02}.md": DATED for n in range(5)})
    decoded: list[bytes] = []
    real_decode = loader.decode
    monkeypatch.setattr(loader, "decode", lambda raw: decoded.append(raw) or real_decode(raw))
    items = iter_load([root])
    assert decoded == []
    first = next(items)
    assert isinstance(first, Loaded) and first.status.path == "00.md"
    assert len(decoded) == 1
    assert len(list(items)) == 4


def test_iter_load_raises_for_a_missing_path_before_it_yields(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file or folder"):
        iter_load([tmp_path / "nope"])


def test_a_file_that_grows_past_the_limit_while_read_is_skipped(
    tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tree({"a.md": DATED})
    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", len(DATED) + 10)
    measure = loader._not_readable

    def as_if_3_bytes(path: str) -> tuple[None, SimpleNamespace]:
        _, info = measure(path)
        fields = {name: getattr(info, name) for name in dir(info) if name.startswith("st_")}
        return None, SimpleNamespace(**{**fields, "st_size": 3})

    monkeypatch.setattr(loader, "_not_readable", as_if_3_bytes)
    _, statuses = load([root])
    assert [(s.status, s.reason) for s in statuses] == [("checked", None)]
    (root / "a.md").write_text(DATED + "x" * 20)
    _, statuses = load([root])
    assert [(s.status, s.reason) for s in statuses] == [
        ("skipped", f"too large: over {len(DATED) + 10:,} bytes")
    ]
