"""A page of the report: where the body goes, and the running header and footer.

Coordinates are device pixels from the paper's top-left corner, whatever the device's
own margins: `PageGeometry.origin` says how far to shift the painter for devices
that paint from their printable area instead (a printer not in full-page mode).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPageLayout, QPainter

from rapport.i18n import Words
from rapport.reports.print_style import (
    FAINT,
    FOOTER_BASELINE_MM,
    HEADER_BASELINE_MM,
    INK,
    MARGIN_BOTTOM_MM,
    MARGIN_SIDE_MM,
    MARGIN_TOP_MM,
    MUTED,
    SMALL_PT,
    Units,
    family,
)

PrintPageText = Words("PrintPageText")


@dataclass(frozen=True)
class PageGeometry:
    """The paper, the body inside the margins, and the painter's shift, in device pixels."""

    units: Units
    paper: QSizeF
    origin: QPointF

    @classmethod
    def for_device(cls, device: QPagedPaintDevice) -> PageGeometry:
        """The geometry of the device's current page layout."""
        layout = device.pageLayout()
        dpi = device.logicalDpiY()
        full = layout.fullRectPixels(dpi)
        paint = layout.paintRectPixels(dpi)
        if layout.mode() == QPageLayout.Mode.FullPageMode:
            paint = full
        origin = QPointF(full.x() - paint.x(), full.y() - paint.y())
        return cls(Units(dpi), QSizeF(full.width(), full.height()), origin)

    @classmethod
    def for_paper(cls, paper_mm: QSizeF, dpi: float) -> PageGeometry:
        """The geometry of a paper size at a resolution (an image, in tests and thumbnails)."""
        units = Units(dpi)
        return cls(
            units, QSizeF(units.mm(paper_mm.width()), units.mm(paper_mm.height())), QPointF(0, 0)
        )

    @property
    def body(self) -> QRectF:
        """The text area inside the margins."""
        side, top = self.units.mm(MARGIN_SIDE_MM), self.units.mm(MARGIN_TOP_MM)
        bottom = self.units.mm(MARGIN_BOTTOM_MM)
        return QRectF(side, top, self.paper.width() - 2 * side, self.paper.height() - top - bottom)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(family())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _elided(painter: QPainter, text: str, width: float) -> str:
    metrics = QFontMetricsF(painter.font(), painter.device())
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def paint_furniture(
    painter: QPainter,
    geometry: PageGeometry,
    number: int,
    total: int,
    customer: str,
    printed: str,
    private_included: bool,
) -> None:
    """The running header (from page 2: the customer's name) and the footer (page numbers)."""
    units = geometry.units
    body = geometry.body
    painter.save()
    if number > 1:
        header_y = units.mm(HEADER_BASELINE_MM)
        painter.setFont(_font(SMALL_PT + 0.5, bold=True))
        painter.setPen(QColor(INK))
        half = body.width() * 0.62
        painter.drawText(QPointF(body.left(), header_y), _elided(painter, customer, half))
        painter.setFont(_font(SMALL_PT))
        painter.setPen(QColor(MUTED))
        label = PrintPageText.tr("Relationship timeline")
        metrics = QFontMetricsF(painter.font(), painter.device())
        painter.drawText(QPointF(body.right() - metrics.horizontalAdvance(label), header_y), label)
        rule_y = header_y + units.mm(2.5)
        painter.setPen(QColor(FAINT))
        painter.drawLine(QPointF(body.left(), rule_y), QPointF(body.right(), rule_y))
    footer_y = geometry.paper.height() - units.mm(FOOTER_BASELINE_MM)
    painter.setFont(_font(SMALL_PT))
    painter.setPen(QColor(MUTED))
    if private_included:
        left = PrintPageText.tr("Printed {day} with Rapport · includes private entries")
    else:
        left = PrintPageText.tr("Printed {day} with Rapport")
    left = left.format(day=printed)
    painter.drawText(QPointF(body.left(), footer_y), _elided(painter, left, body.width() * 0.7))
    page = PrintPageText.tr("Page {page} of {pages}").format(page=number, pages=total)
    metrics = QFontMetricsF(painter.font(), painter.device())
    painter.drawText(QPointF(body.right() - metrics.horizontalAdvance(page), footer_y), page)
    painter.restore()
