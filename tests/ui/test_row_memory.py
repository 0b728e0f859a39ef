"""Long lists keep laid-out rows for what is in sight, not for every row (issue 14).

A row's laid-out rich text costs some 40 kB; a list that kept one for each of its
rows held 100 MB for a Today list of 2,400 rows, and the same again for a customer
whose whole timeline was scrolled through.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.reports.note_text import QuietDocument
from rapport.store import Journal
from rapport.ui.main_window import MainWindow
from rapport.ui.row_paint import KEPT_DOCUMENTS

WindowFactory = Callable[[Path], MainWindow]
ROWS = 3 * KEPT_DOCUMENTS


def row_documents() -> int:
    """How many row documents are alive in the whole application."""
    gc.collect()
    return sum(isinstance(o, QuietDocument) for o in gc.get_objects())


def follow_ups(path: Path, customers: int, each: int) -> list[int]:
    """Customers, each with `each` open follow-ups past their day."""
    journal = Journal.open(path)
    now = datetime.now(UTC)
    ids = []
    for c in range(customers):
        cid = journal.customers.create(CustomerDraft(name=f"Customer {c}"))
        ids.append(cid)
        for n in range(each):
            journal.entries.add(
                EntryDraft(
                    customer_id=cid,
                    occurred_at=now - timedelta(days=3, minutes=n),
                    kind=EntryKind.CALL,
                    title=f"Call {n}",
                    body="Asked for the price list and a sample of the new season's menu.",
                    follow_up_on=(now - timedelta(days=1)).date(),
                )
            )
    journal.close()
    return ids


def test_today_lays_out_every_row_but_keeps_documents_only_for_some(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    follow_ups(journal_path, 1, ROWS)
    before = row_documents()  # left by other tests in this process
    window = make_window(journal_path)
    today = window.today
    qtbot.waitUntil(lambda: not today.busy and today.model.rowCount() > ROWS, timeout=20_000)
    last = today.model.index(today.model.rowCount() - 1)
    qtbot.waitUntil(lambda: today.list.visualRect(last).height() > 0, timeout=20_000)
    assert row_documents() - before <= KEPT_DOCUMENTS
    today.list.scrollToBottom()  # the rows far down still have their height and paint
    assert today.list.visualRect(last).height() >= today.list.fontMetrics().height() * 2
    assert not today.list.viewport().grab().isNull()
    assert row_documents() - before <= KEPT_DOCUMENTS


def test_a_long_timeline_scrolled_to_its_start_keeps_documents_only_for_some(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    big, *others = follow_ups(journal_path, 3, 0)
    journal = Journal.open(journal_path)
    now = datetime.now(UTC)
    for n in range(ROWS):
        journal.entries.add(
            EntryDraft(customer_id=big, occurred_at=now - timedelta(hours=n), title=f"Visit {n}")
        )
    journal.close()
    before = row_documents()  # left by other tests in this process
    window = make_window(journal_path)
    page, model = window.page, window.page.timeline_model
    window.navigator.show_customer(big)
    while model.canFetchMore(QModelIndex()):  # the owner scrolls down to the first entry
        model.fetchMore(QModelIndex())
        page.timeline.scrollToBottom()
        qtbot.wait(10)
    last = model.index(model.rowCount() - 1)
    qtbot.waitUntil(lambda: page.timeline.visualRect(last).height() > 0, timeout=20_000)
    assert model.rowCount() > ROWS
    assert row_documents() - before <= 2 * KEPT_DOCUMENTS  # the timeline's and Today's
    for n in range(300):  # and switching between customers does not pile them up
        window.navigator.show_customer([big, *others][n % 3])
    qtbot.wait(50)
    assert row_documents() - before <= 2 * KEPT_DOCUMENTS
