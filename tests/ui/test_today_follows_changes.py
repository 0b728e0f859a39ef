"""Today works out again only the customers a change touched (issue 13, item 2).

A save for one customer asks the rules about that customer alone and splices the
answer into the list: every other customer's items stay the very same objects, and
the list is the one the rules would give for the whole book.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rapport.demo import populate
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.today import Section, TodayItem
from rapport.store import Journal
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def _shape(items: list[TodayItem]) -> list[tuple[Section, int, str, str]]:
    return [(i.section, i.customer_id, i.title, i.detail) for i in items]


def _window(qtbot: QtBot, make_window: WindowFactory, path: Path) -> MainWindow:
    journal = Journal.open(path)
    populate(journal)
    journal.close()
    window = make_window(path)
    qtbot.waitUntil(lambda: not window.today.busy and not window.today.model.is_empty())
    return window


def _customer(window: MainWindow, name: str) -> int:
    return next(i.customer_id for i in window.today.model.items() if i.customer_name == name)


def test_a_save_for_one_customer_works_out_only_that_customers_items(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, make_window, journal_path)
    journal, today = window.bridge.journal, window.today
    els = _customer(window, "Hoeve Ter Walle")
    others = {id(i): i for i in today.model.items() if i.customer_id != els}
    assert others and any(i.customer_id == els for i in today.model.items())
    whole: list[object] = []
    parts: list[frozenset[int]] = []
    full, part = journal.facts.today, journal.facts.today_part
    monkeypatch.setattr(journal.facts, "today", lambda *a, **k: whole.append(1) or full(*a, **k))
    monkeypatch.setattr(
        journal.facts,
        "today_part",
        lambda now, ids, *a, **k: parts.append(frozenset(ids)) or part(now, ids, *a, **k),
    )

    with qtbot.waitSignal(today.updated, timeout=10_000):
        journal.entries.add(
            EntryDraft(
                customer_id=els,
                occurred_at=datetime.now(UTC),
                kind=EntryKind.MEETING,
                title="Walked the new site together",
                body="Send her the revised quote.",
                follow_up_on=(datetime.now(UTC) - timedelta(days=1)).date(),
            )
        )

    assert whole == [] and parts == [frozenset({els})]
    items = today.model.items()
    assert "Walked the new site together" in {i.title for i in items if i.customer_id == els}
    kept = [i for i in items if i.customer_id != els]
    assert len(kept) == len(others) and all(others.get(id(i)) is i for i in kept)
    assert _shape(items) == _shape(full(datetime.now().astimezone()))


def test_a_change_to_the_whole_book_works_out_the_whole_list(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, make_window, journal_path)
    journal, today = window.bridge.journal, window.today
    parts: list[object] = []
    part = journal.facts.today_part
    monkeypatch.setattr(
        journal.facts, "today_part", lambda *a, **k: parts.append(1) or part(*a, **k)
    )
    from rapport.store.records import Change

    with qtbot.waitSignal(today.updated, timeout=10_000):
        journal.changes.publish(Change(everything=True))
    assert parts == []


def test_a_new_account_value_that_moves_the_books_top_quarter_works_out_the_whole_list(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, make_window, journal_path)
    journal, today = window.bridge.journal, window.today
    els = _customer(window, "Hoeve Ter Walle")
    record = journal.customers.get(els)
    from dataclasses import replace
    from decimal import Decimal

    from rapport.domain.customers import CustomerDraft

    draft = CustomerDraft(
        name=record.name, account_value=Decimal(10_000_000), currency=record.currency
    )
    draft = replace(draft, organisation=record.organisation, level=record.level)
    with qtbot.waitSignal(today.updated, timeout=10_000):
        journal.customers.update(els, draft)
    qtbot.waitUntil(lambda: not today.busy)
    assert _shape(today.model.items()) == _shape(journal.facts.today(datetime.now().astimezone()))
