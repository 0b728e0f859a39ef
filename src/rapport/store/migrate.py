"""Bring a journal's schema to the version this Rapport knows, safely.

Upgrades run in one transaction with foreign keys off (SQLite's table rebuild would
otherwise cascade deletes), are checked with `foreign_key_check` before commit, and
are preceded by a backup of the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError

from rapport.i18n import Words
from rapport.store.engine import WRITE
from rapport.store.errors import JournalError, JournalReadOnlyError, NewerJournalError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger("rapport.store.migrate")
MigrateText = Words("MigrateText")
MIGRATIONS = Path(__file__).with_name("migrations")


#: Tables (and, on PostgreSQL, an index and a column) Alembic must never touch: the
#: full-text index is made and kept by raw SQL.
UNMANAGED_PREFIXES = ("search_",)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Hide unmanaged tables from autogenerate, so no migration can ever drop them."""
    if type_ in ("table", "index", "column") and name is not None:  # (PostgreSQL's kind)
        return not name.startswith(UNMANAGED_PREFIXES)
    return True


#: The newest schema revision, written here so that opening an up-to-date journal (every
#: start but the first after an upgrade) never imports Alembic, which costs ~0.3 s.
#: A test checks it against the migrations folder.
SCHEMA_HEAD = "0014"


def alembic_config() -> Config:
    """The Alembic configuration, pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision this version of Rapport knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the journal, or None for a new file."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def stamped_revision(engine: Engine) -> str | None:
    """The journal's revision read with plain SQL (no Alembic): None for a new file."""
    with engine.connect() as conn:
        try:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        except OperationalError:  # no such table: a new journal
            row = None
        except ProgrammingError as exc:  # PostgreSQL's undefined_table, and nothing else
            if getattr(exc.orig, "sqlstate", None) != "42P01":
                raise
            row = None
        conn.rollback()
    return None if row is None else str(row[0])


def require_current(engine: Engine, path: Path) -> None:
    """For a journal opened read-only: refuse one this version could read only after an upgrade."""
    current = stamped_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory

    if current is not None and not _known(ScriptDirectory.from_config(alembic_config()), current):
        raise NewerJournalError(path)
    raise JournalReadOnlyError(path, "upgrade" if current is not None else "empty")


def upgrade(engine: Engine, path: Path, backup: Callable[[str], Path | None]) -> None:
    """Upgrade the journal to head; backs up first when an existing journal is upgraded."""
    current = stamped_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    if current == head:
        return
    saved: Path | None = None
    if current is not None:
        if not _known(script, current):
            raise NewerJournalError(path)
        saved = backup("before-upgrade")
        log.info("upgrading %s from %s to %s (backup %s)", path, current, head, saved)
    config = alembic_config()
    if engine.dialect.name != "sqlite":
        _upgrade_server(engine, config, saved)
        return
    with engine.connect().execution_options(**{WRITE: True}) as conn:
        # The pragma is ignored inside a transaction, so it goes straight to the driver
        # before BEGIN (going through SQLAlchemy would begin a transaction first).
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                _run_upgrade(config, saved)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise JournalError(
                        MigrateText.tr(
                            "Upgrading the journal would break links between its records; "
                            "nothing was changed."
                        ),
                        MigrateText.tr("Please report this problem; your journal is as it was."),
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


#: The advisory lock that lets one client at a time upgrade a team journal ("RAPP").
_UPGRADE_LOCK = 0x52415050


def _upgrade_server(engine: Engine, config: Config, saved: Path | None) -> None:
    """Upgrade a journal on a server: one transaction, one client at a time.

    PostgreSQL keeps foreign keys on through ALTER TABLE (no table rebuilds) and
    checks them itself, so none of SQLite's pragmas apply. Alembic reads the stamp
    after the lock, so a client that waited finds the work done.
    """
    with engine.connect() as conn, conn.begin():
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
        config.attributes["connection"] = conn
        _run_upgrade(config, saved)


def _run_upgrade(config: Config, saved: Path | None) -> None:
    """Run the migrations; any failure becomes plain words (the transaction rolls back)."""
    from alembic import command

    try:
        command.upgrade(config, "head")
    except (JournalError, DatabaseError):
        raise  # already in words, or put into words by the caller (disk full, locked…)
    except Exception as exc:
        log.exception("schema upgrade failed")
        hint = (
            MigrateText.tr(
                "A backup made before the attempt is at “{path}”. Please report this problem."
            ).format(path=saved)
            if saved
            else MigrateText.tr("Please report this problem.")
        )
        raise JournalError(
            MigrateText.tr(
                "The journal could not be upgraded to this version of Rapport; "
                "it was left exactly as it was."
            ),
            hint,
        ) from exc


def _known(script: ScriptDirectory, revision: str) -> bool:
    """Whether a revision id belongs to this version's migration history."""
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for unknown ids
        return False
