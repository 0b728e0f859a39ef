"""A list that goes to a row far down without laying out the rows above it.

After going to an old entry (`SightList.go_to`) the rows not laid out yet have a
guessed height (`TimelineDelegate.guess_anywhere`). The view then keeps two promises:
a row is laid out for real before it comes into sight (`_realise_in_view`, on every
scroll and every placing of the rows), and the row in sight stays where it is when the
rows above it get their real heights a slice at a time (`doItemsLayout`, the anchor).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint
from PySide6.QtWidgets import QListView, QWidget
from typing_extensions import override

from rapport.store.records import TimelineItem
from rapport.ui.models.timeline import ITEM_ROLE
from rapport.ui.row_paint import PAD


class Sizer(Protocol):
    """What the list asks of its delegate about the rows' heights."""

    @property
    def anywhere(self) -> bool:
        """Whether rows anywhere may have a guessed height."""
        ...

    def guess_anywhere(self) -> None:
        """Let rows anywhere be guessed."""

    def real_height(self, item: TimelineItem) -> int:
        """The row's real height, laid out now if need be."""
        ...

    def realise(self, items: list[TimelineItem]) -> bool:
        """Lay out the guessed rows among these; True if there were any."""
        ...


class SightList(QListView):
    """A list view whose delegate may guess heights anywhere, keeping what is in sight right."""

    delegate: Sizer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._realising = False

    def go_to(self, index: QModelIndex) -> None:
        """Select a row and scroll it into sight without laying out the rows above it.

        The rows not laid out yet get a guessed height; the rows in sight are laid out
        for real before they are painted (`_realise_in_view`), and the rest follow a
        slice at a time while the row in sight stays where it is.
        """
        self.delegate.guess_anywhere()
        self._realise_around(index.row())
        self.executeDelayedItemsLayout()
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self._realise_in_view()
        self.scrollTo(index)  # its neighbours' real heights may have moved it a little

    def _realise_around(self, row: int) -> None:
        """Lay out a row and a screen and a half of rows either side of it, before placing them.

        Those are the rows in sight once it is scrolled to, wherever it lands.
        """
        model, reach = self.model(), self.viewport().height() * 3 // 2
        if model is None:
            return
        for step in (-1, 1):
            at, height = (row if step == 1 else row - 1), 0
            while 0 <= at < model.rowCount() and height <= reach:
                item: TimelineItem | None = model.index(at, 0).data(ITEM_ROLE)
                if item is not None:
                    height += self.delegate.real_height(item)
                at += step

    def _anchor(self) -> tuple[QPersistentModelIndex, int] | None:
        """The row that must stay put: the current one if in sight, else the top one."""
        sight = self.viewport().rect()
        index = self.currentIndex()
        if not index.isValid() or not self.visualRect(index).intersects(sight):
            index = self.indexAt(QPoint(PAD, PAD))
        if not index.isValid():
            return None
        return QPersistentModelIndex(index), self.visualRect(index).top()

    def _hold(self, anchor: tuple[QPersistentModelIndex, int] | None) -> None:
        """Scroll so the anchor row is where it was before the rows were placed again."""
        if anchor is None or not anchor[0].isValid():
            return
        moved = self.visualRect(self.model().index(anchor[0].row(), 0)).top() - anchor[1]
        if moved:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + moved)

    def _near_view(self) -> list[TimelineItem]:
        """The rows in sight and half a screen above and below it."""
        model, height = self.model(), self.viewport().height()
        top = self.indexAt(QPoint(PAD, PAD))
        if model is None or not top.isValid():
            return []
        rows, count = [], model.rowCount()
        for step in (-1, 1):
            row = top.row() if step == 1 else top.row() - 1
            while 0 <= row < count:
                rect = self.visualRect(model.index(row, 0))
                if rect.bottom() < -height // 2 or rect.top() > height + height // 2:
                    break
                rows.append(model.index(row, 0).data(ITEM_ROLE))
                row += step
        return [item for item in rows if item is not None]

    def _realise_in_view(self) -> None:
        """Lay out for real the guessed rows in sight (and near it), keeping the anchor put."""
        if self._realising or not self.delegate.anywhere:
            return
        self._realising = True
        try:
            for _ in range(8):  # each pass may bring other guessed rows into sight
                if not self.delegate.realise(self._near_view()):
                    break
                anchor = self._anchor()
                super().doItemsLayout()
                self._hold(anchor)
        finally:
            self._realising = False

    @override
    def doItemsLayout(self) -> None:
        """Place the rows; after going to an old row, the row in sight stays where it is."""
        if not self.delegate.anywhere or self._realising:
            super().doItemsLayout()
            return
        anchor = self._anchor() if self.verticalOffset() > 0 else None
        super().doItemsLayout()
        self._hold(anchor)
        self._realise_in_view()

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Rows scrolled into sight with a guessed height are laid out before they are painted."""
        super().scrollContentsBy(dx, dy)
        if dy:
            self._realise_in_view()
