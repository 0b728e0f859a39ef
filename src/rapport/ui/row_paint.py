"""Drawing helpers the timeline's and Today's rows share.

Both lists paint each row from a cached QTextDocument: a coloured bar at the left, a
thin line under the row, the highlight when selected, the text in the palette's
colour for the row's state, and a frame around the row under the keyboard.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument

#: The side bar's width and the padding between it and the text, in pixels.
BAR = 5
PAD = 10

#: How many laid-out row documents a list keeps: the rows in sight several times over.
#: A laid-out row costs some 40 kB; keeping one for every row held 100 MB for a Today
#: list of 2,400 rows (Qt asks every row's size to lay the list out).
KEPT_DOCUMENTS = 150

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class KeptRows(Generic[K, V]):
    """The rows asked for last, up to a limit: the rows on screen are asked at every paint.

    What falls out is made again when it is asked for (a scroll back up), and its
    memory is given back at once.
    """

    def __init__(self, limit: int = KEPT_DOCUMENTS) -> None:
        self._limit = limit
        self._rows: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, key: K) -> V | None:
        """The row kept under `key`, now the most recently asked for; None if not kept."""
        found = self._rows.get(key)
        if found is not None:
            self._rows.move_to_end(key)
        return found

    def put(self, key: K, value: V) -> None:
        """Keep a row, letting go of the one asked for longest ago when over the limit."""
        self._rows[key] = value
        self._rows.move_to_end(key)
        while len(self._rows) > self._limit:
            self._rows.popitem(last=False)

    def trim(self, limit: int) -> list[K]:
        """Let go of all but the `limit` rows asked for last; returns the keys let go of."""
        dropped = []
        while len(self._rows) > limit:
            key, _ = self._rows.popitem(last=False)
            dropped.append(key)
        return dropped

    def clear(self) -> None:
        """Let go of every row."""
        self._rows.clear()

    def retain(self, keys: Iterable[K]) -> None:
        """Keep only the rows under these keys (a new list mostly repeats the last)."""
        keep = set(keys)
        for key in [k for k in self._rows if k not in keep]:
            del self._rows[key]


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
