"""Write seed inputs for fuzz_parsers.py into a folder: each sample article, once per target.

    .venv/bin/python fuzz/seed.py /tmp/fuzz-corpus

The first byte picks the target (see fuzz_parsers.test_one_input); atheris' FuzzedDataProvider reads
an int in [0, 4] from it. The rest is the text. Seeds only speed the start; the fuzzer needs none.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    samples = sorted((ROOT / "corpus").glob("*.md")) + sorted((ROOT / "tests" / "fixtures").rglob("*.md"))
    for i, path in enumerate(samples):
        raw = path.read_bytes()
        for target in range(5):
            for j in range(0, len(raw), 2000):  # pieces, so each seed stays small
                (out / f"seed-{i}-{target}-{j}").write_bytes(bytes([target, 0, 0, 0]) + raw[j : j + 2000])


if __name__ == "__main__":
    main()
