"""The one way to the data: short reads, and every write as one unit of work.

`Door.write()` runs a write in one transaction (joining one already open on the same
thread), commits it durably, turns a database failure into words (nothing is half
written: it rolls back), and after the commit announces one `Change` on the feed.

The change is recorded from the session itself, not written by hand: every row the
session adds, really modifies or deletes is mapped to ids (`_note`). Statements that
bypass the session's bookkeeping (bulk inserts of an import, emptying the trash,
rebuilding the search index) must say what they touched first, with
`Writer.touched(...)`; an insert, update, delete or schema change the writer was not
told about is refused before it runs (`UndeclaredWriteError`). So a write cannot
forget to announce, and no view goes stale for want of a line of code.

Sub-stores get a `Door` (or, when they only read, anything with `read()`): never the
whole journal. Reads translate database failures too (store/db_errors.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, event, inspect
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from rapport.store.authors import LOGIN, sign
from rapport.store.change import Change, ChangeFeed
from rapport.store.db_errors import read_error, write_error
from rapport.store.engine import WRITE
from rapport.store.errors import JournalMovedError, JournalReadOnlyError
from rapport.store.models import (
    Attachment,
    Blob,
    CheckIn,
    Customer,
    CustomerTag,
    DismissedSuggestion,
    Entry,
    EntryOurPerson,
    EntryPerson,
    ImportBatch,
    OurPerson,
    Person,
    StageChange,
    Tag,
)
from rapport.store.read_scope import SharedReads
from rapport.store.versions import bump

_WRITER = "rapport_writer"  # the key of a write session's Writer in `session.info`
_COMMITTED = "rapport_committed"  # what to call right after the commit, on its connection

#: Statements that read (or steer a transaction); anything else writes.
_READS = ("SELECT", "PRAGMA", "WITH", "EXPLAIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN")


class UndeclaredWriteError(RuntimeError):
    """A write bypassed the session without declaring what it touched (a programming error)."""


class Reader(Protocol):
    """What a store that only reads needs: short read sessions."""

    def read(self) -> AbstractContextManager[Session]:
        """A read session; its objects stay usable after it closes."""
        ...


class WriteSession(Session):
    """The session of one unit of work; its flushes are recorded by `_record`."""


class Writer:
    """One unit of work: its session, and what it changed (recorded, or declared)."""

    def __init__(self, session: WriteSession) -> None:
        self.session = session
        self._customers: set[int] = set()
        self._details: set[int] = set()  # customers whose own row or people were written
        self._entries: set[int] = set()
        self._stage_changes: set[int] = set()
        self._check_ins: set[int] = set()
        self._tags = False
        self._everything = False
        self._declared = False
        self.connection: Connection | None = None
        #: The commit watch, asked as the write transaction begins (None: no watch).
        self.watch: CommitWatch | None = None
        session.info[_WRITER] = self

    def touched(
        self,
        *,
        customers: Iterable[int] = (),
        entries: Iterable[int] = (),
        stage_changes: Iterable[int] = (),
        check_ins: Iterable[int] = (),
        tags: bool = False,
        everything: bool = False,
        details: Iterable[int] | None = None,
    ) -> None:
        """Declare what statements that bypass the session change; call it before them.

        Rows added, changed or deleted through the session are recorded without this.
        `details`: of `customers`, those whose own row or people they write (None: all).
        """
        self._declared = True
        customers = set(customers)
        self._customers.update(customers)
        self._details.update(customers if details is None else details)
        self._entries.update(entries)
        self._stage_changes.update(stage_changes)
        self._check_ins.update(check_ins)
        self._tags = self._tags or tags
        self._everything = self._everything or everything

    def change(self) -> Change:
        """Everything this unit of work changed so far, as one Change."""
        return Change(
            customers=frozenset(self._customers),
            entries=frozenset(self._entries),
            stage_changes=frozenset(self._stage_changes),
            check_ins=frozenset(self._check_ins),
            tags=self._tags,
            everything=self._everything,
            details=frozenset(self._details),
        )

    def _note(self, row: object, dirty: bool) -> None:
        """Map one row the session wrote to the ids a Change names."""
        if isinstance(row, Entry):
            self._entries.add(_id(row))
            self._customers.add(row.customer_id)
            if dirty:  # an entry moved to another customer concerns both
                before = inspect(row).attrs.customer_id.history.deleted
                self._customers.update(c for c in before if c is not None)
        elif isinstance(row, Customer):
            self._customers.add(_id(row))
            self._details.add(_id(row))
        elif isinstance(row, StageChange):
            self._stage_changes.add(_id(row))
            self._customers.add(row.customer_id)
        elif isinstance(row, CheckIn):
            self._check_ins.add(_id(row))
            self._customers.add(row.customer_id)
        elif isinstance(row, CustomerTag):
            self._tags = True
            self._customers.add(row.customer_id)
        elif isinstance(row, Tag):
            self._tags = True
        elif isinstance(row, Person):  # the page's people, the list's contact
            self._customers.add(row.customer_id)
            self._details.add(row.customer_id)
        elif isinstance(row, DismissedSuggestion):
            self._customers.add(row.customer_id)
        elif isinstance(row, Attachment):  # a file on an entry changes that entry
            self._entries.add(row.entry_id)
            self._customers.add(row.customer_id)
        elif isinstance(row, Blob):  # bytes only: the attachment row names the entry
            pass
        elif isinstance(row, EntryPerson | EntryOurPerson):
            self._entries.add(row.entry_id)
            entry = self.session.get(Entry, row.entry_id)
            if entry is not None:
                self._customers.add(entry.customer_id)
        elif isinstance(row, ImportBatch):  # shown in File → Recent imports… only, on asking
            pass
        elif isinstance(row, OurPerson):  # names shown on every timeline
            self._everything = True
        else:  # a table this map does not know yet: say everything rather than nothing
            self._everything = True

    def _guard(self, _conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        """Refuse a write that bypasses the session unless it was declared (`touched`)."""
        if self._declared or self.session._flushing:  # the session's own writes are recorded
            return
        if not statement.lstrip()[:9].upper().startswith(_READS):
            raise UndeclaredWriteError(
                "a statement that bypasses the session must say what it changes first: "
                "writer.touched(...) before " + statement.split(None, 1)[0]
            )


def _id(row: Any) -> int:
    assert row.id is not None, "a flushed row has its id"
    return int(row.id)


def _record(session: Session, _context: object) -> None:
    """After each flush: note every row added, really modified, or deleted."""
    writer: Writer = session.info[_WRITER]
    for row in session.new:
        writer._note(row, dirty=False)
    for row in session.dirty:
        if session.is_modified(row, include_collections=False):
            writer._note(row, dirty=True)
    for row in session.deleted:
        writer._note(row, dirty=False)


#: The connection of every open unit of work, and its writer: their statements are checked.
_GUARDED: dict[Connection, Writer] = {}


def _watch_connection(session: Session, _transaction: object, connection: Connection) -> None:
    """Once the unit of work has its connection, check every statement run on it."""
    writer: Writer = session.info[_WRITER]
    writer.connection = connection
    _GUARDED[connection] = writer
    if writer.watch is not None:  # the write lock is held: what is pending is others'
        writer.watch.own_begin(connection.connection.driver_connection)


def _check_statement(conn: Connection, *args: Any) -> None:
    """Every statement on a journal's engine: one of a unit of work's is checked by it.

    (A listener on the engine, not on each connection: listening on a connection per
    write made every save some 60 µs slower.)
    """
    writer = _GUARDED.get(conn)
    if writer is not None:
        writer._guard(conn, *args)


def _after_commit(session: Session) -> None:
    """Right after COMMIT, while the session still holds its connection."""
    committed = session.info.pop(_COMMITTED, None)
    if committed is not None:
        committed()


class CommitWatch(Protocol):
    """Told of each own commit, so changes made elsewhere are told apart from it."""

    def own_begin(self, committing: Any) -> None:
        """An own write transaction began on `committing`, the write lock held."""
        ...

    def own_commit(self, committing: Any) -> AbstractContextManager[Callable[[], None]]:
        """Around the commit on `committing` (the DB-API connection); see change_watch.py."""
        ...


class Notices(Protocol):
    """Tells other clients of the same database what a unit of work changed (a server's)."""

    def announce(self, session: Session, change: Change) -> None:
        """Send change inside session's transaction (store/change_notify_pg.py)."""
        ...


event.listen(WriteSession, "before_flush", sign)  # a team journal's login on what it writes
event.listen(WriteSession, "before_flush", bump)  # every save adds one to a row's version
event.listen(WriteSession, "after_flush", _record)
event.listen(WriteSession, "after_commit", _after_commit)
event.listen(WriteSession, "after_begin", _watch_connection)


class Door:
    """The one way to one journal's data, shared by its stores (not the whole journal)."""

    def __init__(
        self,
        engine: Engine,
        path: Path,
        changes: ChangeFeed,
        *,
        read_only: bool = False,
        moved: Callable[[], bool] = lambda: False,
    ) -> None:
        self.path = path
        self.changes = changes
        self.read_only = read_only
        self._moved = moved
        self._local = threading.local()
        self.engine = engine
        #: The reads of the views told of a change share one session (store/read_scope.py).
        self._shared = SharedReads(lambda: Session(self._engine, expire_on_commit=False))
        #: Told of each commit, so it is not taken for a change elsewhere (store/change_watch.py).
        self.commit_watch: CommitWatch | None = None
        #: Told what each unit of work changed before it commits (a team journal's colleagues).
        self.notices: Notices | None = None
        #: The server's login that signs what is written (store/authors.py); None in a file.
        self.login: str | None = None

    @property
    def engine(self) -> Engine:
        """The engine every session is made from."""
        return self._engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        self._engine = engine
        self._writes = engine.execution_options(**{WRITE: True})
        if not event.contains(engine, "before_cursor_execute", _check_statement):
            event.listen(engine, "before_cursor_execute", _check_statement)

    @property
    def dialect(self) -> str:
        """The database's kind ("sqlite"), for stores with a back end per database."""
        return self._engine.dialect.name

    @property
    def in_write(self) -> bool:
        """Whether this thread is inside a unit of work that others may join."""
        return self._open() is not None

    def read(self) -> AbstractContextManager[Session]:
        """A short read session whose objects stay usable after it closes.

        Inside a unit of work the same thread reads through its session (and sees its
        own writes); any other thread, such as the UI's worker computing Today, gets a
        session of its own: a connection is never shared between threads. A database
        failure leaves as a JournalError in words (damaged, busy, or what SQLite said).
        """
        writer = self._open()
        if writer is not None:
            return _Borrowed(writer.session)
        shared = self._shared.session()
        if shared is not None:
            return shared
        return _ReadSession(Session(self._engine, expire_on_commit=False))

    def connection(self) -> Connection:
        """A connection of its own, outside any unit of work: for checks that roll back."""
        return self._engine.connect()

    @contextmanager
    def write(self, *, joinable: bool = True) -> Iterator[Writer]:
        """One unit of work: all of it is saved, or none, then one Change is announced.

        Joins a unit of work already open on this thread (which then commits and
        announces for both). `joinable=False` is for a unit of work that hands control
        back mid-way (an import's generator, a chunk per turn of the event loop): what
        runs meanwhile must not join it, and it must not read its uncommitted rows.
        """
        if self.read_only:
            raise JournalReadOnlyError(self.path)
        outer = self._open()
        if outer is not None:
            yield outer
            return
        self._shared.end()  # reads after this write see it
        writer = Writer(WriteSession(self._writes, expire_on_commit=False))
        writer.watch = self.commit_watch
        if self.login is not None:
            writer.session.info[LOGIN] = self.login
        if joinable:
            self._local.writer = writer
        try:
            yield writer
            writer.session.flush()
            if self._moved():  # the save would go into a file no longer at the path
                raise JournalMovedError(self.path)
            if self.notices is not None:
                self.notices.announce(writer.session, writer.change())
            self._commit(writer)
        except DatabaseError as exc:
            writer.session.rollback()
            raise write_error(exc) from exc
        except BaseException:
            writer.session.rollback()
            raise
        finally:
            if joinable:
                self._local.writer = None
            if writer.connection is not None:
                _GUARDED.pop(writer.connection, None)
            writer.session.close()
        with self._shared.scope():
            self.changes.publish(writer.change())

    def _commit(self, writer: Writer) -> None:
        watch, connection = self.commit_watch, writer.connection
        if watch is None or connection is None:
            writer.session.commit()
            return
        with watch.own_commit(connection.connection.driver_connection) as committed:
            writer.session.info[_COMMITTED] = committed
            writer.session.commit()

    def _open(self) -> Writer | None:
        writer: Writer | None = getattr(self._local, "writer", None)
        return writer


class _ReadSession(AbstractContextManager[Session]):
    """A read session that closes at the end and puts a database failure into words."""

    __slots__ = ("_session",)

    def __init__(self, session: Session) -> None:
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        self._session.close()
        if isinstance(error, DatabaseError):
            raise read_error(error) from error


class _Borrowed(AbstractContextManager[Session]):
    """The open unit of work's session, usable in a `with` block without closing it."""

    __slots__ = ("_session",)

    def __init__(self, session: Session) -> None:
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *_exc: object) -> None:
        return None
