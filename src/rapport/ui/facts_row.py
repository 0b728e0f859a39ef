"""The customer header's facts: small captions over bold values, side by side.

Each fact keeps its caption and its value on one line each; when the page is too
narrow for all of them, whole facts move to a second row (a flow layout), rather
than every caption and value wrapping inside its own narrow cell.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget
from typing_extensions import override

#: Space between two facts side by side, and between two rows of facts (pixels).
_ACROSS, _DOWN = 28, 6


class FlowLayout(QLayout):
    """Lays its widgets out left to right, starting a new row when the next does not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    @override
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    @override
    def count(self) -> int:
        return len(self._items)

    @override
    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    @override
    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    @override
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    @override
    def hasHeightForWidth(self) -> bool:
        return True

    @override
    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    @override
    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    @override
    def sizeHint(self) -> QSize:
        return self.minimumSize()

    @override
    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        """Put each item beside the last, or on a new row; return the height taken."""
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + _DOWN, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + _ACROSS
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class FactsRow(QWidget):
    """A row (or, when narrow, rows) of facts: caption over value, each on one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerFacts")
        self._flow = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._facts: list[tuple[str, str]] = []
        self._muted = ""

    def set_facts(self, facts: list[tuple[str, str]], muted: str) -> None:
        """Show these (caption, value) pairs, captions in the muted colour.

        The same facts again change nothing (no new layout, no repaint): a save
        usually leaves the header as it was.
        """
        if (facts, muted) == (self._facts, self._muted):
            return
        self._facts, self._muted = facts, muted
        labels = self.labels()
        while len(labels) < len(facts):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            self._flow.addWidget(label)
            labels.append(label)
        for label, (caption, value) in zip(labels, facts, strict=False):
            label.setText(
                f"<span style='color:{muted}'>{escape(caption)}</span><br><b>{escape(value)}</b>"
            )
            label.show()
        for label in labels[len(facts) :]:
            label.hide()
        self._flow.invalidate()
        self.updateGeometry()

    def labels(self) -> list[QLabel]:
        """The facts' labels, in order (some hidden when fewer facts are shown)."""
        found = (self._flow.itemAt(i) for i in range(self._flow.count()))
        return [w for item in found if item and isinstance(w := item.widget(), QLabel)]

    def text(self) -> str:
        """Every fact as plain text, "Caption: value", for reading aloud and for tests."""
        return " · ".join(f"{caption}: {value}" for caption, value in self._facts)
