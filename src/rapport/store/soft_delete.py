"""Moving a row to the trash and back: one rule for customers, entries, stages, check-ins.

A deleted row keeps everything and gets a `deleted_at` time; restoring clears it.
Deleting a row already in the trash, or restoring one that is gone for good, is
refused in plain words.
"""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session

from rapport.store.clock import utcnow
from rapport.store.errors import Gone, RecordNotFoundError
from rapport.store.models import CheckIn, Customer, Entry, StageChange

Row = TypeVar("Row", Customer, Entry, StageChange, CheckIn)


def set_deleted(
    session: Session, table: type[Row], row_id: int, *, deleted: bool, what: Gone
) -> Row:
    """Trash (deleted=True) or restore a row; returns it. `what` names it in errors."""
    row = session.get(table, row_id)
    if row is None or (deleted and row.deleted_at is not None):
        raise RecordNotFoundError.gone(what)
    row.deleted_at = utcnow() if deleted else None
    session.add(row)
    return row
