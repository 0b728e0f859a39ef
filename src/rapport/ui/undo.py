"""Undoable deletes: a delete moves the row to the trash; undo brings it back.

The delete is done first through the bridge (so a failure is reported and nothing is
pushed); the command then only re-does or undoes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from rapport.ui.bridge import JournalBridge


class TrashCommand(QUndoCommand):
    """A soft delete already done; undo restores, redo deletes again."""

    def __init__(
        self,
        bridge: JournalBridge,
        text: str,
        delete: Callable[[], None],
        restore: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._bridge = bridge
        self._delete = delete
        self._restore = restore
        self._first = True

    def redo(self) -> None:
        """Delete again (skipped the first time: the delete is already done)."""
        if self._first:
            self._first = False
            return
        self._bridge.write(None, f"Redo {self.text().lower()}", self._delete)

    def undo(self) -> None:
        """Bring the deleted row back."""
        self._bridge.write(None, f"Undo {self.text().lower()}", self._restore)
