"""Opening a journal file safely: checks before any write, and the pragmas every connection gets.

Before SQLite is allowed to write anything, the file is inspected read-only: a folder,
a text file, a foreign SQLite database or a damaged file is refused and left as it was.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import URL, Connection, Engine, create_engine, event

from rapport.i18n import Words
from rapport.store import cipher
from rapport.store.errors import (
    CorruptJournalError,
    JournalLocationError,
    NotAJournalError,
)

log = logging.getLogger("rapport.store")
EngineText = Words("EngineText")

#: Written into the SQLite header (PRAGMA application_id) so a journal can be told apart
#: from any other SQLite database. "RAPP" in ASCII.
APPLICATION_ID = 0x52415050
BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"


#: How a journal file can be opened: as usual, read-only, or read-only with nothing at all
#: created beside it (SQLite's `immutable`: not even its -wal and -shm files).
Access = Literal["write", "read", "immutable"]


def access_for(path: Path) -> Access:
    """How the journal at path can be opened, by what this user may write.

    A file or folder that cannot be written (a backup disk, a read-only share) is opened
    read-only; where not even SQLite's -wal and -shm files can be created beside it (and
    they are not there already), it is opened `immutable`, which needs neither.
    """
    folder = path.parent
    folder_writable = os.access(folder, os.W_OK | os.X_OK)
    if folder_writable and os.access(path, os.W_OK):
        return "write"
    sidecars = all(path.with_name(path.name + s).exists() for s in ("-wal", "-shm"))
    return "read" if folder_writable or sidecars else "immutable"


def read_only_params(access: Access) -> dict[str, str]:
    """The SQLite URI options that open a file read-only with this access."""
    return {"mode": "ro", "immutable": "1"} if access == "immutable" else {"mode": "ro"}


def read_only_uri(path: Path) -> str:
    """The URI that opens path read-only, even where nothing can be created beside it."""
    return sqlite_uri(path, **read_only_params(access_for(path)))


def prepare_location(path: Path) -> None:
    """Make sure the journal's folder exists and is writable, created private (0700)."""
    if path.is_dir():
        raise JournalLocationError(
            EngineText.tr("“{path}” is a folder.").format(path=path),
            EngineText.tr("Give the path of a journal file inside it, e.g. journal.rapport."),
        )
    folder = path.parent
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
    except OSError as exc:
        raise JournalLocationError(
            EngineText.tr("The folder “{folder}” could not be created ({reason}).").format(
                folder=folder, reason=exc.strerror
            ),
            EngineText.tr("Choose a folder you can write to."),
        ) from exc
    if not folder.is_dir():
        raise JournalLocationError(
            EngineText.tr(
                "“{folder}” is a file, not a folder, so no journal can be kept inside it."
            ).format(folder=folder),
            EngineText.tr("Choose a journal path inside a folder."),
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise JournalLocationError(
            EngineText.tr("Rapport cannot write in the folder “{folder}”.").format(folder=folder),
            EngineText.tr("Choose a folder you can write to, or ask for write permission."),
        )


def inspect_existing(path: Path) -> bool:
    """Check an existing file read-only; True when it is an empty file or a new database.

    Raises NotAJournalError for anything that is not ours and CorruptJournalError when
    SQLite cannot read it. Returns False for an existing Rapport journal.
    """
    if not path.exists():
        return True
    if not stat.S_ISREG(path.stat().st_mode):
        raise NotAJournalError(path, "not a file")
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC and not cipher.looks_encrypted(path):
        raise NotAJournalError(path, "not a database")
    try:
        conn = cipher.connect(path, read_only_uri(path))
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        if cannot_open(exc):
            raise could_not_open(path) from exc
        raise CorruptJournalError(
            EngineText.tr("“{path}” is damaged and cannot be read ({reason}).").format(
                path=path, reason=exc
            ),
            EngineText.tr("Restore it from a backup. The damaged file was left as it was."),
        ) from exc
    if app_id == APPLICATION_ID:
        return False
    if app_id == 0 and not tables:
        return True
    raise NotAJournalError(path, "another program's")


def cannot_open(error: BaseException) -> bool:
    """Whether SQLite could not open the file at all (too long a path, no access): not damage."""
    reason = getattr(error, "orig", None) or error
    return getattr(reason, "sqlite_errorname", "") == "SQLITE_CANTOPEN"


def could_not_open(path: Path) -> JournalLocationError:
    """The words for a file SQLite cannot open, though it exists or could be created."""
    return JournalLocationError(
        EngineText.tr("“{path}” could not be opened.").format(path=path),
        EngineText.tr(
            "Check that you may read and write the file and its folder. A very long path "
            "can also be the cause: then move the journal to a folder with a shorter path."
        ),
    )


def _create_private_file(path: Path) -> None:
    """Create the journal file readable by the owner alone, before SQLite opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def _unicode_lower(text: str | None) -> str | None:
    """SQL lower() for every script, not only A–Z, so filters ignore case in any language."""
    return None if text is None else text.lower()


def read_text(raw: bytes) -> str:
    """Text as read from the file, a byte that is not UTF-8 shown as "\ufffd".

    Such a byte (a bad disk, another tool) would otherwise fail the whole read, and
    the driver's error would carry the text into a log. Check journal names the row.
    """
    return raw.decode("utf-8", "replace")


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Every connection: write-ahead log, durable commits, foreign keys, patience with locks.

    The driver's own transaction handling is switched off (it never begins a transaction
    before DDL, so a failed schema upgrade would stay half-applied); `_on_begin` emits
    BEGIN instead, which makes every transaction, migrations included, all or nothing.
    """
    dbapi_connection.isolation_level = None
    dbapi_connection.text_factory = read_text
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        cursor.execute("PRAGMA journal_mode = WAL")
    except cipher.OperationalError as exc:  # opened read-only: it keeps its journal mode
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY":
            raise
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


#: Execution option marking a connection that is about to write: its transaction takes the
#: write lock at once (waiting up to the busy timeout) instead of failing half-way when
#: another program wrote since its first read.
WRITE = "rapport_write"


#: Told once a write has waited WAIT_NOTICE_MS for another program's write lock (the
#: command line says so); the write then waits up to BUSY_TIMEOUT_MS more, then fails.
on_lock_wait: Callable[[], None] | None = None
WAIT_NOTICE_MS = 700


def _on_begin(connection: Connection) -> None:
    """Start a real SQLite transaction whenever SQLAlchemy begins one."""
    writes = connection.get_execution_options().get(WRITE, False)
    if writes and on_lock_wait is not None:
        tried = _begin_within_notice(connection)
        if tried == "begun":
            return
        if tried == "busy":
            on_lock_wait()
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _begin_within_notice(connection: Connection) -> str:
    """BEGIN IMMEDIATE with a short timeout, to know when to say that a write waits.

    "begun", "busy" (another program writes), or "failed" (the full attempt that
    follows says why, as it always did).
    """
    raw = connection.connection.driver_connection
    if not cipher.is_connection(raw):
        return "failed"
    raw.execute(f"PRAGMA busy_timeout = {WAIT_NOTICE_MS}")
    try:
        raw.execute("BEGIN IMMEDIATE")
    except cipher.OperationalError as exc:
        busy = getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED")
        return "busy" if busy else "failed"
    finally:
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return "begun"


def sqlite_uri(path: Path, **params: str) -> str:
    """The SQLite URI of a file: its path percent-encoded, so `?`, `#` and `%` stay characters.

    A path pasted into a URL is read as one: everything after `?` becomes options and
    `%41` becomes `A`, so another file would be opened. `Path.as_uri()` encodes them.
    """
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return path.absolute().as_uri() + (f"?{query}" if query else "")


def engine_url(path: Path, **params: str) -> URL:
    """The SQLAlchemy URL of a journal file, built from parts (never by pasting the path)."""
    return URL.create("sqlite", database=sqlite_uri(path, **params), query={"uri": "true"})


def make_engine(path: Path, *, is_new: bool, access: Access = "write") -> Engine:
    """Build the SQLAlchemy engine for a checked journal path (read-only unless "write")."""
    created = is_new and not path.exists()
    if is_new:
        cipher.before_create(path)  # an encrypted journal's key file, before the database
        _create_private_file(path)
    # mode=rw: a connection opened after the file was taken away (a sync tool, a file
    # manager) fails in words instead of making an empty journal at the owner's path.
    params = {"mode": "rw"} if access == "write" else read_only_params(access)
    url = engine_url(path, **params)
    # hide_parameters: an error never quotes the values written (the owner's notes).
    salt: bytes | None = None
    if cipher.needs_key(path) is None:
        engine = create_engine(url, future=True, hide_parameters=True)
    else:  # every pooled connection is keyed before SQLAlchemy reads anything through it
        uri = sqlite_uri(path, **params)
        salt = cipher.new_salt()
        engine = create_engine(
            url,
            future=True,
            hide_parameters=True,
            module=cipher.dbapi,
            # The connection used last comes back first: its page cache holds the pages
            # already decrypted (the plain journal's are in the system's file cache).
            pool_use_lifo=True,
            creator=lambda: cipher.connect(path, uri, salt=salt, check_same_thread=False),
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    if is_new:
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        except BaseException:
            engine.dispose()
            if created:  # SQLite could not use it: leave no empty file behind
                path.unlink(missing_ok=True)
            raise
        cipher.note(path, salt)  # known now, never read from the file while it is open
    log.debug("engine ready for %s", path)
    return engine
