"""Small helpers that put numbers and dates into the words the rules' sentences use.

Dates are shown in the owner's time zone (that of the `now` the rules were given),
so an entry written late in the evening is not reported as the next day. Dates and
numbers take the formats `rapport.i18n` has installed (the owner's locale in the app).
"""

from __future__ import annotations

from datetime import datetime

from rapport.i18n import Words, formats, kept

WordingText = Words("WordingText")


def signed(points: float) -> str:
    """Points with their sign — "+3", "−12", "+0.5" or "0" — using a true minus sign."""
    if points == 0:
        return "0"
    plain = f"{abs(points):g}"
    if "e" not in plain:
        plain = formats().number(abs(points), len(plain.partition(".")[2]))
    return f"+{plain}" if points > 0 else f"−{plain}"


def count(n: int, one: str, many: str | None = None) -> str:
    """A number with its English noun: "1 favour", "3 favours", "2 rated entries".

    English only, for the command line; words shown in the app use ``Words.tr`` with
    ``%n`` so each language can say its own plural.
    """
    return f"{n} {one if n == 1 else (many or one + 's')}"


def day(moment: datetime, like: datetime | None = None) -> str:
    """A day such as "3 May 2026", in the time zone of `like` when given."""
    local = (moment.astimezone(like.tzinfo) if like is not None else moment).date()
    return kept(("day", local), lambda: formats().day(local))


def days_between(earlier: datetime, later: datetime) -> int:
    """Calendar days from `earlier` to `later`, counted in `later`'s time zone."""
    return (later.date() - earlier.astimezone(later.tzinfo).date()).days


def window(days: int) -> str:
    """A window in words: "in the last 12 months", "in the last 4 months", "in the last 90 days"."""
    return kept(("window", days), lambda: _window(days))


def _window(days: int) -> str:
    if days == 365:
        return WordingText.tr("in the last %n month(s)", "", 12)
    if days % 365 == 0:
        return WordingText.tr("in the last %n year(s)", "", days // 365)
    if days % 30 == 0:
        return WordingText.tr("in the last %n month(s)", "", days // 30)
    return WordingText.tr("in the last %n day(s)", "", days)
