"""Protecting a closed journal with a passphrase, removing it, or changing it.

The same care as moving a journal: a verified backup first; the new file is written
under a temporary name marked as being written (`files.being_written`), by SQLCipher's
`sqlcipher_export` into an attached database keyed the new way; it is checked whole
and compared with the journal row for row; only then is it renamed over the journal,
which is atomic. A kill at any moment leaves the journal as it was (plus a temporary
file the next start removes). Then its backups and drafts are rewritten the same way,
so no copy of the owner's words stays readable (or keyed with an old passphrase).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from itertools import zip_longest
from pathlib import Path

from rapport.domain.drafts import TypedEntry
from rapport.i18n import Words
from rapport.store import backup, cipher
from rapport.store.drafts import DraftStore
from rapport.store.errors import JournalError
from rapport.store.files import (
    SQLITE_SIDE_FILES,
    being_written,
    fsync_file,
    fsync_folder,
    remove_if_abandoned,
)

log = logging.getLogger("rapport.store.encrypt")
EncryptText = Words("EncryptText")

_FAILS: tuple[type[Exception], ...] = (JournalError, *cipher.DiskOrError)
#: Told after each step (tests stop a child here, to kill it mid-way).
on_step: Callable[[str], None] | None = None


class ConversionError(JournalError):
    """The journal could not be rewritten; it was left as it was."""


def temporary_path(path: Path) -> Path:
    """Where the rewritten journal is written before it replaces the journal."""
    return path.with_name(f".{path.name}.converting")


def remove_debris(path: Path) -> None:
    """At a start: remove what a killed conversion of this journal left behind."""
    if remove_if_abandoned(temporary_path(path)):
        return
    log.info("a conversion of %s is still being written elsewhere", path)


def change_passphrase(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite the closed journal at path from passphrase `old` to `new` (None: plain).

    Raises WrongPassphraseError when `old` does not open it, BackupError when the
    backup before cannot be written, ConversionError when the copy fails its check;
    in every case the journal is left as it was.
    """
    path = path.absolute()
    if old is not None and cipher.is_plain_database(path):
        old = None
    if old is None and not cipher.is_plain_database(path):
        raise cipher.PassphraseNeededError(path)
    if old is not None and not cipher.opens(path, old):
        raise cipher.WrongPassphraseError(path)
    cipher.set_passphrase(path, old)
    reason = "before-decrypt" if new is None else "before-encrypt"
    backup.take_backup(path, reason if old is None or new is None else "before-rekey", None)
    _step("backed-up")
    salt = cipher.new_salt()
    drafts = DraftStore(path)
    kept = drafts.list()
    _rewrite(path, old, new, salt)
    cipher.set_passphrase(path, new)
    _convert_drafts(drafts, kept, old, new, salt)
    log.info("journal %s is now %s", path, "encrypted" if new else "plain")
    failed = [
        b.path for b in backup.list_backups(path) if not _rewrite_quietly(b.path, old, new, salt)
    ]
    if failed:
        log.warning("%d backups could not be rewritten", len(failed))


def rewrite_file(path: Path, old: str | None, new: str | None, salt: bytes) -> None:
    """Rewrite one closed database file (a backup, the drafts) from `old` to `new`."""
    _rewrite(path, old, new, salt)


# --- internals -------------------------------------------------------------------------


def _convert_drafts(
    drafts: DraftStore, kept: list[TypedEntry], old: str | None, new: str | None, salt: bytes
) -> None:
    """Drafts follow the journal: sealed when it is encrypted, files when it is plain."""
    try:
        if new is None:
            drafts.unseal(kept)
        elif old is None:
            drafts.seal()
        elif drafts.sealed_path.exists():
            _rewrite(drafts.sealed_path, old, new, salt)
    except _FAILS as exc:
        log.warning("the drafts could not follow the journal: %s", exc)


def _step(name: str) -> None:
    if on_step is not None:
        on_step(name)


def _rewrite_quietly(path: Path, old: str | None, new: str | None, salt: bytes) -> bool:
    try:
        _rewrite(path, old, new, salt)
    except cipher.DiskOrError as exc:
        log.warning("could not rewrite %s: %s", path.name, exc)
        return False
    except JournalError as exc:
        log.warning("could not rewrite %s: %s", path.name, exc)
        return False
    return True


def _rewrite(path: Path, old: str | None, new: str | None, salt: bytes) -> None:
    partial = temporary_path(path)
    try:
        with being_written(partial):
            _export(path, partial, old, new, salt)
            _step("written")
            _compare(path, partial, old, new)
            fsync_file(partial)
            _step("checked")
            for tail in SQLITE_SIDE_FILES:  # the journal was checkpointed and closed
                side = path.with_name(path.name + tail)
                if side.exists() and side.stat().st_size and tail != "-shm":
                    raise ConversionError(_busy(path), _busy_hint())
                side.unlink(missing_ok=True)
            os.replace(partial, path)
            cipher.forget_file(path)
            fsync_folder(path.parent)
    except cipher.DiskOrError as exc:
        partial.unlink(missing_ok=True)
        raise ConversionError(
            EncryptText.tr("“{name}” could not be rewritten ({reason}).").format(
                name=path.name, reason=exc
            ),
            EncryptText.tr("Nothing was changed. Free some disk space, then try again."),
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _export(path: Path, partial: Path, old: str | None, new: str | None, salt: bytes) -> None:
    """Write path's content into partial keyed with `new`, by sqlcipher_export."""
    conn = cipher.plain(path, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if old is not None:
            conn.execute(f"PRAGMA key = {cipher.key_sql(old, cipher.salt_of(path) or b'')}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        key = cipher.key_sql(new, salt) if new is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS copy KEY {key}", (str(partial),))
        conn.execute("SELECT sqlcipher_export('copy')")
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA copy.{pragma} = {value}")
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()


def _compare(path: Path, partial: Path, old: str | None, new: str | None) -> None:
    """Check the copy whole, and that every table holds the journal's rows, row for row."""
    source = _open(path, old)
    try:
        copy = _open(partial, new)
        try:
            problem = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if problem != "ok":
                raise ConversionError(_differs(path), _differs_hint())
            if _schema(source) != _schema(copy):
                raise ConversionError(_differs(path), _differs_hint())
            for table, rowid in _tables(source):
                query = f'SELECT * FROM "{table}"' + (" ORDER BY rowid" if rowid else "")
                rows = zip_longest(source.execute(query), copy.execute(query), fillvalue=None)
                if any(a != b for a, b in rows):
                    raise ConversionError(_differs(path), _differs_hint())
        finally:
            copy.close()
    finally:
        source.close()


def _open(path: Path, passphrase: str | None) -> cipher.Connection:
    return cipher.connect(path, passphrase=passphrase) if passphrase else cipher.plain(path)


def _schema(conn: cipher.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()


def _tables(conn: cipher.Connection) -> list[tuple[str, bool]]:
    """Every stored table (a virtual one is compared through its own tables); has it rowids."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND (name NOT LIKE 'sqlite_%' OR name = 'sqlite_sequence')"
    ).fetchall()
    return [
        (name, "WITHOUT ROWID" not in (sql or "").upper())
        for name, sql in rows
        if not (sql or "").upper().startswith("CREATE VIRTUAL")
    ]


def _differs(path: Path) -> str:
    return EncryptText.tr("The rewritten copy of “{name}” did not match it.").format(name=path.name)


def _differs_hint() -> str:
    return EncryptText.tr("Nothing was changed. Check the disk, then try again.")


def _busy(path: Path) -> str:
    return EncryptText.tr("“{name}” is still open in another program.").format(name=path.name)


def _busy_hint() -> str:
    return EncryptText.tr("Close the other program, then try again. Nothing was changed.")
