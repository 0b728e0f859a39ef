"""A colleague's entry on a team journal shows in an open window within 2 seconds (NOTIFY)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.clock import utcnow
from rapport.store.server import ServerLocation
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
SHOWN_WITHIN_MS = 2000


def test_a_colleagues_entry_shows_on_the_open_customer_page(
    qtbot: QtBot, make_window: WindowFactory, pg_location: ServerLocation
) -> None:
    window = make_window(cast(Path, pg_location))  # Journal.open takes a server's location too
    assert window.bridge.journal.server is not None
    ada = window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    window.customer_list.select(ada)
    timeline = window.page.timeline_model
    qtbot.waitUntil(lambda: window.page.customer_id == ada)
    before = timeline.rowCount()
    colleague = Journal.open(pg_location)  # another person's Rapport on the same server
    try:
        ben = colleague.customers.create(CustomerDraft(name="Ben"))
        colleague.entries.add(EntryDraft(customer_id=ada, occurred_at=utcnow(), body="By phone."))
    finally:
        colleague.close()
    model = window.customer_list.model
    qtbot.waitUntil(lambda: timeline.rowCount() == before + 1, timeout=SHOWN_WITHIN_MS)
    qtbot.waitUntil(lambda: model.row_of(ben) is not None, timeout=SHOWN_WITHIN_MS)
