"""Moving a row to the trash and back: one rule for customers, entries, stages, check-ins.

A deleted row keeps everything and gets a `deleted_at` time; restoring clears it.
Deleting a row already in the trash, or restoring one that is gone for good, is
refused in plain words.

An undo of a delete passes the version the row had in the trash (`trash`): a row
changed since (brought back, edited and deleted again elsewhere) still comes back, as
it was saved last, and the undo says so; a row already brought back elsewhere is left
as it is, and the undo says that. Either way nothing saved elsewhere is overwritten.
"""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session

from rapport.i18n import Words
from rapport.store.clock import utcnow
from rapport.store.errors import Gone, RecordNotFoundError
from rapport.store.models import CheckIn, Customer, Entry, StageChange

StoreSoftDeleteText = Words("StoreSoftDeleteText")
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


def trash(session: Session, table: type[Row], row_id: int, what: Gone) -> int:
    """Move a row to the trash; the version it has there (for `restore`)."""
    row = set_deleted(session, table, row_id, deleted=True, what=what)
    session.flush()  # the flush adds one to the version
    return row.version


def restore(
    session: Session, table: type[Row], row_id: int, what: Gone, deleted_version: int | None
) -> str:
    """Bring a row back; what the owner should hear about it ("" when nothing).

    `deleted_version` is the version `trash` returned to an undo; None (the Trash
    view) restores whatever is in the trash, silently.
    """
    row = session.get(table, row_id)
    if row is None:
        raise RecordNotFoundError.gone(what)
    if row.deleted_at is None:
        if deleted_version is None:
            return ""
        return StoreSoftDeleteText.tr(
            "It had already been brought back elsewhere, and perhaps changed there; "
            "it was left as it is."
        )
    row.deleted_at = None
    session.add(row)
    if deleted_version is None or row.version == deleted_version:
        return ""
    return StoreSoftDeleteText.tr(
        "It had been changed elsewhere after you deleted it; it is back as it was saved last."
    )
