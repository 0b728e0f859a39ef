"""The first customer opened after start opens as fast as any later one (issue 14).

The customer page's queries are compiled once, in the background, after the window
shows (`rapport.ui.page_warmup`): opening the first customer compiles none of them on
the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime.now(UTC)


def _fill(path: Path) -> list[int]:
    journal = Journal.open(path)
    try:
        ids = []
        for name in ("Ada Brandt", "Ben Colt"):
            cid = journal.customers.create(CustomerDraft(name=name), since=NOW - timedelta(200))
            for day in range(5):
                when = NOW - timedelta(days=10 + day)
                kind = EntryKind.MEETING if day % 2 else EntryKind.CALL
                journal.entries.add(EntryDraft(cid, when, kind, f"Talk {day}", sentiment=1))
            journal.entries.change_stage(cid, Stage.COMPROMISE, NOW - timedelta(days=12), "Met")
            ids.append(cid)
        return ids
    finally:
        journal.close()


def test_the_first_customer_opened_after_start_compiles_no_query_on_the_ui_thread(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    ada, ben = _fill(journal_path)
    window = make_window(journal_path)
    window.warmed_up()
    qtbot.waitUntil(lambda: not window.today.busy)
    compiled = window.bridge.journal.engine._compiled_cache
    before = len(compiled)

    window.navigator.show_customer(ben if window.customer_list.model.summary(0).id == ada else ada)

    assert window.page.heading.name.text() in ("Ada Brandt", "Ben Colt")
    assert window.page.timeline_model.rowCount() == 7  # five entries, two stage changes
    assert len(compiled) == before
