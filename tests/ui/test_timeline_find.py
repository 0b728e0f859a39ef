"""Going to an old entry (a search hit, a follow-up) loads the rows above it in one read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.ui.models.timeline import PAGE, TimelineModel

WHEN = datetime(2026, 3, 10, 14, tzinfo=UTC)


def _many(journal: Journal, count: int) -> tuple[int, list[int]]:
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    ids = [
        journal.entries.add(EntryDraft(cid, WHEN - timedelta(hours=n), title=f"Visit {n}"))
        for n in range(count)
    ]
    journal.entries.change_stage(cid, Stage.COMPATIBILITY, WHEN - timedelta(hours=7.5))
    return cid, ids


def test_the_oldest_entry_is_found_with_one_insert_of_the_rows_above_it(
    journal: Journal,
) -> None:
    """Page by page, each page a view relayout and a deeper OFFSET: seconds at 2,000 rows."""
    cid, ids = _many(journal, 5 * PAGE + 7)
    model = TimelineModel(journal)
    model.set_customer(cid)
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    row = model.find(("entry", ids[-1]))
    assert row is not None and model.item(row).key == ("entry", ids[-1])
    # Above it: every newer entry and both stage changes (its creation, then the move).
    assert row == len(ids) + 1 == model.rowCount() - 1
    assert inserts == [(PAGE, model.rowCount() - 1)]
    assert [model.item(r).key for r in (0, 8, 9, 10)] == [
        ("stage", 1),
        ("entry", ids[7]),
        ("stage", 2),
        ("entry", ids[8]),
    ]


def test_an_entry_already_loaded_is_found_without_reading_and_a_gone_one_is_not_found(
    journal: Journal,
) -> None:
    cid, ids = _many(journal, 2 * PAGE)
    model = TimelineModel(journal)
    model.set_customer(cid)
    inserts: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, _last: inserts.append(first))
    assert model.find(("entry", ids[3])) == 4  # below the stage it was created in
    journal.entries.delete(ids[-1])
    assert model.find(("entry", ids[-1])) is None
    assert model.find(("entry", 10_000)) is None
    assert inserts == []


def test_going_to_a_row_shows_the_rows_held_back_before_reading_more(qapp: object) -> None:
    """A page shown a few rows at a time (search as you type) keeps its order when jumped into."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex

    from rapport.ui.models.paging import Pages

    class Rows(QAbstractListModel):
        def rowCount(self, parent: object = QModelIndex()) -> int:
            return len(pages.rows)

    store = list(range(25))
    reads: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[int]:
        reads.append((offset, limit))
        return store[offset : offset + limit]

    pages: Pages[int] = Pages(10)
    pages.first(fetch, shown=3)
    pages.through(Rows(), fetch, 14)
    assert pages.rows == list(range(20)) and pages.held == [] and pages.more
    assert reads == [(0, 10), (10, 10)]
