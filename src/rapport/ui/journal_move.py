"""Moving the open journal to another place without ever leaving a half-moved file.

The new file is written with SQLite's backup API (a consistent snapshot, never a file
copy of a live database), then given the full check a backup gets. Only after the app
has opened the new file is the old one removed; until then nothing about the old file
has changed, so a failure at any step leaves the journal where it was. A move (or a
backup) killed half-way is tidied up when the journal is next opened (`store.move`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from rapport.i18n import Words
from rapport.store import encrypt, move
from rapport.store.backup import BackupError, remove_debris
from rapport.ui import msgbox

log = logging.getLogger("rapport.ui.move")
JournalMoveText = Words("JournalMoveText")


def tidy_after_a_kill(journal: Path) -> None:
    """At opening: remove what a killed backup, move or encryption left behind."""
    try:
        remove_debris(journal)
        move.tidy(journal)
        encrypt.remove_debris(journal)
    except OSError as exc:  # tidying is a courtesy; it never stops a journal opening
        log.warning("could not tidy up beside %s: %s", journal, exc)


def write_checked_copy(source: Path, target: Path, parent: QWidget | None) -> bool:
    """Copy the journal to `target` and check it fully; on failure say why, leave nothing."""
    try:
        move.write_copy(source, target)
    except FileExistsError:
        msgbox.warn(
            parent,
            JournalMoveText.tr("The journal was not moved"),
            JournalMoveText.tr("“{path}” already exists.").format(path=target),
        )
        return False
    except (BackupError, OSError) as exc:
        log.warning("moving %s to %s failed: %s", source, target, exc)
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
    failed = [old.name for old in move.finish(source)]
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
