"""Timeline charts as inline SVG, drawn by hand: no plotting library, no script, no network.

One chart is one tally (a metric and subject): x is the as-of day, y the value, one series per
claimant. A figure is an interval, and the chart says so:

    exact        a marker
    approx       a marker on a band (the tally check's `approx_tolerance` either side)
    range        a marker on a band from low to high
    at_least     a marker with a whisker and arrow running up to the top edge ("more than 5,000")
    at_most      a marker with a whisker running down to zero ("up to 40")

Figures that are part of a contradiction get a red ring. Every marker has a tooltip (an SVG
<title>) with the value, who said it, where, and when. Output depends only on the input, so the
HTML report is byte-identical from run to run.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# Okabe–Ito: told apart by most colour-blind readers; markers differ in shape as well
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
SHAPES = ("circle", "square", "diamond", "triangle")
CONTRADICTION = "#C0001A"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

WIDTH, PLOT_HEIGHT = 540, 220
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 30
LEGEND_ROW = 20


@dataclass(frozen=True, slots=True)
class Point:
    """One figure: drawn at `value`, its interval from `low` to `high` (None: open on that side)."""

    day: dt.date
    value: float
    low: float | None
    high: float | None
    tooltip: str
    flagged: bool = False  # part of a contradiction


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    points: tuple[Point, ...]


def _a(value: object) -> str:
    """An attribute value, escaped."""
    return escape(str(value), quote=True)


def _num(value: float) -> str:
    """A coordinate: two decimals at most, no trailing zeros, so output is short and stable."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` ticks over `span`."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def _label(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def day_label(day: dt.date) -> str:
    """'May 8', the same in every locale."""
    return f"{_MONTHS[day.month - 1]} {day.day}"


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    fill = f'fill="{colour}" stroke="#fff" stroke-width="1"'
    if shape == "square":
        return f'<rect x="{_num(x - 4)}" y="{_num(y - 4)}" width="8" height="8" {fill}/>'
    if shape == "diamond":
        d = (
            f"M{_num(x)} {_num(y - 5.5)}L{_num(x + 5.5)} {_num(y)}"
            f"L{_num(x)} {_num(y + 5.5)}L{_num(x - 5.5)} {_num(y)}Z"
        )
        return f'<path d="{d}" {fill}/>'
    if shape == "triangle":
        d = f"M{_num(x)} {_num(y - 5.5)}L{_num(x + 5)} {_num(y + 4)}L{_num(x - 5)} {_num(y + 4)}Z"
        return f'<path d="{d}" {fill}/>'
    return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="4.5" {fill}/>'


def timeline(series: Sequence[Series], *, title: str, y_label: str = "") -> str:
    """One chart as an <svg> element; its accessible name is `title`."""
    points = [p for s in series for p in s.points]
    if not points:
        return ""
    first = min(p.day for p in points)
    last = max(p.day for p in points)
    if first == last:  # figures of one day: centre them between the day before and the day after
        first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
    days = (last - first).days
    finite = [v for p in points for v in (p.value, p.low, p.high) if v is not None]
    top_value = max(finite) if finite else 1.0
    step = nice_step(top_value * 1.08 or 1.0)
    y_max = step * math.ceil(top_value * 1.08 / step) if top_value > 0 else step * 5
    plot_w = WIDTH - LEFT - RIGHT
    rows = len(series) + any(p.flagged for p in points)
    height = TOP + PLOT_HEIGHT + BOTTOM + LEGEND_ROW * rows + 6

    def x_of(day: dt.date) -> float:
        # half a day of margin on each side so markers never sit on the axes
        return LEFT + plot_w * (((day - first).days + 0.5) / (days + 1))

    def y_of(value: float) -> float:
        return TOP + PLOT_HEIGHT * (1 - max(0.0, min(value, y_max)) / y_max)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" aria-label="{_a(title)}">',
        f"<title>{escape(title)}</title>",
        f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{PLOT_HEIGHT}" fill="#fafafa" stroke="#ddd"/>',
    ]
    # y grid and labels
    tick = 0.0
    while tick <= y_max + 1e-9:
        y = y_of(tick)
        out.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{_num(y)}" y2="{_num(y)}" stroke="#e4e4e4"/>')
        out.append(
            f'<text x="{LEFT - 6}" y="{_num(y + 4)}" text-anchor="end" class="tick">{_label(tick)}</text>'
        )
        tick += step
    if y_label:
        out.append(
            f'<text transform="translate(14 {TOP + PLOT_HEIGHT / 2:.0f}) rotate(-90)" '
            f'text-anchor="middle" class="axis">{escape(y_label)}</text>'
        )
    # x ticks: every day for short spans, else about eight
    every = max(1, math.ceil((days + 1) / 8))
    for offset in range(0, days + 1, every):
        day = first + dt.timedelta(days=offset)
        x = x_of(day)
        out.append(
            f'<line x1="{_num(x)}" x2="{_num(x)}" y1="{TOP + PLOT_HEIGHT}" y2="{TOP + PLOT_HEIGHT + 5}" '
            f'stroke="#999"/>'
        )
        out.append(
            f'<text x="{_num(x)}" y="{TOP + PLOT_HEIGHT + 18}" text-anchor="middle" class="tick">'
            f"{day_label(day)}</text>"
        )
    # series: bands and whiskers first, then lines, then markers on top
    for index, one in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        ordered = sorted(one.points, key=lambda p: (p.day, p.value))
        for p in ordered:
            x = x_of(p.day)
            if p.low is not None and p.high is not None and p.high > p.low:
                y1, y2 = y_of(p.high), y_of(p.low)
                out.append(
                    f'<rect class="band" x="{_num(x - 6)}" y="{_num(y1)}" width="12" '
                    f'height="{_num(max(y2 - y1, 1))}" fill="{colour}" fill-opacity="0.22" stroke="{colour}" '
                    f'stroke-opacity="0.6"/>'
                )
            elif p.high is None and p.low is not None:  # open above: "more than ..."
                y = y_of(p.low)
                out.append(
                    f'<line class="whisker" x1="{_num(x)}" x2="{_num(x)}" y1="{_num(y)}" y2="{TOP + 4}" '
                    f'stroke="{colour}" stroke-width="2" stroke-dasharray="4 3"/>'
                )
                out.append(
                    f'<path d="M{_num(x - 5)} {TOP + 10}L{_num(x)} {TOP + 2}L{_num(x + 5)} {TOP + 10}" '
                    f'fill="none" stroke="{colour}" stroke-width="2"/>'
                )
            elif p.low is None and p.high is not None:  # open below: "up to ..."
                out.append(
                    f'<line class="whisker" x1="{_num(x)}" x2="{_num(x)}" y1="{_num(y_of(p.high))}" '
                    f'y2="{_num(y_of(0))}" stroke="{colour}" stroke-width="2" stroke-dasharray="4 3"/>'
                )
        if len(ordered) > 1:
            coords = " ".join(f"{_num(x_of(p.day))},{_num(y_of(p.value))}" for p in ordered)
            out.append(
                f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2" '
                f'stroke-opacity="0.8"/>'
            )
    for index, one in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        shape = SHAPES[index % len(SHAPES)]
        for p in sorted(one.points, key=lambda p: (p.day, p.value)):
            x, y = x_of(p.day), y_of(p.value)
            ring = (
                f'<circle class="contradiction" cx="{_num(x)}" cy="{_num(y)}" r="9" fill="none" '
                f'stroke="{CONTRADICTION}" stroke-width="2.5"/>'
                if p.flagged
                else ""
            )
            out.append(
                f'<g class="point">{ring}{_marker(shape, x, y, colour)}<title>{escape(p.tooltip)}</title></g>'
            )
    # legend
    legend_top = TOP + PLOT_HEIGHT + BOTTOM + 4
    for index, one in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        y = legend_top + LEGEND_ROW * index + 8
        out.append(_marker(SHAPES[index % len(SHAPES)], LEFT + 6, y, colour))
        out.append(f'<text x="{LEFT + 18}" y="{_num(y + 4)}" class="legend">{escape(one.name)}</text>')
    if any(p.flagged for p in points):
        y = legend_top + LEGEND_ROW * len(series) + 8
        out.append(
            f'<circle cx="{LEFT + 6}" cy="{y}" r="7" fill="none" '
            f'stroke="{CONTRADICTION}" stroke-width="2.5"/>'
        )
        out.append(f'<text x="{LEFT + 18}" y="{y + 4}" class="legend">part of a contradiction</text>')
    out.append("</svg>")
    return "\n".join(out)
