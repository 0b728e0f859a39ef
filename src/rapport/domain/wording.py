"""Small helpers that put numbers and dates into the words the rules' sentences use.

Dates are shown in the owner's time zone (that of the `now` the rules were given),
so an entry written late in the evening is not reported as the next day.
"""

from __future__ import annotations

from datetime import datetime


def signed(points: float) -> str:
    """Points with their sign — "+3", "−12" or "0" — using a true minus sign."""
    if points > 0:
        return f"+{points:g}"
    if points < 0:
        return f"−{-points:g}"
    return "0"


def count(n: int, one: str, many: str | None = None) -> str:
    """A number with its noun: "1 favour", "3 favours", "2 rated entries"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def day(moment: datetime, like: datetime | None = None) -> str:
    """A day such as "3 May 2026", in the time zone of `like` when given."""
    local = moment.astimezone(like.tzinfo) if like is not None else moment
    return f"{local.day} {local:%b %Y}"


def days_between(earlier: datetime, later: datetime) -> int:
    """Calendar days from `earlier` to `later`, counted in `later`'s time zone."""
    return (later.date() - earlier.astimezone(later.tzinfo).date()).days


def window(days: int) -> str:
    """A window in words: "in the last 12 months", "in the last 4 months", "in the last 90 days"."""
    if days == 365:
        return "in the last 12 months"
    if days % 365 == 0:
        return f"in the last {days // 365} years"
    if days % 30 == 0:
        return f"in the last {days // 30} months"
    return f"in the last {days} days"
