"""The safety menus: undo names what it undoes, the Trash view, Back up now, Restore from
backup, Check journal, automatic backups, and a damaged journal at start."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport import app
from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.backup import list_backups, take_backup
from rapport.store.clock import utcnow
from rapport.store.trash import TrashKind
from rapport.ui.long_tasks import tasks_of
from rapport.ui.main_window import MainWindow
from rapport.ui.safety import AutoBackup

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from storehelp import damage_table

WindowFactory = Callable[[Path], MainWindow]


def menu_action(window: MainWindow, menu: str, text: str) -> QAction:
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            submenu = top.menu()
            assert submenu is not None
            for action in submenu.actions():
                if action.text().replace("&", "").startswith(text):
                    return action
    raise AssertionError(f"no {menu} → {text}")


def with_entry(window: MainWindow) -> tuple[int, int]:
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    eid = journal.entries.add(EntryDraft(customer_id=cid, occurred_at=utcnow(), title="Kickoff"))
    return cid, eid


def test_the_edit_menu_says_what_undo_will_bring_back(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid, eid = with_entry(window)
    window.customer_list.select(cid)
    assert window.page.select_item(("entry", eid))
    item = window.page.current_item()
    assert item is not None
    window.controller.delete_item(item)
    undo = menu_action(window, "Edit", "Undo")
    assert undo.text().replace("&", "") == "Undo Delete entry “Kickoff”"
    assert undo.isEnabled()
    undo.trigger()
    assert window.bridge.journal.entries.get(eid).title == "Kickoff"
    assert not menu_action(window, "Edit", "Undo").isEnabled()
    assert undo.text() == "&Undo"
    assert menu_action(window, "Edit", "Redo").text() == "&Redo Delete entry “Kickoff”"


def test_the_trash_view_restores_and_empties_after_asking_and_a_backup(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid, eid = with_entry(window)
    journal.entries.delete(eid)
    menu_action(window, "Edit", "Trash").trigger()
    from rapport.ui.dialogs.trash_dialog import TrashDialog

    dialog = window.findChild(TrashDialog, "trashDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(0).startswith("Kickoff")  # type: ignore[union-attr]
    dialog.restore_button.click()
    assert dialog.list.topLevelItemCount() == 0 and dialog.empty_note.isVisible()
    assert journal.entries.get(eid).title == "Kickoff"

    journal.customers.delete(cid)
    dialog.reload()
    assert [i.kind for i in journal.trash.items()] == [TrashKind.CUSTOMER]
    MessageBoxes.answers.append(False)
    dialog.empty_button.click()
    assert journal.trash.items() != [] and list_backups(journal.path) == []
    MessageBoxes.answers.append(True)
    dialog.empty_button.click()
    assert journal.trash.items() == []
    assert [b.reason for b in list_backups(journal.path)] == ["before-empty-trash"]
    assert window.controller.undo_stack.count() == 0
    dialog.close()


def test_back_up_now_writes_a_checked_backup_and_says_where(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    with_entry(window)
    menu_action(window, "File", "Back up now").trigger()
    qtbot.waitUntil(lambda: not tasks_of(window).busy, timeout=10_000)
    qtbot.wait(1)
    (backup,) = list_backups(journal_path)
    assert backup.reason == "manual"
    assert MessageBoxes.log[-1].title == "Backup made"
    assert str(backup.path.parent) in MessageBoxes.log[-1].detail


def test_check_journal_reports_a_sound_journal(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    menu_action(window, "Tools", "Check journal").trigger()
    qtbot.waitUntil(lambda: not tasks_of(window).busy, timeout=10_000)
    qtbot.wait(1)
    assert MessageBoxes.log[-1].text == "Your journal is in good order."


def test_automatic_backups_follow_changes_at_most_every_30_minutes(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    auto = AutoBackup(window.bridge, window, run=lambda job: job())
    now = datetime.now(UTC)
    assert not auto.tick(now), "nothing changed: no backup"
    with_entry(window)
    assert auto.tick(now)
    qtbot.waitUntil(lambda: not auto.running)
    assert [b.reason for b in list_backups(journal_path)] == ["auto"]
    window.bridge.journal.customers.create(CustomerDraft(name="Ben"))
    assert not auto.tick(now + timedelta(minutes=29))
    assert auto.tick(now + timedelta(minutes=31))
    qtbot.waitUntil(lambda: not auto.running)
    assert len(list_backups(journal_path)) == 2


def test_a_window_shut_down_takes_no_more_automatic_backups(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """Its journal may be closed or open elsewhere: the window that is gone backs nothing up."""
    window = make_window(journal_path)
    auto = window.safety.auto
    with_entry(window)  # a change: a backup would be due at the next tick
    window.shutdown()
    assert not auto.timer.isActive()
    assert not auto.tick(datetime.now(UTC) + timedelta(days=1))
    qtbot.wait(10)
    assert list_backups(journal_path) == []


@pytest.fixture
def no_log_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_restoring_a_backup_backs_up_the_current_journal_first(
    qtbot: QtBot, journal_path: Path, no_log_file: None
) -> None:
    session = app.start_app(journal_path)
    assert session is not None and session.journal is not None
    session.journal.customers.create(CustomerDraft(name="Ana"))
    saved = take_backup(journal_path, "manual")
    session.journal.customers.create(CustomerDraft(name="Ben"))
    session.restore_from(saved.path)
    qtbot.waitUntil(lambda: bool(MessageBoxes.log), timeout=10_000)
    qtbot.wait(1)
    assert session.journal is not None and session.window is not None
    assert [c[1] for c in session.journal.customers.choices()] == ["Ana"]
    before = [b for b in list_backups(journal_path) if b.reason == "before-restore"]
    assert len(before) == 1
    copy = Journal.open(before[0].path)
    assert [c[1] for c in copy.customers.choices()] == ["Ana", "Ben"]
    copy.close()
    assert MessageBoxes.log[-1].title == "Backup restored"
    session.close()


def test_a_damaged_journal_is_moved_aside_and_the_newest_good_backup_offered(
    qtbot: QtBot, journal_path: Path, no_log_file: None
) -> None:
    journal = Journal.open(journal_path)
    cid = journal.customers.create(CustomerDraft(name="Ana"))
    for n in range(20):
        journal.entries.add(EntryDraft(customer_id=cid, occurred_at=utcnow(), body=f"n{n} " * 80))
    take_backup(journal_path, "auto")
    journal.close()
    damage_table(journal_path, "entry")
    damaged = journal_path.read_bytes()

    MessageBoxes.answers.append(True)  # restore the backup
    session = app.start_app(journal_path)
    assert session is not None and session.journal is not None
    (shown,) = MessageBoxes.log
    assert shown.title == "The journal is damaged"
    assert "moved aside" in shown.text and "newest good backup" in shown.detail
    (aside,) = journal_path.parent.glob("journal.damaged-*.rapport")
    assert aside.read_bytes() == damaged, "the damaged file is kept, never overwritten"
    assert session.journal.timeline.header(cid).entry_count == 20
    session.close()


def test_a_damaged_journal_without_a_backup_is_kept_aside_and_explained(
    qtbot: QtBot, journal_path: Path, no_log_file: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(journal_path)
    journal.customers.create(CustomerDraft(name="Ana"))
    journal.close()
    damage_table(journal_path, "customer")
    monkeypatch.setattr(app.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert app.start_app(journal_path) is None
    assert [m.title for m in MessageBoxes.log] == ["The journal is damaged"]
    assert "No good backup" in MessageBoxes.log[0].detail
    assert len(list(journal_path.parent.glob("journal.damaged-*.rapport"))) == 1


def big_journal_with_damage(path: Path, table: str) -> int:
    """A journal with entries and a check-in, backed up, then one table's page damaged."""
    journal = Journal.open(path)
    cid = journal.customers.create(CustomerDraft(name="Ana"))
    for n in range(20):
        journal.entries.add(EntryDraft(customer_id=cid, occurred_at=utcnow(), body=f"n{n} " * 80))
    journal.checkins.add(CheckIn(cid, utcnow(), Answers(trust=4)))
    take_backup(path, "auto")
    journal.close()
    damage_table(path, table)
    return cid


@pytest.fixture
def every_journal_big(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every journal counts as big: only the first screen's tables are checked at open."""
    from rapport.store import integrity
    from rapport.ui import safety

    monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)
    monkeypatch.setattr(safety, "BACKGROUND_CHECK_DELAY_MS", 0)


def test_a_big_journal_is_checked_in_the_background_and_damage_is_offered_recovery(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, every_journal_big: None
) -> None:
    big_journal_with_damage(journal_path, "check_in")  # not read by the first screen
    MessageBoxes.answers.append(True)
    window = make_window(journal_path)  # opens: what the first screen reads is sound
    assert window.bridge.journal.check_pending
    with qtbot.waitSignal(window.safety.recover_requested, timeout=5000):
        pass
    assert MessageBoxes.log[-1].title == "The journal is damaged"
    assert not window.bridge.journal.check_pending


def test_damage_the_first_screen_of_a_big_journal_meets_is_recovered_not_crashed(
    qtbot: QtBot, journal_path: Path, no_log_file: None, every_journal_big: None
) -> None:
    # The customer list reads the entries' last-contact index while the window is built;
    # the entry table and its indexes are only checked in the background.
    cid = big_journal_with_damage(journal_path, "ix_entry_last_contact")
    MessageBoxes.answers.append(True)  # restore the newest good backup
    session = app.start_app(journal_path)
    assert session is not None and session.journal is not None
    assert MessageBoxes.log[0].title == "The journal is damaged"
    assert len(list(journal_path.parent.glob("journal.damaged-*.rapport"))) == 1
    assert session.journal.timeline.header(cid).entry_count == 20
    session.close()


def test_damage_today_meets_in_the_background_is_offered_recovery_once(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    every_journal_big: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rapport.ui import safety

    monkeypatch.setattr(safety, "BACKGROUND_CHECK_DELAY_MS", 60_000)  # not before Today
    big_journal_with_damage(journal_path, "entry")  # read by Today, after the first paint
    MessageBoxes.answers.append(True)
    window = make_window(journal_path)
    with qtbot.waitSignal(window.safety.recover_requested, timeout=10_000):
        pass
    assert [m.title for m in MessageBoxes.log] == ["The journal is damaged"]
    assert "could not be read" in window.today.empty.text()
    window.safety.start_background_check()  # the check finds it too: not asked again
    qtbot.waitUntil(lambda: not window.safety.checking)
    assert len(MessageBoxes.log) == 1


def test_the_restore_and_trash_views_name_their_controls(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QTreeWidget

    window = make_window(journal_path)
    with_entry(window)
    take_backup(journal_path, "manual")
    restore = window.safety.choose_backup()
    trash = window.safety.show_trash()
    for dialog in (restore, trash):
        for tree in dialog.findChildren(QTreeWidget):
            assert tree.accessibleName()
        for button in dialog.findChildren(QAbstractButton):
            assert button.accessibleName() or button.text().replace("&", "")
    assert restore.list.topLevelItemCount() == 1
    assert restore.list.topLevelItem(0).text(1) == "Backed up by you"  # type: ignore[union-attr]
    assert "KB" in restore.list.topLevelItem(0).text(2)  # type: ignore[union-attr]
    restore.close()
    trash.close()


def test_choosing_a_backup_asks_then_asks_the_session_to_restore_it(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    saved = take_backup(journal_path, "manual")
    dialog = window.safety.choose_backup()
    assert not dialog.restore_button.isEnabled()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.restore_button.isEnabled()
    MessageBoxes.answers.append(True)
    with qtbot.waitSignal(window.safety.restore_requested) as asked:
        dialog.restore_button.click()
    assert asked.args == [saved.path]
    assert MessageBoxes.log[-1].title == "Restore this backup?"
