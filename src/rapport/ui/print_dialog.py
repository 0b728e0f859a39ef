"""File → Print: Qt's print preview of a customer's timeline, with the report's options.

The options sit beside the preview and redraw it as they change: the period, private
entries (the box says how many are left out), the chart. From here the owner prints
(Qt's printer dialog) or saves a PDF. The report itself comes from `rapport.reports`,
the same builder as File → Export PDF and `rapport print`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.settings import RuleSettings
from rapport.formatting import pydate, qdate
from rapport.i18n import Words
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import PrintError, TimelineReport
from rapport.store import Journal, JournalError
from rapport.ui import msgbox, window_fit
from rapport.ui.preview_dialog import CustomerPreviewDialog, make_printer, open_preview
from rapport.ui.print_actions import save_pdf_as

__all__ = ["PrintPreviewDialog", "make_printer", "show_print_preview"]

log = logging.getLogger("rapport.ui")
PrintDialogText = Words("PrintDialogText")

#: How long the options wait for more typing before the preview is redrawn.
REDRAW_DELAY_MS = 300


class PrintPreviewDialog(CustomerPreviewDialog):
    """The preview of one customer's printed timeline, its options, Print and Save as PDF."""

    def __init__(
        self,
        journal: Journal,
        customer_id: int,
        parent: QWidget | None = None,
        now: datetime | None = None,
        rules: RuleSettings | None = None,
    ) -> None:
        super().__init__(journal, customer_id, parent, now, rules, "printPreview")
        self.report = TimelineReport.build(
            journal, customer_id, ReportOptions(rules=self._rules), now
        )
        self.pages = 0
        self.setWindowTitle(
            PrintDialogText.tr("Print — {name}").format(name=self.report.data.customer.name)
        )
        self._set_up_preview(self.report.title, PrintDialogText.tr("Print preview"))
        self._build_options()
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_DELAY_MS)
        self._redraw.timeout.connect(self.refresh)
        layout = QHBoxLayout(self)
        layout.addWidget(self.options_panel)
        layout.addWidget(self.preview, 1)
        window_fit.open_at(self, 1100, 820)
        self._update_private_label()
        if self.report.chart is None:  # nothing to leave out: say so rather than pretend
            self.include_chart.setEnabled(False)
            self.include_chart.setToolTip(
                PrintDialogText.tr("There is no chart to include for this customer.")
            )

    def _build_options(self) -> None:
        panel = QWidget(self)
        panel.setObjectName("printOptions")
        # As wide as its widest option ("Include private entries (4 entries left out)"
        # in German): never cut short, and never wider; the preview takes the rest.
        panel.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        form = QFormLayout()
        data = self.report.data
        self.start = QDateEdit(qdate(data.start), panel)
        self.end = QDateEdit(qdate(data.end), panel)
        for edit, name in (
            (self.start, PrintDialogText.tr("First day printed")),
            (self.end, PrintDialogText.tr("Last day printed")),
        ):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._options_changed)
        form.addRow(PrintDialogText.tr("&From"), self.start)
        form.addRow(PrintDialogText.tr("&To"), self.end)
        self.include_private = QCheckBox(panel)
        self.include_private.setAccessibleName(PrintDialogText.tr("Include private entries"))
        self.include_private.toggled.connect(self._options_changed)
        self.include_chart = QCheckBox(PrintDialogText.tr("Include the &chart"), panel)
        self.include_chart.setAccessibleName(PrintDialogText.tr("Include the chart"))
        self.include_chart.setChecked(True)
        self.include_chart.toggled.connect(self._options_changed)
        self.page_label = QLabel(panel)
        self.page_label.setObjectName("pageCount")
        self.print_button = QPushButton(PrintDialogText.tr("&Print…"), panel)
        self.print_button.setAccessibleName(PrintDialogText.tr("Print on paper"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_on_paper)
        self.pdf_button = QPushButton(PrintDialogText.tr("Save as P&DF…"), panel)
        self.pdf_button.setAccessibleName(PrintDialogText.tr("Save as PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(PrintDialogText.tr("Close"), panel)
        close.setAccessibleName(PrintDialogText.tr("Close the preview"))
        close.clicked.connect(self.reject)
        column = QVBoxLayout(panel)
        column.addLayout(form)
        column.addWidget(self.include_private)
        column.addWidget(self.include_chart)
        column.addSpacing(12)
        column.addWidget(self.page_label)
        column.addStretch(1)
        column.addWidget(self.print_button)
        column.addWidget(self.pdf_button)
        column.addWidget(close)
        self.options_panel = panel

    # --- behaviour ---------------------------------------------------------------------

    def options(self) -> ReportOptions:
        """The options as currently chosen."""
        return ReportOptions(
            start=pydate(self.start.date()),
            end=pydate(self.end.date()),
            include_private=self.include_private.isChecked(),
            include_chart=self.include_chart.isChecked(),
            rules=self._rules,
        )

    def _options_changed(self) -> None:
        self._redraw.start()

    def refresh(self) -> None:
        """Rebuild the report with the current options and redraw the preview."""
        self._redraw.stop()
        try:
            self.report = TimelineReport.build(
                self.journal, self.customer_id, self.options(), self._now
            )
        except JournalError as exc:
            msgbox.warn(
                self, PrintDialogText.tr("The preview could not be updated"), exc.message, exc.hint
            )
            return
        self._update_private_label()
        self.preview.updatePreview()

    def _update_private_label(self) -> None:
        data = self.report.data
        left_out = data.private_left_out
        if data.options.include_private:
            text = PrintDialogText.tr("Include &private entries")
        elif left_out:
            text = PrintDialogText.tr(
                "Include &private entries (%n entr(y|ies) left out)", "", left_out
            )
        else:
            text = PrintDialogText.tr("Include &private entries (none in this period)")
        self.include_private.setText(text)

    def _paint(self, printer: QPrinter) -> None:
        try:
            self.pages = self.report.print_to(printer)
        except PrintError as exc:
            log.warning("preview failed: %s", exc.message)
            self.pages = 0
        self.page_label.setText(PrintDialogText.tr("%n page(s)", "", self.pages))

    def print_on_paper(self) -> None:
        """Ask Qt's printer dialog where to print, then print there."""
        if self._redraw.isActive():
            self.refresh()
        self._print_through_dialog(
            self.report,
            PrintDialogText.tr("Print the timeline"),
            PrintDialogText.tr("The timeline was not printed"),
        )

    def save_pdf(self) -> Path | None:
        """Save what the preview shows as a PDF (asks where)."""
        if self._redraw.isActive():
            self.refresh()
        return save_pdf_as(self.report, self, self.printer.pageLayout().pageSize())


def show_print_preview(
    journal: Journal,
    customer_id: int,
    parent: QWidget | None = None,
    rules: RuleSettings | None = None,
) -> PrintPreviewDialog | None:
    """Open the preview for a customer (non-blocking); None, after saying why, if it cannot."""
    return open_preview(
        lambda: PrintPreviewDialog(journal, customer_id, parent, rules=rules),
        parent,
        PrintDialogText.tr("The timeline cannot be printed"),
    )
