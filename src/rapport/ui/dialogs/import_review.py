"""The review step of an import: what will come in, what cannot, and likely duplicates.

The owner decides here: import the good customers, or nothing. Likely duplicates
are left out unless the owner ticks the box to import them too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.wording import count
from rapport.transfer.plan import ImportPlan

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
        self.bad = _table("Rows that cannot be imported", ["Where", "Why"])
        self.bad_label = QLabel()
        self.duplicates = _table("Likely duplicates", ["Where", "Name", "Why"])
        self.duplicates_label = QLabel()
        self.include_duplicates = QCheckBox("Import the likely duplicates too")
        self.include_duplicates.setAccessibleName("Import the likely duplicates too")
        self.include_duplicates.toggled.connect(self._changed)
        _fill(self.bad, [(b.place, b.reason) for b in plan.bad])
        _fill(
            self.duplicates,
            [(d.candidate.place, d.candidate.draft.name, d.reason) for d in plan.duplicates],
        )
        self.bad_label.setText(_heading(len(plan.bad), "row", "cannot be imported"))
        self.duplicates_label.setText(
            _heading(len(plan.duplicates), "likely duplicate", "(left out unless ticked below)")
        )
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
        parts = [f"{plan.kind} ({plan.encoding}): {count(self.count(), 'customer')} to import"]
        if plan.snapshot is not None:
            parts.append("with their entries, stage changes and check-ins")
        if plan.bad:
            parts.append(f"{count(len(plan.bad), 'row')} with problems")
        self.summary.setText(", ".join(parts) + ".")
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


def _heading(n: int, noun: str, what: str) -> str:
    more = f" (the first {MAX_LISTED:,} are listed)" if n > MAX_LISTED else ""
    return f"{count(n, noun)} {what}{more}:"
