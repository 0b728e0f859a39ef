"""Saving the entry being typed as a draft, and offering drafts back after a crash.

A keeper watches one entry dialog. The first change starts a one-second clock at the
latest (`MAX_DELAY_MS`), and every change restarts a short idle clock (`IDLE_DELAY_MS`):
whichever fires first writes the draft. So a pause saves at once, and even non-stop
typing is on disk within a second — the promise is "everything typed up to one second
before a crash". The draft is removed as soon as the entry is committed (before any
question that follows the save, such as "Move to Conflict?", so a crash there offers no
duplicate), or when the dialog is discarded after asking; if the app dies while the
text is unsaved, the draft stays and the next start offers it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from rapport.domain.drafts import TypedEntry
from rapport.i18n import Words
from rapport.store.drafts import DraftStore
from rapport.ui import msgbox
from rapport.ui.timers import QT_CLOCK, Clock

if TYPE_CHECKING:  # the dialog's module loads when a dialog is first opened, not at start
    from rapport.ui.dialogs.entry_dialog import EntryDialog

log = logging.getLogger("rapport.ui.drafts")
UiDraftsText = Words("UiDraftsText")

IDLE_DELAY_MS = 250
MAX_DELAY_MS = 700


class DraftKeeper(QObject):
    """Keeps one entry dialog's text on disk while it is open."""

    #: Where its two clocks come from (a test puts in one it moves by hand).
    clock: Clock = QT_CLOCK

    def __init__(self, dialog: EntryDialog, store: DraftStore, draft_id: str | None = None) -> None:
        super().__init__(dialog)
        self.setObjectName("draftKeeper")
        self.dialog = dialog
        self.store = store
        self.draft_id = draft_id or uuid.uuid4().hex
        self._failed = False
        self._idle = self.clock.single_shot(self, IDLE_DELAY_MS, self.save_now)
        self._max = self.clock.single_shot(self, MAX_DELAY_MS, self.save_now)
        dialog.edited.connect(self._on_edit)
        dialog.saved.connect(self.forget)
        dialog.finished.connect(self.forget)

    @classmethod
    def of(cls, dialog: EntryDialog) -> DraftKeeper | None:
        """The keeper attached to a dialog, if any."""
        return dialog.findChild(DraftKeeper, "draftKeeper")

    def _on_edit(self) -> None:
        if not self._max.isActive():
            self._max.start()
        self._idle.start()

    def save_now(self) -> None:
        """Write the draft now (or remove it when the form holds no text)."""
        self._idle.stop()
        self._max.stop()
        typed = self.dialog.typed(self.draft_id)
        if not typed.has_text():
            self.store.remove(self.draft_id)
            return
        try:
            self.store.save(typed)
        except OSError as exc:
            # The text is still in the editor; say so once, not at every keystroke.
            log.warning("draft could not be saved: %s", exc)
            if not self._failed:
                self._failed = True
                msgbox.warn(
                    self.dialog,
                    UiDraftsText.tr("Your draft could not be kept safe"),
                    UiDraftsText.tr(
                        "Rapport could not save a copy of what you are typing ({reason})."
                    ).format(reason=exc.strerror),
                    UiDraftsText.tr(
                        "Your text is still here. Save the entry when you can, or free some "
                        "disk space."
                    ),
                )
        else:
            self._failed = False

    def keep_for_later(self) -> None:
        """Rapport quits now: keep the text as a draft (offered at the next start), ask nothing."""
        self.save_now()
        self.dialog.finished.disconnect(self.forget)
        self.dialog.hide()

    def forget(self, _result: int = 0) -> None:
        """Saved or deliberately discarded: the draft is no longer needed."""
        self._idle.stop()
        self._max.stop()
        self.store.remove(self.draft_id)


def offer_drafts(
    parent: QWidget,
    store: DraftStore,
    reopen: Callable[[TypedEntry], EntryDialog | None],
) -> list[TypedEntry]:
    """After a crash: offer the drafts left behind; reopen them one after another.

    `reopen` opens an entry dialog for a draft (new or edited entry) with its keeper;
    returns the drafts that were found. Declining keeps them for the next start.
    """
    drafts = store.list()
    if not drafts:
        return []
    if len(drafts) > 1:
        title = UiDraftsText.tr("Unsaved entries from last time")
        text = UiDraftsText.tr(
            "Rapport closed while you were writing %n entr(y|ies). They were kept.", "", len(drafts)
        )
        detail = UiDraftsText.tr(
            "Open them one after another to finish and save them (or discard them)?"
        )
        yes = UiDraftsText.tr("Open them")
    else:
        title = UiDraftsText.tr("An unsaved entry from last time")
        text = UiDraftsText.tr("Rapport closed while you were writing an entry. It was kept.")
        detail = UiDraftsText.tr("Open it to finish and save it (or discard it)?")
        yes = UiDraftsText.tr("Open")
    if not msgbox.ask(parent, title, text, detail, yes=yes, no=UiDraftsText.tr("Later")):
        return drafts
    queue = list(drafts)

    def next_one() -> None:
        while queue:
            dialog = reopen(queue.pop(0))
            if dialog is not None:
                dialog.finished.connect(lambda _r: QTimer.singleShot(0, next_one))
                return

    next_one()
    return drafts
