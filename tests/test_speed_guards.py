"""What keeps discrep fast, checked as behaviour (never timed): lazy imports, and shortcuts that must
give exactly what the slow path gives."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import FrozenInstanceError, fields, replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import discrep
from discrep.corpus import load
from discrep.extract import compile_rules, extract
from discrep.extract.attribution import Attributor
from discrep.model import Claim, claim_from_values, replace_claim
from discrep.ruleset import load_rules
from discrep.text.sentences import plain_split, split_sentences

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "discrep.engine",
    "discrep.text.dates",
    "discrep.text.numbers",
    "rich",
    "dateparser",
    "pysbd",
    "rapidfuzz",
)


def _modules_after(code: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport json, sys; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return list(json.loads(out.stdout.splitlines()[-1]))


def test_the_cli_module_imports_nothing_heavy() -> None:
    loaded = _modules_after("import discrep.cli")
    assert [m for m in HEAVY if m in loaded] == []


def test_help_and_version_import_nothing_heavy() -> None:
    for args in (["--help"], ["--version"], ["check", "--help"]):
        code = (
            "import sys\nfrom discrep.cli import cli\n"
            f"try:\n    cli({args!r}, prog_name='discrep')\nexcept SystemExit:\n    pass"
        )
        loaded = _modules_after(code)
        assert [m for m in HEAVY if m in loaded] == [], args


def test_a_run_served_by_the_cache_compiles_no_grammar(tmp_path: Path) -> None:
    code = (
        "from discrep.engine import check\n"
        f"check([{str(ROOT / 'corpus')!r}], cache_dir={str(tmp_path / 'c')!r})\n"
    )
    assert "discrep.text.dates" in _modules_after(code)  # cold: read
    loaded = _modules_after(code)  # warm: every article from the cache
    assert [m for m in ("discrep.text.dates", "discrep.text.numbers", "pysbd") if m in loaded] == []


def test_the_public_api_loads_on_first_use() -> None:
    import datetime as dt

    assert discrep.parse_numbers("498 tanks")[0].value == 498
    assert discrep.resolve_dates("on Monday", dt.date(2022, 3, 2))[0].date == dt.date(2022, 2, 28)
    assert callable(discrep.check)
    assert {"check", "parse_numbers", "resolve_dates", "Report"} <= set(dir(discrep))
    with pytest.raises(AttributeError):
        _ = discrep.no_such_name


def test_cli_format_names_match_the_formatters() -> None:
    from discrep.cli import FORMAT_NAMES
    from discrep.report import FORMATS

    assert sorted(FORMAT_NAMES) == sorted(FORMATS)


def _corpus_lines() -> list[str]:
    lines = []
    for path in sorted(ROOT.glob("corpus/*.md")) + sorted(ROOT.glob("tests/fixtures/**/*.md")):
        lines += path.read_text(encoding="utf-8").splitlines()
    rng = random.Random(5)
    vocabulary = (
        "the said on Monday killed were Gen Jan is no Mar St Mr Kyiv officials tanks U.S. 1,502 300 a i ii "
        "in at up ok me may co Inc Ltd x Kharkiv's it's 5 10.5 3 Feb. Dr. and or but Belarus' 'quoted' "
        "Lviv LVIV mix civic vivid xiv XIV VIII Louis did mild vi xx U.N. the U.S. E.U. a.m. N.A.T.O. U.N.'s "
        "110 71 2022 12 Ukrainian People "
        # double quotes, brackets and dashes, paired or not, around words or full stops
        '"quoted" "two words" "open close" (AFP) (in brackets) (a) (iv) (2) — – "Yes." (Reuters). ('
    )
    words = vocabulary.split(" ")
    for _ in range(6000):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 20))]
        text = " ".join(w.capitalize() if rng.random() < 0.3 else w for w in picked)
        text = " ".join(w + rng.choice(["", "", "", "", ".", ","]) for w in text.split())
        lines.append(text + rng.choice(["", ".", " "]))
    return lines


def test_plain_lines_split_as_pysbd_splits_them() -> None:
    from discrep.text.sentences import _segmenter

    segmenter = _segmenter()
    tried = quoted = 0
    for line in _corpus_lines():
        pieces = plain_split(line)
        if pieces is None or not line.strip():
            continue
        tried += 1
        quoted += any(mark in line for mark in '"“”()')
        expected = [p.strip() for p in segmenter.segment(line) if p.strip()]
        assert [p.strip() for p in pieces if p.strip()] == expected, line
    assert tried > 500 and quoted > 50


_AWKWARD_EDITS = ["  ", '"', " U.S. ", "?", "!  ", "\u00a0", " ...", ". ", "Feb. 3", " (", "'"]


def test_our_search_finds_pysbd_sentences_where_pysbd_does() -> None:
    from discrep.text.sentences import _segmenter, pysbd_segment

    segmenter = _segmenter()
    rng = random.Random(7)
    lines = [line for line in _corpus_lines() if line.strip()]
    edited = []
    for _ in range(1500):  # quotes, spaces and abbreviations put in at random places
        line = rng.choice(lines)
        at = rng.randint(0, len(line))
        edited.append(line[:at] + rng.choice(_AWKWARD_EDITS) + line[at:])
    for line in [*lines[:1500], *edited, "", " ", "Same. Same. Same.", "A.  A.  A."]:
        assert pysbd_segment(line) == segmenter.segment(line), line


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("Talks began. Nothing was agreed.", True),
        ("A headline with no full stop", True),
        ("The U.N. said so. Talks began.", True),
        ("Talks at the U.N. Security Council began.", False),
        ("He woke at 6 a.m. and left.", False),
        ("He met Gen. Smith on Monday.", False),
        ('"We will meet," he said.', False),
        ("It rose to 1.5 million.", False),
        ("Is it over? No.", False),
        ("Shells hit Lviv. Talks began in Minsk.", True),
        (
            "Talks began. 300 were killed. 12 Ukrainian soldiers died.",
            True,
        ),  # letters that are roman numerals: still a word
        ("Point i. Then.", False),
        # a figure of three digits or more ends a sentence as a word does; one or two digits may be
        # a list item's number for pysbd ("2. Talks"), so that line is pysbd's
        ("The toll rose to 121. Rescuers kept digging.", True),
        ("It was built in 1960. Now it is gone.", True),
        ("About 1,300 fled. The rest stayed behind 2,000.", True),
        ("Talks were held on August 15. Nothing was agreed.", False),
        # double quotes and brackets around spans without a full stop change nothing pysbd does
        ('He called it "a massacre" on Monday. Talks began.', True),
        ("The agency (AFP) said so — again. Talks began.", True),
        ('"Stop," he said. Talks began.', False),  # a line opening with a quote
        ('He said: "We will win. We will." Then left.', False),  # a full stop inside a quote
        ("The list (a) was read. Talks began.", False),  # a list item
        ('He said "yes" (twice). Talks began.', False),  # a span right after another
        ('An odd " quote. Talks began.', False),
    ],
)
def test_what_counts_as_a_plain_line(line: str, plain: bool) -> None:
    assert (plain_split(line) is not None) is plain


def test_a_line_is_plain_by_its_characters_as_the_full_pattern_says() -> None:
    from discrep.text.sentences import _NOT_PLAIN, _PLAIN_LINE

    # both read one character at a time: agreeing on every character, they agree on every line
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (_NOT_PLAIN.search(char) is None) == (_PLAIN_LINE.fullmatch(char) is not None), hex(code)
    for line in _corpus_lines():
        assert (_NOT_PLAIN.search(line) is None) == (_PLAIN_LINE.fullmatch(line) is not None), line


@given(st.text(alphabet=st.sampled_from(".-'’ \n\tab\u00a0\u2028"), max_size=12))
def test_an_awkward_line_is_what_the_awkward_pattern_finds(line: str) -> None:
    from discrep.text.sentences import _AWKWARD, _awkward

    assert _awkward(line) == (_AWKWARD.search(line) is not None)


def _plain_lines() -> list[str]:
    from discrep.text.sentences import _NOT_PLAIN

    return [line for line in _corpus_lines() if not _NOT_PLAIN.search(line)]


def test_full_stops_read_back_are_the_full_stop_patterns_matches() -> None:
    from discrep.text.sentences import _FULL_STOP, _full_stops

    lines = _plain_lines()
    assert len(lines) > 1000
    for line in lines:
        assert _full_stops(line) == [(m.group(1), m.end()) for m in _FULL_STOP.finditer(line)], line


@given(st.text(alphabet=st.sampled_from("aBé1_ .,;'’-Zz9½"), max_size=30))
def test_full_stops_on_generated_plain_lines(line: str) -> None:
    from discrep.text.sentences import _FULL_STOP, _full_stops

    assert _full_stops(line) == [(m.group(1), m.end()) for m in _FULL_STOP.finditer(line)], line


def test_sentences_keep_exact_offsets() -> None:
    text = 'Talks began. Nothing was agreed.\n\nThe U.N. said 300 were killed. "Stop," he said.'
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_reading_only_the_sentences_that_matter_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolving dates and claimants in every sentence (by saying each names a claimant) gives the same."""
    rules = load_rules()
    vocab = compile_rules(rules)
    articles, _ = load([ROOT / "corpus", ROOT / "tests" / "fixtures"])
    fast = [extract(a, vocab) for a in articles]
    monkeypatch.setattr(Attributor, "names_claimant", lambda self, sentence: True)
    assert [extract(a, vocab) for a in articles] == fast


def test_the_number_prefilter_never_hides_a_count() -> None:
    from discrep.extract.tally_gate import may_count
    from discrep.text.numbers import parse_numbers

    connectors = ["a", "an", "and", "of", "point", "negative", "minus"]
    texts = [f"{a} {b} {c} people" for a in connectors for b in connectors for c in connectors]
    texts += [line for line in _corpus_lines() if line.strip()]
    for text in texts:
        if not may_count(text):
            assert not [m for m in parse_numbers(text) if m.is_count], text


# --- claims built without the frozen dataclass's __init__ (discrep/model.py) -----------------------

_CLAIMS = st.builds(
    Claim,
    path=st.sampled_from(["a.md", "b/c.md"]),
    line=st.integers(1, 500),
    column=st.integers(1, 200),
    quote=st.text(max_size=30),
    kind=st.sampled_from(["quantity", "venue", "date"]),
    metric=st.sampled_from(["killed", "venue", "date"]),
    value=st.one_of(st.floats(allow_nan=False), st.integers(), st.text(max_size=8)),
    subject=st.none() | st.sampled_from(["civilians", "in:gaza"]),
    event=st.none() | st.sampled_from(["talks", "talks/round-2"]),
    low=st.none() | st.floats(allow_nan=False),
    high=st.none() | st.floats(allow_nan=False),
    as_of=st.none() | st.dates(),
    derived_from=st.lists(st.text(max_size=5), max_size=2).map(tuple),
    sentence=st.integers(0, 40),
)
_CHANGES = st.fixed_dictionaries(
    {},
    optional={
        "subject": st.none() | st.sampled_from(["people", "soldiers"]),
        "event": st.sampled_from(["talks/round-1", "talks/round-3"]),
        "value": st.floats(allow_nan=False),
    },
)


@given(claim=_CLAIMS, changes=_CHANGES)
def test_fast_claim_building_gives_what_the_dataclass_gives(claim: Claim, changes: dict[str, object]) -> None:
    values = [getattr(claim, f.name) for f in fields(Claim)]
    rebuilt = claim_from_values(values)
    assert rebuilt == Claim(*values) and hash(rebuilt) == hash(claim)
    assert replace_claim(claim, **changes) == replace(claim, **changes)  # type: ignore[arg-type]
    assert replace_claim(claim, **changes).id == claim.id
    with pytest.raises(FrozenInstanceError):
        rebuilt.value = 1.0  # type: ignore[misc]


def test_fast_claim_building_refuses_a_wrong_number_of_values() -> None:
    # the pack reader counts on this: a segment of the wrong shape is a PackError, never a claim
    # with fields shifted or missing
    claim = Claim(path="a.md", line=1, column=1, quote="9 killed", kind="quantity", metric="killed", value=9)
    values = [getattr(claim, f.name) for f in fields(Claim)]
    for wrong in (values[:-1], [*values, None]):
        with pytest.raises(ValueError):
            claim_from_values(wrong)
