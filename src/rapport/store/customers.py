"""Writing and reading customers and their tags."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from rapport.domain.customers import CustomerDraft, Status, ValidationError
from rapport.domain.folding import fold
from rapport.domain.lifecycle import NEW_CUSTOMER_REASON
from rapport.domain.people import RelationshipKind, relationship_kind, split_contact
from rapport.domain.stages import INITIAL_STAGE, Stage
from rapport.store.change import ChangeFeed
from rapport.store.clock import utcnow
from rapport.store.convert import customer_record, value_to_cents
from rapport.store.customer_choices import Choice, KeptChoices
from rapport.store.errors import RecordNotFoundError
from rapport.store.models import Customer, CustomerTag, StageChange, Tag
from rapport.store.records import CustomerRecord
from rapport.store.soft_delete import restore, trash
from rapport.store.versions import merged

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door, Writer


class CustomerStore:
    """Customers of one journal. Every method is one short session or one commit."""

    def __init__(self, door: Door, changes: ChangeFeed | None = None) -> None:
        self._door = door
        #: Every customer's name for the entry's picker, kept up to date by `changes`.
        self._choices = KeptChoices(door, changes)

    def create(
        self, draft: CustomerDraft, stage: Stage = INITIAL_STAGE, since: datetime | None = None
    ) -> int:
        """Save a new customer, starting in `stage` at `since` (default now); return its id.

        Its contact becomes its first person, the main contact, as the 0009 migration
        shaped every older customer (domain.people.split_contact).
        """
        clean = draft.validated()
        clean, person = split_contact(clean)
        if person is not None:
            person = person.validated()  # refused before anything is written
        if since is not None and since.utcoffset() is None:
            raise ValidationError("since", "The stage's start time has no time zone.")
        now = utcnow()
        since = (since or now).replace(microsecond=0)  # same precision as the dialogs
        with self._door.write() as w:
            session = w.session
            row = Customer(name=clean.name, created_at=now, updated_at=now)
            _apply(row, clean)
            session.add(row)
            session.flush()
            assert row.id is not None
            _set_tags(w, row.id, clean.tags)
            if person is not None:
                from rapport.store.people import add_person

                add_person(w, row.id, person, now)
            session.add(
                StageChange(
                    customer_id=row.id,
                    stage=stage.value,
                    occurred_at=since,
                    reason=NEW_CUSTOMER_REASON,
                    created_at=now,
                )
            )
            return row.id

    def update(
        self, customer_id: int, draft: CustomerDraft, base: CustomerRecord | None = None
    ) -> None:
        """Save edited details of an existing customer, edited from `base`.

        What was saved elsewhere since `base` is kept (store/versions.py); when both
        changed the same field, ConflictError names it and nothing is written.
        """
        clean = draft.validated()
        with self._door.write() as w:
            row = _live(w.session, customer_id)
            clean = merged(clean, base, read_customer(w.session, customer_id))
            _apply(row, clean)
            row.updated_at = utcnow()
            _set_tags(w, customer_id, clean.tags)

    def set_status(self, customer_id: int, status: Status) -> None:
        """Archive, reactivate or mark a customer as parted ways."""
        with self._door.write() as w:
            row = _live(w.session, customer_id)
            row.status = Status(status).value
            row.updated_at = utcnow()

    def set_kind(self, customer_id: int, kind: RelationshipKind) -> None:
        """Say whether the relationship is with a customer, a supplier or a partner."""
        with self._door.write() as w:
            row = _live(w.session, customer_id)
            row.kind = RelationshipKind(kind).value
            row.updated_at = utcnow()

    def delete(self, customer_id: int) -> int:
        """Move a customer (with its journal) to the trash; the version it has there."""
        with self._door.write() as w:
            return trash(w.session, Customer, customer_id, "customer")

    def restore(self, customer_id: int, deleted_version: int | None = None) -> str:
        """Bring a deleted customer back; what to tell the owner (store/soft_delete.py)."""
        with self._door.write() as w:
            return restore(w.session, Customer, customer_id, "customer", deleted_version)

    def get(self, customer_id: int) -> CustomerRecord:
        """One customer with its tags; RecordNotFoundError when missing or deleted."""
        with self._door.read() as session:
            return read_customer(session, customer_id)

    def choices(self) -> tuple[Choice, ...]:
        """Every customer not deleted, by name, with its people: for type-ahead (Ctrl+N).

        Read once; after that only the customers a write touched are read again
        (store/customer_choices.py). The same tuple comes back while nothing changed.
        """
        return self._choices.choices()

    def find(self, text: str) -> list[CustomerRecord]:
        """Customers named `text`, else whose name contains it, else one of whose people does.

        Case and accents aside.
        """
        needle = " ".join(fold(text).split())
        with self._door.read() as session:
            base = select(Customer).where(col(Customer.deleted_at).is_(None))
            rows = session.exec(base.where(Customer.sort_key == needle).order_by(*name_order()))
            found = list(rows.all())
            if not found:  # "" is in every name: all of them
                contains = func.instr(col(Customer.sort_key), needle) > 0
                found = list(session.exec(base.where(contains).order_by(*name_order())).all())
            if not found and needle:  # one of its people ("Jens" → Café Lindeboom), not its
                with_people = base.where(col(Customer.people_text) != "")  # organisation
                candidates = session.exec(with_people.order_by(*name_order())).all()
                found = [r for r in candidates if needle in fold(r.people_text)]
            return [customer_record(r, _tags_of(session, r.id or 0)) for r in found]

    def count(self) -> int:
        """How many customers the journal holds (not counting the trash)."""
        with self._door.read() as session:
            return int(session.execute(_count_query()).scalar_one())

    def count_by_kind(self) -> dict[RelationshipKind, int]:
        """How many relationships of each kind the journal holds (not counting the trash)."""
        with self._door.read() as session:
            rows = session.execute(_kinds_query()).all()
        counts: dict[RelationshipKind, int] = {}
        for kind, n in rows:
            found = relationship_kind(kind)
            counts[found] = counts.get(found, 0) + int(n)
        return counts


@cache
def _count_query() -> Any:
    """How many customers, outside the trash: built once (the status bar asks after each write)."""
    return select(func.count()).select_from(Customer).where(col(Customer.deleted_at).is_(None))


@cache
def _kinds_query() -> Any:
    """How many customers of each kind, outside the trash (the status bar's breakdown)."""
    return (
        select(col(Customer.kind), func.count())
        .where(col(Customer.deleted_at).is_(None))
        .group_by(col(Customer.kind))
    )


def name_order(descending: bool = False) -> list[Any]:
    """Names in dictionary order (folded, then as written, then oldest first), from an index."""
    keys = [col(Customer.sort_key), col(Customer.name), col(Customer.id)]
    return [k.desc() for k in keys] if descending else [k.asc() for k in keys]


def read_customer(session: Session, customer_id: int) -> CustomerRecord:
    """One customer with its tags, read in the caller's session; RecordNotFoundError if gone."""
    return customer_record(_live(session, customer_id), _tags_of(session, customer_id))


def _live(session: Session, customer_id: int) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFoundError.gone("customer")
    return row


def _apply(row: Customer, clean: CustomerDraft) -> None:
    row.name = clean.name
    row.organisation = clean.organisation
    row.role = clean.role
    row.email = clean.email
    row.phone = clean.phone
    row.address = clean.address
    row.website = clean.website
    row.about = clean.about
    row.level = clean.level
    row.account_value_cents = value_to_cents(clean.account_value)
    row.currency = clean.currency
    row.cadence_days = clean.cadence_days
    row.status = Status(clean.status).value
    row.kind = clean.kind


def _tags_of(session: Session, customer_id: int) -> tuple[str, ...]:
    rows = session.exec(
        select(Tag.name)
        .join(CustomerTag, col(CustomerTag.tag_id) == col(Tag.id))
        .where(CustomerTag.customer_id == customer_id)
        .order_by(Tag.name)
    ).all()
    return tuple(rows)


def _set_tags(w: Writer, customer_id: int, names: tuple[str, ...]) -> None:
    """Give the customer exactly these tags, creating tags that do not exist yet.

    Only links that differ are written, so an edit that keeps the tags writes none
    (and its Change does not claim the tags changed).
    """
    session = w.session
    links = session.exec(select(CustomerTag).where(CustomerTag.customer_id == customer_id)).all()
    names_of = dict(
        session.exec(
            select(Tag.id, Tag.name).where(col(Tag.id).in_([link.tag_id for link in links]))
        ).all()
    )
    wanted = set(names)
    for link in links:
        if names_of.get(link.tag_id) not in wanted:
            session.delete(link)
    have = {names_of.get(link.tag_id) for link in links}
    for name in names:
        if name in have:
            continue
        session.add(CustomerTag(customer_id=customer_id, tag_id=tag_id(w, name)))


def tag_id(w: Writer, name: str) -> int:
    """The id of the tag `name` (any case), created if missing: never a clash on its name.

    INSERT … ON CONFLICT DO NOTHING, then a select: another writer creating the same
    tag at the same moment shares it instead of failing on the unique name.
    """
    w.touched(tags=True)  # the upsert bypasses the session's bookkeeping
    session = w.session
    server = session.connection().dialect.name == "postgresql"  # a team journal
    if server:  # the server's dialect loads with a team journal only
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        session.execute(postgresql_insert(Tag).values(name=name).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(Tag).values(name=name).on_conflict_do_nothing())
    found = session.exec(select(Tag.id).where(Tag.name == name)).first()
    assert found is not None, "the tag was just made, or was there"
    return int(found)
