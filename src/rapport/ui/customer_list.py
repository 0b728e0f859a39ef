"""The customer list pane: a filter box that narrows as you type, and a sortable table."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport import formatting
from rapport.domain.people import RelationshipKind
from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.records import Change
from rapport.ui.models.customer_list import ID_ROLE, CustomerListModel

CustomerListText = Words("CustomerListText")
#: Organisation and stage start this wide (longer ones are cut with "…"); the dates as wide
#: as a date in bold; each at least as wide as its heading. The name takes the rest.
_ORGANISATION, _STAGE = 105, 100
#: The room the name column is given when the pane is sized to the list.
_NAME = 140
#: A date with wide digits, to measure the date columns by.
_SAMPLE = datetime(2026, 12, 28, 20, 8, tzinfo=UTC)


class CustomerList(QWidget):
    """Emits `customer_selected(id)` when the user picks a customer (0 when none)."""

    customer_selected = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        changes: SignalInstance | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerList")
        self.filter = QLineEdit()
        self.filter.setObjectName("customerFilter")
        self.filter.setAccessibleName(CustomerListText.tr("Filter customers"))
        self.filter.setPlaceholderText(
            CustomerListText.tr("Filter customers (Ctrl+F) · search notes: Ctrl+K")
        )
        self.filter.setClearButtonEnabled(True)
        self.show_all = QCheckBox(CustomerListText.tr("Show archived and parted"))
        self.show_all.setAccessibleName(CustomerListText.tr("Show archived and parted customers"))
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.setAccessibleName(CustomerListText.tr("Show which kind of relationship"))
        self.kind.addItem(CustomerListText.tr("Every kind"), "")
        for kind, words in (
            (RelationshipKind.CUSTOMER, CustomerListText.tr("Customers")),
            (RelationshipKind.SUPPLIER, CustomerListText.tr("Suppliers")),
            (RelationshipKind.PARTNER, CustomerListText.tr("Partners")),
        ):
            self.kind.addItem(words, kind.value)
        self.model = CustomerListModel(journal, self)
        self.table = QTableView()
        self.table.setObjectName("customerTable")
        self.table.setAccessibleName(CustomerListText.tr("Customers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The indicator first: switching sorting on sorts by it (descending by default).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        dates = _date_width(self.table)
        for column, width in ((1, _ORGANISATION), (2, _STAGE), (3, dates), (4, dates)):
            header.resizeSection(column, max(width, _heading_width(header, column)))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.filter.returnPressed.connect(self._apply_filter_and_focus)
        self.show_all.toggled.connect(self._on_show_all)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._selected: int | None = None
        if changes is not None:  # the journal's change notices (JournalBridge.changed)
            changes.connect(self.on_change)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.show_all, 1)
        below.addWidget(self.kind)
        layout.addLayout(below)

    @override
    def sizeHint(self) -> QSize:
        """Wide enough for every column whole and a name beside them, sideways scrolling none."""
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(1, header.count()))
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.table.frameWidth()
        return QSize(_NAME + columns + scroll_bar + frame, super().sizeHint().height())

    def selected_id(self) -> int | None:
        """The customer selected in the table."""
        return self._selected

    def select(self, customer_id: int) -> None:
        """Select a customer, clearing the filter if it hides them."""
        row = self._find_row(customer_id)
        if row is None and self.filter.text():
            self.filter.clear()
            self._apply_filter()
            row = self._find_row(customer_id)
        if row is None and not self.show_all.isChecked():
            self.show_all.setChecked(True)
            row = self._find_row(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def clear_selection(self) -> None:
        """Select no customer (Today is shown), so picking any customer opens their page."""
        self._selected = None
        self.table.clearSelection()

    def _find_row(self, customer_id: int) -> int | None:
        while True:
            row = self.model.row_of(customer_id)
            if row is not None or not self.model.canFetchMore(QModelIndex()):
                return row
            self.model.fetchMore(QModelIndex())

    def on_change(self, change: Change) -> None:
        """Re-read the rows of the customers changed; all of them when it may be anyone.

        A tag renamed may change which customers the words typed match.
        """
        if change.everything or (change.tags and self.model.filter_text):
            self.model.reload()
        elif change.customers:
            self.model.update(change.customers)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter.text())

    def _apply_filter_and_focus(self) -> None:
        self._debounce.stop()
        self._apply_filter()
        if self.model.rowCount() > 0:
            self.table.setFocus()
            if self._selected is None or self.model.row_of(self._selected) is None:
                self.table.selectRow(0)

    def _on_show_all(self, show: bool) -> None:
        self.model.set_show_all_statuses(show)

    def _on_kind(self, _index: int) -> None:
        value = self.kind.currentData()
        self.model.set_kinds((RelationshipKind(value),) if value else ())

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._selected = int(indexes[0].data(ID_ROLE))
            self.customer_selected.emit(self._selected)

    def _restore_selection(self) -> None:
        if self._selected is None:
            return
        row = self.model.row_of(self._selected)
        if row is not None:
            blocked = self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(blocked)


def _date_width(table: QTableView) -> int:
    """The room a date takes in the list, in bold as when overdue, with the cell's margins."""
    font = QFont(table.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    text = max(
        metrics.horizontalAdvance(formatting.day(_SAMPLE.date())),
        metrics.horizontalAdvance(formatting.when(_SAMPLE, with_time=False)),
    )
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    return text + 2 * margin + 4


def _heading_width(header: QHeaderView, column: int) -> int:
    """The room a column's heading takes, in bold as on the sorted column (no sort arrow)."""
    font = QFont(header.font())
    font.setBold(True)
    text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    return QFontMetrics(font).horizontalAdvance(text) + 2 * margin + 2
