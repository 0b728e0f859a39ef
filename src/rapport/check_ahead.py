"""The journal's start-up check, begun on a thread at launch while the modules load.

Before a journal opens, `store/integrity.py` checks it (`check_at_start`): SQLite's
whole `PRAGMA integrity_check` for a small journal, the tables the first screen reads
for a big one. That costs 20–30 ms at 100,000 entries and 0.35–0.45 s at a million
(the customer table alone), all before the window. SQLite lets go of the interpreter's
lock while it checks, so when the journal to open is known at launch the check starts
here, on a thread, while SQLAlchemy, SQLModel and Qt are imported (half a second).

`integrity.check_at_start` takes the verdict instead of checking again only when it is
sound, of the same file unchanged since (the file's and its WAL's device, inode, size
and modification time before the check, after it and at the open), read through the
same read-only URI, under the same size threshold. Anything else (damage, an error, a
file written meanwhile, an encrypted journal) is checked at the open as before, and
said in words there. The journal is opened only after that verdict, as before: nothing
is written to it first.

Only the standard library is imported here (as in `unlock_ahead`): the thread must
start before the store's imports.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("rapport.check_ahead")

#: Journals up to this size (file + WAL) are checked whole before they open.
SYNC_CHECK_BYTES = 16_000_000
#: The tables that grow with years of notes and with the files on them (a gigabyte of
#: photos cost 0.8 s warm before the window showed): checked in the background in big journals.
BACKGROUND_TABLES = frozenset({"entry", "check_in", "blob", "attachment"})
#: The full-text index's tables (store/search_fts5_schema.py): as big as the notes, and
#: read by the first search, never by the first screen (half the check's time at start).
BACKGROUND_PREFIXES = ("search_",)
#: How long the check waits for another program's write to finish (as the engine does).
_BUSY_TIMEOUT_S = 5.0
_HEADER = b"SQLite format 3\x00"

#: What identifies a file's content for the check: (device, inode, size, mtime) of the
#: journal and of its WAL (None when there is none).
Identity = tuple[tuple[int, int, int, int] | None, ...]


def journal_bytes(path: Path) -> int:
    """The journal's size with its WAL: what decides how much is checked before it opens."""
    wal = _wal(path)
    return sum(p.stat().st_size for p in (path, wal) if p.exists())


def start_check(
    conn: sqlite3.Connection, path: Path, size: int, sync_bytes: int
) -> tuple[str | None, bool]:
    """The check before a journal opens: (what is wrong or None, whether more is to check).

    A journal up to `sync_bytes` is checked whole; a bigger one has every table but the
    big ones checked, with their indexes (the caller runs the rest once the window is up).
    """
    if size <= sync_bytes:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if rows == ["ok"]:
            return None, False
        log.warning("integrity_check of %s found: %s", path, rows[:5])
        return "; ".join(rows[:5]), False
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if row[0] not in BACKGROUND_TABLES and not row[0].startswith(BACKGROUND_PREFIXES)
    ]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        rows = [row[0] for row in conn.execute(f"PRAGMA integrity_check({quoted})")]
        if rows != ["ok"]:
            log.warning("integrity_check(%s) of %s found: %s", table, path, rows[:5])
            return "; ".join(rows[:5]), False
    return None, True


@dataclass
class _Ahead:
    """One check begun ahead: how it read the file, and its sound verdict once done."""

    thread: threading.Thread
    uri: str
    sync_bytes: int
    #: (the file's identity while it was checked, the verdict), once done and sound.
    sound: list[tuple[Identity, tuple[str | None, bool]]]


_AHEAD: dict[Path, _Ahead] = {}
_LOCK = threading.Lock()


def start(path: Path) -> threading.Thread | None:
    """Begin the start-up check of the plain journal at path; None when not begun."""
    path = path.expanduser().absolute()
    if not _plain_and_writable(path):
        return None
    with _LOCK:
        if path in _AHEAD:
            return _AHEAD[path].thread
        uri, sync_bytes = _read_only_uri(path), SYNC_CHECK_BYTES
        sound: list[tuple[Identity, tuple[str | None, bool]]] = []

        def check() -> None:
            try:
                before = identity(path)
                conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S)
                try:
                    found = start_check(conn, path, journal_bytes(path), sync_bytes)
                finally:
                    conn.close()
                if found[0] is None and identity(path) == before:
                    sound.append((before, found))
            except (sqlite3.Error, OSError) as exc:  # checked again at the open, which says why
                log.info("the start-up check ahead stopped: %s", type(exc).__name__)

        thread = threading.Thread(target=check, name="rapport-check-ahead", daemon=True)
        ahead = _AHEAD[path] = _Ahead(thread, uri, sync_bytes, sound)
    ahead.thread.start()
    return ahead.thread


def take(path: Path, uri: str, sync_bytes: int) -> tuple[str | None, bool] | None:
    """The sound verdict of the check begun ahead, if it holds for this open; else None.

    Waits for the check when it is still running. Taken once: a later open checks again.
    """
    with _LOCK:
        ahead = _AHEAD.pop(path.expanduser().absolute(), None)
    if ahead is None:
        return None
    ahead.thread.join()
    if not ahead.sound or ahead.uri != uri or ahead.sync_bytes != sync_bytes:
        return None
    checked, verdict = ahead.sound[0]
    return verdict if identity(path) == checked else None


def identity(path: Path) -> Identity:
    """The journal's and its WAL's device, inode, size and modification time.

    None for a WAL that is absent or empty, which holds nothing: the first connection
    (the check's own, read-only) makes an empty one where there was none.
    """

    def of(file: Path) -> tuple[int, int, int, int] | None:
        try:
            st = file.stat()
        except FileNotFoundError:
            return None
        if st.st_size == 0 and file != path:
            return None
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

    return (of(path), of(_wal(path)))


def _plain_and_writable(path: Path) -> bool:
    """A plain SQLite file the owner may write (opened read-only by `mode=ro` alone)."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(_HEADER)) != _HEADER:
                return False
    except OSError:
        return False
    return os.access(path.parent, os.W_OK | os.X_OK) and os.access(path, os.W_OK)


def _read_only_uri(path: Path) -> str:
    """The URI `store.engine.read_only_uri` gives a writable journal (compared at the open)."""
    return path.absolute().as_uri() + "?mode=ro"


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")
