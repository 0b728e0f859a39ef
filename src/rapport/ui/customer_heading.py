"""The top of the customer page: name, subtitle, the facts row and the lifecycle strip.

It keeps the last header it was given, so it can write its facts again in the muted
colour of a new theme, or with the health line once the rules answer, without a query.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from rapport import formatting
from rapport.domain.entries import follow_up_overdue
from rapport.domain.lifecycle import describe_duration
from rapport.domain.people import RelationshipKind
from rapport.i18n import Words
from rapport.store.records import CustomerHeader
from rapport.ui.facts_row import FactsRow
from rapport.ui.lifecycle_strip import LifecycleStrip

CustomerPageText = Words("CustomerPageText")


class CustomerHeading(QWidget):
    """Who the customer is and where the relationship stands, at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.subtitle = QLabel()
        self.facts = FactsRow(self)
        self.strip = LifecycleStrip(self)
        for plain in (self.name, self.subtitle):
            plain.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
        self._shown: tuple[list[tuple[str, str]], CustomerHeader] | None = None
        self._health: tuple[int, str] | None = None  # (customer, the header's health line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.facts)
        layout.addSpacing(4)
        layout.addWidget(self.strip)

    @property
    def shown_header(self) -> CustomerHeader | None:
        """The header on show (what a change's re-read starts from), if any."""
        return self._shown[1] if self._shown is not None else None

    def show_header(self, header: CustomerHeader) -> None:
        """Show `header` (the health line stays until `set_health` says otherwise)."""
        customer = header.customer
        now = datetime.now(UTC)
        self.name.setText(customer.name)
        kind = customer.kind.label if customer.kind is not RelationshipKind.CUSTOMER else ""
        subtitle = " · ".join(p for p in (kind, customer.role, customer.organisation) if p)
        if customer.status.value != "active":
            subtitle = (
                f"{subtitle} · {customer.status.label}" if subtitle else customer.status.label
            )
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
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
        self._shown = (facts, header)
        visited = {change.stage for change in header.stage_history}
        self.strip.set_stage(header.stage, duration, visited)

    def set_health(self, customer_id: int | None, line: str | None) -> None:
        """Remember the health line of the header (written by `write_facts`)."""
        self._health = None if customer_id is None or line is None else (customer_id, line)

    def shows_health_of(self, customer_id: int) -> bool:
        """Whether the health line remembered is this customer's."""
        return self._health is not None and self._health[0] == customer_id

    def write_facts(self) -> None:
        """The facts, with the health line, in the palette's muted colour (no query)."""
        if self._shown is None:
            return
        facts, header = self._shown
        if self._health is not None and self._health[0] == header.customer.id:
            facts = [*facts[:1], (CustomerPageText.tr("Health"), self._health[1]), *facts[1:]]
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.facts.set_facts(facts, muted)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Write the facts again in colours that suit the new theme."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.write_facts()


def _follow_up_text(follow_up_on: date | None) -> str:
    """The header's next follow-up, saying so in words when it has passed."""
    if follow_up_on is None:
        return CustomerPageText.tr("none")
    text = formatting.day(follow_up_on)
    overdue = follow_up_overdue(follow_up_on, datetime.now(UTC).astimezone().date())
    return CustomerPageText.tr("{day} (overdue)").format(day=text) if overdue else text
