"""The owner's own people, and who took part in an entry, on each side.

The owner ("me") and their staff are the journal's `OurPerson` rows; an entry names who
of ours and of theirs took part through two link tables. A new entry's default (the
owner and the customer's main contact) is written at every save of a new entry, so its
reads are one statement built once and its links plain INSERTs declared to the writer.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, bindparam, insert, literal, union_all
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from rapport.store.clock import utcnow
from rapport.store.errors import RecordNotFoundError
from rapport.store.models import Entry, EntryOurPerson, EntryPerson, OurPerson, Person
from rapport.store.records import OurPersonRecord

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door, Writer


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
