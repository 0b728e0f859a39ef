"""The customer list as a table model: pages fetched on demand, sorted and filtered in SQL."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from typing_extensions import override

from rapport import formatting
from rapport.domain.customers import Status
from rapport.domain.entries import follow_up_overdue
from rapport.domain.people import RelationshipKind
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.store import Journal
from rapport.store.records import CustomerSort, CustomerSummary
from rapport.ui.models.paging import PagedModel, Pages

ModelsCustomerListText = Words("ModelsCustomerListText")

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_COLUMNS: tuple[tuple[str, CustomerSort | None], ...] = (
    (QT_TRANSLATE_NOOP("ModelsCustomerListText", "Name"), CustomerSort.NAME),
    (QT_TRANSLATE_NOOP("ModelsCustomerListText", "Organisation / contact"), None),
    (QT_TRANSLATE_NOOP("ModelsCustomerListText", "Stage"), CustomerSort.STAGE),
    (QT_TRANSLATE_NOOP("ModelsCustomerListText", "Last contact"), CustomerSort.LAST_CONTACT),
    (QT_TRANSLATE_NOOP("ModelsCustomerListText", "Follow-up"), CustomerSort.NEXT_FOLLOW_UP),
)
_Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(PagedModel[CustomerSummary], QAbstractTableModel):
    """Rows of `CustomerSummary`, loaded `PAGE` at a time as the view scrolls."""

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._pages: Pages[CustomerSummary] = Pages(PAGE)
        self._text = ""
        self._sort = CustomerSort.NAME
        self._descending = False
        self._statuses: tuple[Status, ...] = (Status.ACTIVE,)
        self._kinds: tuple[RelationshipKind, ...] = ()  # none: every kind
        self.reload()

    # --- what to show -------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        """The words the list is filtered by."""
        return self._text

    def set_filter(self, text: str) -> None:
        """Show only customers matching every word typed."""
        if text != self._text:
            self._text = text
            self.reload()

    def set_show_all_statuses(self, show: bool) -> None:
        """Include archived and parted customers, or active ones only."""
        self._statuses = tuple(Status) if show else (Status.ACTIVE,)
        self.reload()

    def set_kinds(self, kinds: tuple[RelationshipKind, ...]) -> None:
        """Show only customers, suppliers or partners (none given: all of them)."""
        if kinds != self._kinds:
            self._kinds = kinds
            self.reload()

    def reload(self) -> None:
        """Drop what is loaded and fetch the first page again."""
        self._load_first()

    def update(self, customer_ids: Collection[int]) -> None:
        """Re-read the rows of these customers after a change to them; the rest stay.

        A row whose place in the order is unchanged is replaced where it is (one row
        repainted). A customer who now sorts elsewhere, left the filter, or newly
        belongs among the rows loaded makes the loaded rows be read again, as many as
        were loaded: the model stays lazy, and one beyond them is left for scrolling.
        """
        rows = self._pages.rows
        loaded = {summary.id: row for row, summary in enumerate(rows)}
        asked = set(customer_ids)
        if rows and self._pages.more and not asked <= loaded.keys():
            asked.add(rows[-1].id)  # to tell whether a newcomer sorts among the loaded rows
        fresh = self._fetch_ids(asked)
        order = [summary.id for summary in fresh]
        last = order.index(rows[-1].id) if rows and rows[-1].id in order else len(order)
        found = {summary.id: summary for summary in fresh}
        for customer_id in customer_ids:
            row = loaded.get(customer_id)
            summary = found.get(customer_id)
            if row is None:
                if summary is not None and order.index(customer_id) < last:
                    return self._reload_loaded()  # a newcomer among the loaded rows
                if summary is not None and not self._pages.more:
                    return self._reload_loaded()  # everything is loaded: it belongs here
                continue
            if summary is None or _place(rows[row], self._sort) != _place(summary, self._sort):
                return self._reload_loaded()  # it left the filter, or moves
            rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))
        return None

    def _fetch_ids(self, ids: Collection[int]) -> list[CustomerSummary]:
        return self._journal.timeline.customers(
            self._text, self._sort, self._descending, self._statuses, ids=ids, kinds=self._kinds
        )

    def _reload_loaded(self) -> None:
        """Read the loaded rows again, as many as there were (the first page at least)."""
        count = max(len(self._pages.rows), PAGE)
        self.beginResetModel()
        self._pages.rows = self._fetch(0, count)
        self._pages.more = len(self._pages.rows) == count
        self.endResetModel()

    def _fetch(self, offset: int, limit: int) -> list[CustomerSummary]:
        return self._journal.timeline.customers(
            self._text,
            self._sort,
            self._descending,
            self._statuses,
            offset,
            limit,
            kinds=self._kinds,
        )

    def row_of(self, customer_id: int) -> int | None:
        """The row showing a customer, if loaded."""
        for row, summary in enumerate(self._pages.rows):
            if summary.id == customer_id:
                return row
        return None

    def summary(self, row: int) -> CustomerSummary:
        """The customer on a row."""
        return self._pages.rows[row]

    # --- Qt model interface -------------------------------------------------------------

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key; columns without a key sort by name.

        The same order again reloads nothing: the view asks for its sort several times
        while the window is built (sorting switched on, the column chosen, the header
        restored), and each reload is a query over the whole customer table.
        """
        key = _COLUMNS[column][1] or CustomerSort.NAME
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self.reload()

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation == Qt.Orientation.Horizontal and role in shown:
            return translate(ModelsCustomerListText.context, _COLUMNS[section][0])
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self._row_at(index)
        if summary is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and summary.stage:
            return summary.stage.meaning
        if column == 4 and _overdue(summary.next_follow_up):
            return _overdue_data(summary.next_follow_up, role)
        return None


def _place(summary: CustomerSummary, sort: CustomerSort) -> tuple[object, ...]:
    """What decides a row's place in the list sorted by `sort` (the name breaks ties)."""
    key: object = {
        CustomerSort.STAGE: summary.stage,
        CustomerSort.LAST_CONTACT: summary.last_contact,
        CustomerSort.NEXT_FOLLOW_UP: summary.next_follow_up,
    }.get(sort)
    return (key, summary.name)


def _overdue(value: date | None) -> bool:
    return follow_up_overdue(value, datetime.now(UTC).astimezone().date())


def _overdue_data(value: date | None, role: int) -> Any:
    """An overdue follow-up is shown bold; "(overdue)" in words is its tooltip and spoken text.

    The words stay out of the cell itself, so the column is only as wide as a date.
    """
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        return ModelsCustomerListText.tr("{day} (overdue)").format(day=formatting.day(value))
    return None


def _display(summary: CustomerSummary, column: int) -> str:
    if column == 0:
        notes = [summary.kind.noun] if summary.kind is not RelationshipKind.CUSTOMER else []
        if summary.status is not Status.ACTIVE:
            notes.append(summary.status.label.lower())
        return f"{summary.name} ({', '.join(notes)})" if notes else summary.name
    if column == 1:
        return summary.organisation or summary.contact
    if column == 2:
        return summary.stage.label if summary.stage else ""
    if column == 3:
        return formatting.when(summary.last_contact, with_time=False)
    if column == 4:
        return formatting.day(summary.next_follow_up)
    return ""
