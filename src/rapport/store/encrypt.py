"""Protecting a closed journal with a passphrase, removing it, or changing it.

The same care as moving a journal: a verified backup first; the new file is written
under a temporary name marked as being written (`files.being_written`), by SQLCipher's
`sqlcipher_export` into an attached database keyed the new way; it is checked whole
and compared with the journal row for row; only then is it renamed over the journal,
which is atomic. A kill at any moment leaves the journal as it was (plus a temporary
file the next start removes). Then its backups and drafts are rewritten the same way,
so no copy of the owner's words stays readable (or keyed with an old passphrase).

The new file is keyed with a new random data key, wrapped in the key file beside it
(`store/keys.py`), which is written before the swap; from then on a change of
passphrase, or a new recovery key, only rewraps that key (`rewrap`): nothing else is
rewritten, and the backups' key files follow.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from itertools import zip_longest
from pathlib import Path

from rapport.domain.drafts import TypedEntry
from rapport.i18n import Words
from rapport.store import backup, cipher, keys
from rapport.store.cipher import Secret
from rapport.store.drafts import DraftStore
from rapport.store.errors import JournalError
from rapport.store.files import (
    SQLITE_SIDE_FILES,
    being_written,
    fsync_file,
    fsync_folder,
    remove_if_abandoned,
)
from rapport.store.keys import DataKey

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


def change_passphrase(
    path: Path, old: str | None, new: str | None, recovery: str | None = None
) -> None:
    """Protect the closed journal at path with `new`, change its passphrase, or remove it.

    `old` is the current passphrase (None: the journal is plain), `new` the next one
    (None: make it plain); `recovery`, a recovery key (`keys.new_recovery_key`) that
    opens it as well. A journal that has a data key is only rewrapped (instant); a
    plain one, or one encrypted before data keys, is rewritten with a new data key.
    Raises WrongPassphraseError when `old` does not open it, BackupError when the
    backup before cannot be written, ConversionError when the copy fails its check;
    in every case the journal is left as it was, and opens as before.
    """
    path = path.absolute()
    if old is not None and cipher.is_plain_database(path):
        old = None
    if old is None and not cipher.is_plain_database(path):
        raise cipher.PassphraseNeededError(path)
    current = cipher.resolve(path, old) if old is not None else None
    if old is not None and current is None:
        raise cipher.WrongPassphraseError(path)
    if isinstance(current, DataKey) and new is not None:
        rewrap(path, current, new, recovery)
        return
    cipher.set_passphrase(path, current)
    reason = "before-decrypt" if new is None else "before-encrypt"
    backup.take_backup(path, reason if old is None or new is None else "before-rekey", None)
    _step("backed-up")
    salt = cipher.new_salt()
    target = keys.new_data_key() if new is not None else None
    if new is not None and target is not None:
        keys.write(path, target, new, recovery)  # first: a kill before the swap leaves
        _step("keyed")  # the old journal, which opens as before (`cipher.resolve`)
    drafts = DraftStore(path)
    kept = drafts.list()
    _rewrite(path, current, target, salt)
    cipher.set_passphrase(path, target)
    if target is None:
        keys.remove(path)
    _convert_drafts(drafts, kept, current, target, salt)
    log.info("journal %s is now %s", path, "encrypted" if new else "plain")
    failed = [
        b.path
        for b in backup.list_backups(path)
        if not _rewrite_backup(path, b.path, current, target, salt)
    ]
    if failed:
        log.warning("%d backups could not be rewritten", len(failed))


def rewrap(path: Path, data_key: DataKey, new: str, recovery: str | None = None) -> None:
    """Wrap the journal's data key under a new passphrase (and recovery key), nothing else.

    Nothing is rewritten but the key files, each atomically: the journal's, then its
    backups' (so the old passphrase opens none of them). After unlocking with the
    recovery key, this is how the owner sets a new passphrase.
    """
    path = path.absolute()
    if not keys.has_keys(path):
        raise cipher.PassphraseNeededError(path)
    keys.set_slot(path, "passphrase", data_key, new)
    if recovery is not None:
        keys.set_slot(path, "recovery", data_key, recovery)
    cipher.set_passphrase(path, data_key)
    for info in backup.list_backups(path):
        if cipher.looks_encrypted(info.path):
            try:
                keys.copy(path, info.path)
            except OSError as exc:
                log.warning("could not rewrap the keys of %s: %s", info.path.name, exc)
    log.info("the passphrase of %s was changed (rewrapped)", path)


def rewrite_file(path: Path, old: Secret | None, new: Secret | None, salt: bytes) -> None:
    """Rewrite one closed database file (a backup, the drafts) from `old` to `new`."""
    _rewrite(path, old, new, salt)


# --- internals -------------------------------------------------------------------------


def _convert_drafts(
    drafts: DraftStore, kept: list[TypedEntry], old: Secret | None, new: Secret | None, salt: bytes
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


def _rewrite_backup(
    journal: Path, path: Path, old: Secret | None, new: Secret | None, salt: bytes
) -> bool:
    """Rewrite a backup the journal's new way, its key file first (as the journal's)."""
    try:
        if new is not None:
            keys.copy(journal, path)
        _rewrite(path, old, new, salt)
        if new is None:
            keys.remove(path)
    except cipher.DiskOrError as exc:
        log.warning("could not rewrite %s: %s", path.name, exc)
        return False
    except JournalError as exc:
        log.warning("could not rewrite %s: %s", path.name, exc)
        return False
    return True


def _rewrite(path: Path, old: Secret | None, new: Secret | None, salt: bytes) -> None:
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


def _export(path: Path, partial: Path, old: Secret | None, new: Secret | None, salt: bytes) -> None:
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


def _compare(path: Path, partial: Path, old: Secret | None, new: Secret | None) -> None:
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


def _open(path: Path, passphrase: Secret | None) -> cipher.Connection:
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
