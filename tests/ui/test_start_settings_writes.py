"""A start that changes nothing in the settings writes nothing to their file (issue 18).

Each start remembered the journal open last, and each quit the window's layout: Qt
rewrote the settings file both times (on the UI thread, before the first paint at
start), though the values were those already there.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from rapport.store import Journal
from rapport.ui import team_open, window_state
from rapport.ui.main_window import MainWindow


def _written(path: Path) -> int:
    return path.stat().st_mtime_ns


def test_remembering_the_same_journal_again_leaves_the_settings_file_alone(
    tmp_path: Path, journal_path: Path
) -> None:
    file = tmp_path / "settings.ini"
    settings = QSettings(str(file), QSettings.Format.IniFormat)
    journal = Journal.open(journal_path)
    try:
        team_open.remember_journal(settings, journal)
        settings.sync()
        before = _written(file)
        time.sleep(0.05)  # a write now would move the file's modification time on
        team_open.remember_journal(settings, journal)
        settings.sync()
        assert _written(file) == before
        assert team_open.recent_journals(settings) == [str(journal_path)]
    finally:
        journal.close()


def test_an_unchanged_window_layout_is_not_written_again(
    qtbot: QtBot, tmp_path: Path, journal_path: Path
) -> None:
    file = tmp_path / "settings.ini"
    settings = QSettings(str(file), QSettings.Format.IniFormat)
    journal = Journal.open(journal_path)
    from rapport.ui.bridge import JournalBridge

    window = MainWindow(JournalBridge(journal), settings)
    qtbot.addWidget(window)
    try:
        window_state.save(window, window.splitter, window.customer_list, settings)
        before = _written(file)
        time.sleep(0.05)
        window_state.save(window, window.splitter, window.customer_list, settings)
        assert _written(file) == before
        window.resize(window.width() + 40, window.height())  # a changed layout is kept
        window_state.save(window, window.splitter, window.customer_list, settings)
        assert _written(file) != before
    finally:
        window.close()
        journal.close()
