"""At start: a lost journal is offered its newest good backup, a missing table is damage,
indexes out of step are repaired (at start, or when the background check finds them), and
a note with an undecodable byte opens like any other."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport import app
from rapport.store import Journal
from rapport.store.backup import list_backups
from rapport.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from test_damaged_text import damage_text
from test_start_checks import drop_table, journal_with_notes, swap_indexes

WindowFactory = Callable[[Path], MainWindow]


@pytest.fixture(autouse=True)
def no_log_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture
def no_other_journal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Declining everything ends at the file dialog, where nothing is chosen."""
    asked: list[str] = []

    def nothing(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return "", ""

    monkeypatch.setattr(app.QFileDialog, "getOpenFileName", nothing)
    return asked


def entry_count(session: app.AppSession, customer_id: int) -> int:
    assert session.journal is not None
    return session.journal.timeline.header(customer_id).entry_count


# --- item 3 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["emptied", "removed"])
def test_a_lost_journal_is_offered_its_newest_good_backup_at_start(
    qtbot: QtBot, journal_path: Path, how: str
) -> None:
    ana = journal_with_notes(journal_path)
    if how == "emptied":
        journal_path.write_bytes(b"")
    else:
        journal_path.unlink()
    MessageBoxes.answers.append(True)  # restore the backup
    session = app.start_app(journal_path)
    assert session is not None
    (shown,) = MessageBoxes.log
    assert shown.kind == "question"
    assert shown.title == ("The journal is empty" if how == "emptied" else "The journal is missing")
    assert "backups" in shown.text and "newest good backup" in shown.detail
    assert entry_count(session, ana) == 30
    session.close()


def test_declining_the_backup_starts_nothing_afresh(
    qtbot: QtBot, journal_path: Path, no_other_journal: list[str]
) -> None:
    journal_with_notes(journal_path)
    journal_path.write_bytes(b"")
    MessageBoxes.answers.append(False)
    assert app.start_app(journal_path) is None
    assert journal_path.read_bytes() == b"", "left as it was: nothing written into it"
    assert no_other_journal == ["Open a journal"]


def test_a_missing_default_journal_with_backups_is_no_first_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "journal.rapport"
    default.parent.mkdir()
    monkeypatch.delenv("RAPPORT_JOURNAL", raising=False)
    monkeypatch.setattr(app, "default_journal", lambda: default)
    ana = journal_with_notes(default)
    default.unlink()
    MessageBoxes.answers.append(True)
    session = app.start_app(None)
    assert session is not None and session.journal is not None
    assert [m.title for m in MessageBoxes.log] == ["The journal is missing"]
    assert session.journal.path == default and entry_count(session, ana) == 30
    session.close()


def test_the_last_journal_gone_missing_is_offered_back_not_swapped_for_the_default(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "journal.rapport"
    default.parent.mkdir()
    Journal.open(default).close()  # another, empty journal where the default lives
    last = tmp_path / "Dropbox" / "shop.rapport"
    last.parent.mkdir()
    ana = journal_with_notes(last)
    last.unlink()  # a sync tool took it away
    monkeypatch.delenv("RAPPORT_JOURNAL", raising=False)
    monkeypatch.setattr(app, "default_journal", lambda: default)
    app.settings().setValue("journal/last", str(last))
    MessageBoxes.answers.append(True)
    session = app.start_app(None)
    assert session is not None and session.journal is not None
    assert session.journal.path == last and entry_count(session, ana) == 30
    session.close()


def test_backups_in_the_owners_folder_are_found_at_start(
    qtbot: QtBot, journal_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "usb-stick"
    app.settings().setValue("backups/folder", str(folder))
    app.settings().sync()
    from rapport.store.backup import BackupPlan, set_plan

    set_plan(journal_path, BackupPlan(folder))  # as Settings → Backups does while open
    try:
        ana = journal_with_notes(journal_path)
    finally:
        set_plan(journal_path, None)  # a new start knows only the settings file
    assert list(folder.rglob("*.rapport"))
    journal_path.unlink()
    MessageBoxes.answers.append(True)
    session = app.start_app(journal_path)
    assert session is not None
    assert MessageBoxes.log[0].title == "The journal is missing"
    assert entry_count(session, ana) == 30
    session.close()


# --- item 5 ----------------------------------------------------------------------------------


def test_a_missing_table_is_damage_and_the_newest_backup_is_offered(
    qtbot: QtBot, journal_path: Path
) -> None:
    ana = journal_with_notes(journal_path)
    drop_table(journal_path, "entry")
    MessageBoxes.answers.append(True)
    session = app.start_app(journal_path)
    assert session is not None
    (shown,) = MessageBoxes.log
    assert shown.title == "The journal is damaged"
    assert "missing" in shown.text and "newest good backup" in shown.detail
    assert len(list(journal_path.parent.glob("journal.damaged-*.rapport"))) == 1
    assert entry_count(session, ana) == 30
    session.close()


def test_indexes_out_of_step_are_repaired_at_start_when_the_owner_agrees(
    qtbot: QtBot, journal_path: Path
) -> None:
    ana = journal_with_notes(journal_path)
    swap_indexes(journal_path, "ix_entry_customer_time", "ix_entry_follow_up")
    MessageBoxes.answers.append(True)  # repair
    session = app.start_app(journal_path)
    assert session is not None
    assert MessageBoxes.log[0].kind == "question"
    assert "no entry is lost" in MessageBoxes.log[0].text
    assert entry_count(session, ana) == 30
    assert list_backups(journal_path)[0].reason == "before-repair"
    assert not list(journal_path.parent.glob("journal.damaged-*")), "nothing moved aside"
    session.close()


def test_declining_the_index_repair_leaves_the_journal_closed_and_as_it_was(
    qtbot: QtBot, journal_path: Path, no_other_journal: list[str]
) -> None:
    journal_with_notes(journal_path)
    swap_indexes(journal_path, "ix_entry_customer_time", "ix_entry_follow_up")
    before = journal_path.read_bytes()
    MessageBoxes.answers.append(False)
    assert app.start_app(journal_path) is None
    assert journal_path.read_bytes() == before
    assert no_other_journal == ["Open a journal"]


def test_index_damage_the_background_check_of_a_big_journal_finds_is_offered_the_repair(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.store import integrity
    from rapport.ui import safety

    monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)
    monkeypatch.setattr(safety, "BACKGROUND_CHECK_DELAY_MS", 0)
    ana = journal_with_notes(journal_path)
    swap_indexes(journal_path, "ix_entry_customer_time", "ix_entry_follow_up")
    MessageBoxes.answers.append(True)  # repair
    window = make_window(journal_path)
    assert window.bridge.journal.check_pending
    qtbot.waitUntil(lambda: len(MessageBoxes.log) >= 2, timeout=10_000)
    assert MessageBoxes.log[0].kind == "question" and "no entry is lost" in MessageBoxes.log[0].text
    assert MessageBoxes.log[1].text == "Repaired: the journal is sound again."
    assert window.bridge.journal.timeline.header(ana).entry_count == 30
    assert integrity.full_check(journal_path) is None


# --- item 4 ----------------------------------------------------------------------------------


def test_a_customer_with_an_undecodable_note_opens_and_shows_the_rest(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, settings: QSettings
) -> None:
    ana = journal_with_notes(journal_path, backed_up=False)
    damage_text(journal_path, "entry", "body", 2)
    window = make_window(journal_path)
    window.customer_list.select(ana)
    qtbot.waitUntil(lambda: window.page.timeline_model.rowCount() > 0)
    model = window.page.timeline_model
    texts = [str(model.data(model.index(row))) for row in range(model.rowCount())]
    assert any("\ufffd" in text for text in texts)
    window.grab()  # every row painted, the damaged one too


def test_tools_check_journal_repairs_indexes_out_of_step_after_a_backup(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    from test_safety import menu_action

    ana = journal_with_notes(journal_path)
    window = make_window(journal_path)
    window.bridge.journal.engine.dispose()  # the swap below goes round the open journal
    swap_indexes(journal_path, "ix_entry_customer_time", "ix_entry_follow_up")
    window.bridge.external.look()  # as every second: the app hears of the change made round it
    assert window.bridge.journal.timeline.header(ana).entry_count == 0, "the damage shows"
    MessageBoxes.answers.append(True)  # repair
    menu_action(window, "Tools", "Check journal").trigger()
    qtbot.waitUntil(lambda: len(MessageBoxes.log) == 2, timeout=10_000)  # checked in the background
    assert [m.kind for m in MessageBoxes.log] == ["question", "info"]
    assert MessageBoxes.log[-1].text == "Repaired: the journal is sound again."
    assert list_backups(journal_path)[0].reason == "before-repair"
    assert window.bridge.journal.timeline.header(ana).entry_count == 30
