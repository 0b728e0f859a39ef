"""Private, durable files: created 0600 in 0700 folders, replaced atomically.

Everything Rapport writes about customers (journal, backups, drafts) goes through
these helpers, so the owner alone can read it whatever the umask, and a crash or
power cut leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the age of a file decides instead
    fcntl = None  # type: ignore[assignment]

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
#: Where no lock can say whether its writer lives, a temporary file this old is abandoned.
ABANDONED_AFTER_S = 3600
#: The files SQLite may keep beside a database while it is open or after a crash.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def private_folder(folder: Path) -> Path:
    """Create the folder (and parents) readable by the owner alone; return it."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        # mkdir's mode is filtered by the umask; chmod is not.
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_FOLDER)
    return folder


def create_private(path: Path, *, exclusive: bool = False) -> None:
    """Create an empty file readable by the owner alone (left as is when it exists)."""
    flags = os.O_CREAT | os.O_WRONLY | (os.O_EXCL if exclusive else 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Make a file's content durable before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in the folder survive a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace path with data: the old content or the new one survives a crash, never a mix.

    The data goes to a private temporary file in the same folder, is fsynced, renamed
    over the target, and the folder is fsynced so the rename itself is durable.
    """
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(folder)


@contextlib.contextmanager
def being_written(path: Path) -> Iterator[None]:
    """Create a private temporary file and mark it as being written until the block ends.

    The mark is a lock on the file that the system drops when the process ends, however
    it ends: a file a killed process left behind can be told apart from one a live
    process is still writing (see `remove_if_abandoned`).
    """
    for _attempt in range(3):
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
        os.fchmod(fd, PRIVATE_FILE)
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        if _same_file(fd, path):
            break
        os.close(fd)  # tidied away by another process between creating and locking it
    else:
        raise FileExistsError(f"{path} keeps being removed while it is written")
    try:
        yield
    finally:
        os.close(fd)


def remove_if_abandoned(path: Path) -> bool:
    """Remove a temporary file (and SQLite's files beside it) that no live process writes.

    True when it is gone. A file still marked by `being_written` is left alone; without
    locks (Windows) only a file untouched for `ABANDONED_AFTER_S` counts as abandoned.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # a live process is writing it
        elif time.time() - os.fstat(fd).st_mtime < ABANDONED_AFTER_S:
            return False
        if not _same_file(fd, path):
            return False
        if fcntl is not None:  # unlinked while locked, so no writer can start on it meanwhile
            _unlink_with_side_files(path)
    except OSError:
        return False
    finally:
        os.close(fd)
    if fcntl is None:  # Windows cannot remove a file that is open
        try:
            _unlink_with_side_files(path)
        except OSError:
            return False
    return True


def _unlink_with_side_files(path: Path) -> None:
    path.unlink(missing_ok=True)
    for tail in SQLITE_SIDE_FILES:
        path.with_name(path.name + tail).unlink(missing_ok=True)


def _same_file(fd: int, path: Path) -> bool:
    """Whether the open file is still the one at path (not removed or replaced)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)
