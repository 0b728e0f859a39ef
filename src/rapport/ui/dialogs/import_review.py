"""The review step of an import: what will come in, what cannot, and likely duplicates.

The owner decides here: import the good customers, or nothing. Likely duplicates
are left out unless the owner ticks the box to import them too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.transfer.plan import ImportPlan

ImportReviewText = Words("ImportReviewText")

#: Rows listed at most per table; the count above says how many there are in all.
MAX_LISTED = 1000


class ReviewPage(QWidget):
    """The import report, and the choice whether to include likely duplicates."""

    choice_changed = Signal()

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReview")
        self.plan = plan
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.bad = _table(
            ImportReviewText.tr("Rows that cannot be imported"),
            [ImportReviewText.tr("Where"), ImportReviewText.tr("Why")],
        )
        self.bad_label = QLabel()
        self.duplicates = _table(
            ImportReviewText.tr("Likely duplicates"),
            [ImportReviewText.tr("Where"), ImportReviewText.tr("Name"), ImportReviewText.tr("Why")],
        )
        self.duplicates_label = QLabel()
        include = ImportReviewText.tr("Import the likely duplicates too")
        self.include_duplicates = QCheckBox(include)
        self.include_duplicates.setAccessibleName(include)
        self.include_duplicates.toggled.connect(self._changed)
        _fill(self.bad, [(b.place, b.reason) for b in plan.bad])
        _fill(
            self.duplicates,
            [(d.candidate.place, d.candidate.draft.name, d.reason) for d in plan.duplicates],
        )
        self.bad_label.setText(_bad_heading(len(plan.bad)))
        self.duplicates_label.setText(_duplicates_heading(len(plan.duplicates)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for label, table in ((self.bad_label, self.bad), (self.duplicates_label, self.duplicates)):
            layout.addWidget(label)
            layout.addWidget(table, 1)
            label.setVisible(table.rowCount() > 0)
            table.setVisible(table.rowCount() > 0)
        layout.addWidget(self.include_duplicates)
        self.include_duplicates.setVisible(bool(plan.duplicates))
        self._changed()

    def count(self) -> int:
        """How many customers the import would add with the current choice."""
        return len(self.plan.importable(self.include_duplicates.isChecked()))

    def _changed(self) -> None:
        plan = self.plan
        n = self.count()
        problems = ImportReviewText.tr("%n row(s) with problems", "", len(plan.bad))
        if plan.snapshot is not None and plan.bad:
            text = ImportReviewText.tr(
                "{kind} ({encoding}): %n customer(s) to import, with their entries, stage "
                "changes and check-ins, {problems}.",
                "",
                n,
            )
        elif plan.snapshot is not None:
            text = ImportReviewText.tr(
                "{kind} ({encoding}): %n customer(s) to import, with their entries, stage "
                "changes and check-ins.",
                "",
                n,
            )
        elif plan.bad:
            text = ImportReviewText.tr(
                "{kind} ({encoding}): %n customer(s) to import, {problems}.", "", n
            )
        else:
            text = ImportReviewText.tr("{kind} ({encoding}): %n customer(s) to import.", "", n)
        self.summary.setText(text.format(kind=plan.kind, encoding=plan.encoding, problems=problems))
        self.choice_changed.emit()


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    shown = rows[:MAX_LISTED]
    table.setRowCount(len(shown))
    for r, cells in enumerate(shown):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text[:300]))


def _bad_heading(n: int) -> str:
    if n > MAX_LISTED:
        text = ImportReviewText.tr(
            "%n row(s) cannot be imported (the first {listed} are listed):", "", n
        )
        return text.format(listed=QLocale().toString(MAX_LISTED))
    return ImportReviewText.tr("%n row(s) cannot be imported:", "", n)


def _duplicates_heading(n: int) -> str:
    if n > MAX_LISTED:
        text = ImportReviewText.tr(
            "%n likely duplicate(s) (left out unless ticked below) "
            "(the first {listed} are listed):",
            "",
            n,
        )
        return text.format(listed=QLocale().toString(MAX_LISTED))
    return ImportReviewText.tr("%n likely duplicate(s) (left out unless ticked below):", "", n)
