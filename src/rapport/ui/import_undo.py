"""Undo import: from Edit → Undo, the import's done message, or File → Recent imports….

An import takes no backup first (store/import_batches.py): it records what it wrote,
and undoing it takes exactly that back in one write. Right after an import, its done
message offers "Undo import", Edit → Undo (Ctrl+Z) names it, and the status bar's
notice has its Undo button; File → Recent imports… lists every import not undone yet.
An undone import is not redone: importing the file again does that, with its preview.

The undo of a big import writes for a while, so it runs as the window's long task
(`rapport.ui.long_tasks`): the window stays usable, its progress shows with Cancel,
and Cancel (or a failure) rolls the whole undo back, leaving the import undoable
again from Edit → Undo and Recent imports. What was taken back, and what was kept
and why, is said when it ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from rapport.i18n import Words
from rapport.store.errors import JournalError, JournalMovedError
from rapport.store.import_batches import ImportUndoneError, RecentImport, UndoneImport
from rapport.store.transfer import Imported
from rapport.ui import msgbox
from rapport.ui.bridge import JournalBridge
from rapport.ui.long_tasks import tasks_of
from rapport.ui.undo_notice import UndoNotice
from rapport.ui.worker import Progress, Task, drive

if TYPE_CHECKING:
    from rapport.ui.dialogs.recent_imports import RecentImportsDialog

ImportUndoText = Words("ImportUndoText")


def undo_title() -> str:
    """The title of Undo import's messages."""
    return ImportUndoText.tr("Undo import")


class ImportCommand(QUndoCommand):
    """An import already done; undo takes it back once (there is no redo)."""

    def __init__(self, owner: ImportUndo, text: str, batch_id: int) -> None:
        super().__init__(text)
        self._owner = owner
        self.batch_id = batch_id

    def redo(self) -> None:
        """Nothing: the import is done when the command is pushed."""

    def undo(self) -> None:
        """Start taking the import back; the stack lets go of it (offered again if it stops)."""
        self._owner.start(self.batch_id, self.text())
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
        #: The undo started last (None when it did not start).
        self.task: Task | None = None
        self._recent: RecentImportsDialog | None = None

    def imported(self, done: Imported) -> None:
        """An import just committed: Edit → Undo and the status bar offer to take it back."""
        if done.batch_id is None:
            return  # a JSON import: its way back is the backup taken before it
        n = len(done.customer_ids)
        text = ImportUndoText.tr("Import of %n customer(s)", "", n)
        self.stack.push(ImportCommand(self, text, done.batch_id))
        if self.notice is not None:
            self.notice.done(ImportUndoText.tr("Imported %n customer(s)", "", n))

    def undo(self, batch_id: int) -> Task | None:
        """Undo an import asked for by its done message or the Recent imports window.

        Returns the undo's task, or None when it did not start (another long task runs).
        """
        self.task = None
        top = self.stack.command(self.stack.index() - 1) if self.stack.canUndo() else None
        if isinstance(top, ImportCommand) and top.batch_id == batch_id:
            self.stack.undo()  # through the stack, so Edit → Undo names what is next
            return self.task
        return self.start(batch_id)

    def start(self, batch_id: int, text: str | None = None) -> Task | None:
        """Take an import back in the background; `text`: its command's, to offer it again.

        When it does not happen (another long task runs, Cancel, a failure) nothing of
        it was written, and Edit → Undo offers it again if it came from there.
        """
        journal = self.bridge.journal

        def job(progress: Progress) -> UndoneImport:
            undone: UndoneImport = drive(journal.imports.undoing(batch_id), progress)
            return undone

        def done(undone: UndoneImport) -> None:
            msgbox.inform(self.window, undo_title(), undone.summary(), undone.kept())

        def cancelled(result: object) -> None:
            if isinstance(result, UndoneImport):  # it had committed as Cancel came
                done(result)
                return
            msgbox.inform(
                self.window,
                undo_title(),
                ImportUndoText.tr("The import was not undone: everything it added is still there."),
                ImportUndoText.tr("You can take it back later from File → Recent imports…."),
            )
            self._offer_again(batch_id, text)

        def failed(exc: object) -> None:
            if isinstance(exc, JournalMovedError):  # the owner may save it elsewhere: undo there
                if self.bridge.save_again(self.window, exc):
                    self.start(batch_id, text)
                else:
                    self._offer_again(batch_id, text)
                return
            if isinstance(exc, JournalError):
                msgbox.warn(self.window, undo_title(), exc.message, exc.hint)
            else:
                msgbox.warn(
                    self.window,
                    undo_title(),
                    ImportUndoText.tr("Something unexpected went wrong, so nothing was undone."),
                    ImportUndoText.tr("The import is as it was. The details are in Rapport's log."),
                )
            if not isinstance(exc, ImportUndoneError):
                self._offer_again(batch_id, text)

        task = tasks_of(self.window).run(
            undo_title(),
            ImportUndoText.tr("Undoing the import…"),
            job,
            done,
            cancelled=cancelled,
            failed=failed,
        )
        if task is None:
            self._offer_again(batch_id, text)
        self.task = task
        return task

    def _offer_again(self, batch_id: int, text: str | None) -> None:
        """Put an import that was not undone back on Edit → Undo (if it was taken from there).

        Later, not now: the stack may be in the middle of its undo. Only while nothing
        waits to be redone, which a new command would throw away.
        """
        if text is None:
            return

        def push() -> None:
            if not self.stack.canRedo():
                self.stack.push(ImportCommand(self, text, batch_id))

        QTimer.singleShot(0, self, push)

    def show_recent(self) -> QWidget:
        """File → Recent imports…: the imports not undone, newest first, each undoable.

        Not modal: an undo's progress and Cancel show over the window meanwhile.
        """
        from rapport.ui.dialogs.recent_imports import RecentImportsDialog

        dialog = self._recent
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = RecentImportsDialog(
                self.bridge.journal.imports.recent, self._confirm, self.window
            )
            self._recent = dialog
        else:
            dialog.reload()  # the one shown before: an undo may still run in it
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _confirm(self, batch: RecentImport) -> Task | None:
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
            return None
        return self.undo(batch.id)
