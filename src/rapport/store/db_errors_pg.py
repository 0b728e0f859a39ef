"""A PostgreSQL server's failures put into words, by its error codes (SQLSTATE), not its texts.

SQLite's failures are told apart by their names and messages (store/db_errors.py); a
server says what went wrong with a five-character code that does not depend on its
language. A lost connection, a refused login, a change that collided with a colleague's
and a full disk each get their own words; the owner's text is never part of them, and
what was typed stays in the window (the Door rolled back, the editor keeps its draft).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from rapport.i18n import Words
from rapport.logs import scrub
from rapport.store.errors import (
    JournalError,
    JournalLocationError,
    JournalReadError,
    JournalWriteBusyError,
    JournalWriteError,
)

log = logging.getLogger("rapport.store")
ServerErrorsText = Words("ServerErrorsText")
T = TypeVar("T")

#: Another transaction got in the way (serialization failure, deadlock): running the
#: same unit of work again succeeds.
RETRYABLE = frozenset({"40001", "40P01"})
#: The login was refused: a wrong password, an unknown user, or no right to connect.
_LOGIN = frozenset({"28000", "28P01", "42501"})
#: How often a collided unit of work is tried again before the owner is told.
ATTEMPTS = 3


class ServerUnreachableError(JournalWriteBusyError):
    """The server could not be reached, or the connection was lost; nothing was written."""


class LoginRefusedError(JournalLocationError):
    """The server refused the login (wrong password, unknown user, no right to connect)."""


class CollidedError(JournalWriteBusyError):
    """A change collided with a colleague's at the same moment; trying again succeeds."""


def sqlstate(exc: BaseException) -> str | None:
    """The server's error code behind exc, or None when it did not come from psycopg."""
    reason = getattr(exc, "orig", None) or exc
    module = type(reason).__module__ or ""
    if not module.startswith("psycopg"):
        return None
    return getattr(reason, "sqlstate", None) or ""


def is_server_error(exc: BaseException) -> bool:
    """Whether exc came from the PostgreSQL driver (and so is put into words here)."""
    return sqlstate(exc) is not None


def _said(exc: BaseException) -> str:
    """What the server said, first line, scrubbed (a message may quote a value)."""
    reason = getattr(exc, "orig", None) or exc
    text = getattr(getattr(reason, "diag", None), "message_primary", None) or str(reason)
    return scrub(text.splitlines()[0] if text else "")


def _unreachable(code: str) -> bool:
    """Connection failures: class 08, the server shutting down (57P0x), or no code at all."""
    return code == "" or code.startswith("08") or code in ("57P01", "57P02", "57P03")


def server_error(exc: BaseException, *, writing: bool) -> JournalError:
    """The words for a server's failure while writing (or reading); nothing was half written."""
    code = sqlstate(exc) or ""
    log.warning("server %s failed: %s %s", "write" if writing else "read", code or "-", _said(exc))
    if _unreachable(code):
        return ServerUnreachableError(
            ServerErrorsText.tr("The server is not reachable; your text is kept."),
            ServerErrorsText.tr(
                "Check the network connection, then try again; Rapport reconnects by itself."
            ),
        )
    if code == "42501" and writing:  # insufficient_privilege: a writer, not an owner
        return JournalWriteError(
            ServerErrorsText.tr("Your login may not make this change in the team journal."),
            ServerErrorsText.tr("Nothing was changed. Ask an owner of the team journal."),
        )
    if code in _LOGIN:
        return login_refused()
    if code in RETRYABLE:
        return CollidedError(
            ServerErrorsText.tr(
                "A colleague saved at the same moment, so the change was not saved."
            ),
            ServerErrorsText.tr("Try again: your text is still here."),
        )
    if code == "53100":  # disk_full
        return JournalWriteError(
            ServerErrorsText.tr("The server's disk is full, so the change was not saved."),
            ServerErrorsText.tr("Ask whoever runs the server to free some space."),
        )
    if code == "25006":  # read_only_sql_transaction: a standby, or a read-only login
        return JournalWriteError(
            ServerErrorsText.tr("The server takes no changes at the moment (it is read-only)."),
            ServerErrorsText.tr("Ask whoever runs the server; your text is still here."),
        )
    if writing:
        return JournalWriteError(
            ServerErrorsText.tr("The change could not be saved."),
            ServerErrorsText.tr("The server said: {reason}").format(reason=_said(exc)),
        )
    return JournalReadError(
        ServerErrorsText.tr("The team journal could not be read."),
        ServerErrorsText.tr("The server said: {reason}").format(reason=_said(exc)),
    )


def login_refused() -> LoginRefusedError:
    """The words for a refused login (never saying which of user or password was wrong)."""
    return LoginRefusedError(
        ServerErrorsText.tr("The server refused the login."),
        ServerErrorsText.tr(
            "Check the user name and password, or ask whoever runs the server for access."
        ),
    )


def open_server_error(exc: BaseException) -> JournalError:
    """The words for a failure while opening a team journal."""
    code = sqlstate(exc) or ""
    if code == "" and _no_database(_said(exc)):  # libpq gives no code for a refused connection
        code = "3D000"
    if code == "3D000":  # invalid_catalog_name
        return JournalLocationError(
            ServerErrorsText.tr("The server has no such database."),
            ServerErrorsText.tr("Check the database's name, or ask whoever runs the server."),
        )
    if code == "" and "password" in _said(exc).lower():  # libpq: the server asked for one
        return login_refused()
    return server_error(exc, writing=False)


def _no_database(said: str) -> bool:
    """Whether a connection was refused because the database is not there (the server's words).

    libpq hands no error code for a connection the server refused at start, only the
    server's FATAL message: `database "x" does not exist` (in English, as the test server
    and most servers say it; a server set to another language falls back to the
    general words of an unreachable server).
    """
    return said.startswith("connection failed:") and "database" in said and "does not exist" in said


def retrying(work: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run a unit of work, again when it collided with a colleague's (serialization, deadlock).

    The whole unit of work runs again (it rolled back), so it must read what it changes
    inside itself, as every store write does.
    """
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except CollidedError:
            if attempt == attempts:
                raise
            log.info("a change collided with another; trying again (%d)", attempt)
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")
