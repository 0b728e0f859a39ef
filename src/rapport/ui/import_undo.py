"""Undo import: from Edit → Undo, the import's done message, or File → Recent imports….

An import takes no backup first (store/import_batches.py): it records what it wrote,
and undoing it takes exactly that back in one write. Right after an import, its done
message offers "Undo import", Edit → Undo (Ctrl+Z) names it, and the status bar's
notice has its Undo button; File → Recent imports… lists every import not undone yet.
An undone import is not redone: importing the file again does that, with its preview.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from rapport.i18n import Words
from rapport.store.import_batches import RecentImport, UndoneImport
from rapport.store.transfer import Imported
from rapport.ui import msgbox
from rapport.ui.bridge import JournalBridge
from rapport.ui.undo_notice import UndoNotice

ImportUndoText = Words("ImportUndoText")


def undo_title() -> str:
    """The title of Undo import's messages."""
    return ImportUndoText.tr("Undo import")


def undo_import(bridge: JournalBridge, parent: QWidget | None, batch_id: int) -> bool:
    """Take an import back, telling the owner what was done and what was kept; True if done."""
    ok, undone = bridge.write(parent, undo_title(), lambda: bridge.journal.imports.undo(batch_id))
    if ok and isinstance(undone, UndoneImport):
        msgbox.inform(parent, undo_title(), undone.summary(), undone.kept())
    return ok


class ImportCommand(QUndoCommand):
    """An import already done; undo takes it back once (there is no redo)."""

    def __init__(self, bridge: JournalBridge, parent: QWidget, text: str, batch_id: int) -> None:
        super().__init__(text)
        self._bridge = bridge
        self._parent = parent
        self.batch_id = batch_id

    def redo(self) -> None:
        """Nothing: the import is done when the command is pushed."""

    def undo(self) -> None:
        """Take the import back; the stack then lets go of it (nothing left to redo)."""
        undo_import(self._bridge, self._parent, self.batch_id)
        self.setObsolete(True)


class ImportUndo(QObject):
    """Undo import for the main window: the undo stack's command and the menu's dialog."""

    def __init__(
        self,
        bridge: JournalBridge,
        window: QWidget,
        stack: QUndoStack,
        notice: UndoNotice | None = None,
    ) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.window = window
        self.stack = stack
        self.notice = notice

    def imported(self, done: Imported) -> None:
        """An import just committed: Edit → Undo and the status bar offer to take it back."""
        if done.batch_id is None:
            return  # a JSON import: its way back is the backup taken before it
        n = len(done.customer_ids)
        text = ImportUndoText.tr("Import of %n customer(s)", "", n)
        self.stack.push(ImportCommand(self.bridge, self.window, text, done.batch_id))
        if self.notice is not None:
            self.notice.done(ImportUndoText.tr("Imported %n customer(s)", "", n))

    def undo(self, batch_id: int) -> bool:
        """Undo an import asked for by its done message or the Recent imports window."""
        top = self.stack.command(self.stack.index() - 1) if self.stack.canUndo() else None
        if isinstance(top, ImportCommand) and top.batch_id == batch_id:
            self.stack.undo()  # through the stack, so Edit → Undo names what is next
            return True
        return undo_import(self.bridge, self.window, batch_id)

    def show_recent(self) -> QWidget:
        """File → Recent imports…: the imports not undone, newest first, each undoable."""
        from rapport.ui.dialogs.recent_imports import RecentImportsDialog

        dialog = RecentImportsDialog(self.bridge.journal.imports.recent, self._confirm, self.window)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _confirm(self, batch: RecentImport) -> bool:
        if not msgbox.ask(
            self.window,
            undo_title(),
            ImportUndoText.tr("Undo the import of {file}?").format(file=batch.source),
            ImportUndoText.tr(
                "Its %n customer(s) go to the trash (Edit → Trash brings them back); people it "
                "added to customers already there are taken off. What you changed since is kept.",
                "",
                batch.count,
            ),
            yes=ImportUndoText.tr("Undo import"),
            no=ImportUndoText.tr("Cancel"),
        ):
            return False
        return self.undo(batch.id)
