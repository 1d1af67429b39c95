"""Coverage-guided fuzzing of the parsers that read untrusted text (atheris, libFuzzer). Run by hand.

    .venv/bin/pip install atheris
    mkdir -p /tmp/fuzz-corpus && .venv/bin/python fuzz/seed.py /tmp/fuzz-corpus   # optional seeds
    .venv/bin/python fuzz/fuzz_parsers.py -max_total_time=600 -timeout=20 -rss_limit_mb=4096 /tmp/fuzz-corpus

Targets, picked by the first byte of each input: parse_numbers, resolve_dates (each `prefer`),
split_sentences, the file decoder (any bytes) and the loader's front-matter split and metadata
(decoded text). Each checks the documented invariants, not only "does not raise": spans lie inside
the text and quote it, mentions are sorted and never overlap, low <= value <= high, a decoded file
is text or a reason. A crash writes `crash-<sha1>`; replay it with `python fuzz/fuzz_parsers.py
crash-<sha1>`. `-timeout` turns a slow input (catastrophic backtracking) into a crash too.

Not run in CI: it needs atheris (a compiled libFuzzer binding) and minutes, not seconds.
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports(include=["discrep"]):
    from discrep.corpus.decode import decode
    from discrep.corpus.loader import metadata_of, split_front_matter
    from discrep.text.dates import resolve_dates
    from discrep.text.numbers import parse_numbers
    from discrep.text.sentences import split_sentences

PREFER = ("auto", "past", "future")
MAX_TEXT = 4096


def _spans(text: str, mentions: list, *, sorted_spans: bool = True) -> None:  # type: ignore[type-arg]
    previous_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), (m, len(text))
        assert text[m.start : m.end] == m.text, m
        if sorted_spans:
            assert m.start >= previous_end, ("overlap", m)
            previous_end = m.end


def numbers(text: str) -> None:
    got = parse_numbers(text)
    _spans(text, got)
    for m in got:
        if m.low is not None and m.high is not None:
            assert m.low <= m.high, m
        if m.value is not None and m.low is not None:
            assert m.low <= m.value, m
        if m.value is not None and m.high is not None:
            assert m.value <= m.high, m


def dates(text: str, reference: dt.date, prefer: str) -> None:
    got = resolve_dates(text, reference, prefer=prefer, day_one=dt.date(2022, 2, 24))  # type: ignore[arg-type]
    _spans(text, got)
    for m in got:
        assert isinstance(m.date, dt.date)


def sentences(text: str) -> None:
    got = split_sentences(text)
    previous_end = 0
    for s in got:
        assert 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text, s
        assert s.start >= previous_end and s.text == s.text.strip(), s
        previous_end = s.end


def loader(raw: bytes) -> None:
    decoded = decode(raw)
    assert (decoded.text is None) != (decoded.skip is None), decoded
    if decoded.text is None:
        assert decoded.skip
        return
    assert "\r" not in decoded.text and decoded.text.strip()
    meta, body, first_line, problem = split_front_matter(decoded.text)
    assert isinstance(meta, dict) and first_line >= 1 and decoded.text.endswith(body)
    assert first_line == decoded.text[: len(decoded.text) - len(body)].count("\n") + 1
    found = metadata_of({str(k): v for k, v in meta.items()})
    assert problem is None or problem
    assert all(isinstance(p, str) and p for p in found.problems)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    target = fdp.ConsumeIntInRange(0, 4)
    if target == 4:
        loader(fdp.ConsumeBytes(MAX_TEXT))
        return
    if target == 1:
        reference = dt.date(1900, 1, 1) + dt.timedelta(days=fdp.ConsumeIntInRange(0, 200 * 366))
        prefer = PREFER[fdp.ConsumeIntInRange(0, 2)]
        dates(fdp.ConsumeUnicodeNoSurrogates(MAX_TEXT), reference, prefer)
        return
    text = fdp.ConsumeUnicodeNoSurrogates(MAX_TEXT)
    (numbers if target == 0 else sentences if target == 2 else lambda t: loader(t.encode()))(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
