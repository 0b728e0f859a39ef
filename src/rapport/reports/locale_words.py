"""Chart words in the user's locale: dates and amounts as the owner reads them.

QtCore only (QLocale), so the screens and the printed report share it without either
depending on the other. Month and weekday names, the order of day, month and year,
and the separators all come from the default QLocale: a German owner reads
"3. Mai 2026" where an English one reads "3 May 2026".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from rapport import formatting
from rapport.formatting import date_pattern


class LocaleWords:
    """Dates, amounts and numbers in the user's locale (month names, order, signs)."""

    def __init__(self) -> None:
        self._locale = QLocale()
        self._day = date_pattern(abbreviated=True, with_year=False)
        self._full_day = date_pattern(abbreviated=True)

    def day(self, value: date) -> str:
        """E.g. "12 Mar" (or "Mar 12", "12. März" where that is the custom)."""
        return self._locale.toString(formatting.qdate(value), self._day)

    def full_day(self, value: date) -> str:
        """The locale's medium date, e.g. "12 Mar 2026"."""
        return self._locale.toString(formatting.qdate(value), self._full_day)

    def month(self, value: date) -> str:
        """E.g. "Mar 2026" (the month's stand-alone short name)."""
        name = self._locale.standaloneMonthName(value.month, QLocale.FormatType.ShortFormat)
        return f"{name} {value.year}"

    def year(self, value: date) -> str:
        """E.g. "2026"."""
        return str(value.year)

    def money(self, value: float, currency: str) -> str:
        """An amount in whole units with the currency's symbol, e.g. "€14,000"."""
        symbol = formatting.currency_symbol(currency)
        return self._locale.toCurrencyString(float(round(value)), symbol, 0)

    def number(self, value: float, decimals: int) -> str:
        """A number with a fixed count of decimals, e.g. "3.5" ("3,5" in German)."""
        return self._locale.toString(float(value), "f", decimals)
