"""The search window follows the journal while it is open: no stale title, no dead hit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal
from rapport.ui.main_window import MainWindow
from rapport.ui.search_panel import SearchPanel

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime.now(UTC)


def _orders(journal: Journal, count: int) -> tuple[int, list[int]]:
    """A customer with `count` entries about rye, the newest first in the results."""
    cid = journal.customers.create(CustomerDraft(name="Hartmann Bakery"))
    ids = [
        journal.entries.add(
            EntryDraft(
                customer_id=cid,
                occurred_at=NOW - timedelta(hours=n),
                kind=EntryKind.CALL,
                title=f"Order {n}",
                body=f"Rye order number {n}.",
            )
        )
        for n in range(count)
    ]
    return cid, ids


def _open(window: MainWindow, words: str) -> SearchPanel:
    panel = window.search_panel()
    panel.start(words)
    panel.run()
    return panel


def _titles(panel: SearchPanel) -> list[str]:
    return [panel.model.hit(r).title for r in range(panel.model.rowCount())]


def _selected_entry(panel: SearchPanel) -> int | None:
    rows = panel.results.selectionModel().selectedRows()
    assert len(rows) <= 1
    return panel.model.hit(rows[0].row()).entry_id if rows else None


def _select(panel: SearchPanel, row: int) -> None:
    panel.results.setCurrentIndex(panel.model.index(row))


def test_an_entry_edited_elsewhere_shows_its_new_title(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    _cid, ids = _orders(journal, 3)
    panel = _open(window, "rye")
    assert "Order 1" in _titles(panel)
    _select(panel, 1)

    entry = journal.entries.get(ids[1])
    fields = {f: getattr(entry, f) for f in EntryDraft.__dataclass_fields__}
    journal.entries.update(ids[1], replace(EntryDraft(**fields), title="Order 1, retold"))

    qtbot.waitUntil(lambda: "Order 1, retold" in _titles(panel))
    assert "Order 1" not in _titles(panel)
    assert _selected_entry(panel) == ids[1]  # the owner's place is kept


def test_a_hit_deleted_elsewhere_goes_and_its_neighbour_is_selected(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    _cid, ids = _orders(journal, 4)
    panel = _open(window, "rye")
    _select(panel, 1)
    assert _selected_entry(panel) == ids[1]
    opened: list[object] = []
    panel.open_hit.connect(opened.append)

    journal.entries.delete(ids[1])
    # Enter before the search ran again opens nothing: not another entry, no error.
    panel.results.activated.emit(panel.results.currentIndex())
    assert opened == []
    qtbot.waitUntil(lambda: "Order 1" not in _titles(panel))
    assert _titles(panel) == ["Order 0", "Order 2", "Order 3"]
    assert _selected_entry(panel) in (ids[0], ids[2])

    journal.entries.restore(ids[1])  # back from the trash: found again
    qtbot.waitUntil(lambda: "Order 1" in _titles(panel))


def test_the_selected_hit_stays_selected_after_an_unrelated_change(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid, _ids = _orders(journal, 30)
    panel = _open(window, "rye")
    panel.results.scrollToBottom()
    last = panel.model.rowCount() - 1
    _select(panel, last)
    selected = _selected_entry(panel)
    where = panel.results.visualRect(panel.model.index(last)).top()
    resets: list[object] = []
    panel.model.modelReset.connect(lambda: resets.append(None))

    other = journal.customers.create(CustomerDraft(name="Ada Brandt"))
    journal.entries.add(EntryDraft(customer_id=other, occurred_at=NOW, body="Spelt, not rye."))
    qtbot.waitUntil(lambda: "" in _titles(panel))  # the newcomer matches too
    journal.entries.add(EntryDraft(customer_id=cid, occurred_at=NOW, body="Nothing to find."))
    qtbot.wait(400)

    assert _selected_entry(panel) == selected
    row = next(r for r in range(panel.model.rowCount()) if panel.model.hit(r).entry_id == selected)
    assert panel.results.visualRect(panel.model.index(row)).top() == where  # nothing jumped
    assert resets == []


def test_a_customer_renamed_elsewhere_shows_the_new_name(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid, _ids = _orders(journal, 2)
    panel = _open(window, "rye")
    customer = journal.customers.get(cid)
    fields = {f: getattr(customer, f) for f in CustomerDraft.__dataclass_fields__}
    journal.customers.update(cid, replace(CustomerDraft(**fields), name="Hartmann & Sons"))
    qtbot.waitUntil(
        lambda: (
            {panel.model.hit(r).customer_name for r in range(panel.model.rowCount())}
            == {"Hartmann & Sons"}
        )
    )


def test_a_hidden_search_window_is_fresh_when_it_comes_back(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    _cid, ids = _orders(journal, 3)
    panel = _open(window, "rye")
    panel.hide()
    journal.entries.delete(ids[0])
    panel.start()
    assert "Order 0" not in _titles(panel)


def test_a_new_entry_that_matches_appears_where_nothing_was_found(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid, _ids = _orders(journal, 2)
    panel = _open(window, "sourdough")
    assert panel.model.rowCount() == 0 and "Nothing found" in panel.status.text()

    new = journal.entries.add(EntryDraft(customer_id=cid, occurred_at=NOW, body="Sourdough."))

    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert _selected_entry(panel) == new  # Enter opens it, as after typing
    assert "1 result" in panel.status.text()


def test_a_hit_trashed_by_another_program_opens_nothing_before_its_notice(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """Another program's change is heard within a second: Enter before then opens nothing."""
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid, ids = _orders(journal, 3)
    ben = journal.customers.create(CustomerDraft(name="Ben Colt"))
    panel = _open(window, "rye")
    opened: list[int | None] = []
    panel.open_hit.connect(lambda hit: opened.append(hit.entry_id))
    other = Journal.open(journal_path)  # another program's connections
    try:
        other.entries.delete(ids[1])
        moved = other.entries.get(ids[2])
        fields = {f: getattr(moved, f) for f in EntryDraft.__dataclass_fields__}
        other.entries.update(ids[2], replace(EntryDraft(**fields), customer_id=ben))
    finally:
        other.close()

    _select(panel, 1)
    panel.results.activated.emit(panel.results.currentIndex())
    assert opened == [] and panel.isVisible()
    assert _titles(panel) == ["Order 0", "Order 2"]  # read again at once
    _select(panel, 1)  # moved to Ben: opens on his page, not on Hartmann's
    panel.results.activated.emit(panel.results.currentIndex())
    assert opened == [ids[2]] and window.page.customer_id == ben
    assert cid != ben


def test_hits_are_as_wide_as_the_list_beside_its_scroll_bar(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """Rows were laid out before the vertical bar took its room: cut off, and a sideways bar."""
    window = make_window(journal_path)
    _orders(window.bridge.journal, 30)
    panel = window.search_panel()
    panel.resize(700, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.box.setText("rye")  # the search runs as typed
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    view = panel.results
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    qtbot.wait(50)  # the list lays itself out again after the bar shows
    width = view.viewport().width()
    assert all(view.visualRect(panel.model.index(r)).right() < width for r in range(5))
    assert not view.horizontalScrollBar().isVisible()
