"""Back up now, Check journal and Restore run off the UI thread, with progress and Cancel."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport import app
from rapport.domain.customers import CustomerDraft
from rapport.domain.today import Cancelled
from rapport.store import Journal, integrity
from rapport.store.backup import BackupInfo, list_backups, take_backup
from rapport.ui.long_tasks import tasks_of
from rapport.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_safety import menu_action, with_entry

WindowFactory = Callable[[Path], MainWindow]


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not tasks_of(window).busy, timeout=20_000)
    qtbot.wait(1)


def _cancel(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.findChild(QProgressDialog, "longTaskProgress")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    button = dialog.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def instant_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rapport.ui.long_tasks.SHOW_PROGRESS_AFTER_MS", 0)


def test_back_up_now_runs_off_the_ui_thread(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal_path)
    with_entry(window)
    threads: list[int] = []

    def recorded(*args: object, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return take_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("rapport.ui.safety.take_backup", recorded)
    menu_action(window, "File", "Back up now").trigger()
    _idle(qtbot, window)
    assert threads and threads[0] != threading.get_ident()
    assert MessageBoxes.log[-1].title == "Backup made"
    assert [b.reason for b in list_backups(journal_path)] == ["manual"]


def test_a_cancelled_backup_leaves_no_backup_behind(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    instant_progress: None,
) -> None:
    window = make_window(journal_path)
    with_entry(window)
    release = threading.Event()

    def slow(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return take_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("rapport.ui.safety.take_backup", slow)
    menu_action(window, "File", "Back up now").trigger()
    _cancel(qtbot, window)
    release.set()
    _idle(qtbot, window)
    assert list_backups(journal_path) == []
    assert not MessageBoxes.log or MessageBoxes.log[-1].title != "Backup made"


def test_check_journal_runs_off_the_ui_thread(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal_path)
    threads: list[int] = []
    real = integrity.full_check

    def recorded(path: Path, stop: Callable[[], bool] | None = None) -> str | None:
        threads.append(threading.get_ident())
        return real(path, stop)

    monkeypatch.setattr(integrity, "full_check", recorded)
    menu_action(window, "Tools", "Check journal").trigger()
    _idle(qtbot, window)
    assert threads and threads[0] != threading.get_ident()
    assert MessageBoxes.log[-1].text == "Your journal is in good order."


def test_check_journal_can_be_cancelled(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    instant_progress: None,
) -> None:
    window = make_window(journal_path)
    stopped = threading.Event()

    def endless(path: Path, stop: Callable[[], bool] | None = None) -> str | None:
        assert stop is not None
        while not stop():
            threading.Event().wait(0.005)
        stopped.set()
        raise Cancelled

    monkeypatch.setattr(integrity, "full_check", endless)
    menu_action(window, "Tools", "Check journal").trigger()
    _cancel(qtbot, window)
    _idle(qtbot, window)
    assert stopped.is_set()
    assert MessageBoxes.log == [], "nothing to report: the owner cancelled"


def test_the_full_check_stops_when_asked(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "STOP_EVERY_STEPS", 100)
    journal = Journal.open(journal_path)
    for n in range(50):
        journal.customers.create(CustomerDraft(name=f"C{n}"))
    journal.close()
    assert integrity.full_check(journal_path, stop=lambda: False) is None
    with pytest.raises(Cancelled):
        integrity.full_check(journal_path, stop=lambda: True)


@pytest.fixture
def no_log_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _ana_backed_up_then_ben(journal_path: Path) -> tuple[app.AppSession, BackupInfo]:
    """The app open on a journal with Ana in a backup and Ben added since."""
    session = app.start_app(journal_path)
    assert session is not None and session.journal is not None
    session.journal.customers.create(CustomerDraft(name="Ana"))
    saved = take_backup(journal_path, "manual")
    session.journal.customers.create(CustomerDraft(name="Ben"))
    return session, saved


def test_a_restore_runs_off_the_ui_thread_and_reopens_the_journal(
    qtbot: QtBot, journal_path: Path, no_log_file: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.store import backup as store_backup

    session, saved = _ana_backed_up_then_ben(journal_path)
    threads: list[int] = []
    real = store_backup.restore_backup

    def recorded(path: Path, backup: Path, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return real(path, backup, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("rapport.store.backup.restore_backup", recorded)
    session.restore_from(saved.path)
    qtbot.waitUntil(
        lambda: bool(MessageBoxes.log) and MessageBoxes.log[-1].title == "Backup restored"
    )
    assert threads and threads[0] != threading.get_ident()
    assert session.journal is not None and session.window is not None
    assert [c[1] for c in session.journal.customers.choices()] == ["Ana"]
    session.close()


def test_a_restore_cancelled_before_the_swap_leaves_the_journal_and_no_backup_behind(
    qtbot: QtBot,
    journal_path: Path,
    no_log_file: None,
    monkeypatch: pytest.MonkeyPatch,
    instant_progress: None,
) -> None:
    """Checking a big backup and backing up the journal first take seconds: the owner may stop."""
    from rapport.store import backup as store_backup

    session, saved = _ana_backed_up_then_ben(journal_path)
    assert session.window is not None
    release = threading.Event()
    real_check = store_backup.check_backup

    def slow_check(path: Path) -> str | None:
        release.wait(10)  # the integrity check of a big backup
        return real_check(path)

    monkeypatch.setattr("rapport.store.backup.check_backup", slow_check)
    closed = session.journal
    session.restore_from(saved.path)
    _cancel(qtbot, session.window)
    release.set()
    qtbot.waitUntil(lambda: session.journal not in (None, closed), timeout=20_000)  # reopened
    assert session.journal is not None
    assert sorted(c[1] for c in session.journal.customers.choices()) == ["Ana", "Ben"]
    assert [b.reason for b in list_backups(journal_path)] == ["manual"]
    assert not any(m.title == "Backup restored" for m in MessageBoxes.log)
    session.close()


def test_cancel_clicked_once_the_copy_has_begun_restores_all_the_same_and_says_so(
    qtbot: QtBot,
    journal_path: Path,
    no_log_file: None,
    monkeypatch: pytest.MonkeyPatch,
    instant_progress: None,
) -> None:
    from rapport.store import backup as store_backup

    session, saved = _ana_backed_up_then_ben(journal_path)
    assert session.window is not None
    copying, release = threading.Event(), threading.Event()
    real_copy = store_backup.copy_into

    def slow_copy(source: Path, target: Path) -> None:
        copying.set()
        release.wait(10)
        real_copy(source, target)

    monkeypatch.setattr("rapport.store.backup.copy_into", slow_copy)
    closed = session.journal
    session.restore_from(saved.path)
    qtbot.waitUntil(copying.is_set, timeout=20_000)
    _cancel(qtbot, session.window)
    release.set()
    qtbot.waitUntil(
        lambda: any(m.title == "Backup restored" for m in MessageBoxes.log), timeout=20_000
    )
    qtbot.waitUntil(lambda: session.journal not in (None, closed), timeout=20_000)  # reopened
    assert session.journal is not None
    assert [c[1] for c in session.journal.customers.choices()] == ["Ana"]
    session.close()


def test_a_task_that_must_not_stop_half_way_has_no_cancel_and_stays_in_view(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, instant_progress: None
) -> None:
    window = make_window(journal_path)
    release = threading.Event()
    task = tasks_of(window).run(
        "Restore", "Restoring…", lambda _p: release.wait(10), modal=True, cancellable=False
    )
    assert task is not None
    dialog = window.findChild(QProgressDialog, "longTaskProgress")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert not any(b.isVisible() for b in dialog.findChildren(QPushButton)), "no Cancel"
    dialog.reject()  # Esc
    dialog.close()
    assert dialog.isVisible() and task.running
    release.set()
    _idle(qtbot, window)
    assert task.outcome == "finished"
