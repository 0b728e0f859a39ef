"""Chart words in the user's locale: dates and amounts as the owner reads them.

QtCore only (QLocale), so the screens and the printed report share it without either
depending on the other.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from rapport import formatting


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
