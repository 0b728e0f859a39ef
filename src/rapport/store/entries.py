"""Writing and reading journal entries and stage changes."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from rapport.domain.customers import ValidationError
from rapport.domain.entries import ENTRY_FIELDS, EntryDraft
from rapport.domain.stages import Stage
from rapport.store.clock import utcnow
from rapport.store.convert import entry_record, stage_record
from rapport.store.errors import RecordNotFoundError
from rapport.store.models import Customer, Entry, StageChange
from rapport.store.records import EntryRecord, StageChangeRecord
from rapport.store.soft_delete import restore, trash
from rapport.store.undo_guard import unchanged_since
from rapport.store.versions import merged

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door


class EntryStore:
    """Entries and stage changes of one journal."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def add(self, draft: EntryDraft) -> int:
        """Save a new entry and return its id."""
        clean = draft.validated()
        now = utcnow()
        with self._door.write() as w:
            _live_customer(w.session, clean.customer_id)
            row = Entry(**_stored(clean), created_at=now, updated_at=now)
            w.session.add(row)
            w.session.flush()
            assert row.id is not None
            return row.id

    def update(self, entry_id: int, draft: EntryDraft, base: EntryRecord | None = None) -> None:
        """Save an entry edited from `base` (it may move to another customer).

        What was saved elsewhere since `base` (a follow-up ticked off) is kept
        (store/versions.py); when both changed the same field, ConflictError names it.
        """
        clean = draft.validated()
        with self._door.write() as w:
            row = _live_entry(w.session, entry_id)
            clean = merged(clean, base, entry_record(row))
            _live_customer(w.session, clean.customer_id)
            for name, value in _stored(clean).items():
                setattr(row, name, value)
            row.updated_at = utcnow()

    def set_follow_up_done(
        self, entry_id: int, done: bool = True, *, expect: int | None = None
    ) -> int:
        """Tick off (or reopen) an entry's follow-up; the entry's version after it.

        An undo passes the version it left (`expect`): saved again since, the entry
        is left as it is and ChangedSinceError says who changed it (store/undo_guard.py).
        """
        with self._door.write() as w:
            row = _live_entry(w.session, entry_id)
            unchanged_since(w.session, row, expect)
            row.follow_up_done = done
            row.updated_at = utcnow()
            w.session.flush()  # the flush adds one to the version
            return row.version

    def delete(self, entry_id: int, *, expect: int | None = None) -> int:
        """Move an entry to the trash; the version it has there (for `restore`).

        `expect` (an undo of adding it): refused with ChangedSinceError when the entry
        was saved again since it was added.
        """
        with self._door.write() as w:
            if expect is not None:
                unchanged_since(w.session, _live_entry(w.session, entry_id), expect)
            return trash(w.session, Entry, entry_id, "entry")

    def restore(self, entry_id: int, deleted_version: int | None = None) -> str:
        """Bring a deleted entry back; what to tell the owner (see store/soft_delete.py)."""
        with self._door.write() as w:
            return restore(w.session, Entry, entry_id, "entry", deleted_version)

    def get(self, entry_id: int) -> EntryRecord:
        """One entry; RecordNotFoundError when missing or deleted."""
        with self._door.read() as session:
            return entry_record(_live_entry(session, entry_id))

    # --- stage changes ----------------------------------------------------------------

    def change_stage(
        self,
        customer_id: int,
        stage: Stage,
        at: datetime,
        reason: str = "",
        entry_id: int | None = None,
    ) -> int:
        """Record that the customer moved to `stage` at `at` (which may lie in the past)."""
        with self._door.write() as w:
            return add_stage_change(w.session, customer_id, stage, at, reason, entry_id)

    def delete_stage_change(self, change_id: int, *, expect: int | None = None) -> int:
        """Move a stage change to the trash (the previous stage becomes current again).

        Returns the version it has in the trash (for `restore_stage_change`). `expect`
        (an undo of making it): refused with ChangedSinceError when it was saved since.
        """
        with self._door.write() as w:
            if expect is not None:
                row = w.session.get(StageChange, change_id)
                if row is not None:
                    unchanged_since(w.session, row, expect)
            return trash(w.session, StageChange, change_id, "stage change")

    def restore_stage_change(self, change_id: int, deleted_version: int | None = None) -> str:
        """Bring a deleted stage change back; what to tell the owner (store/soft_delete.py)."""
        with self._door.write() as w:
            return restore(w.session, StageChange, change_id, "stage change", deleted_version)

    def stage_history(self, customer_id: int) -> list[StageChangeRecord]:
        """Every stage change of the customer, oldest first."""
        with self._door.read() as session:
            rows = session.exec(
                select(StageChange)
                .where(
                    StageChange.customer_id == customer_id,
                    col(StageChange.deleted_at).is_(None),
                )
                .order_by(col(StageChange.occurred_at), col(StageChange.id))
            ).all()
            return [stage_record(r) for r in rows]


def add_stage_change(
    session: Session,
    customer_id: int,
    stage: Stage,
    at: datetime,
    reason: str = "",
    entry_id: int | None = None,
) -> int:
    """Add a move of the customer to `stage` at `at` in the caller's unit of work; its id."""
    if at.utcoffset() is None:
        raise ValidationError("occurred_at", "The stage change's time has no time zone.")
    _live_customer(session, customer_id)
    row = StageChange(
        customer_id=customer_id,
        stage=Stage(stage).value,
        occurred_at=at,
        reason=" ".join(reason.split())[:500],
        entry_id=entry_id,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _stored(clean: EntryDraft) -> dict[str, Any]:
    """The entry's fields as the table keeps them (an enum as its word)."""
    values = {name: getattr(clean, name) for name in ENTRY_FIELDS}
    return {n: v.value if isinstance(v, Enum) else v for n, v in values.items()}


def _live_entry(session: Session, entry_id: int) -> Entry:
    row = session.get(Entry, entry_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFoundError.gone("entry")
    return row


def _live_customer(session: Session, customer_id: int) -> None:
    row = session.get(Customer, customer_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFoundError.gone("customer")
