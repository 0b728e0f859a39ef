"""File → Import… and File → Export…: choosing files, and handing them to the dialogs.

The main window only connects its two menu items here; the reading, checking and
writing live in `rapport.transfer` and `rapport.store.transfer`.
"""

from __future__ import annotations

import logging
import re
import threading
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from rapport.i18n import Words
from rapport.store.errors import JournalError
from rapport.store.transfer import Imported
from rapport.transfer.errors import TransferError
from rapport.transfer.exporting import ExportFormat, export
from rapport.transfer.opening import Opened, open_file
from rapport.transfer.sealed import PassphraseNeededError, WrongPassphraseError, export_sealed
from rapport.ui import msgbox
from rapport.ui.background import start_thread
from rapport.ui.bridge import JournalBridge
from rapport.ui.dialogs.export_dialog import ExportDialog
from rapport.ui.dialogs.import_dialog import ImportDialog
from rapport.ui.import_undo import ImportUndo
from rapport.ui.long_tasks import tasks_of
from rapport.ui.modal import open_modal
from rapport.ui.sealed_prompt import ask_file_passphrase
from rapport.ui.undo_notice import UndoNotice
from rapport.ui.worker import Progress, Task

log = logging.getLogger("rapport.ui")
UiTransferText = Words("UiTransferText")


def import_filter() -> str:
    """The file dialog's filter for File → Import…: the words translated, the patterns not."""
    return ";;".join(
        (
            UiTransferText.tr("Contacts") + " (*.csv *.vcf *.vcard *.json *.txt)",
            UiTransferText.tr("CSV files") + " (*.csv *.txt)",
            UiTransferText.tr("vCard files") + " (*.vcf *.vcard)",
            UiTransferText.tr("Rapport JSON exports") + " (*.json)",
            UiTransferText.tr("All files") + " (*)",
        )
    )


class Undoing(Protocol):
    """Where the main window keeps its undo stack and the notice that offers Undo."""

    undo_stack: QUndoStack
    notice: UndoNotice


class TransferActions(QObject):
    """Import and export for the main window."""

    imported = Signal(object)  # Imported
    customer_imported = Signal(int)  # the first customer an import added, to show it
    dialog_opened = Signal(object)  # the ImportDialog of a file just opened

    def __init__(
        self,
        bridge: JournalBridge,
        window: QWidget,
        undoing: Undoing | None = None,
    ) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.window = window
        #: The import dialog of the file opened last (None while it is being read).
        self.dialog: ImportDialog | None = None
        #: The customers' read ahead that File → Import began (waited for by `shutdown`).
        self.reading_ahead: threading.Thread | None = None
        #: Undo import: Edit → Undo, the status bar's notice and File → Recent imports….
        stack = undoing.undo_stack if undoing is not None else QUndoStack(self)
        notice = undoing.notice if undoing is not None else None
        self.undo = ImportUndo(bridge, window, stack, notice)
        self.imported.connect(self.undo.imported)

    def shutdown(self) -> None:
        """Wait for the customers' read ahead: it must not outlive the journal."""
        if self.reading_ahead is not None:
            self.reading_ahead.join()
            self.reading_ahead = None

    def import_file(self, path: Path | None = None, passphrase: str | None = None) -> Task | None:
        """Ask for a file (unless given), open it in the background, then show the import.

        Reading and decoding a big file takes seconds: the window keeps answering, and
        the dialog (`dialog`, also told by `dialog_opened`) comes when the file is read.
        A sealed export asks for its passphrase and is read again with it.
        """
        # The customers the rows will be checked against, read while the owner chooses
        # the file: kept for the session, read again only where a change named one.
        self.reading_ahead = self.bridge.journal.transfer.existing_ahead(start_thread)
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                UiTransferText.tr("Import customers"),
                str(Path.home()),
                import_filter(),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.dialog = None
        source = path

        def job(_progress: Progress) -> Opened | TransferError:
            try:
                if passphrase is None:
                    return open_file(source)
                return open_file(source, passphrase=passphrase)
            except (PassphraseNeededError, WrongPassphraseError) as exc:
                return exc  # the passphrase is asked on the UI thread, once this ends

        def read(opened: Opened | TransferError) -> None:
            if isinstance(opened, Opened):
                self._show_import(opened)
                return
            wrong = isinstance(opened, WrongPassphraseError)
            typed = ask_file_passphrase(self.window, source.name, wrong)
            if typed is not None:
                self.import_file(source, typed)

        return tasks_of(self.window).run(
            UiTransferText.tr("Import customers"),
            UiTransferText.tr("Reading {file}…").format(file=path.name),
            job,
            read,
        )

    def _show_import(self, opened: Opened) -> None:
        dialog = ImportDialog(self.bridge, opened, self.window)
        dialog.imported.connect(self._imported)
        dialog.undo_requested.connect(self.undo.undo)
        dialog.setModal(True)  # kept as `self.dialog`: its import may outlive its closing
        dialog.open()
        self.dialog = dialog
        self.dialog_opened.emit(dialog)

    def _imported(self, done: Imported) -> None:
        self.imported.emit(done)
        if done.customer_ids:
            self.customer_imported.emit(done.customer_ids[0])

    def export(self, customer_id: int | None) -> ExportDialog:
        """Ask what to export and in which format, then where to."""
        name = None
        if customer_id is not None:
            try:
                name = self.bridge.journal.customers.get(customer_id).name
            except JournalError:
                customer_id = None
        dialog = ExportDialog(name, self.window)

        def chosen() -> None:
            only = customer_id if dialog.only_customer() else None
            fmt = dialog.chosen_format()
            path = self._ask_target(name if only is not None else None, fmt)
            if path is not None:
                self.write_export(path, fmt, only, dialog.chosen_passphrase())

        dialog.accepted.connect(chosen)
        open_modal(dialog)
        return dialog

    def write_export(
        self,
        path: Path,
        fmt: ExportFormat,
        customer_id: int | None,
        passphrase: str | None = None,
    ) -> Task | None:
        """Write the export atomically in the background, with progress and Cancel.

        The window stays usable meanwhile; how it went is told when it ends (a cancelled
        export leaves the old file, if any, and no temporary one). With a passphrase the
        finished export is sealed (`rapport.transfer.sealed`).
        """
        scope = "journal" if customer_id is None else "customer"
        journal = self.bridge.journal

        def job(progress: Progress) -> str:
            with journal.transfer.reading(customer_id) as rows:
                if passphrase is None:
                    return export(path, rows, fmt, scope, progress=progress)
                return export_sealed(
                    path, passphrase, lambda plain: export(plain, rows, fmt, scope, progress)
                )

        def done(what: str) -> None:
            text = (
                UiTransferText.tr("Exported {what} to {file}.")
                if passphrase is None
                else UiTransferText.tr("Exported {what} to {file}, sealed with a passphrase.")
            )
            msgbox.inform(
                self.window,
                UiTransferText.tr("Export"),
                text.format(what=what, file=path.name),
                str(path),
            )

        return tasks_of(self.window).run(
            UiTransferText.tr("Export"), UiTransferText.tr("Writing the export…"), job, done
        )

    def _ask_target(self, customer_name: str | None, fmt: ExportFormat) -> Path | None:
        stem = customer_name or f"{self.bridge.journal.path.stem}-{date.today().isoformat()}"
        stem = re.sub(r'[\\/:*?"<>|]+', "-", stem)
        if fmt is ExportFormat.CSV_ENTRIES:
            stem = UiTransferText.tr("{name}-entries").format(name=stem)
        suggested = Path.home() / f"{stem}{fmt.suffix}"
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, UiTransferText.tr("Export"), str(suggested), f"{fmt.label} (*{fmt.suffix})"
        )
        return Path(chosen) if chosen else None
