"""Writing and reading check-ins (hung on the journal as `journal.checkins`)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from rapport.domain.checkins import Answers, CheckIn
from rapport.store import models
from rapport.store.clock import utcnow
from rapport.store.errors import RecordNotFoundError
from rapport.store.soft_delete import set_deleted

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door

log = logging.getLogger("rapport.store.checkins")


def check_in_of(row: models.CheckIn) -> CheckIn:
    """A check-in row as the domain's (detached, frozen) check-in."""
    assert row.id is not None
    return CheckIn(
        customer_id=row.customer_id,
        at=row.taken_at,
        answers=Answers(
            trust=row.trust,
            their_word=row.their_word,
            value=row.value,
            help=row.help,
            needs=row.needs,
            liking=row.liking,
        ),
        note=row.note,
        id=row.id,
    )


class CheckInStore:
    """Check-ins of one journal. Deleting one is soft, so it can be undone."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def add(self, check_in: CheckIn) -> int:
        """Save a new check-in and return its id (ValidationError when it is empty)."""
        clean = check_in.validated()
        a = clean.answers
        with self._door.write() as w:
            _live_customer(w.session, clean.customer_id)
            row = models.CheckIn(
                customer_id=clean.customer_id,
                taken_at=clean.at,
                trust=a.trust,
                their_word=a.their_word,
                value=a.value,
                help=a.help,
                needs=a.needs,
                liking=a.liking,
                note=clean.note,
                created_at=utcnow(),
            )
            w.session.add(row)
            w.session.flush()
            assert row.id is not None
            new_id = row.id
        log.debug("check-in %s saved for customer %s", new_id, clean.customer_id)
        return new_id

    def delete(self, check_in_id: int) -> None:
        """Move a check-in to the trash; `restore` brings it back."""
        self._set_deleted(check_in_id, deleted=True)

    def restore(self, check_in_id: int) -> None:
        """Bring a deleted check-in back."""
        self._set_deleted(check_in_id, deleted=False)

    def list(self, customer_id: int, limit: int | None = None) -> list[CheckIn]:
        """The customer's check-ins, newest first (all of them unless `limit`)."""
        table = models.CheckIn
        query = (
            select(table)
            .where(table.customer_id == customer_id, col(table.deleted_at).is_(None))
            .order_by(col(table.taken_at).desc(), col(table.id).desc())
        )
        if limit is not None:
            query = query.limit(limit)
        with self._door.read() as session:
            return [check_in_of(r) for r in session.exec(query).all()]

    def latest(self, customer_id: int) -> CheckIn | None:
        """The customer's most recent check-in, or None."""
        found = self.list(customer_id, limit=1)
        return found[0] if found else None

    def _set_deleted(self, check_in_id: int, *, deleted: bool) -> None:
        with self._door.write() as w:
            set_deleted(w.session, models.CheckIn, check_in_id, deleted=deleted, what="check-in")


def _live_customer(session: Session, customer_id: int) -> None:
    row = session.get(models.Customer, customer_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFoundError.gone("customer")
