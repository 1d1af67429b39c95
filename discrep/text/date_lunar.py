"""Lunisolar holidays (Hindu, Chinese, Buddhist) from the positions of the Sun and the Moon.

Longitudes follow Meeus, *Astronomical Algorithms* (2nd ed.): chapter 25 (Sun, low precision) and
chapter 47 (Moon, the largest terms of table 47.A), good to a few hundredths of a degree, so a
tithi boundary is placed to within about ten minutes. Hindu months are amanta (new moon to new
moon) and named by the sidereal sign (Lahiri ayanamsa) the Sun is in at the opening new moon; a
festival falls on the civil day (India, UTC+5:30) whose reference moment (sunrise, evening or
midnight) lies in its tithi. Observance rules differ between regions, so some dates can be a day
off what a given calendar prints.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math

_J2000 = 2451545.0
_UNIX_JD = 2440587.5
_SYNODIC = 29.530588853

# (D, M, M', F, coefficient in 1e-6 degrees), Meeus table 47.A, terms above 0.002 degrees.
_MOON_TERMS = (
    (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618),
    (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
    (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
    (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
    (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
    (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
    (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
    (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390), (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
    (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069),
)  # fmt: skip


def _sin(deg: float) -> float:
    return math.sin(math.radians(deg))


def sun_longitude(jd: float) -> float:
    t = (jd - _J2000) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t
    c = (1.914602 - 0.004817 * t) * _sin(m) + (0.019993 - 0.000101 * t) * _sin(2 * m) + 0.000289 * _sin(3 * m)
    return (l0 + c - 0.00569 - 0.00478 * _sin(125.04 - 1934.136 * t)) % 360


def moon_longitude(jd: float) -> float:
    t = (jd - _J2000) / 36525
    lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t
    d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t * t
    m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t * t
    mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t * t
    f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t * t
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    total = 0.0
    for cd, cm, cmp, cf, coeff in _MOON_TERMS:
        total += coeff * e ** abs(cm) * _sin(cd * d + cm * m + cmp * mp + cf * f)
    total += 3958 * _sin(119.75 + 131.849 * t) + 1962 * _sin(lp - f) + 318 * _sin(53.09 + 479264.290 * t)
    return (lp + total / 1e6 - 0.00478 * _sin(125.04 - 1934.136 * t)) % 360


def elongation(jd: float) -> float:
    return (moon_longitude(jd) - sun_longitude(jd)) % 360


def jd_of(day: dt.date, hours_utc: float = 0.0) -> float:
    return day.toordinal() - dt.date(1970, 1, 1).toordinal() + _UNIX_JD + hours_utc / 24


def tithi(jd: float) -> int:
    """1..30: 1-15 the waxing (shukla) half, 15 the full moon, 30 the new moon (amavasya)."""
    return int(elongation(jd) // 12) + 1


def _find_phase(jd_guess: float, target: float) -> float:
    """The moment near ``jd_guess`` when the elongation equals ``target`` degrees."""
    jd = jd_guess
    for _ in range(20):
        diff = (elongation(jd) - target + 180) % 360 - 180
        jd -= diff / 12.19
        if abs(diff) < 1e-5:
            break
    return jd


def new_moons_between(jd0: float, jd1: float) -> list[float]:
    out: list[float] = []
    jd = _find_phase(jd0 - (elongation(jd0) / 360) * _SYNODIC, 0.0)
    while jd < jd1 + _SYNODIC:
        if jd0 <= jd < jd1:
            out.append(jd)
        jd = _find_phase(jd + _SYNODIC, 0.0)
    return out


def _ayanamsa(jd: float) -> float:
    return 23.853 + 0.013969 * (jd - _J2000) / 365.25


def sidereal_sign(jd: float) -> int:
    return int(((sun_longitude(jd) - _ayanamsa(jd)) % 360) // 30)


_IST = 5.5
# Reference moment in hours of Indian time at which a festival's tithi must hold.
SUNRISE, AFTERNOON, LATE_AFTERNOON, EVENING, MIDNIGHT = 6.0, 13.5, 16.0, 19.0, 24.0

CHAITRA, VAISHAKHA, JYESHTHA, ASHADHA, SHRAVANA, BHADRAPADA = 0, 1, 2, 3, 4, 5
ASHVIN, KARTIKA, MARGASHIRSHA, PAUSHA, MAGHA, PHALGUNA = 6, 7, 8, 9, 10, 11


@functools.lru_cache(maxsize=64)
def _hindu_months(year: int) -> tuple[tuple[int, float, float], ...]:
    """(amanta month, start, end) for the regular (nija) months overlapping ``year``."""
    start = jd_of(dt.date(year - 1, 11, 1))
    moons = new_moons_between(start, jd_of(dt.date(year + 1, 3, 1)))
    out: list[tuple[int, float, float]] = []
    for a, b in itertools.pairwise(moons):
        sign_a, sign_b = sidereal_sign(a), sidereal_sign(b)
        if sign_a == sign_b:
            continue  # adhika (leap) month: festivals keep to the regular month that follows
        out.append(((sign_a + 1) % 12, a, b))
    return tuple(out)


def hindu_festival(
    year: int, month: int, tithi_no: int, moment: float = SUNRISE, shift: int = 0
) -> dt.date | None:
    """The day in ``year`` of ``tithi_no`` of amanta ``month``, checked at ``moment`` Indian time."""
    for name, a, b in _hindu_months(year):
        if name != month:
            continue
        first = dt.datetime.fromtimestamp((a - _UNIX_JD) * 86400 + _IST * 3600, dt.timezone.utc).date()
        for k in range(0, 32):
            day = first + dt.timedelta(days=k)
            jd = jd_of(day, moment - _IST)
            if (jd >= a and tithi(jd) >= tithi_no) or jd >= b:
                result = day + dt.timedelta(days=shift)
                if result.year == year:
                    return result
                break
    return None


def nakshatra_day(year: int, solar_sign: int, nakshatra: int) -> dt.date | None:
    """The first day, with the Sun in sidereal ``solar_sign``, whose morning Moon is in ``nakshatra``."""
    day = sankranti(year, solar_sign)
    for k in range(0, 32):
        # Kerala custom: the star must hold six nazhika (2 h 24 min) past sunrise.
        jd = jd_of(day + dt.timedelta(days=k), SUNRISE + 2.4 - _IST)
        if int(((moon_longitude(jd) - _ayanamsa(jd)) % 360) // (360 / 27)) == nakshatra:
            return day + dt.timedelta(days=k)
    return None


def sankranti(year: int, sign: int) -> dt.date:
    """The civil day (India) by whose sunset the Sun has entered sidereal ``sign`` (0 = Mesha)."""
    day = dt.date(year, 1, 1)
    jd = jd_of(day)
    while sidereal_sign(jd) != (sign - 1) % 12:
        jd += 10
    while sidereal_sign(jd) != sign:
        jd += 0.25
    ingress = dt.datetime.fromtimestamp((jd - _UNIX_JD) * 86400 + _IST * 3600, dt.timezone.utc)
    return ingress.date() if ingress.hour < 18 else ingress.date() + dt.timedelta(days=1)


def chinese_new_year(year: int) -> dt.date:
    """The second new moon after the December solstice, in Beijing time (UTC+8)."""
    solstice = jd_of(dt.date(year - 1, 12, 15))
    while (sun_longitude(solstice) - 270) % 360 > 180:
        solstice += 0.25
    moons = new_moons_between(solstice, solstice + 70)
    return dt.datetime.fromtimestamp((moons[1] - _UNIX_JD) * 86400 + 8 * 3600, dt.timezone.utc).date()


def equinox_day(year: int, utc_offset: float) -> dt.date:
    """Nowruz: the day of the March equinox at ``utc_offset``, or the next day if it falls after noon."""
    jd = jd_of(dt.date(year, 3, 15))
    while sun_longitude(jd) > 180:
        jd += 1 / 24
    moment = dt.datetime.fromtimestamp((jd - _UNIX_JD) * 86400 + utc_offset * 3600, dt.timezone.utc)
    return moment.date() if moment.hour < 12 else moment.date() + dt.timedelta(days=1)
