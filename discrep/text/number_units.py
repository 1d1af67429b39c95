"""Units after a number: percentages, measures and currencies, with their canonical names.

:func:`attach_unit` is one step of :mod:`discrep.text.number_context`; :data:`CURRENCY_BEFORE` also
tells :mod:`discrep.text.number_digits` that a lowercase "m" glued to digits is million ("$3m"), not
metres.
"""

from __future__ import annotations

import re

from discrep.text.number_tokens import Atom

_UNITS: dict[str, str] = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "mi": "mile", "m": "m", "metre": "m", "metres": "m", "meter": "m",
    "meters": "m", "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "ft": "ft", "feet": "ft", "foot": "ft", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard", "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilo": "kg", "kilos": "kg", "g": "g", "gram": "g", "grams": "g", "lb": "lb", "lbs": "lb",
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "t": "tonne",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre", "gallon": "gallon",
    "gallons": "gallon", "barrel": "barrel", "barrels": "barrel", "bpd": "barrel/day", "ha": "ha",
    "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre", "sq km": "km2", "sq. km": "km2",
    "square km": "km2", "sq mi": "mile2", "square kilometres": "km2", "square kilometers": "km2",
    "square miles": "mile2", "km2": "km2",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "knot", "mw": "MW", "megawatts": "MW",
    "gw": "GW", "gigawatts": "GW", "kw": "kW", "kwh": "kWh", "kilowatts": "kW", "°c": "°C", "°f": "°F",
    "degrees": "degree", "degree": "degree", "second": "second", "seconds": "second", "sec": "second",
    "secs": "second", "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year", "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "calories": "calorie", "mb": "MB", "gb": "GB",
    "nautical miles": "nautical mile", "light years": "light year",
}  # fmt: skip
_CURRENCY_WORDS: dict[str, str] = {
    "dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro", "pound": "pound",
    "pounds": "pound", "yuan": "yuan", "yen": "yen", "rubles": "ruble", "roubles": "ruble",
    "hryvnias": "hryvnia", "hryvnia": "hryvnia", "rupees": "rupee", "usd": "$", "eur": "€", "gbp": "£",
    "francs": "franc", "cfa francs": "CFA franc", "swiss francs": "Swiss franc", "naira": "naira",
    "shillings": "shilling", "pesos": "peso", "lira": "lira", "liras": "lira", "dinars": "dinar",
    "dirhams": "dirham", "riyals": "riyal", "rials": "rial", "rupiah": "rupiah", "ringgit": "ringgit",
    "baht": "baht", "taka": "taka", "kwacha": "kwacha", "cedis": "cedi", "zlotys": "zloty",
    "forints": "forint", "kroner": "krone", "kronor": "krona", "lei": "leu", "kyats": "kyat",
}  # fmt: skip
_UNIT_RE = re.compile(
    r"(?:\s*-\s*|\s*)(?P<u>"
    + "|".join(sorted((re.escape(u).replace(r"\ ", r"\s+") for u in _UNITS), key=len, reverse=True))
    + r")(?![\w/]|\.\w)",
    re.IGNORECASE,
)
_CURRENCY_WORD_RE = re.compile(
    r"\s*(?P<u>" + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_PERCENT_RE = re.compile(
    r"\s*(?:%|per\s*cent(?:age)?s?\b|percent(?:age)?s?\b|pct\b)(?:\s+points?\b)?"
    r"|pc\b",
    re.IGNORECASE,
)
_PERCENT_OF_RE = re.compile(r"(?:per\s*cents?|percents?|percentage)\s+of\s+$", re.IGNORECASE)
# Units that are a single letter or clash with words need the number glued to them ("5t", "10m").
_GLUED_ONLY = frozenset({"m", "t", "g", "mi", "min", "sec", "ha", "in"})
CURRENCY_BEFORE = re.compile(r"(US\$|A\$|C\$|\$|€|£|¥|₹|₴|\bUSD|\bEUR|\bGBP|\bRs\.?|\bINR)\s*$")
# every unit an amount of money is given: a figure in one counts no people and no things
CURRENCY_UNITS = frozenset(_CURRENCY_WORDS.values()) | {
    "US$", "A$", "C$", "$", "€", "£", "¥", "₹", "₴", "USD", "EUR", "GBP", "Rs", "Rs.", "INR",
}  # fmt: skip


def attach_unit(text: str, a: Atom) -> None:
    """Widen `a` over its unit and set kind and unit: "15%", "per cent of", "5 km", "30 years old",
    "20 dollars"; a pure fraction becomes a proportion, and a "currency" flag the symbol it saw."""
    if a.form in ("ordinal", "year", "code", "slash_date", "date"):
        return
    if a.value is not None and a.kind == "number":
        m = _PERCENT_OF_RE.search(text, max(0, a.start - 30), a.start)
        if m:
            a.kind, a.unit, a.start = "percent", "%", m.start()
            return
    m = _PERCENT_RE.match(text, a.end)
    if m and (m.group().strip() != "pc" or m.start() == a.end):
        a.kind, a.unit, a.end = "percent", "%", m.end()
        return
    m = _UNIT_RE.match(text, a.end)
    if m:
        u = m.group("u").lower()
        u = re.sub(r"\s+", " ", u)
        glued = m.start("u") == a.end
        if (u not in _GLUED_ONLY or glued) and not (u == "m" and a.unit == "currency"):
            a.kind, a.unit, a.end = "measure", _UNITS[u], m.end()
            old = re.match(r"\s*old\b", text[a.end :])
            if a.unit == "year" and old:
                a.end += old.end()
            elif a.unit == "year" and re.match(r"-old\b", text[a.end :]):
                a.end += 4
            return
    m = _CURRENCY_WORD_RE.match(text, a.end)
    if m and a.kind == "number":
        a.unit, a.end = _CURRENCY_WORDS[m.group("u").lower()], m.end()
        return
    if a.unit == "currency":
        m = CURRENCY_BEFORE.search(text, max(0, a.start - 6), a.start)
        if m:
            a.unit = m.group(1).strip()
            a.start = m.start(1)
    if a.form == "fraction" and a.value is not None and abs(a.value) < 1:
        a.kind, a.unit = "measure", "fraction"
