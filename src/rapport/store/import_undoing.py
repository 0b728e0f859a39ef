"""The steps of Undo import (store/import_batches.py), each a page of rows in its transaction.

Each takes back one kind of what an import wrote, never what the owner did since:
its relationships go to the trash as the owner's delete does, the people it added
to relationships already there are taken off unless used or edited since, and the
About texts it appended to are put back while still what it left.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlmodel import Session, col, func, select

from rapport.store.models import Customer, Entry, EntryPerson, Person
from rapport.store.people import people_of, refresh_matching

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Writer


def trash_page(
    w: Writer, page: Sequence[int], imported_at: datetime, now: datetime
) -> tuple[int, int]:
    """Move a page of the import's relationships still live to the trash, as a delete does.

    The same row change as `soft_delete.trash` (the time it went, one more on its
    version), a page of rows per statement: through the session one by one, ten
    thousand took seconds. Returns how many, and how many had entries since.
    """
    session = w.session
    live = [
        int(i)
        for i in session.exec(
            select(Customer.id).where(
                col(Customer.id).in_(page), col(Customer.deleted_at).is_(None)
            )
        )
        if i is not None
    ]
    if not live:
        return 0, 0
    w.touched(customers=live)
    session.execute(
        update(Customer)
        .where(col(Customer.id).in_(live))
        .values(deleted_at=now, version=col(Customer.version) + 1)
        .execution_options(synchronize_session=False)
    )
    with_entries = session.exec(
        select(func.count(func.distinct(Entry.customer_id))).where(
            col(Entry.customer_id).in_(live),
            col(Entry.deleted_at).is_(None),
            col(Entry.created_at) >= imported_at,
        )
    ).one()
    return len(live), int(with_entries)


def remove_people(
    w: Writer, page: Sequence[int], now: datetime, customers: set[int]
) -> tuple[int, list[str]]:
    """Take off a page of the people the import added, unless referred to or edited since.

    Their relationships are added to `customers`, to be settled (`_settle`) once all
    are taken off: a main contact chosen earlier would count as edited since.
    """
    removed, kept = 0, list[str]()
    rows = w.session.exec(
        select(Person).where(col(Person.id).in_(page), col(Person.deleted_at).is_(None))
    ).all()
    referred = set(
        w.session.exec(
            select(EntryPerson.person_id).where(col(EntryPerson.person_id).in_(page))
        ).all()
    )
    for row in rows:
        if row.id in referred or row.version > 1:
            kept.append(row.name)
            continue
        row.deleted_at = now
        row.main = False
        w.session.add(row)
        customers.add(row.customer_id)
        removed += 1
    w.session.flush()
    return removed, kept


def settle(w: Writer, customer_ids: Sequence[int]) -> None:
    """Relationships people were taken off: someone stays the main contact; matching redone."""
    for customer_id in customer_ids:
        others = people_of(w.session, customer_id)
        if others and not any(p.main for p in others):
            successor = next((p for p in others if p.left_on is None), None)
            if successor is not None:
                successor.main = True
                w.session.add(successor)
        w.session.flush()
        w.touched(customers=[customer_id])
        refresh_matching(w.session, customer_id)


def restore_abouts(
    session: Session, abouts: dict[int, tuple[str, str]], now: datetime
) -> list[str]:
    """Put back each About the import appended to, while it is still what the import left."""
    kept: list[str] = []
    for customer_id, (before, left) in sorted(abouts.items()):
        row = session.get(Customer, customer_id)
        if row is None:
            continue
        if row.about != left:
            kept.append(row.name)
            continue
        row.about = before
        row.updated_at = now
        session.add(row)
    session.flush()
    return kept
