"""What a drawn chart remembers about its marks, so a screen can answer hover and click.

A figure function returns a `Chart`: the matplotlib figure plus the marks a user can
point at — each with a key (("entry", 12), ("customer", 3), ("stage", 5)) and the
text to show. `Chart.hit` maps a point in display pixels (matplotlib's event
coordinates) to the nearest mark, so the Qt widget stays a thin adapter and the
mapping is tested without a window. Nothing here imports matplotlib itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: How near (in pixels at 100 dpi; scaled with the figure's dpi) a pointer must be to a dot.
HIT_RADIUS = 7.0

Key = tuple[str, int]


@dataclass(frozen=True)
class Mark:
    """One thing a user can point at.

    A dot when `x_end` is None; otherwise a span from `x` to `x_end` (a stage band),
    hit anywhere over its axes between the two. Coordinates are in data units. The
    hover text is a string or a function that writes it when first asked: a chart of
    5,000 entries need not word 5,000 dates nobody points at.
    """

    key: Key
    x: float
    y: float
    text: str | Callable[[], str]
    x_end: float | None = None

    @property
    def tip(self) -> str:
        """The hover text."""
        return self.text if isinstance(self.text, str) else self.text()


@dataclass
class MarkSet:
    """The marks drawn on one axes."""

    axes: Axes
    marks: list[Mark] = field(default_factory=list)


@dataclass
class Chart:
    """A drawn figure and its marks; `hit` says which mark is under a pointer."""

    figure: Figure
    mark_sets: list[MarkSet] = field(default_factory=list)

    def marks_on(self, axes: Axes) -> MarkSet:
        """The (new or existing) mark set of an axes."""
        for found in self.mark_sets:
            if found.axes is axes:
                return found
        created = MarkSet(axes)
        self.mark_sets.append(created)
        return created

    @property
    def marks(self) -> list[Mark]:
        """Every mark of the chart."""
        return [m for s in self.mark_sets for m in s.marks]

    def find(self, key: Key) -> Mark | None:
        """The mark with this key, if it was drawn."""
        return next((m for m in self.marks if m.key == key), None)

    def display_xy(self, mark: Mark) -> tuple[float, float]:
        """Where a mark sits in display pixels (after the figure was drawn)."""
        for mark_set in self.mark_sets:
            if mark in mark_set.marks:
                x, y = mark_set.axes.transData.transform((mark.x, mark.y))
                return float(x), float(y)
        raise KeyError(mark.key)

    def hit(self, x: float, y: float) -> Mark | None:
        """The dot nearest to display point (x, y) within reach, else a band under it."""
        import numpy as np

        radius = HIT_RADIUS * self.figure.dpi / 100
        best: tuple[float, Mark] | None = None
        band: Mark | None = None
        for mark_set in self.mark_sets:
            axes = mark_set.axes
            if not axes.get_visible() or not axes.bbox.contains(x, y):
                continue
            dots = [m for m in mark_set.marks if m.x_end is None]
            if dots:
                points = axes.transData.transform(np.array([(m.x, m.y) for m in dots]))
                distances = np.hypot(points[:, 0] - x, points[:, 1] - y)
                nearest = int(np.argmin(distances))
                if distances[nearest] <= radius and (best is None or distances[nearest] < best[0]):
                    best = (float(distances[nearest]), dots[nearest])
            data_x = axes.transData.inverted().transform((x, y))[0]
            for mark in mark_set.marks:
                if mark.x_end is not None and mark.x <= data_x <= mark.x_end:
                    band = mark
        return best[1] if best is not None else band
