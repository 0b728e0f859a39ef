"""A dialog closed is let go: a day of Ctrl+N does not pile up hidden dialogs in memory.

Each new-entry or customer dialog was kept as a hidden child of the window after it
closed, with its widgets and its picker's view of every customer, until the app quit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def _dialogs(window: MainWindow) -> list[QDialog]:
    return window.findChildren(QDialog)


def test_new_entry_and_customer_dialogs_are_let_go_once_closed(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    before = len(_dialogs(window))
    for _ in range(3):
        entry = window.controller.new_entry(cid)
        assert entry is not None
        entry.reject()
        window.controller.edit_customer(cid)
        edit = next(d for d in _dialogs(window) if d.isVisible())
        edit.reject()
    qtbot.waitUntil(lambda: len(_dialogs(window)) == before)
