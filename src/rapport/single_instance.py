"""One Rapport per journal: a second start brings the first window forward and writes nothing.

Two guards work together. A lock file beside the journal (QLockFile) decides who owns
the journal: it records the owner's process id, so the lock of a process that was
killed is recognised as stale and taken over (its age alone never makes a live lock
stale). A dead owner's process id may be handed to another program later (after a
restart, or by chance): a lock whose process started after the lock was written is
stale too, once the system confirms that no live process holds it (`_take_if_reused`).
The lock file is the owner's alone: it names the host and the machine. The owner also
listens on a local socket (QLocalServer, a name derived from the
journal's path and the user — a local socket, never the network); a second start that
finds the lock taken connects to it, asks the owner to come forward, and exits.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("rapport.instance")

_ACTIVATE = b"activate\n"
_OK = b"ok\n"
_WAIT_MS = 1500
#: A process this much younger than a lock did not write it (clock ticks are coarse).
_REUSE_MARGIN_S = 1.0


def lock_path(journal_path: Path) -> Path:
    """The lock file of a journal: hidden, beside it."""
    return journal_path.parent / f".{journal_path.name}.lock"


def _take(lock: QLockFile) -> bool:
    """Try the lock once, taking over one whose process id another program has now.

    A lock taken is made readable by the owner alone.
    """
    taken = lock.tryLock(0) or _take_if_reused(lock)
    if taken:
        with contextlib.suppress(OSError):
            os.chmod(lock.fileName(), 0o600)
    return taken


def _take_if_reused(lock: QLockFile) -> bool:
    """Take over a lock whose process id now names a process younger than the lock.

    Qt only checks that a process with that id and program name lives, and another
    Python program passes that check. The process's start (from /proc, so Linux only)
    tells: the lock's writer started before it wrote the lock. Qt then removes the file
    only if no live process holds the system lock on it, so a live owner is never
    turned out even if the clock was changed.
    """
    if lock.error() != QLockFile.LockError.LockFailedError:
        return False
    pid, host, _program = lock.getLockInfo()  # (0, "", "") when unreadable
    if pid <= 0 or host != QSysInfo.machineHostName():
        return False
    process_age = _process_age(pid)
    try:
        lock_age = time.time() - os.stat(lock.fileName()).st_mtime
    except OSError:
        return False
    if process_age is None or process_age + _REUSE_MARGIN_S >= lock_age:
        return False
    if not lock.removeStaleLockFile():
        return False
    log.info("took over the lock of %s: its process id %s is another program now", lock, pid)
    return lock.tryLock(0)


def _process_age(pid: int) -> float | None:
    """How long ago the process started, in seconds (None when /proc cannot tell)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii", "replace")
        uptime = float(Path("/proc/uptime").read_text("ascii").split()[0])
        # Field 22, the start in clock ticks after boot; the name in field 2 may hold spaces.
        started = int(stat[stat.rindex(")") + 2 :].split()[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    return uptime - started


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
        if not _take(self._lock):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                # No lock file can be made here (read-only folder…): opening the journal
                # will explain; there is nothing to share the journal with.
                log.warning("no lock for %s: %s", self.journal_path, self._lock.error())
                return True
            return False
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
    if _take(lock):
        return lock
    return None if lock.error() == QLockFile.LockError.LockFailedError else lock


def in_use_elsewhere(journal_path: Path) -> bool:
    """Whether a live Rapport holds the journal (for the command line's restore)."""
    lock = QLockFile(str(lock_path(journal_path)))
    lock.setStaleLockTime(0)
    if _take(lock):
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
