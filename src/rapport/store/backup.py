"""Backups of a journal: written with SQLite's online backup API, verified, then thinned.

A backup is never a file copy of an open database (that can catch a half-written
page); SQLite's backup API copies a consistent snapshot while Rapport keeps working.
Each backup is written under a temporary name, fsynced, opened again and given a full
`integrity_check`; only then is it renamed into place and are older ones thinned, so
a bad backup can never push a good one out. Backups live in a private `backups/`
folder beside the journal, readable by the owner alone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine

from rapport.domain.retention import DEFAULT_RETENTION, Retention, backups_kept
from rapport.i18n import Words
from rapport.store import cipher, keys
from rapport.store.cipher import Connection
from rapport.store.engine import APPLICATION_ID, BUSY_TIMEOUT_MS
from rapport.store.errors import JournalError
from rapport.store.files import (
    ABANDONED_AFTER_S,
    being_written,
    create_private,
    fsync_file,
    fsync_folder,
    private_folder,
    remove_if_abandoned,
)

log = logging.getLogger("rapport.store.backup")
BackupText = Words("BackupText")

_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)\.rapport$")


class BackupError(JournalError):
    """A backup could not be written or did not pass its check; older ones were kept."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken (UTC), why, and how big it is."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class BackupPlan:
    """Where a journal's backups go and how many are kept (the owner's settings)."""

    folder: Path | None = None  # None: a `backups` folder beside the journal
    policy: Retention = DEFAULT_RETENTION


_PLANS: dict[Path, BackupPlan] = {}


def set_plan(journal_path: Path, plan: BackupPlan | None) -> None:
    """Use the owner's folder and retention for this journal's backups (None: defaults).

    Kept per journal, so every backup of it — automatic, manual, before an upgrade or a
    restore — goes to the same place and is thinned by the same policy.
    """
    key = journal_path.absolute()
    if plan is None or plan == BackupPlan():
        _PLANS.pop(key, None)
    else:
        _PLANS[key] = plan


def plan_for(journal_path: Path) -> BackupPlan:
    """The plan in force for a journal (the defaults unless the owner chose otherwise)."""
    return _PLANS.get(journal_path.absolute(), BackupPlan())


def backup_folder(journal_path: Path) -> Path:
    """Where backups of this journal are kept: a private folder beside it, or the owner's.

    In a folder of the owner's choosing each journal gets a subfolder named after it
    and its location, so two journals with the same name never mix their backups.
    """
    folder = plan_for(journal_path).folder
    if folder is None:
        return journal_path.parent / "backups"
    digest = hashlib.sha256(str(journal_path.absolute()).encode()).hexdigest()[:8]
    return folder / f"{journal_path.stem}-{digest}"


def list_backups(journal_path: Path) -> list[BackupInfo]:
    """The journal's backups, newest first (files of other journals are ignored)."""
    folder = backup_folder(journal_path)
    if not folder.is_dir():
        return []
    found = []
    prefix = journal_path.stem
    for path in folder.glob(f"{glob_escape(prefix)}-*.rapport"):
        match = _NAME.search(path.name)
        if not match or path.name[: match.start()] != prefix:
            continue
        taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, taken, match["reason"], size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def glob_escape(text: str) -> str:
    """Escape glob's special characters so a journal called "a[1]" finds its backups."""
    return re.sub(r"([*?\[])", r"[\1]", text)


def backup_journal(
    engine: Engine, journal_path: Path, reason: str, source: Connection | None = None
) -> Path:
    """Back up an open journal through its engine (or `source`, a connection to its file).

    Returns the verified backup's path.
    """
    if engine.dialect.name != "sqlite":  # a team journal: the server's own pg_dump
        from rapport.store.backup_pg import backup_server

        return backup_server(engine, journal_path, reason)
    if source is not None:
        info = _write(source, journal_path, reason)
    else:
        raw = engine.raw_connection()
        try:
            pooled = raw.driver_connection
            assert cipher.is_connection(pooled)
            info = _write(pooled, journal_path, reason)
        finally:
            raw.close()
    thin_backups(journal_path)
    return info.path


def take_backup(
    journal_path: Path,
    reason: str,
    policy: Retention | Literal["planned"] | None = "planned",
    *,
    tolerate: Callable[[str], bool] | None = None,
) -> BackupInfo:
    """Back up the journal file (open elsewhere or not), then thin the older backups.

    The journal's plan gives the policy unless one is passed; `policy=None` skips the
    thinning (a restore must not thin away the backup it is about to restore).
    `tolerate` accepts a copy whose check finds what it says is expected (the backup
    before a repair keeps the damage the repair is about to mend).
    """
    source = _connect(journal_path, readonly=True)
    try:
        info = _write(source, journal_path, reason, tolerate)
    finally:
        source.close()
    if policy is not None:
        thin_backups(journal_path, None if policy == "planned" else policy)
    return info


def restore_backup(
    journal_path: Path, backup: Path, go_on: Callable[[], None] = lambda: None
) -> BackupInfo | None:
    """Replace the (closed) journal's content with a checked backup.

    The current journal is backed up first ("before-restore") and that backup is
    returned; a missing journal (moved aside as damaged) is simply recreated.
    `go_on()` is called at each point where stopping still changes nothing (after
    the check, after the backup first): it raises to stop, and the backup made
    first is removed again. From the copy on, the restore goes to its end.
    """
    problem = check_backup(backup)
    if problem is not None:
        raise BackupError(
            BackupText.tr(
                "The backup “{name}” is damaged ({problem}); nothing was changed."
            ).format(name=backup.name, problem=problem),
            BackupText.tr("Choose an older backup."),
        )
    go_on()
    before = (
        take_backup(journal_path, "before-restore", policy=None) if journal_path.exists() else None
    )
    try:
        go_on()
    except BaseException:
        if before is not None:  # stopped before anything was replaced: leave nothing
            before.path.unlink(missing_ok=True)
            keys.remove(before.path)
        raise
    copy_into(backup, journal_path)
    thin_backups(journal_path)
    log.info("restored %s from %s", journal_path, backup)
    return before


def thin_backups(journal_path: Path, policy: Retention | None = None) -> list[Path]:
    """Delete the backups the retention policy (default: the plan's) no longer keeps."""
    policy = policy or plan_for(journal_path).policy
    backups = list_backups(journal_path)
    now = datetime.now(UTC).astimezone()
    keep = backups_kept([(b.taken_at.astimezone(), b.reason) for b in backups], now, policy)
    removed = []
    for backup in backups:
        if backup.taken_at.astimezone() not in keep:
            try:
                backup.path.unlink()
                keys.remove(backup.path)
                removed.append(backup.path)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", backup.path, exc)
    _remove_stale_partials(backup_folder(journal_path))
    if removed:
        log.info("thinned %d old backups of %s", len(removed), journal_path)
    return removed


def remove_debris(journal_path: Path) -> None:
    """At a start: remove what a killed backup of this journal left behind."""
    _remove_stale_partials(backup_folder(journal_path))


def check_backup(path: Path) -> str | None:
    """Open a backup read-only and check it fully; None when good, else what is wrong."""
    try:
        conn = _connect(path, readonly=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        return str(exc)
    except cipher.PassphraseNeededError as exc:  # encrypted with a passphrase not given
        return exc.message
    if app_id != APPLICATION_ID:
        return BackupText.tr("not a Rapport journal")
    return None if result == ["ok"] else "; ".join(result[:5])


def newest_good_backup(journal_path: Path) -> BackupInfo | None:
    """The newest backup that passes its check, or None when there is none."""
    for backup in list_backups(journal_path):
        problem = check_backup(backup.path)
        if problem is None:
            return backup
        log.warning("backup %s failed its check: %s", backup.path, problem)
    return None


def copy_into(source_path: Path, target_path: Path) -> None:
    """Copy a checked database into target with the backup API, in one transaction.

    The target may be a live WAL journal (closed by Rapport): SQLite writes it through
    its own pager, so the WAL stays consistent and a crash leaves the old or the new
    content, never a mix. A missing target is created private.
    """
    if not target_path.exists():
        create_private(target_path)
    blank = target_path.stat().st_size == 0  # a new file: encrypted alike when the source is
    if blank:  # its key file first: an encrypted file never exists without the key file
        keys.copy(source_path, target_path)
    source = _connect(source_path, readonly=True)
    try:
        target = (
            cipher.connect_copy(target_path, source_path, timeout=BUSY_TIMEOUT_MS / 1000)
            if blank
            else _connect(target_path, readonly=False)
        )
        try:
            source.backup(target)
            problem = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
    finally:
        source.close()
    if problem != "ok":
        raise BackupError(
            BackupText.tr("The copy written to “{path}” failed its check.").format(
                path=target_path
            ),
            BackupText.tr(
                "Try another backup, or ask for help; the backup itself was not changed."
            ),
        )


# --- internals -------------------------------------------------------------------------


def _connect(path: Path, *, readonly: bool, journal: Path | None = None) -> Connection:
    """A connection (keyed when encrypted), read-only when asked, patient with a busy journal."""
    uri = path.absolute().as_uri() + ("?mode=ro" if readonly else "")
    conn = cipher.connect(path, uri, journal=journal, timeout=BUSY_TIMEOUT_MS / 1000)
    return conn


def _write(
    source: Connection,
    journal_path: Path,
    reason: str,
    tolerate: Callable[[str], bool] | None = None,
) -> BackupInfo:
    folder = private_folder(backup_folder(journal_path))
    taken = datetime.now(UTC)
    name = f"{journal_path.stem}-{taken.strftime(_STAMP)}-{reason}.rapport"
    final = folder / name
    partial = folder / f".{name}.partial"
    started = time.perf_counter()
    with being_written(partial):  # a kill leaves it unmarked, for `remove_debris`
        _write_partial(source, partial, final, journal_path, tolerate)
    elapsed = (time.perf_counter() - started) * 1000
    info = BackupInfo(final, taken, reason, final.stat().st_size)
    log.info("backup written and checked in %.0f ms: %s", elapsed, final)
    return info


def _write_partial(
    source: Connection,
    partial: Path,
    final: Path,
    journal_path: Path,
    tolerate: Callable[[str], bool] | None,
) -> None:
    """Copy into the temporary file, check it, and only then rename it into place."""
    folder = partial.parent
    try:
        dest = cipher.connect_copy(partial, journal_path)
        try:
            # A partial file counts only once fsynced and checked below: no rollback
            # journal and no syncing while it is written (a quarter of a big copy's time).
            dest.execute("PRAGMA journal_mode = OFF")
            dest.execute("PRAGMA synchronous = OFF")
            source.backup(dest)
            # One self-contained file: no -wal or -shm beside a backup.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        fsync_file(partial)
        problem = check_backup(partial)
        if problem is not None and not (tolerate and tolerate(problem)):
            raise BackupError(
                BackupText.tr("The new backup of “{name}” failed its check ({problem}).").format(
                    name=journal_path.name, problem=problem
                ),
                BackupText.tr("Older backups were kept. Check the disk, then try again."),
            )
        if cipher.looks_encrypted(partial):  # the backup opens on its own, as the journal
            keys.copy(journal_path, final)
        os.replace(partial, final)
        fsync_folder(folder)
    except cipher.DiskOrError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            BackupText.tr("The backup of “{name}” could not be written ({reason}).").format(
                name=journal_path.name, reason=exc
            ),
            BackupText.tr(
                "Older backups were kept. Free some disk space or check the folder, then try again."
            ),
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _remove_stale_partials(folder: Path) -> None:
    """Remove temporary files a killed backup left behind (never one still being written)."""
    if not folder.is_dir():
        return
    for partial in folder.glob(".*.partial"):
        if remove_if_abandoned(partial):
            log.info("removed %s, left by an interrupted backup", partial.name)
    for key_file in folder.glob(f"*.rapport{keys.KEY_TAIL}"):
        backup = key_file.with_name(key_file.name.removesuffix(keys.KEY_TAIL))
        if not backup.exists() and _older_than(key_file, ABANDONED_AFTER_S):
            key_file.unlink(missing_ok=True)  # its backup was killed before it was in place


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False
