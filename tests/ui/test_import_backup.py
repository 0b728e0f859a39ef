"""The backup before a JSON import is taken while the owner reviews, and kept by the import.

Only a JSON export imported into a journal that holds something is backed up first; a
CSV or vCard import starts no backup at all (it is undone instead: test_import_undo_ui.py).
"""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from longwait import opened_import
from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.store import backup
from rapport.store.backup import backup_folder, list_backups
from rapport.ui.dialogs.import_dialog import ImportDialog
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def _before_import(journal_path: Path) -> list[Path]:
    return [b.path for b in list_backups(journal_path) if b.reason == "before-import"]


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM customer"))


def _json_export(journal_path: Path, window: MainWindow) -> Path:
    """The window's journal exported as JSON, beside it (to import into it again)."""
    from rapport.transfer.exporting import ExportFormat, export

    exported = journal_path.parent / "export.json"
    with window.bridge.journal.transfer.reading() as rows:
        export(exported, rows, ExportFormat.JSON, "journal")
    return exported


def test_the_backup_is_ready_during_the_review_and_is_the_one_the_import_names(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="Already here"))
    dialog = opened_import(window, _json_export(journal_path, window))
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: len(_before_import(journal_path)) == 1, timeout=5000)  # not clicked yet
    taken = _before_import(journal_path)
    assert window.bridge.journal.customers.count() == 1

    assert dialog.review is not None
    dialog.review.include_duplicates.setChecked(True)  # its own export: all duplicates
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.bridge.journal.customers.count() > 1
    assert _before_import(journal_path) == taken  # the import did not copy the file again
    assert _names(taken[0]) == ["Already here"]  # the journal as it was before the import
    told = MessageBoxes.log[-1]
    assert str(backup_folder(journal_path)) in told.detail


def test_the_backup_ahead_runs_with_the_collector_paused_like_every_background_job(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A collection in its thread could free a closed dialog's Qt objects there and crash."""
    window = make_window(journal_path)
    reviewing = threading.Event()
    seen: list[bool] = []
    real = backup.backup_journal

    def watched(*args: object, **kwargs: object) -> Path:
        reviewing.wait(10)  # a big journal: still copying once the file is read and planned
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    window.bridge.journal.customers.create(CustomerDraft(name="Already here"))
    exported = _json_export(journal_path, window)
    monkeypatch.setattr(backup, "backup_journal", watched)
    dialog = opened_import(window, exported)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.isVisible(), timeout=5000)
    qtbot.wait(50)  # the reading job's end reaches the UI thread
    reviewing.set()
    qtbot.waitUntil(lambda: len(_before_import(journal_path)) == 1, timeout=5000)
    assert seen == [False]
    qtbot.waitUntil(gc.isenabled, timeout=5000)  # on again once it has ended
