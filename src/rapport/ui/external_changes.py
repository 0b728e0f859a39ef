"""Changes made elsewhere reach the open windows, through the same change notices.

Every second the journal's watch is asked what other programs (the command line, a
script) changed since (`journal.elsewhere.poll()`: one PRAGMA on SQLite, so the UI
thread asks it); what it tells is published on the journal's feed, which the views
follow like any change of the app's own. On a team journal the watch drains the
server's notifications instead (store/change_notify_pg.py): colleagues' changes, by id.

The file itself replaced or taken away under the open journal (a backup copied over
it, a sync tool) changes nothing the watch can see: the app still reads the file it
opened. It would show that file's content as if it were the journal's, so the owner is
told at once, with the offer to save the journal again that a save would get.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from rapport.i18n import Words
from rapport.store import JournalError

if TYPE_CHECKING:
    from rapport.ui.bridge import JournalBridge

log = logging.getLogger("rapport.ui")
ElsewhereText = Words("ElsewhereText")

#: How often the journal is asked for changes made elsewhere (they show within this).
POLL_MS = 1000


class ExternalChanges(QObject):
    """Asks the bridge's journal for changes made elsewhere on a timer, and tells them."""

    def __init__(self, bridge: JournalBridge, interval_ms: int = POLL_MS) -> None:
        super().__init__(bridge)
        self._bridge = bridge
        self._told_moved: Path | None = None  # the path whose file was said to be gone
        self._stopped = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    def look(self) -> None:
        """Publish what changed elsewhere; say once that the file was replaced or taken away."""
        journal = self._bridge.journal
        if journal.elsewhere is not None:
            change = journal.elsewhere.poll()
            if change is not None:
                journal.changes.publish(change)
        if self._told_moved == journal.path:
            return  # said once; each save says it again, as it always did
        if journal.file_moved():
            self._told_moved = journal.path
            self._offer_to_save_again()

    def _offer_to_save_again(self) -> None:
        path = self._bridge.journal.path
        log.warning("the journal file was replaced or taken away while open")
        why = JournalError(
            ElsewhereText.tr(
                "The journal file “{path}” was replaced, moved or deleted by another program "
                "while Rapport had it open. Rapport still shows the journal as it was open, "
                "not what is at that place now, and cannot save into it."
            ).format(path=path),
            ElsewhereText.tr(
                "Nothing saved so far is lost: save the journal again in a place you choose, "
                "or close Rapport and open the file that is there now."
            ),
        )
        self._timer.stop()  # not asked again while the question is open
        try:
            self._bridge.save_again(QApplication.activeWindow(), why)
        finally:
            if not self._stopped:
                self._timer.start()

    def stop(self) -> None:
        """Stop looking (the window shuts down)."""
        self._stopped = True
        self._timer.stop()
