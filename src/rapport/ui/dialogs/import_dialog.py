"""File → Import…: map the columns (CSV), read with progress, review, import with progress.

Reading and writing both run in a worker thread (`rapport.ui.worker.Task`), a chunk
at a time, with a Cancel button that answers between two chunks; the window keeps
painting meanwhile. The write is one transaction on the worker's own connection, so
cancelling rolls the whole import back there: the journal is left exactly as it was.
Its one Change reaches the views through the bridge, as every write's does.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport.domain.customers import ValidationError
from rapport.i18n import Words
from rapport.store.backup import backup_folder
from rapport.store.errors import JournalError
from rapport.store.transfer import Imported
from rapport.transfer.csv_import import CsvSource
from rapport.transfer.errors import TransferError
from rapport.transfer.opening import JsonSource, Opened
from rapport.transfer.plan import ImportPlan, read_plan
from rapport.ui import msgbox, window_fit
from rapport.ui.background import start_thread
from rapport.ui.bridge import JournalBridge
from rapport.ui.dialogs.import_mapping import MappingPage
from rapport.ui.dialogs.import_review import ReviewPage
from rapport.ui.worker import Progress, Task, drive

log = logging.getLogger("rapport.ui")
ImportDialogText = Words("ImportDialogText")


def _title() -> str:
    """The title of the import's window and messages."""
    return ImportDialogText.tr("Import customers")


class ImportDialog(QDialog):
    """The import of one opened file, from mapping to the last committed row."""

    imported = Signal(object)  # Imported
    undo_requested = Signal(int)  # the batch of the import just done: "Undo import" clicked

    def __init__(self, bridge: JournalBridge, opened: Opened, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(
            ImportDialogText.tr("Import customers from {file}").format(file=opened.path.name)
        )
        window_fit.open_at(self, 820, 600)
        self.bridge = bridge
        self.opened = opened
        # A JSON export imported into a journal holding anything is backed up first (a
        # CSV or vCard import is undone instead): ready by the time the owner has
        # reviewed, the import reuses it. Its thread pauses the collector as every
        # background job does (ui/background.py).
        if isinstance(opened.source, JsonSource) and not bridge.journal.transfer.holds_nothing():
            bridge.journal.backup_ahead("before-import", start_thread)
        self.plan: ImportPlan | None = None
        self.review: ReviewPage | None = None
        self.task: Task | None = None
        self._doing = ""
        self.pages = QStackedWidget()
        self.mapping = MappingPage(opened.source) if isinstance(opened.source, CsvSource) else None
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(ImportDialogText.tr("Import progress"))
        working = QWidget()
        box = QVBoxLayout(working)
        box.addStretch()
        box.addWidget(self.progress_label)
        box.addWidget(self.progress)
        box.addStretch()
        self.working = working
        if self.mapping is not None:
            self.pages.addWidget(self.mapping)
        self.pages.addWidget(working)
        self.back_button = _button(
            ImportDialogText.tr("&Back"),
            ImportDialogText.tr("Back to the column mapping"),
            self._back,
        )
        self.cancel_button = _button(
            ImportDialogText.tr("Cancel"), ImportDialogText.tr("Cancel the import"), self.cancel
        )
        self.go_button = _button(
            ImportDialogText.tr("&Next"),
            ImportDialogText.tr("Read the file with this mapping"),
            self._go,
        )
        self.go_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)
        if self.mapping is not None:
            self._show_mapping()
        else:
            self._read()

    # --- steps ----------------------------------------------------------------------------

    def _show_mapping(self) -> None:
        assert self.mapping is not None
        self.pages.setCurrentWidget(self.mapping)
        self.back_button.hide()
        self.go_button.show()
        self.go_button.setText(ImportDialogText.tr("&Next"))
        self.go_button.setAccessibleName(ImportDialogText.tr("Read the file with this mapping"))

    def _go(self) -> None:
        if self.plan is None:
            problem = self.mapping.problem_text() if self.mapping is not None else None
            if problem:
                msgbox.warn(self, _title(), problem)
                return
            self._read()
        else:
            self._write()

    def _read(self) -> None:
        """Read every row a chunk at a time (nothing is written yet)."""
        self._working(ImportDialogText.tr("Reading {file}…").format(file=self.opened.path.name))
        opened, transfer = self.opened, self.bridge.journal.transfer

        def job(progress: Progress) -> ImportPlan:
            return drive(read_plan(opened, transfer.existing()), progress)

        self._run(Task(job, "import-read", self), self._review)

    def _review(self, plan: ImportPlan) -> None:
        self.plan = plan
        if self.review is not None:
            self.pages.removeWidget(self.review)
            self.review.deleteLater()
        self.review = ReviewPage(plan)
        self.review.choice_changed.connect(self._update_go)
        self.pages.addWidget(self.review)
        self.pages.setCurrentWidget(self.review)
        self.back_button.setVisible(self.mapping is not None)
        self.go_button.show()
        self._update_go()
        # Enter imports the good customers: the button lost its default while hidden.
        self.go_button.setDefault(True)
        self.go_button.setFocus()

    def _update_go(self) -> None:
        assert self.review is not None and self.plan is not None
        n = self.review.count()
        self.go_button.setEnabled(n > 0)
        if self.plan.bad:
            text = ImportDialogText.tr("&Import %n good customer(s)", "", n)
        else:
            text = ImportDialogText.tr("&Import %n customer(s)", "", n)
        self.go_button.setText(text)
        self.go_button.setAccessibleName(text.replace("&", ""))
        if self.plan.bad or self.plan.duplicates:
            nothing = ImportDialogText.tr("Import nothing")
        else:
            nothing = ImportDialogText.tr("Cancel")
        self.cancel_button.setText(nothing)
        self.cancel_button.setAccessibleName(nothing)

    def _back(self) -> None:
        self.plan = None
        self._show_mapping()
        self.cancel_button.setText(ImportDialogText.tr("Cancel"))

    def _write(self) -> None:
        """Write in one transaction, a chunk per turn of the event loop (backups: `__init__`)."""
        assert self.plan is not None and self.review is not None
        include = self.review.include_duplicates.isChecked()
        plan, name, transfer = self.plan, self.opened.path.name, self.bridge.journal.transfer

        def job(progress: Progress) -> Imported:
            return drive(transfer.run(plan, name, include), progress)

        self._working(ImportDialogText.tr("Importing… (Cancel leaves your journal as it was)"))
        self._run(Task(job, "import-write", self), self._done)

    def _done(self, imported: Imported) -> None:
        self.imported.emit(imported)  # on Edit → Undo before the message is read
        said = ImportDialogText.tr("Imported %n customer(s).", "", len(imported.customer_ids))
        if imported.batch_id is not None:
            undo = msgbox.offer(
                self,
                _title(),
                said,
                ImportDialogText.tr(
                    "Undo import here, Edit → Undo or File → Recent imports… take it back."
                ),
                ImportDialogText.tr("&Undo import"),
            )
            if undo:
                self.undo_requested.emit(imported.batch_id)
        elif imported.backed_up:
            folder = backup_folder(self.bridge.journal.path)
            msgbox.inform(
                self,
                _title(),
                said,
                ImportDialogText.tr(
                    "A backup of the journal from before the import is in {folder}."
                ).format(folder=folder),
            )
        else:
            msgbox.inform(self, _title(), said)
        self.accept()

    # --- progress and cancel ------------------------------------------------------------

    def _working(self, text: str) -> None:
        self.pages.setCurrentWidget(self.working)
        self._doing = text
        self.progress_label.setText(text)
        self.progress.setRange(0, 0)
        self.back_button.hide()
        self.go_button.hide()
        self.cancel_button.setText(ImportDialogText.tr("Cancel"))
        self.cancel_button.setAccessibleName(ImportDialogText.tr("Cancel the import"))

    def _run(self, task: Task, then: Any) -> None:
        self.task = task
        task.progressed.connect(self._progressed)
        task.finished.connect(then)
        task.failed.connect(self._failed)
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        locale = QLocale()
        self.progress_label.setText(
            ImportDialogText.tr("{doing} — {done} of {total}").format(
                doing=self._doing, done=locale.toString(done), total=locale.toString(total)
            )
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, TransferError | JournalError):
            msgbox.warn(self, _title(), exc.message, exc.hint)
        elif isinstance(exc, ValidationError):
            msgbox.warn(self, _title(), exc.message)
        else:
            msgbox.warn(
                self,
                _title(),
                ImportDialogText.tr("Something unexpected went wrong, so nothing was imported."),
                ImportDialogText.tr("Your journal is as it was. The details are in Rapport's log."),
            )
        self.reject()

    def cancel(self) -> None:
        """Stop now; an import in progress is rolled back, so nothing of it stays."""
        self.reject()

    @override
    def reject(self) -> None:
        """Cancel, Esc or closing the window: stop whatever runs, and say if it was writing."""
        task = self.task
        if task is not None and task.running:
            writing = self.plan is not None
            task.cancel()
            if writing:
                # It stops at its next chunk and rolls back: wait for that, so the owner
                # hears the truth (an import that committed as Cancel came is kept).
                task.settle()
                if task.outcome == "finished":
                    return  # `_done` said what was imported and closed the dialog
                if task.outcome == "cancelled":
                    msgbox.inform(
                        self,
                        _title(),
                        ImportDialogText.tr("The import was cancelled. Nothing was imported."),
                    )
                if task.outcome == "failed":
                    return  # `_failed` said why and closed the dialog
        super().reject()


def _button(text: str, name: str, slot: Any) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)  # Enter means the step's main button, never "Import nothing"
    button.clicked.connect(slot)
    return button
