"""The customer page's Chart tab: the relationship over time, with a range selector.

The chart is drawn only while the tab is shown: switching customers or saving an
entry merely marks it out of date, and it is drawn again the next time it is seen
(or at once, when it is on screen). matplotlib is loaded on the first drawing. A
theme switch (a palette change) also marks it out of date: the figure takes its
colours from the palette.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport.domain.settings import RuleSettings
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.reports.chart_data import ChartRange, since_for
from rapport.store import Journal, JournalError
from rapport.store.records import Change
from rapport.ui.chart_look import colours_of, look_for
from rapport.ui.figure_host import FigureHost

log = logging.getLogger("rapport.ui.charts")
ChartViewText = Words("ChartViewText")

Clock = Callable[[], datetime]

#: What each range button does, for screen readers.
_SHOW = {
    ChartRange.THREE_MONTHS: QT_TRANSLATE_NOOP(
        "ChartViewText", "Show 3 months of this relationship"
    ),
    ChartRange.YEAR: QT_TRANSLATE_NOOP("ChartViewText", "Show a year of this relationship"),
    ChartRange.ALL: QT_TRANSLATE_NOOP("ChartViewText", "Show all of this relationship"),
}
#: The range inside the chart's summary sentence.
_SPAN = {
    ChartRange.THREE_MONTHS: QT_TRANSLATE_NOOP("ChartViewText", "3 months"),
    ChartRange.YEAR: QT_TRANSLATE_NOOP("ChartViewText", "a year"),
    ChartRange.ALL: QT_TRANSLATE_NOOP("ChartViewText", "all"),
}


class _Hint(QLabel):
    """A one-line hint that ends in "…" when the row leaves it too little room."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        self.setAccessibleName(text)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten (or restore) the text to the new width."""
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class ChartView(QWidget):
    """One customer's chart; emits the entry or stage change the user clicked."""

    entry_activated = Signal(int)
    stage_activated = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        clock: Clock | None = None,
        rules: Callable[[], RuleSettings] = RuleSettings,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self._journal = journal
        self._rules = rules
        self._drawn_in: tuple[str, str] | None = None  # the colours of the last drawing
        self._clock: Clock = clock or (lambda: datetime.now(UTC))
        self._customer_id: int | None = None
        self._stale = True
        self._pending = False
        self.chosen = ChartRange.YEAR
        self.render_count = 0
        self.host = FigureHost(ChartViewText.tr("Relationship chart"), self)
        self.host.mark_activated.connect(self._on_mark)
        self.host.resized.connect(self._redraw_now)
        self._buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(ChartViewText.tr("Show:")))
        for chosen in ChartRange:
            button = QPushButton(chosen.label, self)
            button.setCheckable(True)
            button.setChecked(chosen is self.chosen)
            button.setAccessibleName(translate(ChartViewText.context, _SHOW[chosen]))
            button.setProperty("range", chosen.value)
            button.clicked.connect(lambda _c=False, r=chosen: self.set_range(r))
            self._buttons.addButton(button)
            bar.addWidget(button)
        hint = _Hint(ChartViewText.tr("Point at a dot to see the entry; click to open it."), self)
        hint.setEnabled(False)
        hint.setToolTip(ChartViewText.tr("Clicking a dot opens the entry in the timeline."))
        # The hint takes the room that is left; it must never widen the customer page.
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(hint, 1)
        save = QPushButton(ChartViewText.tr("Save chart…"), self)
        save.setAccessibleName(ChartViewText.tr("Save this chart as a picture"))
        save.clicked.connect(self.host.save_chart)
        bar.addWidget(save)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.host, 1)

    # --- what is shown --------------------------------------------------------------------

    def set_customer(self, customer_id: int | None) -> None:
        """Show another customer's chart (drawn when the tab is next seen)."""
        self._customer_id = customer_id
        self._invalidate()

    def on_change(self, change: Change) -> None:
        """Redraw when the change touched the customer shown."""
        if self._customer_id is not None and change.touches(self._customer_id):
            self._invalidate()

    def set_range(self, chosen: ChartRange) -> None:
        """Show the last three months, a year, or the whole relationship."""
        self.chosen = chosen
        for button in self._buttons.buttons():
            button.setChecked(button.property("range") == chosen.value)
        self._invalidate()

    def _invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self._schedule()

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._draw_if_stale)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Draw again in the new colours after a theme switch."""
        super().changeEvent(event)
        drawn = self._drawn_in is not None and self._drawn_in != colours_of(self)
        if event.type() == QEvent.Type.PaletteChange and drawn:
            self._invalidate()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Draw on first sight, and after changes made while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self._schedule()

    def _draw_if_stale(self) -> None:
        self._pending = False
        if self._stale and self.isVisible():
            self.draw()

    def _redraw_now(self) -> None:
        if self.isVisible() and self._customer_id is not None:
            self.draw()

    def draw(self) -> None:
        """Query the customer's chart data and draw it now."""
        self._stale = False
        if self._customer_id is None:
            return
        started = time.perf_counter()
        now = self._clock()
        try:
            data = self._journal.charts.customer(
                self._customer_id, now, since_for(now, self.chosen), self._rules()
            )
        except JournalError as exc:
            log.info("no chart for customer %s: %s", self._customer_id, exc)
            return
        from rapport.reports.figures import customer_chart

        self._layout.activate()  # final sizes first: the figure places its text for them
        self._drawn_in = colours_of(self)
        chart = customer_chart(data, self.chosen, look_for(self), figure=self.host.figure())
        self.host.save_name = ChartViewText.tr("{name} – relationship chart").format(name=data.name)
        self.host.show_chart(chart, _summary(data.name, len(data.entries), self.chosen))
        self.render_count += 1
        log.debug("chart drawn in %.0f ms", (time.perf_counter() - started) * 1000)

    def _on_mark(self, key: tuple[str, int]) -> None:
        kind, ident = key
        if kind == "entry":
            self.entry_activated.emit(ident)
        elif kind == "stage":
            self.stage_activated.emit(ident)


def _summary(name: str, entries: int, chosen: ChartRange) -> str:
    """What a screen reader says about the chart."""
    return ChartViewText.tr(
        "Chart of {name}'s relationship, {span}: stages, health, "
        "the mood of each of %n entr(y|ies), and entries per month.",
        "",
        entries,
    ).format(name=name, span=translate(ChartViewText.context, _SPAN[chosen]))
