"""Tools → Check journal: run the store's checks, show the findings, offer the repair."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from rapport.store import Journal
from rapport.store.check import CheckReport, check_journal
from rapport.ui import msgbox


def _run(journal: Journal, rebuild: bool) -> CheckReport:
    """Run the checks with a busy cursor: a big journal takes a second or two."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return check_journal(journal, rebuild_index=rebuild)
    finally:
        QGuiApplication.restoreOverrideCursor()


def check_and_report(journal: Journal, parent: QWidget | None) -> CheckReport:
    """Check the journal, say what was found, and rebuild the search index if asked."""
    report = _run(journal, rebuild=False)
    details = "\n".join(report.lines())
    if report.ok:
        msgbox.inform(parent, "Check journal", "Your journal is in good order.", details)
        return report
    if not report.search_ok and msgbox.ask(
        parent,
        "Check journal",
        "The search index does not match your notes. Rebuild it now?",
        detail=f"{details}\n\nRebuilding changes no note; it only repairs search.",
        yes="Rebuild the index",
        no="Not now",
    ):
        report = _run(journal, rebuild=True)
        details = "\n".join(report.lines())
    if report.ok:
        msgbox.inform(parent, "Check journal", "Repaired: your journal is in good order.", details)
    else:
        msgbox.warn(
            parent,
            "Check journal",
            "Check journal found problems it cannot repair by itself.",
            details,
        )
    return report
