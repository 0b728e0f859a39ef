"""The Chart tab's stand-in: it makes the real chart view the first time the tab is shown.

Start-up then pays for neither the chart view nor the modules behind it (the chart
queries and the figure code); matplotlib itself loads later still, on the first
drawing. Until then, a customer switch is only remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from typing_extensions import override

from rapport.domain.settings import RuleSettings
from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.records import Change

if TYPE_CHECKING:
    from rapport.ui.chart_view import ChartView

ChartTabText = Words("ChartTabText")


class ChartTab(QWidget):
    """Holds the customer's ChartView once it exists; forwards what it is told."""

    entry_activated = Signal(int)
    stage_activated = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        rules: Callable[[], RuleSettings] = RuleSettings,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(ChartTabText.tr("Chart of the relationship"))
        self._journal = journal
        self._rules = rules
        self._customer_id: int | None = None
        self.view: ChartView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_customer(self, customer_id: int | None) -> None:
        """Show another customer's chart (remembered until the tab is first shown)."""
        self._customer_id = customer_id
        if self.view is not None:
            self.view.set_customer(customer_id)

    def on_change(self, change: Change) -> None:
        """Pass a change on; before the first showing there is nothing to refresh."""
        if self.view is not None:
            self.view.on_change(change)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Make the chart view on first sight."""
        if self.view is None:
            from rapport.ui.chart_view import ChartView

            self.view = ChartView(self._journal, self, rules=self._rules)
            self.view.entry_activated.connect(self.entry_activated)
            self.view.stage_activated.connect(self.stage_activated)
            self.view.set_customer(self._customer_id)
            self._layout.addWidget(self.view)
            self._layout.activate()  # give it its final size before it first draws
            self.view.show()  # a child added to a shown parent stays hidden unless told
        super().showEvent(event)
