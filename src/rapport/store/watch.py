"""Noticing that the open journal is no longer the file at its path.

A sync tool or a file manager can move, rename, replace or delete the journal (or its
write-ahead log, the -wal file) while Rapport has it open. SQLite goes on writing into
the files it has open, which are then no longer the ones at the path: every save looks
fine and is lost. So before each commit the file and the WAL at the path are compared
(device and inode) with the ones recorded at open: two `stat` calls, microseconds.

One connection of the watch's own (the anchor) stays open as long as the journal: SQLite
deletes the WAL when the last connection to a journal closes, and the next connection
makes a new one. The anchor keeps that from happening when the pool's connections are
all closed, so a different WAL at the path is always someone else's doing. It is also
the one connection sure to still read the files that were opened, the WAL included,
so the journal is saved again from it (store/rescue.py).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from rapport.store import cipher
from rapport.store.cipher import Connection
from rapport.store.engine import BUSY_TIMEOUT_MS, sqlite_uri

log = logging.getLogger("rapport.store")

#: A file's identity: the device it is on and its inode there.
FileId = tuple[int, int]


def file_id(path: Path) -> FileId | None:
    """The identity of the file at path now, or None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def wal_path(path: Path) -> Path:
    """The write-ahead log SQLite keeps beside a journal."""
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    """The WAL's index (shared memory) SQLite keeps beside a journal."""
    return path.with_name(path.name + "-shm")


class FileWatch:
    """Remembers which files a journal opened, and tells when the path has others."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._anchor: Connection | None = None
        try:
            anchor = cipher.connect(
                path,
                sqlite_uri(path),
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
            anchor.execute("PRAGMA schema_version").fetchone()  # opens (and keeps) the WAL
            self._anchor = anchor
        except cipher.Error as exc:  # the watch still compares the files, only less surely
            log.warning("no anchor connection for %s: %s", path, exc)
        self._file = file_id(path)
        self._wal = file_id(wal_path(path))
        self._shm = file_id(shm_path(path))

    def moved(self) -> bool:
        """Whether the file or the WAL at the path is no longer the one that was opened."""
        if file_id(self.path) != self._file:
            log.warning("the journal file at %s is no longer the one open", self.path)
            return True
        wal = file_id(wal_path(self.path))
        if self._wal is None:  # no WAL yet when opened: the first one is the journal's
            self._wal = wal
            return False
        if wal != self._wal:
            log.warning("the WAL of %s is no longer the one open", self.path)
            return True
        return False

    @property
    def anchor(self) -> Connection | None:
        """The watch's own connection to the files that were opened (None if it failed)."""
        return self._anchor

    def close(self) -> None:
        """Let go of the anchor (after the journal's own connections)."""
        if self._anchor is not None:
            self._anchor.close()
            self._anchor = None

    def remove_leftovers(self) -> None:
        """After closing a journal saved again elsewhere: remove its -wal and -shm at the path.

        SQLite leaves them behind when the journal file was moved away (it does not write
        into a moved file when it closes). Beside whatever file is at the path now — an
        older copy a sync tool put there, say — they would be read as that file's own
        latest pages and mix two journals. Only the very files that were opened are
        removed; everything they held is in the journal saved again.
        """
        if file_id(self.path) == self._file:
            return  # the file at the path is still the journal's: its sidecars are its own
        for sidecar, recorded in (
            (wal_path(self.path), self._wal),
            (shm_path(self.path), self._shm),
        ):
            if recorded is not None and file_id(sidecar) == recorded:
                try:
                    sidecar.unlink()
                    log.info("removed %s, left behind by the journal saved again", sidecar)
                except OSError as exc:
                    log.warning("could not remove %s: %s", sidecar, exc)
