"""Fixtures for UI tests: an isolated settings file, recorded message boxes, a window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport import app
from rapport.formatting import ensure_readable_locale
from rapport.languages import apply_language
from rapport.store import Journal
from rapport.ui import desktop_notices
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _isolated(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real dialogs block, no real settings or data folder are touched.

    The app's settings are a file of the test's own, so the journal one test left open
    is not the one the next test's start opens. The app speaks English whatever the
    machine's language (tests assert its words), unless a test chooses another.
    """
    QStandardPaths.setTestModeEnabled(True)
    own = tmp_path / "app-settings.ini"
    monkeypatch.setattr(app, "settings", lambda: QSettings(str(own), QSettings.Format.IniFormat))
    monkeypatch.setattr(
        app, "language_setting", lambda store: str(store.value("appearance/language", "en"))
    )
    ensure_readable_locale()
    # No real notifications on the developer's desktop (tests/unit/test_desktop_notices.py
    # and tests/process/test_tray_desktop.py speak to a fake and a private bus).
    monkeypatch.setattr(desktop_notices, "open_notices", lambda _parent=None: None)
    MessageBoxes.reset(recording=True)
    yield
    MessageBoxes.reset(recording=False)
    apply_language("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A settings file of the test's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


WindowFactory = Callable[[Path], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings) -> Iterator[WindowFactory]:
    """Open a main window on a journal file, as the app does."""
    opened: list[tuple[MainWindow, Journal]] = []

    def make(path: Path) -> MainWindow:
        journal = Journal.open(path)
        window = MainWindow(JournalBridge(journal), settings)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        window.warmed_up()  # the journal is the test's alone
        opened.append((window, journal))
        return window

    yield make
    for window, journal in opened:
        window.close()
        journal.close()
