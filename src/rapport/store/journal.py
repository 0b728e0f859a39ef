"""The Journal: one open journal file and the one path every write goes through.

Reads use short sessions and hand back detached records. Writes go through
`_write()`, which commits durably, turns database failures into messages an owner
understands (nothing half-written: the transaction is rolled back), and announces
what changed to whoever subscribed (the UI's signal bridge, for instance).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from rapport.i18n import Words
from rapport.store import backup, integrity, migrate, rescue
from rapport.store.checkins import CheckInStore
from rapport.store.customers import CustomerStore
from rapport.store.engine import (
    WRITE,
    Access,
    access_for,
    cannot_open,
    could_not_open,
    inspect_existing,
    make_engine,
    prepare_location,
)
from rapport.store.entries import EntryStore
from rapport.store.errors import (
    CorruptJournalError,
    DamagedIndexesError,
    JournalError,
    JournalLocationError,
    JournalMovedError,
    JournalReadOnlyError,
    JournalWriteError,
    LostJournalError,
    MissingTablesError,
    NoJournalError,
)
from rapport.store.facts import FactsStore
from rapport.store.records import Change
from rapport.store.search import SearchIndex, make_search_index
from rapport.store.suggestions import SuggestionStore
from rapport.store.timeline import TimelineStore
from rapport.store.transfer import TransferStore
from rapport.store.trash import TrashStore
from rapport.store.watch import FileWatch

if TYPE_CHECKING:
    from rapport.store.charts import ChartStore

log = logging.getLogger("rapport.store")
JournalText = Words("JournalText")

Listener = Callable[[Change], None]


class Journal:
    """An open journal file. Create with `Journal.open(path)`."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(**{WRITE: True})
        #: Notices the file or its WAL being moved or deleted under the open journal.
        self._watch = None if read_only else FileWatch(path)
        self._listeners: list[Listener] = []
        self._active: Session | None = None
        self._active_thread = 0
        self._pending = Change()
        #: True when only part of a big journal was checked at open (see store/integrity.py).
        self.check_pending = False
        #: True when opened read-only (`open(for_reading=True)` on a backup disk, say).
        self.read_only = read_only
        self.customers = CustomerStore(self)
        self.entries = EntryStore(self)
        self.timeline = TimelineStore(self)
        self.checkins = CheckInStore(self)
        self.facts = FactsStore(self)
        self.suggestions = SuggestionStore(self)
        self.transfer = TransferStore(self)
        self.search: SearchIndex = make_search_index(self)
        self.trash = TrashStore(self)
        self._charts: ChartStore | None = None

    @property
    def charts(self) -> ChartStore:
        """The charts' queries (loaded when a chart is first drawn, not at start-up)."""
        if self._charts is None:
            from rapport.store.charts import ChartStore

            self._charts = ChartStore(self)
        return self._charts

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        afresh: bool = False,
        for_reading: bool = False,
    ) -> Journal:
        """Open (or create) the journal at path, upgrading its schema after a backup.

        Raises a JournalError subclass, with the file left as it was, when the path is
        a folder, not writable, not a journal, damaged, or from a newer Rapport; when
        it is missing or empty but has backups (LostJournalError: it is not new); and,
        with `create=False`, when there is no journal to open (NoJournalError).
        `afresh=True` says the caller starts a new journal there on purpose (a new demo
        where an old one's backups are), so backups do not make it a lost journal.
        With `for_reading` (a caller that only reads, such as `rapport search`), a journal
        that cannot be written — on a backup disk, say — is opened read-only instead.
        """
        path = Path(path).expanduser().absolute()
        if for_reading and path.is_file() and (access := access_for(path)) != "write":
            return cls._open_read_only(path, access)
        try:
            if create:
                prepare_location(path)
            is_new = inspect_existing(path)
            if is_new and not afresh:
                _refuse_new(path, create)
            check_later = False if is_new else _check_at_start(path)
            engine = make_engine(path, is_new=is_new)
        except OSError as exc:
            raise JournalLocationError(
                JournalText.tr("“{path}” could not be opened ({reason}).").format(
                    path=path, reason=exc.strerror or exc
                ),
                JournalText.tr(
                    "Check that you may read and write the file and its folder, or choose another."
                ),
            ) from exc
        except DatabaseError as exc:
            raise _open_error(path, exc) from exc
        try:
            migrate.upgrade(engine, path, lambda why: backup.backup_journal(engine, path, why))
        except JournalError:
            engine.dispose()
            raise
        except DatabaseError as exc:
            engine.dispose()
            raise _open_error(path, exc) from exc
        log.info("opened journal %s", path)
        journal = cls(path, engine)
        journal.check_pending = check_later
        return journal

    @classmethod
    def _open_read_only(cls, path: Path, access: Access) -> Journal:
        """Open a journal that cannot be written: checked, never upgraded, never written."""
        try:
            if inspect_existing(path):
                raise JournalReadOnlyError(path, "empty")
            check_later = _check_at_start(path)
            engine = make_engine(path, is_new=False, access=access)
        except OSError as exc:
            raise JournalLocationError(
                JournalText.tr("“{path}” could not be opened ({reason}).").format(
                    path=path, reason=exc.strerror or exc
                ),
                JournalText.tr("Check that you may read the file and its folder."),
            ) from exc
        except DatabaseError as exc:
            raise _open_error(path, exc) from exc
        try:
            migrate.require_current(engine, path)
        except BaseException:
            engine.dispose()
            raise
        log.info("opened journal %s read-only (%s)", path, access)
        journal = cls(path, engine, read_only=True)
        journal.check_pending = check_later
        return journal

    def close(self) -> None:
        """Release the file; the journal object must not be used afterwards."""
        self.engine.dispose()
        if self._watch is not None:
            self._watch.close()

    # --- the file under the journal -------------------------------------------------

    def file_moved(self) -> bool:
        """Whether the journal's file (or its WAL) was moved, renamed or deleted while open."""
        return self._watch is not None and self._watch.moved()

    def save_as(self, target: Path | str) -> None:
        """Save the journal as it is open into a new file, and go on working there.

        The way on when its file was taken away (JournalMovedError): the open journal
        is copied, every saved change included, into target, which must not exist yet;
        then every read and write goes to the copy. Raises a JournalError in words (and
        changes nothing) when target exists or cannot be written.
        """
        assert self._active is None, "not inside a transaction"
        target = Path(target).expanduser().absolute()
        watch = self._watch
        if watch is not None and watch.anchor is not None:
            rescue.save_copy(watch.anchor, target)
        else:
            raw = self.engine.raw_connection()
            try:
                source = raw.driver_connection
                assert isinstance(source, sqlite3.Connection)
                rescue.save_copy(source, target)
            finally:
                raw.close()
        old_engine, self.engine = self.engine, make_engine(target, is_new=False)
        self._writer = self.engine.execution_options(**{WRITE: True})
        self.path = target
        self._watch = FileWatch(target)
        old_engine.dispose()
        if watch is not None:
            watch.close()
            watch.remove_leftovers()
        self.read_only = False
        log.info("journal continues at %s", target)

    # --- change announcements -------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call listener with a Change after every successful write."""
        self._listeners.append(listener)

    def _announce(self, change: Change) -> None:
        if self._active is not None:
            self._pending = _merge(self._pending, change)
            return
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # the change is saved; a failing view must not unsay that
                log.exception("a listener failed after a successful write")

    # --- sessions -------------------------------------------------------------------

    def read(self) -> AbstractContextManager[Session]:
        """A short read session whose objects stay usable after it closes.

        Inside `transaction()` the same thread reads through the transaction's session
        (so it sees its own writes); any other thread, such as the UI's worker
        computing Today, gets a session of its own: a connection is never shared
        between threads.
        """
        if self._active is not None and self._active_thread == threading.get_ident():
            return _NonClosingSession(self._active)
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A write: joins an open transaction, or commits durably on its own."""
        if self.read_only:
            raise JournalReadOnlyError(self.path)
        if self._active is not None and self._active_thread == threading.get_ident():
            yield self._active
            return
        session = Session(self._writer, expire_on_commit=False)
        try:
            yield session
            if self.file_moved():  # the save would go into a file no longer at the path
                raise JournalMovedError(self.path)
            session.commit()
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise _write_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group many writes into one commit: all of them are saved, or none."""
        if self._active is not None:
            yield
            return
        with self._write() as session:
            self._active = session
            self._active_thread = threading.get_ident()
            self._pending = Change()
            try:
                yield
                session.flush()
            finally:
                self._active = None
        pending, self._pending = self._pending, Change()
        self._announce(pending)


class _NonClosingSession(AbstractContextManager[Session]):
    """The open transaction's session, usable in a `with` block without closing it."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *_exc: object) -> None:
        return None


def _refuse_new(path: Path, create: bool) -> None:
    """A journal that has backups is not new: it was lost, and is never started afresh."""
    if backup.list_backups(path):
        log.warning("journal %s is missing or empty, but has backups", path)
        raise LostJournalError(
            (
                JournalText.tr(
                    "“{path}” is missing, yet it has backups: it held a journal, so it is "
                    "not started afresh (perhaps it was moved, renamed or deleted)."
                )
                if not path.exists()
                else JournalText.tr(
                    "“{path}” is empty, yet it has backups: it held a journal, so it is "
                    "not started afresh (perhaps a sync tool or another program emptied it)."
                )
            ).format(path=path),
            JournalText.tr(
                "Restore its newest good backup: Rapport offers it when it starts, "
                "and `rapport restore` lists them."
            ),
        )
    if not create:
        raise NoJournalError(
            JournalText.tr("There is no journal at “{path}”.").format(path=path)
            if not path.exists()
            else JournalText.tr("“{path}” is empty: there is no journal in it.").format(path=path),
            JournalText.tr("Check the path, or start Rapport to create a journal."),
        )


def _check_at_start(path: Path) -> bool:
    """Refuse a damaged journal before anything writes to it (see store/integrity.py).

    Returns True when a big journal still needs its full check in the background.
    """
    missing = integrity.missing_tables(path)
    if missing:
        raise MissingTablesError(
            JournalText.tr("“{path}” is damaged: part of it is missing.").format(path=path),
            JournalText.tr("Restore it from a backup. The damaged file was left as it was."),
        )
    problem, later = integrity.check_at_start(path)
    if problem is not None and integrity.only_indexes_damaged(problem):
        raise DamagedIndexesError(
            JournalText.tr(
                "“{path}” needs a repair: its indexes (its look-up tables) are out of step "
                "with its records; no entry is lost."
            ).format(path=path),
            JournalText.tr(
                "Start Rapport to rebuild them (a backup is made first). "
                "The file was left as it was."
            ),
        )
    if problem is not None:
        raise CorruptJournalError(
            JournalText.tr("“{path}” is damaged: part of it can no longer be read.").format(
                path=path
            ),
            JournalText.tr("Restore it from a backup. The damaged file was left as it was."),
        )
    return later


def _merge(a: Change, b: Change) -> Change:
    return Change(
        customers=a.customers | b.customers,
        entries=a.entries or b.entries,
        stages=a.stages or b.stages,
        everything=a.everything or b.everything,
    )


def _open_error(path: Path, exc: DatabaseError) -> JournalError:
    """Put a failure while opening into words: damage, or a file that cannot be written."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if cannot_open(exc):
        log.warning("could not open %s: %s", path, exc)
        return could_not_open(path)
    if "malformed" in text or "not a database" in text:
        log.warning("damaged journal %s: %s", path, exc)
        return CorruptJournalError(
            JournalText.tr("“{path}” is damaged and cannot be read.").format(path=path),
            JournalText.tr("Restore it from a backup. The damaged file was left as it was."),
        )
    return _write_error(exc)


def _write_error(exc: Exception) -> JournalWriteError:
    """Put a database failure into words; the change was rolled back.

    Only the database's own complaint is read (and shown): never the statement or its
    parameters, which hold the user's text and are no business of theirs.
    """
    reason = getattr(exc, "orig", None) or exc
    text = f"{getattr(reason, 'sqlite_errorname', '')} {reason}".lower()
    log.warning("write failed: %s", exc)
    if "full" in text:
        return JournalWriteError(
            JournalText.tr("The disk is full, so the change was not saved."),
            JournalText.tr("Free some space, then try again. Your text is still here."),
        )
    if "readonly" in text or "read-only" in text:
        return JournalWriteError(
            JournalText.tr("The journal file cannot be written (it or its folder is read-only)."),
            JournalText.tr("Check the file's permissions, or save the journal somewhere else."),
        )
    if "locked" in text or "busy" in text:
        return JournalWriteError(
            JournalText.tr("The journal is busy in another program, so the change was not saved."),
            JournalText.tr("Close the other program (or wait a moment), then try again."),
        )
    if "malformed" in text or "not a database" in text:
        return JournalWriteError(
            JournalText.tr("The journal file is damaged, so the change was not saved."),
            JournalText.tr("Use Tools → Check journal, or File → Restore from backup."),
        )
    return JournalWriteError(
        JournalText.tr("The change could not be saved."),
        JournalText.tr("The database said: {reason}").format(reason=reason),
    )
