"""A team journal on a PostgreSQL server: where it is, and the engine that reaches it.

A journal is opened by location: a file path (the personal journal on SQLite, as
always) or a `ServerLocation`, also written as a URL (`postgresql+psycopg://user@host/db`,
`postgresql://…`). A string that looks like such a URL is never taken for a file name.

Drafts and backups of a team journal are kept on this computer, in a per-user folder
named after the server and database (`ServerLocation.local_folder`): the stores find
them from `journal_path`, a name in that folder at which no file is ever made.
The password is never part of a message, a log line or that folder's name.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError

from rapport.i18n import Words
from rapport.store.engine import WRITE
from rapport.store.errors import JournalLocationError

log = logging.getLogger("rapport.store.server")
ServerText = Words("ServerText")

#: The URL schemes taken for a server (any other string is a file path, as before).
SCHEMES = ("postgresql", "postgres")
#: The driver SQLAlchemy is told to use.
DRIVER = "postgresql+psycopg"
#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT_S = 10
#: The name, inside the local folder, that stands for the journal (no file is made there).
_JOURNAL_NAME = "team-journal"


@dataclass(frozen=True)
class ServerLocation:
    """Where a team journal is: a database on a PostgreSQL server, and who signs in.

    `host` is a host name or the folder of the server's Unix socket (starting with "/").
    `local_root` is where this computer keeps the team journals' drafts and backups
    (a per-user folder; the app passes its data folder).
    """

    database: str
    host: str = ""
    port: int | None = None
    user: str = ""
    password: str | None = field(default=None, repr=False, compare=False)
    sslmode: str | None = None
    local_root: Path | None = field(default=None, compare=False)

    @classmethod
    def from_url(cls, text: str | URL, *, local_root: Path | None = None) -> ServerLocation:
        """Read a server URL; raises JournalLocationError in words when it is not one."""
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise _bad_url() from exc
        if url.get_backend_name() not in SCHEMES or not url.database:
            raise _bad_url()
        query = dict(url.query)
        host = str(query.pop("host", "") or url.host or "")
        sslmode = query.pop("sslmode", None)
        return cls(
            database=url.database,
            host=host,
            port=url.port,
            user=url.username or "",
            password=url.password if isinstance(url.password, str) else None,
            sslmode=str(sslmode) if sslmode else None,
            local_root=local_root,
        )

    def url(self) -> URL:
        """The SQLAlchemy URL, built from parts (a socket folder goes in `host=`)."""
        query: dict[str, str] = {}
        host: str | None = self.host or None
        if self.host.startswith("/"):
            query["host"], host = self.host, None
        if self.sslmode:
            query["sslmode"] = self.sslmode
        return URL.create(
            DRIVER,
            username=self.user or None,
            password=self.password,
            host=host,
            port=self.port,
            database=self.database,
            query=query,
        )

    @property
    def label(self) -> str:
        """How the owner sees it: “database on host” (never the password)."""
        where = self.host or "localhost"
        if self.port:
            where = f"{where}:{self.port}"
        return ServerText.tr("“{database}” on {server}").format(
            database=self.database, server=where
        )

    @property
    def address(self) -> str:
        """The URL to give `rapport --journal` or `rapport team init` (never the password)."""
        return replace(self, password=None).url().render_as_string(hide_password=True)

    def local_folder(self) -> Path:
        """The folder on this computer for the journal's drafts and backups."""
        root = self.local_root or _default_root()
        key = f"{self.host or 'localhost'}|{self.port or 5432}|{self.database}|{self.user}"
        readable = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{self.database}-{self.host}")[:40]
        digest = hashlib.sha256(key.encode()).hexdigest()[:12]
        return root / f"{readable.strip('-')}-{digest}"

    @property
    def journal_path(self) -> Path:
        """The name drafts and backups are found by (inside `local_folder`; never a file)."""
        return self.local_folder() / _JOURNAL_NAME


def _default_root() -> Path:
    """The per-user folder for team journals when the app did not name one (XDG's data home)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "Rapport" / "team"


def _bad_url() -> JournalLocationError:
    return JournalLocationError(
        ServerText.tr("This is not the address of a team journal."),
        ServerText.tr(
            "Write it as postgresql://user@server/database, or give the path of a journal file."
        ),
    )


def server_location(location: object) -> ServerLocation | None:
    """The server a location names, or None for a file path (a str or Path)."""
    if isinstance(location, ServerLocation):
        return location
    if isinstance(location, URL):
        return ServerLocation.from_url(location)
    if isinstance(location, str):
        scheme = location.split(":", 1)[0].split("+", 1)[0].lower()
        if "://" in location and scheme in SCHEMES:
            return ServerLocation.from_url(location)
    return None


def make_server_engine(location: ServerLocation) -> Engine:
    """The engine of a team journal: UTC on every connection, parameters never in errors."""
    try:
        import psycopg  # noqa: F401  (SQLAlchemy would import it only at the first connection)
    except ImportError as exc:
        raise JournalLocationError(
            ServerText.tr("This Rapport cannot open team journals: psycopg is missing."),
            ServerText.tr("Install Rapport with its team extra: pip install 'rapport[team]'."),
        ) from exc
    from rapport.store.models import spell_for_server

    spell_for_server()  # the schema as the server has it (for comparing, and new indexes)
    engine = create_engine(
        location.url(),
        future=True,
        hide_parameters=True,  # an error never quotes the values written (the owner's notes)
        pool_pre_ping=True,  # a connection the server dropped is replaced, not handed out
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "Rapport",
            "options": "-c timezone=UTC",
        },
    )
    event.listen(engine, "begin", _repeatable_writes)
    log.debug("engine ready for a team journal")
    return engine


def _repeatable_writes(connection: Connection) -> None:
    """A unit of work reads and writes one snapshot (REPEATABLE READ), as SQLite's do.

    On SQLite a write takes the file's lock first (BEGIN IMMEDIATE), so what it read
    cannot change before it writes. On a server colleagues write at the same time: at
    PostgreSQL's default level a save could merge against a row another client changed
    a moment later, and overwrite that change. At REPEATABLE READ the server refuses
    the later save instead (a serialization failure, store/db_errors_pg.py), which the
    caller runs again (`retrying`) on the row as it is now. Reads keep the default.
    """
    if connection.get_execution_options().get(WRITE, False):
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def open_server_engine(
    location: ServerLocation, *, create: bool, backup: Callable[[Engine, Path, str], Path | None]
) -> Engine:
    """Reach the server and bring the journal's schema up to date (creating it if asked).

    Raises a JournalError in words: server unreachable, login refused, no such
    database, no journal there (with `create=False`), or a journal of a newer Rapport.
    """
    from sqlalchemy.exc import DBAPIError

    from rapport.store import migrate
    from rapport.store.db_errors_pg import open_server_error
    from rapport.store.errors import JournalError, NoJournalError

    engine = make_server_engine(location)
    try:
        current = migrate.stamped_revision(engine)
        if current is None and _other_tables(engine):
            raise JournalLocationError(
                ServerText.tr("{where} holds another program's tables, not a journal.").format(
                    where=location.label
                ),
                ServerText.tr("Nothing was changed there. Give a database of its own to Rapport."),
            )
        if current is None and not create:
            raise NoJournalError(
                ServerText.tr("There is no journal in {where}.").format(where=location.label),
                ServerText.tr(
                    "Check the database's name. A new team journal is set up by whoever runs "
                    "the server, with: rapport team init {url}"
                ).format(url=location.address),
            )
        where = location.journal_path
        migrate.upgrade(engine, where, lambda why: backup(engine, where, why))
    except JournalError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise open_server_error(exc) from exc
    log.info("opened a team journal")
    return engine


def _other_tables(engine: Engine) -> bool:
    """Whether the database's schema holds tables already (and no journal's stamp)."""
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() LIMIT 1"
        ).first()
        conn.rollback()
    return found is not None
