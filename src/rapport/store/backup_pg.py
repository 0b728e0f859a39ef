"""Backups of a team journal: PostgreSQL's own pg_dump (custom format), verified.

A server's database is not a file Rapport could copy; its snapshot is what pg_dump
writes, consistent while colleagues keep working. The dump is written under a
temporary name, then read back with `pg_restore --list` (which fails on a cut or
damaged dump) before it is renamed into place, so a bad dump never takes a good
one's place. Dumps live in the team journal's local folder (store/server.py),
readable by the owner alone. The password travels in the environment, never on a
command line another user could see.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from rapport.i18n import Words
from rapport.store.errors import JournalError
from rapport.store.files import private_folder

log = logging.getLogger("rapport.store.backup")
ServerBackupText = Words("ServerBackupText")

#: A dump's name: the journal's, when, and why ("before-upgrade", "manual"…).
SUFFIX = ".dump"
_STAMP = "%Y%m%dT%H%M%S%fZ"
#: Seconds a dump may take before it is given up (a big team journal on a slow link).
TIMEOUT_S = 1800


class ServerBackupError(JournalError):
    """A team journal's backup could not be made or did not pass its check."""


def _tool(name: str) -> str:
    """The path of pg_dump or pg_restore, or words saying how to get them."""
    found = shutil.which(name)
    if found is None:
        for version in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
            if (version / name).exists():
                return str(version / name)
        raise ServerBackupError(
            ServerBackupText.tr(
                "Backups of a team journal are made with PostgreSQL's pg_dump, "
                "which is not installed on this computer."
            ),
            ServerBackupText.tr(
                "Install PostgreSQL's client programs (on Debian and Ubuntu: postgresql-client)."
            ),
        )
    return found


def _environment(engine: Engine) -> dict[str, str]:
    """Libpq's variables for the engine's server: the password never on a command line."""
    url = engine.url
    env = dict(os.environ)
    host = url.query.get("host") or url.host
    values = {
        "PGHOST": host if isinstance(host, str) else None,
        "PGPORT": str(url.port) if url.port else None,
        "PGUSER": url.username,
        "PGDATABASE": url.database,
        "PGPASSWORD": url.password if isinstance(url.password, str) else None,
        "PGSSLMODE": url.query.get("sslmode")
        if isinstance(url.query.get("sslmode"), str)
        else None,
    }
    env.update({key: str(value) for key, value in values.items() if value})
    return env


def backup_server(engine: Engine, journal_path: Path, reason: str) -> Path:
    """Dump the team journal into its local folder's backups; return the verified dump."""
    folder = journal_path.parent / "backups"
    private_folder(folder)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{journal_path.name}-{stamp}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    env = _environment(engine)
    try:
        subprocess.run(
            [_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(partial)],
            env=env,
            check=True,
            capture_output=True,
            timeout=TIMEOUT_S,
        )
        os.chmod(partial, 0o600)
        listed = subprocess.run(
            [_tool("pg_restore"), "--list", str(partial)],
            check=True,
            capture_output=True,
            timeout=TIMEOUT_S,
            text=True,
        )
        if "TABLE DATA public entry" not in listed.stdout:
            raise ServerBackupError(
                ServerBackupText.tr("The team journal's backup is incomplete, so it was not kept."),
                ServerBackupText.tr("Try again; if it fails again, ask whoever runs the server."),
            )
        os.replace(partial, target)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        partial.unlink(missing_ok=True)
        said = getattr(exc, "stderr", b"") or b""
        text = said.decode(errors="replace") if isinstance(said, bytes) else str(said)
        log.warning("pg_dump backup failed: %s", text.strip().splitlines()[-1:] or exc)
        raise ServerBackupError(
            ServerBackupText.tr("The team journal could not be backed up with pg_dump."),
            ServerBackupText.tr(
                "Check that the server is reachable and that pg_dump is as new as the server."
            ),
        ) from exc
    log.info("team journal backed up (%s)", reason)
    return target
