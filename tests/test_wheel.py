"""The built wheel, installed in a fresh virtual environment, checks articles outside this repo.

This is the only test that installs anything; it proves the default rules ship inside the wheel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = """---
outlet: {outlet}
published: 2022-03-02
---
The Defence Ministry said {n} Russian servicemen have been killed.
"""


def sh(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600, env=env
    )


@pytest.mark.skipif(sys.platform == "win32", reason="venv layout differs on Windows")
def test_wheel_installs_and_checks_outside_the_repo(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = sh(
        sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, ROOT, cwd=tmp_path
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = dist.glob("discrep-*.whl")

    venv = tmp_path / "venv"
    assert sh(sys.executable, "-m", "venv", venv, cwd=tmp_path).returncode == 0
    installed = sh(venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr[-2000:]

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text(ARTICLE.format(outlet="A", n=498), encoding="utf-8")
    (articles / "b.md").write_text(ARTICLE.format(outlet="B", n=600), encoding="utf-8")
    run = sh(venv / "bin" / "discrep", "check", articles, "--format", "json", cwd=tmp_path)
    assert run.returncode == 1, run.stderr[-2000:]
    report = json.loads(run.stdout)
    assert [f["kind"] for f in report["findings"]] == ["contradiction"]

    where = sh(
        venv / "bin" / "python",
        "-c",
        "import discrep, pathlib; print(pathlib.Path(discrep.__file__).parent)",
        cwd=tmp_path,
    )
    package = Path(where.stdout.strip())
    assert ROOT not in package.parents, "the installed copy must not be the repo's"
    assert (package / "rules" / "metrics.yaml").is_file()
