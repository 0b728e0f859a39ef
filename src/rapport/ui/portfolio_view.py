"""The Portfolio window: the whole book at a glance (View → Portfolio).

A window of its own, so the owner can keep it beside the customer page. It draws
when shown and again after any change to the journal while it is open; clicking a
customer's dot asks the main window to open that customer. A theme switch draws it
again in the new colours.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from rapport import APP_NAME
from rapport.domain.settings import RuleSettings
from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.records import Change
from rapport.ui import window_fit
from rapport.ui.chart_look import colours_of, look_for
from rapport.ui.figure_host import FigureHost

log = logging.getLogger("rapport.ui.charts")
PortfolioViewText = Words("PortfolioViewText")


class PortfolioView(QWidget):
    """Customers per stage, value against health, contacts and conflicts over the year."""

    customer_activated = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
        rules: Callable[[], RuleSettings] = RuleSettings,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("portfolioView")
        self._rules = rules
        self._drawn_in: tuple[str, str] | None = None  # the colours of the last drawing
        self.setWindowTitle(PortfolioViewText.tr("Portfolio — {app}").format(app=APP_NAME))
        self._journal = journal
        self._clock = clock or (lambda: datetime.now(UTC))
        self._stale = True
        self.render_count = 0
        self.host = FigureHost(
            PortfolioViewText.tr("Portfolio chart of every active customer"), self
        )
        self.host.save_name = PortfolioViewText.tr("Portfolio")
        self.host.mark_activated.connect(self._on_mark)
        self.host.resized.connect(self._redraw_now)
        hint = QLabel(
            PortfolioViewText.tr("Point at a dot to see who it is; click it to open that customer.")
        )
        hint.setEnabled(False)
        save = QPushButton(PortfolioViewText.tr("Save chart…"), self)
        save.setAccessibleName(PortfolioViewText.tr("Save the portfolio chart as a picture"))
        save.clicked.connect(self.host.save_chart)
        bar = QHBoxLayout()
        bar.addWidget(hint)
        bar.addStretch(1)
        bar.addWidget(save)
        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.host, 1)
        window_fit.open_at(self, 1180, 760)

    def on_change(self, change: Change) -> None:
        """Any change may move the book's picture: redraw if open, else when next shown."""
        del change
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self._draw_if_stale)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Draw again in the new colours after a theme switch."""
        super().changeEvent(event)
        drawn = self._drawn_in is not None and self._drawn_in != colours_of(self)
        if event.type() == QEvent.Type.PaletteChange and drawn:
            self.on_change(Change(everything=True))

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Draw when the window opens (after changes made while it was closed)."""
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._draw_if_stale)

    def _draw_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.draw()

    def _redraw_now(self) -> None:
        if self.isVisible():
            self.draw()

    def draw(self) -> None:
        """Read the book and draw the portfolio now."""
        self._stale = False
        data = self._journal.charts.book(self._clock(), self._rules())
        from rapport.reports.figures import portfolio_chart

        self._layout.activate()  # final sizes first: the figure places its text for them
        self._drawn_in = colours_of(self)
        chart = portfolio_chart(data, look_for(self), figure=self.host.figure())
        self.host.show_chart(
            chart,
            PortfolioViewText.tr(
                "Portfolio of %n active customer(s): stages and time in them, "
                "account value against health, contacts per week, conflicts per month.",
                "",
                len(data.customers),
            ),
        )
        self.render_count += 1

    def _on_mark(self, key: tuple[str, int]) -> None:
        if key[0] == "customer":
            self.customer_activated.emit(key[1])
