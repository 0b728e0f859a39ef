"""The backup before a JSON import, taken ahead and reused while the journal is unchanged.

Before a Rapport JSON export is imported into a journal that holds anything, the
owner is promised a verified backup of the journal as it was (a CSV or vCard import
is undone exactly instead, with no backup: store/import_batches.py). Copying and
checking the whole file costs as much as the import itself on 100,000 entries, and
seconds with a gigabyte of files, so it is not made while the owner waits when it
need not be: the import window starts it as soon as it opens (`ahead`), while the
owner reviews the plan, and the import itself (`before`) reuses it when nothing was
committed since, else takes one.

"Nothing was committed since" is SQLite's `PRAGMA data_version` on a connection of
this module's own that never writes: it changes whenever any connection commits,
the app's own included. A backup read from that connection with the same version
before and after holds exactly that version; the same version later means the same
journal. A change the version reports without a commit (the WAL restarted) only
costs a backup more, never a stale one. A team journal (PostgreSQL) backs up as
before, each time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from rapport.store import backup
from rapport.store.change_watch import file_connection
from rapport.store.cipher import Connection

log = logging.getLogger("rapport.store.backup")

#: Runs a job in a thread of its own and returns the thread: (job, thread name) → thread.
Starter = Callable[[Callable[[], None], str], threading.Thread]


class FreshBackup:
    """A journal file's newest backup known to hold it exactly as it is now."""

    def __init__(self, engine: Engine, path: Callable[[], Path]) -> None:
        self._engine = engine
        self._path = path  # asked each time: the journal may be saved again elsewhere
        self._lock = threading.Lock()  # one backup at a time; `before` waits for `ahead`
        self._conn: Connection | None = None
        self._conn_path: Path | None = None
        self._known: tuple[Path, int, Path] | None = None  # journal, version, backup
        self._closed = False

    def ahead(self, reason: str, start: Starter | None = None) -> threading.Thread:
        """Start a backup in the background (its failure is logged: `before` tries again).

        `start` runs the job in a thread (the UI's starter pauses the garbage collector
        meanwhile, so no Qt object is freed in this thread); by default a plain thread.
        """

        def job() -> None:
            try:
                self.before(reason)
            except Exception as exc:
                if not self._closed:
                    log.warning("backup ahead failed (%s); it is taken again when needed", exc)

        if start is not None:
            return start(job, f"backup-{reason}")
        thread = threading.Thread(target=job, name=f"backup-{reason}", daemon=True)
        thread.start()
        return thread

    def before(self, reason: str) -> Path:
        """A verified backup of the journal as it is now: the one known, else a new one."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the journal was closed")
            path = self._path()
            conn = self._connection(path)
            version = _data_version(conn)
            known = self._known
            if known is not None and known[:2] == (path, version) and known[2].exists():
                log.info("journal unchanged since its backup %s: reused", known[2].name)
                return known[2]
            try:
                taken = backup.backup_journal(self._engine, path, reason, conn)
                after = _data_version(conn)
                self._known = (path, version, taken) if after == version else None
            finally:
                if self._closed:  # closed meanwhile: the connection is this backup's to release
                    self._drop()
            return taken

    def close(self) -> None:
        """Release the connection; a backup under way finishes on its own, then releases it.

        Never waits: a window closing while a gigabyte is copied ahead does not hang.
        """
        self._closed = True
        if self._lock.acquire(blocking=False):
            try:
                self._drop()
            finally:
                self._lock.release()

    def _connection(self, path: Path) -> Connection:
        if self._conn is None or self._conn_path != path:
            self._drop()
            # Read-only, usable from any thread: the one `change_watch` reads versions with.
            self._conn = file_connection(path)()
            self._conn_path = path
        return self._conn

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = self._conn_path = self._known = None


def _data_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])
