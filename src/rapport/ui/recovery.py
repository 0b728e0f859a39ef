"""A damaged journal: moved aside, explained in plain words, the newest good backup offered.

Used at start and by Tools → Check journal. Nothing is deleted or overwritten.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from rapport import formatting
from rapport.i18n import Words
from rapport.store import integrity
from rapport.store.backup import BackupError, copy_into, newest_good_backup
from rapport.ui import msgbox
from rapport.ui.dialogs.restore_dialog import human_size

log = logging.getLogger("rapport.ui.recovery")
RecoveryText = Words("RecoveryText")


def recover_damaged(path: Path, parent: QWidget | None = None) -> bool:
    """Move the damaged journal aside and, if the user agrees, restore the newest good backup.

    Returns True when a restored journal is now at `path`, ready to open.
    """
    try:
        aside = integrity.move_aside(path)
    except OSError as exc:
        msgbox.warn(
            parent,
            RecoveryText.tr("The journal is damaged"),
            RecoveryText.tr(
                "“{path}” is damaged, and it could not be moved aside ({reason})."
            ).format(path=path, reason=exc.strerror),
            RecoveryText.tr(
                "Nothing was changed. Copy the file somewhere safe, then restore a backup."
            ),
        )
        return False
    told = RecoveryText.tr(
        "Part of “{name}” can no longer be read, perhaps after a disk problem or "
        "a power cut. So that nothing more is lost, it was moved aside to “{aside}”, "
        "untouched."
    ).format(name=path.name, aside=aside.name)
    good = newest_good_backup(path)
    if good is None:
        msgbox.warn(
            parent,
            RecoveryText.tr("The journal is damaged"),
            told,
            RecoveryText.tr(
                "No good backup of it was found. Keep the damaged file: a specialist may "
                "recover most of it. Next, choose another journal, or a new name to start afresh."
            ),
        )
        return False
    if not msgbox.ask(
        parent,
        RecoveryText.tr("The journal is damaged"),
        told,
        detail=RecoveryText.tr(
            "The newest good backup is from {when} ({size}). Restore it? Entries written "
            "after it will be missing; the damaged file stays where it was moved to."
        ).format(when=formatting.when(good.taken_at), size=human_size(good.size)),
        yes=RecoveryText.tr("Restore the backup"),
        no=RecoveryText.tr("Not now"),
    ):
        return False
    try:
        copy_into(good.path, path)
    except (BackupError, OSError) as exc:
        log.warning("restoring %s failed: %s", good.path, exc)
        msgbox.warn(parent, RecoveryText.tr("The backup could not be restored"), str(exc))
        return False
    log.info("restored %s from %s after damage", path, good.path)
    return True
