"""Catching damage early: the check at every start, moving a damaged journal aside.

A damaged journal is never written to again: its file, WAL and shared-memory file
are renamed together (the WAL may still hold the latest good pages, so a specialist
can recover them), and the user is offered the newest good backup.

Three kinds of damage are told apart, because each has its own way out:

- a page SQLite can no longer read, or a table of records gone (a careless tool can
  drop one and SQLite's own checks see nothing): the newest good backup;
- indexes out of step with their tables (`only_indexes_damaged`): no record is lost,
  and `repair_indexes` rebuilds them, after a backup;
- a journal file that is missing or empty while backups of it exist (`is_lost`): it
  was a journal, so it is never started afresh; the newest good backup is offered.

The start-up check is SQLite's `PRAGMA integrity_check`, which reads every page and
compares every index with its table. Its cost grows with the file: on a 100,000-entry
journal (105 MB) it takes 260 ms from a warm cache (`quick_check`, which skips the
indexes, 80 ms) and over a second from a cold disk (benchmarks/backup.py). So a
journal up to `SYNC_CHECK_BYTES` is checked whole before it opens (16 MB: about 35 ms
warm); a bigger one has every table except the big ones (`BACKGROUND_TABLES`, and the
full-text index's, `BACKGROUND_PREFIXES`) checked with their indexes before it opens —
what the first screen reads — and the full check runs in the background once the
window is up (`background_check`). (The first screen reads the entry table only
through its small indexes, for the customer list's last contact and next follow-up;
Today reads it in the background; a screen that meets damage leads to recovery.)
The check for missing tables is a comparison of `sqlite_master` with the schema: a
few milliseconds whatever the size.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlmodel import SQLModel

from rapport import check_ahead
from rapport.domain.today import Cancelled
from rapport.store import (
    cipher,
    models,  # noqa: F401  (the tables must be known to the metadata)
)
from rapport.store.backup import list_backups, take_backup
from rapport.store.cipher import Connection
from rapport.store.db_errors import write_error
from rapport.store.engine import APPLICATION_ID, BUSY_TIMEOUT_MS, read_only_uri
from rapport.store.errors import JournalDamagedError
from rapport.store.files import fsync_folder
from rapport.store.keys import KEY_TAIL
from rapport.store.migrate import SCHEMA_HEAD

log = logging.getLogger("rapport.store.integrity")

#: Journals up to this size (file + WAL) are checked whole before they open.
SYNC_CHECK_BYTES = check_ahead.SYNC_CHECK_BYTES
#: The tables a big journal's check leaves to the background (see `rapport.check_ahead`).
BACKGROUND_TABLES = check_ahead.BACKGROUND_TABLES
BACKGROUND_PREFIXES = check_ahead.BACKGROUND_PREFIXES
#: The sidecar files SQLite keeps beside a journal in WAL mode.
SIDECARS = ("-wal", "-shm", KEY_TAIL)  # the key file too: a damaged file aside keeps it
_HEADER = b"SQLite format 3\x00"
#: SQLite's virtual-machine steps between two questions whether a check should stop.
STOP_EVERY_STEPS = 20_000


def looks_like_a_journal(path: Path) -> bool:
    """Whether the file's header says it is a Rapport journal (read without SQLite).

    Bytes 68–71 of the SQLite header hold the application id, so this works even when
    SQLite itself can no longer read the file. An encrypted journal has no readable
    header: it is ours when the passphrase given for it opens its first page.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    passphrase = cipher.passphrase_of(path)
    if passphrase is not None and cipher.looks_encrypted(path):
        return cipher.opens(path, passphrase)
    return (
        len(header) == 100
        and header.startswith(_HEADER)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def is_damage(error: BaseException) -> bool:
    """Whether a database error means the file is damaged (not busy, locked or full)."""
    if isinstance(error, JournalDamagedError):
        return True
    text = str(getattr(error, "orig", None) or error).lower()
    return "malformed" in text or "not a database" in text


def quick_check(path: Path) -> str | None:
    """Check the journal read-only; None when it is sound, else what SQLite found."""
    return _check(path, "quick_check")


def is_blank(path: Path) -> bool:
    """Whether nothing is at the path: no file, or an empty one (SQLite would start afresh)."""
    try:
        return path.stat().st_size == 0
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:  # there, but not ours to read: not blank
        return False


def is_lost(path: Path) -> bool:
    """Whether a blank journal path held a journal once: backups of it exist.

    A journal that has backups is never new: a sync tool, a file manager or a disk
    problem took it away, and starting afresh would hide that (see `Journal.open`).
    """
    return is_blank(path) and bool(list_backups(path))


def expected_tables() -> set[str]:
    """The tables every up-to-date journal has (the search index's are rebuilt at will)."""
    return set(SQLModel.metadata.tables) | {"alembic_version"}


def missing_tables(path: Path) -> list[str]:
    """The tables the schema needs that the journal lacks, read-only; [] when none are.

    Only an up-to-date journal is compared (an older one gets its tables from the
    upgrade), and a journal without any table is one whose creation has yet to finish.
    A file SQLite cannot read is left to the integrity check, which says why.
    """
    try:
        conn = _connect_ro(path)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            names = {r[0] for r in rows}
            if not names:
                return []
            if "alembic_version" not in names:
                return ["alembic_version"]
            stamped = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            conn.close()
    except cipher.DatabaseError:
        return []
    if [r[0] for r in stamped] != [SCHEMA_HEAD]:
        return []
    missing = sorted(expected_tables() - names)
    if missing:
        log.warning("tables missing from %s: %s", path, missing)
    return missing


def check_at_start(path: Path) -> tuple[str | None, bool]:
    """The check before a journal opens: (what is wrong or None, whether more is to check).

    The second value is True when only part was checked (a big journal): the caller
    runs `background_check` once the window is up. A sound verdict of the same check
    begun at launch (`rapport.check_ahead`) is taken when it holds for this file as it is.
    """
    ahead = check_ahead.take(path, read_only_uri(path), SYNC_CHECK_BYTES)
    if ahead is not None:
        return ahead
    try:
        size = check_ahead.journal_bytes(path)
        conn = _connect_ro(path)
        try:
            return check_ahead.start_check(conn, path, size, SYNC_CHECK_BYTES)
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        return str(exc), False


def full_check(path: Path, stop: Callable[[], bool] | None = None) -> str | None:
    """The full integrity check (indexes compared with their tables too).

    `stop`, asked every few thousand steps of SQLite's work, ends it early: Cancelled.
    """
    return _check(path, "integrity_check", stop)


def background_check(path: Path) -> str | None:
    """The rest of a big journal's start check, run once its window is up."""
    return full_check(path)


def only_indexes_damaged(problem: str) -> bool:
    """Whether every problem found is an index out of step with its table.

    Such damage loses no data: rebuilding the indexes (REINDEX) repairs it.
    """
    parts = [p.strip() for p in problem.split(";") if p.strip()]
    index_words = ("missing from index", "wrong # of entries in index", "index ")
    return bool(parts) and all(any(w in p for w in index_words) for p in parts)


def repair_indexes(path: Path) -> str | None:
    """Back the journal up, then rebuild every index in one transaction.

    Returns what is still wrong, or None. The backup ("before-repair") keeps the
    journal as it was, indexes out of step included: its check allows exactly that.
    Raises BackupError when it cannot be written, and a JournalWriteError in words when
    the rebuild fails (busy, full disk); nothing is rebuilt then.
    """
    take_backup(path, "before-repair", tolerate=only_indexes_damaged)
    try:
        conn = cipher.connect(path, path.absolute().as_uri(), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.isolation_level = None
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("REINDEX")
                conn.execute("COMMIT")
            except cipher.Error:
                conn.execute("ROLLBACK")
                raise
        finally:
            conn.close()
    except cipher.Error as exc:
        raise write_error(exc) from exc
    return full_check(path)


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged (or emptied) journal and its sidecars aside; return the new path.

    Nothing is deleted or overwritten: the new name carries the time, and a number is
    added if that name is taken.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"{path.stem}.damaged-{stamp}"
    target = path.with_name(f"{base}{path.suffix}")
    n = 1
    while target.exists() or any(_sidecar(target, s).exists() for s in SIDECARS):
        n += 1
        target = path.with_name(f"{base}-{n}{path.suffix}")
    if path.exists():  # a lost journal may have left its WAL alone
        os.rename(path, target)
    for suffix in SIDECARS:
        sidecar = _sidecar(path, suffix)
        if sidecar.exists():
            os.rename(sidecar, _sidecar(target, suffix))
    fsync_folder(path.parent)
    log.warning("moved damaged journal %s aside to %s", path, target)
    return target


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _check(path: Path, pragma: str, stop: Callable[[], bool] | None = None) -> str | None:
    stopped = False

    def asked() -> int:
        nonlocal stopped
        stopped = stop is not None and stop()
        return int(stopped)  # non-zero interrupts the statement

    try:
        conn = _connect_ro(path)
        try:
            if stop is not None:
                conn.set_progress_handler(asked, STOP_EVERY_STEPS)
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        if stopped:
            raise Cancelled from exc
        return str(exc)
    if rows == ["ok"]:
        return None
    log.warning("%s of %s found: %s", pragma, path, rows[:5])
    return "; ".join(rows[:5])


def _connect_ro(path: Path) -> Connection:
    """Read-only: a damaged file must not be written to, not even by a checkpoint."""
    return cipher.connect(path, read_only_uri(path), timeout=BUSY_TIMEOUT_MS / 1000)
