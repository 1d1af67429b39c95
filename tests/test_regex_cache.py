"""The regular-expression cache (discrep/regex_cache.py): what it serves is exactly what `re` builds,
whatever the file holds, and only the `discrep` command's own process uses it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from discrep import regex_cache

pytestmark = pytest.mark.skipif(
    not regex_cache._SUPPORTED, reason="this Python's re is not one the cache knows"
)

PATTERNS = [
    (r"(?P<count>\d{1,3}(?:,\d{3})+|\d+)\s+(?:people|civilians)", 0),
    (r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE),
    (r"(?x) (?P<a> killed ) \s+ (?P<b> \d+ )", 0),
    (r"^(?:[A-Z][a-z]+\s?)+$", re.MULTILINE),
    (r"(?i)kyiv|kiev|kyyiv", 0),
    ("é|ü", 0),
    (r"(a)(b)?(?(2)c|d)", 0),
]


def _fresh(path: Path) -> regex_cache._Programs:
    return regex_cache._Programs(path)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_is_the_one_re_builds(tmp_path: Path, pattern: str, flags: int) -> None:
    path = tmp_path / "programs.marshal"
    first = _fresh(path)
    built = first.compile(pattern, flags)
    first.save()
    served = _fresh(path).compile(pattern, flags)
    expected = re.compile(pattern, flags)
    # Pattern equality compares the pattern, its flags and the engine's program, word for word
    assert built == expected
    assert served == expected
    assert served.groupindex == expected.groupindex
    assert served.groups == expected.groups
    text = "42 people, Monday; killed 7 Kyiv é abc"
    assert [m.span() for m in served.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_run_writes_only_when_it_parsed_a_new_pattern(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    first = _fresh(path)
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    assert first.new == len(PATTERNS)
    first.save()
    stamp = path.stat().st_mtime_ns
    second = _fresh(path)
    for pattern, flags in PATTERNS:
        second.compile(pattern, flags)
    assert second.new == 0
    second.save()
    assert path.stat().st_mtime_ns == stamp


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\x00\x01\x02", None])
def test_a_damaged_or_foreign_file_is_never_trusted(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "programs.marshal"
    if content is not None:
        path.write_bytes(content)
    programs = _fresh(path)
    assert programs.compile(r"(\d+) dead", 0) == re.compile(r"(\d+) dead")
    assert programs.new == 1


def test_a_damaged_entry_is_parsed_afresh(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "programs.marshal"
    path.write_bytes(marshal.dumps({(r"(\d+) dead", 0): (0, [999, 999], 0, {}, (None,))}))
    programs = _fresh(path)
    assert programs.compile(r"(\d+) dead", 0) == re.compile(r"(\d+) dead")
    assert programs.new == 1


def test_bytes_patterns_and_debug_are_left_to_re(tmp_path: Path) -> None:
    programs = _fresh(tmp_path / "programs.marshal")
    assert programs.compile(rb"\d+", 0) == re.compile(rb"\d+")
    assert programs.new == 0


def test_an_unwritable_place_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    programs = _fresh(blocker / "sub" / "programs.marshal")  # a folder under a file: cannot be made
    programs.compile(r"\d+ wounded", 0)
    programs.save()  # no exception


@pytest.mark.parametrize("setting", ["off", "OFF", "0", "no", "false"])
def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    monkeypatch.setenv("DISCREP_REGEX_CACHE", setting)
    assert regex_cache.cache_path() is None


def test_the_cache_can_be_put_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DISCREP_REGEX_CACHE", str(tmp_path / "mine.marshal"))
    assert regex_cache.cache_path() == tmp_path / "mine.marshal"


def test_the_default_place_is_the_user_cache_named_by_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DISCREP_REGEX_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = regex_cache.cache_path()
    assert path is not None
    assert path.parent == tmp_path / "discrep"
    assert f"{sys.version_info[0]}-{sys.version_info[1]}-{sys.version_info[2]}" in path.name


def _command(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISCREP_REGEX_CACHE": str(tmp_path / "programs.marshal")}
    return subprocess.run(
        [sys.executable, "-m", "discrep", *args], capture_output=True, text=True, env=env, cwd=tmp_path
    )


def test_the_command_gives_the_same_report_with_the_cache_cold_and_warm(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    cold = _command(tmp_path, "check", str(corpus), "-f", "json", "--no-cache")
    assert (tmp_path / "programs.marshal").is_file()
    warm = _command(tmp_path, "check", str(corpus), "-f", "json", "--no-cache")
    assert cold.returncode == warm.returncode == 1
    assert json.loads(cold.stdout) == json.loads(warm.stdout)
    assert cold.stdout == warm.stdout


def test_help_neither_reads_nor_writes_the_cache(tmp_path: Path) -> None:
    assert _command(tmp_path, "--help").returncode == 0
    assert not (tmp_path / "programs.marshal").exists()


def test_a_program_importing_discrep_keeps_the_stdlib_as_it_was() -> None:
    code = (
        "import re, discrep, discrep.cli, discrep.engine\n"
        "from discrep import parse_numbers\n"
        "parse_numbers('three dead')\n"
        "print(re._compiler.compile.__module__ if hasattr(re, '_compiler') else 'sre_compile')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() in ("re._compiler", "sre_compile")


def test_a_file_grown_too_big_keeps_only_what_the_last_run_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "programs.marshal"
    old = _fresh(path)
    for n in range(200):  # patterns of an older version or another rule set
        old.compile(rf"(?:old{n}|stale{n})\d+", 0)
    old.save()
    monkeypatch.setattr(regex_cache, "_MAX_BYTES", path.stat().st_size + 100)
    run = _fresh(path)
    for pattern, flags in PATTERNS:
        run.compile(pattern, flags)
    run.save()
    again = _fresh(path)
    assert set(again.held) == {(pattern, int(flags)) for pattern, flags in PATTERNS}
    assert again.compile(PATTERNS[0][0], PATTERNS[0][1]) == re.compile(PATTERNS[0][0], PATTERNS[0][1])
    assert again.new == 0


_WORKERS = """
import multiprocessing, sys
from pathlib import Path
from discrep import regex_cache
from discrep.corpus import load
from discrep.parallel import MIN_ARTICLES, extract_many
from discrep.ruleset import load_rules

if __name__ == "__main__":
    multiprocessing.set_start_method(sys.argv[2])
    if sys.argv[3] == "command":
        regex_cache.install()
    articles, _ = load([Path(sys.argv[1])])
    assert len(articles) >= MIN_ARTICLES
    rules = load_rules()
    # this process compiles no grammar: only the workers do (test_parallel.py compares the claims)
    print(sum(len(claims) for claims in extract_many(articles, rules, jobs=2)))
"""


@pytest.mark.parametrize("method", ["fork", "spawn"])
@pytest.mark.parametrize("caller", ["command", "library"])
def test_workers_use_the_cache_only_for_the_command(tmp_path: Path, method: str, caller: str) -> None:
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    from discrep.parallel import MIN_ARTICLES

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sources = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.md"))
    for n in range(MIN_ARTICLES):
        (corpus / f"{n:03d}.md").write_text(sources[n % len(sources)].read_text(encoding="utf-8"))
    script = tmp_path / "workers.py"
    script.write_text(_WORKERS)
    cache = tmp_path / "programs.marshal"
    env = {**os.environ, "DISCREP_REGEX_CACHE": str(cache)}
    out = subprocess.run(
        [sys.executable, str(script), str(corpus), method, caller], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= MIN_ARTICLES  # claims were read by the workers
    # a library's workers leave the stdlib alone and write nothing; the command's keep what they
    # compiled, and this process's own save at exit adds to theirs, never writes over them
    assert cache.exists() == (caller == "command")
    if caller == "command":
        kept = regex_cache._Programs(cache).held
        grammar = {key for key in kept if "killed" in key[0]}  # the extractor's tally grammar
        assert grammar


def test_a_pattern_marshal_cannot_write_is_compiled_and_never_kept(tmp_path: Path) -> None:
    class Phrase(str):
        pass

    path = tmp_path / "programs.marshal"
    programs = _fresh(path)
    assert programs.compile(Phrase(r"(\d+) missing"), 0) == re.compile(r"(\d+) missing")
    programs.compile(r"(\d+) injured", 0)
    # an entry marshal refuses, however it got in, costs only itself
    programs.used[("odd", 0)] = (0, b"", 0, {Phrase("g"): 1}, (None, Phrase("g")))  # type: ignore[dict-item]
    programs.save()
    assert set(_fresh(path).held) == {(r"(\d+) injured", 0)}
