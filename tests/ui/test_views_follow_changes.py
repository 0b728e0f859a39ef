"""Views follow the journal's change notices themselves, and refresh only what a change touched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import rapport.ui.main_window as main_window_module
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal
from rapport.store.records import Change
from rapport.ui.customer_list import CustomerList
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime.now(UTC)


def _entry(journal: Journal, customer_id: int, days_ago: float, title: str) -> int:
    return journal.entries.add(
        EntryDraft(
            customer_id=customer_id,
            occurred_at=NOW - timedelta(days=days_ago),
            kind=EntryKind.CALL,
            title=title,
            body=f"Notes about {title}",
        )
    )


def _customers(journal: Journal, *names: str) -> list[int]:
    ids = [journal.customers.create(CustomerDraft(name=name)) for name in names]
    for n, cid in enumerate(ids):
        for day in range(3):
            _entry(journal, cid, 10 + day + n, f"Call {day} with {n}")
    return ids


class _Count:
    """Counts how often a signal fired."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> None:
        self.calls.append(args)


def test_a_view_that_fails_on_a_change_fails_the_test(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_self: CustomerList, _change: Change) -> None:
        raise RuntimeError("a view that cannot follow a change")

    monkeypatch.setattr(CustomerList, "on_change", broken)
    window = make_window(journal_path)
    with qtbot.capture_exceptions() as caught:
        window.bridge.journal.customers.create(CustomerDraft(name="Ada Brandt"))
    assert [str(e[1]) for e in caught] == ["a view that cannot follow a change"]


def test_a_change_to_one_customer_leaves_another_customers_page_alone(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ada, ben = _customers(journal, "Ada Brandt", "Ben Colt")
    window.customer_list.select(ben)
    assert window.page.customer_id == ben
    headers: list[int] = []
    read = journal.timeline.header
    monkeypatch.setattr(journal.timeline, "header", lambda cid: headers.append(cid) or read(cid))
    again = journal.timeline.header_again
    monkeypatch.setattr(
        journal.timeline,
        "header_again",
        lambda shown, stages: headers.append(shown.customer.id) or again(shown, stages),
    )
    model = window.page.timeline_model
    resets, inserted = _Count(), _Count()
    model.modelReset.connect(resets)
    model.rowsInserted.connect(inserted)

    _entry(journal, ada, 0, "A call with Ada")

    assert headers == []  # Ben's header is not read again
    assert resets.calls == [] and inserted.calls == []  # nor his timeline
    _entry(journal, ben, 0, "A call with Ben")
    assert headers == [ben]
    assert resets.calls == [] and len(inserted.calls) == 1


def test_a_new_entry_is_inserted_in_the_timeline_and_the_selection_stays(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    [ada] = _customers(journal, "Ada Brandt")
    window.customer_list.select(ada)
    page = window.page
    model = page.timeline_model
    assert page.select_item(("entry", model.item(1).key[1]))
    selected = page.current_item()
    assert selected is not None
    resets = _Count()
    model.modelReset.connect(resets)

    rows = model.rowCount()
    new = _entry(journal, ada, 0, "Newest call")

    assert resets.calls == []
    assert model.rowCount() == rows + 1 and model.find(("entry", new)) is not None
    assert page.current_item() == selected  # the owner's place in the timeline is kept
    journal.entries.delete(new)
    assert resets.calls == [] and model.find(("entry", new)) is None
    assert page.current_item() == selected


def test_the_customer_list_updates_only_the_row_of_the_customer_changed(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ids = _customers(journal, "Ada Brandt", "Ben Colt", "Cleo Dunn")
    window.customer_list.select(ids[0])
    model = window.customer_list.model
    resets, changed = _Count(), _Count()
    model.modelReset.connect(resets)
    model.dataChanged.connect(changed)
    row = model.row_of(ids[1])
    assert row is not None

    _entry(journal, ids[1], 0, "A call with Ben")

    assert resets.calls == []
    assert [(first.row(), last.row()) for first, last, *_ in changed.calls] == [(row, row)]
    assert model.summary(row).last_contact is not None
    assert model.summary(row).last_contact.date() == NOW.astimezone().date()
    assert window.customer_list.selected_id() == ids[0]

    journal.customers.create(CustomerDraft(name="Bea Cole"))  # a newcomer among the rows
    assert [model.summary(r).name for r in range(model.rowCount())] == [
        "Ada Brandt",
        "Bea Cole",
        "Ben Colt",
        "Cleo Dunn",
    ]
    assert window.customer_list.selected_id() == ids[0]


def test_saving_a_new_entry_shows_that_customer_with_the_entry_selected(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ada, ben = _customers(journal, "Ada Brandt", "Ben Colt")
    window.customer_list.select(ben)
    written: list[Change] = []
    window.bridge.changed.connect(written.append)
    for n in range(2):  # from another customer's page, then from her own
        dialog = window.controller.new_entry(ada)
        assert dialog is not None
        dialog.title.setText(f"Agreed the spring order, part {n}")
        dialog.accept()
        [new] = written.pop().entries
        assert window.page.customer_id == ada
        assert window.customer_list.selected_id() == ada
        current = window.page.current_item()
        assert current is not None and current.key == ("entry", new)


def test_the_portfolio_reads_a_burst_of_changes_once_in_the_background(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    from rapport.ui.portfolio_view import COALESCE_MS

    window = make_window(journal_path)
    journal = window.bridge.journal
    [ada] = _customers(journal, "Ada Brandt")
    portfolio = window.show_portfolio()
    qtbot.waitUntil(lambda: portfolio.render_count == 1)
    for n in range(3):
        _entry(journal, ada, 0, f"Burst {n}")
    assert portfolio.render_count == 1  # nothing drawn on the UI thread during the writes
    qtbot.waitUntil(lambda: portfolio.render_count == 2)
    qtbot.wait(2 * COALESCE_MS)
    assert portfolio.render_count == 2 and not portfolio.busy
    portfolio.close()


def test_the_main_window_only_assembles() -> None:
    source = Path(main_window_module.__file__).read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 300
    assert "entry_saved" not in source


def test_a_customer_who_moves_in_the_sorted_list_keeps_the_selection(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ids = _customers(journal, "Ada Brandt", "Ben Colt", "Cleo Dunn")
    table = window.customer_list.table
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # last contact, newest first
    model = window.customer_list.model
    assert model.summary(model.rowCount() - 1).id == ids[2]  # Cleo's calls are the oldest
    window.customer_list.select(ids[1])

    _entry(journal, ids[2], 0, "A call with Cleo")

    assert model.summary(0).id == ids[2]
    assert window.customer_list.selected_id() == ids[1]
    assert model.row_of(ids[1]) in {r.row() for r in table.selectionModel().selectedRows()}
