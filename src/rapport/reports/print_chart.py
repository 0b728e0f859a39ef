"""The seam between the printed report and the charts: one call, one picture.

The report asks `chart_for_print(...)` for the customer's progression chart over the
printed period and gets something that paints itself into a box — the matplotlib
figure drawn as vectors straight through the printer's painter (crisp on paper, small
in the PDF, text that stays text), an SVG, or an image at printer resolution — or
None when there is no chart to show. The charts
themselves (matplotlib figures from plain data) live in their own modules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from rapport.domain.settings import RuleSettings
    from rapport.store.journal import Journal

log = logging.getLogger("rapport.reports")


class PrintChart(Protocol):
    """A chart ready to be painted into the report."""

    def aspect(self) -> float:
        """Height over width."""

    def paint(self, painter: QPainter, box: QRectF) -> None:
        """Draw into `box` (device pixels), keeping the aspect ratio."""


@dataclass
class SvgChart:
    """A chart as SVG: drawn as vectors, so it stays sharp at any printer resolution."""

    svg: bytes

    def __post_init__(self) -> None:
        from PySide6.QtSvg import QSvgRenderer

        self._renderer = QSvgRenderer(QByteArray(self.svg))
        if not self._renderer.isValid():
            raise ValueError("not a valid SVG picture")
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)

    def aspect(self) -> float:
        """Height over width of the picture's own size."""
        size = self._renderer.viewBoxF().size()
        return size.height() / size.width() if size.width() > 0 else 0.5

    def paint(self, painter: QPainter, box: QRectF) -> None:
        """Render the SVG into the box."""
        self._renderer.render(painter, box)


class FigureChart:
    """A matplotlib figure, drawn as vectors straight through the printer's painter.

    No SVG in between: writing the chart as SVG and parsing it again cost as much as
    building the figure. Each paint draws the figure at the box's own resolution.
    """

    def __init__(self, figure: Figure) -> None:
        self.figure = figure

    def aspect(self) -> float:
        """Height over width of the figure."""
        width, height = self.figure.get_size_inches()
        return float(height / width) if width > 0 else 0.5

    def paint(self, painter: QPainter, box: QRectF) -> None:
        """Draw the figure into the box, keeping its aspect ratio."""
        from rapport.reports.qt_painter import paint_figure

        paint_figure(self.figure, painter, box)


@dataclass
class ImageChart:
    """A chart as a raster image (made at printer resolution by whoever drew it)."""

    image: QImage

    def aspect(self) -> float:
        """Height over width of the image."""
        return self.image.height() / self.image.width() if self.image.width() else 0.5

    def paint(self, painter: QPainter, box: QRectF) -> None:
        """Draw the image scaled into the box, smoothly."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        height = box.width() * self.aspect()
        painter.drawImage(
            QRectF(box.x(), box.y(), box.width(), min(height, box.height())), self.image
        )
        painter.restore()


#: (journal, customer id, period start, period end, include private, width in mm, the
#: owner's rules) → chart.
ChartSource = Callable[
    ["Journal", int, datetime, datetime, bool, float, "RuleSettings"], PrintChart | None
]


def chart_for_print(
    journal: Journal,
    customer_id: int,
    start: datetime,
    end: datetime,
    include_private: bool,
    width_mm: float,
    rules: RuleSettings,
) -> PrintChart | None:
    """The customer's progression chart over [start, end), or None when none can be drawn.

    Drawn as vectors through the printer's own painter (crisp at any resolution, a
    small PDF, no SVG written and parsed again), with the light palette whatever the
    screen's theme, since paper is white. matplotlib is imported here, only when a
    printout asks for a chart.
    """
    from rapport.reports.chart_data import Window, without_private
    from rapport.reports.figures import customer_chart
    from rapport.reports.locale_words import LocaleWords
    from rapport.reports.style import LIGHT, ChartLook

    data = journal.charts.customer(customer_id, now=end, since=start, settings=rules)
    if not data.entries and not data.stages:
        return None
    if not include_private:
        data = without_private(data)
    width = width_mm / 25.4
    chart = customer_chart(
        data,
        Window(start, end),
        ChartLook(LIGHT, words=LocaleWords(), font_size=8),
        size=(width, width * 0.5),
    )
    return FigureChart(chart.figure)
