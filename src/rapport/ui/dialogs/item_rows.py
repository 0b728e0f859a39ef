"""The list of a small item dialog (Trash, Recent imports): one row per item, the first selected."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

_Item = TypeVar("_Item")


def fill(tree: QTreeWidget, rows: Iterable[list[str]], sized_columns: int) -> None:
    """Show the rows, the first `sized_columns` as wide as their text, the first selected."""
    tree.clear()
    for row in rows:
        tree.addTopLevelItem(QTreeWidgetItem(row))
    for column in range(sized_columns):
        tree.resizeColumnToContents(column)
    first = tree.topLevelItem(0)
    if first is not None:
        tree.setCurrentItem(first)


def selected(tree: QTreeWidget, items: Sequence[_Item]) -> _Item | None:
    """The item of the row selected in the list (None: no row)."""
    current = tree.currentItem()
    row = tree.indexOfTopLevelItem(current) if current is not None else -1
    return items[row] if 0 <= row < len(items) else None
