"""Rows fetched a page at a time: what every big list model shares.

A model keeps a `Pages` of its rows and answers Qt's `canFetchMore`/`fetchMore` from
it; the store does the sorting and filtering, so only the rows shown are ever loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

Row = TypeVar("Row")
#: (offset, limit) → up to `limit` rows starting at `offset`.
Fetch = Callable[[int, int], list[Row]]


class Pages(Generic[Row]):
    """The rows loaded so far, and whether the store holds more."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.rows: list[Row] = []
        self.more = False

    def first(self, fetch: Fetch[Row] | None) -> None:
        """Load the first page afresh (call inside begin/endResetModel); None: no rows."""
        self.rows = [] if fetch is None else fetch(0, self.size)
        self.more = len(self.rows) == self.size

    def next(self, model: QAbstractItemModel, fetch: Fetch[Row]) -> None:
        """Append the next page, telling the model's views which rows arrived."""
        if not self.more:
            return
        page = fetch(len(self.rows), self.size)
        self.more = len(page) == self.size
        if page:
            first = len(self.rows)
            model.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            model.endInsertRows()
