"""What File → Print and Customer → Meeting brief share: one customer's page on screen.

Both show a document of `rapport.reports` built for a customer, at a moment, under the
owner's rules, in Qt's print preview on the locale's paper, and print it through Qt's
printer dialog; both open without blocking and say why when the customer cannot be
read. The set-up lives here once; each dialog adds its own options and buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QWidget

from rapport.domain.settings import RuleSettings
from rapport.reports.print_style import default_page_size
from rapport.reports.timeline_report import PrintError
from rapport.store import Journal, JournalError
from rapport.ui import msgbox


class Printable(Protocol):
    """A document the preview paints and the printer prints."""

    def print_to(self, printer: QPrinter) -> int | None:
        """Lay the document out on the printer's pages."""


def make_printer(title: str) -> QPrinter:
    """A printer set up for the report: the locale's paper, full page (the report's margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(default_page_size())
    printer.setFullPage(True)
    printer.setDocName(title)
    printer.setCreator("Rapport")
    return printer


class CustomerPreviewDialog(QDialog):
    """A customer's document in a print preview: the journal, the customer, now, the rules."""

    def __init__(
        self,
        journal: Journal,
        customer_id: int,
        parent: QWidget | None,
        now: datetime | None,
        rules: RuleSettings | None,
        name: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.journal = journal
        self.customer_id = customer_id
        self._now = now
        self._rules = rules or RuleSettings()  # None: the defaults, as the reports take it

    def _set_up_preview(self, title: str, accessible_name: str) -> None:
        """The printer for `title` and the preview widget that paints through `_paint`."""
        self.printer = make_printer(title)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setAccessibleName(accessible_name)
        self.preview.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        raise NotImplementedError

    def _print_through_dialog(
        self, document: Printable, dialog_title: str, failed_title: str
    ) -> None:
        """Ask Qt's printer dialog where to print, then print `document` there."""
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(dialog_title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            document.print_to(self.printer)
        except PrintError as exc:
            msgbox.warn(self, failed_title, exc.message, exc.hint)


D = TypeVar("D", bound=QDialog)


def open_preview(make: Callable[[], D], parent: QWidget | None, failed_title: str) -> D | None:
    """Open the dialog `make` builds (non-blocking); None, after saying why, if it cannot."""
    try:
        dialog = make()
    except JournalError as exc:
        msgbox.warn(parent, failed_title, exc.message, exc.hint)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.open()
    return dialog
