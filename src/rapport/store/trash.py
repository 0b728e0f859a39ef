"""The trash: what was deleted (soft-deleted rows), restored one by one or emptied for good.

Deleting never removes a row; it sets `deleted_at`, so a delete can be undone and
the trash can be reviewed. Entries and stage changes of a deleted customer travel with
the customer and are not listed on their own. Emptying the trash is the one place rows
are really deleted; the caller takes a backup first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlmodel import col, select

from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.i18n import Words, formats
from rapport.store.attachments import drop_unused_blobs
from rapport.store.models import Attachment, CheckIn, Customer, Entry, StageChange
from rapport.store.soft_delete import set_deleted
from rapport.store.team import may_own, owner_only

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door

StoreTrashText = Words("StoreTrashText")


class TrashKind(StrEnum):
    """What a trashed item is."""

    CUSTOMER = "customer"
    ENTRY = "entry"
    STAGE_CHANGE = "stage change"


@dataclass(frozen=True)
class TrashItem:
    """One deleted thing, as the Trash view lists it."""

    kind: TrashKind
    id: int
    label: str
    customer_name: str
    deleted_at: datetime


class TrashStore:
    """The trash of one journal."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def items(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first."""
        found: list[TrashItem] = []
        with self._door.read() as session:
            for customer in session.exec(
                select(Customer).where(col(Customer.deleted_at).is_not(None))
            ):
                assert customer.id is not None and customer.deleted_at is not None
                label = customer.name + (
                    f" ({customer.organisation})" if customer.organisation else ""
                )
                found.append(
                    TrashItem(
                        TrashKind.CUSTOMER, customer.id, label, customer.name, customer.deleted_at
                    )
                )
            live = col(Customer.deleted_at).is_(None)
            for entry, name in session.exec(
                select(Entry, Customer.name)
                .join(Customer, col(Customer.id) == col(Entry.customer_id))
                .where(col(Entry.deleted_at).is_not(None), live)
            ):
                assert entry.id is not None and entry.deleted_at is not None
                label = StoreTrashText.tr("{title} of {day}").format(
                    title=entry.title or EntryKind(entry.kind).label,
                    day=formats().day(entry.occurred_at.date()),
                )
                found.append(TrashItem(TrashKind.ENTRY, entry.id, label, name, entry.deleted_at))
            for change, name in session.exec(
                select(StageChange, Customer.name)
                .join(Customer, col(Customer.id) == col(StageChange.customer_id))
                .where(col(StageChange.deleted_at).is_not(None), live)
            ):
                assert change.id is not None and change.deleted_at is not None
                label = StoreTrashText.tr("Move to {stage}").format(stage=Stage(change.stage).label)
                found.append(
                    TrashItem(TrashKind.STAGE_CHANGE, change.id, label, name, change.deleted_at)
                )
        return sorted(found, key=lambda item: item.deleted_at, reverse=True)

    def restore(self, item: TrashItem) -> None:
        """Bring one item back where it was."""
        with self._door.write() as w:
            if item.kind is TrashKind.CUSTOMER:
                set_deleted(w.session, Customer, item.id, deleted=False, what="customer")
            elif item.kind is TrashKind.ENTRY:
                set_deleted(w.session, Entry, item.id, deleted=False, what="entry")
            else:
                set_deleted(w.session, StageChange, item.id, deleted=False, what="stage change")

    def empty(self) -> int:
        """Delete everything in the trash for good, in one transaction; return how many.

        A deleted customer takes their entries, stage changes, check-ins and tags along
        (the foreign keys cascade); a stage change caused by a deleted entry stays and
        forgets the entry. On a team journal only an owner may (OwnerOnlyError).
        """
        with self._door.write() as w:
            if not may_own(w.session):  # the server refuses it too (store/team.py)
                raise owner_only("trash")
            w.touched(everything=True)  # bulk deletes, and what the foreign keys cascade to
            removed = 0
            for table in (Customer, Entry, StageChange, CheckIn):
                result = w.session.execute(delete(table).where(col(table.deleted_at).is_not(None)))
                removed += int(getattr(result, "rowcount", 0) or 0)
            # Files taken off entries, then the bytes no file points to any more.
            w.session.execute(delete(Attachment).where(col(Attachment.deleted_at).is_not(None)))
            drop_unused_blobs(w)
        return removed
