"""Issue 13, item 5: the command line writing to the journal the app has open.

The app (a real window in this process) has the journal open; a real `rapport import`
in another process adds a customer with an entry: the window shows both within 2
seconds of the command's end, through the same change notices, and the app's own save
is told once. When the app holds the write lock, the command says that it waits, waits
a bounded time, and exits with words saying what to do.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from children import Child, child_env
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.change import Change
from rapport.store.clock import utcnow
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process handling")
SRC = Path(__file__).resolve().parents[2] / "src"
SHOWN_WITHIN_S = 2.0


def rapport(args: list[str], home: Path) -> Child:
    """A real `rapport` command, in a process of its own."""
    env = child_env(home)
    env["PYTHONPATH"] = str(SRC)
    return Child(["-m", "rapport", *args], env)


@pytest.fixture
def export_of_noor(tmp_path: Path) -> Path:
    """A Rapport JSON export of one customer, Noor, with one entry (made by the command line)."""
    other = tmp_path / "other.rapport"
    journal = Journal.open(other)
    noor = journal.customers.create(CustomerDraft(name="Noor Haddad"))
    journal.entries.add(EntryDraft(customer_id=noor, occurred_at=utcnow(), body="Met at the fair."))
    journal.close()
    target = tmp_path / "noor.json"
    child = rapport(["--journal", str(other), "export", str(target)], tmp_path / "home")
    assert child.finish() == 0, child.errors.read_text()
    return target


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The app's window on a journal with one customer."""
    MessageBoxes.reset(recording=True)
    journal = Journal.open(tmp_path / "shop.rapport")
    journal.customers.create(CustomerDraft(name="Maria"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(JournalBridge(journal), settings)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()
    journal.close()
    MessageBoxes.reset(recording=False)


def test_an_import_from_the_command_line_shows_in_the_open_window_within_two_seconds(
    qtbot: QtBot, window: MainWindow, export_of_noor: Path, tmp_path: Path, children: list[Child]
) -> None:
    journal = window.bridge.journal
    heard: list[Change] = []
    window.bridge.changed.connect(heard.append)
    child = rapport(
        ["--journal", str(journal.path), "import", str(export_of_noor)], tmp_path / "home"
    )
    children.append(child)
    qtbot.waitUntil(lambda: child.proc.poll() is not None, timeout=60_000)
    ended = time.monotonic()
    assert child.finish() == 0, child.errors.read_text()
    model = window.customer_list.model

    def noor_offered() -> list[int]:  # Ctrl+N's kept choices follow a write made elsewhere
        return [cid for cid, name, *_ in journal.customers.choices() if name == "Noor Haddad"]

    qtbot.waitUntil(lambda: len(noor_offered()) == 1, timeout=int(SHOWN_WITHIN_S * 1000))
    (noor,) = noor_offered()
    qtbot.waitUntil(lambda: model.row_of(noor) is not None, timeout=int(SHOWN_WITHIN_S * 1000))
    shown_after = time.monotonic() - ended
    assert shown_after <= SHOWN_WITHIN_S
    assert [c.everything for c in heard] == [True], "told once, as a change made elsewhere"
    window.customer_list.select(noor)
    qtbot.waitUntil(lambda: window.page.timeline_model.rowCount() >= 1)

    heard.clear()  # and the app's own save is told once, by its unit of work alone
    journal.entries.add(EntryDraft(customer_id=noor, occurred_at=utcnow(), body="Called back."))
    qtbot.wait(int(SHOWN_WITHIN_S * 1000))
    assert len(heard) == 1 and not heard[0].everything
    sys.stderr.write(f"\n[elsewhere] shown {shown_after * 1000:.0f} ms after the command ended\n")


def test_a_command_kept_waiting_by_the_apps_write_says_so_and_gives_up_in_words(
    window: MainWindow, export_of_noor: Path, tmp_path: Path, children: list[Child]
) -> None:
    journal = window.bridge.journal
    with journal.write() as w:  # the app is in the middle of a write: it holds the lock
        journal.customers.create(CustomerDraft(name="Ben"))  # joins it, and flushes
        assert w.connection is not None
        started = time.monotonic()
        child = rapport(
            ["--journal", str(journal.path), "import", str(export_of_noor)], tmp_path / "home"
        )
        children.append(child)
        code = child.finish(timeout=60)
        took = time.monotonic() - started
    said = child.errors.read_text()
    sys.stderr.write(f"\n[wait] {took:.1f} s: {said}\n")
    assert code == 2
    assert "Waiting for Rapport to finish writing to the journal (at most 5 seconds)" in said
    assert "this command changed nothing" in said and "try again" in said.lower()
    assert "Traceback" not in said
    assert took < 15, "the wait is bounded"
    assert sorted(name for _id, name, *_ in journal.customers.choices()) == ["Ben", "Maria"]


def test_a_restore_from_the_command_line_is_refused_while_the_app_has_the_journal_open(
    tmp_path: Path, children: list[Child]
) -> None:
    """A restore replaces everything: it waits for the app to close rather than change the
    journal under it (the app would follow — see the unit tests — but the owner's open
    dialogs were written against the journal as it was)."""
    path = tmp_path / "books" / "journal.rapport"
    journal = Journal.open(path)
    journal.customers.create(CustomerDraft(name="Maria"))
    journal.close()
    home = tmp_path / "home"
    assert rapport(["--journal", str(path), "backup"], home).finish() == 0
    app = Child([str(Path(__file__).parent / "app_driver.py"), "hold", str(path)], child_env(home))
    children.append(app)
    app.wait_for("ready")
    restore = rapport(["--journal", str(path), "restore", "--yes", "1"], home)
    children.append(restore)
    assert restore.finish() == 2
    said = restore.errors.read_text()
    assert "Rapport is open on “journal.rapport”" in said and "Close it first" in said
