"""People at a relationship (theirs); our own people and who took part: participants.py.

Every write is one unit of work. A person's name, role and e-mails are copied into
the customer's `people_text` (and so into its `match_text` and the search index) in
the same write: the list's filter, Ctrl+N and search find "Café Lindeboom" by "Jens".
That copy is derived, so it is written with a plain UPDATE, declared to the writer,
and does not count as an edit of the customer (its version stays).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, update
from sqlmodel import Session, col, select

from rapport.domain.people import Labelled, PersonDraft, matched_words
from rapport.store.clock import utcnow
from rapport.store.customers import _live as live_customer
from rapport.store.errors import RecordNotFoundError
from rapport.store.models import (
    Customer,
    Person,
    folded_details,
)
from rapport.store.records import PersonRecord
from rapport.store.versions import merged

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door, Writer


#: One encoder for every row: `json.dumps` with an option builds a new one per call.
_JSON = json.JSONEncoder(ensure_ascii=False)
#: How that encoder writes a string (quoted, escaped); `dump_labelled` uses it directly.
_QUOTED = json.encoder.encode_basestring


def dump_labelled(items: Iterable[Labelled]) -> str:
    """Labelled values as the JSON text a person row keeps.

    Written as `_JSON` writes a list of [label, value] pairs, without its machinery
    for any object (an import writes two of these for each of its people).
    """
    items = tuple(items)  # the same tuple when it is one
    if len(items) == 1:  # most people: one address, one phone
        label, value = items[0]
        if type(label) is str and type(value) is str:
            return f"[[{_QUOTED(label)}, {_QUOTED(value)}]]"
    elif not items:
        return "[]"
    pairs = []
    for i in items:
        label, value = i.label, i.value
        if type(label) is not str or type(value) is not str:
            return _JSON.encode([[i.label, i.value] for i in items])
        pairs.append(f"[{_QUOTED(label)}, {_QUOTED(value)}]")
    return f"[{', '.join(pairs)}]"


def load_labelled(text: str | None) -> tuple[Labelled, ...]:
    """The JSON text of a person row's e-mails or phones; anything unreadable reads as none."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(
        Labelled(str(i[0]), str(i[1])) for i in items if isinstance(i, list) and len(i) == 2
    )


def person_record(row: Person) -> PersonRecord:
    """A person row as a record."""
    assert row.id is not None
    return PersonRecord(
        id=row.id,
        customer_id=row.customer_id,
        name=row.name,
        role=row.role,
        emails=load_labelled(row.emails),
        phones=load_labelled(row.phones),
        birthday=row.birthday,
        note=row.note,
        main=row.main,
        left_on=row.left_on,
        updated_at=row.updated_at,
        version=row.version,
    )


def _order(rows: Iterable[Person]) -> list[Person]:
    """Main contact first, then those still there, then those who left; by name within."""
    return sorted(rows, key=lambda p: (not p.main, p.left_on is not None, p.name.casefold()))


def people_of(session: Session, customer_id: int, *, deleted: bool = False) -> list[Person]:
    """A customer's live people (or, with `deleted`, those in the trash too), in page order."""
    query = select(Person).where(Person.customer_id == customer_id)
    if not deleted:
        query = query.where(col(Person.deleted_at).is_(None))
    return _order(session.exec(query).all())


class PersonStore:
    """The people at each relationship. Every method is one short session or one commit."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def of(self, customer_id: int) -> list[PersonRecord]:
        """A customer's people: main contact first, those who left last."""
        with self._door.read() as session:
            return [person_record(p) for p in people_of(session, customer_id)]

    def of_many(self, customer_ids: Iterable[int]) -> dict[int, list[PersonRecord]]:
        """The people of several customers at once (an export, a list)."""
        ids = sorted(set(customer_ids))
        found: dict[int, list[PersonRecord]] = {i: [] for i in ids}
        with self._door.read() as session:
            rows = session.exec(
                select(Person)
                .where(col(Person.customer_id).in_(ids))
                .where(col(Person.deleted_at).is_(None))
            ).all()
        for row in _order(rows):
            found[row.customer_id].append(person_record(row))
        return found

    def get(self, person_id: int) -> PersonRecord:
        """One person; RecordNotFoundError when missing or deleted."""
        with self._door.read() as session:
            return person_record(_live(session, person_id))

    def main_contact(self, customer_id: int) -> PersonRecord | None:
        """The one to write to first, if the relationship has one still there."""
        people = self.of(customer_id)
        return people[0] if people and people[0].main else None

    def add(self, customer_id: int, draft: PersonDraft) -> int:
        """Save a new person at a customer; the first one there becomes the main contact."""
        clean = draft.validated()
        with self._door.write() as w:
            live_customer(w.session, customer_id)
            return add_person(w, customer_id, clean, utcnow())

    def update(self, person_id: int, draft: PersonDraft, base: PersonRecord | None = None) -> None:
        """Save edited details of a person, edited from `base` (merged as customers are)."""
        clean = draft.validated()
        with self._door.write() as w:
            row = _live(w.session, person_id)
            clean = merged(clean, base, person_record(row))
            _apply(row, clean)
            row.updated_at = utcnow()
            others = [p for p in people_of(w.session, row.customer_id) if p.id != row.id]
            if row.main:
                _only_main(others, row)
            elif not any(p.main for p in others):  # someone stays the main contact
                successor = next((p for p in [row, *others] if p.left_on is None), None)
                if successor is not None and successor is not row:
                    successor.main = True
                    w.session.add(successor)
            w.session.flush()
            _refresh_matching(w, row.customer_id)

    def remove(self, person_id: int) -> int:
        """Move a person to the trash; the version they have there (for `restore`)."""
        with self._door.write() as w:
            row = _live(w.session, person_id)
            row.deleted_at = utcnow()
            was_main, row.main = row.main, False
            w.session.add(row)
            if was_main:
                successor = next(
                    (p for p in people_of(w.session, row.customer_id) if p.left_on is None), None
                )
                if successor is not None:
                    successor.main = True
            w.session.flush()
            _refresh_matching(w, row.customer_id)
            return row.version

    def restore(self, person_id: int) -> None:
        """Bring a removed person back (the undo of `remove`)."""
        with self._door.write() as w:
            row = w.session.get(Person, person_id)
            if row is None:
                raise RecordNotFoundError.gone("customer")
            if row.deleted_at is None:
                return
            row.deleted_at = None
            if row.left_on is None and not any(
                p.main for p in people_of(w.session, row.customer_id)
            ):
                row.main = True
            w.session.add(row)
            w.session.flush()
            _refresh_matching(w, row.customer_id)


def add_person(w: Writer, customer_id: int, clean: PersonDraft, now: datetime) -> int:
    """Add a checked person in the caller's write; the first one there is the main contact."""
    others = people_of(w.session, customer_id)
    main = clean.main or (clean.left_on is None and not any(p.main for p in others))
    row = Person(customer_id=customer_id, name=clean.name, created_at=now, updated_at=now)
    _apply(row, clean)
    row.main = main
    w.session.add(row)
    w.session.flush()
    if main:
        _only_main(others, row)
    _refresh_matching(w, customer_id)
    assert row.id is not None
    return row.id


def _live(session: Session, person_id: int) -> Person:
    row = session.get(Person, person_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFoundError.gone("customer")
    return row


def _apply(row: Person, clean: PersonDraft) -> None:
    row.name = clean.name
    row.role = clean.role
    row.emails = dump_labelled(clean.emails)
    row.phones = dump_labelled(clean.phones)
    row.birthday = clean.birthday
    row.note = clean.note
    row.main = clean.main
    row.left_on = clean.left_on


def _only_main(others: Iterable[Person], main: Person) -> None:
    """The main contact is one person: the others lose the mark."""
    for other in others:
        if other.main and other is not main:
            other.main = False


def people_text(rows: Iterable[Person]) -> str:
    """What of these people the customer's filter matches, one value per line."""
    words: list[str] = []
    for row in rows:
        words += matched_words(row.name, row.role, load_labelled(row.emails))
    return "\n".join(w for w in words if w)


def drafts_text(drafts: Iterable[PersonDraft]) -> str:
    """What new people (not yet saved) give their customer's `people_text`, as `people_text`."""
    words: list[str] = []
    for draft in drafts:
        words += matched_words(draft.name, draft.role, draft.emails)
    return "\n".join(filter(None, words))


def add_people(session: Session, people: Iterable[tuple[int, PersonDraft]], now: datetime) -> None:
    """Insert new people at new customers in one statement (an import), in the caller's write.

    The customers were inserted with `people_text` already set from `drafts_text`, so
    nothing needs refreshing; each draft's own `main` says who the main contact is.
    The drafts come checked (`validated`), as an import reads them.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        _add_people_sqlite(connection, people, now)
        return
    rows = [
        {
            "customer_id": customer_id,
            "name": draft.name,
            "role": draft.role,
            "emails": dump_labelled(draft.emails),
            "phones": dump_labelled(draft.phones),
            "birthday": draft.birthday,
            "note": draft.note,
            "main": draft.main,
            "left_on": draft.left_on,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }
        for customer_id, draft in people
    ]
    if rows:
        connection.execute(insert(_PERSON), rows)


_PERSON = Person.__table__  # type: ignore[attr-defined]
_PERSON_COLUMNS = (
    "customer_id, name, role, emails, phones, birthday, note, main, left_on,"
    " created_at, updated_at, deleted_at, version"
)


def _add_people_sqlite(
    connection: Connection, people: Iterable[tuple[int, PersonDraft]], now: datetime
) -> None:
    """`add_people` on SQLite: one `executemany` of plain tuples.

    SQLAlchemy's Core insert converts every date of every row on its own (a third of
    an import's writing); the dialect's own converters turn `now` into its text once
    here, so the rows hold exactly what the Core insert would have written.
    """
    stamp, day_of = _stamps(connection, now)
    _insert_people(connection, [_person_row(i, d, stamp, day_of) for i, d in people])


def _stamps(connection: Connection, now: datetime) -> tuple[object, Callable[[date], object]]:
    """`now` as SQLite's dialect writes it, and how it writes a day."""
    dialect = connection.dialect
    stamp_of = _PERSON.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    day_of = _PERSON.c.birthday.type.dialect_impl(dialect).bind_processor(dialect)
    assert stamp_of is not None and day_of is not None  # SQLite stores dates as text
    return stamp_of(now), day_of


def _person_row(
    customer_id: int, d: PersonDraft, stamp: object, day_of: Callable[[date], object]
) -> tuple[object, ...]:
    """A person's row for `_insert_people`, the values as the Core insert writes them."""
    return (
        customer_id,
        d.name,
        d.role,
        dump_labelled(d.emails),
        dump_labelled(d.phones),
        None if d.birthday is None else day_of(d.birthday),
        d.note,
        1 if d.main else 0,
        None if d.left_on is None else day_of(d.left_on),
        stamp,
        stamp,
        None,
        1,
    )


def _insert_people(connection: Connection, rows: list[tuple[object, ...]]) -> None:
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO person ({_PERSON_COLUMNS}) VALUES ({', '.join('?' * 13)})", rows
        )


def _refresh_matching(w: Writer, customer_id: int) -> None:
    """Copy the customer's people into its `people_text` and `match_text` (not an edit)."""
    w.touched(customers=[customer_id])
    refresh_matching(w.session, customer_id)


def refresh_matching(session: Session, customer_id: int) -> None:
    """Copy the customer's people into its derived columns, in the caller's declared write."""
    customer = session.get(Customer, customer_id)
    assert customer is not None
    text = people_text(people_of(session, customer_id))
    details = {c: getattr(customer, c) for c in ("name", "organisation", "email", "role")}
    match = folded_details({**details, "people_text": text})["match_text"]
    session.execute(
        update(Customer)
        .where(col(Customer.id) == customer_id)
        .values(people_text=text, match_text=match)
        .execution_options(synchronize_session=False)
    )
    session.expire(customer, ["people_text", "match_text"])


__all__ = ["PersonStore", "date"]
