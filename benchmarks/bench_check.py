"""Time and memory of the whole pipeline on a synthetic corpus. Run by hand; prints figures.

    python benchmarks/bench_check.py [ARTICLES]

The corpus is the repo's corpus/ copied ARTICLES times (default 500) into a temporary folder, each
copy with its publication date moved on a day and every figure raised a little, so claims do not
collapse into one another. Stage times are wall-clock, from a first run; memory is
tracemalloc's peak over a second run.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from discrep.corpus import load
from discrep.engine import build_report, extract_all, run_checks
from discrep.report import render
from discrep.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(folder: Path, copies: int) -> int:
    sources = sorted((ROOT / "corpus").glob("*.md"))
    written = 0
    for n in range(copies):
        source = sources[n % len(sources)]
        text = source.read_text(encoding="utf-8")
        day = dt.date(2022, 2, 28) + dt.timedelta(days=n // len(sources))
        text = re.sub(r'published: "?[\d-]+"?', f"published: {day.isoformat()}", text, count=1)
        bump = n % 7
        text = re.sub(r"\b(\d{1,3}),(\d{3})\b", lambda m, b=bump: f"{int(m.group(1)) + b},{m.group(2)}", text)
        (folder / f"{n:05d}-{source.name}").write_text(text, encoding="utf-8")
        written += len(text)
    return written


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chars = make_corpus(folder, copies)
        rules = load_rules()
        t0 = time.perf_counter()
        articles, statuses = load([folder])
        t1 = time.perf_counter()
        claims = extract_all(articles, rules)
        t2 = time.perf_counter()
        findings = run_checks(claims, rules)
        report = build_report(statuses, claims, findings)
        t3 = time.perf_counter()
        json_text = render(report, "json", rules)
        t4 = time.perf_counter()
        # memory in a second pass: tracemalloc slows Python down several times over
        tracemalloc.start()
        again, _ = load([folder])
        render(build_report(statuses, (c := extract_all(again, rules)), run_checks(c, rules)), "json", rules)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    total = t4 - t0
    print(f"articles: {copies}, text: {chars / 1e6:.2f} MB, claims: {len(claims)}, findings: {len(findings)}")
    print(f"load {t1 - t0:.2f}s | extract {t2 - t1:.2f}s | check {t3 - t2:.2f}s | json {t4 - t3:.2f}s")
    print(f"total {total:.2f}s = {copies / total:.0f} articles/s, {chars / total / 1e3:.0f} k chars/s")
    print(f"peak traced memory: {peak / 1e6:.1f} MB; JSON report {len(json_text) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
