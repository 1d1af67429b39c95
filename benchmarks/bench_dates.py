"""Benchmark discrep.resolve_dates on ~200 KB of synthetic news text; run by hand.

usage: python benchmarks/bench_dates.py [--kb 200] [--sample-kb 4] [--seed 7]

Prints mentions/s and chars/s of resolve_dates, the hit rate of its dateparser cache, and the same
figures for dateparser.search.search_dates on a small sample of the same text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from discrep import resolve_dates
from discrep.text import date_rules

REFERENCE = dt.date(2022, 3, 2)
PEOPLE = ["Lavrov", "Kuleba", "Peskov", "Zelensky", "Erdogan", "Macron", "Scholz", "Blinken"]
PLACES = ["Antalya", "Istanbul", "Gomel", "Brest", "Kyiv", "Moscow", "Minsk", "Geneva"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June"]
TEMPLATES = [
    "{p} said on {wd} that talks with {q} will take place in {place} on {wd2}.",
    "Delegations met in {place} {wd} morning, the {ord} day of the invasion.",
    "The ministers are expected to meet on {month} {day}, officials told reporters.",
    "{p} and {q} held talks on {day} {month} 2022, a week after the first round.",
    "Talks may resume next week, {p} said, adding that a deal was not expected before {month} {day}.",
    "Fighting continued overnight and three days ago shelling hit {place}, local officials reported.",
    "The earlier round, held on {dmy}, ended without agreement; another is planned for tomorrow.",
    "Wait a second, {p} told the press in {place}; the second round may start in two days.",
    "Since the invasion began last Thursday, more than {n} people have fled, the UN said yesterday.",
    "A ceasefire was announced on {iso} and collapsed the day after, {p} said.",
    "Officials plan to reconvene on {loose}, after Orthodox Easter and before Victory Day.",
    "No date has been set, {p} said, and the ministers gave no timetable for the next meeting.",
]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def synthetic_news(size: int, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        month = rng.randrange(1, 7)
        day = rng.randrange(1, 29)
        sentence = rng.choice(TEMPLATES).format(
            p=rng.choice(PEOPLE),
            q=rng.choice(PEOPLE),
            place=rng.choice(PLACES),
            wd=rng.choice(WEEKDAYS),
            wd2=rng.choice(WEEKDAYS),
            ord=rng.choice(ORDINALS),
            month=MONTHS[month - 1],
            day=day,
            n=rng.randrange(1000, 900000),
            dmy=f"{month}/{day}/2022",
            iso=f"2022-{month:02d}-{day:02d}",
            loose=f"{day}-2022-{MONTHS[month - 1]}",
        )
        parts.append(sentence)
        total += len(sentence) + 1
        if rng.random() < 0.15:
            parts.append("\n\n")
    return " ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=200)
    ap.add_argument("--sample-kb", type=float, default=4)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    text = synthetic_news(args.kb * 1000, args.seed)
    day_one = dt.date(2022, 2, 24)

    resolve_dates("warm up: on 3-2022-March", REFERENCE)  # loads dateparser once, outside the timing
    date_rules._dateparser.cache_clear()
    start = time.perf_counter()
    mentions = resolve_dates(text, REFERENCE, day_one=day_one)
    elapsed = time.perf_counter() - start
    info = date_rules._dateparser.cache_info()
    calls = info.hits + info.misses
    print(f"text: {len(text):,} chars, {len(mentions):,} mentions")
    rate = f"{len(mentions) / elapsed:,.0f} mentions/s, {len(text) / elapsed:,.0f} chars/s"
    print(f"resolve_dates: {elapsed:.3f} s = {rate}")
    hit_rate = info.hits / max(1, calls)
    print(f"dateparser cache: {calls} calls, {info.hits} hits, {info.misses} misses, hit rate {hit_rate:.1%}")

    import dateparser.search

    sample = text[: int(args.sample_kb * 1000)]
    settings = {"RELATIVE_BASE": dt.datetime.combine(REFERENCE, dt.time())}
    start = time.perf_counter()
    found = dateparser.search.search_dates(sample, languages=["en"], settings=settings) or []
    dp_elapsed = time.perf_counter() - start
    start = time.perf_counter()
    ours = resolve_dates(sample, REFERENCE, day_one=day_one)
    our_elapsed = time.perf_counter() - start
    print(f"sample: {len(sample):,} chars")
    print(f"  search_dates:  {dp_elapsed:.3f} s, {len(found)} hits, {len(sample) / dp_elapsed:,.0f} chars/s")
    our_rate = len(sample) / our_elapsed
    print(f"  resolve_dates: {our_elapsed:.4f} s, {len(ours)} mentions, {our_rate:,.0f} chars/s")
    print(f"  speed-up: {dp_elapsed / our_elapsed:,.0f}x")
    wrong = [text for text, _ in found if text.lower() in ("may", "a second", "second")]
    print(f"  search_dates hits on 'may'/'a second': {len(wrong)}")
    # As it is usually called: without languages=, dateparser detects the language of every chunk.
    small = text[:1000]
    start = time.perf_counter()
    dateparser.search.search_dates(small, settings=settings)
    guess_elapsed = time.perf_counter() - start
    start = time.perf_counter()
    resolve_dates(small, REFERENCE, day_one=day_one)
    small_elapsed = time.perf_counter() - start
    print(f"  search_dates without languages= on {len(small):,} chars: {guess_elapsed:.3f} s,")
    slower = guess_elapsed / small_elapsed
    print(f"    {len(small) / guess_elapsed:,.0f} chars/s, {slower:,.0f}x slower than resolve_dates")


if __name__ == "__main__":
    main()
