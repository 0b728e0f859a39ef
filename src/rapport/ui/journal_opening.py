"""Opening a journal at start or from the window, and the way out when it will not open.

A journal another Rapport holds is brought forward there; an encrypted one asks for
its passphrase; a lost or damaged one is offered its backups (or its indexes
repaired); any other failure becomes a plain message with a hint. The file is never
changed by a failed open. The recovery dialogs load only when a journal needs them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rapport import remembered_key
from rapport.i18n import Words
from rapport.single_instance import GUARDS
from rapport.store import Journal, JournalError, cipher
from rapport.store.errors import (
    CorruptJournalError,
    DamagedIndexesError,
    LostJournalError,
    MissingTablesError,
)
from rapport.store.integrity import looks_like_a_journal
from rapport.ui import msgbox
from rapport.ui.journal_move import tidy_after_a_kill
from rapport.ui.passphrase_dialog import open_with_passphrase

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rapport.ui.settings.passphrase_form import ProtectionRequest

log = logging.getLogger("rapport.app")
#: The texts keep the context they had in app.py (their translations stay as they are).
AppText = Words("AppText")

#: Sets where a journal's backups are looked for and written, before it opens.
PlanBackups = Callable[[Path], None]


def open_journal(
    path: Path,
    parent: object = None,
    new: ProtectionRequest | None = None,
    plan_backups: PlanBackups | None = None,
) -> Journal | None:
    """Open a journal, or explain in plain words why not (the file is left as it was).

    `new` says how a journal that does not exist yet is created: with its passphrase
    (encrypted from the first byte), or plain. `plan_backups` is called once the
    journal is ours, before it opens (see `rapport.app.use_owner_backups`).
    """
    path = path.expanduser().absolute()
    if not GUARDS.claim(path):
        msgbox.inform(
            parent,  # type: ignore[arg-type]
            AppText.tr("The journal is already open"),
            AppText.tr(
                "“{name}” is open in another Rapport window, which was brought forward."
            ).format(name=path.name),
        )
        return None
    if plan_backups is not None:
        plan_backups(path)
    tidy_after_a_kill(path)  # it is ours now: no other Rapport is backing it up or moving it

    created = new.new if new is not None and not path.exists() else None

    def opener(passphrase: cipher.Secret | None) -> Journal:
        return Journal.open(path, passphrase=passphrase or created)

    try:
        try:
            journal = open_with_passphrase(path, opener, parent)  # type: ignore[arg-type]
        except (LostJournalError, CorruptJournalError) as exc:
            if isinstance(exc, CorruptJournalError) and not looks_like_a_journal(path):
                raise  # not recognisably ours: left exactly where it is
            if recovered(path, parent, exc):  # type: ignore[arg-type]
                journal = open_with_passphrase(path, opener, parent)  # type: ignore[arg-type]
            else:
                journal = None  # explained, and moved aside if damaged; nothing more to say
        if journal is None:  # the passphrase was not given: the journal stays closed
            GUARDS.release(path)
        elif created and new is not None and new.remember:
            remembered_key.remember(journal.path, created)
        return journal
    except JournalError as exc:
        GUARDS.release(path)
        log.warning("could not open %s: %s", path, exc)
        msgbox.warn(
            parent,  # type: ignore[arg-type]
            AppText.tr("Rapport could not open the journal"),
            exc.message,
            exc.hint,
        )
        return None


def recovered(path: Path, parent: QWidget | None, error: JournalError) -> bool:
    """Offer the way out of a lost or damaged journal; True when it is ready to open again."""
    from rapport.ui.recovery import recover_damaged, recover_lost, repair_indexes

    if isinstance(error, LostJournalError):
        return recover_lost(path, parent)
    if isinstance(error, DamagedIndexesError):
        repaired = repair_indexes(path, parent)
        return bool(repaired or (repaired is None and recover_damaged(path, parent)))
    return recover_damaged(path, parent, missing_part=isinstance(error, MissingTablesError))
