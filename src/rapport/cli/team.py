"""`rapport team init URL` and `rapport team add-user NAME`: set up a team journal's server.

Run by whoever administers the database (its owner, a login that may create roles).
`init` creates the journal's schema and the team's group role; `add-user` a login for
one colleague, with the rights to write. A password is read from the terminal (or the
first line of stdin in a script), never from the command line where `ps` shows it.
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
    add.set_defaults(handler=run_add_user)


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
    _said(lambda: add_user(location, args.name, password))
    out(f"{args.name} may now open the team journal in {location.label} and write to it.")
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
