"""The journal file taken away while the app is open: the text stays, and the journal is
saved again where the owner chooses, where Rapport goes on working."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport import app
from rapport.domain.customers import CustomerDraft
from rapport.single_instance import GUARDS
from rapport.store.drafts import DraftStore
from rapport.ui.dialogs.entry_dialog import EntryDialog
from rapport.ui.drafts import DraftKeeper
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
TEXT = "Agreed on the spring order; she wants samples of the new roast."


def entries_in(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [row[0] for row in conn.execute("SELECT body FROM entry")]
    finally:
        conn.close()


def capture(window: MainWindow) -> EntryDialog:
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Maria"))
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    dialog.title.setText("Spring order")
    dialog.body.setPlainText(TEXT)
    return dialog


def choose(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    """The file dialog answers target (None: cancelled); returns the suggestions it got."""
    offered: list[str] = []

    def answer(*args: object, **_kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return ("" if target is None else str(target), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_a_save_after_the_journal_was_renamed_keeps_the_text_and_the_draft(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal_path)
    dialog = capture(window)
    os.rename(journal_path, journal_path.with_name("journal (conflicted copy).rapport"))
    MessageBoxes.answers.append(False)  # "Not now"
    dialog.accept()
    assert dialog.isVisible() and dialog.body.toPlainText() == TEXT
    (asked,) = MessageBoxes.log
    assert asked.kind == "question" and "moved, renamed or deleted" in asked.text
    assert asked.detail, "it says what to do"
    keeper = DraftKeeper.of(dialog)
    assert keeper is not None
    keeper.save_now()
    assert [d.entry.body for d in DraftStore(journal_path).list()] == [TEXT], "the draft stays"
    cid = dialog.selected_customer()
    assert cid is not None
    assert window.bridge.journal.timeline.header(cid).entry_count == 0


def test_saving_the_journal_again_saves_the_entry_there_and_goes_on_there(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal_path)
    dialog = capture(window)
    journal_path.unlink()
    target = journal_path.parent / "Rescued" / "shop.rapport"
    offered = choose(monkeypatch, target)
    MessageBoxes.answers.append(True)  # "Save the journal as…"
    dialog.accept()
    assert not dialog.isVisible(), "the entry was saved, in the journal saved again"
    assert offered and Path(offered[0]).parent == journal_path.parent
    assert window.bridge.journal.path == target
    assert window.windowTitle().startswith("shop")
    assert str(target) in window.statusBar().currentMessage()
    assert [m.kind for m in MessageBoxes.log] == ["question", "info"]
    assert str(target) in MessageBoxes.log[-1].text
    assert entries_in(target) == [TEXT]
    assert DraftStore(target).list() == [] and DraftStore(journal_path).list() == []
    assert window.controller.drafts.folder == DraftStore(target).folder
    window.bridge.journal.customers.create(CustomerDraft(name="Noor"))  # and so on, there


def test_a_target_that_exists_is_refused_and_the_text_kept(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal_path)
    dialog = capture(window)
    journal_path.unlink()
    taken = journal_path.parent / "taken.rapport"
    taken.write_text("another file")
    choose(monkeypatch, taken)
    MessageBoxes.answers.append(True)
    dialog.accept()
    assert dialog.isVisible() and dialog.body.toPlainText() == TEXT
    assert MessageBoxes.log[-1].kind == "warning"
    assert "already exists" in MessageBoxes.log[-1].text
    assert taken.read_text() == "another file"
    choose(monkeypatch, None)  # the owner cancels the file dialog: still nothing lost
    MessageBoxes.answers.append(True)
    dialog.accept()
    assert dialog.isVisible() and dialog.body.toPlainText() == TEXT


def test_the_app_opens_the_journal_saved_again_at_the_next_start(
    qtbot: QtBot, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = app.start_app(journal_path)
    assert session is not None and session.window is not None
    window = session.window
    dialog = capture(window)
    journal_path.unlink()
    target = journal_path.parent / "again.rapport"
    choose(monkeypatch, target)
    MessageBoxes.answers.append(True)
    dialog.accept()
    assert not dialog.isVisible()
    assert session.journal is not None and session.journal.path == target
    assert session.settings.value("journal/last") == str(target)
    assert GUARDS.get(target) is not None and GUARDS.get(journal_path) is None
    session.close()
    assert GUARDS.get(target) is None
    assert entries_in(target) == [TEXT]


def test_automatic_backups_wait_while_the_journal_file_is_gone(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from rapport.store.backup import list_backups

    window = make_window(journal_path)
    capture(window)
    replacement = journal_path.with_name("other.rapport")
    replacement.write_bytes(journal_path.read_bytes())
    os.replace(replacement, journal_path)  # a sync tool puts an older copy in its place
    auto = window.safety.auto
    auto.changed = True
    assert not auto.tick(datetime.now(UTC) + timedelta(days=1))
    assert list_backups(journal_path) == []
