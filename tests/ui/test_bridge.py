"""The bridge relays the journal's changes as a Qt signal, until its window goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.store.change import Change
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def test_the_bridge_relays_each_change_with_its_ids_until_closed(journal: Journal) -> None:
    bridge = JournalBridge(journal)
    heard: list[Change] = []
    bridge.changed.connect(heard.append)
    cid = journal.customers.create(CustomerDraft(name="Ana"))
    assert len(heard) == 1 and heard[0].touches(cid)
    bridge.close()
    journal.customers.create(CustomerDraft(name="Ben"))
    assert len(heard) == 1


def test_a_window_shut_down_no_longer_hears_its_journal(
    make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    heard: list[Change] = []
    window.bridge.changed.connect(heard.append)
    window.shutdown()  # as when the window is rebuilt in another language on the same journal
    window.bridge.journal.customers.create(CustomerDraft(name="Ana"))
    assert heard == []
