"""File → Export PDF: a customer's timeline straight to a PDF file, no preview.

Asks where to save (a name from the customer, in the documents folder the first time,
then wherever the owner saved last), writes atomically through `rapport.reports`, and
puts any failure into words. Used by the preview's "Save as PDF…" too.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QFileDialog, QWidget

from rapport.domain.settings import RuleSettings
from rapport.i18n import Words
from rapport.locations import settings
from rapport.reports.pdf_output import write_pdf
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import PrintError, TimelineReport
from rapport.store import Journal, JournalError
from rapport.ui import msgbox

log = logging.getLogger("rapport.ui")
PrintActionsText = Words("PrintActionsText")

#: Where the folder of the last saved PDF is remembered.
LAST_FOLDER_KEY = "print/lastFolder"


def suggested_name(report: TimelineReport) -> str:
    """A file name from the customer and the period's end: "Marieke Janssens 2026-11-22.pdf"."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", report.data.customer.name).strip()
    stem = PrintActionsText.tr("{name} timeline {day}").format(
        name=name or PrintActionsText.tr("Customer"), day=report.data.end.isoformat()
    )
    return f"{stem}.pdf"


def _folder() -> Path:
    remembered = settings().value(LAST_FOLDER_KEY)
    if isinstance(remembered, str) and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(folder: Path | str) -> None:
    """Offer this folder next time (in the app's one settings file)."""
    settings().setValue(LAST_FOLDER_KEY, str(folder))


def save_pdf_as(
    report: TimelineReport, parent: QWidget | None, page_size: QPageSize | None = None
) -> Path | None:
    """Ask for a file name and write the report there; the path, or None if not saved."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        PrintActionsText.tr("Export the timeline as PDF"),
        str(_folder() / suggested_name(report)),
        PrintActionsText.tr("PDF documents") + " (*.pdf)",
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_pdf(report, path, page_size)
    except PrintError as exc:
        msgbox.warn(parent, PrintActionsText.tr("The PDF was not saved"), exc.message, exc.hint)
        return None
    remember_folder(path.parent)
    return path


def export_pdf(
    journal: Journal,
    customer_id: int,
    parent: QWidget | None = None,
    rules: RuleSettings | None = None,
) -> Path | None:
    """File → Export PDF: the customer's whole timeline, private entries left out."""
    try:
        options = ReportOptions(rules=rules or RuleSettings())
        report = TimelineReport.build(journal, customer_id, options)
    except JournalError as exc:
        msgbox.warn(
            parent, PrintActionsText.tr("The timeline cannot be exported"), exc.message, exc.hint
        )
        return None
    return save_pdf_as(report, parent)
