"""The HTML report: one self-contained page, escaped, stable; and loaded in a real browser.

The browser tests run headless Chromium (Debian's `chromium`, installed by .ci/run when absent). They
are skipped when it is missing on a developer's machine, and fail when it is missing in CI (CI=true).
To remake the README's screenshot: `UPDATE_SCREENSHOT=1 python -m pytest tests/test_html_report.py`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from discrep.cli import cli
from discrep.engine import check
from discrep.report import render
from discrep.report.svg import nice_step
from discrep.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def page(paths: list[Path]) -> str:
    rules = load_rules()
    return render(check(paths, rules), "html", rules)


def test_the_page_is_self_contained() -> None:
    html = page([ROOT / "corpus"])
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<script" not in html
    # nothing to fetch: no external stylesheet, script, image, font or import
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?!#)""", html)
    assert "@import" not in html and "url(" not in html


def test_the_page_is_the_same_from_run_to_run() -> None:
    assert page([ROOT / "corpus"]) == page([ROOT / "corpus"])


def test_findings_timelines_and_events_are_shown() -> None:
    html = page([ROOT / "corpus"])
    report = check([ROOT / "corpus"])
    for finding in report.findings:
        assert f'id="{finding.id}"' in html
    # one chart per tally with two dated figures or more: five running tallies, the casualty sum
    # (5,000 against 498 + 1,600) and the Russian dead of two articles
    assert html.count("<svg") == 7
    assert 'id="timeline-casualties-russian_military"' in html
    assert html.count('class="contradiction"') >= 2  # the ringed figures of the contradiction
    assert 'class="whisker"' in html  # "more than 5,000" runs open to the top
    assert "2,098 [498 killed + 1,600 wounded]" in html
    # the second round: each source's venue and date side by side, the conflicting ones marked
    events = html[html.index('<section id="events">') :]
    assert "talks, round 2" in events and "Belovezhskaya Pushcha" in events
    assert 'class="denied conflict"' in events


def test_an_approximate_figure_is_drawn_as_a_band(tree) -> None:
    root = tree(
        {
            "a.md": "---\noutlet: A\npublished: 2022-03-01\n---\n"
            "The ministry said around 3,700 soldiers were wounded.\n",
            "b.md": "---\noutlet: B\npublished: 2022-03-02\n---\n"
            "The ministry said 3,900 soldiers were wounded.\n",
        }
    )
    html = page([root])
    assert html.count("<svg") == 1 and html.count('class="band"') == 1


def test_every_text_from_the_articles_is_escaped(tree) -> None:
    evil = '<script>alert("x")</script>'
    root = tree(
        {
            "a.md": f"---\noutlet: '{evil}'\npublished: 2022-03-01\n---\n"
            f"The Defence Ministry said 498 Russian servicemen have been killed. {evil}\n",
            "b.md": "---\noutlet: B & <C>\npublished: 2022-03-02\n---\n"
            "The Defence Ministry said 400 Russian servicemen have been killed.\n",
        }
    )
    html = page([root])
    assert "<script" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "B &amp; &lt;C&gt;" in html


def test_a_corpus_with_nothing_to_draw_still_makes_a_page(tree) -> None:
    html = page([tree({"a.md": "---\noutlet: A\npublished: 2022-03-01\n---\nNothing to count.\n"})])
    assert "No findings" in html and "No tally has two dated figures" in html and "<svg" not in html


def test_nice_steps() -> None:
    assert [nice_step(s) for s in (0, 9, 100, 1800, 7000)] == [1.0, 2.0, 20.0, 500.0, 2000.0]


def test_check_format_html_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["check", str(ROOT / "corpus"), "--format", "html", "-o", str(out)])
    assert result.exit_code == 1, result.output  # the corpus has errors
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").count("<svg") == 7


# --- in a real browser ---------------------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("chromium is not installed; .ci/run installs it (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium); CI runs this test")


def browse(url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """One headless Chromium run; no network, a throwaway profile, console messages on stderr."""
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                "--enable-logging=stderr",
                "--v=0",
                *extra,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def console_messages(stderr: str) -> list[str]:
    """What the page wrote to the console: errors, uncaught exceptions, blocked loads."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(page([ROOT / "corpus"]), encoding="utf-8")
    return path


def test_the_console_check_catches_a_broken_page(tmp_path: Path) -> None:
    """The harness itself: a page that throws and loads from outside is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><head>"
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body>'
        '<img src="http://example.invalid/x.png"><script>undefinedFunction();</script></body></html>',
        encoding="utf-8",
    )
    done = browse(bad.as_uri(), "--dump-dom")
    messages = console_messages(done.stderr)
    assert any("Content Security Policy" in m for m in messages), done.stderr
    assert done.returncode == 0


def test_the_report_loads_in_chromium_with_charts_and_no_console_errors(report_page: Path) -> None:
    done = browse(report_page.as_uri(), "--dump-dom")
    assert done.returncode == 0, done.stderr
    dom = done.stdout
    assert '<body id="discrep-report">' in dom and "Where the sources disagree" in dom
    assert dom.count("<svg") == 7 and dom.count("<polyline") >= 5
    assert console_messages(done.stderr) == []


def test_a_screenshot_of_the_report(
    report_page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shot = tmp_path / "report.png"
    done = browse(report_page.as_uri(), f"--screenshot={shot}", "--window-size=1280,2000")
    assert done.returncode == 0, done.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000, "a blank page compresses to a few kilobytes"
    assert console_messages(done.stderr) == []
    if os.environ.get("UPDATE_SCREENSHOT"):
        # the README's picture: the mixed-format corpus, whose whole page fits one tall screen;
        # run from its folder so that paths read formats/a.md, formats/feed.jsonl:record 2
        monkeypatch.chdir(FIXTURES / "mixed")
        mixed = tmp_path / "mixed.html"
        mixed.write_text(page([Path("formats")]), encoding="utf-8")
        target = ROOT / "docs" / "report.png"
        target.parent.mkdir(exist_ok=True)
        done = browse(mixed.as_uri(), f"--screenshot={target}", "--window-size=1280,2330")
        assert done.returncode == 0, done.stderr


def test_findings_accepted_in_a_baseline_are_counted_not_shown(tmp_path: Path) -> None:
    baseline, out = tmp_path / "baseline.json", tmp_path / "report.html"
    corpus = str(ROOT / "corpus")
    assert CliRunner().invoke(cli, ["baseline", corpus, "-o", str(baseline)]).exit_code == 0
    result = CliRunner().invoke(
        cli, ["check", corpus, "--baseline", str(baseline), "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "; 11 baselined" in html and "No findings" in html
