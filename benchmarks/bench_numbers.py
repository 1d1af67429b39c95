"""Throughput and peak memory of discrep.parse_numbers on ~1 MB of synthetic news-like text.

Run by hand:  python benchmarks/bench_numbers.py [--mb 1.0] [--seed 7]
Not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc

from discrep import parse_numbers

TEMPLATES = [
    "{n} Russian servicemen have been killed since {month} {day}, officials said.",
    "Around {n:,} Ukrainian servicemen were wounded, according to the ministry.",
    "The toll now exceeds {n:,} soldiers, up from {m} a week earlier.",
    "The U.N. General Assembly voted {a}-{b} to condemn the invasion on {month} {day}.",
    "A column more than {w} kilometres long was seen about {k} km from the city at {h}:{mm}.",
    "Between {m} and {n} people were evacuated; several buildings and dozens of cars were destroyed.",
    "Some {f} million refugees have fled, roughly {p}% of the population, the agency said in {y}.",
    "They killed {w} people and injured {w} more on the seventh day of the offensive.",
    "Up to {m} drones and as many as {a} missiles were launched, fewer than {b} were intercepted.",
    "One of the officials said two thirds of the {n:,} tanks were lost, a third of them in March.",
    "Talks in Istanbul lasted {h} hours; no one expected a deal before {y}.",
    "Nearly {p} percent of the {k}-mile front line saw fighting, the 21st report said.",
]
WORDS = ["five", "twenty-one", "three hundred", "two dozen", "a hundred", "forty"]
MONTHS = ["January", "February", "March", "April", "May", "June"]


def make_text(target_bytes: int, seed: int) -> tuple[str, int]:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < target_bytes:
        s = rng.choice(TEMPLATES).format(
            n=rng.randint(10, 60000),
            m=rng.randint(1, 500),
            a=rng.randint(50, 190),
            b=rng.randint(0, 49),
            w=rng.choice(WORDS),
            k=rng.randint(2, 900),
            h=rng.randint(1, 12),
            mm=f"{rng.randint(0, 59):02d}",
            f=round(rng.uniform(1, 9), 1),
            p=rng.randint(1, 99),
            y=rng.randint(1990, 2025),
            month=rng.choice(MONTHS),
            day=rng.randint(1, 28),
        )
        parts.append(s)
        size += len(s) + 1
    return "\n".join(parts), len(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    text, n_sentences = make_text(int(args.mb * 1_000_000), args.seed)
    sentences = text.split("\n")
    parse_numbers(sentences[0])  # warm caches and imports

    t0 = time.perf_counter()
    mentions = sum(len(parse_numbers(s)) for s in sentences)
    per_sentence = time.perf_counter() - t0

    t0 = time.perf_counter()
    whole = parse_numbers(text)
    one_call = time.perf_counter() - t0

    tracemalloc.start()
    parse_numbers(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"text: {len(text):,} chars, {n_sentences:,} sentences, {mentions:,} mentions")
    print(
        f"per sentence: {per_sentence:.2f} s  {n_sentences / per_sentence:,.0f} sentences/s  "
        f"{len(text) / per_sentence:,.0f} chars/s"
    )
    print(
        f"one call on the whole text: {one_call:.2f} s  {len(text) / one_call:,.0f} chars/s,",
        f"{len(whole):,} mentions",
    )
    print(f"peak memory (tracemalloc, one call on the whole text): {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
