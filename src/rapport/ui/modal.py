"""Showing a window-modal dialog that is let go once it closes.

A dialog opened with `open()` and a parent stays the parent's hidden child after it
closes, with all its widgets, until the app quits: a day of Ctrl+N piled them up.
The dialog is deleted when control is back in the event loop after it finished, so
whatever its `accepted` or `finished` handlers read of it is still there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def open_modal(dialog: QDialog) -> None:
    """Open `dialog` modal to its window, and delete it once it has finished."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.setModal(True)
    dialog.open()
