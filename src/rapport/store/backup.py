"""Consistent copies of a journal with SQLite's online backup API (never a file copy)."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

log = logging.getLogger("rapport.store.backup")


def backup_folder(journal_path: Path) -> Path:
    """Where backups of this journal are kept: a private folder beside it."""
    return journal_path.parent / "backups"


def backup_journal(engine: Engine, journal_path: Path, reason: str) -> Path:
    """Write a verified backup of the open journal and return its path."""
    folder = backup_folder(journal_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{journal_path.stem}-{stamp}-{reason}.rapport"
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            ok = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
    finally:
        raw.close()
    if ok != "ok":
        target.unlink(missing_ok=True)
        raise OSError(f"backup {target} failed its check: {ok}")
    log.info("backup written: %s", target)
    return target
