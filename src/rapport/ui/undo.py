"""Undoable deletes: a delete moves the row to the trash; undo brings it back.

The delete is done first through the bridge (so a failure is reported and nothing is
pushed); the command then only re-does or undoes it. A command's text names what it
did as a whole phrase ("Delete entry “Kickoff”"); Edit → Undo and Redo put their word
before it ("Undo Delete entry “Kickoff”"), so the phrase reads well in any language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from rapport.i18n import Words
from rapport.store.undo_guard import ChangedSinceError
from rapport.ui import msgbox
from rapport.ui.bridge import JournalBridge

UndoText = Words("UndoText")


class TrashCommand(QUndoCommand):
    """A soft delete already done; undo restores, redo deletes again."""

    def __init__(
        self,
        bridge: JournalBridge,
        text: str,
        delete: Callable[[], object],
        restore: Callable[[], object],
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
        self._bridge.write(None, UndoText.tr("Redo {what}").format(what=self.text()), self._delete)

    def undo(self) -> None:
        """Bring the deleted row back."""
        self._bridge.write(None, UndoText.tr("Undo {what}").format(what=self.text()), self._restore)


class DeleteCommand(QUndoCommand):
    """A delete already done, remembering the version the row has in the trash.

    Undo restores it; when it was changed or brought back elsewhere meanwhile, the
    store says so in words (store/soft_delete.py) and the owner is told, not left to
    find a different row than the one deleted.
    """

    def __init__(
        self,
        bridge: JournalBridge,
        text: str,
        delete: Callable[[], int],
        restore: Callable[[int | None], str],
        version: int | None,
    ) -> None:
        super().__init__(text)
        self._bridge = bridge
        self._delete = delete
        self._restore = restore
        self._version = version
        self._first = True

    def redo(self) -> None:
        """Delete again (skipped the first time: the delete is already done)."""
        if self._first:
            self._first = False
            return
        ok, version = self._bridge.write(
            None, UndoText.tr("Redo {what}").format(what=self.text()), self._delete
        )
        if ok:
            self._version = version

    def undo(self) -> None:
        """Bring the deleted row back, saying so when it changed elsewhere meanwhile."""
        action = UndoText.tr("Undo {what}").format(what=self.text())
        ok, notice = self._bridge.write(None, action, lambda: self._restore(self._version))
        if ok and notice:
            msgbox.inform(None, action, notice)


#: A step of a GuardedCommand: writes, given the version the row should still have
#: (None: go ahead whatever it has); returns the row's version after (None: not known).
Step = Callable[[int | None], int | None]


class GuardedCommand(QUndoCommand):
    """A change already saved, taken back and forth without overwriting a later one.

    Each step passes the version the previous one left; when the row was saved since
    (a colleague on a team journal, another window), the store writes nothing and
    says who (store/undo_guard.py). The owner is asked: keeping that change (the
    default) drops this command from the stack, as there is nothing left to undo;
    "Undo anyway" writes over it, as asked.
    """

    def __init__(
        self, bridge: JournalBridge, text: str, redo: Step, undo: Step, version: int | None
    ) -> None:
        super().__init__(text)
        self._bridge = bridge
        self._redo, self._undo = redo, undo
        self._version = version
        self._first = True

    def redo(self) -> None:
        """Do it again (skipped the first time: it is already done)."""
        if self._first:
            self._first = False
            return
        self._step(UndoText.tr("Redo {what}"), UndoText.tr("Redo anyway"), self._redo)

    def undo(self) -> None:
        """Take it back, unless the owner keeps a change saved since."""
        self._step(UndoText.tr("Undo {what}"), UndoText.tr("Undo anyway"), self._undo)

    def _step(self, action: str, anyway: str, step: Step) -> None:
        action = action.format(what=self.text())

        def guarded() -> int | ChangedSinceError | None:
            try:
                return step(self._version)
            except ChangedSinceError as changed:
                return changed

        ok, done = self._bridge.write(None, action, guarded)
        if not ok:
            return
        if isinstance(done, ChangedSinceError):
            keep = UndoText.tr("Keep their change")
            if msgbox.ask(None, action, done.message, done.hint, yes=keep, no=anyway):
                self.setObsolete(True)  # the stack lets go of it: nothing left to take back
                return
            ok, done = self._bridge.write(None, action, lambda: step(None))
            if not ok:
                return
        assert not isinstance(done, ChangedSinceError)
        self._version = done


def back_from_trash(deleted: int | None, restore: Callable[[], str]) -> int | None:
    """Bring a row back from the trash (the redo of an add); its version after, when known.

    `restore` is given the version the row had in the trash: when it still has it, the
    restore adds one; when it was changed there meanwhile, the version is not known.
    """
    notice = restore()
    return deleted + 1 if deleted is not None and not notice else None


def undo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Edit → Undo and Redo for `stack`, each named after the command it would take."""
    undo, redo = QAction(parent), QAction(parent)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(lambda what: undo.setText(undo_label(what)))
    stack.redoTextChanged.connect(lambda what: redo.setText(redo_label(what)))
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    undo.setText(undo_label(stack.undoText()))
    redo.setText(redo_label(stack.redoText()))
    return undo, redo


def undo_label(what: str) -> str:
    """The Undo menu item for a command's text (just "Undo" when there is none)."""
    if not what:
        return UndoText.tr("&Undo")
    return UndoText.tr("&Undo {what}").format(what=what.replace("&", "&&"))


def redo_label(what: str) -> str:
    """The Redo menu item for a command's text (just "Redo" when there is none)."""
    if not what:
        return UndoText.tr("&Redo")
    return UndoText.tr("&Redo {what}").format(what=what.replace("&", "&&"))
