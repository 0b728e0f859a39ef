"""Moving the open journal to another place without ever leaving a half-moved file.

The new file is written with SQLite's backup API (a consistent snapshot, never a file
copy of a live database), then given the full check a backup gets. Only after the app
has opened the new file is the old one removed; until then nothing about the old file
has changed, so a failure at any step leaves the journal where it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from rapport.i18n import Words
from rapport.store.backup import BackupError, check_backup, copy_into
from rapport.ui import msgbox

log = logging.getLogger("rapport.ui.move")
JournalMoveText = Words("JournalMoveText")


def write_checked_copy(source: Path, target: Path, parent: QWidget | None) -> bool:
    """Copy the journal to `target` and check it fully; on failure say why, leave nothing."""
    if target.exists():
        msgbox.warn(
            parent,
            JournalMoveText.tr("The journal was not moved"),
            JournalMoveText.tr("“{path}” already exists.").format(path=target),
        )
        return False
    try:
        copy_into(source, target)
        problem = check_backup(target)
        if problem is not None:
            raise BackupError(
                JournalMoveText.tr("The copy at “{path}” failed its check ({problem}).").format(
                    path=target, problem=problem
                )
            )
    except (BackupError, OSError) as exc:
        log.warning("moving %s to %s failed: %s", source, target, exc)
        for leftover in _files_of(target):
            leftover.unlink(missing_ok=True)
        msgbox.warn(
            parent,
            JournalMoveText.tr("The journal was not moved"),
            JournalMoveText.tr("The copy could not be written ({reason}).").format(reason=exc),
            JournalMoveText.tr("Nothing changed: the journal is still at {path}.").format(
                path=source
            ),
        )
        return False
    return True


def remove_old(source: Path, target: Path, parent: QWidget | None) -> None:
    """Remove the old file (and its -wal/-shm) now that the moved journal is open."""
    failed = []
    for old in _files_of(source):
        try:
            old.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s after the move: %s", old, exc)
            failed.append(old.name)
    if failed:
        msgbox.warn(
            parent,
            JournalMoveText.tr("The journal was moved"),
            JournalMoveText.tr(
                "It is now at {path}, but the old file could not be removed."
            ).format(path=target),
            JournalMoveText.tr("You may delete {files} in {folder} yourself.").format(
                files=", ".join(failed), folder=source.parent
            ),
        )
    else:
        log.info("moved the journal from %s to %s", source, target)


def _files_of(journal: Path) -> list[Path]:
    return [journal, *(journal.with_name(journal.name + tail) for tail in ("-wal", "-shm"))]
