"""Opening a customer with a long history: the rules are asked off the UI thread (issue 14).

The rules read every entry of the customer (2,000 of them took 50-90 ms of the UI
thread at a million entries); the page shows its header and timeline at once and the
health, the Health tab and the attention bar when the answer comes, the same as they
were when it was read at once. A short history, or facts kept from an earlier open,
is still answered at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.domain.today import insight
from rapport.store import Journal
from rapport.ui import page_rules
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime.now(UTC)
LONG = 6  # entries of the long history (the limit is lowered to it below)


@pytest.fixture(autouse=True)
def _short_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_rules, "BACKGROUND_HISTORY", LONG, raising=False)


def _fill(path: Path) -> tuple[int, int]:
    """Ada (a short history, first in the list) and Zoe (a long one, in Conflict)."""
    journal = Journal.open(path)
    try:
        ada = journal.customers.create(CustomerDraft(name="Ada Brandt"), since=NOW - timedelta(90))
        journal.entries.add(EntryDraft(ada, NOW - timedelta(days=3), EntryKind.CALL, "Hello"))
        zoe = journal.customers.create(
            CustomerDraft(name="Zoe Winter"), Stage.COMPATIBILITY, since=NOW - timedelta(200)
        )
        for day in range(LONG - 1):
            when = NOW - timedelta(days=40 + 7 * day)
            journal.entries.add(
                EntryDraft(zoe, when, EntryKind.MEETING, f"Talk {day}", sentiment=1)
            )
        complaint = journal.entries.add(
            EntryDraft(zoe, NOW - timedelta(days=30), EntryKind.COMPLAINT, "Late", sentiment=-2)
        )
        journal.entries.change_stage(
            zoe, Stage.CONFLICT, NOW - timedelta(days=30), "Late deliveries", complaint
        )
        return ada, zoe
    finally:
        journal.close()


class Asked:
    """Records the threads the rules are asked on; can hold a background answer once read."""

    def __init__(self, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[str] = []
        self.entered = threading.Event()
        self.release = threading.Event()
        self.release.set()
        real = journal.facts.insight

        def insight(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread().name)
            answer = real(*args, **kwargs)
            if threading.current_thread() is not threading.main_thread():
                self.entered.set()  # read: held until released
                self.release.wait(10)
            return answer

        monkeypatch.setattr(journal.facts, "insight", insight)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Journal], Asked]]:
    made: list[Asked] = []

    def make(journal: Journal) -> Asked:
        made.append(Asked(journal, monkeypatch))
        return made[-1]

    yield make
    for one in made:
        one.release.set()


def _score(journal: Journal, customer_id: int) -> int:
    """The customer's health score, read afresh (nothing kept for the page)."""
    now = datetime.now().astimezone()
    facts = journal.facts
    return insight(facts.customer(customer_id), now, None, facts.book_context()).health.score


def _health_line(window: MainWindow) -> str:
    return window.page._facts.text()


def test_a_long_history_is_read_off_the_ui_thread_and_shows_the_same_health(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, asked: Callable[[Journal], Asked]
) -> None:
    ada, zoe = _fill(journal_path)
    window = make_window(journal_path)
    qtbot.waitUntil(lambda: not window.today.busy)
    journal = window.bridge.journal
    rules = asked(journal)
    window.navigator.show_customer(ada)  # a short history (and kept): answered at once
    assert not window.page.busy
    assert "Health" in _health_line(window)

    window.navigator.show_customer(zoe)

    assert window.page.heading.name.text() == "Zoe Winter"  # the page is there at once
    assert window.page.timeline_model.rowCount() == LONG + 2  # entries and stage changes
    # no one else's health meanwhile: the Health tab says it is being worked out
    assert window.page.health.toPlainText() == "Working out the health…"
    assert "Health" not in _health_line(window)
    assert not window.page.attention.isVisibleTo(window)
    qtbot.waitUntil(lambda: not window.page.busy)
    assert rules.threads and "MainThread" not in rules.threads
    expected = _score(journal, zoe)
    assert f"{expected} · " in _health_line(window)
    shown = (window.page.health.toPlainText(), window.page.attention.isVisibleTo(window))
    assert window.page.attention.isVisibleTo(window)  # in Conflict: a risk to show

    window.navigator.show_customer(ada)
    rules.threads.clear()
    window.navigator.show_customer(zoe)  # kept from the first open: answered at once
    assert rules.threads == []
    assert not window.page.busy
    assert f"{expected} · " in _health_line(window)
    assert (window.page.health.toPlainText(), window.page.attention.isVisibleTo(window)) == shown


def test_a_change_while_the_history_is_read_is_not_lost(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, asked: Callable[[Journal], Asked]
) -> None:
    _ada, zoe = _fill(journal_path)
    window = make_window(journal_path)
    qtbot.waitUntil(lambda: not window.today.busy)
    journal = window.bridge.journal
    before = _score(journal, zoe)
    rules = asked(journal)
    rules.release.clear()
    window.navigator.show_customer(zoe)
    qtbot.waitUntil(rules.entered.is_set)  # the history is read, not yet answered

    def save() -> int:
        return journal.entries.add(EntryDraft(zoe, NOW, EntryKind.MEETING, "Made up", sentiment=2))

    window.bridge.write(window, "save", save)
    rules.release.set()

    qtbot.waitUntil(lambda: not window.page.busy)
    after = _score(journal, zoe)
    assert after != before
    assert f"{after} · " in _health_line(window)
    assert window.page.timeline_model.rowCount() == LONG + 3


def test_an_answer_for_a_customer_left_meanwhile_is_not_shown_on_the_next(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, asked: Callable[[Journal], Asked]
) -> None:
    ada, zoe = _fill(journal_path)
    window = make_window(journal_path)
    qtbot.waitUntil(lambda: not window.today.busy)
    journal = window.bridge.journal
    rules = asked(journal)
    rules.release.clear()
    window.navigator.show_customer(zoe)
    qtbot.waitUntil(rules.entered.is_set)
    window.navigator.show_customer(ada)
    adas = (_health_line(window), window.page.health.toPlainText())
    assert f"{_score(journal, zoe)} · " not in adas[0]
    rules.release.set()

    qtbot.waitUntil(lambda: not window.page.busy)
    qtbot.wait(50)
    assert window.page.heading.name.text() == "Ada Brandt"
    assert (_health_line(window), window.page.health.toPlainText()) == adas
