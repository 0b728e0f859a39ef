"""The search window (Ctrl+K): one box over every customer and note, results as you type.

Results are ranked by the store's full-text index; each row shows the customer, the
date and kind, and a snippet with the matching words in bold. Enter opens the entry
in its customer's timeline. The window follows the journal's change notices: while it
is open, a write (here or elsewhere) searches again and the owner's place stays.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.records import Change
from rapport.store.search import SearchFilters
from rapport.ui import window_fit
from rapport.ui.models.search_results import HitKey, SearchResultsModel, hit_key
from rapport.ui.search_rows import HitDelegate

SearchPanelText = Words("SearchPanelText")


class SearchPanel(QDialog):
    """A non-modal search window; `open_hit` asks the main window to show a result."""

    open_hit = Signal(object)  # SearchHit

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        changes: SignalInstance | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setWindowTitle(SearchPanelText.tr("Search"))
        window_fit.open_at(self, 720, 560)
        self._journal = journal
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setAccessibleName(SearchPanelText.tr("Search every note and customer"))
        self.box.setPlaceholderText(SearchPanelText.tr("Search notes and customers…"))
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.stage = self._combo(
            SearchPanelText.tr("Stage filter"),
            SearchPanelText.tr("Any stage"),
            [(s.label, s.value) for s in Stage],
        )
        self.kind = self._combo(
            SearchPanelText.tr("Kind filter"),
            SearchPanelText.tr("Any kind"),
            [(k.label, k.value) for k in EntryKind],
        )
        self.level = self._combo(
            SearchPanelText.tr("Level filter"),
            SearchPanelText.tr("Any level"),
            [(lv.label, lv.value) for lv in Level],
        )
        self.tag = QLineEdit()
        self.tag.setAccessibleName(SearchPanelText.tr("Tag"))
        self.tag.setPlaceholderText(SearchPanelText.tr("Tag"))
        _fit_placeholder(self.tag)
        self.dated = QCheckBox(SearchPanelText.tr("From"))
        self.dated.setAccessibleName(SearchPanelText.tr("Limit to a date range"))
        self.date_from = QDateEdit(QDate.currentDate().addYears(-1))
        self.date_from.setAccessibleName(SearchPanelText.tr("From date"))
        self.date_to = QDateEdit(QDate.currentDate())
        self.date_to.setAccessibleName(SearchPanelText.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._schedule)
        self.dated.toggled.connect(self.date_from.setEnabled)
        self.dated.toggled.connect(self.date_to.setEnabled)
        self.dated.toggled.connect(self._schedule)
        self.model = SearchResultsModel(journal, self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(SearchPanelText.tr("Search results"))
        self.results.setModel(self.model)
        self._delegate = HitDelegate(self.results)
        self.results.setItemDelegate(self._delegate)
        self.model.modelReset.connect(self._delegate.forget)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setWordWrap(True)  # rows wrap: laid out again when the width changes
        self.results.activated.connect(self._activate)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(self._schedule)
        self.tag.textChanged.connect(self._schedule)
        # The journal changed under the results: search again, as soon as typing would.
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(self._timer.interval())
        self._again.timeout.connect(self._refresh)
        self._stale = False  # changed while hidden: searched again when shown
        if changes is not None:  # the journal's change notices (JournalBridge.changed)
            changes.connect(self.on_change)
        filters = QHBoxLayout()
        for widget in (self.stage, self.kind, self.level, self.tag, self.dated, self.date_from):
            filters.addWidget(widget)
        filters.addWidget(QLabel(SearchPanelText.tr("to")))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._show_status()

    def _combo(self, name: str, anything: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(anything, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._schedule)
        return combo

    def start(self, text: str = "") -> None:
        """Show the window with the box focused (and prefilled, e.g. from the customer filter)."""
        if text:
            self.box.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()

    def filters(self) -> SearchFilters:
        """The filters as set in the window."""

        def chosen(combo: QComboBox, kind: type[Any]) -> frozenset[Any]:
            value = combo.currentData()  # Qt hands enum members back as plain strings
            return frozenset() if value is None else frozenset({kind(value)})

        start = end = None
        if self.dated.isChecked():
            start = _local_midnight(self.date_from.date())
            end = _local_midnight(self.date_to.date().addDays(1))
        tag = self.tag.text().strip()
        return SearchFilters(
            stages=chosen(self.stage, Stage),
            kinds=chosen(self.kind, EntryKind),
            levels=chosen(self.level, Level),
            tags=frozenset({tag}) if tag else frozenset(),
            occurred_from=start,
            occurred_before=end,
        )

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def run(self) -> None:
        """Search now for what is typed, with the filters set."""
        self._timer.stop()
        self._again.stop()
        self._stale = False
        # The view lays out every row it is given before it paints: it gets the rows in
        # sight, and the rest of the page as it scrolls (the owner waits for what they see).
        self.model.search(self.box.text(), self.filters(), _rows_in_sight(self.results))
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))
        self._show_status()

    def on_change(self, change: Change) -> None:
        """The journal changed: search again for the results shown (debounced).

        Any hit may have changed (a title, a customer's name), gone (trashed) or come
        (a new entry that matches). A hidden window searches again when it is shown;
        a search being typed reads afresh anyway.
        """
        if not (change.everything or change.customers or change.entries or change.tags):
            return
        if not self.model.query.strip() or self._timer.isActive():
            return
        if self.isVisible():
            self._again.start()
        else:
            self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Shown again after changes while hidden: no stale hit is ever seen."""
        super().showEvent(event)
        if self._stale and not self._timer.isActive():
            self._refresh()

    def _refresh(self) -> None:
        """Search again, keeping the selected hit (by identity) and what is in sight."""
        self._again.stop()
        self._stale = False
        view = self.results
        current = view.currentIndex()
        selected = _place(self.model, current)
        if not (current.isValid() and view.visualRect(current).intersects(view.viewport().rect())):
            current = view.indexAt(QPoint(1, 1))  # the selected hit is out of sight
        anchor = _place(self.model, current)
        top = view.visualRect(current).top()
        if self.model.refresh():
            view.doItemsLayout()  # a row edited may be taller or shorter now
            if selected is not None:
                view.setCurrentIndex(self.model.index(self._row_near(*selected)))
            elif self.model.rowCount():  # nothing was found before: as after typing
                view.setCurrentIndex(self.model.index(0))
            if anchor is not None:  # the row in sight stays where it was on screen
                moved = view.visualRect(self.model.index(self._row_near(*anchor))).top() - top
                view.verticalScrollBar().setValue(view.verticalScrollBar().value() + moved)
        self._show_status()

    def _row_near(self, key: HitKey, row: int) -> int:
        """The row of a hit now; gone: its neighbour (the row that took its place)."""
        now = self.model.row_of(key)
        return min(row, self.model.rowCount() - 1) if now is None else now

    def _show_status(self) -> None:
        count, more = self.model.found()
        if not self.box.text().strip():
            text = SearchPanelText.tr("Type a few words: a name, a product, something they said.")
        elif count == 0:
            text = SearchPanelText.tr(
                "Nothing found. Try fewer or other words, or clear the filters."
            )
        elif more:
            text = SearchPanelText.tr("%n+ results — Enter opens the selected one", "", count)
        else:
            text = SearchPanelText.tr("%n result(s) — Enter opens the selected one", "", count)
        self.status.setText(text)

    def _activate(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if self._again.isActive() or not self.model.still_there(hit):  # the journal changed
            self._refresh()
            row = self.model.row_of(hit_key(hit))
            if row is None:  # trashed meanwhile: nothing opens (its neighbour is selected)
                return
            hit = self.model.hit(row)
        self.open_hit.emit(hit)
        self.hide()

    def _show_rows_ahead(self) -> None:
        """A screenful of rows below the selected one, shown before the keys move on to them."""
        ahead = self.results.currentIndex().row() + 2 * _rows_in_sight(self.results)
        while self.model.rowCount() < ahead and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    @override
    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Arrow keys in the box move through the results; Enter opens the selected one."""
        is_key = isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
        if watched is not self.box or not is_key:
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._show_rows_ahead()
            self.results.setFocus()
            self.results.keyPressEvent(event)
            self.box.setFocus()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.run()
            index = self.results.currentIndex()
            if index.isValid():
                self._activate(index)
            return True
        return super().eventFilter(watched, event)


def _place(model: SearchResultsModel, index: QModelIndex) -> tuple[HitKey, int] | None:
    """The hit on a row and the row, to find it again after a search (None: no row)."""
    return (hit_key(model.hit(index.row())), index.row()) if index.isValid() else None


def _rows_in_sight(view: QListView) -> int:
    """How many rows the list can show at most: a row has three lines and its margins."""
    row = 3 * view.fontMetrics().lineSpacing() + 12
    return max(4, view.viewport().height() // max(1, row) + 1)


def _fit_placeholder(edit: QLineEdit) -> None:
    """Keep a small box wide enough for its placeholder (a word, in any language)."""
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16
    edit.setMinimumWidth(text)
    edit.setMaximumWidth(max(120, text + 8))


def _local_midnight(day: QDate) -> datetime:
    """The start of a local calendar day, as an aware UTC instant."""
    from PySide6.QtCore import QDateTime, QTime

    return datetime.fromtimestamp(QDateTime(day, QTime(0, 0)).toSecsSinceEpoch(), UTC)
