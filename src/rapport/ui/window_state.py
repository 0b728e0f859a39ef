"""The main window's remembered layout: size, position, splitter and list columns."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from rapport.locations import keep_setting
from rapport.ui import window_fit
from rapport.ui.customer_list import CustomerList


def restore(
    window: QMainWindow, splitter: QSplitter, customer_list: CustomerList, settings: QSettings
) -> None:
    """Lay the window out as it was left (or to fit the screen the first time)."""
    window_fit.restore(window, settings.value("window/geometry"), 1360, 860)
    left = customer_list.sizeHint().width()  # the list whole; the page the rest
    splitter.setSizes([left, max(window.width() - left, left)])
    for key, put_back in (
        ("window/state", window.restoreState),
        ("window/splitter", splitter.restoreState),
        ("window/customerColumns", customer_list.table.horizontalHeader().restoreState),
    ):
        value = settings.value(key)
        if isinstance(value, QByteArray):
            put_back(value)


def save(
    window: QMainWindow, splitter: QSplitter, customer_list: CustomerList, settings: QSettings
) -> None:
    """Remember size, position, splitter and column layout for the next start."""
    keep_setting(settings, "window/geometry", window.saveGeometry())
    keep_setting(settings, "window/state", window.saveState())
    keep_setting(settings, "window/splitter", splitter.saveState())
    columns = customer_list.table.horizontalHeader().saveState()
    keep_setting(settings, "window/customerColumns", columns)
    settings.sync()
