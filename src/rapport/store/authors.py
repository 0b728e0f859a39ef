"""Who wrote what on a team journal: each row's author and last editor, by login.

On a server every person signs in with a login of their own; the unit of work's
session knows it (`session.info[LOGIN]`, set by the Door from `SELECT current_user`
at open), and before each flush `sign` writes it as the author of every entry, stage
change and check-in added, and as the editor of every one added or really modified.
So no save path can forget it, as with version numbers (store/versions.py).

A journal file has one writer, its owner: its rows keep NULL, and nothing is shown.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from rapport.store.models import CheckIn, Entry, StageChange

#: The key of the signed-in login in a write session's `info` (absent in a journal file).
LOGIN = "rapport_login"
_SIGNED = (Entry, StageChange, CheckIn)


def sign(session: Session, _context: object, _instances: object) -> None:
    """Before each flush: the login as author of new rows and editor of changed ones."""
    login = session.info.get(LOGIN)
    if login is None:
        return
    for row in session.new:
        if isinstance(row, _SIGNED):
            if row.author is None:
                row.author = login
            row.editor = login
    for row in session.dirty:
        if isinstance(row, _SIGNED) and session.is_modified(row, include_collections=False):
            row.editor = login


def server_login(session: Session) -> str:
    """The login a read session's server connection signed in with (`current_user`)."""
    return str(session.execute(text("SELECT current_user")).scalar_one())
