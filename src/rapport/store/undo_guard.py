"""Undo takes back one's own change, never a colleague's saved after it without saying so.

A change that Edit → Undo can take back remembers the version the row had right
after it (every save adds one: store/versions.py). The undo passes that version as
`expect`; inside its write the row is read again, and when its version moved on —
a colleague (on a team journal) or another window saved it since — the undo writes
nothing and raises `ChangedSinceError`, naming who and when, so the owner can keep
that change or undo anyway (`expect=None`). Read and check happen in the one write
transaction, so nothing slips in between.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from rapport.i18n import Words, formats
from rapport.store.authors import LOGIN
from rapport.store.errors import JournalError

UndoGuardText = Words("UndoGuardText")

#: The version of a row just added (the version column's default): what undoing the
#: add of a new entry or stage change expects.
FIRST_VERSION = 1


class ChangedSinceError(JournalError):
    """The row was saved again after the change being undone; nothing was written."""

    def __init__(self, message: str, hint: str, editor: str | None) -> None:
        super().__init__(message, hint)
        #: The login that saved it last (None in a journal file, or when not known).
        self.editor = editor


def unchanged_since(session: Session, row: Any, expect: int | None) -> None:
    """Raise ChangedSinceError when row's version is no longer `expect` (None: no check)."""
    if expect is None or row.version == expect:
        return
    mine = session.info.get(LOGIN)
    editor: str | None = getattr(row, "editor", None)
    saved: datetime | None = getattr(row, "updated_at", None) or getattr(row, "created_at", None)
    when = _when(saved)
    if editor and editor != mine:
        said = UndoGuardText.tr("{login} changed it after you, at {time}.").format(
            login=editor, time=when
        )
    else:
        said = UndoGuardText.tr(
            "It was changed again after you, at {time} (by a colleague, or in another window)."
        ).format(time=when)
    raise ChangedSinceError(
        said,
        UndoGuardText.tr("Going ahead would overwrite that change; nothing has been changed yet."),
        editor if editor != mine else None,
    )


def _when(saved: datetime | None) -> str:
    """A saved moment as the owner reads it: the time today, else the day and time."""
    if saved is None:
        return "?"
    local = saved.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return f"{formats().day(local.date())} {local.strftime('%H:%M')}"
