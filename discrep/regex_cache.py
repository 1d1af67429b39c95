"""Compiled regular expressions kept between runs, as Python keeps compiled modules in __pycache__.

discrep's readers are about a thousand regular expressions. Compiling them takes a fifth of a
second, a third of the time of a check of a few articles, because Python's `re` parses each pattern
in pure Python before its C engine (`_sre`) gets the program. This module keeps those programs on
disk and hands them straight to `_sre` on the next run, so a pattern is parsed once per machine,
not once per process.

Only the `discrep` command installs it (`install()`, from cli.main), in its own process and its
worker processes, forked or spawned: a program that imports discrep as a library keeps the stdlib
as it was, in its own workers too.
What is kept is exactly what `re` would have built. An entry is keyed by the pattern's text and
flags, and the file by the Python version and `_sre.MAGIC`, the engine's program format. A Python
whose `re` is not laid out as 3.10 to 3.13's are, or a file that cannot be read, means no cache:
patterns are then compiled as usual. The file is written atomically, and only when a run compiled
a pattern it did not hold; past 4 MB (another version's patterns, other rule sets) it keeps only
the last run's.

The file lives in `$XDG_CACHE_HOME/discrep/` (`~/.cache/discrep/` by default).
`DISCREP_REGEX_CACHE=PATH` puts it elsewhere; `DISCREP_REGEX_CACHE=off` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from discrep.atomic import write_bytes_atomic

# the engine's program format and the internals used, as laid out in CPython 3.10 to 3.13
_compiler: Any = getattr(re, "_compiler", None) or sys.modules.get("sre_compile")
_parser: Any = getattr(_compiler, "_parser", None) or sys.modules.get("sre_parse")  # 3.10: sre_parse
_SUPPORTED = (
    (3, 10) <= sys.version_info[:2] <= (3, 13)
    and all(hasattr(_compiler, name) for name in ("compile", "_code", "_sre", "MAGIC"))
    and hasattr(_parser, "parse")
    and array("I").itemsize == getattr(_compiler._sre, "CODESIZE", 0)
)
# past this size the file keeps only what the last run used, so patterns of old versions and other
# rule sets age out: reading 4 MB takes about 15 ms, a tenth of what the cache saves
_MAX_BYTES = 4_000_000

# (pattern, flags) -> the arguments of _sre.compile after the pattern itself, the program's words
# packed in bytes: as a list of ints the thousand programs take 6 MB of memory, packed 2
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class _Programs:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._held: dict[tuple[str, int], _Program] | None = None  # read on the first compile
        self.used: dict[tuple[str, int], _Program] = {}
        self.new = 0

    @property
    def held(self) -> dict[tuple[str, int], _Program]:
        if self._held is None:
            self._held = self._read()
        return self._held

    def _read(self) -> dict[tuple[str, int], _Program]:
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            held = marshal.loads(self.path.read_bytes())
            if isinstance(held, dict):
                return held
        return {}

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        # bytes, a str subclass (which marshal cannot write) and debug output are re's own business
        if pattern.__class__ is not str or flags & re.DEBUG:
            return _original(pattern, flags)
        flags = int(flags)  # re passes a plain int; a RegexFlag would not marshal
        key = (pattern, flags)
        program = self.held.get(key)
        if program is not None:
            try:
                compiled = _built(pattern, program)
            except Exception:  # a damaged entry: parsed afresh below
                program = None
        if program is None:
            program = _parse(pattern, flags)
            compiled = _built(pattern, program)
            self.new += 1
        self.used[key] = program
        return compiled

    def save(self) -> None:
        if not self.new:
            return
        # read again: the workers of this run may have written theirs since (parallel.py)
        kept = {**self._read(), **self.used}
        data = _dumped(kept)
        if len(data) > _MAX_BYTES:
            kept = self.used
            data = _dumped(kept)
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, data)
            self._held, self.new = kept, 0


def _dumped(programs: dict[tuple[str, int], _Program]) -> bytes:
    """The programs as marshal writes them; should one not be writable, the others are."""
    try:
        return marshal.dumps(programs)
    except ValueError:
        return marshal.dumps({key: program for key, program in programs.items() if _writable(key, program)})


def _writable(key: tuple[str, int], program: _Program) -> bool:
    try:
        marshal.dumps((key, program))
    except ValueError:
        return False
    return True


def _parse(pattern: str, flags: int) -> _Program:
    """What re's compile passes to _sre.compile for `pattern`, as it computes it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array("I", code).tobytes()  # the opcodes are int subclasses: packed, they are plain words
    return int(flags | parsed.state.flags), words, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _built(pattern: str, program: _Program) -> Any:
    flags, words, groups, groupindex, indexgroup = program
    code = array("I")
    code.frombytes(words)
    return _compiler._sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


_original: Any = getattr(_compiler, "compile", None)
_programs: _Programs | None = None


def cache_path() -> Path | None:
    """Where the programs are kept on this Python, or None when the cache is off or unsupported."""
    if not _SUPPORTED:
        return None
    setting = os.environ.get("DISCREP_REGEX_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    version = "-".join(map(str, sys.version_info[:3]))
    # the program's words are packed in this machine's byte order: a home shared with another is safe
    name = f"regex-{sys.implementation.name}-{version}-{_compiler.MAGIC}-{sys.byteorder}.marshal"
    return Path(home, "discrep", name)


def install() -> None:
    """Serve this process's regular expressions from the cache; save new ones at exit."""
    global _programs
    path = cache_path()
    if _programs is not None or path is None:
        return
    _programs = _Programs(path)
    _compiler.compile = _programs.compile
    atexit.register(save)


def installed() -> bool:
    """Whether this process serves its patterns from the cache (its workers then do too)."""
    return _programs is not None


def save() -> None:
    """Write the patterns this process compiled afresh (a forked worker calls it: atexit does not run)."""
    if _programs is not None:
        _programs.save()
