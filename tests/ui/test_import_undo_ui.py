"""Undo import in the window: no backup waited for; the done message, Ctrl+Z, Recent imports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from longwait import opened_import
from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.store import backup
from rapport.ui.dialogs.import_dialog import ImportDialog
from rapport.ui.dialogs.recent_imports import RecentImportsDialog
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _import(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    dialog = opened_import(window, path)
    assert isinstance(dialog, ImportDialog)
    if dialog.mapping is not None:  # a CSV: its columns as recognised
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.isVisible(), timeout=5000)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def _undone(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the undo started last (it runs in the background) and what follows its end."""
    task = window.transfer.undo.task
    assert task is not None, "the undo started"
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    qtbot.wait(1)


def _live(window: MainWindow) -> list[str]:
    return sorted(c.name for c in window.bridge.journal.timeline.customers(statuses=()))


@pytest.fixture
def no_backups(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    taken: list[object] = []

    def watched(*args: object, **_kwargs: object) -> Path:
        taken.append(args)
        raise AssertionError("a CSV or vCard import takes no backup")

    monkeypatch.setattr(backup, "backup_journal", watched)
    return taken


def test_a_vcard_import_starts_no_backup_and_its_message_undoes_it(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, no_backups: list[object]
) -> None:
    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="Already here"))
    MessageBoxes.answers.append(True)  # "Undo import" in the done message
    _import(qtbot, window, FIXTURES / "contacts-3.0.vcf")
    assert no_backups == []
    _undone(qtbot, window)
    offer = next(m for m in MessageBoxes.log if m.kind == "offer")
    assert offer.text.startswith("Imported ") and "Edit → Undo" in offer.detail
    told = MessageBoxes.log[-1]
    assert told.title == "Undo import" and "moved to the trash" in told.text
    assert _live(window) == ["Already here"]
    assert not window.controller.undo_stack.canUndo()  # taken through the stack: gone from it


def test_ctrl_z_undoes_the_import_and_the_trash_brings_it_back(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, no_backups: list[object]
) -> None:
    window = make_window(journal_path)
    _import(qtbot, window, FIXTURES / "generic.csv")
    imported = _live(window)
    assert len(imported) == 3
    stack = window.controller.undo_stack
    assert stack.undoText() == "Import of 3 customers"
    assert window.controller.notice.text() == "Imported 3 customers"
    stack.undo()  # Edit → Undo, Ctrl+Z
    _undone(qtbot, window)
    assert _live(window) == []
    qtbot.waitUntil(lambda: window.customer_list.model.rowCount() == 0, timeout=5000)
    journal = window.bridge.journal
    for item in journal.trash.items():
        journal.trash.restore(item)
    assert _live(window) == imported


def test_recent_imports_lists_and_undoes_after_asking(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, no_backups: list[object]
) -> None:
    window = make_window(journal_path)
    _import(qtbot, window, FIXTURES / "generic.csv")
    _import(qtbot, window, FIXTURES / "contacts-3.0.vcf")
    dialog = window.transfer.undo.show_recent()
    assert isinstance(dialog, RecentImportsDialog)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.list.topLevelItem(0).text(1) == "contacts-3.0.vcf"  # newest first
    assert dialog.list.topLevelItem(1).text(1) == "generic.csv"
    assert dialog.list.topLevelItem(1).text(2) == "3"
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    before = _live(window)
    dialog.undo_selected()  # asked first: "Cancel" (the queue's default no)
    assert MessageBoxes.log[-1].kind == "question" and _live(window) == before
    MessageBoxes.answers.append(True)
    dialog.undo_selected()
    _undone(qtbot, window)
    assert dialog.list.topLevelItemCount() == 1
    assert len(_live(window)) == len(before) - 3
    journal = window.bridge.journal
    assert [b.source for b in journal.imports.recent()] == ["contacts-3.0.vcf"]


def test_undoing_an_import_already_undone_says_so(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, no_backups: list[object]
) -> None:
    window = make_window(journal_path)
    _import(qtbot, window, FIXTURES / "generic.csv")
    [batch] = window.bridge.journal.imports.recent()
    window.bridge.journal.imports.undo(batch.id)  # elsewhere (another window)
    window.controller.undo_stack.undo()
    _undone(qtbot, window)
    shown = MessageBoxes.log[-1]
    assert shown.kind == "warning" and "already been undone" in shown.text
    qtbot.wait(10)  # not offered again: there is nothing left to undo
    assert not window.controller.undo_stack.canUndo() and not window.controller.undo_stack.canRedo()


def test_the_file_menu_has_recent_imports(make_window: WindowFactory, journal_path: Path) -> None:
    window = make_window(journal_path)
    file_menu = window.menuBar().actions()[0].menu()
    assert "Recen&t imports…" in [a.text() for a in file_menu.actions()]
