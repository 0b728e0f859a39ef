"""Showing stored values in the user's locale and time zone."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from rapport.i18n import Words

FormattingText = Words("FormattingText")


def ensure_readable_locale() -> None:
    """Use British English formats when the system has no locale set (the bare "C" one).

    The C locale prints dates as "20 11 2026" and money as "14500.00EUR"; an unset
    locale is far more often a misconfigured machine than a wish for those.
    """
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(readable_system_locale())


def readable_system_locale() -> QLocale:
    """The computer's locale, or British English where it is the bare "C" one."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return system


def to_local(moment: datetime) -> QDateTime:
    """A stored UTC time as a local QDateTime."""
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return utc.toLocalTime()


def from_local(value: QDateTime) -> datetime:
    """A QDateTime typed by the user (local time) as an aware UTC datetime."""
    from datetime import UTC

    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def when(moment: datetime | None, with_time: bool = True) -> str:
    """A stored time, in local time and the locale's short format; blank when unknown."""
    if moment is None:
        return ""
    local = to_local(moment)
    fmt = QLocale.FormatType.ShortFormat
    if with_time:
        return QLocale().toString(local, fmt)
    return QLocale().toString(local.date(), fmt)


def day(value: date | None) -> str:
    """A calendar date in the locale's short format; blank when unknown."""
    if value is None:
        return ""
    return QLocale().toString(qdate(value), QLocale.FormatType.ShortFormat)


def long_when(moment: datetime) -> str:
    """A time for a timeline heading, e.g. "Tuesday 12 March 2026, 14:30"."""
    local = to_local(moment)
    locale = QLocale()
    return (
        f"{locale.toString(local.date(), QLocale.FormatType.LongFormat)}, "
        f"{locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
    )


def long_day(value: date) -> str:
    """A calendar date in the locale's long format, e.g. "Sunday 22 November 2026"."""
    return QLocale().toString(qdate(value), QLocale.FormatType.LongFormat)


def money(value: Decimal | None, currency: str) -> str:
    """An account value with its currency, in the locale's number format."""
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), currency_symbol(currency))


@cache
def currency_symbol(code: str) -> str:
    """The usual symbol for an ISO 4217 code (EUR → €), from Qt's locale data."""
    own = QLocale()
    if own.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return own.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return f"{code}\u00a0"


def days_ago(moment: datetime | None, now: datetime) -> str:
    """Say "today", "yesterday" or "12 days ago"; blank when unknown."""
    if moment is None:
        return ""
    days = (now.date() - moment.date()).days
    if days <= 0:
        return FormattingText.tr("today")
    if days == 1:
        return FormattingText.tr("yesterday")
    return FormattingText.tr("%n day(s) ago", "", days)


_WEEKDAY = re.compile(r"d{4}[,.]?\s*")
_LEADING_YEAR = re.compile(r"^y+[^dMy']*")
_YEAR = re.compile(r"[\s,./-]*(?:'[^']*'\s*)?y+(?:\s*'[^']*'\.?)?")


def date_pattern(abbreviated: bool = False, with_year: bool = True) -> str:
    """The locale's long date format without the weekday, e.g. "d MMMM yyyy", "d. MMMM yyyy".

    With `abbreviated`, the month is short ("1 Jan 2025"); without `with_year`, the
    year and its separators go too ("1 Jan", "Jan 1", "1. Jan.").
    """
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    fmt = _WEEKDAY.sub("", fmt).strip(" ,")
    if abbreviated:
        fmt = fmt.replace("MMMM", "MMM")
    if not with_year:
        fmt = _YEAR.sub("", _LEADING_YEAR.sub("", fmt)).strip(" ,/-")
    return fmt
