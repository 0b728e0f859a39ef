"""`rapport team init URL`, `add-user NAME` and `push JOURNAL URL`: set up a team journal.

Run by whoever administers the database (its owner, a login that may create roles).
`init` creates the journal's schema, the team's group role and its owners' role;
`add-user` a login for one colleague, with the rights to write (`--owner`: also to
empty the trash, restore a backup and change the rules); `push` copies a personal
journal file into the new, empty team journal. A password is read from the terminal
(or the first line of stdin in a script), never from the command line where `ps` shows it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from rapport.cli import fail, out

#: Where `add-user` finds the server when --server is not given.
SERVER_ENV = "RAPPORT_SERVER"


def register(verbs: Any) -> None:
    """Add the `team` verb and its two actions."""
    team = verbs.add_parser("team", help="set up a team journal on a PostgreSQL server")
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the journal and the team's role on a server")
    init.add_argument("url", metavar="URL", help="postgresql://OWNER@HOST/DATABASE")
    init.set_defaults(handler=run_init)
    add = actions.add_parser("add-user", help="add a colleague's login with the rights to write")
    add.add_argument("name", metavar="NAME", help="the login (lower case: jens, maria_k)")
    add.add_argument(
        "--server",
        metavar="URL",
        default=os.environ.get(SERVER_ENV),
        help=f"the team journal's server, as the owner (default: ${SERVER_ENV})",
    )
    add.add_argument(
        "--password",
        action="store_true",
        help="ask for the login's password (one line on stdin in a script)",
    )
    add.add_argument(
        "--owner",
        action="store_true",
        help="an owner: may also empty the trash, restore a backup and change the rules",
    )
    add.set_defaults(handler=run_add_user)
    push = actions.add_parser(
        "push", help="copy a personal journal file into a new, empty team journal"
    )
    push.add_argument("journal", metavar="JOURNAL", help="the journal file (journal.rapport)")
    push.add_argument("url", metavar="URL", help="postgresql://OWNER@HOST/DATABASE")
    push.set_defaults(handler=run_push)


def run_init(args: argparse.Namespace) -> int:
    """Create the schema and the group role; say what to do next."""
    from rapport.store.server import ServerLocation
    from rapport.store.team import init_team

    location = ServerLocation.from_url(args.url)
    role = _said(lambda: init_team(location))
    out(f"The team journal is ready in {location.label}; its colleagues' role is {role}.")
    out("Add each colleague: rapport team add-user NAME --server URL")
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    """Add one login to the team."""
    from rapport.store.server import ServerLocation
    from rapport.store.team import add_user

    if not args.server:
        fail("Which server?", f"Give --server URL, or set {SERVER_ENV}.")
        return 2
    location = ServerLocation.from_url(args.server)
    password = _password() if args.password else None
    _said(lambda: add_user(location, args.name, password, owner=args.owner))
    if args.owner:
        out(
            f"{args.name} may now open the team journal in {location.label}, write to it, "
            "and as an owner empty the trash, restore a backup and change the rules."
        )
    else:
        out(f"{args.name} may now open the team journal in {location.label} and write to it.")
    return 0


def run_push(args: argparse.Namespace) -> int:
    """Copy a journal file into an empty team journal, ids kept, every table counted."""
    from pathlib import Path

    from rapport.store import Journal
    from rapport.store.push import push
    from rapport.store.server import ServerLocation

    location = ServerLocation.from_url(args.url)
    path = Path(args.journal).expanduser()
    source = Journal.open(path, create=False)
    try:
        target = _said(lambda: Journal.open(location, create=True))
        try:
            report = push(source.engine, target.engine)
        finally:
            target.close()
    finally:
        source.close()
    rows = sum(report.rows.values())
    out(
        f"Copied {path.name} into the team journal in {location.label}: "
        f"{report.customers} relationships, {rows} rows in all, every table counted."
    )
    out("Keep the file as it is: it is your copy of the journal as it was pushed.")
    return 0


def _password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password for the new login: ")
    return sys.stdin.readline().rstrip("\n")


def _said(work: Any) -> Any:
    """Run work; a server's refusal becomes a JournalError in words (never a traceback)."""
    import psycopg

    from rapport.store.db_errors_pg import server_error

    try:
        return work()
    except psycopg.Error as exc:
        raise server_error(exc, writing=True) from exc
