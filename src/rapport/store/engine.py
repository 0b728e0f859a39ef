"""Opening a journal file safely: checks before any write, and the pragmas every connection gets.

Before SQLite is allowed to write anything, the file is inspected read-only: a folder,
a text file, a foreign SQLite database or a damaged file is refused and left as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from rapport.store.errors import (
    CorruptJournalError,
    JournalLocationError,
    NotAJournalError,
)

log = logging.getLogger("rapport.store")

#: Written into the SQLite header (PRAGMA application_id) so a journal can be told apart
#: from any other SQLite database. "RAPP" in ASCII.
APPLICATION_ID = 0x52415050
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"


def prepare_location(path: Path) -> None:
    """Make sure the journal's folder exists and is writable, created private (0700)."""
    if path.is_dir():
        raise JournalLocationError(
            f"“{path}” is a folder.",
            "Give the path of a journal file inside it, e.g. journal.rapport.",
        )
    folder = path.parent
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
    except OSError as exc:
        raise JournalLocationError(
            f"The folder “{folder}” could not be created ({exc.strerror}).",
            "Choose a folder you can write to.",
        ) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise JournalLocationError(
            f"Rapport cannot write in the folder “{folder}”.",
            "Choose a folder you can write to, or ask for write permission.",
        )


def inspect_existing(path: Path) -> bool:
    """Check an existing file read-only; True when it is an empty file or a new database.

    Raises NotAJournalError for anything that is not ours and CorruptJournalError when
    SQLite cannot read it. Returns False for an existing Rapport journal.
    """
    if not path.exists():
        return True
    if not stat.S_ISREG(path.stat().st_mode):
        raise NotAJournalError(path, "not a regular file")
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC:
        raise NotAJournalError(path, "not a database (perhaps a text or document file)")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptJournalError(
            f"“{path}” is damaged and cannot be read ({exc}).",
            "Restore it from a backup. The damaged file was left as it was.",
        ) from exc
    if app_id == APPLICATION_ID:
        return False
    if app_id == 0 and not tables:
        return True
    raise NotAJournalError(path, "a database of another program")


def _create_private_file(path: Path) -> None:
    """Create the journal file readable by the owner alone, before SQLite opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Every connection: write-ahead log, durable commits, foreign keys, patience with locks."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def make_engine(path: Path, *, is_new: bool) -> Engine:
    """Build the SQLAlchemy engine for a checked journal path."""
    if is_new:
        _create_private_file(path)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    if is_new:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    log.debug("engine ready for %s", path)
    return engine
