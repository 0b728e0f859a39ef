"""The charts' look on screen: the window's own colours, font size and locale words.

No matplotlib here (this module is imported with the screens at start-up); it only
turns Qt's palette, font and locale into the plain `ChartLook` the figures take.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from rapport.reports.style import ChartLook, palette_for
from rapport.ui import formatting


class LocaleWords:
    """Dates and amounts in the user's locale (month names, order, currency signs)."""

    def __init__(self) -> None:
        self._locale = QLocale()
        short = self._locale.dateFormat(QLocale.FormatType.ShortFormat).lower()
        self._month_first = short.startswith("m")  # as in the United States

    def day(self, value: date) -> str:
        """E.g. "12 Mar" (or "Mar 12" where that is the custom)."""
        pattern = "MMM d" if self._month_first else "d MMM"
        return self._locale.toString(formatting.qdate(value), pattern)

    def full_day(self, value: date) -> str:
        """The locale's medium date, e.g. "12 Mar 2026"."""
        pattern = "MMM d, yyyy" if self._month_first else "d MMM yyyy"
        return self._locale.toString(formatting.qdate(value), pattern)

    def month(self, value: date) -> str:
        """E.g. "Mar 2026"."""
        return self._locale.toString(formatting.qdate(value), "MMM yyyy")

    def year(self, value: date) -> str:
        """E.g. "2026"."""
        return str(value.year)

    def money(self, value: float, currency: str) -> str:
        """An amount in whole units with the currency's symbol, e.g. "€14,000"."""
        symbol = formatting.currency_symbol(currency)
        return self._locale.toCurrencyString(float(round(value)), symbol, 0)


def colours_of(widget: QWidget) -> tuple[str, str]:
    """The background and text colours a chart of this widget is drawn in.

    Views compare these before and after a palette change and draw again only when
    they differ (Qt also sends palette changes when a widget is merely re-parented).
    """
    palette = widget.palette()
    return (
        palette.color(QPalette.ColorRole.Base).name(),
        palette.color(QPalette.ColorRole.Text).name(),
    )


def look_for(widget: QWidget) -> ChartLook:
    """The chart look that matches a widget: its background, text colour and font size."""
    palette = widget.palette()
    background = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    size = widget.font().pointSizeF()
    return ChartLook(palette_for(background, text), LocaleWords(), max(8.0, min(size, 11.0)))
