"""One Rapport per journal: a second start brings the first window forward and writes nothing.

Two guards work together. A lock file beside the journal (QLockFile) decides who owns
the journal: it records the owner's process id, so the lock of a process that was
killed is recognised as stale and taken over (its age alone never makes a live lock
stale). The owner also listens on a local socket (QLocalServer, a name derived from the
journal's path and the user — a local socket, never the network); a second start that
finds the lock taken connects to it, asks the owner to come forward, and exits.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("rapport.instance")

_ACTIVATE = b"activate\n"
_OK = b"ok\n"
_WAIT_MS = 1500


def lock_path(journal_path: Path) -> Path:
    """The lock file of a journal: hidden, beside it."""
    return journal_path.parent / f".{journal_path.name}.lock"


def _private(lock: QLockFile) -> None:
    """A lock just taken is for the owner alone: it names the host and the machine."""
    with contextlib.suppress(OSError):
        os.chmod(lock.fileName(), 0o600)


def server_name(journal_path: Path) -> str:
    """The local socket name for a journal: the same path and user give the same name."""
    key = f"{getpass.getuser()}\0{journal_path.expanduser().resolve()}"
    return "rapport-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class InstanceGuard(QObject):
    """Owns a journal for this process: holds its lock and answers later starts."""

    activated = Signal()

    def __init__(self, journal_path: Path) -> None:
        super().__init__()
        self.journal_path = journal_path
        self.name = server_name(journal_path)
        self._lock = QLockFile(str(lock_path(journal_path)))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never age
        self._server: QLocalServer | None = None

    def try_own(self) -> bool:
        """Take the lock (a dead owner's stale lock is removed) and start listening."""
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                # No lock file can be made here (read-only folder…): opening the journal
                # will explain; there is nothing to share the journal with.
                log.warning("no lock for %s: %s", self.journal_path, self._lock.error())
                return True
            return False
        _private(self._lock)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a killed owner's socket file
        if not server.listen(self.name):
            log.warning("could not listen on %s: %s", self.name, server.errorString())
        server.newConnection.connect(self._answer)
        self._server = server
        return True

    def release(self) -> None:
        """Give the journal up (at exit, or when another journal is opened)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _answer(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return

        def read() -> None:
            if socket.canReadLine() and bytes(socket.readLine().data()) == _ACTIVATE:
                socket.write(_OK)
                socket.flush()
                socket.disconnectFromServer()
                log.info("another start asked this window to come forward")
                self.activated.emit()

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)


def ask_owner_to_activate(journal_path: Path) -> bool:
    """Ask the Rapport that owns the journal to come forward; True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(journal_path))
    if not socket.waitForConnected(_WAIT_MS):
        return False
    socket.write(_ACTIVATE)
    socket.waitForBytesWritten(_WAIT_MS)
    answered = socket.waitForReadyRead(_WAIT_MS) and bytes(socket.readAll().data()) == _OK
    socket.abort()
    return answered


def hold_lock(journal_path: Path) -> QLockFile | None:
    """Take the journal's lock for a command-line job; None while a live Rapport holds it.

    The caller unlocks it when done, so the app cannot open the journal half-way.
    """
    lock = QLockFile(str(lock_path(journal_path)))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        _private(lock)
        return lock
    return None if lock.error() == QLockFile.LockError.LockFailedError else lock


def in_use_elsewhere(journal_path: Path) -> bool:
    """Whether a live Rapport holds the journal (for the command line's restore)."""
    lock = QLockFile(str(lock_path(journal_path)))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


class Guards:
    """The journals this process owns, one guard each."""

    def __init__(self) -> None:
        self._held: dict[Path, InstanceGuard] = {}
        self.handed_over = False

    def claim(self, journal_path: Path) -> bool:
        """Own the journal, or ask its owner to come forward and return False."""
        key = journal_path.expanduser().absolute()
        if key in self._held:
            return True
        guard = InstanceGuard(key)
        if guard.try_own():
            self._held[key] = guard
            return True
        self.handed_over = ask_owner_to_activate(key)
        log.info("journal %s is open in another Rapport (answered: %s)", key, self.handed_over)
        return False

    def get(self, journal_path: Path) -> InstanceGuard | None:
        """The guard of a journal this process owns."""
        return self._held.get(journal_path.expanduser().absolute())

    def release(self, journal_path: Path) -> None:
        """Stop owning a journal."""
        guard = self._held.pop(journal_path.expanduser().absolute(), None)
        if guard is not None:
            guard.release()


#: The process's guards (the app owns one journal at a time).
GUARDS = Guards()
