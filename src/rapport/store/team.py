"""Setting up a team journal: the schema, a group role with the rights to write, its logins.

`init_team` is run once by whoever administers the server (a login that may create
roles, owning the database): it creates the journal's schema (the migrations, as any
open would) and a group role `rapport_<database>` (no login) that may read and write
the journal's rows but not change its tables. `add_user` makes one login per person
in that group: the name is what the timeline shows as the author ("by jens").

Schema upgrades of a later Rapport stay with the owner of the tables (the login that
ran `init_team`); colleagues' logins cannot alter tables.
"""

from __future__ import annotations

import logging
import re

from rapport.store.errors import JournalLocationError
from rapport.store.server import ServerLocation

log = logging.getLogger("rapport.store")

#: A login name Rapport creates: lower case letters, digits and "_", as PostgreSQL folds.
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_ROWS = "SELECT, INSERT, UPDATE, DELETE"
_SEQUENCES = "USAGE, SELECT, UPDATE"


def team_role(location: ServerLocation) -> str:
    """The group role of the team journal in location's database."""
    return "rapport_" + re.sub(r"[^a-z0-9_]", "_", location.database.lower())[:50]


def _checked(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise JournalLocationError(
            f"“{name}” cannot be a login name.",
            "Use lower-case letters, digits and “_”, starting with a letter (such as jens).",
        )
    return name


def init_team(location: ServerLocation) -> str:
    """Create the journal's schema (if new) and the team's group role; returns its name."""
    from psycopg import sql

    from rapport.store.journal import Journal

    Journal.open(location, create=True).close()  # the migrations, as any open runs them
    role = team_role(location)
    with _admin(location) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        group = sql.Identifier(role)
        if exists is None:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(group))
        for statement in (
            "GRANT CONNECT ON DATABASE {db} TO {g}",
            "GRANT USAGE ON SCHEMA public TO {g}",
            f"GRANT {_ROWS} ON ALL TABLES IN SCHEMA public TO {{g}}",
            f"GRANT {_SEQUENCES} ON ALL SEQUENCES IN SCHEMA public TO {{g}}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {_ROWS} ON TABLES TO {{g}}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {_SEQUENCES} ON SEQUENCES TO {{g}}",
        ):
            conn.execute(sql.SQL(statement).format(db=sql.Identifier(location.database), g=group))
    log.info("a team journal was set up")
    return role


def add_user(location: ServerLocation, name: str, password: str | None = None) -> None:
    """A login for one person of the team, with the rights to write (it may exist already)."""
    from psycopg import sql

    login = sql.Identifier(_checked(name))
    group = sql.Identifier(team_role(location))
    with _admin(location) as conn:
        if (
            conn.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (team_role(location),)
            ).fetchone()
            is None
        ):
            raise JournalLocationError(
                "This database has no team journal set up yet.",
                "Run “rapport team init URL” first, as the database's owner.",
            )
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if exists is None:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(login))
        if password:
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(login, sql.Literal(password)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(group, login))
    log.info("a colleague's login was added to a team journal")


def _admin(location: ServerLocation):  # type: ignore[no-untyped-def]
    """An autocommit psycopg connection with the location's (administering) login."""
    import psycopg

    url = location.url()
    params: dict[str, object] = {"dbname": url.database, "autocommit": True}
    if location.host:
        params["host"] = location.host
    if location.port:
        params["port"] = location.port
    if location.user:
        params["user"] = location.user
    if location.password:
        params["password"] = location.password
    if location.sslmode:
        params["sslmode"] = location.sslmode
    return psycopg.connect(**params)  # type: ignore[arg-type]
