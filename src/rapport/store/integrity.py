"""Catching damage early: the check at every start, moving a damaged journal aside.

A damaged journal is never written to again: its file, WAL and shared-memory file
are renamed together (the WAL may still hold the latest good pages, so a specialist
can recover them), and the user is offered the newest good backup.

The start-up check is `PRAGMA quick_check`: it reads every page and checks the b-tree
structure, but skips comparing each index to its table, which is what makes the full
`integrity_check` several times slower. On a 100,000-entry journal it takes well under
a second (see benchmarks/backup.py); backups get the full check.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from rapport.store.engine import APPLICATION_ID, BUSY_TIMEOUT_MS
from rapport.store.files import fsync_folder

log = logging.getLogger("rapport.store.integrity")

#: The sidecar files SQLite keeps beside a journal in WAL mode.
SIDECARS = ("-wal", "-shm")
_HEADER = b"SQLite format 3\x00"


def looks_like_a_journal(path: Path) -> bool:
    """Whether the file's header says it is a Rapport journal (read without SQLite).

    Bytes 68–71 of the SQLite header hold the application id, so this works even when
    SQLite itself can no longer read the file.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(_HEADER)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def quick_check(path: Path) -> str | None:
    """Check the journal read-only; None when it is sound, else what SQLite found."""
    return _check(path, "quick_check")


def full_check(path: Path) -> str | None:
    """The full integrity check (indexes compared with their tables too)."""
    return _check(path, "integrity_check")


def only_indexes_damaged(problem: str) -> bool:
    """Whether every problem found is an index out of step with its table.

    Such damage loses no data: rebuilding the indexes (REINDEX) repairs it.
    """
    parts = [p.strip() for p in problem.split(";") if p.strip()]
    index_words = ("missing from index", "wrong # of entries in index", "index ")
    return bool(parts) and all(any(w in p for w in index_words) for p in parts)


def repair_indexes(path: Path) -> str | None:
    """Rebuild every index in one transaction; return what is still wrong, or None."""
    conn = sqlite3.connect(path.absolute().as_uri(), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.isolation_level = None
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("REINDEX")
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return full_check(path)


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged journal and its sidecars out of the way; return the new path.

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


def _check(path: Path, pragma: str) -> str | None:
    # Read-only: a damaged file must not be written to, not even by a checkpoint.
    try:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        try:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == ["ok"]:
        return None
    log.warning("%s of %s found: %s", pragma, path, rows[:5])
    return "; ".join(rows[:5])
