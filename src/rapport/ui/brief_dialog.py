"""Customer → Meeting brief (Ctrl+B): the one-page brief on screen, to print or save.

The page is the same document `rapport brief` writes (`rapport.reports.brief`),
previewed as it will print on the locale's paper; private entries are left out unless
the box is ticked. The main window opens it with `show_brief(journal, customer_id, self)`.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.settings import RuleSettings
from rapport.i18n import Words
from rapport.reports.brief import MeetingBrief
from rapport.reports.pdf_output import write_pdf
from rapport.reports.timeline_report import PrintError
from rapport.store import Journal, JournalError
from rapport.ui import msgbox, window_fit
from rapport.ui.preview_dialog import CustomerPreviewDialog, open_preview
from rapport.ui.print_actions import _folder, remember_folder

log = logging.getLogger("rapport.ui")
BriefDialogText = Words("BriefDialogText")


class BriefDialog(CustomerPreviewDialog):
    """The brief of one customer: a one-page preview, Print… and Save as PDF…."""

    def __init__(
        self,
        journal: Journal,
        customer_id: int,
        parent: QWidget | None = None,
        now: datetime | None = None,
        rules: RuleSettings | None = None,
    ) -> None:
        super().__init__(journal, customer_id, parent, now, rules, "meetingBrief")
        self.brief = MeetingBrief.build(journal, customer_id, now=now, rules=self._rules)
        self.setWindowTitle(
            BriefDialogText.tr("Meeting brief — {name}").format(name=self.brief.data.customer.name)
        )
        self._set_up_preview(self.brief.title, BriefDialogText.tr("The meeting brief"))
        self.preview.fitInView()  # the whole page at once: it is one page
        self.include_private = QCheckBox(BriefDialogText.tr("Include &private entries"), self)
        self.include_private.toggled.connect(self.refresh)
        self.print_button = QPushButton(BriefDialogText.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_on_paper)
        self.pdf_button = QPushButton(BriefDialogText.tr("Save as P&DF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(BriefDialogText.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.include_private)
        buttons.addStretch(1)
        for button in (self.print_button, self.pdf_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        window_fit.open_at(self, 760, 980)

    def refresh(self) -> None:
        """Read the brief again (private entries as the box says) and redraw it."""
        try:
            self.brief = MeetingBrief.build(
                self.journal,
                self.customer_id,
                self.include_private.isChecked(),
                self._now,
                self._rules,
            )
        except JournalError as exc:
            msgbox.warn(
                self, BriefDialogText.tr("The brief could not be updated"), exc.message, exc.hint
            )
            return
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        try:
            self.brief.print_to(printer)
        except PrintError as exc:
            log.warning("brief preview failed: %s", exc.message)

    def print_on_paper(self) -> None:
        """Ask Qt's printer dialog where to print, then print the page there."""
        self._print_through_dialog(
            self.brief,
            BriefDialogText.tr("Print the meeting brief"),
            BriefDialogText.tr("The brief was not printed"),
        )

    def save_pdf(self, chosen: Path | None = None) -> Path | None:
        """Save the brief as a one-page PDF (asks where unless told); None if not saved."""
        if chosen is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                BriefDialogText.tr("Save the meeting brief as PDF"),
                str(_folder() / suggested_name(self.brief)),
                BriefDialogText.tr("PDF documents") + " (*.pdf)",
            )
            if not name:
                return None
            chosen = Path(name)
        if chosen.suffix.lower() != ".pdf":
            chosen = chosen.with_name(chosen.name + ".pdf")
        try:
            write_pdf(self.brief, chosen, self.printer.pageLayout().pageSize())
        except PrintError as exc:
            msgbox.warn(self, BriefDialogText.tr("The PDF was not saved"), exc.message, exc.hint)
            return None
        remember_folder(chosen.parent)
        return chosen


def suggested_name(brief: MeetingBrief) -> str:
    """Name the file by the customer and the day: "Marieke Janssens brief 2026-11-22.pdf"."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", brief.data.customer.name).strip()
    stem = BriefDialogText.tr("{name} brief {day}").format(
        name=name or BriefDialogText.tr("Customer"), day=brief.data.printed_at.date().isoformat()
    )
    return f"{stem}.pdf"


def show_brief(
    journal: Journal,
    customer_id: int,
    parent: QWidget | None = None,
    rules: RuleSettings | None = None,
) -> BriefDialog | None:
    """Open the brief for a customer (non-blocking); None, after saying why, if it cannot."""
    return open_preview(
        lambda: BriefDialog(journal, customer_id, parent, rules=rules),
        parent,
        BriefDialogText.tr("The brief cannot be shown"),
    )
