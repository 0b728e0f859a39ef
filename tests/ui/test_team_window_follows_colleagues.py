"""A colleague's entry on a team journal shows in an open window within 2 seconds (NOTIFY),
saying who wrote it; a journal file's rows never say it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import cast

from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.clock import utcnow
from rapport.store.server import ServerLocation
from rapport.store.team import add_user, init_team
from rapport.ui.main_window import MainWindow
from rapport.ui.timeline_view import row_document

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
    init_team(pg_location)
    add_user(pg_location, "jens")
    colleague = Journal.open(replace(pg_location, user="jens"))  # Jens's Rapport, his login
    try:
        ben = colleague.customers.create(CustomerDraft(name="Ben"))
        colleague.entries.add(EntryDraft(customer_id=ada, occurred_at=utcnow(), body="By phone."))
    finally:
        colleague.close()
    model = window.customer_list.model
    qtbot.waitUntil(lambda: timeline.rowCount() == before + 1, timeout=SHOWN_WITHIN_MS)
    qtbot.waitUntil(lambda: model.row_of(ben) is not None, timeout=SHOWN_WITHIN_MS)
    texts = [
        row_document(timeline.item(row), window.palette()).toPlainText()
        for row in range(timeline.rowCount())
    ]
    assert any("By phone." in text and "by jens" in text for text in texts)
    assert any("Stage change · by rapport_test" in text for text in texts)  # Ada's first stage


def test_a_journal_files_rows_say_no_author(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ada = journal.customers.create(CustomerDraft(name="Ada"))
    journal.entries.add(EntryDraft(customer_id=ada, occurred_at=utcnow(), body="By phone."))
    window.customer_list.select(ada)
    timeline = window.page.timeline_model
    qtbot.waitUntil(lambda: timeline.rowCount() == 2)
    for row in range(2):
        text = row_document(timeline.item(row), window.palette()).toPlainText()
        assert " by " not in text
