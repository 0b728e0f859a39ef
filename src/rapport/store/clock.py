"""The store's notion of now: timezone-aware UTC, as every stored timestamp is."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)
