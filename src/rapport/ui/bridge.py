"""The UI's single path to write: run a store call, report failure in words, announce changes.

Every write in the store is a unit of work that announces one `Change` after its commit,
naming the customers, entries, stage changes and check-ins it wrote (store/change.py).
The bridge turns that into a Qt signal, so each view refreshes only what the change
touched: `bridge.changed.connect(view.on_change)`, then `change.touches(customer_id)` or
`change.touches_entry(entry_id)`, and read everything afresh when `change.everything`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QWidget

from rapport.domain.customers import ValidationError
from rapport.store import Journal, JournalError
from rapport.store.errors import JournalMovedError
from rapport.store.records import Change
from rapport.ui import msgbox
from rapport.ui.external_changes import ExternalChanges

log = logging.getLogger("rapport.ui")
T = TypeVar("T")


class JournalBridge(QObject):
    """Owns the open journal for the UI and re-announces its changes as a signal."""

    changed = Signal(object)  # a rapport.store.records.Change
    relocated = Signal(Path, Path)  # the journal was saved again elsewhere: old, new path
    _relay = Signal(object)  # a change committed by a worker thread, on its way to the UI

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._relay.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = journal.subscribe(self._on_change)
        #: Changes other programs make reach the views through the same feed.
        self.external = ExternalChanges(self)

    def _on_change(self, change: Change) -> None:
        # A long task (an import) commits in its worker: its change is announced on the
        # UI thread all the same, so no view is ever touched from another thread.
        if QThread.currentThread() is self.thread():
            self.changed.emit(change)
        else:
            self._relay.emit(change)

    def close(self) -> None:
        """Stop relaying the journal's changes (its window is going; the journal may stay)."""
        self.external.stop()
        self._unsubscribe()

    def write(
        self, parent: QWidget | None, action: str, call: Callable[[], T]
    ) -> tuple[bool, T | None]:
        """Run a write; on failure show why (nothing was saved) and return (False, None).

        `action` names what the user was doing ("Save the entry"), for the message title.
        When the journal's file was taken away, the owner may save the journal again
        elsewhere; the write is then tried once more, there.
        """
        try:
            return True, call()
        except ValidationError as exc:
            msgbox.warn(parent, action, exc.message)
        except JournalMovedError as exc:
            if self.save_again(parent, exc):
                return self.write(parent, action, call)
        except JournalError as exc:
            msgbox.warn(parent, action, exc.message, exc.hint)
        return False, None

    def save_again(self, parent: QWidget | None, why: JournalError) -> bool:
        """Offer to save a journal whose file was taken away; True when it was saved."""
        from rapport.ui.save_again import ask_and_save

        old = self.journal.path
        if not ask_and_save(self.journal, parent, why):
            return False
        log.info("journal saved again: %s -> %s", old, self.journal.path)
        self.relocated.emit(old, self.journal.path)
        return True
