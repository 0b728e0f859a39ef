"""The customers read ahead as File → Import opens never outlive the window's journal.

The read runs on a thread while the owner chooses a file; closing the window at once
(or opening another journal) must wait for it, as the page's warm-up does, rather than
let it read from a journal being closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def test_closing_the_window_waits_for_the_customers_read_ahead(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    rows = tmp_path / "rows.csv"
    rows.write_text("Name,Email\nHoeve Ter Walle,info@terwalle.example\n", encoding="utf-8")
    window.transfer.import_file(rows)
    ahead = window.transfer.reading_ahead
    assert ahead is not None
    window.shutdown()
    assert not ahead.is_alive()
