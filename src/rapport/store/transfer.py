"""Imports and exports through the store (hung on the journal as `journal.transfer`).

An import is one transaction: it runs as a generator that writes a chunk and yields
progress, so the UI can show a bar and cancel between chunks on its own thread.
Closing the generator early (cancel), or any failure, rolls everything back; the
commit happens when the generator runs to its end.

A CSV or vCard import records what it wrote in the same transaction, so Undo import
takes exactly that back (store/import_batches.py): no backup is waited for. A JSON
export imported into a journal that holds anything is preceded by a verified backup
instead (see `import_snapshot`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import islice
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, func, insert
from sqlmodel import Session, select

from rapport.domain.lifecycle import IMPORTED_REASON
from rapport.domain.stages import INITIAL_STAGE
from rapport.i18n import Words
from rapport.store import import_batches
from rapport.store.attachments import import_files
from rapport.store.clock import utcnow
from rapport.store.convert import value_to_cents
from rapport.store.errors import JournalWriteError, RecordNotFoundError
from rapport.store.import_batches import joined_by, nothing_to_protect
from rapport.store.import_existing import KeptExisting, Starter
from rapport.store.import_index import customers_indexed_at_the_end
from rapport.store.import_people import add_people_of, people_text_of
from rapport.store.models import Customer, CustomerTag, StageChange, folded_details
from rapport.store.paging import JournalRows
from rapport.store.people import (
    add_people,
    people_of,
    refresh_matching,
)
from rapport.store.sequences import advance_sequences
from rapport.store.snapshot import CHUNK, MODELS, TagCache, read_snapshot, write_snapshot
from rapport.transfer.archive import ArchivedFiles
from rapport.transfer.duplicates import Existing
from rapport.transfer.grouping import NewRelationship, relationships
from rapport.transfer.rows import Candidate
from rapport.transfer.snapshot import Snapshot

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door
    from rapport.transfer.plan import ImportPlan

log = logging.getLogger("rapport.store.transfer")
StoreTransferText = Words("StoreTransferText")

Progress = tuple[int, int]  # done, total


@dataclass(frozen=True)
class Imported:
    """What an import wrote: the new customers' ids, and how many rows in all."""

    customer_ids: tuple[int, ...]
    rows: int
    #: The batch Undo import takes back (store/import_batches.py); None for a snapshot.
    batch_id: int | None = None
    #: Whether a verified backup of the journal was taken before it.
    backed_up: bool = False


class TransferStore:
    """Snapshots for export, and imports as one cancellable transaction."""

    def __init__(self, door: Door, backup: Callable[[str], None]) -> None:
        self._door = door
        self._take_backup = backup
        self._existing = KeptExisting(door.changes, door.read, lambda: door.in_write)

    def snapshot(self, customer_id: int | None = None) -> Snapshot:
        """The whole journal (trash included), or one customer's part of it (trash left out)."""
        with self._door.read() as session:
            if customer_id is not None:
                found = session.get(Customer, customer_id)
                if found is None or found.deleted_at is not None:
                    raise RecordNotFoundError.customer_gone()
            return read_snapshot(session, customer_id)

    @contextmanager
    def reading(self, customer_id: int | None = None) -> Iterator[JournalRows]:
        """What `snapshot` holds, read in pages within one read transaction (for exports).

        The rows are valid until the `with` block ends; memory stays flat however large
        the journal is.
        """
        with self._door.read() as session:
            if customer_id is not None:
                found = session.get(Customer, customer_id)
                if found is None or found.deleted_at is not None:
                    raise RecordNotFoundError.customer_gone()
            yield JournalRows(session, customer_id)

    def existing(self) -> list[Existing]:
        """The customers (not in the trash) and their people, to check imports against.

        Kept between imports and read again only where a change named a customer
        (store/import_existing.py); the same as a fresh read (`read_existing`).
        """
        return self._existing.existing()

    def existing_ahead(self, start: Starter | None = None) -> threading.Thread:
        """Read what `existing` needs in the background now (File → Import); its thread."""
        return self._existing.ahead(start)

    def is_empty(self) -> bool:
        """Whether the journal holds no rows at all, not even in the trash."""
        with self._door.read() as session:
            return all(
                session.exec(select(func.count()).select_from(model)).one() == 0
                for model in MODELS.values()
            )

    def run(
        self, plan: ImportPlan, source: str, include_duplicates: bool = False
    ) -> Generator[Progress, None, Imported]:
        """Import what a plan found importable; see the module's note on cancelling."""
        if plan.snapshot is not None:
            skip = plan.skipped_keys(include_duplicates)
            return self.import_snapshot(plan.snapshot, skip, plan.files)
        return self.import_relationships(
            plan.new_relationships(include_duplicates, plain=True),
            source,
            plan.relationship_count(include_duplicates),
        )

    def import_customers(
        self, candidates: Sequence[Candidate], source: str
    ) -> Generator[Progress, None, Imported]:
        """Add customers read from a file, each row a relationship of its own."""
        return self.import_relationships(relationships(candidates), source)

    def import_relationships(
        self, candidates: Iterable[NewRelationship], source: str, total: int | None = None
    ) -> Generator[Progress, None, Imported]:
        """Add relationships with their people, each starting in its stage (default Attraction).

        `candidates` may be read as they are written (a plan reading its file again):
        `total` says how many there are, for the progress. The people of one that joins
        a relationship already there (`joins`) are added to it, at the end. No backup:
        the import's batch, written in its transaction, is how it is undone.
        """
        if total is None:
            candidates = list(candidates)
            total = len(candidates)
        new_ids = list[int]()
        joining: list[NewRelationship] = []
        now = utcnow()
        reason = IMPORTED_REASON.format(source=source)[:500]
        # Not joinable: it hands control back between chunks, and nothing may join it then.
        with self._existing.own_import() as told_next, self._door.write(joinable=False) as w:
            w.touched(everything=True)  # bulk inserts: the new customers are added below
            session = w.session
            tags: list[TagCache] = []  # the journal's tags read once a row has any

            def tag_id(name: str) -> int:
                if not tags:
                    tags.append(TagCache(session, {}))
                return tags[0].id_of(name)

            # a plain statement: an ORM select costs compiling it first (10 ms a process)
            highest = session.connection().exec_driver_sql("SELECT max(id) FROM customer")
            before = int(highest.scalar() or 0)
            with customers_indexed_at_the_end(session.connection(), before):
                for chunk in _slices(_set_aside(candidates, joining)):
                    ids = _inserted_customers(session, [_customer_values(c, now) for c in chunk])
                    stages: list[dict[str, object]] = []
                    links: list[dict[str, object]] = []
                    pairs = zip(chunk, ids, strict=True)
                    add_people_of(session, ((i, c.people) for c, i in pairs), now)
                    for candidate, new_id in zip(chunk, ids, strict=True):
                        stage = (candidate.stage or INITIAL_STAGE).value
                        stages.append(
                            {
                                "customer_id": new_id,
                                "stage": stage,
                                "occurred_at": now.replace(microsecond=0),
                                "reason": reason,
                                "created_at": now,
                            }
                        )
                        links.extend(
                            {"customer_id": new_id, "tag_id": tag_id(tag)}
                            for tag in candidate.draft.tags
                        )
                    session.connection().execute(insert(_STAGE_CHANGE), stages)
                    if links:
                        session.connection().execute(insert(_CUSTOMER_TAG), links)
                    new_ids.extend(int(i or 0) for i in ids)
                    w.touched(customers=new_ids[-len(chunk) :])
                    yield len(new_ids), max(total, len(new_ids))
            created = list(new_ids)
            with joined_by(session, joining) as joins:
                joined = join_people(session, joining, now)
            w.touched(customers=joined)
            new_ids.extend(i for i in joined if i not in new_ids)
            batch_id = import_batches.record(
                session, source, now, created, joins.person_ids, joins.abouts
            )
            if joining:
                yield total, total
            told_next()  # its change names every customer it wrote: see `own_import`
        log.info("imported %s relationships from %s (%s joined)", total, source, len(joined))
        return Imported(tuple(new_ids), len(new_ids), batch_id)

    def import_snapshot(
        self,
        snapshot: Snapshot,
        skip: set[int] | None = None,
        files: ArchivedFiles | None = None,
    ) -> Generator[Progress, None, Imported]:
        """Add a Rapport JSON export (and an archive's files); ids are kept when empty.

        Into a journal that holds anything, a verified backup is taken first: the
        snapshot writes into every table, and undoing that exactly is out of scope (no
        import batch). An empty journal has nothing to protect, so nothing is waited for.
        """
        keep_ids = self.is_empty()
        backed_up = not keep_ids and not self.holds_nothing()
        if backed_up:
            self._backup()
        total = snapshot.count()
        ids: dict[str, dict[int, int]] = {}
        with self._door.write(joinable=False) as w:
            w.touched(everything=True)  # bulk inserts into every table
            rows = write_snapshot(w.session, snapshot, ids, keep_ids=keep_ids, skip=skip or set())
            for done in rows:
                yield done, total
            if files is not None:
                import_files(w, files, ids.get("entries", {}))
            advance_sequences(w.session.connection())  # rows came with their ids
            w.touched(customers=ids.get("customers", {}).values())
        new_ids = list(ids["customers"].values())
        log.info("imported a snapshot of %s rows (ids kept: %s)", total, keep_ids)
        return Imported(tuple(new_ids), total, backed_up=backed_up)

    def holds_nothing(self) -> bool:
        """Whether the journal holds nothing of the owner's to back up (`nothing_to_protect`)."""
        with self._door.read() as session:
            return nothing_to_protect(session)

    def _backup(self) -> None:
        try:
            self._take_backup("before-import")
        except Exception as exc:
            log.exception("backup before import failed")
            raise JournalWriteError(
                StoreTransferText.tr(
                    "Rapport could not back up the journal before importing, "
                    "so nothing was imported."
                ),
                StoreTransferText.tr(
                    "Check the free space and permissions of the journal's folder, then try again."
                ),
            ) from exc


_CUSTOMER = Customer.__table__  # type: ignore[attr-defined]
_STAGE_CHANGE = StageChange.__table__  # type: ignore[attr-defined]
_CUSTOMER_TAG = CustomerTag.__table__  # type: ignore[attr-defined]

#: People written at most in one slice (besides CHUNK relationships): an organisation's
#: people come with it, and the first slice of an address book may hold every group.
SLICE_PEOPLE = 1000


def _slices(coming: Iterator[NewRelationship]) -> Iterator[list[NewRelationship]]:
    """CHUNK relationships at a time, fewer when they bring many people."""
    while chunk := list(islice(coming, 1)):
        people = len(chunk[0].people)
        while len(chunk) < CHUNK and people < SLICE_PEOPLE:
            more = next(coming, None)
            if more is None:
                break
            chunk.append(more)
            people += len(more.people)
        yield chunk


def _set_aside(
    coming: Iterable[NewRelationship], joining: list[NewRelationship]
) -> Iterator[NewRelationship]:
    """The relationships to add as new; those that join one already there go to `joining`."""
    for relationship in coming:
        if relationship.joins is None:
            yield relationship
        else:
            joining.append(relationship)


def join_people(session: Session, joining: Sequence[NewRelationship], now: datetime) -> list[int]:
    """Add the people of relationships that join one already there; the ids joined.

    Whoever is the main contact stays so; a relationship without one (a company alone)
    gets the first person joining it. Notes on the rows ("About") are added below the
    relationship's own, so nothing read is lost.
    """
    joined: list[int] = []
    for relationship in joining:
        customer_id = relationship.joins
        customer = session.get(Customer, customer_id) if customer_id is not None else None
        if customer is None or customer.id is None or customer.deleted_at is not None:
            continue  # gone since the preview: its people are not lost, see below
        has_main = any(p.main and p.left_on is None for p in people_of(session, customer.id))
        people = [
            replace(p, main=not has_main and n == 0 and p.left_on is None)
            for n, p in enumerate(relationship.people)
        ]
        add_people(session, ((customer.id, p) for p in people), now)
        about = relationship.draft.about.strip()
        if about and about not in customer.about:
            customer.about = f"{customer.about.rstrip()}\n\n{about}".strip()
            customer.updated_at = now
        session.flush()
        refresh_matching(session, customer.id)
        if customer.id not in joined:
            joined.append(customer.id)
    return joined


def _inserted_customers(session: Session, rows: list[dict[str, object]]) -> list[int]:
    """Insert customers in one statement run for every row; their new ids, in order.

    `INSERT … RETURNING` in the input's order costs SQLAlchemy one statement per row
    on SQLite (4× the insert itself); one `executemany`, then the ids above the
    largest before it, is the same answer: the import holds the write lock, so
    nothing else inserts meanwhile, and SQLite numbers new rows upwards.
    """
    connection = session.connection()  # plain statements: no ORM work for two numbers
    before = connection.exec_driver_sql("SELECT max(id) FROM customer").scalar() or 0
    connection.execute(insert(_CUSTOMER), rows)  # Core: no ORM bookkeeping per row
    ids = connection.execute(_NEW_IDS, {"before": before}).scalars().all()
    if len(ids) != len(rows):  # cannot happen under the write lock; never guess
        raise RuntimeError(f"inserted {len(rows)} customers, found {len(ids)} new ids")
    return [int(i or 0) for i in ids]


_NEW_IDS = (
    select(_CUSTOMER.c.id).where(_CUSTOMER.c.id > bindparam("before")).order_by(_CUSTOMER.c.id)
)


def _customer_values(candidate: NewRelationship, now: datetime) -> dict[str, object]:
    """A new customer's row, its folded details with it (else each column's default folds all)."""
    d = candidate.draft
    values: dict[str, object] = {
        "people_text": people_text_of(candidate.people),
        "name": d.name,
        "organisation": d.organisation,
        "role": d.role,
        "email": d.email,
        "phone": d.phone,
        "address": d.address,
        "website": d.website,
        "about": d.about,
        "level": d.level,
        "account_value_cents": value_to_cents(d.account_value),
        "currency": d.currency,
        "cadence_days": d.cadence_days,
        "status": d.status.value,
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
    }
    values.update(folded_details(values))
    return values
