"""Changes made elsewhere: noticing that another program wrote to the open journal.

The command line (`rapport import`, a script using the store) can write to a journal
the app has open. Its changes must reach the open windows through the same feed as
the app's own (`journal.changes`), so a view has one place to listen.

A `ChangeSource` is anything that can say, when asked, what others changed since it
was last asked: `poll() -> Change | None`. The caller (the UI, on a timer) publishes
what it returns. On SQLite, `SqliteChangeWatch` keeps one read connection of its own
and compares `PRAGMA data_version`, which changes only when ANOTHER connection
committed: one PRAGMA per look, microseconds, so the UI thread may ask every second.
A team journal's source is PostgreSQL's LISTEN/NOTIFY (store/change_notify_pg.py):
its `poll()` drains the notices received and merges them into one Change.

What changed elsewhere is announced as `Change(everything=True)`: the journal has no
index on when rows were written, so naming the rows would mean reading the whole
entry table (some 35 ms on 100,000 entries) each time, and a restore or a purge
elsewhere removes rows no stamp names. A change elsewhere is rare; every view reads
afresh once.

The app's own writes go through other connections of the same pool, so they change
`data_version` too; they are announced by their unit of work already and must not be
announced twice. Around each own commit (`own_commit`, called by the unit of work
while it holds SQLite's write lock, so no other program can commit meanwhile) the
watch notes whether anything else was pending, and the committing connection's own
`data_version` before and after the commit: unchanged means no other connection
committed in between, so the watch's new `data_version` is this commit's alone and is
taken as seen. In any other case it is left for the next poll, which then says
`everything` (a superset, never a change missed).

"Anything else pending" is asked as the own write transaction begins (`own_begin`,
the write lock just taken), not only just before COMMIT: a big write (a 10 MB photo)
outgrows the WAL's checkpoint size, and the next write transaction restarts the WAL
while it writes, which the watch's connection sees as a new `data_version` although
nobody else committed. Asked before COMMIT alone, every own write after a big one
was told as a change elsewhere (every view read afresh; the timeline lost its
selection).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from rapport.store import cipher
from rapport.store.change import Change
from rapport.store.cipher import Connection
from rapport.store.engine import BUSY_TIMEOUT_MS, sqlite_uri

log = logging.getLogger("rapport.store")

#: What a change elsewhere is announced as (see the module's docstring).
ELSEWHERE = Change(everything=True)


class ChangeSource(Protocol):
    """Tells what was changed elsewhere since it was last asked."""

    def poll(self) -> Change | None:
        """What others changed since the last poll, or None (cheap when nothing did)."""
        ...

    def close(self) -> None:
        """Stop watching (the journal closes)."""
        ...


def file_connection(path: Path) -> Callable[[], Connection]:
    """What opens the watch's own connection to the journal file at path (it only reads)."""

    def connect() -> Connection:
        conn = cipher.connect(
            path,
            sqlite_uri(path),
            isolation_level=None,
            check_same_thread=False,  # polled on the UI thread, told of commits on any
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        conn.execute("PRAGMA query_only = ON")
        return conn

    return connect


def _data_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


class SqliteChangeWatch:
    """Watches one SQLite journal file for commits made by other connections."""

    def __init__(self, connect: Callable[[], Connection]) -> None:
        self._connect = connect
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._seen = 0
        #: Per committing connection: whether others had committed when its write began.
        self._pending: dict[int, bool] = {}
        self._open()

    def _open(self) -> None:
        try:
            conn = self._connect()
            self._seen = _data_version(conn)
        except cipher.Error as exc:  # no watch: changes elsewhere show at the next reload
            log.warning("cannot watch for changes made elsewhere: %s", exc)
            return
        self._conn = conn

    def reopen(self, connect: Callable[[], Connection]) -> None:
        """Watch another file from now on (the journal was saved again elsewhere)."""
        with self._lock:
            self._close()
            self._connect = connect
            self._open()

    def poll(self) -> Change | None:
        """`everything` when another program committed since the last poll, else None.

        Never waits: when the app is committing just now, the next poll looks again.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if self._conn is None:
                return None
            try:
                version = _data_version(self._conn)
            except cipher.Error as exc:
                log.warning("cannot look for changes made elsewhere: %s", exc)
                return None
            if version == self._seen:
                return None
            self._seen = version
            log.info("the journal was changed by another program")
            return ELSEWHERE
        finally:
            self._lock.release()

    def own_begin(self, committing: Connection) -> None:
        """An own write transaction began on `committing` (its write lock is held)."""
        with self._lock:
            if self._conn is None:
                return
            try:
                self._pending[id(committing)] = _data_version(self._conn) != self._seen
            except cipher.Error:
                self._pending[id(committing)] = True

    @contextmanager
    def own_commit(self, committing: Connection) -> Iterator[Callable[[], None]]:
        """Around one of the app's commits: yields what to call right after it committed.

        Entered while the committing connection holds the write lock, before COMMIT;
        the callable must run on the same connection right after COMMIT (before the
        connection goes back to the pool), and the block ends after it.
        """
        with self._lock:
            conn = self._conn
            if conn is None:
                yield lambda: None
                return
            began = self._pending.pop(id(committing), None)
            try:
                pending = _data_version(conn) != self._seen if began is None else began
                before = _data_version(committing)
            except cipher.Error:
                yield lambda: None
                return

            def committed() -> None:
                try:
                    after_watch = _data_version(conn)  # first, then the committer's
                    alone = _data_version(committing) == before
                except cipher.Error:
                    return
                if alone and not pending:
                    self._seen = after_watch

            yield committed

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        """Let go of the watch's connection."""
        with self._lock:
            self._close()
