"""The Portfolio window: the whole book at a glance (View → Portfolio).

A window of its own, so the owner can keep it beside the customer page. It draws
when shown and again after changes to the journal while it is open; clicking a
customer's dot asks the main window to open that customer. A theme switch or a new
size draws the same book again.

Reading the whole book takes seconds on a big journal and drawing it over a second
more, so both happen off the UI thread (the loader Today uses, a session of its own):
the worker draws the chart into a figure of the window's size with Agg, and the UI
thread only copies its pixels to the screen ("Working…" shows meanwhile). Changes
that come in a burst are read once: a save costs the window nothing while the
Portfolio catches up. A new size or theme draws the last book again, also off the UI
thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from typing_extensions import override

from rapport import APP_NAME
from rapport.domain.settings import RuleSettings
from rapport.domain.today import Cancelled
from rapport.i18n import Words
from rapport.reports.marks import Chart
from rapport.reports.style import ChartLook
from rapport.store import Journal, JournalError
from rapport.store.charts import BookChartData
from rapport.store.records import Change
from rapport.ui import window_fit
from rapport.ui.chart_look import colours_of, look_for
from rapport.ui.figure_host import FigureHost
from rapport.ui.today_loader import TodayLoader

#: Changes within this time of the first are read as one.
COALESCE_MS = 250

log = logging.getLogger("rapport.ui.charts")
PortfolioViewText = Words("PortfolioViewText")


class _Order:
    """What the worker draws: in which look and size, and the book to draw again (if any)."""

    def __init__(self, look: ChartLook, size: tuple[float, float], dpi: float) -> None:
        self.look, self.size, self.dpi = look, size, dpi
        self.book: BookChartData | None = None  # None: read the book afresh


def draw_book(
    journal: Journal, now: datetime, rules: RuleSettings, stop: Callable[[], bool], order: _Order
) -> tuple[BookChartData, Chart]:
    """Read the book (unless given) and draw it to pixels with Agg: a worker's job."""
    from matplotlib.figure import Figure

    from rapport.reports import figures

    book = order.book if order.book is not None else journal.charts.book(now, rules, stop)
    if stop():
        raise Cancelled
    figure = Figure(figsize=order.size, dpi=order.dpi)
    chart = figures.portfolio_chart(book, order.look, figure=figure)
    if stop():
        raise Cancelled
    return book, figures.render(chart)


class PortfolioView(QWidget):
    """Customers per stage, value against health, contacts and conflicts over the year."""

    customer_activated = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
        rules: Callable[[], RuleSettings] = RuleSettings,
        changes: SignalInstance | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("portfolioView")
        self._rules = rules
        self._drawn_in: tuple[str, str] | None = None  # the colours of the last drawing
        self.setWindowTitle(PortfolioViewText.tr("Portfolio — {app}").format(app=APP_NAME))
        self._journal = journal
        self._clock = clock or (lambda: datetime.now(UTC))
        self._stale = True
        self._book: BookChartData | None = None  # the last book read, drawn again on resize
        self.render_count = 0
        self.paint_ms = 0.0  # how long the last drawing held the UI thread (the benchmark's)
        self._order = _Order(look_for(self), (11.0, 7.0), 100.0)  # set afresh at each request
        self._needs_read = True  # the book must be read (not only drawn again)
        self.loader = TodayLoader(
            journal,
            self._clock,
            self,
            rules,
            work=lambda j, now, r, stop: draw_book(j, now, r, stop, self._order),
        )
        self.loader.ready.connect(self._show_book)
        self.loader.failed.connect(self._failed)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._read_if_stale)
        self.host = FigureHost(
            PortfolioViewText.tr("Portfolio chart of every active relationship"), self
        )
        self.host.save_name = PortfolioViewText.tr("Portfolio")
        self.host.mark_activated.connect(self._on_mark)
        self.host.resized.connect(self._redraw_now)
        hint = QLabel(
            PortfolioViewText.tr(
                "Point at a dot to see who it is; click it to open that relationship."
            )
        )
        hint.setEnabled(False)
        self.working = QLabel(PortfolioViewText.tr("Working…"), self)
        self.working.setAccessibleName(PortfolioViewText.tr("The portfolio is being drawn"))
        self.working.hide()
        save = QPushButton(PortfolioViewText.tr("Save chart…"), self)
        save.setAccessibleName(PortfolioViewText.tr("Save the portfolio chart as a picture"))
        save.clicked.connect(self.host.save_chart)
        bar = QHBoxLayout()
        bar.addWidget(hint)
        bar.addStretch(1)
        bar.addWidget(self.working)
        bar.addWidget(save)
        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.host, 1)
        window_fit.open_at(self, 1180, 760)
        if changes is not None:  # the journal's change notices (JournalBridge.changed)
            changes.connect(self.on_change)

    @property
    def busy(self) -> bool:
        """Whether the book is being read again (or soon will be)."""
        return self._coalesce.isActive() or self.loader.busy

    def on_change(self, change: Change) -> None:
        """Any change may move the book's picture: read it again soon if open, else when shown.

        Changes that come in a burst (an entry saved, its follow-up ticked) are read once.
        """
        del change
        self._stale = True
        if self.isVisible() and not self._coalesce.isActive():
            self._coalesce.start()

    def shutdown(self) -> None:
        """Stop reading in the background (the window is going)."""
        self._coalesce.stop()
        self.loader.shutdown()

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Draw again in the new colours after a theme switch."""
        super().changeEvent(event)
        drawn = self._drawn_in is not None and self._drawn_in != colours_of(self)
        if event.type() == QEvent.Type.PaletteChange and drawn:
            self._redraw_now()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Draw when the window opens (after changes made while it was closed)."""
        super().showEvent(event)
        if self._stale:
            self.working.show()
            QTimer.singleShot(0, self._read_if_stale)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        """Closing the window is the Portfolio's Cancel: a read under way stops, for later."""
        super().hideEvent(event)
        if self.loader.busy:
            self._coalesce.stop()
            self.loader.cancel()
            self._stale = True

    def _read_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self._stale = False
            self._needs_read = True
            self._request()

    def _request(self) -> None:
        """Ask the worker for a drawing at the window's size and colours ("Working…" meanwhile)."""
        self._layout.activate()  # final sizes first: the figure places its text for them
        # the host's size, as `FigureHost.figure()` takes it, without touching matplotlib
        # here: its first import alone holds the UI thread for a second (the worker does it)
        size, ratio = self.host.size(), self.host.devicePixelRatioF() or 1.0
        inches = (max(size.width(), 51) / 100, max(size.height(), 51) / 100)
        order = _Order(look_for(self), inches, 100.0 * ratio)
        order.book = None if self._needs_read else self._book
        self._order = order
        self._drawn_in = colours_of(self)
        self.working.show()
        self.loader.request()

    def _failed(self, error: Exception) -> None:
        """A book that could not be read: the last picture stays, the reason is logged."""
        self.working.setVisible(self.loader.busy)
        if not isinstance(error, JournalError):
            raise error
        log.warning("the portfolio could not be read: %s", error)

    def _show_book(self, _now: datetime, drawn: tuple[BookChartData, Chart]) -> None:
        self.working.setVisible(self.loader.busy)
        book, chart = drawn
        if book is not self._book:
            self._needs_read = False
        self._book = book
        if self.isVisible():
            self._show(book, chart)
        else:
            self._stale = True  # closed meanwhile: read afresh when shown again

    def _redraw_now(self) -> None:
        """Draw the last book again (a new size or theme), off the UI thread."""
        if self.isVisible() and self._book is not None:
            self._request()

    def draw(self) -> None:
        """Read the book and draw the portfolio now (on this thread)."""
        self._stale = False
        self._paint(self._journal.charts.book(self._clock(), self._rules()))

    def _summary(self, data: BookChartData) -> str:
        return PortfolioViewText.tr(
            "Portfolio of %n active customer(s): stages and time in them, "
            "account value against health, contacts per week, conflicts per month.",
            "",
            len(data.customers),
        )

    def _paint(self, data: BookChartData) -> None:
        """Draw a book read before, in the window's colours and size (on the UI thread)."""
        started = time.perf_counter()
        self._book = data
        from rapport.reports.figures import portfolio_chart

        self._layout.activate()  # final sizes first: the figure places its text for them
        self._drawn_in = colours_of(self)
        chart = portfolio_chart(data, look_for(self), figure=self.host.figure())
        self.host.show_chart(chart, self._summary(data))
        self.render_count += 1
        self.paint_ms = (time.perf_counter() - started) * 1000

    def _show(self, data: BookChartData, chart: Chart) -> None:
        """Show a chart the worker drew: only its pixels are copied on the UI thread."""
        started = time.perf_counter()
        self.host.adopt(chart, self._summary(data))
        self.render_count += 1
        self.paint_ms = (time.perf_counter() - started) * 1000

    def _on_mark(self, key: tuple[str, int]) -> None:
        if key[0] == "customer":
            self.customer_activated.emit(key[1])
