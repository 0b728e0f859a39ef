"""A damaged or lost journal: explained in plain words, the newest good backup offered.

Used at start and by Tools → Check journal. Nothing is deleted or overwritten: a damaged
journal (or what is left of a lost one) is moved aside before a backup takes its place.
Indexes out of step with their tables lose no record: they are offered a repair instead.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from rapport import formatting
from rapport.i18n import Words
from rapport.store import JournalError, integrity
from rapport.store.backup import BackupError, BackupInfo, copy_into, newest_good_backup
from rapport.store.integrity import SIDECARS
from rapport.ui import msgbox
from rapport.ui.dialogs.restore_dialog import human_size

log = logging.getLogger("rapport.ui.recovery")
RecoveryText = Words("RecoveryText")


def recover_damaged(path: Path, parent: QWidget | None = None, missing_part: bool = False) -> bool:
    """Move the damaged journal aside and, if the user agrees, restore the newest good backup.

    `missing_part`: a whole table is gone, rather than a page that cannot be read.
    Returns True when a restored journal is now at `path`, ready to open.
    """
    title = RecoveryText.tr("The journal is damaged")
    try:
        aside = integrity.move_aside(path)
    except OSError as exc:
        msgbox.warn(
            parent,
            title,
            RecoveryText.tr(
                "“{path}” is damaged, and it could not be moved aside ({reason})."
            ).format(path=path, reason=exc.strerror),
            RecoveryText.tr(
                "Nothing was changed. Copy the file somewhere safe, then restore a backup."
            ),
        )
        return False
    told = (
        RecoveryText.tr(
            "Part of “{name}” is missing: a whole table of its records is gone, perhaps "
            "after a disk problem or another program changed it. So that nothing more is "
            "lost, it was moved aside to “{aside}”, untouched."
        )
        if missing_part
        else RecoveryText.tr(
            "Part of “{name}” can no longer be read, perhaps after a disk problem or "
            "a power cut. So that nothing more is lost, it was moved aside to “{aside}”, "
            "untouched."
        )
    ).format(name=path.name, aside=aside.name)
    good = newest_good_backup(path)
    if good is None:
        msgbox.warn(
            parent,
            title,
            told,
            RecoveryText.tr(
                "No good backup of it was found. Keep the damaged file: a specialist may "
                "recover most of it. Next, choose another journal, or a new name to start afresh."
            ),
        )
        return False
    detail = RecoveryText.tr(
        "The newest good backup is from {when} ({size}). Restore it? Entries written "
        "after it will be missing; the damaged file stays where it was moved to."
    )
    return _offer(path, good, parent, title, told, _describe(detail, good))


def recover_lost(path: Path, parent: QWidget | None = None) -> bool:
    """A missing or empty journal that has backups: offer the newest good one.

    It held a journal, so it is never started afresh (store/integrity.py, `is_lost`).
    What is left at the path is moved aside only once the owner chose to restore.
    Returns True when a restored journal is now at `path`, ready to open.
    """
    missing = not path.exists()
    title = (
        RecoveryText.tr("The journal is missing")
        if missing
        else RecoveryText.tr("The journal is empty")
    )
    told = (
        RecoveryText.tr(
            "“{name}” is gone, but it has backups, so it held your journal: perhaps it was "
            "moved, renamed or deleted (by a sync tool or a file manager, for instance), or "
            "it is on a drive that is not connected. Rapport did not start an empty journal "
            "in its place."
        )
        if missing
        else RecoveryText.tr(
            "“{name}” is empty, but it has backups, so it held your journal: perhaps a sync "
            "tool, a full disk or another program emptied it. Rapport did not start an empty "
            "journal in its place."
        )
    ).format(name=path.name)
    good = newest_good_backup(path)
    if good is None:
        msgbox.warn(
            parent,
            title,
            told,
            RecoveryText.tr(
                "None of its backups passes its check. Keep them: a specialist may recover "
                "most of one. Next, choose another journal."
            ),
        )
        return False
    detail = RecoveryText.tr(
        "The newest good backup is from {when} ({size}). Restore it? "
        "Or choose “Not now” to open another journal."
    )
    return _offer(path, good, parent, title, told, _describe(detail, good), lost=True)


def repair_indexes(path: Path, parent: QWidget | None = None) -> bool | None:
    """Offer to rebuild indexes out of step with their tables, and do it after a backup.

    True when the journal is sound again; False when the owner declined or the repair
    could not be made (they were told why); None when the rebuild left other damage,
    which the caller recovers like any damage.
    """
    title = RecoveryText.tr("The journal needs a repair")
    if not msgbox.ask(
        parent,
        title,
        RecoveryText.tr(
            "The indexes of “{name}” (its look-up tables) are out of step with its "
            "records; no entry is lost. Rapport can rebuild them."
        ).format(name=path.name),
        detail=RecoveryText.tr(
            "A backup is made first. Until the repair, lists and searches may miss entries."
        ),
        yes=RecoveryText.tr("Repair"),
        no=RecoveryText.tr("Not now"),
    ):
        return False
    try:
        left = integrity.repair_indexes(path)
    except (BackupError, OSError, JournalError) as exc:
        log.warning("repairing the indexes of %s failed: %s", path, exc)
        msgbox.warn(parent, title, RecoveryText.tr("The repair could not be made."), str(exc))
        return False
    if left is not None:
        log.warning("indexes of %s rebuilt, but damage is left: %s", path, left)
        return None
    log.info("indexes of %s rebuilt", path)
    msgbox.inform(parent, title, RecoveryText.tr("Repaired: the journal is sound again."))
    return True


def _describe(detail: str, good: BackupInfo) -> str:
    return detail.format(when=formatting.when(good.taken_at), size=human_size(good.size))


def _offer(
    path: Path,
    good: BackupInfo,
    parent: QWidget | None,
    title: str,
    told: str,
    detail: str,
    lost: bool = False,
) -> bool:
    """Ask to restore the backup; put it in place (what a lost journal left moved aside)."""
    if not msgbox.ask(
        parent,
        title,
        told,
        detail=detail,
        yes=RecoveryText.tr("Restore the backup"),
        no=RecoveryText.tr("Not now"),
    ):
        return False
    try:
        if lost and any(p.exists() for p in _files(path)):
            integrity.move_aside(path)  # an empty file, or a WAL a lost journal left
        copy_into(good.path, path)
    except (BackupError, OSError) as exc:
        log.warning("restoring %s failed: %s", good.path, exc)
        msgbox.warn(parent, RecoveryText.tr("The backup could not be restored"), str(exc))
        return False
    log.info("restored %s from %s", path, good.path)
    return True


def _files(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in SIDECARS)]
