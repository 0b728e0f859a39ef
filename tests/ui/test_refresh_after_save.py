"""After a save, the customer page reads only what the save wrote (issue 13, item 2).

The timeline places a written row among the loaded rows without reading the
customer's whole order again; the header reads the customer's details and stage
history again only when they may have changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.ui.customer_page import CustomerPage
from rapport.ui.models.timeline import PAGE, TimelineModel

NOW = datetime.now(UTC).replace(microsecond=0)


def _draft(customer_id: int, days_ago: float, title: str) -> EntryDraft:
    return EntryDraft(
        customer_id=customer_id,
        occurred_at=NOW - timedelta(days=days_ago),
        kind=EntryKind.CALL,
        title=title,
        body="",
    )


@pytest.fixture
def busy(journal: Journal) -> int:
    """A customer with more entries than a page of the timeline holds, a day apart."""
    customer_id = journal.customers.create(CustomerDraft(name="Ada Brandt"))
    with journal.transaction():
        for day in range(1, PAGE + 11):
            journal.entries.add(_draft(customer_id, day, f"Call {day}"))
    return customer_id


@pytest.fixture
def model(qtbot: QtBot, journal: Journal, busy: int) -> Iterator[TimelineModel]:
    """The customer's timeline, following the journal's changes, its order never read again."""
    shown = TimelineModel(journal)
    shown.set_customer(busy)
    unsubscribe = journal.subscribe(shown.refresh)
    yield shown
    unsubscribe()


def _keys(model: TimelineModel) -> list[tuple[str, int]]:
    return [model.item(row).key for row in range(model.rowCount())]


def _row(model: TimelineModel, title: str) -> int:
    """The row of the entry with this title (the customer's first stage change is a row too)."""
    for row in range(model.rowCount()):
        entry = model.item(row).entry
        if entry is not None and entry.title == title:
            return row
    raise LookupError(title)


def _no_order_read(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    asked: list[int] = []
    keys = journal.timeline.keys
    monkeypatch.setattr(
        journal.timeline, "keys", lambda cid, *a: asked.append(cid) or keys(cid, *a)
    )
    return asked


def test_a_new_entry_is_placed_among_the_loaded_rows_without_reading_the_order(
    journal: Journal, busy: int, model: TimelineModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _no_order_read(journal, monkeypatch)
    resets: list[object] = []
    model.modelReset.connect(lambda: resets.append(1))
    loaded = model.rowCount()

    journal.entries.add(_draft(busy, 5.5, "Between day 5 and day 6"))
    journal.entries.add(_draft(busy, 0, "Today"))
    too_old = journal.entries.add(_draft(busy, 400, "Long ago"))  # beyond the loaded rows

    assert asked == [] and resets == []
    assert model.rowCount() == loaded + 2
    assert _row(model, "Today") == _row(model, "Call 1") - 1
    assert _row(model, "Between day 5 and day 6") == _row(model, "Call 5") + 1
    assert _keys(model) == journal.timeline.keys(busy, 0, model.rowCount())
    total = journal.timeline.count(busy)
    assert model.find(("entry", too_old)) == total - 1  # paged in where it belongs, once
    assert _keys(model) == journal.timeline.keys(busy, 0, total)


def test_an_entry_moved_in_time_edited_or_deleted_is_moved_repainted_or_removed(
    journal: Journal, busy: int, model: TimelineModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _no_order_read(journal, monkeypatch)
    first, second, third = (model.item(_row(model, f"Call {n}")).entry for n in (1, 2, 3))
    assert first is not None and second is not None and third is not None
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, *_: changed.append(top.row()))
    row = _row(model, "Call 3")

    journal.entries.update(third.id, replace(_draft(busy, 3, "Call 3, retold"), body="More"))
    assert changed == [row] and _row(model, "Call 3, retold") == row

    journal.entries.update(second.id, _draft(busy, 30.5, "Call 2, later"))
    journal.entries.delete(third.id)
    other = journal.customers.create(CustomerDraft(name="Ben Colt"))
    journal.entries.update(first.id, _draft(other, 1, "Call 1, with Ben after all"))

    assert asked == []
    keys = _keys(model)
    assert ("entry", third.id) not in keys and ("entry", first.id) not in keys
    assert _row(model, "Call 2, later") == _row(model, "Call 30") + 1
    assert keys == journal.timeline.keys(busy, 0, model.rowCount())


def test_a_stage_change_is_placed_in_the_timeline_too(
    journal: Journal, busy: int, model: TimelineModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _no_order_read(journal, monkeypatch)
    change_id = journal.entries.change_stage(
        busy, Stage.CONFLICT, NOW - timedelta(days=3, hours=12), "They complained"
    )
    assert asked == []
    assert _keys(model)[_row(model, "Call 3") + 1] == ("stage", change_id)
    assert _keys(model) == journal.timeline.keys(busy, 0, model.rowCount())


def test_the_header_after_a_new_entry_reads_neither_the_details_nor_the_stage_history(
    qtbot: QtBot, journal: Journal, busy: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = CustomerPage(journal)
    qtbot.addWidget(page)
    unsubscribe = journal.subscribe(page.on_change)
    page.show_customer(busy)
    full: list[int] = []
    header = journal.timeline.header
    monkeypatch.setattr(journal.timeline, "header", lambda cid: full.append(cid) or header(cid))

    journal.entries.add(_draft(busy, 0, "Today's call"))
    assert full == []
    shown = lambda: page.heading.shown_header  # noqa: E731
    assert shown() is not None
    assert shown().entry_count == PAGE + 11
    assert shown().last_contact is not None
    assert shown().last_contact.date() == NOW.date()

    journal.customers.update(busy, CustomerDraft(name="Ada Brandt-Colt"))
    assert shown().customer.name == "Ada Brandt-Colt"
    journal.entries.change_stage(busy, Stage.CONFLICT, datetime.now(UTC), "Complained")
    assert shown().stage is Stage.CONFLICT
    assert shown().stage_history[-1].stage is Stage.CONFLICT
    unsubscribe()
    page.shutdown()
