"""Holiday dates for a Gregorian year: fixed, weekday-rule, Easter-based, Hebrew and Islamic.

Used by :mod:`discrep.text.dates`. Every rule is a function ``year -> date | None``; a holiday name
found in text maps to one rule through :data:`HOLIDAY_RULES`.

Hebrew dates use the arithmetic of Reingold & Dershowitz, *Calendrical Calculations*, and follow
duckling's convention of naming the eve (the evening a Jewish holiday begins). Islamic dates follow
the Umm al-Qura calendar, Saudi Arabia's official one (hijridate's tables, 1924-2077), and outside
those years the arithmetical (tabular) calendar, moved to where it mostly falls against Umm al-Qura;
an announcement based on a sighting of the moon can still differ by a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from discrep.text import date_lunar as lunar

Rule = Callable[[int], "dt.date | None"]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th (1-based; negative counts from the end) ``weekday`` (Mon=0) of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return day if day.month == month else None
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    day = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    return day if day.month == month else None


def _fixed(month: int, day: int) -> Rule:
    return lambda y: dt.date(y, month, day)


def _nth(month: int, weekday: int, n: int, shift: int = 0) -> Rule:
    def rule(y: int) -> dt.date | None:
        d = nth_weekday(y, month, weekday, n)
        return d + dt.timedelta(days=shift) if d else None

    return rule


def easter(year: int, orthodox: bool = False) -> dt.date:
    """Easter Sunday: the anonymous Gregorian computus, or Meeus's Julian one moved to the Gregorian date."""
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        julian_gap = year // 100 - year // 400 - 2
        return dt.date(year, month, day + 1) + dt.timedelta(days=julian_gap)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month, day = divmod(h + el - 7 * m + 90, 25)
    return dt.date(year, month, (h + el - 7 * m + 33 * month + 19) % 32)


def _easter(shift: int, orthodox: bool = False) -> Rule:
    return lambda y: easter(y, orthodox) + dt.timedelta(days=shift)


def _weekday_adjusted(month: int, day: int, sat: int, sun: int) -> Rule:
    def rule(y: int) -> dt.date:
        d = dt.date(y, month, day)
        return d + dt.timedelta(days={5: sat, 6: sun}.get(d.weekday(), 0))

    return rule


# --- Hebrew calendar (Calendrical Calculations, 3rd ed., ch. 8) ---------------------------------
_HEBREW_EPOCH = -1373427  # R.D. of Tishri 1, A.M. 1


def _hebrew_leap(y: int) -> bool:
    return (7 * y + 1) % 19 < 7


def _elapsed_days(y: int) -> int:
    months = (235 * y - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _new_year(y: int) -> int:
    ny0, ny1, ny2 = _elapsed_days(y - 1), _elapsed_days(y), _elapsed_days(y + 1)
    correction = 2 if ny2 - ny1 == 356 else 1 if ny1 - ny0 == 382 else 0
    return _HEBREW_EPOCH + ny1 + correction


def _hebrew_month_length(y: int, m: int) -> int:
    year_days = _new_year(y + 1) - _new_year(y)
    if m == 8:  # Marheshvan
        return 30 if year_days % 10 == 5 else 29
    if m == 9:  # Kislev
        return 29 if year_days % 10 == 3 else 30
    if m == 12:  # Adar (Adar I in a leap year)
        return 30 if _hebrew_leap(y) else 29
    return 30 if m in (1, 3, 5, 7, 11) else 29


def hebrew_to_gregorian(y: int, m: int, d: int) -> dt.date:
    """Months numbered from Nisan = 1; Tishri = 7; Adar II = 13 in leap years."""
    last = 13 if _hebrew_leap(y) else 12
    months = list(range(7, m)) if m >= 7 else [*range(7, last + 1), *range(1, m)]
    return dt.date.fromordinal(_new_year(y) + sum(_hebrew_month_length(y, k) for k in months) + d - 1)


def _hebrew(m: int, d: int, *, autumn: bool, adjust: Callable[[dt.date], dt.date] | None = None) -> Rule:
    def rule(y: int) -> dt.date:
        hy = y + 3761 if autumn else y + 3760
        month = 13 if m == 12 and _hebrew_leap(hy) else m  # Purim and friends fall in Adar II
        day = hebrew_to_gregorian(hy, month, d)
        if adjust:
            day = adjust(day)
        return day - dt.timedelta(days=1)  # the eve

    return rule


def _move(rules: dict[int, int]) -> Callable[[dt.date], dt.date]:
    return lambda d: d + dt.timedelta(days=rules.get(d.weekday(), 0))


# --- Islamic calendar ----------------------------------------------------------------------------
_ISLAMIC_EPOCH = 227015  # R.D. of 1 Muharram A.H. 1 (16 July 622, Julian)


def islamic_to_gregorian(y: int, m: int, d: int) -> dt.date:
    """The arithmetical (tabular) Islamic calendar: the fallback outside Umm al-Qura's years."""
    return dt.date.fromordinal(
        _ISLAMIC_EPOCH - 1 + (y - 1) * 354 + (3 + 11 * y) // 30 + 29 * (m - 1) + m // 2 + d
    )


def umm_al_qura_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """The Umm al-Qura calendar (Saudi Arabia's) via hijridate: A.H. 1343-1500 (1924-2077), else None."""
    from hijridate import Hijri  # here: only a text naming an Islamic holiday pays for the import

    try:
        day = Hijri(y, m, d).to_gregorian()
    except (OverflowError, ValueError):  # a year outside its tables; a 30th in a 29-day month
        return None
    return dt.date(day.year, day.month, day.day)


def _islamic(m: int, d: int, tabular_shift: int = -1) -> Rule:
    """Day d of Islamic month m in a Gregorian year (its first, when the year holds two).

    Umm al-Qura where its tables reach; outside them the tabular calendar, moved by
    `tabular_shift` days, which is how far it mostly runs from Umm al-Qura for that day.
    """

    def rule(y: int) -> dt.date | None:
        approx = round((y - 622) * 33 / 32)
        for hy in (approx - 1, approx, approx + 1, approx + 2):
            day = umm_al_qura_to_gregorian(hy, m, d)
            if day is None:
                day = islamic_to_gregorian(hy, m, d) + dt.timedelta(days=tabular_shift)
            if day.year == y:
                return day
        return None

    return rule


def _last_friday_of_ramadan(y: int) -> dt.date | None:
    end = _islamic(10, 1)(y)
    if end is None:
        return None
    end -= dt.timedelta(days=1)
    return end - dt.timedelta(days=(end.weekday() - 4) % 7)


def _hindu(month: int, tithi: int, moment: float = lunar.SUNRISE, shift: int = 0) -> Rule:
    return lambda y: lunar.hindu_festival(y, month, tithi, moment, shift)


def _parsi_new_year(y: int) -> dt.date:
    # The Shahenshahi year has 365 days and no leap day, so Navroz drifts through the Gregorian year.
    return dt.date.fromordinal(dt.date(2018, 8, 17).toordinal() + 365 * (y - 2018))


def _unknown(_y: int) -> None:
    # Names recognised but not placed: they claim their words, so that "new year" inside
    # "Chinese New Year" is not read as 1 January.
    return None


# --- the table ---------------------------------------------------------------------------------
# Keys are regex fragments (matched case-insensitively, spaces as \s+); the longest match wins.
HOLIDAY_RULES: dict[str, Rule] = {
    r"christmas(?: day)?|xmas(?: day)?|x-mas": _fixed(12, 25),
    r"christmas eve": _fixed(12, 24),
    r"boxing day": _fixed(12, 26),
    r"new year'?s eve": _fixed(12, 31),
    r"new year'?s(?: day)?|new year|yuandan": _fixed(1, 1),
    r"valentine'?s(?: day)?|saint valentine'?s day|st\.? valentine'?s day": _fixed(2, 14),
    r"hall?owe'?en": _fixed(10, 31),
    r"(?:us |american )?independence day|fourth of july|4th of july|july 4th": _fixed(7, 4),
    r"(?:st\.?|saint) (?:patrick|paddy)'?s?(?: day)?": _fixed(3, 17),
    r"may day|(?:international )?workers'? day|int'l workers'? day": _fixed(5, 1),
    r"(?:the )?ides of march": _fixed(3, 15),
    r"world vegan day": _fixed(11, 1),
    r"earth day": _fixed(4, 22),
    r"(?:international )?women'?s day": _fixed(3, 8),
    r"veterans'? day|armistice day|remembrance day": _fixed(11, 11),
    r"victory day": _fixed(5, 9),
    r"defender of the fatherland day": _fixed(2, 23),
    r"all saints'? day": _fixed(11, 1),
    r"orthodox christmas": _fixed(1, 7),
    r"boss(?:'?s'?)? day": _weekday_adjusted(10, 16, -1, 1),
    r"koningsdag|king'?s day": _weekday_adjusted(4, 27, 0, -1),
    r"thanks\s*giving(?: day)?": _nth(11, 3, 4),
    r"black friday": _nth(11, 3, 4, 1),
    r"cyber monday": _nth(11, 3, 4, 4),
    r"(?:martin luther king|mlk)(?: jr\.?)?'?s?(?: jr\.?)? day": _nth(1, 0, 3),
    r"presidents'? day|washington'?s birthday": _nth(2, 0, 3),
    r"memorial day": _nth(5, 0, -1),
    r"labou?r day": _nth(9, 0, 1),
    r"columbus day|indigenous peoples'? day": _nth(10, 0, 2),
    r"mother'?s'? day": _nth(5, 6, 2),
    r"father'?s'? day": _nth(6, 6, 3),
    r"easter(?: sunday)?": _easter(0),
    r"easter monday": _easter(1),
    r"good friday": _easter(-2),
    r"holy saturday": _easter(-1),
    r"maundy thursday|holy thursday|covenant thu(?:rsday)?|thu(?:rsday)? of mysteries": _easter(-3),
    r"palm sunday|branch sunday": _easter(-7),
    r"ash wednesday": _easter(-46),
    r"mardi gras|shrove tuesday|pancake day": _easter(-47),
    r"ascension day|ascension thursday|feast of the ascension": _easter(39),
    r"pentecost|whit\s*sunday": _easter(49),
    r"whit\s*monday|monday of the holy spirit": _easter(50),
    r"trinity sunday": _easter(56),
    r"corpus christi": _easter(60),
    r"orthodox easter(?: sunday)?": _easter(0, orthodox=True),
    r"orthodox (?:good|great|holy) friday": _easter(-2, orthodox=True),
    r"clean monday|orthodox shrove monday|ash monday": _easter(-48, orthodox=True),
    r"lazarus saturday": _easter(-8, orthodox=True),
    r"rosh hashana(?:h)?": _hebrew(7, 1, autumn=True),
    r"yom kippur": _hebrew(7, 10, autumn=True),
    r"sukkot|succos|sukkoth": _hebrew(7, 15, autumn=True),
    r"shemini atzeret": _hebrew(7, 22, autumn=True),
    r"simc?hat torah": _hebrew(7, 23, autumn=True),
    r"hanukk?ah|chanukk?ah": _hebrew(9, 25, autumn=True),
    r"tu b'?i?shvat": _hebrew(11, 15, autumn=False),
    r"purim": _hebrew(12, 14, autumn=False),
    r"shushan purim": _hebrew(12, 15, autumn=False),
    r"pesach|passover": _hebrew(1, 15, autumn=False),
    r"yom hashoah|holocaust (?:remembrance )?day": _hebrew(1, 27, autumn=False, adjust=_move({4: -1, 6: 1})),
    r"yom ha'?atzmaut": _hebrew(2, 5, autumn=False, adjust=_move({4: -1, 5: -2, 0: 1})),
    r"lag b'?a?omer": _hebrew(2, 18, autumn=False),
    r"shavuot|shavuos": _hebrew(3, 6, autumn=False),
    r"tisha b'?av": _hebrew(5, 9, autumn=False, adjust=_move({5: 1})),
    r"islamic new year|hijri new year|arabic new year": _islamic(1, 1),
    r"ashura": _islamic(1, 10),
    r"mawlid(?: al[- ]nabi(?:wi)?| al[- ]nabawi)?|milad[- ]un[- ]nabi|prophet'?s birthday": _islamic(3, 12),
    r"isra (?:and|&) mi'?raj|(?:the )?prophet'?s ascension|(?:the )?night journey|ascension to heaven": (
        _islamic(7, 27, 0)
    ),
    r"(?:laylat|lailat) al[- ]qadr|night of (?:power|measures|decree)": _islamic(9, 27, 0),
    r"jumu'?atul[- ]wida": _last_friday_of_ramadan,
    r"ramadan|ramadhan": _islamic(9, 1),
    r"eid al[- ]fitr|eid ul[- ]fitr|id ul[- ]fitr|festival of breaking the fast": _islamic(10, 1),
    r"eid al[- ]adha|eid ul[- ]adha|id ul[- ]adha|bakr[- ]?id|sacrifice feast|feast of (?:the )?sacrifice": (
        _islamic(12, 10)
    ),
    r"parsi new year|jamshedi navroz": _parsi_new_year,
    r"(?:chinese|lunar) new year'?s?(?: day)?|spring festival": lunar.chinese_new_year,
    r"(?:persian|iranian|tamil|sinhala|thai|vietnamese|jewish) new year'?s?(?: day| eve)?": _unknown,
    r"nowruz|norouz|nowrouz|navruz": lambda y: lunar.equinox_day(y, 3.5),
    r"diwali|deepavali|lakshmi puja|laxmi puja": _hindu(lunar.ASHVIN, 30, lunar.EVENING),
    r"dhanteras|dhanatrayodashi": _hindu(lunar.ASHVIN, 30, lunar.EVENING, -2),
    r"kali chaudas|naraka chaturdashi|choti diwali": _hindu(lunar.ASHVIN, 30, lunar.EVENING, -1),
    r"chhath(?: puja)?|dala (?:puja|chhath)|surya shashthi": _hindu(lunar.ASHVIN, 30, lunar.EVENING, 6),
    r"dussehra|dasara|vijaya\s*dashami": _hindu(lunar.ASHVIN, 10, lunar.LATE_AFTERNOON),
    r"karva chauth|karwa chauth": _hindu(lunar.ASHVIN, 19, lunar.EVENING),
    r"holika dahan|chhoti holi|kamudu pyre": _hindu(lunar.PHALGUNA, 15, lunar.EVENING),
    r"holi|dhulandi|dhulhendi|rangwali holi": _hindu(lunar.PHALGUNA, 15, lunar.EVENING, 1),
    r"raksha bandhan|rakhi": _hindu(lunar.SHRAVANA, 15, lunar.AFTERNOON),
    r"(?:krishna )?janmashtami|gokulashtami": _hindu(lunar.SHRAVANA, 23, lunar.MIDNIGHT),
    r"maha\s*shivaratri|shivaratri": _hindu(lunar.MAGHA, 29, lunar.MIDNIGHT),
    r"rama? navami": _hindu(lunar.CHAITRA, 9, lunar.AFTERNOON),
    r"mahavir jayanti|mahavir janma kalyanak": _hindu(lunar.CHAITRA, 13),
    r"ugadi|yugadi|gudi padwa": _hindu(lunar.CHAITRA, 1),
    r"vasant panchami|basant panchami|saraswati puja": _hindu(lunar.MAGHA, 5),
    r"(?:guru )?ravidass? (?:jayanti|birthday)": _hindu(lunar.MAGHA, 15),
    r"pargat diwas|(?:maharishi )?valmiki jayanti": _hindu(lunar.ASHVIN, 15),
    r"ratha?[- ]yatra": _hindu(lunar.ASHADHA, 2),
    r"vesak|buddha (?:day|purnima|jayanti)": _hindu(lunar.VAISHAKHA, 15, lunar.AFTERNOON),
    r"guru gobind singh (?:jayanti|birthday)": _hindu(lunar.PAUSHA, 7),
    r"(?:thiru\s*)?onam|thiruvonam": lambda y: lunar.nakshatra_day(y, 4, 21),
    r"makara? sankranthi|makara? sankranti|pongal|thai pongal|maghi": lambda y: lunar.sankranti(y, 9),
    r"bogi(?: pandigai)?|bhogi": lambda y: lunar.sankranti(y, 9) - dt.timedelta(days=1),
    r"mattu pongal": lambda y: lunar.sankranti(y, 9) + dt.timedelta(days=1),
    r"kaanum pongal|kanni pongal": lambda y: lunar.sankranti(y, 9) + dt.timedelta(days=2),
    r"vaisakhi|baisakhi|vasakhi|vaishakhi": lambda y: lunar.sankranti(y, 0),
    r"rabindra(?:nath)? jayanti": _fixed(5, 9),
}
