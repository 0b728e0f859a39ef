"""Setting up a team journal: the schema, a group role with the rights to write, its logins.

`init_team` is run once by whoever administers the server (a login that may create
roles, owning the database): it creates the journal's schema (the migrations, as any
open would), a group role `rapport_<database>` (no login) that may read and write
the journal's rows but not change its tables, and an owners' role
`rapport_<database>_owner` inside it. `add_user` makes one login per person in the
group (with `owner=True`, in the owners' role): the name is what the timeline shows
as the author ("by jens").

What only an owner may do is kept by the server itself, not only by the app: the
writers' group may not DELETE rows of the tables that soft-delete (customers, entries,
stage changes, check-ins, files, people), so only an owner can empty the trash (the
one place those rows really go), and may only read the team's relationship rules
(`journal_rule`), which owners write; the database's owner (who ran `init_team`) may
do everything. Restoring a backup (pg_restore) needs the tables' owner anyway. The
app asks the server the same question (`may_own`) to say it plainly beforehand, and
to leave such actions disabled for a colleague.

Schema upgrades of a later Rapport stay with the owner of the tables (the login that
ran `init_team`); colleagues' logins cannot alter tables.
"""

from __future__ import annotations

import logging
import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from rapport.i18n import Words
from rapport.store.errors import JournalError, JournalLocationError
from rapport.store.server import ServerLocation

log = logging.getLogger("rapport.store")
TeamText = Words("TeamText")

#: A login name Rapport creates: lower case letters, digits and "_", as PostgreSQL folds.
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_ROWS = "SELECT, INSERT, UPDATE, DELETE"
_SEQUENCES = "USAGE, SELECT, UPDATE"
#: The team's relationship rules (store/rules.py): every colleague reads, owners write.
RULES = "journal_rule"
#: Tables whose rows only the trash really deletes: DELETE is the owners' right alone.
#: (Rules, below, are the owners' to write at all.)
OWNED = (
    "customer",
    "entry",
    "stage_change",
    "check_in",
    "attachment",
    "blob",
    "person",
    "our_person",
)


def team_role(location: ServerLocation) -> str:
    """The group role of the team journal in location's database."""
    return "rapport_" + re.sub(r"[^a-z0-9_]", "_", location.database.lower())[:50]


def owner_role(location: ServerLocation) -> str:
    """The owners' role of the team journal (inside the group role, with DELETE besides)."""
    return team_role(location)[:57] + "_owner"


def may_own(session: Session) -> bool:
    """Whether the session's login may do what only the journal's owner may (True in a file).

    Asked of the server: the right to delete customers is what the owners' role adds
    to the writers' (and what the database's owner has anyway).
    """
    if session.get_bind().dialect.name != "postgresql":
        return True
    asked = text("SELECT has_table_privilege(current_user, 'customer', 'DELETE')")
    return bool(session.execute(asked).scalar_one())


class OwnerOnlyError(JournalError):
    """A colleague tried what only the team journal's owner may do; nothing was changed."""


def owner_only(what: str) -> OwnerOnlyError:
    """The plain words for a colleague who tried an owner's action ("trash", "restore", "rules")."""
    said = {
        "trash": TeamText.tr("Only the journal's owner can empty the trash."),
        "restore": TeamText.tr("Only the journal's owner can restore a backup."),
        "rules": TeamText.tr("Only the journal's owner can change the relationship rules."),
    }[what]
    return OwnerOnlyError(
        said,
        TeamText.tr(
            "Nothing was changed. Ask an owner of the team journal, or whoever runs its "
            "server to make you one."
        ),
    )


def _checked(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise JournalLocationError(
            f"“{name}” cannot be a login name.",
            "Use lower-case letters, digits and “_”, starting with a letter (such as jens).",
        )
    return name


def init_team(location: ServerLocation) -> str:
    """Create the journal's schema (if new), the group role and the owners'; the group's name."""
    from psycopg import sql

    from rapport.store.journal import Journal

    Journal.open(location, create=True).close()  # the migrations, as any open runs them
    role = team_role(location)
    with _admin(location) as conn:
        for name in (role, owner_role(location)):
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if exists is None:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
        group = sql.Identifier(role)
        owners = sql.Identifier(owner_role(location))
        conn.execute(sql.SQL("GRANT {} TO {}").format(group, owners))
        for statement in (
            "GRANT CONNECT ON DATABASE {db} TO {g}",
            "GRANT USAGE ON SCHEMA public TO {g}",
            f"GRANT {_ROWS} ON ALL TABLES IN SCHEMA public TO {{g}}",
            f"GRANT {_SEQUENCES} ON ALL SEQUENCES IN SCHEMA public TO {{g}}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {_ROWS} ON TABLES TO {{g}}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {_SEQUENCES} ON SEQUENCES TO {{g}}",
        ):
            conn.execute(sql.SQL(statement).format(db=sql.Identifier(location.database), g=group))
        for table in OWNED:
            conn.execute(
                sql.SQL("REVOKE DELETE ON {} FROM {}").format(sql.Identifier(table), group)
            )
            conn.execute(sql.SQL("GRANT DELETE ON {} TO {}").format(sql.Identifier(table), owners))
        rules = sql.Identifier(RULES)
        conn.execute(sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {} FROM {}").format(rules, group))
        conn.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(rules, owners))
    log.info("a team journal was set up")
    return role


def add_user(
    location: ServerLocation, name: str, password: str | None = None, *, owner: bool = False
) -> None:
    """A login for one person of the team, with the rights to write (it may exist already).

    `owner=True` puts it in the owners' role too: it may also empty the trash.
    """
    from psycopg import sql

    login = sql.Identifier(_checked(name))
    role = owner_role(location) if owner else team_role(location)
    group = sql.Identifier(role)
    with _admin(location) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
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
