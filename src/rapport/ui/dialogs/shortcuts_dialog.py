"""Help → Keyboard shortcuts: a table made from the window's actual actions.

It walks the menu bar (and the actions widgets add for themselves, such as the
timeline's Delete), so the list can never drift from what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.ui import window_fit

ShortcutsDialogText = Words("ShortcutsDialogText")

Row = tuple[str, str, str]  # where, what, keys


def shortcut_rows(window: QMainWindow) -> list[Row]:
    """(menu, action, keys) for every menu action, then every other action with keys."""
    rows: list[Row] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            _walk(menu, _plain(top.text()), rows, seen)
    for widget in [window, *window.findChildren(QWidget)]:
        for action in widget.actions():
            if id(action) not in seen and not action.shortcut().isEmpty():
                seen.add(id(action))
                where = widget.accessibleName() or ShortcutsDialogText.tr("Window")
                rows.append((where, _plain(action.text()), _keys(action)))
    return rows


def _walk(menu: QMenu, where: str, rows: list[Row], seen: set[int]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            _walk(sub, f"{where} → {_plain(action.text())}", rows, seen)
            continue
        seen.add(id(action))
        rows.append((where, _plain(action.text()), _keys(action)))


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker ("&File" → "File")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


class ShortcutsDialog(QDialog):
    """Every action and its keys, in menu order; Escape closes it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(ShortcutsDialogText.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(ShortcutsDialogText.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(
            ShortcutsDialogText.tr("Menu, action and keys of every action")
        )
        self.table.setHorizontalHeaderLabels(
            [
                ShortcutsDialogText.tr("Menu"),
                ShortcutsDialogText.tr("Action"),
                ShortcutsDialogText.tr("Keys"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value or "—"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(
            ShortcutsDialogText.tr(
                "Actions without keys are reached through their menu "
                "(Alt and the underlined letter)."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        window_fit.open_at(self, 560, 620)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[Row]:
        """What the table lists (for tests)."""
        table = self.table
        return [
            (_text(table, r, 0), _text(table, r, 1), _text(table, r, 2))
            for r in range(table.rowCount())
        ]


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
