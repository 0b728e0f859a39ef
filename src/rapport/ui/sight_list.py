"""A list whose rows out of sight may have a guessed height: only what is in sight is laid out.

The timeline guesses after going to an old entry (`SightList.go_to`, the rows above it
not laid out yet: `TimelineDelegate.guess_anywhere`); the Today list always does
(`TodayDelegate`: some 23,000 rows at a million entries). The view then keeps two
promises: a row is laid out for real before it comes into sight (`_realise_in_view`,
on every scroll, every placing of the rows and every showing of the list), and the row
in sight stays where it is when the rows above it get their real heights
(`doItemsLayout`, the anchor). Hidden, it lays out nothing.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget
from typing_extensions import override

from rapport.ui.row_paint import PAD

_Index = QModelIndex | QPersistentModelIndex


class Sizer(Protocol):
    """What the list asks of its delegate about the rows' heights."""

    @property
    def anywhere(self) -> bool:
        """Whether rows anywhere may have a guessed height."""
        ...

    def guess_anywhere(self) -> None:
        """Let rows anywhere be guessed."""

    def real_height(self, item: Any) -> int:
        """The row's real height, laid out now if need be."""
        ...

    def realise(self, items: list[Any]) -> bool:
        """Lay out the guessed rows among these; True if the rows must be placed again."""
        ...


class SightList(QListView):
    """A list view whose delegate may guess heights anywhere, keeping what is in sight right."""

    delegate: Sizer
    #: The role under which the model gives a row's item (None: a row never guessed).
    item_role: int

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
                item: Any = model.index(at, 0).data(self.item_role)
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

    def _near_view(self) -> list[Any]:
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
                rows.append(model.index(row, 0).data(self.item_role))
                row += step
        return [item for item in rows if item is not None]

    def _realise_in_view(self) -> None:
        """Lay out for real the guessed rows in sight (and near it), keeping the anchor put.

        Hidden, nothing is in sight: the rows are laid out when the list is shown.
        """
        if self._realising or not self.delegate.anywhere or not self.isVisible():
            return
        self._realising = True
        try:
            for _ in range(8):  # each pass may bring other guessed rows into sight
                if not self.delegate.realise(self._near_view()):
                    break
                anchor = self._anchor()
                self._place(anchor, whole=True)
                self._hold(anchor)
        finally:
            self._realising = False

    def _place(self, anchor: tuple[QPersistentModelIndex, int] | None, whole: bool = False) -> None:
        """Place the rows; a batch at a time (`LayoutMode.Batched`) after the anchor's screen.

        The rows down to the anchor and a screen's worth below it are placed at once,
        so that it can be held where it was; the rest a batch per pass of the event loop.
        Placed again because rows in sight got their real heights (`whole`), every row
        is placed at once: the keys and the scroll bar go on from a list all placed.
        """
        if self.layoutMode() != QListView.LayoutMode.Batched:
            super().doItemsLayout()
            return
        batch, model = self.batchSize(), self.model()
        below = 0 if anchor is None else anchor[0].row()
        if whole and model is not None:
            below = model.rowCount()
        self.setBatchSize(max(batch, below + self.viewport().height() // PAD))
        try:
            super().doItemsLayout()
        finally:
            self.setBatchSize(batch)

    @override
    def doItemsLayout(self) -> None:
        """Place the rows; the rows about to be in sight are laid out first, and stay put.

        Laid out before the rows are placed, they need not be placed again after
        (`_realise_in_view`): each placing asks every row's height, thousands of them.
        """
        if not self.delegate.anywhere:
            super().doItemsLayout()
            return
        anchor = self._anchor() if self.verticalOffset() > 0 else None
        if self.isVisible() and (anchor is not None or self.verticalOffset() == 0):
            self._realise_around(0 if anchor is None else anchor[0].row())
        self._place(anchor)
        if not self._realising:  # else `_realise_in_view` holds the anchor itself
            self._hold(anchor)
            self._realise_in_view()

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Rows scrolled into sight with a guessed height are laid out before they are painted."""
        super().scrollContentsBy(dx, dy)
        if dy:
            self._realise_in_view()

    @override
    def scrollTo(
        self,
        index: _Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scroll a row into sight; again if the rows laid out on the way moved it."""
        for _ in range(3):
            before = self.visualRect(index)
            super().scrollTo(index, hint)
            if self.visualRect(index) == before:
                return

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Rows placed with a guessed height while hidden are laid out before being painted."""
        super().showEvent(event)
        self._realise_in_view()
