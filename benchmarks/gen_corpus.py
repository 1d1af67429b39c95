"""Write a seeded synthetic corpus of news articles for the benchmarks. Run by hand.

    python benchmarks/gen_corpus.py FOLDER [ARTICLES] [--seed N]

Each article is about 4 KB of prose with YAML front matter (outlet, published, title): a headline
paragraph, tallies from different claimants with varied qualifiers ("at least", "about", "more than"),
periods ("in the past 24 hours", "since the invasion began"), weekdays and explicit dates, venues
and rounds of talks, attribution by name, by pronoun and by "according to", and filler paragraphs
with no figure at all, as real reports have. The same seed writes the same files.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

OUTLETS = [
    "Globe Live Media", "Daily Courier", "Evening Standard Post", "Wire Service", "Metro Herald",
    "The Northern Times", "Capital Report", "Continental News", "Frontline Daily", "Morning Ledger",
]  # fmt: skip
START = dt.date(2022, 2, 24)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VENUES = [
    "Gomel", "the Gomel region", "Brest", "the Belovezhskaya Pushcha", "Minsk", "Istanbul",
    "Antalya", "the town of Gomel", "Belarus's Brest region", "Turkey",
]  # fmt: skip
CLAIMANTS = [
    ("the Russian Defense Ministry", "Igor Konashenkov, the ministry's spokesman,"),
    ("Ukraine's General Staff", "the General Staff"),
    ("the UN human rights office", "the U.N. office"),
    ("Ukrainian officials", "a Ukrainian official"),
    ("Vladimir Medinsky", "Medinsky"),
    ("David Arakhamia", "Arakhamia"),
    ("the Kremlin", "Kremlin spokesman Dmitry Peskov"),
]  # fmt: skip
TALLIES = [
    ("{n} civilians {verb} killed", 300, 2500),
    ("{n} civilians {verb} wounded", 500, 4000),
    ("{n} Russian troops {verb} killed", 400, 6000),
    ("{n} Ukrainian military facilities {verb} destroyed", 900, 2500),
    ("{n} tanks and other armoured combat vehicles {verb} destroyed", 200, 900),
    ("{n} multiple rocket launchers {verb} hit", 20, 200),
    ("{n} aircraft {verb} shot down", 10, 120),
    ("{n} people {verb} displaced", 10000, 900000),
    ("{n} people {verb} evacuated", 1000, 90000),
    ("{n} drones {verb} downed", 5, 80),
]  # fmt: skip
QUALIFIERS = ["", "", "at least ", "about ", "more than ", "nearly ", "up to ", "some ", "over ", "around "]
PERIODS = [
    "", "", " in the past 24 hours", " since the military operation began", " so far", " overnight",
    " in total", " since the start of the invasion",
]  # fmt: skip
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
FILLER = [
    "Air raid sirens sounded again across the capital as residents sheltered in metro stations.",
    "Long queues formed at the western border crossings, where volunteers handed out food and blankets.",
    "Western governments announced further sanctions against banks and wealthy businessmen.",
    "The fighting has driven up energy prices across Europe, and markets remained volatile.",
    "Satellite images released by a private company showed a long convoy of vehicles north of the city.",
    "Humanitarian groups warned that supplies of water and medicine were running low in besieged towns.",
    "The president thanked foreign leaders for their support in an address posted online late at night.",
    "Diplomats said the positions of the two sides remained far apart on the main questions.",
    "Railway workers kept trains running westward, packed with women, children and the elderly.",
    "Analysts cautioned that figures from both sides could not be independently verified.",
    "The central bank raised its key rate sharply and imposed temporary capital controls.",
    "Several airlines suspended flights over the region and rerouted services to the south.",
    "Journalists on the ground described damaged apartment blocks and burnt-out cars along the main road.",
    "Church bells rang in the old town, where people gathered to pray for an end to the war.",
]  # fmt: skip


SUBJECTS = [
    "Residents of the eastern suburbs", "Volunteers from the city", "Local officials", "Aid workers",
    "The mayor", "Opposition lawmakers", "Foreign ministers", "Reporters", "Families", "Doctors",
    "Farmers in the south", "Students", "Engineers from the power company", "Firefighters",
]  # fmt: skip
ACTIONS = [
    "described a tense night", "called for calm", "struggled to reach the front", "repaired damaged lines",
    "asked for more help", "gathered outside the town hall", "left for the border", "waited for news",
    "cleared rubble from the streets", "set up shelters in schools", "warned of shortages",
]  # fmt: skip
SETTINGS = [
    "near Kharkiv", "in the capital", "outside Mariupol", "along the river", "in the old quarter",
    "on the outskirts of Odesa", "in western Ukraine", "near the airport", "in Lviv",
]  # fmt: skip
TIMES = ["", "", " on Tuesday", " this morning", " late on Friday", " yesterday", " overnight", " last week"]


def _filler(rng: random.Random) -> str:
    tail = rng.choice(["", ", witnesses said", ", according to local media", ", as shelling continued"])
    return f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {rng.choice(SETTINGS)}{rng.choice(TIMES)}{tail}."


def _figure(rng: random.Random, low: int, high: int, published: dt.date) -> str:
    """A running total that grows over the 40 days of the story, give or take a few percent per
    source, as real tallies do (random figures would make every later report a contradiction)."""
    progress = min(1.0, max(0.0, (published - START).days / 40))
    n = max(1, round((low + (high - low) * progress) * rng.uniform(0.95, 1.05)))
    if n < 10 and rng.random() < 0.5:
        return WORDS.get(n, str(n))
    return f"{n:,}"


def _tally_sentence(rng: random.Random, published: dt.date) -> str:
    template, low, high = rng.choice(TALLIES)
    claimant, again = rng.choice(CLAIMANTS)
    figure = rng.choice(QUALIFIERS) + _figure(rng, low, high, published)
    body = template.format(n=figure, verb=rng.choice(["were", "had been", "have been"])) + rng.choice(PERIODS)
    day = WEEKDAYS[(published.weekday() - rng.randint(0, 3)) % 7]
    shape = rng.randrange(6)
    if shape == 0:
        return f"{body[0].upper()}{body[1:]}, {claimant} said on {day}."
    if shape == 1:
        return f"According to {claimant}, {body}."
    if shape == 2:
        return f"{again[0].upper()}{again[1:]} told reporters on {day} that {body}."
    if shape == 3:
        return f"He also stated that {body}."
    if shape == 4:
        lead = claimant[0].upper() + claimant[1:]
        return f"{lead} reported {day} that {body}, a figure that could not be verified."
    day_date = published - dt.timedelta(days=rng.randint(0, 3))
    return f"As of {day_date:%B} {day_date.day}, {body}, {claimant} said."


def _event_sentence(rng: random.Random, published: dt.date) -> str:
    venue = rng.choice(VENUES)
    ordinal = rng.choice(["first", "second", "third", "next", "new"])
    day = rng.choice(WEEKDAYS)
    shape = rng.randrange(5)
    if shape == 0:
        return f"The {ordinal} round of talks will take place in {venue} on {day}, the Kremlin said."
    if shape == 1:
        # a second pair of parties on some days, so that a big corpus has two lines of talks to tell
        # apart (extract/round_lines.py); chosen by the day, not drawn, so the rest of the text stays
        pair = "Moscow and Washington" if published.day % 3 == 0 else "Moscow and Kyiv"
        return f"Delegations from {pair} met in {venue} on {day} for their {ordinal} round of talks."
    if shape == 2:
        when = published + dt.timedelta(days=rng.randint(-6, 6))
        who = rng.choice(CLAIMANTS)[0]
        return f"The talks are scheduled to resume on {when:%B} {when.day} in {venue}, {who} said."
    if shape == 3:
        return f"Reports that the negotiations would be held in {venue} are not true, Medinsky said on {day}."
    hours = rng.choice(["two", "five", "three"])
    return f"Earlier in the day, the two delegations sat down in {venue} for {hours} hours."


def article(rng: random.Random, index: int) -> str:
    published = START + dt.timedelta(days=rng.randint(0, 40))
    outlet = rng.choice(OUTLETS)
    title = f"Day {(published - dt.date(2022, 2, 24)).days + 1}: talks and the toll, report {index}"
    paragraphs: list[str] = []
    size = 0
    target = rng.randint(3000, 5200)
    while size < target:
        roll = rng.random()
        sentences = []
        for _ in range(rng.randint(2, 5)):
            kind = rng.random()
            if kind < 0.14:
                sentences.append(_tally_sentence(rng, published))
            elif kind < 0.22:
                sentences.append(_event_sentence(rng, published))
            elif kind < 0.6:
                sentences.append(rng.choice(FILLER))
            else:
                sentences.append(_filler(rng))
        if roll < 0.1:
            sentences.insert(
                0,
                f"The seventh day of the war brought fresh fighting near Kharkiv on {rng.choice(WEEKDAYS)}.",
            )
        text = " ".join(sentences)
        paragraphs.append(text)
        size += len(text) + 2
    front = f'---\ntitle: "{title}"\noutlet: "{outlet}"\npublished: {published.isoformat()}\n---\n\n'
    return front + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 5, start: int = 0) -> int:
    """Write articles start..count-1 of the seeded series into folder; return the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for index in range(start, count):
        rng = random.Random(f"{seed}-{index}")
        data = article(rng, index).encode("utf-8")
        sub = folder / f"{index // 1000:03d}"  # a thousand files a folder
        sub.mkdir(exist_ok=True)
        target = sub / f"a{index:06d}.md"
        target.write_bytes(data)
        written += len(data)
    return written


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--seed")]
    seed = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--seed=")), 5)
    folder = Path(args[0])
    count = int(args[1]) if len(args) > 1 else 1000
    size = write_corpus(folder, count, seed)
    print(f"{count} articles, {size / 1e6:.1f} MB in {folder}")


if __name__ == "__main__":
    main()
