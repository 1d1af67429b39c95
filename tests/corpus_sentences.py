"""The sentences of corpus/ and of the invented corpora under tests/fixtures, for tests that compare
a shortcut with the path it replaces on real text."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from discrep.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def corpus_sentences() -> tuple[str, ...]:
    paths = sorted(ROOT.glob("corpus/*.md")) + sorted(ROOT.glob("tests/fixtures/**/*.md"))
    return tuple(s.text for path in paths for s in split_sentences(path.read_text(encoding="utf-8")))
