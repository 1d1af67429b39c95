"""The same corpus gives byte-identical JSON whatever the file order, time zone, locale, hash seed,
number of jobs and cache state.

Each run is a separate `python -m discrep check ... --format json` process in a copy of the corpus,
so the environment (TZ, LC_ALL, PYTHONHASHSEED) really differs. One reference run; each variant
changes one thing, so a difference names its cause. The variants run two at a time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
BASE_ENV = {"TZ": "UTC", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"}


def _help() -> str:
    done = subprocess.run(
        [sys.executable, "-m", "discrep", "check", "--help"], capture_output=True, text=True, check=True
    )
    return done.stdout


HELP = _help()
HAS_JOBS = "--jobs" in HELP
HAS_CACHE = "--cache-dir" in HELP


def _copy(dest: Path, names: list[str], copies: int = 1) -> Path:
    """Copy the corpus file by file in the order given (so the folder's creation order differs)."""
    for i in range(copies):
        folder = dest / "corpus" / (f"copy{i:02d}" if copies > 1 else "")
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            shutil.copy2(CORPUS / name, folder / name)
    return dest


def _run(cwd: Path, env: Mapping[str, str], *extra: str) -> bytes:
    cache = ["--cache-dir", str(cwd / "cache")] if HAS_CACHE and "--no-cache" not in extra else []
    done = subprocess.run(
        [sys.executable, "-m", "discrep", "check", "corpus", "--format", "json", *cache, *extra],
        cwd=cwd,
        env={**os.environ, **BASE_ENV, **env},
        capture_output=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


NAMES = sorted(p.name for p in CORPUS.glob("*.md"))


def test_json_is_byte_identical_across_order_time_zone_locale_and_hash_seed(tmp_path: Path) -> None:
    runs: dict[str, tuple[Path, dict[str, str], tuple[str, ...]]] = {
        "reference": (_copy(tmp_path / "ref", NAMES), {}, ()),
        "files created in reverse order": (_copy(tmp_path / "rev", NAMES[::-1]), {}, ()),
        "files created in another order": (_copy(tmp_path / "mid", NAMES[2:] + NAMES[:2]), {}, ()),
        "TZ=Pacific/Kiritimati (UTC+14)": (_copy(tmp_path / "tz", NAMES), {"TZ": "Pacific/Kiritimati"}, ()),
        "TZ=Etc/GMT+12 (UTC-12)": (_copy(tmp_path / "tz2", NAMES), {"TZ": "Etc/GMT+12"}, ()),
        "LC_ALL=C": (_copy(tmp_path / "c", NAMES), {"LC_ALL": "C"}, ()),
        "PYTHONHASHSEED=12345": (_copy(tmp_path / "seed", NAMES), {"PYTHONHASHSEED": "12345"}, ()),
    }
    if HAS_CACHE:
        runs["--no-cache"] = (_copy(tmp_path / "nocache", NAMES), {}, ("--no-cache",))
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = dict(zip(runs, pool.map(lambda r: _run(*r[:2], *r[2]), runs.values()), strict=True))
    reference = outputs.pop("reference")
    assert reference.startswith(b"{") and b'"corpus/' in reference, reference[:200]
    assert str(tmp_path).encode() not in reference, "paths are relative"
    different = [name for name, out in outputs.items() if out != reference]
    assert not different, f"JSON differs under: {different}"


@pytest.mark.skipif(not HAS_CACHE, reason="no claim cache in this build")
def test_a_warm_cache_gives_the_same_json_as_a_cold_one(tmp_path: Path) -> None:
    folder = _copy(tmp_path, NAMES)
    cold = _run(folder, {})
    assert any((folder / "cache").rglob("*")), "the first run filled the cache"
    warm = _run(folder, {})
    assert warm == cold


@pytest.mark.skipif(not HAS_JOBS, reason="no --jobs in this build")
def test_jobs_1_and_2_give_the_same_json(tmp_path: Path) -> None:
    """50 articles (the corpus ten times over), the size at which --jobs starts splitting the work."""
    one = _copy(tmp_path / "one", NAMES, copies=10)
    two = _copy(tmp_path / "two", NAMES[::-1], copies=10)
    with ThreadPoolExecutor(max_workers=2) as pool:
        first, second = pool.map(
            lambda r: _run(*r), [(one, {}, "--jobs", "1"), (two, {"TZ": "Pacific/Kiritimati"}, "--jobs", "2")]
        )
    assert first.count(b'"status": "checked"') >= 50 or first.count(b'"checked"') >= 50
    assert first == second
