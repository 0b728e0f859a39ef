"""Saving an open journal into a new file: the way on when its own file was taken away.

The open connection still reads a journal whose file was moved or deleted (a file lives
on while it is open, and so does its WAL). SQLite's backup API copies what that
connection sees — every saved change — into a new private file, which is checked and
synced before it appears at the path the owner chose. An existing file is never
overwritten.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from pathlib import Path

from rapport.i18n import Words
from rapport.store import cipher
from rapport.store.cipher import Connection
from rapport.store.engine import APPLICATION_ID, prepare_location, sqlite_uri
from rapport.store.errors import JournalLocationError, JournalWriteError
from rapport.store.files import fsync_folder

log = logging.getLogger("rapport.store")
RescueText = Words("RescueText")

_SIDECARS = ("-wal", "-shm", "-journal")


def save_copy(source: Connection, target: Path, journal: Path) -> None:
    """Write the journal as the `source` connection sees it to a new file at target, checked."""
    prepare_location(target)
    if any(target.with_name(target.name + s).exists() for s in ("", *_SIDECARS)):
        raise _exists(target)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    partial = Path(temp)
    try:
        _copy(source, partial, journal)
        _place(partial, target)
        fsync_folder(target.parent)
    except cipher.DiskOrError as exc:
        log.warning("could not save the journal again at %s: %s", target, exc)
        if isinstance(exc, FileExistsError):
            raise _exists(target) from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise JournalWriteError(
            RescueText.tr("The journal could not be saved at “{path}” ({reason}).").format(
                path=target, reason=reason
            ),
            RescueText.tr("Choose another place, on another disk if this one is full."),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    log.info("journal saved again at %s", target)


def _copy(source: Connection, partial: Path, journal: Path) -> None:
    """Copy through SQLite's backup API, check the copy, and sync it to the disk."""
    dest = cipher.connect_copy(partial, journal, sqlite_uri(partial))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it yet
        problem = dest.execute("PRAGMA quick_check").fetchone()[0]
        app_id = dest.execute("PRAGMA application_id").fetchone()[0]
    finally:
        dest.close()
    if problem != "ok" or app_id != APPLICATION_ID:
        raise cipher.DatabaseError[0](f"the copy failed its check: {problem}")
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(partial: Path, target: Path) -> None:
    """Give the copy its name; a file that appeared there meanwhile is never replaced."""
    try:
        os.link(partial, target)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if target.exists():  # a disk without hard links (FAT): check, then rename
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from exc
        os.rename(partial, target)


def _exists(target: Path) -> JournalLocationError:
    return JournalLocationError(
        RescueText.tr("“{path}” already exists.").format(path=target),
        RescueText.tr("Choose a new name; the file there was left as it was."),
    )
