"""Today's first page is on show before the rules are done with the rest of the list."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.today import Section
from rapport.store import Journal
from rapport.store.facts import FactsStore
from rapport.ui.main_window import MainWindow
from rapport.ui.today_view import LAYOUT_BATCH

WindowFactory = Callable[[Path], MainWindow]


def _journal(path: Path, follow_ups: int) -> None:
    """Customers each with a follow-up overdue, and one quiet for long (a rule's item)."""
    journal = Journal.open(path)
    now = datetime.now().astimezone()
    for n in range(follow_ups):
        cid = journal.customers.create(CustomerDraft(name=f"Customer {n:02}"))
        journal.entries.add(
            EntryDraft(
                cid,
                now - timedelta(days=3),
                EntryKind.CALL,
                f"Call {n}",
                follow_up_on=(now - timedelta(days=1 + n % 5)).date(),
            )
        )
    quiet = journal.customers.create(CustomerDraft(name="Quiet"), since=now - timedelta(days=400))
    journal.entries.add(EntryDraft(quiet, now - timedelta(days=300), EntryKind.MEETING, "Lunch"))
    journal.close()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The rules' whole list waits for this (the first items do not)."""
    go = threading.Event()
    whole = FactsStore.today_answer

    def waiting(self: FactsStore, *args: Any, **kwargs: Any) -> Any:
        assert go.wait(20)
        return whole(self, *args, **kwargs)

    monkeypatch.setattr(FactsStore, "today_answer", waiting)
    return go


def test_the_follow_ups_fill_the_first_page_and_the_rest_comes_below_them(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, held: threading.Event
) -> None:
    path = tmp_path / "j.rapport"
    _journal(path, LAYOUT_BATCH + 5)
    window = make_window(path)
    today = window.today
    qtbot.waitUntil(lambda: today.page_ready, timeout=10_000)
    first = today.model.items()
    assert today.busy and today.model.first_page
    assert len(first) == LAYOUT_BATCH + 5
    assert {i.section for i in first} == {Section.FOLLOW_UP}
    assert today.summary.text() == "Working out today's list…"
    current = today.list.currentIndex().row()
    resets: list[int] = []
    today.model.modelReset.connect(lambda: resets.append(1))

    held.set()
    qtbot.waitUntil(lambda: not today.busy, timeout=10_000)
    whole = today.model.items()
    assert whole[: len(first)] == first  # nothing on show moved
    assert whole == window.bridge.journal.facts.today(today.model.as_of)
    assert any(i.customer_name == "Quiet" for i in whole)  # past cadence: a rule's item
    assert not today.model.first_page and resets == []
    assert today.list.currentIndex().row() == current
    assert "follow-ups" in today.summary.text()


def test_too_few_first_items_for_a_page_wait_for_the_whole_list(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, held: threading.Event
) -> None:
    path = tmp_path / "j.rapport"
    _journal(path, 3)
    window = make_window(path)
    qtbot.wait(300)  # time enough for the first items to come
    assert not window.today.page_ready and window.today.model.rowCount() == 0
    held.set()
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    assert window.today.page_ready and not window.today.model.first_page
    assert len(window.today.model.items()) > 3
