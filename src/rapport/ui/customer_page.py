"""The customer page: header, lifecycle strip, attention bar, and tabs for the rest.

The tabs are the timeline, the relationship's health (score, risks, check-ins) and
the details. The attention bar shows risks and stage suggestions above them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.checkins import CheckIn
from rapport.domain.settings import RuleSettings
from rapport.domain.today import CustomerInsight
from rapport.i18n import Words
from rapport.store import Journal, JournalError
from rapport.store.records import Change, CustomerHeader, TimelineItem
from rapport.ui.attention_bar import AttentionBar
from rapport.ui.bridge import JournalBridge
from rapport.ui.chart_tab import ChartTab
from rapport.ui.customer_details import CustomerDetails, scrolling
from rapport.ui.customer_heading import CustomerHeading
from rapport.ui.entry_files import EntryFiles
from rapport.ui.health_panel import HealthPanel, band_label
from rapport.ui.models.timeline import TimelineModel
from rapport.ui.page_rules import PageRules
from rapport.ui.people_section import PeopleSection
from rapport.ui.timeline_actions import TimelineActions
from rapport.ui.timeline_goto import GoTo
from rapport.ui.timeline_view import TimelineView

CustomerPageText = Words("CustomerPageText")


class CustomerPage(QWidget):
    """Everything about one customer; asks the store, emits what the user wants done."""

    new_entry_requested = Signal(int)
    edit_entry_requested = Signal(int)
    delete_item_requested = Signal(object)  # TimelineItem
    move_stage_requested = Signal(int)
    edit_customer_requested = Signal(int)
    check_in_requested = Signal(int)
    follow_up_done_requested = Signal(int, bool)  # entry id, done
    customer_gone = Signal()  # the customer shown was deleted (or cannot be read)
    add_person_requested = Signal(int)  # customer id
    edit_person_requested = Signal(int)  # person id
    remove_person_requested = Signal(int)  # person id
    took_part_requested = Signal(int)  # entry id

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        rules: Callable[[], RuleSettings] = RuleSettings,
        changes: SignalInstance | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPage")
        self._journal = journal
        self._rules = rules  # the owner's relationship rules (Settings), asked each time
        self._customer_id: int | None = None
        self._insights = PageRules(journal, lambda: self._customer_id, rules, self)
        self._insights.answered.connect(self._rules_answered)
        self._insights.failed.connect(self._rules_failed)
        self._stack = QStackedWidget(self)
        self._empty = QLabel(
            CustomerPageText.tr(
                "<p style='font-size:large'>No customer selected.</p>"
                "<p>Pick a customer on the left, or press <b>Ctrl+Shift+N</b> to add your first"
                " one.<br>Press <b>Ctrl+N</b> anywhere to write a note after a meeting.</p>"
            )
        )
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._build_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        if changes is not None:  # the journal's change notices (JournalBridge.changed)
            changes.connect(self.on_change)

    # --- layout -------------------------------------------------------------------------

    def _build_page(self) -> QWidget:
        page = QWidget(self)
        self.heading = CustomerHeading(page)
        self._facts = self.heading.facts  # tests read the header's facts and strip
        self._strip = self.heading.strip

        self.people = PeopleSection(page)
        self.people.add_requested.connect(lambda: self._emit(self.add_person_requested))
        self.people.edit_requested.connect(self.edit_person_requested)
        self.people.remove_requested.connect(self.remove_person_requested)
        new_entry = QPushButton(CustomerPageText.tr("New entry…"))
        new_entry.setAccessibleName(CustomerPageText.tr("New entry for this customer"))
        new_entry.clicked.connect(lambda: self._emit(self.new_entry_requested))
        move = QPushButton(CustomerPageText.tr("Move to stage…"))
        move.setAccessibleName(CustomerPageText.tr("Move this customer to another stage"))
        move.clicked.connect(lambda: self._emit(self.move_stage_requested))
        edit = QPushButton(CustomerPageText.tr("Edit details…"))
        edit.setAccessibleName(CustomerPageText.tr("Edit this customer's details"))
        edit.clicked.connect(lambda: self._emit(self.edit_customer_requested))
        check_in = QPushButton(CustomerPageText.tr("Check in…"))
        check_in.setAccessibleName(CustomerPageText.tr("Check in on this relationship"))
        check_in.clicked.connect(lambda: self._emit(self.check_in_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(new_entry)
        buttons.addWidget(move)
        buttons.addWidget(edit)
        buttons.addWidget(check_in)
        buttons.addStretch(1)
        buttons.addWidget(self.people.add)

        self.timeline_model = TimelineModel(self._journal, self)
        self.timeline = TimelineView(page)
        self.timeline.setModel(self.timeline_model)
        self.go_to = GoTo(self.timeline, self.timeline_model)
        self.timeline_actions = TimelineActions(self.timeline, self.timeline_model)
        self.timeline_actions.edit_entry_requested.connect(self.edit_entry_requested)
        self.timeline_actions.delete_item_requested.connect(self.delete_item_requested)
        self.timeline_actions.follow_up_done_requested.connect(self.follow_up_done_requested)
        self.timeline_actions.took_part_requested.connect(self.took_part_requested)
        self.attention = AttentionBar(page)
        self.health = HealthPanel(page)

        self._details = CustomerDetails(page)
        self.tabs = QTabWidget(page)
        self.tabs.setAccessibleName(CustomerPageText.tr("Customer sections"))
        self.chart = ChartTab(self._journal, page, self._rules)
        self.chart.entry_activated.connect(lambda i: self.select_item(("entry", i)))
        self.chart.stage_activated.connect(lambda i: self.select_item(("stage", i)))
        self.tabs.addTab(self.timeline, CustomerPageText.tr("&Timeline"))
        self.tabs.addTab(self.health, CustomerPageText.tr("&Health"))
        self.tabs.addTab(self.chart, CustomerPageText.tr("Ch&art"))
        self.tabs.addTab(scrolling(self._details, page), CustomerPageText.tr("&Details"))
        self.attention.details_requested.connect(lambda: self.tabs.setCurrentWidget(self.health))

        layout = QVBoxLayout(page)
        layout.setSpacing(4)  # with the people, the page still fits a 1280×720 screen
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.people)
        layout.addWidget(self.attention)
        layout.addWidget(self.tabs, 1)
        self._layout = layout
        return page

    def attach_files(self, bridge: JournalBridge, undo: QUndoStack | None = None) -> None:
        """Show the selected entry's files under the tabs, and take files dropped on rows."""
        self.files = EntryFiles(bridge, self.timeline, self.timeline_model, self.tabs, self, undo)
        self._layout.addWidget(self.files.panel)

    # --- what is shown ------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        """The customer shown, if any."""
        return self._customer_id

    def show_customer(self, customer_id: int | None) -> None:
        """Show a customer's page (None: the empty state)."""
        self._customer_id = customer_id
        self.timeline.delegate.keep_recent()
        self.timeline_model.set_customer(customer_id)
        self.chart.set_customer(customer_id)
        self._refresh_header()

    def on_change(self, change: Change) -> None:
        """Refresh only what the change touched of this customer.

        The header is read again; the timeline only when entries or stage changes were
        written, and then row by row (the selection and the scroll position stay).
        """
        customer_id = self._customer_id
        if customer_id is None or not change.touches(customer_id):
            return
        if change.everything:
            self.timeline.delegate.clear_cache()  # e.g. our people renamed: on every row
            self.show_customer(customer_id)
        else:
            self._refresh_header(later=True, change=change)
            if self._customer_id is not None and (change.entries or change.stage_changes):
                self.timeline_model.refresh(change)
            self.chart.on_change(change)
        if self._customer_id is None:
            self.customer_gone.emit()

    def select_item(self, key: tuple[str, int]) -> bool:
        """Scroll to and select a timeline row, e.g. ("entry", 12); False: not in it.

        A row far down is gone to once the rows above it are read in the background
        (`self.go_to`: progress after a moment, Cancel or Esc); True then means on its way.
        """
        return self.go_to.start(key, lambda: self.tabs.setCurrentWidget(self.timeline))

    def _refresh_header(self, later: bool = False, change: Change | None = None) -> None:
        """Read the header again; `later`: ask the rules in the background (after a change)."""
        if self._customer_id is None:
            self._stack.setCurrentIndex(0)
            return
        try:
            header = self._read_header(self._customer_id, change)
        except JournalError:
            self._customer_id = None
            self.timeline_model.set_customer(None)
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        self._fill(header, later, change is None or change.touches_details(self._customer_id))

    def _read_header(self, customer_id: int, change: Change | None) -> CustomerHeader:
        """The header; after a change, only what it may have changed is read again."""
        shown = self.heading.shown_header
        if change is None or change.tags or shown is None or shown.customer.id != customer_id:
            return self._journal.timeline.header(customer_id)
        return self._journal.timeline.header_again(shown, stages=bool(change.stage_changes))

    def _fill(self, header: CustomerHeader, later: bool = False, people: bool = True) -> None:
        """Show the header; `people`: read the people again (a change may have written them)."""
        self.heading.show_header(header)
        self._details.show_header(header)
        if people:
            try:
                self.people.show_people(self._journal.people.of(header.customer.id))
            except JournalError:
                self.people.show_people([])
        if later:  # the health as it was until the rules answer (in the background)
            self._insights.request()
            self.heading.write_facts()
        else:
            self._open_rules(header)

    def _open_rules(self, header: CustomerHeader) -> None:
        """Ask the rules about a customer opened: at once if cheap, else in the background.

        Meanwhile the page shows no one else's health (`PageRules.on_open`).
        """
        customer_id = header.customer.id
        try:
            answer = self._insights.on_open(customer_id, header.entry_count)
        except JournalError:
            self._rules_failed()
            return
        if answer is not None:
            self._rules_answered(customer_id, *answer)
            return
        if not self.heading.shows_health_of(customer_id):
            self.health.show_pending()
            self.attention.show_insight(None)
            self.heading.set_health(None, None)
        self.heading.write_facts()

    def _rules_answered(
        self, customer_id: int, insight: CustomerInsight, latest: CheckIn | None
    ) -> None:
        self.health.show_insight(insight, latest)
        self.attention.show_insight(insight, self.heading.name.text())
        self._show_health(customer_id, insight)
        self.heading.write_facts()

    def _rules_failed(self) -> None:
        self.attention.show_insight(None)
        self._show_health(self._customer_id, None)
        self.heading.write_facts()

    def _show_health(self, customer_id: int | None, insight: CustomerInsight | None) -> None:
        """Give the header its health line (written by its `write_facts`)."""
        if insight is None or customer_id is None:
            self.heading.set_health(None, None)
            return
        health = insight.health
        self.heading.set_health(customer_id, f"{health.score} · {band_label(health.band).lower()}")

    def shutdown(self) -> None:
        """Stop asking the rules in the background (the window is going)."""
        self._insights.shutdown()

    @property
    def busy(self) -> bool:
        """Whether the rules are being asked about the customer shown (tests wait on it)."""
        return self._insights.busy

    # --- user actions ------------------------------------------------------------------

    def _emit(self, signal: SignalInstance) -> None:
        if self._customer_id is not None:
            signal.emit(self._customer_id)

    def current_item(self) -> TimelineItem | None:
        """The selected timeline row."""
        return self.timeline_actions.current_item()
