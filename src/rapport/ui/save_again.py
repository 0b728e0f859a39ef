"""Saving the journal again when its file was taken away while open.

A sync tool or a file manager can move or delete the journal under the open app. The
store then refuses every write (JournalMovedError), because it would go into a file no
longer at the path. The owner is told so and offered to save the journal, as it is open,
in a file of their choosing; Rapport goes on working there (`Journal.save_as`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from rapport.i18n import Words
from rapport.store import Journal, JournalError
from rapport.ui import msgbox
from rapport.ui.settings.journal_page import journal_filter

log = logging.getLogger("rapport.ui")
SaveAgainText = Words("SaveAgainText")


def suggested_path(old: Path) -> Path:
    """A free name beside the journal's old one, for the file dialog to start from."""
    for n in range(1, 100):
        stem = SaveAgainText.tr("{name} (saved again)").format(name=old.stem)
        name = f"{stem} {n}" if n > 1 else stem
        candidate = old.with_name(name + old.suffix)
        if not candidate.exists():
            return candidate
    return old


def ask_and_save(journal: Journal, parent: QWidget | None, why: JournalError) -> bool:
    """Say what happened, offer to save the journal again; True when it was saved."""
    if not msgbox.ask(
        parent,
        SaveAgainText.tr("The journal file is gone"),
        why.message,
        detail=why.hint,
        yes=SaveAgainText.tr("Save the journal as…"),
        no=SaveAgainText.tr("Not now"),
    ):
        return False
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        SaveAgainText.tr("Save the journal as"),
        str(suggested_path(journal.path)),
        journal_filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is never replaced
    )
    if not chosen:
        return False
    target = Path(chosen)
    if not target.suffix:
        target = target.with_suffix(".rapport")
    try:
        journal.save_as(target)
    except JournalError as exc:
        msgbox.warn(
            parent, SaveAgainText.tr("The journal was not saved again"), exc.message, exc.hint
        )
        return False
    msgbox.inform(
        parent,
        SaveAgainText.tr("The journal was saved again"),
        SaveAgainText.tr("The journal, with everything saved so far, is now at “{path}”.").format(
            path=journal.path
        ),
        SaveAgainText.tr("Rapport goes on working there, and opens it at the next start."),
    )
    return True
