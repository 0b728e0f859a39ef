"""Shared drawing helpers: a styled figure, date axes in the owner's words, quiet axes.

Styling goes through `matplotlib.rc_context` while a figure is built, never through
the global rcParams or pyplot, so a chart never changes how another one looks.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import Any, cast

import matplotlib as mpl
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from rapport.reports.chart_data import Window, local, next_month
from rapport.reports.style import ChartLook

#: Points per inch: text sizes are in points, widths in pixels.
POINTS = 72.0
#: Roughly how wide a character of the chart font is, as a share of its size.
CHAR_WIDTH = 0.58


def rc(look: ChartLook) -> dict[str, Any]:
    """The rcParams a chart is built with."""
    p = look.palette
    return {
        "font.size": look.font_size,
        "axes.titlesize": look.font_size,
        "axes.labelsize": look.font_size,
        "xtick.labelsize": look.small,
        "ytick.labelsize": look.small,
        "legend.fontsize": look.small,
        "text.color": p.text,
        "axes.labelcolor": p.text,
        "axes.edgecolor": p.grid,
        "axes.facecolor": p.background,
        "figure.facecolor": p.background,
        "savefig.facecolor": p.background,
        "xtick.color": p.muted,
        "ytick.color": p.muted,
        "grid.color": p.grid,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "legend.frameon": False,
        # Names and reasons are the owner's words: "$5 … $10" is money, not a formula.
        "text.parse_math": False,
    }


#: matplotlib's settings are global: a figure built in a worker (the Portfolio) and one
#: built on the UI thread at the same time must not interleave their changes to them.
_STYLE_LOCK = threading.RLock()


@contextmanager
def styled(look: ChartLook) -> Iterator[None]:
    """Build a figure inside this block so it takes the chart's look (one thread at a time)."""
    with _STYLE_LOCK, mpl.rc_context(cast(Any, rc(look))):
        yield


def prepare(figure: Figure | None, size: tuple[float, float], look: ChartLook) -> Figure:
    """A fresh figure (or the given one, cleared) with the look's background.

    Panels are placed with fixed margins in inches (`column`, `place`) rather than a
    layout engine: a constrained layout costs more than the drawing itself, and a
    screen redraws the chart when it is resized anyway.
    """
    if figure is None:
        figure = Figure(figsize=size, dpi=100)
    else:  # Figure.clear() would clear every axes before removing it: twice the work
        for ax in list(figure.axes):
            figure.delaxes(ax)
        for text in list(figure.texts):
            text.remove()
    figure.set_layout_engine("none")
    figure.set_facecolor(look.palette.background)
    return figure


def place(figure: Figure, left: float, bottom: float, right: float, top: float) -> Axes:
    """Add a panel whose edges lie at these distances (inches) from the figure's edges."""
    width, height = figure.get_size_inches()
    x0, y0 = left / width, bottom / height
    w = max(0.05, (width - left - right) / width)
    h = max(0.05, (height - bottom - top) / height)
    return figure.add_axes((x0, y0, w, h))


def column(
    figure: Figure,
    ratios: tuple[float, ...],
    margins: tuple[float, float, float, float],
    gap: float,
) -> list[Axes]:
    """Panels stacked top to bottom with heights in `ratios`.

    `margins` are (left, bottom, right, top) in inches; `gap` is the space above each
    lower panel (for its heading).
    """
    left, bottom, right, top = margins
    height = float(figure.get_size_inches()[1])
    free = max(0.4, height - bottom - top - gap * (len(ratios) - 1))
    panels, y_top = [], top
    for ratio in ratios:
        h = free * ratio / sum(ratios)
        panels.append(place(figure, left, height - y_top - h, right, y_top))
        y_top += h + gap
    return panels


def num(moment: datetime | date, tz: tzinfo | None = None) -> float:
    """A stored time (or a calendar day) as an x position: days since matplotlib's epoch.

    The same number `matplotlib.dates.date2num` gives for the owner's local time,
    computed directly: a chart of 5,000 entries places 5,000 dots.
    """
    if isinstance(moment, datetime):
        naive = local(moment, tz)
    else:
        naive = datetime(moment.year, moment.month, moment.day)
    return (naive - _epoch()).total_seconds() / 86_400


@cache
def _epoch() -> datetime:
    """Matplotlib's date epoch (day 0 of its date numbers), naive."""
    return datetime.fromisoformat(mdates.get_epoch()).replace(tzinfo=None)


def titled(ax: Axes, text: str, look: ChartLook) -> None:
    """A small heading just above a panel's top left: what the panel shows, in words."""
    ax.text(
        0,
        1.0,
        text,
        transform=ax.transAxes,
        ha="left",
        va="bottom",
        fontsize=look.font_size,
        color=look.palette.text,
        gid="panel-title",
    )


def date_axis(ax: Axes, window: Window, look: ChartLook, tz: tzinfo | None = None) -> None:
    """Put the window on the x axis with a few ticks named in the owner's words."""
    first, last = local(window.start, tz).date(), local(window.end, tz).date()
    ticks, unit = date_ticks(first, last)
    words = look.words
    name = {"day": words.day, "month": words.month, "year": words.year}[unit]
    ax.set_xlim(num(window.start, tz), num(window.end, tz))
    ax.set_xticks([num(t) for t in ticks], [name(t) for t in ticks])


def date_ticks(first: date, last: date, most: int = 7) -> tuple[list[date], str]:
    """A few round dates between first and last, and what they are ("day", "month", "year").

    Weeks (Mondays) for short spans, then months on a round step (1, 2, 3, 4, 6),
    then years: the smallest step that gives at most `most` ticks.
    """
    days = (last - first).days
    if days <= 124:
        for step in (7, 14, 21, 28):
            start = first + timedelta(days=(7 - first.weekday()) % 7)
            ticks = [start + timedelta(days=d) for d in range(0, days + 1, step)]
            ticks = [t for t in ticks if t <= last]
            if len(ticks) <= most:
                return ticks, "day"
    for step in (1, 2, 3, 4, 6):
        ticks = [m for m in _months(first, last) if (m.month - 1) % step == 0]
        if len(ticks) <= most:
            return ticks, "month"
    for step in (1, 2, 5, 10, 20, 50):
        ticks = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1) if y % step == 0]
        if len(ticks) <= most:
            return ticks, "year"
    return [first, last], "year"


def _months(first: date, last: date) -> list[date]:
    """The first day of every month after `first` up to `last`."""
    found, month = [], next_month(first) if first.day != 1 else first
    while month <= last:
        found.append(month)
        month = next_month(month)
    return found


def counts_axis(ax: Axes, top: int) -> None:
    """A y axis of whole counts from 0 with two or three round ticks, and room above."""
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 10**9) if top / s <= 3)
    ax.set_ylim(0, max(top, 2) * 1.3)
    ax.set_yticks(list(range(0, top + 1, step)) if top else [0])


def say(ax: Axes, text: str, look: ChartLook, gid: str = "message") -> None:
    """A plain sentence in the middle of an empty panel."""
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        color=look.palette.muted,
        fontsize=look.font_size,
        gid=gid,
    )


def fits(text: str, width_px: float, size: float, dpi: float) -> bool:
    """Whether a line of text at `size` points fits in `width_px` pixels (an estimate)."""
    longest = max((len(line) for line in text.split("\n")), default=0)
    return longest * size * CHAR_WIDTH * dpi / POINTS + 6 <= width_px


def text_px(text: str, size: float, dpi: float) -> float:
    """An estimate of how wide a line of text is, in pixels."""
    return len(text) * size * CHAR_WIDTH * dpi / POINTS


def width_px(ax: Axes) -> float:
    """How many pixels wide a panel is, at 100 dots per inch (the size text is judged at)."""
    return float(ax.get_position().width * ax.figure.get_size_inches()[0] * 100)  # type: ignore[union-attr]


def shorten(text: str, limit: int) -> str:
    """A text cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LabelPlacer:
    """Names dots without letting names overlap each other or other dots.

    Each name tries a few spots around its dot (right, left, above, below) and takes
    the first one free; a name with no free spot is left out (the hover text still
    says it). Works in display pixels: call after the panel's limits are set.
    """

    #: Where a name may go: (spot, points right, points up, horizontal alignment).
    OFFSETS = (
        ("right", 7, 0, "left"),
        ("left", -7, 0, "right"),
        ("above", 0, 9, "center"),
        ("below", 0, -9, "center"),
        ("above right", 4, 8, "left"),
        ("below right", 4, -8, "left"),
        ("above left", -4, 8, "right"),
        ("below left", -4, -8, "right"),
    )

    def __init__(self, ax: Axes, look: ChartLook, dot_px: float = 5.0) -> None:
        self._ax = ax
        self._look = look
        self._scale = float(ax.figure.dpi) / POINTS
        self._boxes: list[tuple[float, float, float, float]] = []
        self._dot = dot_px * float(ax.figure.dpi) / 100

    def add_dots(self, points: list[tuple[float, float]]) -> None:
        """Keep names off these dots (data coordinates)."""
        for px, py in self._ax.transData.transform(points) if points else []:
            d = self._dot
            self._boxes.append((px - d, py - d, px + d, py + d))

    def name(
        self, text: str, x: float, y: float, size: float, offsets: tuple[str, ...] = ()
    ) -> bool:
        """Write `text` beside the dot at (x, y) if a free spot exists; say whether it did."""
        px, py = self._ax.transData.transform((x, y))
        width = text_px(text, size, float(self._ax.figure.dpi))
        height = size * self._scale * 1.15
        bounds = self._ax.bbox
        for where, dx, dy, ha in self.OFFSETS:
            if offsets and where not in offsets:
                continue
            x0 = px + dx * self._scale - {"left": 0.0, "right": width, "center": width / 2}[ha]
            y0 = py + dy * self._scale - height / 2
            box = (x0, y0, x0 + width, y0 + height)
            inside = (
                bounds.x0 <= box[0]
                and box[2] <= bounds.x1 + 30
                and bounds.y0 <= box[1] <= box[3] <= bounds.y1
            )
            if not inside or any(_overlap(box, other) for other in self._boxes):
                continue
            self._boxes.append(box)
            self._ax.annotate(
                text,
                (x, y),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va="center",
                fontsize=size,
                color=self._look.palette.text,
                gid="name",
                annotation_clip=False,
            )
            return True
        return False


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two (x0, y0, x1, y1) boxes overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
