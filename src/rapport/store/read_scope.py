"""One read session for everything the views read while a change is announced.

After a write, each view reads what the change touched (the page's header and rows,
the list's row, ...): each read was a session of its own, with its own connection,
BEGIN and ROLLBACK, costing more than most of the queries. While the change is
announced (`Door.write`), the reads on that thread share one session instead: one
snapshot, the same for every view. A write in the meantime ends it (the next read
sees the write); other threads never share it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from types import TracebackType

from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from rapport.store.db_errors import read_error


class SharedReads:
    """The session a thread's reads share during `scope()` (made at the first read)."""

    def __init__(self, make: Callable[[], Session]) -> None:
        self._make = make
        self._local = threading.local()

    @contextmanager
    def scope(self) -> Iterator[None]:
        """Share one read session among the reads made on this thread inside it."""
        outer = getattr(self._local, "open", False)
        self._local.open = True
        try:
            yield
        finally:
            if not outer:
                self.end()
                self._local.open = False

    def session(self) -> AbstractContextManager[Session] | None:
        """The shared session for one read, or None outside a scope (read on your own)."""
        if not getattr(self._local, "open", False):
            return None
        session: Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = self._make()
        return _Shared(session, self)

    def end(self) -> None:
        """Close the shared session (a write begins, or the scope ends); reopened if read."""
        session: Session | None = getattr(self._local, "session", None)
        self._local.session = None
        if session is not None:
            session.close()


class _Shared(AbstractContextManager[Session]):
    """The shared session in a `with` block: kept open after it, failures put into words."""

    __slots__ = ("_reads", "_session")

    def __init__(self, session: Session, reads: SharedReads) -> None:
        self._session = session
        self._reads = reads

    def __enter__(self) -> Session:
        return self._session

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        if error is not None:  # the next read starts afresh
            self._reads.end()
        if isinstance(error, DatabaseError):
            raise read_error(error) from error
