"""The UI's single path to write: run a store call, report failure in words, announce changes.

The store calls its listeners after each successful commit; the bridge turns that into
a Qt signal so each view refreshes only what the change touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from rapport.domain.customers import ValidationError
from rapport.store import Journal, JournalError
from rapport.store.records import Change
from rapport.ui import msgbox

log = logging.getLogger("rapport.ui")
T = TypeVar("T")


class JournalBridge(QObject):
    """Owns the open journal for the UI and re-announces its changes as a signal."""

    changed = Signal(object)  # a rapport.store.records.Change

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        journal.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    def write(
        self, parent: QWidget | None, action: str, call: Callable[[], T]
    ) -> tuple[bool, T | None]:
        """Run a write; on failure show why (nothing was saved) and return (False, None).

        `action` names what the user was doing ("Save the entry"), for the message title.
        """
        try:
            return True, call()
        except ValidationError as exc:
            msgbox.warn(parent, action, exc.message)
        except JournalError as exc:
            msgbox.warn(parent, action, exc.message, exc.hint)
        return False, None
