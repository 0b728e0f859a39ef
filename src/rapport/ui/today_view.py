"""The Today view, Rapport's start screen: what is due, who is drifting, what is at risk.

It shows the rules' Today list (`journal.facts.today`) grouped by section. A click
or Enter on a line asks to open that customer (and the entry, for a follow-up); the
view itself writes nothing, it emits what the user wants done.

The list is worked out in the background (`TodayLoader`), never while the window is
built: the first computation starts once the view has been painted, and until the
answer arrives the view says it is working. The list's first items (its follow-ups,
a few small queries) come before the rest: when they fill a page (`LAYOUT_BATCH`)
they are shown at once, the line above still saying the rest is being worked out,
and the rest is added below them when it comes. After writes the list is worked out
again once they pause (`REFRESH_DELAY_MS`), the old list staying on show meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport import formatting
from rapport.domain.risk import BookContext
from rapport.domain.settings import RuleSettings
from rapport.domain.today import Section, TodayAnswer, TodayItem
from rapport.domain.today_splice import splice_today
from rapport.i18n import Words
from rapport.store import Journal, JournalError
from rapport.store.errors import JournalDamagedError
from rapport.store.records import Change
from rapport.ui.models.today import ITEM_ROLE, TodayModel, local_now
from rapport.ui.sight_list import SightList
from rapport.ui.today_calendar import CalendarSource, first_with_meetings, with_meetings
from rapport.ui.today_delegate import TodayDelegate
from rapport.ui.today_loader import TodayLoader, first_answer, part_answer, whole_answer
from rapport.ui.today_messages import all_clear, damaged, empty_journal, failed, working

log = logging.getLogger("rapport.ui")
TodayViewText = Words("TodayViewText")

#: After a write, wait this long for more before working the list out again.
REFRESH_DELAY_MS = 150
#: The list's first items are shown before the rest when they are this many (a page).
LAYOUT_BATCH = 25
#: Rows placed per pass of the event loop, most with a guessed height (a few ms a pass):
#: a list of 23,000 rows never holds the window still for long.
PLACING_BATCH = 1000


class _TodayList(SightList):
    """A list whose rows reflow to the new width when it is resized; `painted` when asked.

    Only the rows in sight are laid out (`SightList`): the others have a guessed height,
    so a list of 23,000 rows costs the window what a screenful costs.
    """

    painted = Signal()
    delegate: TodayDelegate
    item_role = ITEM_ROLE

    def __init__(self) -> None:
        super().__init__()
        self.delegate = TodayDelegate(self)
        self.tell_painted = False  # emit `painted` after the next paint

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.tell_painted:
            self.tell_painted = False
            self.painted.emit()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    @override
    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last item: Qt's would stop on a section's heading."""
        action = QAbstractItemView.CursorAction
        model = self.model()
        if model is None or cursorAction not in (action.MoveHome, action.MoveEnd):
            return super().moveCursor(cursorAction, modifiers)
        count = model.rowCount()
        rows = range(count) if cursorAction is action.MoveHome else range(count - 1, -1, -1)
        enabled = Qt.ItemFlag.ItemIsEnabled
        return next(
            (model.index(r, 0) for r in rows if model.flags(model.index(r, 0)) & enabled),
            QModelIndex(),
        )


class TodayView(QWidget):
    """The grouped Today list with a heading; asks for customers, follow-ups and check-ins."""

    open_requested = Signal(int, int)  # customer id, entry id (0: none)
    follow_up_done_requested = Signal(int)  # entry id
    check_in_requested = Signal(int)  # customer id
    write_up_requested = Signal(object)  # the TodayItem of a meeting to write up
    damage_found = Signal(str)  # what SQLite said: the journal is damaged
    updated = Signal()  # a new list (or why there is none) is on show

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = local_now,
        rules: Callable[[], RuleSettings] = RuleSettings,
        changes: SignalInstance | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._journal = journal
        self._clock = clock
        self._dirty = True
        self._painted = False  # work starts after the first paint, never before
        self._wanted = False  # a list was asked for before that
        self.model = TodayModel(journal, self, clock)
        self._rules = rules
        self._stale: set[int] = set()  # hidden, changes to these customers were missed
        self._context: BookContext | None = None  # what the list shown was judged in
        #: The owner's calendar file: its ended meetings come up to be written up.
        self.calendar = CalendarSource(self)
        self.calendar.changed.connect(self.refresh)
        whole, part = with_meetings(self.calendar, whole_answer, part_answer)
        first = first_with_meetings(self.calendar, first_answer)
        self.loader = TodayLoader(journal, clock, self, rules, whole, part, first)
        self.loader.ready.connect(self._show_list)
        self.loader.first_ready.connect(self._show_first)
        self.loader.part_ready.connect(self._splice)
        self.loader.failed.connect(self._show_failure)
        if changes is not None:  # the journal's change notices (JournalBridge.changed)
            changes.connect(self.on_change)

        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.summary.setWordWrap(True)
        self.hint = QLabel(
            TodayViewText.tr(
                "A click or Enter opens the customer · Ctrl+D marks the selected follow-up done"
                " · Ctrl+I checks in"
            )
        )
        self.hint.setObjectName("todayHint")
        self.hint.setWordWrap(True)

        self.list = _TodayList()
        self.list.setObjectName("todayList")
        self.list.setAccessibleName(TodayViewText.tr("Today"))
        self.list.setAccessibleDescription(
            TodayViewText.tr(
                "Follow-ups, customers past their cadence, risk signals and check-ins due"
            )
        )
        self.list.setModel(self.model)
        self.delegate = self.list.delegate
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(PLACING_BATCH)
        self.list.setWordWrap(True)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._open)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.painted.connect(lambda: self.loader.first_page_done())
        self.model.modelReset.connect(lambda: self.delegate.retain(self.model.items()))
        done = QAction(TodayViewText.tr("Mark follow-up done"), self.list)
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        done.triggered.connect(self.mark_current_done)
        self.list.addAction(done)

        self.empty = QLabel()
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(8)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.list)
        self._stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self._stack, 1)
        # Until the first list comes: an empty list (it can hold the keyboard) under a
        # line that says the list is being worked out.
        self.summary.setText(working())
        self.hint.hide()

    # --- what is shown ------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a list was asked for and is not on show yet (tests wait on this)."""
        return self._wanted or self.loader.busy

    @property
    def page_ready(self) -> bool:
        """Whether the list's page is on show: its first page, or the whole list."""
        return self.model.as_of is not None and not self._wanted

    def refresh(self, delay_ms: int = 0, customers: Iterable[int] | None = None) -> None:
        """Ask the rules again (in the background); the answer replaces the list.

        `customers`: only their items may have changed; the answer for them alone is
        spliced into the list shown (`_splice`).
        """
        self._dirty = False
        self._stale = set()
        if self.model.as_of is None or self.model.first_page:  # no whole list to splice into
            if self.model.as_of is None:
                self.heading.setText(_heading(self._clock()))
            customers = None
        if not self._painted:
            self._wanted = True  # see paintEvent
            return
        self.loader.request(delay_ms, customers)

    def shutdown(self) -> None:
        """Stop working in the background (the window is closing)."""
        self._wanted = False
        self.loader.shutdown()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        """Start the work asked for so far once the window is on screen."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._wanted:
                self._wanted = False
                self.loader.request()

    def _say(self, html: str) -> None:
        self.empty.setText(html)
        self.summary.setText("")
        self.hint.hide()
        self._stack.setCurrentWidget(self.empty)

    def _show_failure(self, error: Exception) -> None:
        """Put a failed computation into words; damage goes to the recovery path.

        Anything but the store's own error (the store puts every database failure into
        words) is a bug: it is raised here, on the UI thread, where the app's error hook
        logs it and says something went wrong.
        """
        if isinstance(error, JournalDamagedError):
            self._say(damaged())
            self.damage_found.emit(error.reason)
        elif isinstance(error, JournalError):
            log.warning("the Today list could not be worked out: %s", error)
            self._say(failed(escape(error.message)))
        else:
            self._say(failed(escape(TodayViewText.tr("Something went wrong."))))
            self.updated.emit()
            raise error
        self.updated.emit()

    def _show_list(self, now: datetime, answer: TodayAnswer) -> None:
        """Show a list the loader worked out, keeping the keyboard position where it was."""
        previous = self.list.currentIndex().row()
        self._context = answer.context
        self.model.set_items(now, answer.items)
        self.heading.setText(_heading(now))
        self._update_view(previous)
        self.updated.emit()

    def _show_first(self, now: datetime, answer: TodayAnswer) -> None:
        """Show the list's first items while the rest is worked out, when they fill a page.

        Fewer would leave most of the page empty until the rest comes: then the
        whole list is waited for, as before.
        """
        if self.model.as_of is not None or len(answer.items) < LAYOUT_BATCH:
            self.loader.first_page_done()
            return
        self.model.set_items(now, answer.items, first_page=True)
        self.heading.setText(_heading(now))
        self._update_view(-1)
        self.summary.setText(working())
        if self.list.isVisible():
            self.list.tell_painted = True  # the rest is worked out once it is on screen
        else:
            self.loader.first_page_done()

    def _splice(self, now: datetime, customers: frozenset[int], answer: TodayAnswer) -> None:
        """Put a few customers' fresh items into the list; the others' stay as they are.

        The whole list is asked for instead when the day changed since it was worked
        out, when the book's context moved (a risk rule compares every customer with
        it), or when a check-in cut off from the list may now be due to show.
        """
        shown = self.model.as_of
        spliced = None
        if shown is not None and shown.date() == now.date() and answer.context == self._context:
            limit = self._rules().check_ins_in_today
            spliced = splice_today(self.model.items(), customers, answer.items, limit)
        if spliced is None:
            self.refresh()
            return
        assert shown is not None
        previous = self.list.currentIndex().row()
        self.model.set_items(shown, spliced)
        self._update_view(previous)
        self.updated.emit()

    def _update_view(self, previous: int) -> None:
        if self.model.is_empty():
            try:
                has_customers = self._journal.customers.count() > 0
            except JournalError as error:  # the file went meanwhile: said, as a failed list
                log.warning("the Today list could not be shown: %s", error)
                self._say(failed(escape(error.message)))
                return
            self.empty.setText(all_clear() if has_customers else empty_journal())
            self.summary.setText(TodayViewText.tr("Nothing due.") if has_customers else "")
            self._stack.setCurrentWidget(self.empty)
            self.hint.hide()
            return
        self.summary.setText(self.model.summary())
        self.hint.show()
        self._stack.setCurrentWidget(self.list)
        row = self.model.first_item_row(max(previous, 0))
        if row is not None:  # the keyboard starts here; nothing looks selected until it moves
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def on_change(self, change: Change) -> None:
        """What was written may change what is due: work it out again soon if shown.

        Hidden (a customer's page is open), Today only notes that it is stale: the work
        is done when it is shown again. Tags alone change nothing Today shows.
        """
        if not (change.customers or change.everything or change.settings):
            return
        whole = change.everything or change.settings
        if self.isVisible():
            self.refresh(REFRESH_DELAY_MS, None if whole else change.customers)
        elif whole or (self._dirty and not self._stale):
            self._dirty, self._stale = True, set()  # the whole list, when shown again
        else:
            self._dirty = True
            self._stale |= change.customers

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Bring a list that went stale while hidden (or since yesterday) up to date."""
        super().showEvent(event)
        if self._dirty:
            self.refresh(customers=self._stale or None)

    def focus_list(self) -> None:
        """Put the keyboard on the list (or on the empty message)."""
        (self.list if self._stack.currentWidget() is self.list else self.empty).setFocus()

    # --- user actions -------------------------------------------------------------------

    def current_item(self) -> TodayItem | None:
        """The item under the keyboard cursor."""
        return self.model.item(self.list.currentIndex().row())

    def select_item(self, predicate: Callable[[TodayItem], bool]) -> bool:
        """Move the keyboard cursor to the first item matching `predicate` (for tests, too)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item is not None and predicate(item):
                self.list.setCurrentIndex(self.model.index(row))
                return True
        return False

    def mark_current_done(self) -> None:
        """Tick off the selected follow-up."""
        item = self.current_item()
        if item is not None and item.entry_id is not None:
            self.follow_up_done_requested.emit(item.entry_id)

    def _on_clicked(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is None:
            return
        if self.delegate.take_button_hit(index):
            if item.section is Section.FOLLOW_UP and item.entry_id is not None:
                self.follow_up_done_requested.emit(item.entry_id)
            elif item.section is Section.CHECK_IN:
                self.check_in_requested.emit(item.customer_id)
            elif item.section is Section.WRITE_UP:
                self.write_up_requested.emit(item)
            return
        self._open(index)

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None and item.section is Section.WRITE_UP:
            self.write_up_requested.emit(item)  # Enter: the entry of the meeting, filled in
        elif item is not None:
            log.debug("Today: open customer %s", item.customer_id)
            self.open_requested.emit(item.customer_id, item.entry_id or 0)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        item = self.model.item(index.row()) if index.isValid() else None
        if item is None:
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(
            TodayViewText.tr("Open {name}").format(name=item.customer_name),
            lambda: self._open(index),
        )
        if item.entry_id is not None:
            entry_id = item.entry_id
            menu.addAction(
                TodayViewText.tr("Mark follow-up done"),
                lambda: self.follow_up_done_requested.emit(entry_id),
            )
        customer_id = item.customer_id
        menu.addAction(
            TodayViewText.tr("Check in…"), lambda: self.check_in_requested.emit(customer_id)
        )
        menu.exec(self.list.viewport().mapToGlobal(pos))


def _heading(now: datetime) -> str:
    """The view's heading: "Today, Sunday 22 November 2026"."""
    return TodayViewText.tr("Today, {day}").format(day=formatting.long_day(now.date()))
