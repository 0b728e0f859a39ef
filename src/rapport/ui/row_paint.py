"""Drawing helpers the timeline's and Today's rows share.

Both lists paint each row from a cached QTextDocument: a coloured bar at the left, a
thin line under the row, the highlight when selected, the text in the palette's
colour for the row's state, and a frame around the row under the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument

#: The side bar's width and the padding between it and the text, in pixels.
BAR = 5
PAD = 10


def fit(doc: QTextDocument, width: int) -> QTextDocument:
    """The document laid out to `width` (laid out again only when the width changed)."""
    if doc.textWidth() != width:
        doc.setTextWidth(width)
    return doc


def paint_frame(
    painter: QPainter, rect: QRect, palette: QPalette, bar: QColor, selected: bool
) -> None:
    """The row's background when selected, its side bar, and the line under it."""
    if selected:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
    painter.fillRect(QRect(rect.left(), rect.top() + 2, BAR, rect.height() - 4), bar)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())


def paint_text(
    painter: QPainter,
    doc: QTextDocument,
    rect: QRect,
    palette: QPalette,
    gap: int,
    selected: bool,
    focused: bool,
) -> None:
    """The row's text `gap` pixels below its top, then the keyboard's frame if it is here.

    Leaves the painter moved to the text's corner (the caller saves and restores it).
    """
    painter.translate(rect.left() + BAR + PAD, rect.top() + gap)
    context = QAbstractTextDocumentLayout.PaintContext()
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
    context.clip = QRectF(0, 0, rect.width(), rect.height())
    doc.documentLayout().draw(painter, context)
    if focused:
        painter.setPen(palette.color(QPalette.ColorRole.Highlight).darker(140))
        painter.drawRect(QRect(-PAD, -gap + 1, rect.width() - BAR - 1, rect.height() - 3))
