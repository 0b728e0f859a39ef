"""The customers an import is checked against, read once a session and kept up to date.

At a million entries reading every customer and person for the duplicate check took
40-95 ms before the first row of each import. They are kept here instead: read whole
the first time (or ahead, as the import window opens), then only the customers the
change notices name are read again (`Change.details_written`: whose own row or
people were written: created, renamed, merged, moved to the trash or back). A change
too broad to list (`everything`) has the next check read everything, except an
import's own, which names every customer it wrote (`own_import`). A read that
overlapped a change keeps that change's customers to be read again; inside a unit of
work nothing kept is used (the write reads its own uncommitted rows). What comes out
is what a fresh read gives (`read_existing`), in its order: a test holds it to that.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, text
from sqlmodel import Session

from rapport.store.change import Change, ChangeFeed
from rapport.store.people import load_labelled
from rapport.transfer.duplicates import DuplicateFinder, Existing, Indexed
from rapport.transfer.joining import known_relationships

log = logging.getLogger("rapport.store.import_existing")

#: How a background job is started (the UI's starter pauses the collector meanwhile).
Starter = Callable[[Callable[[], None], str], threading.Thread]

#: Customers read again in one statement at most.
_SOME = 500


class _Customer(NamedTuple):
    """One customer as the check needs it: its row, and its people by person id."""

    row: Existing
    people: tuple[tuple[int, Existing], ...]


def read_existing(connection: Connection) -> list[Existing]:
    """The customers (not in the trash) and their people, read afresh.

    Customers by id, then their people by person id. A person counts with their
    relationship's name as organisation (unless the relationship is named after them)
    and with all their e-mails.
    """
    return _flat(_read(connection, None))


def _flat(customers: dict[int, _Customer]) -> list[Existing]:
    ordered = sorted(customers)
    found = [customers[i].row for i in ordered]
    people = sorted(p for i in ordered for p in customers[i].people)
    found += [person for _, person in people]
    return found


def _read(connection: Connection, ids: Sequence[int] | None) -> dict[int, _Customer]:
    """The customers with these ids (None: all) not in the trash, with their people."""
    if ids is None:
        return _read_some(connection, None)
    found: dict[int, _Customer] = {}
    for start in range(0, len(ids), _SOME):
        found.update(_read_some(connection, ids[start : start + _SOME]))
    return found


_CUSTOMERS = "SELECT id, name, organisation, email FROM customer WHERE deleted_at IS NULL"
_PEOPLE = (
    "SELECT p.id, p.customer_id, p.name, p.emails FROM person AS p"
    " JOIN customer AS c ON c.id = p.customer_id"
    " WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL"
)
_SOME_CUSTOMERS = text(f"{_CUSTOMERS} AND id IN :ids ORDER BY id").bindparams(
    bindparam("ids", expanding=True)
)
_SOME_PEOPLE = text(f"{_PEOPLE} AND c.id IN :ids ORDER BY p.id").bindparams(
    bindparam("ids", expanding=True)
)


def _read_some(connection: Connection, ids: Sequence[int] | None) -> dict[int, _Customer]:
    # plain statements: no ORM work a row
    if ids is None:
        rows = connection.exec_driver_sql(f"{_CUSTOMERS} ORDER BY id").all()
        people = connection.exec_driver_sql(f"{_PEOPLE} ORDER BY p.id").all()
    else:
        rows = connection.execute(_SOME_CUSTOMERS, {"ids": list(ids)}).all()
        people = connection.execute(_SOME_PEOPLE, {"ids": list(ids)}).all()
    customers = {int(r[0] or 0): Existing(int(r[0] or 0), r[1], r[2], r[3]) for r in rows}
    theirs: dict[int, list[tuple[int, Existing]]] = {}
    folded: dict[int, str] = {}  # each customer's name as compared, worked out once
    for person_id, customer_id, name, emails in people:
        at = customers[customer_id]
        if customer_id not in folded:
            folded[customer_id] = " ".join(at.name.split()).casefold()
        named_after = folded[customer_id] == " ".join(name.split()).casefold()
        organisation = at.organisation if named_after else at.name
        theirs.setdefault(customer_id, []).append(
            (int(person_id), Existing(customer_id, name, organisation, addresses(emails), True))
        )
    return {i: _Customer(row, tuple(theirs.get(i, ()))) for i, row in customers.items()}


#: A person row's e-mails as an import writes one: one pair of strings without escapes.
_ONE_PAIR = re.compile(r'\[\["[^"\\\x00-\x1f]*", "([^"\\\x00-\x1f]*)"\]\]')


def addresses(emails: str | None) -> str:
    """A person row's e-mail addresses, ", "-separated: `load_labelled`'s values, read quicker.

    The rows an import wrote hold one plain pair each: read without a JSON decoder.
    """
    if not emails or emails == "[]":
        return ""
    one = _ONE_PAIR.fullmatch(emails)
    if one is not None:
        return one.group(1)
    return ", ".join(e.value for e in load_labelled(emails))


class KeptExisting:
    """The duplicate check's customers, read once and then only where a change names them."""

    def __init__(
        self,
        changes: ChangeFeed | None,
        read: Callable[[], AbstractContextManager[Session]],
        in_write: Callable[[], bool],
    ) -> None:
        """`read`: a short read session (`Door.read`); `in_write`: inside a write on this thread."""
        self._read = read
        self._in_write = in_write
        self._kept: tuple[dict[int, _Customer], Indexed] | None = None
        self._stale: set[int] = set()  # named by a change since: read again
        self._wide = 0  # changes too broad to list, heard so far
        self._own = threading.local()  # an import's own change is about to be told
        self._lock = threading.Lock()  # guards the fields above
        self._reading = threading.Lock()  # one refresh at a time: a second waits for it
        self._keeps = changes is not None  # unheard changes: keep nothing
        if changes is not None:
            changes.subscribe(self._heard)

    def _heard(self, change: Change) -> None:
        own = getattr(self._own, "ids", None) is not None
        self._own.ids = None  # the next change told on this thread is not the import's
        with self._lock:
            if change.everything and not own:
                self._wide += 1
                self._kept = None
                self._stale.clear()
                return
            # an import names every customer it wrote (created or joined), details or not
            self._stale.update(change.customers if own else change.details_written)

    @contextmanager
    def own_import(self) -> Iterator[Callable[[], None]]:
        """Around an import's write: call the answer last inside it, just before it commits.

        The import's change says everything (bulk inserts) yet names every customer it
        wrote; told on this thread right after the commit, it is taken as naming only
        them. Set last, so nothing else this thread runs meanwhile is taken for it.
        """

        def last() -> None:
            self._own.ids = ()

        try:
            yield last
        finally:
            self._own.ids = None

    def existing(self) -> Indexed:
        """What a fresh read gives now (`read_existing`), read only where it changed.

        The same `Indexed` is handed out until a change names a customer, so the
        check's indexes of it are worked out once.
        """
        if self._in_write() or not self._keeps:  # a write reads its own rows
            with self._read() as session:
                return Indexed(read_existing(session.connection()))
        with self._reading:
            with self._lock:
                kept, stale, wide = self._kept, sorted(self._stale), self._wide
                self._stale.clear()  # heard from now on: read again next time
            if kept is not None and not stale:
                return kept[1]
            with self._read() as session:
                connection = session.connection()
                if kept is None:
                    updated = _read(connection, None)
                else:
                    updated = dict(kept[0])
                    for customer_id in stale:
                        updated.pop(customer_id, None)
                    updated.update(_read(connection, stale))
            found = Indexed(_flat(updated))
            with self._lock:
                # a broad change heard meanwhile: the next check reads everything again
                self._kept = (updated, found) if wide == self._wide else None
            return found

    def ahead(self, start: Starter | None = None) -> threading.Thread:
        """Read them in the background now (File → Import), for the check to come; its thread."""

        def job() -> None:
            try:  # the checks' indexes too, as an import works them out
                found = self.existing()
                DuplicateFinder(found)
                known_relationships(found)
            except Exception as exc:  # the check reads them itself then
                log.warning("reading the customers ahead failed (%s)", type(exc).__name__)

        if start is not None:
            return start(job, "import-existing")
        thread = threading.Thread(target=job, name="import-existing", daemon=True)
        thread.start()
        return thread
