"""The customer page: header, lifecycle strip, attention bar, and tabs for the rest.

The tabs are the timeline, the relationship's health (score, risks, check-ins) and
the details. The attention bar shows risks and stage suggestions above them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport import formatting
from rapport.domain.checkins import CheckIn
from rapport.domain.entries import follow_up_overdue
from rapport.domain.lifecycle import describe_duration
from rapport.domain.settings import RuleSettings
from rapport.domain.today import CustomerInsight
from rapport.i18n import Words
from rapport.store import Journal, JournalError
from rapport.store.records import Change, CustomerHeader, TimelineItem
from rapport.ui.attention_bar import AttentionBar
from rapport.ui.chart_tab import ChartTab
from rapport.ui.facts_row import FactsRow
from rapport.ui.health_panel import HealthPanel, band_label
from rapport.ui.lifecycle_strip import LifecycleStrip
from rapport.ui.models.timeline import TimelineModel
from rapport.ui.page_rules import PageRules
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
        self._shown: tuple[list[tuple[str, str]], CustomerHeader] | None = None
        self._health: tuple[int, str] | None = None  # (customer, the header's health line)
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
        self._name = QLabel()
        self._name.setObjectName("customerName")
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._name.setFont(font)
        self._subtitle = QLabel()
        self._facts = FactsRow(page)
        self._strip = LifecycleStrip(page)
        for plain in (self._name, self._subtitle):
            plain.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup

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

        self.timeline_model = TimelineModel(self._journal, self)
        self.timeline = TimelineView(page)
        self.timeline.setModel(self.timeline_model)
        self.timeline.activated.connect(self._on_activated)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._context_menu)
        delete = QAction(CustomerPageText.tr("Delete"), self.timeline)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.timeline.addAction(delete)
        done = QAction(CustomerPageText.tr("Mark follow-up done"), self.timeline)
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        done.triggered.connect(self._toggle_follow_up)
        self.timeline.addAction(done)
        self.attention = AttentionBar(page)
        self.health = HealthPanel(page)

        self._details = QLabel()
        self._details.setObjectName("customerDetails")
        self._details.setWordWrap(True)
        self._details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._details.setOpenExternalLinks(False)
        self._details.setMargin(12)
        self.tabs = QTabWidget(page)
        self.tabs.setAccessibleName(CustomerPageText.tr("Customer sections"))
        self.chart = ChartTab(self._journal, page, self._rules)
        self.chart.entry_activated.connect(lambda i: self.select_item(("entry", i)))
        self.chart.stage_activated.connect(lambda i: self.select_item(("stage", i)))
        self.tabs.addTab(self.timeline, CustomerPageText.tr("&Timeline"))
        self.tabs.addTab(self.health, CustomerPageText.tr("&Health"))
        self.tabs.addTab(self.chart, CustomerPageText.tr("Ch&art"))
        self.tabs.addTab(self._details, CustomerPageText.tr("&Details"))
        self.attention.details_requested.connect(lambda: self.tabs.setCurrentWidget(self.health))

        layout = QVBoxLayout(page)
        layout.addWidget(self._name)
        layout.addWidget(self._subtitle)
        layout.addWidget(self._facts)
        layout.addSpacing(4)
        layout.addWidget(self._strip)
        layout.addLayout(buttons)
        layout.addWidget(self.attention)
        layout.addWidget(self.tabs, 1)
        return page

    # --- what is shown ------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        """The customer shown, if any."""
        return self._customer_id

    def show_customer(self, customer_id: int | None) -> None:
        """Show a customer's page (None: the empty state)."""
        self._customer_id = customer_id
        self.timeline.delegate.clear_cache()
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
            self.show_customer(customer_id)
        else:
            self._refresh_header(later=True, change=change)
            if self._customer_id is not None and (change.entries or change.stage_changes):
                self.timeline_model.refresh(change)
            self.chart.on_change(change)
        if self._customer_id is None:
            self.customer_gone.emit()

    def select_item(self, key: tuple[str, int]) -> bool:
        """Scroll to and select a timeline row, e.g. ("entry", 12)."""
        row = self.timeline_model.find(key)
        if row is None:
            return False
        index = self.timeline_model.index(row)
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.setCurrentIndex(index)
        self.timeline.scrollTo(index)
        return True

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
        self._fill(header, later)

    def _read_header(self, customer_id: int, change: Change | None) -> CustomerHeader:
        """The header; after a change, only what it may have changed is read again."""
        shown = self._shown[1] if self._shown is not None else None
        if change is None or change.tags or shown is None or shown.customer.id != customer_id:
            return self._journal.timeline.header(customer_id)
        return self._journal.timeline.header_again(shown, stages=bool(change.stage_changes))

    def _fill(self, header: CustomerHeader, later: bool = False) -> None:
        customer = header.customer
        now = datetime.now(UTC)
        self._name.setText(customer.name)
        subtitle = " · ".join(p for p in (customer.role, customer.organisation) if p)
        if customer.status.value != "active":
            subtitle = (
                f"{subtitle} · {customer.status.label}" if subtitle else customer.status.label
            )
        self._subtitle.setText(subtitle)
        self._subtitle.setVisible(bool(subtitle))
        duration = ""
        if header.stage is not None and header.stage_since is not None:
            duration = describe_duration((now - header.stage_since).days)
        last = CustomerPageText.tr("none yet")
        if header.last_contact is not None:
            last = (
                f"{formatting.when(header.last_contact, False)}"
                f" ({formatting.days_ago(header.last_contact, now)})"
            )
        # The stage is not repeated here: the strip below shows it, and for how long.
        facts = [
            (CustomerPageText.tr("Level"), customer.level.label),
            (CustomerPageText.tr("Last contact"), last),
            (CustomerPageText.tr("Next follow-up"), _follow_up_text(header.next_follow_up)),
        ]
        if customer.account_value is not None:
            value = formatting.money(customer.account_value, customer.currency)
            facts.append((CustomerPageText.tr("Account value"), value))
        if later:  # the health as it was until the rules answer (in the background)
            self._insights.request()
        else:
            self._show_health(customer.id, self._insight(customer.id))
        self._shown = (facts, header)
        self._write_facts()
        visited = {change.stage for change in header.stage_history}
        self._strip.set_stage(header.stage, duration, visited)

    def _insight(self, customer_id: int) -> CustomerInsight | None:
        """Ask the rules about this customer and fill the Health tab and the attention bar."""
        try:
            insight = self._journal.facts.insight(
                customer_id, datetime.now().astimezone(), self._rules()
            )
            latest = self._journal.checkins.latest(customer_id)
        except JournalError:
            self.attention.show_insight(None)
            return None
        self.health.show_insight(insight, latest)
        self.attention.show_insight(insight, self._name.text())
        return insight

    def _rules_answered(
        self, customer_id: int, insight: CustomerInsight, latest: CheckIn | None
    ) -> None:
        self.health.show_insight(insight, latest)
        self.attention.show_insight(insight, self._name.text())
        self._show_health(customer_id, insight)
        self._write_facts()

    def _rules_failed(self) -> None:
        self.attention.show_insight(None)
        self._show_health(self._customer_id, None)
        self._write_facts()

    def _show_health(self, customer_id: int | None, insight: CustomerInsight | None) -> None:
        """Remember the health line of the header (written by `_write_facts`)."""
        if insight is None or customer_id is None:
            self._health = None
            return
        health = insight.health
        self._health = (customer_id, f"{health.score} · {band_label(health.band).lower()}")

    def shutdown(self) -> None:
        """Stop asking the rules in the background (the window is going)."""
        self._insights.shutdown()

    @property
    def busy(self) -> bool:
        """Whether the rules are being asked about the customer shown (tests wait on it)."""
        return self._insights.busy

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Write the header again in colours that suit the new theme."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._write_facts()

    def _write_facts(self) -> None:
        """The header's facts and the Details tab, in the palette's muted colour (no query)."""
        if self._shown is None:
            return
        facts, header = self._shown
        if self._health is not None and self._health[0] == header.customer.id:
            facts = [*facts[:1], (CustomerPageText.tr("Health"), self._health[1]), *facts[1:]]
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self._facts.set_facts(facts, muted)
        self._details.setText(_details_html(header, muted))

    # --- user actions ------------------------------------------------------------------

    def _emit(self, signal: SignalInstance) -> None:
        if self._customer_id is not None:
            signal.emit(self._customer_id)

    def current_item(self) -> TimelineItem | None:
        """The selected timeline row."""
        index = self.timeline.currentIndex()
        return self.timeline_model.item(index.row()) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        item = self.timeline_model.item(index.row())
        if item.entry is not None:
            self.edit_entry_requested.emit(item.entry.id)

    def _toggle_follow_up(self) -> None:
        item = self.current_item()
        entry = item.entry if item is not None else None
        if entry is not None and entry.follow_up_on is not None:
            self.follow_up_done_requested.emit(entry.id, not entry.follow_up_done)

    def _delete_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.delete_item_requested.emit(item)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.timeline.indexAt(pos)
        if not index.isValid():
            return
        item = self.timeline_model.item(index.row())
        menu = QMenu(self)
        if item.entry is not None:
            entry_id = item.entry.id
            menu.addAction(
                CustomerPageText.tr("Edit entry…"), lambda: self.edit_entry_requested.emit(entry_id)
            )
            if item.entry.follow_up_on is not None:
                done = not item.entry.follow_up_done
                label = (
                    CustomerPageText.tr("Mark follow-up done")
                    if done
                    else CustomerPageText.tr("Reopen follow-up")
                )
                menu.addAction(label, lambda: self.follow_up_done_requested.emit(entry_id, done))
            menu.addAction(
                CustomerPageText.tr("Delete entry"), lambda: self.delete_item_requested.emit(item)
            )
        else:
            menu.addAction(
                CustomerPageText.tr("Delete stage change"),
                lambda: self.delete_item_requested.emit(item),
            )
        menu.exec(self.timeline.viewport().mapToGlobal(pos))


def _follow_up_text(follow_up_on: date | None) -> str:
    """The header's next follow-up, saying so in words when it has passed."""
    if follow_up_on is None:
        return CustomerPageText.tr("none")
    text = formatting.day(follow_up_on)
    overdue = follow_up_overdue(follow_up_on, datetime.now(UTC).astimezone().date())
    return CustomerPageText.tr("{day} (overdue)").format(day=text) if overdue else text


def _details_html(header: CustomerHeader, muted: str) -> str:
    """The Details tab: every field the owner filled in, escaped."""
    c = header.customer
    cadence = (
        CustomerPageText.tr("%n day(s)", "", c.cadence_days)
        if c.cadence_days
        else CustomerPageText.tr("default")
    )
    rows = [
        (CustomerPageText.tr("Organisation"), c.organisation),
        (CustomerPageText.tr("Role"), c.role),
        (CustomerPageText.tr("Email"), c.email),
        (CustomerPageText.tr("Phone"), c.phone),
        (CustomerPageText.tr("Address"), c.address),
        (CustomerPageText.tr("Website"), c.website),
        (CustomerPageText.tr("Tags"), ", ".join(c.tags)),
        (CustomerPageText.tr("Relationship level"), f"{c.level.label} — {c.level.meaning}"),
        (CustomerPageText.tr("Account value"), formatting.money(c.account_value, c.currency)),
        (CustomerPageText.tr("Keep in touch every"), cadence),
        (CustomerPageText.tr("Status"), c.status.label),
        (CustomerPageText.tr("Entries"), str(header.entry_count)),
    ]
    body = "".join(
        f"<tr><td style='padding-right:16px; color:{muted}'>{escape(k)}</td>"
        f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows
        if v
    )
    about = ""
    if c.about:
        heading = escape(CustomerPageText.tr("About"))
        about = f"<h3>{heading}</h3><p>{escape(c.about).replace(chr(10), '<br>')}</p>"
    history = "".join(
        f"<li>{escape(formatting.when(h.occurred_at, False))}: {escape(h.stage.label)}"
        + (f" — {escape(h.reason)}" if h.reason else "")
        + "</li>"
        for h in reversed(header.stage_history)
    )
    stages = escape(CustomerPageText.tr("Stage history"))
    return f"<table>{body}</table>{about}<h3>{stages}</h3><ul>{history}</ul>"
