"""Another program writing to the open journal shows in the window within 2 seconds,
through the same change notices; the app's own saves are told once; a replaced file is said."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.change import Change
from rapport.store.clock import utcnow
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
SHOWN_WITHIN_MS = 2000


def test_a_customer_and_an_entry_added_elsewhere_show_within_two_seconds(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    ada = window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    window.customer_list.select(ada)
    timeline = window.page.timeline_model
    qtbot.waitUntil(lambda: window.page.customer_id == ada)
    before = timeline.rowCount()
    other = Journal.open(journal_path)  # another program's connections
    try:
        ben = other.customers.create(CustomerDraft(name="Ben"))
        other.entries.add(EntryDraft(customer_id=ada, occurred_at=utcnow(), body="By phone."))
    finally:
        other.close()
    model = window.customer_list.model
    qtbot.waitUntil(lambda: model.row_of(ben) is not None, timeout=SHOWN_WITHIN_MS)
    qtbot.waitUntil(lambda: timeline.rowCount() == before + 1, timeout=SHOWN_WITHIN_MS)


def test_the_apps_own_save_is_told_once(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    heard: list[Change] = []
    window.bridge.changed.connect(heard.append)
    ada = window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    assert len(heard) == 1 and heard[0].touches(ada) and not heard[0].everything
    qtbot.wait(int(SHOWN_WITHIN_MS * 1.2))  # the watch looked at least once since
    assert len(heard) == 1


def test_a_journal_file_replaced_under_the_window_is_said_once(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    copy = tmp_path / "older.rapport"
    shutil.copyfile(journal_path, copy)
    MessageBoxes.answers.append(False)  # "Not now"
    os.replace(copy, journal_path)  # a backup copied over it, as a file manager would
    qtbot.waitUntil(lambda: len(MessageBoxes.log) == 1, timeout=SHOWN_WITHIN_MS)
    (asked,) = MessageBoxes.log
    assert asked.kind == "question" and "replaced, moved or deleted" in asked.text
    assert "not what is at that place now" in asked.text and asked.detail
    qtbot.wait(int(SHOWN_WITHIN_MS * 1.2))
    assert len(MessageBoxes.log) == 1, "said once, not every second"


def test_the_watch_stops_with_its_window(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    heard: list[Change] = []
    window.bridge.journal.subscribe(heard.append)
    window.shutdown()
    other = Journal.open(journal_path)
    try:
        other.customers.create(CustomerDraft(name="Ben"))
    finally:
        other.close()
    qtbot.wait(int(SHOWN_WITHIN_MS * 1.2))
    assert heard == []


def test_a_window_left_over_a_closed_journal_says_nothing(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """Closing the journal's last connection removes its WAL: that is no file taken away."""
    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    window.bridge.journal.close()  # the window not shut down (a test, or a start that failed)
    window.bridge.external.look()
    qtbot.wait(int(SHOWN_WITHIN_MS * 1.2))
    assert MessageBoxes.log == []
    assert not window.bridge.journal.file_moved()
