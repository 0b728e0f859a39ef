"""At start, the customer page's warm-up waits until Today's first page is on show (issue 18).

The warm-up (`rapport.ui.page_warmup`) is SQLAlchemy work on a thread: begun as the
window showed, it held the interpreter's lock in turns with the UI thread while the
window was first painted and Today's first page worked out (60 ms more at 100k).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.ui import main_window, page_warmup
from rapport.ui.bridge import JournalBridge

NOW = datetime.now(UTC)


def _fill(path: Path) -> None:
    journal = Journal.open(path)
    try:
        for name in ("Ada Brandt", "Ben Colt"):
            cid = journal.customers.create(CustomerDraft(name=name), since=NOW - timedelta(200))
            journal.entries.add(EntryDraft(cid, NOW - timedelta(days=90), title="Met"))
    finally:
        journal.close()


def test_the_warm_up_begins_once_todays_first_page_is_on_show(
    qtbot: QtBot, settings: QSettings, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(journal_path)
    journal = Journal.open(journal_path)
    window = main_window.MainWindow(JournalBridge(journal), settings)
    qtbot.addWidget(window)
    real = page_warmup.warm_up
    begun: list[bool] = []  # whether Today's page was on show when the warm-up began

    def watched(*args: object) -> threading.Thread:
        begun.append(window.today.page_ready)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(page_warmup, "warm_up", watched)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(begun))
        assert begun == [True]
        window.warmed_up()
    finally:
        window.close()
        journal.close()


def test_a_window_closed_before_its_warm_up_began_never_begins_it(
    qtbot: QtBot, settings: QSettings, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(journal_path)
    journal = Journal.open(journal_path)
    window = main_window.MainWindow(JournalBridge(journal), settings)
    qtbot.addWidget(window)
    begun: list[object] = []
    monkeypatch.setattr(page_warmup, "warm_up", lambda *args: begun.append(args))
    window.show()
    window.close()  # before Today's first page
    journal.close()
    qtbot.wait(page_warmup.AT_LATEST_MS + 200)
    assert begun == []  # no read of a journal the window let go of
