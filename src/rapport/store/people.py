"""People at a relationship, the owner's own people, and who took part in an entry.

Every write is one unit of work. A person's name, role and e-mails are copied into
the customer's `people_text` (and so into its `match_text` and the search index) in
the same write: the list's filter, Ctrl+N and search find "Café Lindeboom" by "Jens".
That copy is derived, so it is written with a plain UPDATE, declared to the writer,
and does not count as an edit of the customer (its version stays).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, bindparam, insert, literal, union_all, update
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from rapport.domain.people import Labelled, PersonDraft, matched_words
from rapport.store.clock import utcnow
from rapport.store.customers import _live as live_customer
from rapport.store.errors import RecordNotFoundError
from rapport.store.models import (
    Customer,
    Entry,
    EntryOurPerson,
    EntryPerson,
    OurPerson,
    Person,
    folded_details,
)
from rapport.store.records import OurPersonRecord, PersonRecord
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
    return "\n".join(w for w in words if w)


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
    dialect = connection.dialect
    stamp_of = _PERSON.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    day_of = _PERSON.c.birthday.type.dialect_impl(dialect).bind_processor(dialect)
    assert stamp_of is not None and day_of is not None  # SQLite stores dates as text
    stamp = stamp_of(now)
    rows = [
        (
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
        for customer_id, d in people
    ]
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


class OurPeopleStore:
    """The owner's own people: the owner ("me") and the staff they add."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def all(self) -> list[OurPersonRecord]:
        """Everyone on our side not removed: the owner first, then by name."""
        with self._door.read() as session:
            rows = session.exec(select(OurPerson).where(col(OurPerson.deleted_at).is_(None))).all()
        rows = sorted(rows, key=lambda r: (not r.me, r.name.casefold()))
        return [_our_record(r) for r in rows]

    def me(self) -> OurPersonRecord | None:
        """The owner, if the journal knows them (every journal since 0008 does)."""
        found = [p for p in self.all() if p.me]
        return found[0] if found else None

    def add(self, name: str) -> int:
        """Add one of our people by name (an employee, a delivery person)."""
        from rapport.domain.customers import clean_name

        cleaned = clean_name(name)
        now = utcnow()
        with self._door.write() as w:
            row = OurPerson(name=cleaned, me=False, created_at=now, updated_at=now)
            w.session.add(row)
            w.session.flush()
            assert row.id is not None
            return row.id

    def rename(self, our_person_id: int, name: str) -> None:
        """Give one of ours a new name (the owner may give theirs; empty reads "me")."""
        cleaned = " ".join(name.split())
        with self._door.write() as w:
            row = w.session.get(OurPerson, our_person_id)
            if row is None or row.deleted_at is not None:
                raise RecordNotFoundError.gone("customer")
            if not row.me:
                from rapport.domain.customers import clean_name

                cleaned = clean_name(name)
            row.name = cleaned
            row.updated_at = utcnow()

    def remove(self, our_person_id: int) -> None:
        """Remove one of ours (never the owner); entries they took part in keep them."""
        with self._door.write() as w:
            row = w.session.get(OurPerson, our_person_id)
            if row is None or row.deleted_at is not None or row.me:
                return
            row.deleted_at = utcnow()
            row.updated_at = utcnow()


def _our_record(row: OurPerson) -> OurPersonRecord:
    assert row.id is not None
    return OurPersonRecord(id=row.id, name=row.name, me=row.me, version=row.version)


class Participants:
    """Who took part in each entry, on each side."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def put(self, entry_id: int, ours: Iterable[int], theirs: Iterable[int]) -> None:
        """Say exactly who of ours and of theirs took part in an entry."""
        with self._door.write() as w:
            session = w.session
            if session.get(Entry, entry_id) is None:
                raise RecordNotFoundError.gone("entry")
            _set_links(session, EntryOurPerson, "our_person_id", entry_id, set(ours))
            _set_links(session, EntryPerson, "person_id", entry_id, set(theirs))

    def of(self, entry_ids: Iterable[int]) -> dict[int, tuple[list[str], list[str]]]:
        """For each entry: (names of ours, names of theirs), in a stable order."""
        with self._door.read() as session:
            return participants_of(session, entry_ids)

    def put_defaults(self, entry_id: int) -> None:
        """Say the owner and the customer's main contact took part (a new entry's default)."""
        with self._door.write() as w:
            entry = w.session.get(Entry, entry_id)  # just added: no read
            if entry is None:
                raise RecordNotFoundError.gone("entry")
            found: dict[str, set[int]] = {side: set() for side in _SIDES}
            asked = {"entry_id": entry_id, "customer_id": entry.customer_id}
            for side, person_id in w.session.execute(_defaults_query(), asked):
                found[side].add(int(person_id))
            me = {min(found["me"])} if found["me"] else set()
            main, ours, theirs = found["main"], found["ours"], found["theirs"]
            if ours - me or theirs - main:  # others said to take part: they are taken off
                _set_links(w.session, EntryOurPerson, "our_person_id", entry_id, me, ours)
                _set_links(w.session, EntryPerson, "person_id", entry_id, main, theirs)
                return
            _link(w, entry.customer_id, entry_id, me - ours, main - theirs)

    def ids_of(self, entry_id: int) -> tuple[set[int], set[int]]:
        """The ids of ours and of theirs who took part in an entry (for its dialog)."""
        with self._door.read() as session:
            ours = session.exec(
                select(EntryOurPerson.our_person_id).where(EntryOurPerson.entry_id == entry_id)
            ).all()
            theirs = session.exec(
                select(EntryPerson.person_id).where(EntryPerson.entry_id == entry_id)
            ).all()
        return set(ours), set(theirs)


#: The rows `_defaults_query` answers: the owner, main contacts, and those linked already.
_SIDES = ("me", "main", "ours", "theirs")


@cache
def _defaults_query() -> Any:
    """Who takes part in an entry by default, and who does already: one statement, built once.

    Rows of (side, id): "me" the owner, "main" the main contacts of the customer bound
    as `customer_id`; "ours" and "theirs" those the entry bound as `entry_id` names
    already. It runs at every save of a new entry, where four reads took longer.
    """
    entry_id = bindparam("entry_id", type_=Integer)
    customer_id = bindparam("customer_id", type_=Integer)
    return union_all(
        core_select(literal("me"), col(OurPerson.id)).where(
            col(OurPerson.me).is_(True), col(OurPerson.deleted_at).is_(None)
        ),
        core_select(literal("main"), col(Person.id)).where(
            col(Person.customer_id) == customer_id,
            col(Person.main).is_(True),
            col(Person.deleted_at).is_(None),
        ),
        core_select(literal("ours"), col(EntryOurPerson.our_person_id)).where(
            col(EntryOurPerson.entry_id) == entry_id
        ),
        core_select(literal("theirs"), col(EntryPerson.person_id)).where(
            col(EntryPerson.entry_id) == entry_id
        ),
    )


@cache
def _took_part_queries() -> tuple[Any, Any]:
    """Who of ours and of theirs took part in the entries bound as `ids`: built once.

    They run after every save of an entry; building them cost more than answering them.
    """
    ids: Any = bindparam("ids", expanding=True)
    ours = (
        select(EntryOurPerson.entry_id, OurPerson.name, OurPerson.me)
        .join(OurPerson, col(OurPerson.id) == col(EntryOurPerson.our_person_id))
        .where(col(EntryOurPerson.entry_id).in_(ids))
        .order_by(col(OurPerson.me).desc(), OurPerson.name)
    )
    theirs = (
        select(EntryPerson.entry_id, Person.name)
        .join(Person, col(Person.id) == col(EntryPerson.person_id))
        .where(col(EntryPerson.entry_id).in_(ids))
        .order_by(col(Person.main).desc(), Person.name)
    )
    return ours, theirs


def participants_of(
    session: Session, entry_ids: Iterable[int]
) -> dict[int, tuple[list[str], list[str]]]:
    """For each entry that says so: (names of ours, the owner's as ""; names of theirs)."""
    ids = sorted(set(entry_ids))
    found: dict[int, tuple[list[str], list[str]]] = {}
    if not ids:
        return found
    ours_query, theirs_query = _took_part_queries()
    ours = session.execute(ours_query, {"ids": ids}).all()
    theirs = session.execute(theirs_query, {"ids": ids}).all()
    for entry_id, name, me in ours:
        found.setdefault(entry_id, ([], []))[0].append("" if me else name)
    for entry_id, name in theirs:
        found.setdefault(entry_id, ([], []))[1].append(name)
    return found


def _link(w: Writer, customer_id: int, entry_id: int, ours: set[int], theirs: set[int]) -> None:
    """Add who took part in an entry by plain INSERTs, declared to the writer.

    What a new entry's save adds: the session's bookkeeping of two link rows (their
    flush) took longer than the rest of it.
    """
    if not ours and not theirs:
        return
    w.touched(customers=[customer_id], entries=[entry_id], details=())
    connection = w.session.connection()
    if ours:
        rows = [{"entry_id": entry_id, "our_person_id": i} for i in sorted(ours)]
        connection.execute(insert(_OURS_LINK), rows)
    if theirs:
        rows = [{"entry_id": entry_id, "person_id": i} for i in sorted(theirs)]
        connection.execute(insert(_THEIRS_LINK), rows)


_OURS_LINK = EntryOurPerson.__table__  # type: ignore[attr-defined]
_THEIRS_LINK = EntryPerson.__table__  # type: ignore[attr-defined]


def _set_links(
    session: Session,
    table: Any,
    column: str,
    entry_id: int,
    wanted: set[int],
    have: set[int] | None = None,
) -> None:
    """Make the entry's links in `table` exactly `wanted`, writing only what differs.

    `have`: the ids it links already, when known; the links are then read as rows only
    when some must go (a new entry has none).
    """
    if have is None or have - wanted:
        links = session.exec(select(table).where(table.entry_id == entry_id)).all()
        have = {getattr(link, column) for link in links}
        for link in links:
            if getattr(link, column) not in wanted:
                session.delete(link)
    for other in sorted(wanted - have):
        session.add(table(entry_id=entry_id, **{column: other}))


__all__ = ["OurPeopleStore", "Participants", "PersonStore", "date"]
