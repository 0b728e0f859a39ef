"""A customer's timeline as a list model: entries and stage changes, newest first, paged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from rapport import formatting
from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.records import Change, TimelineItem
from rapport.ui.models.paging import PagedModel, Pages

ModelsTimelineText = Words("ModelsTimelineText")

PAGE = 60
#: Rows read per query when going to an old entry: a report (and a chance to cancel) each.
_READ_STEP = 500
#: (done, total) → whether to go on (False: cancelled).
Report = Callable[[int, int], bool]
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class TimelineModel(PagedModel[TimelineItem], QAbstractListModel):
    """One customer's timeline; `set_customer` switches, `fetchMore` pages older rows in."""

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._customer_id: int | None = None
        self._pages: Pages[TimelineItem] = Pages(PAGE)

    @property
    def customer_id(self) -> int | None:
        """Whose timeline is shown."""
        return self._customer_id

    def set_customer(self, customer_id: int | None) -> None:
        """Show another customer's timeline (None: show nothing)."""
        self._customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        """Fetch the newest page again (after a change to this customer)."""
        self._load_first()

    def refresh(self, change: Change | None = None) -> None:
        """Bring the loaded rows up to date and apply only the difference, row by row.

        No reset: the selection and the scroll position stay, a new entry is inserted
        where it belongs, an edited one is repainted, a deleted one removed. A change
        that names its rows has only those read, each placed by its time among the
        loaded rows (`_splice`). Otherwise the order of as many rows as were loaded (a
        page at least) is read; of the rows, only those new to the page.
        """
        if self._customer_id is None:
            return
        if change is not None and self._splice(change):
            return
        rows = self._pages.rows
        count = max(len(rows), PAGE)
        timeline = self._journal.timeline
        keys = timeline.keys(self._customer_id, 0, count)
        known = {item.key: item for item in rows}
        if change is not None and not change.everything:
            for key in [*known]:
                kind, row_id = key
                ids = change.entries if kind == "entry" else change.stage_changes
                if row_id in ids:
                    del known[key]
        else:
            known = {}
        wanted = [key for key in keys if key not in known]
        read = (
            {item.key: item for item in self._with_files(timeline.items(wanted))} if wanted else {}
        )
        fresh = [known.get(key) or read[key] for key in keys]
        self._pages.more = len(fresh) == count
        old_keys = [item.key for item in rows]
        new_keys = [item.key for item in fresh]
        steps = SequenceMatcher(a=old_keys, b=new_keys, autojunk=False).get_opcodes()
        for step, i1, i2, j1, j2 in reversed(steps):  # from the end: earlier rows stay put
            if step == "equal":
                for offset in range(i2 - i1):
                    if rows[i1 + offset] != fresh[j1 + offset]:
                        rows[i1 + offset] = fresh[j1 + offset]
                        index = self.index(i1 + offset)
                        self.dataChanged.emit(index, index)
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                rows[i1:i1] = fresh[j1:j2]
                self.endInsertRows()

    def _splice(self, change: Change) -> bool:
        """Place the rows a change wrote among the loaded rows; False: it names none.

        A row that is no longer the customer's (deleted, moved to another customer)
        leaves; one that sorts beyond the loaded rows while the store holds more is
        left for paging (the next page starts after the loaded rows, so it comes
        then, in its place).
        """
        if change.everything or self._customer_id is None:
            return False
        keys = [("entry", i) for i in sorted(change.entries)]
        keys += [("stage", i) for i in sorted(change.stage_changes)]
        if not keys or len(keys) > PAGE:
            return False
        read = self._with_files(self._journal.timeline.live_items(self._customer_id, keys))
        fresh = {item.key: item for item in read}
        for key in keys:
            self._place(key, fresh.get(key))
        return True

    def _place(self, key: tuple[str, int], item: TimelineItem | None) -> None:
        """Put one row (None: no row) where it belongs, repainting it if it stays put."""
        rows = self._pages.rows
        old = next((row for row, shown in enumerate(rows) if shown.key == key), None)
        others = rows if old is None else rows[:old] + rows[old + 1 :]
        row = None if item is None else _place_among(others, item, self._pages.more)
        if old is not None and row == old:
            assert item is not None
            if rows[old] != item:
                rows[old] = item
                self.dataChanged.emit(self.index(old), self.index(old))
            return
        if old is not None:
            self.beginRemoveRows(QModelIndex(), old, old)
            del rows[old]
            self.endRemoveRows()
        if item is not None and row is not None:
            self.beginInsertRows(QModelIndex(), row, row)
            rows.insert(row, item)
            self.endInsertRows()

    def _may_fetch(self) -> bool:
        return self._customer_id is not None

    def _fetch(self, offset: int, limit: int) -> list[TimelineItem]:
        assert self._customer_id is not None
        return self._with_files(self._journal.timeline.page(self._customer_id, offset, limit))

    def _with_files(self, items: list[TimelineItem]) -> list[TimelineItem]:
        """The items with their entries' files: one query for all of them (none without entries)."""
        ids = [item.entry.id for item in items if item.entry is not None]
        if not ids:
            return items
        files = self._journal.attachments.on_entries(ids)
        return [
            replace(item, files=tuple(files[item.entry.id]))
            if item.entry is not None and item.entry.id in files
            else item
            for item in items
        ]

    def item(self, row: int) -> TimelineItem:
        """The timeline item on a row."""
        return self._pages.rows[row]

    def loaded_row(self, key: tuple[str, int]) -> int | None:
        """The row of a key among the rows loaded (None: not loaded, or not this customer's)."""
        return next((row for row, item in enumerate(self._pages.rows) if item.key == key), None)

    def reader(self, key: tuple[str, int]) -> Callable[[Report], Through | None] | None:
        """How to read, on another thread, the rows down to `key` (None: nothing to read).

        The read is planned here (whose rows, from where) and its rows are shown by
        `take` on the UI thread, which checks that the timeline is still as planned.
        """
        if not self._pages.pending or self._customer_id is None:
            return None
        customer_id, start, timeline = self._customer_id, self._pages.loaded, self._journal.timeline

        def read(report: Report) -> Through | None:
            position = timeline.position(customer_id, key)
            if position is None or position < start:
                return Through(customer_id, start, [], position, True)
            keys = timeline.keys(customer_id, start, position + 2 - start)  # one more: any left?
            more = len(keys) > position + 1 - start
            keys = keys[: position + 1 - start]
            items: list[TimelineItem] = []
            for first in range(0, len(keys), _READ_STEP):
                if not report(first, len(keys)):
                    return None
                items += self._with_files(timeline.items(keys[first : first + _READ_STEP]))
            return Through(customer_id, start, items, position, more)

        return read

    def take(self, through: Through, key: tuple[str, int]) -> int | None:
        """Show the rows read by `reader` and return the row of `key` (None: not found).

        Rows changed meanwhile (another customer, a save that moved the rows): the key
        is looked up again the plain way (`find`).
        """
        if through.customer_id != self._customer_id or through.start != self._pages.loaded:
            return self.find(key)
        if through.position is None:
            return None
        self._pages.extend(self, through.items, through.more if through.items else self._pages.more)
        row = through.position
        rows = self._pages.rows
        if row < len(rows) and rows[row].key == key:
            return row
        return self.loaded_row(key)

    def find(self, key: tuple[str, int]) -> int | None:
        """The row of ("entry", id) or ("stage", id), loading every row above it at once."""
        for row, item in enumerate(self._pages.rows):
            if item.key == key:
                return row
        if not self._pages.pending or self._customer_id is None:
            return None
        position = self._journal.timeline.position(self._customer_id, key)
        if position is None:
            return None
        self._pages.through(self, self._fetch, position + 1)
        rows = self._pages.rows
        if position < len(rows) and rows[position].key == key:
            return position
        return next((row for row, item in enumerate(rows) if item.key == key), None)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row_at(index)
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _plain(item)
        return None


@dataclass(frozen=True)
class Through:
    """The rows a worker read down to an entry, and where they go (`TimelineModel.take`)."""

    customer_id: int
    #: How many rows were loaded when the read was planned: the read rows follow them.
    start: int
    items: list[TimelineItem]
    #: Where the entry stands in the whole timeline; None: not in it (deleted, moved).
    position: int | None
    #: Whether the timeline goes on after the rows read.
    more: bool


def _order(item: TimelineItem) -> tuple[object, ...]:
    """What places a row, as the store orders them: newest first, then kind, then id."""
    return (item.at, *item.key)


def _place_among(rows: list[TimelineItem], item: TimelineItem, more: bool) -> int | None:
    """The row `item` takes among rows sorted newest first; None: beyond them, more to come."""
    low, high, place = 0, len(rows), _order(item)
    while low < high:  # the first row that sorts after the item
        middle = (low + high) // 2
        if _order(rows[middle]) > place:
            low = middle + 1
        else:
            high = middle
    if low == len(rows) and more:
        return None
    return low


def _plain(item: TimelineItem) -> str:
    """A one-line text of the row, for screen readers and copying."""
    if item.entry is not None:
        entry = item.entry
        title = entry.title or entry.body.strip().split("\n", 1)[0][:80]
        return f"{formatting.when(entry.occurred_at, False)} {entry.kind.label}: {title}"
    assert item.stage_change is not None
    change = item.stage_change
    return ModelsTimelineText.tr("{day} Moved to {stage}: {reason}").format(
        day=formatting.when(change.occurred_at, False),
        stage=change.stage.label,
        reason=change.reason,
    )
