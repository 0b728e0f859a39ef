"""The Journal: one open journal file, its stores, and the door they share.

Reads use short sessions and hand back detached records. Every write is a unit of
work (store/unit_of_work.py): one transaction, committed durably, its failure put
into words, and on success one `Change` announced to whoever subscribed (the UI's
signal bridge, for instance), made from the rows it wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from rapport.i18n import Words
from rapport.store import backup, cipher, integrity, keys, migrate, rescue
from rapport.store.attachments import AttachmentStore
from rapport.store.authors import server_login
from rapport.store.backup_fresh import FreshBackup, Starter
from rapport.store.change import Change, ChangeFeed, Listener
from rapport.store.change_notify_pg import PgChangeNotices, listener_connection
from rapport.store.change_watch import ChangeSource, SqliteChangeWatch, file_connection
from rapport.store.checkins import CheckInStore
from rapport.store.customers import CustomerStore
from rapport.store.db_errors import open_error
from rapport.store.engine import (
    Access,
    access_for,
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
    JournalReadOnlyError,
    LostJournalError,
    MissingTablesError,
    NoJournalError,
)
from rapport.store.facts import FactsStore
from rapport.store.import_batches import ImportBatchStore
from rapport.store.participants import OurPeopleStore, Participants
from rapport.store.people import PersonStore
from rapport.store.retried import retried
from rapport.store.rules import RulesStore
from rapport.store.search import SearchIndex, make_search_index
from rapport.store.server import ServerLocation, open_server_engine, server_location
from rapport.store.suggestions import SuggestionStore
from rapport.store.team import may_own
from rapport.store.timeline import TimelineStore
from rapport.store.transfer import TransferStore
from rapport.store.trash import TrashStore
from rapport.store.unit_of_work import Door, Writer
from rapport.store.watch import FileWatch

if TYPE_CHECKING:
    from rapport.store.charts import ChartStore

log = logging.getLogger("rapport.store")
JournalText = Words("JournalText")

__all__ = ["Change", "Journal", "Listener"]


class Journal:
    """An open journal file. Create with `Journal.open(path)`."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        read_only: bool = False,
        server: ServerLocation | None = None,
    ) -> None:
        #: Where a team journal is (None for a journal file; see store/server.py).
        self.server = server
        on_file = not read_only and server is None
        #: Notices the file or its WAL being moved or deleted under the open journal.
        self._watch = FileWatch(path) if on_file else None
        #: Every change written, told to whoever subscribed (`subscribe`).
        self.changes = ChangeFeed()
        #: The one way to the data, shared by the stores below (they never see the journal).
        self.door = Door(engine, path, self.changes, read_only=read_only, moved=self.file_moved)
        #: Tells what other programs changed (`elsewhere.poll()`); the UI asks on a timer.
        self.elsewhere: ChangeSource | None = None
        self._versions: SqliteChangeWatch | None = None
        if on_file:
            self.elsewhere = self._versions = SqliteChangeWatch(file_connection(path))
            self.door.commit_watch = self._versions
        elif server is not None and not read_only:
            notices = PgChangeNotices(listener_connection(engine))
            self.elsewhere = notices
            self.door.notices = notices
        if server is not None:
            with self.door.read() as session:
                self.door.login = server_login(session)
        #: True when only part of a big journal was checked at open (see store/integrity.py).
        self.check_pending = False
        door = self.door
        self.customers = CustomerStore(door, self.changes)
        self.entries = EntryStore(door)
        self.timeline = TimelineStore(door, self.changes)
        self.checkins = CheckInStore(door)
        self.facts = FactsStore(door, self.changes)
        self.suggestions = SuggestionStore(door)
        #: The backup before a JSON import, taken ahead and reused while nothing changed.
        self._fresh = FreshBackup(engine, lambda: self.path) if on_file else None
        self.transfer = TransferStore(door, backup=self._backup)
        self.search: SearchIndex = make_search_index(door)
        self.trash = TrashStore(door)
        #: The imports that can be undone (store/import_batches.py).
        self.imports = ImportBatchStore(door)
        #: A team journal's relationship rules, the same for every colleague (store/rules.py).
        self.rules = RulesStore(door)
        self.attachments = AttachmentStore(door)
        self.people = PersonStore(door)
        self.our_people = OurPeopleStore(door)
        self.participants = Participants(door)
        self._charts: ChartStore | None = None
        if server is not None:  # colleagues write at the same time: a collision runs again
            self.customers = retried(self.customers, door)
            self.entries = retried(self.entries, door)
            self.checkins = retried(self.checkins, door)
            self.suggestions = retried(self.suggestions, door)
            self.transfer = retried(self.transfer, door)
            self.trash = retried(self.trash, door)
            self.imports = retried(self.imports, door)
            self.rules = retried(self.rules, door)
            self.attachments = retried(self.attachments, door)
            self.people = retried(self.people, door)
            self.our_people = retried(self.our_people, door)
            self.participants = retried(self.participants, door)

    @property
    def path(self) -> Path:
        """Where the journal's file is."""
        return self.door.path

    @property
    def engine(self) -> Engine:
        """The database engine (for the checks and backups that work on raw connections)."""
        return self.door.engine

    @property
    def read_only(self) -> bool:
        """True when opened read-only (`open(for_reading=True)` on a backup disk, say)."""
        return self.door.read_only

    @property
    def charts(self) -> ChartStore:
        """The charts' queries (loaded when a chart is first drawn, not at start-up)."""
        if self._charts is None:
            from rapport.store.charts import ChartStore

            self._charts = ChartStore(self.door)
        return self._charts

    @classmethod
    def open(
        cls,
        path: Path | str | ServerLocation,
        *,
        create: bool = True,
        afresh: bool = False,
        for_reading: bool = False,
        passphrase: cipher.Secret | None = None,
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
        An encrypted journal needs its `passphrase` (PassphraseNeededError without one,
        WrongPassphraseError for a wrong one, nothing read or written); a new journal
        given one is created encrypted; a plain one opens as it is. A server (a
        ServerLocation, or a `postgresql://` URL) opens a team journal.
        """
        server = server_location(path)
        if server is not None:
            return cls._open_server(server, create=create)
        assert not isinstance(path, ServerLocation)
        path = Path(path).expanduser().absolute()
        cipher.forget_file(path)  # not open in this process yet: its header may be read
        try:
            if passphrase:
                cipher.give_passphrase(path, passphrase)
            return cls._open(path, create, afresh, for_reading)
        except cipher.PassphraseNeededError:
            cipher.set_passphrase(path, None)
            raise

    @classmethod
    def _open(cls, path: Path, create: bool, afresh: bool, for_reading: bool) -> Journal:
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
            raise open_error(path, exc) from exc
        try:
            migrate.upgrade(engine, path, lambda why: backup.backup_journal(engine, path, why))
        except JournalError:
            engine.dispose()
            raise
        except DatabaseError as exc:
            engine.dispose()
            raise open_error(path, exc) from exc
        log.info("opened journal %s", path)
        journal = cls(path, engine)
        journal.check_pending = check_later
        return journal

    @classmethod
    def _open_server(cls, server: ServerLocation, *, create: bool) -> Journal:
        """Open a team journal on a server: its schema brought up to date, backed up first."""
        engine = open_server_engine(server, create=create, backup=backup.backup_journal)
        return cls(server.journal_path, engine, server=server)

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
            raise open_error(path, exc) from exc
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
        if self._fresh is not None:
            self._fresh.close()
        self.engine.dispose()
        if self.elsewhere is not None:
            self.elsewhere.close()
        if self._watch is not None:
            self._watch.close()
            self._watch = None  # closed, it has no file to lose (SQLite removed its WAL)

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
        assert not self.door.in_write, "not inside a transaction"
        target = Path(target).expanduser().absolute()
        watch = self._watch
        if not target.exists():  # its key file first: the copy never exists without it
            keys.copy(self.path, target)
        if watch is not None and watch.anchor is not None:
            rescue.save_copy(watch.anchor, target, self.path)
        else:
            raw = self.engine.raw_connection()
            try:
                source = raw.driver_connection
                assert cipher.is_connection(source)
                rescue.save_copy(source, target, self.path)
            finally:
                raw.close()
        old_engine = self.engine
        cipher.set_passphrase(target, cipher.passphrase_of(self.path))
        self.door.engine = make_engine(target, is_new=False)
        self.door.path = target
        self._watch = FileWatch(target)
        if self._versions is not None:
            self._versions.reopen(file_connection(target))
        old_engine.dispose()
        if watch is not None:
            watch.close()
            watch.remove_leftovers()
        self.door.read_only = False
        log.info("journal continues at %s", target)

    def may_own(self) -> bool:
        """Whether this login may do what only the owner may (empty the trash, restore…).

        Always in a journal file; on a team journal, as the server's rights say
        (store/team.py), asked each time, so a right given meanwhile counts.
        """
        if self.server is None:
            return True
        with self.read() as session:
            return may_own(session)

    def backup_ahead(self, why: str, start: Starter | None = None) -> None:
        """Start the backup a JSON import will need now, in the background (its window).

        The import reuses it when nothing was written since, so the owner does not wait
        for the whole file to be copied after choosing Import (store/backup_fresh.py).
        """
        if self._fresh is not None:
            self._fresh.ahead(why, start)

    def _backup(self, why: str) -> None:
        if self._fresh is not None:
            self._fresh.before(why)
        else:
            backup.backup_journal(self.engine, self.path, why)

    # --- reading and writing --------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call listener with a Change after every successful write; returns the unsubscribe."""
        return self.changes.subscribe(listener)

    def read(self) -> AbstractContextManager[Session]:
        """A short read session (see `Door.read`)."""
        return self.door.read()

    def write(self) -> AbstractContextManager[Writer]:
        """One unit of work: saved whole or not at all, then one Change (see `Door.write`)."""
        return self.door.write()

    def transaction(self) -> AbstractContextManager[Writer]:
        """Group many writes into one commit: all of them are saved, or none, one Change."""
        return self.door.write()


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
