"""A short notice after a delete, "Entry deleted · Undo", in the main window's status bar.

A delete asks no question (Edit → Undo brings it back), so the owner is told what
happened and offered the way back right there, for a few seconds, without a dialog
to dismiss. It goes when its time is up, when its Undo is used, or when the delete is
undone or redone another way (Ctrl+Z); a later delete replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from rapport.i18n import Words

UndoNoticeText = Words("UndoNoticeText")

#: How long the notice stays (milliseconds): long enough to read and reach the button.
NOTICE_MS = 8000


class UndoNotice(QFrame):
    """What was just deleted, with an Undo button; hidden until a delete is done."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self.timeout_ms = NOTICE_MS
        self._stack = stack
        self._index = -1  # the stack's index while the notice stands for its command
        self._label = QLabel(self)
        self._label.setObjectName("undoNoticeText")
        font = self._label.font()
        font.setBold(True)
        self._label.setFont(font)
        self.undo_button = QPushButton(UndoNoticeText.tr("Undo"), self)
        self.undo_button.setObjectName("undoNoticeButton")
        self.undo_button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self._label)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self, singleShot=True, interval=self.timeout_ms)
        self._timer.timeout.connect(self.hide)
        stack.indexChanged.connect(self._on_index)
        self.hide()
        if isinstance(parent, QMainWindow):
            parent.statusBar().addPermanentWidget(self)

    def text(self) -> str:
        """What the notice says."""
        return self._label.text()

    def done(self, what: str) -> None:
        """Say what was just done (the newest command on the stack) and offer to undo it."""
        self._index = self._stack.index()
        self._label.setText(what)
        self.undo_button.setAccessibleName(UndoNoticeText.tr("Undo: {what}").format(what=what))
        self._timer.setInterval(self.timeout_ms)
        self._timer.start()
        self.show()

    def _undo(self) -> None:
        if self._stack.index() == self._index and self._stack.canUndo():
            self._stack.undo()
        self.hide()

    def _on_index(self, index: int) -> None:
        """The delete was undone (or something else done since): the notice is out of date."""
        if index != self._index:
            self._timer.stop()
            self.hide()
