"""References between rule entries, checked once every pack is read.

A metric's `sum_of`, `floor_of` and `state_of` name metrics, a subject's `part_of` another subject, an event's
`variant_of` another event, a place's `parent` another place; no place contains itself through its
parents; and no phrase names two entries of one family (which one would "killed" count?). Each
mistake is a RulesError naming the file that holds the later of the entries involved, and a near
miss gets a "did you mean".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from discrep.extract.lexicon import fold
from discrep.rules_yaml import RulesError


def did_you_mean(name: object, known: Iterable[str]) -> str:
    """' (did you mean 'metrics'?)' for a near miss among `known`, else ''."""
    close = difflib.get_close_matches(str(name), list(known), n=1, cutoff=0.8)
    return f" (did you mean {close[0]!r}?)" if close else ""


def cross_check(acc: Mapping[str, Any]) -> None:
    """References between entries must resolve: sum_of names metrics, parent names places, part_of
    names another subject.

    And no place contains itself through its parents, and no phrase is an alias of two entries of
    one family (which one would "killed" count?). Entries are checked in the order they were read
    (packs in order, files by name), so the error names the later of two clashing entries.
    """
    origin = acc["_origin"]
    for metric in acc["metrics"].values():
        for part in metric.sum_of:
            if part not in acc["metrics"] or part == metric.id:
                where = origin[("metrics", metric.id)]
                problem = (
                    "a metric cannot be a sum of itself"
                    if part == metric.id
                    else f"unknown metric {part!r}{did_you_mean(part, acc['metrics'])}"
                )
                raise RulesError(f"{where}: metrics.{metric.id}.sum_of: {problem}")
        for field, named in (("floor_of", metric.floor_of), ("state_of", metric.state_of)):
            if named is not None and (named not in acc["metrics"] or named == metric.id):
                where = origin[("metrics", metric.id)]
                raise RulesError(
                    f"{where}: metrics.{metric.id}.{field}: unknown metric {named!r}"
                    f"{did_you_mean(named, acc['metrics'])}"
                )
    # a subject's part_of and an event's variant_of name another entry of their own section
    for section, key, what in (("subjects", "part_of", "subject"), ("events", "variant_of", "event")):
        entries = acc[section]
        for entry in entries.values():
            if entry.part_of is not None and (entry.part_of not in entries or entry.part_of == entry.id):
                raise RulesError(
                    f"{origin[(section, entry.id)]}: {section}.{entry.id}.{key}: unknown {what} "
                    f"{entry.part_of!r}{did_you_mean(entry.part_of, entries)}"
                )
    places = acc["places"]
    for place in places.values():
        if place.parent and place.parent not in places:
            where = origin[("places", place.id)]
            raise RulesError(
                f"{where}: places.{place.id}.parent: unknown place {place.parent!r}"
                f"{did_you_mean(place.parent, places)}"
            )
        chain = [place.id]
        current = place.parent
        while current and current in places:
            if current in chain:
                where = origin[("places", place.id)]
                loop = " -> ".join([*chain[chain.index(current) :], current])
                raise RulesError(f"{where}: places.{place.id}.parent: a cycle of parents ({loop})")
            chain.append(current)
            current = places[current].parent
    for section in ("metrics", "subjects", "claimants", "places", "events", "parties"):
        owner: dict[str, str] = {}
        for entry in acc[section].values():
            # a party's people name it as its aliases do: one surname cannot be on two sides
            for alias in (*entry.aliases, *(entry.participants if section == "parties" else ())):
                first = owner.setdefault(fold(alias), entry.id)
                if first != entry.id:
                    where = acc["_alias_origin"][(section, entry.id)]
                    other = acc["_alias_origin"][(section, first)]
                    raise RulesError(
                        f"{where}: {section}.{entry.id}.aliases: {alias!r} is already an alias of "
                        f"{section}.{first} ({other}); one phrase can name only one"
                    )
