"""Help → Keyboard shortcuts: made from the real actions, so it lists what the keys do."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from rapport.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from rapport.ui.main_window import MainWindow
from rapport.ui.settings.dialog import SettingsDialog

WindowFactory = Callable[[Path], MainWindow]


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_shortcuts_dialog_lists_the_main_keys(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    rows = dialog.rows()
    found = {(action, keys) for _menu, action, keys in rows}
    assert ("New entry…", _native("Ctrl+N")) in found
    assert ("Search notes…", _native("Ctrl+K")) in found
    assert ("Today", _native("Ctrl+T")) in found
    assert ("Settings…", _native("Ctrl+,")) in found
    assert ("Keyboard shortcuts", _native("Ctrl+/")) in found
    assert ("Timeline", "Delete", _native("Del")) in rows  # a widget's own action
    # Every action with keys in the window is listed, with exactly those keys.
    listed = {keys for _m, _a, keys in rows}
    for action in window.actions():
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in listed


def test_the_settings_dialog_tabs_in_reading_order(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.list.setCurrentRow(1)  # Backups
    page = dialog.backups_page
    order = [page.every, page.recent, page.daily, page.weekly, page.monthly, page.folder]
    for before, after in itertools.pairwise(order):
        assert _next_in_chain(before) is after, f"{before.objectName()} → {after.objectName()}"
    assert isinstance(dialog, QDialog)


def _next_in_chain(widget: QWidget) -> QWidget:
    """The next widget Tab reaches (skipping widgets that never take focus)."""
    nxt = widget.nextInFocusChain()
    while (
        not nxt.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        or not nxt.isEnabled()
        or isinstance(nxt.parent(), (QAbstractSpinBox, QComboBox))  # the field's own editor
    ):
        nxt = nxt.nextInFocusChain()
    return nxt
