"""Opening a team journal from the app: at start (`--journal URL`), from the menu, from Recent.

A server's journal is opened through the dialog of ui/team_dialog.py, which connects
at once when the location is known (from the command line, `RAPPORT_JOURNAL`, the
journal open last, or File → Open recent) and asks only for what is missing (the
password, unless the keyring has it). Its drafts and backups live in a folder of this
computer's data folder, named after the server and database (`ServerLocation`).

The journals opened recently are remembered by location: a file's path, or a server's
address without its password (`ServerLocation.address`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from rapport.i18n import Words
from rapport.locations import JOURNAL_ENV, data_folder, keep_setting
from rapport.single_instance import GUARDS
from rapport.store import Journal
from rapport.store.errors import JournalError
from rapport.store.files import private_folder
from rapport.store.server import ServerLocation, server_location
from rapport.ui import msgbox
from rapport.ui.team_dialog import TeamJournalDialog

log = logging.getLogger("rapport.ui.team")
TeamOpenText = Words("TeamOpenText")

#: The journals opened last, newest first (file paths and server addresses).
RECENT_KEY = "journal/recent"
LAST_KEY = "journal/last"
RECENT_MAX = 8


def team_root() -> Path:
    """The folder of team journals' drafts and backups on this computer (in the data folder)."""
    return data_folder() / "team"


def as_location(text: object) -> ServerLocation | None:
    """The server a journal argument names (its local folder in ours), or None for a file."""
    if isinstance(text, Path) or not isinstance(text, str) or not text.strip():
        return None
    try:
        where = server_location(text.strip())
    except JournalError:
        return None
    return None if where is None else replace(where, local_root=team_root())


def requested(explicit: object, remembered: object) -> tuple[ServerLocation | None, bool]:
    """The team journal to open at start, and whether it was named (not just open last)."""
    named = explicit if explicit is not None else os.environ.get(JOURNAL_ENV, "").strip()
    if named:
        try:
            where = _named_location(named)
        except JournalError as exc:  # a server's address, mistyped: said, nothing opened
            msgbox.warn(
                None, TeamOpenText.tr("Rapport could not open the journal"), exc.message, exc.hint
            )
            return None, True
        return where, where is not None
    return as_location(remembered), False


def _named_location(text: object) -> ServerLocation | None:
    """The server named (raising JournalError for a server URL that cannot be read)."""
    if not isinstance(text, str) or isinstance(text, Path):
        return None
    where = server_location(text.strip())
    return None if where is None else replace(where, local_root=team_root())


#: Shows the dialog until it opens or is cancelled; tests put in their own.
def run_dialog(dialog: TeamJournalDialog) -> None:
    """Show the dialog modally."""
    dialog.exec()


def open_team(where: ServerLocation | None, parent: QWidget | None = None) -> Journal | None:
    """Open a team journal (asking what is missing); None when cancelled or in use."""
    dialog = TeamJournalDialog(parent, where, local_root=team_root())
    if where is not None:
        dialog.start_opening()
    run_dialog(dialog)
    journal = dialog.journal
    dialog.deleteLater()
    if journal is None:
        return None
    try:
        private_folder(journal.path.parent)
    except OSError as exc:  # drafts could not be kept: say so, but the journal opens
        log.warning("no local folder for a team journal: %s", exc.strerror)
    if not GUARDS.claim(journal.path):
        journal.close()
        msgbox.inform(
            parent,
            TeamOpenText.tr("The journal is already open"),
            TeamOpenText.tr(
                "{where} is open in another Rapport window, which was brought forward."
            ).format(where=journal.server.label if journal.server else journal.path.name),
        )
        return None
    return journal


def switch_to_team(
    where: ServerLocation | None,
    current: Journal | None,
    parent: QWidget | None,
    show: Callable[[Journal], object],
) -> None:
    """File → Open team journal… or a server in Recent: open it and show it in place."""
    if where is not None and current is not None and current.server == where:
        return
    journal = open_team(where, parent)
    if journal is not None:
        show(journal)


def remember_journal(settings: QSettings, journal: Journal) -> None:
    """Note the journal as open last and first in Recent (a server never with its password)."""
    where = journal.server.address if journal.server is not None else str(journal.path)
    keep_setting(settings, LAST_KEY, where)
    recent = recent_journals(settings)
    kept = [where, *(w for w in recent if w != where)][:RECENT_MAX]
    if kept != recent:
        settings.setValue(RECENT_KEY, kept)


def recent_journals(settings: QSettings) -> list[str]:
    """The journals opened recently, newest first, as remembered."""
    value = settings.value(RECENT_KEY, [])
    items = [value] if isinstance(value, str) else value  # one item comes back as a string
    if not isinstance(items, list | tuple):
        return []
    return [str(v) for v in items if str(v).strip()]


def recent_label(remembered: str) -> str:
    """How a remembered journal is shown: “team” on db.example, or the file's name."""
    where = as_location(remembered)
    return where.label if where is not None else Path(remembered).name


#: What the app does only to a journal file (and reopens by its path afterwards).
FileOnly = Literal["passphrase", "move", "restore", "recover"]


def refused_for_team(journal: Journal | None, parent: QWidget | None, action: FileOnly) -> bool:
    """Say why a file's action does not apply to a team journal; True when it was refused.

    Those actions close the journal, work on its file and open the file again: on a
    team journal there is no file, and opening its local name would start an empty
    journal file there. The journal stays open as it was.
    """
    if journal is None or journal.server is None:
        return False
    where = journal.server.label
    title, text, hint = {
        "passphrase": (
            TeamOpenText.tr("A team journal has no passphrase"),
            TeamOpenText.tr("{where} is a team journal on a server.").format(where=where),
            TeamOpenText.tr(
                "Each colleague's login and the server's TLS protect it; a passphrase "
                "protects journal files."
            ),
        ),
        "move": (
            TeamOpenText.tr("A team journal stays on its server"),
            TeamOpenText.tr("{where} is a team journal on a server.").format(where=where),
            TeamOpenText.tr("Whoever runs the server can move its database."),
        ),
        "restore": (
            TeamOpenText.tr("A team journal is restored on its server"),
            TeamOpenText.tr("{where} is a team journal on a server.").format(where=where),
            TeamOpenText.tr(
                "Ask whoever runs the server to restore a backup there (pg_restore); "
                "nothing was changed."
            ),
        ),
        "recover": (
            TeamOpenText.tr("A team journal is repaired on its server"),
            TeamOpenText.tr("{where} is a team journal on a server.").format(where=where),
            TeamOpenText.tr(
                "Ask whoever runs the server to check the database; nothing was changed."
            ),
        ),
    }[action]
    log.info("a file's action (%s) was refused for a team journal", action)
    msgbox.inform(parent, title, text, hint)
    return True
