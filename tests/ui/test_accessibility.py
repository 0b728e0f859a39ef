"""Every window and dialog the app opens names each control it lets the owner use.

The name is what a screen reader says, read through Qt's accessibility interface (so
a label's buddy, a button's text or an explicit accessible name all count). Widgets
Qt makes inside its own controls ("qt_*", the editor inside a spin box) are Qt's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store.backup import take_backup
from rapport.ui.main_window import MainWindow
from rapport.ui.print_dialog import show_print_preview
from rapport.ui.settings.dialog import SettingsDialog

WindowFactory = Callable[[Path], MainWindow]
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if _qts_own(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            parent = type(widget.parent()).__name__
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {parent}")
    return missing


def _qts_own(widget: QWidget) -> bool:
    """Parts Qt makes inside its own controls: pop-up lists, headers, scroll arrows."""
    parent = widget.parent()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QAbstractItemView, QLineEdit))
        or widget.window().windowType() == Qt.WindowType.Popup  # a combo's or completer's list
    )


def _every_window(window: MainWindow, qtbot: QtBot) -> list[QWidget]:
    journal = window.bridge.journal
    cid = journal.customers.create(
        CustomerDraft(name="Ada"), since=datetime.now(UTC) - timedelta(days=60)
    )
    eid = journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=datetime.now(UTC), title="Kickoff")
    )
    journal.entries.delete(eid)  # something in the trash
    journal.entries.add(EntryDraft(customer_id=cid, occurred_at=datetime.now(UTC), title="Call"))
    take_backup(journal.path, "manual")
    window.customer_list.select(cid)
    for tab in range(window.page.tabs.count()):  # the chart view is made on first sight
        window.page.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.page.chart.view is not None)
    window.settings_action.trigger()
    window.shortcuts_action.trigger()
    opened: list[QWidget | None] = [
        window,
        window.findChild(SettingsDialog),
        window.controller.new_customer(),
        window.controller.edit_customer(cid),
        window.controller.new_entry(cid),
        window.controller.move_stage(cid),
        window.insight.check_in(cid),
        window.safety.choose_backup(),
        window.safety.show_trash(),
        window.search_panel(),
        window.show_portfolio(),
        show_print_preview(journal, cid, window),
    ]
    opened += [w for w in window.findChildren(QWidget) if w.isWindow() and w not in opened]
    return [w for w in opened if w is not None]


def test_every_control_in_every_window_has_an_accessible_name(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    roots = _every_window(window, qtbot)
    assert len(roots) >= 12
    missing = [line for root in roots for line in _unnamed(root)]
    assert missing == [], "\n".join(missing)
