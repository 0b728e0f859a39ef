"""Rows fetched a page at a time: what every big list model shares.

A model keeps a `Pages` of its rows and answers Qt's `canFetchMore`/`fetchMore` from
it; the store does the sorting and filtering, so only the rows shown are ever loaded.
`PagedModel` is the part the customer list, the timeline and the search results
share: mixed in before the Qt model class, it answers the row count and the paging,
and each model says only how to fetch a page (`_fetch`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Row = TypeVar("Row")
#: (offset, limit) → up to `limit` rows starting at `offset`.
Fetch = Callable[[int, int], list[Row]]
_Index = QModelIndex | QPersistentModelIndex


class Pages(Generic[Row]):
    """The rows loaded so far, and whether the store holds more.

    A page may be shown a few rows at a time (`first(..., shown=n)`): the rest is held
    back and handed to the view as it scrolls, without asking the store again. A view
    lays out every row it is given before it paints, so a search as you type gives it
    the rows in sight, not the whole page.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.rows: list[Row] = []
        self.held: list[Row] = []
        self.shown: int | None = None
        self.more = False

    def first(self, fetch: Fetch[Row] | None, shown: int | None = None) -> None:
        """Load the first page afresh (call inside begin/endResetModel); None: no rows."""
        rows = [] if fetch is None else fetch(0, self.size)
        self.more = len(rows) == self.size
        self.shown = shown
        cut = len(rows) if shown is None else max(1, shown)
        self.rows, self.held = rows[:cut], rows[cut:]

    @property
    def loaded(self) -> int:
        """How many rows were read from the store, shown or held back."""
        return len(self.rows) + len(self.held)

    @property
    def pending(self) -> bool:
        """Whether rows are held back or the store holds more."""
        return bool(self.held) or self.more

    def next(self, model: QAbstractItemModel, fetch: Fetch[Row]) -> None:
        """Append the next rows held back, else the next page, telling the model's views."""
        if self.held:
            step = len(self.held) if self.shown is None else max(1, self.shown)
            page, self.held = self.held[:step], self.held[step:]
        elif self.more:
            page = fetch(len(self.rows), self.size)
            self.more = len(page) == self.size
        else:
            return
        if page:
            first = len(self.rows)
            model.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            model.endInsertRows()

    def through(self, model: QAbstractItemModel, fetch: Fetch[Row], count: int) -> None:
        """Show at least `count` rows: those held back, then whole pages in one read; one insert."""
        missing = count - len(self.rows)
        if missing <= 0 or not self.pending:
            return
        page, self.held = self.held, []
        still = missing - len(page)
        if still > 0 and self.more:
            limit = -(-still // self.size) * self.size
            fetched = fetch(len(self.rows) + len(page), limit)
            self.more = len(fetched) == limit
            page = page + fetched
        if page:
            first = len(self.rows)
            model.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            model.endInsertRows()

    def extend(self, model: QAbstractItemModel, page: list[Row], more: bool) -> None:
        """Show the rows held back and then `page`, read elsewhere (a worker): one insert.

        more: whether the store holds rows after them.
        """
        page, self.held = self.held + page, []
        self.more = more
        if page:
            first = len(self.rows)
            model.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            model.endInsertRows()


class PagedModel(Generic[Row]):
    """A flat model whose rows are paged in from the store as its view scrolls.

    Mixed in first: `class M(PagedModel[Row], QAbstractListModel)`; the model sets
    `self._pages` and gives `_fetch(offset, limit)`. Its rows are top-level only.
    """

    _pages: Pages[Row]

    def _fetch(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def _may_fetch(self) -> bool:
        """Whether there is anything to fetch from (a timeline needs its customer)."""
        return True

    def _load_first(self, shown: int | None = None) -> None:
        """Drop what is loaded and fetch the first page again, as a reset of the model.

        shown: how many of its rows the view gets at first (the rest as it scrolls).
        """
        model = self._model()
        model.beginResetModel()
        self._pages.first(self._fetch if self._may_fetch() else None, shown)
        model.endResetModel()

    def _row_at(self, index: _Index) -> Row | None:
        """The row an index points at (None: no such row)."""
        rows = self._pages.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _model(self) -> QAbstractItemModel:
        return cast(QAbstractItemModel, self)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows are loaded (Qt asks; children: none)."""
        return 0 if parent.isValid() else len(self._pages.rows)

    def canFetchMore(self, parent: _Index) -> bool:
        """Whether rows are held back or in the store (Qt asks as the view scrolls)."""
        return not parent.isValid() and self._pages.pending

    def fetchMore(self, parent: _Index) -> None:
        """Show the next rows held back, or load the next page (Qt asks as the view scrolls)."""
        if not parent.isValid() and self._may_fetch():
            self._pages.next(self._model(), self._fetch)
