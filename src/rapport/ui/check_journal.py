"""Tools → Check journal: run the store's checks, show the findings, offer the repair."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.check import CheckReport, check_journal
from rapport.ui import msgbox

CheckJournalText = Words("CheckJournalText")


def _run(journal: Journal, rebuild: bool, file_checked: bool) -> CheckReport:
    """Run the checks with a busy cursor: a big journal takes a second or two."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return check_journal(journal, rebuild_index=rebuild, file_checked=file_checked)
    finally:
        QGuiApplication.restoreOverrideCursor()


def check_and_report(
    journal: Journal, parent: QWidget | None, file_checked: bool = False
) -> CheckReport:
    """Check the journal, say what was found, and rebuild the search index if asked.

    The file itself is checked (and damage handled) by `SafetyActions.check_journal`,
    which does the same in the background once the file is sound (`present`).
    """
    report = _run(journal, rebuild=False, file_checked=file_checked)
    if present(report, parent):
        report = _run(journal, rebuild=True, file_checked=file_checked)
        present(report, parent)
    return report


def present(report: CheckReport, parent: QWidget | None) -> bool:
    """Say what a check found; True when the owner asked for the search index's rebuild."""
    details = "\n".join(report.lines())
    if report.ok:
        msgbox.inform(
            parent,
            CheckJournalText.tr("Check journal"),
            CheckJournalText.tr("Repaired: your journal is in good order.")
            if report.rebuilt_index
            else CheckJournalText.tr("Your journal is in good order."),
            details,
        )
        return False
    if (
        not report.rebuilt_index
        and not report.search_ok
        and msgbox.ask(
            parent,
            CheckJournalText.tr("Check journal"),
            CheckJournalText.tr("The search index does not match your notes. Rebuild it now?"),
            detail=f"{details}\n\n"
            + CheckJournalText.tr("Rebuilding changes no note; it only repairs search."),
            yes=CheckJournalText.tr("Rebuild the index"),
            no=CheckJournalText.tr("Not now"),
        )
    ):
        return True
    msgbox.warn(
        parent,
        CheckJournalText.tr("Check journal"),
        CheckJournalText.tr("Check journal found problems it cannot repair by itself."),
        details,
    )
    return False
