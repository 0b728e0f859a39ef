"""Rapport in the tray: closing the window keeps it running, Quit quits, a notice opens.

The offscreen platform has no tray, so the tests that need one say the desktop has one
(`Tray.available`); the real tray and notification daemon are tested in
tests/process/test_tray_desktop.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport import app
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.reminders import Notice
from rapport.single_instance import GUARDS
from rapport.store import Journal
from rapport.ui.keep_running import KeepRunning
from rapport.ui.main_window import MainWindow
from rapport.ui.tray import ASKED_KEY, Tray


@pytest.fixture(autouse=True)
def _quit_on_close_restored() -> Iterator[None]:
    yield
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desktop with a tray (the icon itself is not put anywhere offscreen)."""
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    monkeypatch.setattr(Tray, "show", lambda self: None)


def _keep_in_tray(window: MainWindow, on: bool = True) -> None:
    settings = window.preferences.app_settings
    prefs = settings.prefs()
    settings.settings.setValue(ASKED_KEY, True)
    settings.save(replace(prefs, reminders=replace(prefs.reminders, keep_in_tray=on)))


def _session(path: Path, at_login: bool = False) -> app.AppSession:
    session = app.start_app(path, at_login=at_login)
    assert session is not None and session.window is not None and session.keep is not None
    return session


def test_with_the_tray_on_closing_the_window_keeps_rapport_running(
    qtbot: QtBot, journal_path: Path, with_tray: None
) -> None:
    session = _session(journal_path)
    window = session.window
    assert window is not None and session.keep is not None
    assert session.keep.tray is None  # off by default: no tray, no clock at start
    _keep_in_tray(window)
    tray = session.keep.tray
    assert tray is not None and tray.clock is not None and tray.clock.timer.isActive()
    assert not QApplication.quitOnLastWindowClosed()
    assert window.close() is False  # the close event was turned into hiding
    assert not window.isVisible()
    assert window.bridge.journal.customers.count() == 0  # the journal is still open
    tray.open_requested.emit()
    assert window.isVisible()
    session.close()


def test_with_the_tray_off_closing_the_window_quits(
    qtbot: QtBot, journal_path: Path, with_tray: None
) -> None:
    session = _session(journal_path)
    window = session.window
    assert window is not None and session.keep is not None
    _keep_in_tray(window)
    _keep_in_tray(window, on=False)
    assert session.keep.tray is None
    assert QApplication.quitOnLastWindowClosed()
    assert window.close() is True
    session.close()


def test_the_first_close_asks_once_and_the_answer_is_kept(
    qtbot: QtBot, journal_path: Path, with_tray: None
) -> None:
    session = _session(journal_path)
    window = session.window
    assert window is not None and session.keep is not None
    MessageBoxes.answers.append(True)  # "Keep running in the tray"
    assert window.close() is False
    assert MessageBoxes.log[-1].title == "Keep Rapport running?"
    assert session.keep.tray is not None
    assert window.preferences.app_settings.prefs().reminders.keep_in_tray
    session.close()


def test_without_a_tray_closing_quits_and_nothing_is_asked(journal_path: Path) -> None:
    session = _session(journal_path)
    window = session.window
    assert window is not None and session.keep is not None
    _keep_in_tray(window)  # chosen on a desktop that had a tray
    assert QApplication.quitOnLastWindowClosed()
    assert window.close() is True
    assert MessageBoxes.log == []
    session.close()


def test_quit_in_the_tray_closes_the_journal_and_releases_it(
    qtbot: QtBot, journal_path: Path, with_tray: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    session = _session(journal_path)
    window = session.window
    assert window is not None and session.keep is not None
    _keep_in_tray(window)
    window.close()  # in the tray
    tray = session.keep.tray
    assert tray is not None
    tray.quit_action.trigger()
    assert quits == [True]
    assert not window.isVisible()
    session.close()  # what run_app does once the event loop has ended
    assert GUARDS.get(journal_path.absolute()) is None
    again = Journal.open(journal_path)  # nobody holds it any more
    again.close()


def test_quit_keeps_an_entry_being_written_as_a_draft(
    qtbot: QtBot, journal_path: Path, with_tray: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    session = _session(journal_path)
    window = session.window
    assert window is not None and session.keep is not None
    _keep_in_tray(window)
    dialog = window.controller.new_entry()
    assert dialog is not None
    dialog.title.setText("Half a thought")
    tray = session.keep.tray
    assert tray is not None
    tray.quit_action.trigger()
    assert not dialog.isVisible()
    assert MessageBoxes.log == []  # nothing asked: Quit quits
    session.close()
    assert [typed.entry.title for typed in window.controller.drafts.list()] == ["Half a thought"]


def test_a_follow_ups_notice_opens_the_customer_at_that_entry(
    qtbot: QtBot, journal_path: Path, with_tray: None
) -> None:
    session = _session(journal_path)
    window = session.window
    assert window is not None and session.keep is not None
    journal = window.bridge.journal
    cid = journal.customers.create(
        CustomerDraft(name="Anna's Bakery"), since=datetime.now(UTC) - timedelta(days=30)
    )
    eid = journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=datetime.now(UTC), title="Send the quote")
    )
    journal.entries.add(EntryDraft(customer_id=cid, occurred_at=datetime.now(UTC), title="Call"))
    _keep_in_tray(window)
    window.close()
    tray = session.keep.tray
    assert tray is not None
    tray.notice_opened.emit(Notice("Anna's Bakery", "Send the quote", cid, eid))
    assert window.isVisible()
    assert window.page.customer_id == cid
    current = window.page.current_item()
    assert current is not None and current.entry is not None and current.entry.id == eid
    tray.notice_opened.emit(Notice("Due today", "1 follow-up"))  # the summary opens Today
    assert window.navigator.on_today
    session.close()


def test_started_at_login_rapport_waits_in_the_tray(
    qtbot: QtBot, journal_path: Path, with_tray: None
) -> None:
    first = _session(journal_path)
    assert first.window is not None
    _keep_in_tray(first.window)
    first.close()
    session = _session(journal_path, at_login=True)
    window = session.window
    assert window is not None and session.keep is not None
    assert session.keep.tray is not None
    assert not window.isVisible()
    session.close()


def test_started_at_login_without_a_tray_the_window_is_minimised(journal_path: Path) -> None:
    session = _session(journal_path, at_login=True)
    window = session.window
    assert window is not None
    assert window.isMinimized()
    session.close()


def test_keep_running_is_made_for_each_window(qtbot: QtBot, journal_path: Path) -> None:
    session = _session(journal_path)
    assert isinstance(session.keep, KeepRunning)
    session.close()


def test_without_a_tray_what_is_due_is_said_over_the_window_once_it_is_shown(
    qtbot: QtBot, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(journal_path)
    now = datetime.now(UTC)
    cid = journal.customers.create(CustomerDraft(name="Anna's Bakery"), since=now - timedelta(60))
    journal.entries.add(
        EntryDraft(
            customer_id=cid,
            occurred_at=now - timedelta(days=3),
            title="Send the quote",
            follow_up_on=(now - timedelta(days=2)).date(),
        )
    )
    journal.close()
    stored = app.settings()
    stored.setValue("reminders/keepInTray", True)
    stored.setValue("reminders/summaryAt", 0)  # today's summary time has passed
    stored.sync()
    shown: list[tuple[str, object]] = []
    from rapport.ui import msgbox

    real_inform = msgbox.inform

    def inform(parent: object, title: str, *args: object, **kwargs: object) -> object:
        shown.append((title, parent))
        assert isinstance(parent, MainWindow) and parent.isVisible()
        return real_inform(parent, title, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(msgbox, "inform", inform)
    session = _session(journal_path)
    assert shown == []  # not while the window was being made
    qtbot.waitUntil(lambda: bool(shown))
    assert [title for title, _ in shown] == ["Due today"]
    assert MessageBoxes.log[-1].text == "1 follow-up"
    session.close()


def _file_quit(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.text() == "&Quit"]
    action.trigger()


def test_file_quit_quits_even_with_the_tray_on(
    qtbot: QtBot, journal_path: Path, with_tray: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    session = _session(journal_path)
    window = session.window
    assert window is not None
    _keep_in_tray(window)
    _file_quit(window)
    assert quits == [True]
    assert not window.isVisible()
    session.close()


def test_file_quit_with_the_tray_off_closes_the_window_as_before(
    qtbot: QtBot, journal_path: Path
) -> None:
    session = _session(journal_path)
    window = session.window
    assert window is not None
    _file_quit(window)
    assert not window.isVisible()
    assert window.bridge.journal is not None
    session.close()


def test_when_the_desktop_session_ends_the_window_closes_for_real(
    qtbot: QtBot, journal_path: Path, with_tray: None
) -> None:
    """A window that only hides would cancel the log-out (Qt closes every window then)."""
    session = _session(journal_path)
    window = session.window
    assert window is not None and session.keep is not None
    _keep_in_tray(window)
    dialog = window.controller.new_entry()
    assert dialog is not None
    dialog.title.setText("Half a thought")
    session.keep.session_ends()
    assert window.close() is True
    assert MessageBoxes.log == []  # no question holds up the log-out
    assert [typed.entry.title for typed in window.controller.drafts.list()] == ["Half a thought"]
    session.close()


def test_a_draft_left_over_is_offered_when_the_window_waiting_in_the_tray_is_opened(
    qtbot: QtBot, journal_path: Path, with_tray: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    first = _session(journal_path)
    assert first.window is not None and first.keep is not None
    qtbot.wait(50)  # the start's own look for drafts (none yet)
    _keep_in_tray(first.window)
    dialog = first.window.controller.new_entry()
    assert dialog is not None
    dialog.title.setText("Half a thought")
    assert first.keep.tray is not None
    first.keep.tray.quit_action.trigger()  # kept as a draft
    first.close()
    session = _session(journal_path, at_login=True)
    assert session.keep is not None and session.keep.tray is not None
    qtbot.wait(50)
    assert MessageBoxes.log == []  # nothing asked of an owner who has not opened Rapport
    MessageBoxes.answers.append(False)  # "Later"
    session.keep.tray.open_requested.emit()
    qtbot.waitUntil(lambda: bool(MessageBoxes.log))
    assert MessageBoxes.log[-1].title == "An unsaved entry from last time"
    session.close()
